"""The password forms, limited: Wagtail's admin login and password reset and
the password form of a restricted section (a PageViewRestriction). Wagtail's
own views do the work; these wrappers only count and refuse.

Each form counts failures under three keys: the target (account, e-mail
address or restriction) together with the client's address, the client's
address alone, and the target alone across all addresses. The first pauses
after LOGIN_FAILURE_LIMIT failures (5): one guesser is slowed down at once,
while the editor behind another address still gets in with the right
password. The third pauses only after LOGIN_ACCOUNT_LIMIT failures (20):
higher, because reaching it locks the target out for everyone for a while,
but it is what stops a guesser spread over many addresses. The address alone
(LOGIN_ADDRESS_LIMIT) stops one address trying many accounts. A successful
login clears only its own target-and-address count.

Addresses come from wijkwijzer.proxy (the real client behind the proxy) and
are stored only inside an HMAC.
"""

import functools
import math

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import LoginView, PasswordResetView
from wagtail.views import authenticate_with_password

from limits.attempts import Limit, forget, record_failure, wait_seconds
from wijkwijzer.counters import digest
from wijkwijzer.proxy import client_address


def _limits(form, request, target):
    address = client_address(request)
    return (
        Limit(
            digest(form, "target+address", target, address),
            settings.LOGIN_FAILURE_LIMIT,
        ),
        Limit(digest(form, "address", address), settings.LOGIN_ADDRESS_LIMIT),
        Limit(digest(form, "target", target), settings.LOGIN_ACCOUNT_LIMIT),
    )


def limited(form, title, target, failed):
    """Limit the POSTs of a view: ``target(request, kwargs)`` names what is
    guessed at, ``failed(response)`` tells a failure from a success."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            limits = _limits(form, request, target(request, kwargs))
            seconds = wait_seconds(limits)
            if seconds:
                response = render(
                    request,
                    "limits/too_many_attempts.html",
                    {"title": title, "minutes": math.ceil(seconds / 60)},
                    status=429,
                )
                response["Retry-After"] = str(seconds)
                return response
            response = view(request, *args, **kwargs)
            if failed(response):
                record_failure(limits)
            else:
                forget(limits[0])
            return response

        return wrapper

    return decorator


def _posted(name, length):
    return lambda request, kwargs: request.POST.get(name, "").strip().lower()[:length]


login = limited(
    "login",
    _("Te veel inlogpogingen"),
    _posted("username", 150),
    failed=lambda response: response.status_code == 200,  # the form came back
)(LoginView.as_view())

# Every request counts: each one may send a mail, and the answer is the same
# whether or not the address belongs to an account.
password_reset = limited(
    "password-reset",
    _("Te veel aanvragen"),
    _posted("email", 254),
    failed=lambda response: True,
)(PasswordResetView.as_view())

page_password = limited(
    "page-password",
    _("Te veel pogingen"),
    lambda request, kwargs: str(kwargs["page_view_restriction_id"]),
    failed=lambda response: response.status_code != 302,
)(authenticate_with_password)
