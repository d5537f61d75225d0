"""Rate limit on the admin login.

After ``LOGIN_FAILURE_LIMIT`` failed attempts for one account from one
address within ``LOGIN_FAILURE_WINDOW`` seconds, or ``LOGIN_ADDRESS_LIMIT``
failures from one address for any account, further attempts get a 429 until
the window has passed. Counters live in the (shared) cache only, under an
HMAC of the address, so no IP address is stored anywhere.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from wagtail.admin.views.account import LoginView


def _digest(*parts):
    message = "|".join(parts).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _keys(request):
    address = request.META.get("REMOTE_ADDR", "")
    username = request.POST.get("username", "").strip().lower()[:150]
    return (
        f"login-fail:account:{_digest(address, username)}",
        f"login-fail:address:{_digest(address)}",
    )


def _increment(key, window):
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


class RateLimitedLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        account_key, address_key = _keys(request)
        account_count = cache.get(account_key, 0)
        address_count = cache.get(address_key, 0)
        if (
            account_count >= settings.LOGIN_FAILURE_LIMIT
            or address_count >= settings.LOGIN_ADDRESS_LIMIT
        ):
            return render(
                request,
                "login_limited.html",
                {"minutes": settings.LOGIN_FAILURE_WINDOW // 60},
                status=429,
            )
        response = super().post(request, *args, **kwargs)
        if response.status_code == 200:  # the form came back: wrong credentials
            window = settings.LOGIN_FAILURE_WINDOW
            _increment(account_key, window)
            _increment(address_key, window)
        return response
