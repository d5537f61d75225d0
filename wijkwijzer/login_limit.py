"""Rate limit on the admin login.

After ``LOGIN_FAILURE_LIMIT`` failed attempts for one account from one
address within ``LOGIN_FAILURE_WINDOW`` seconds, or ``LOGIN_ADDRESS_LIMIT``
failures from one address for any account, further attempts get a 429 until
the window has passed. Counters live in the (shared) cache only, under an
HMAC of the address, so no IP address is stored anywhere.
"""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from wagtail.admin.views.account import LoginView

from wijkwijzer.counters import client_digest, increment


def _keys(request):
    username = request.POST.get("username", "").strip().lower()[:150]
    return (
        f"login-fail:account:{client_digest(request, username)}",
        f"login-fail:address:{client_digest(request)}",
    )


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
            increment(account_key, window)
            increment(address_key, window)
        return response
