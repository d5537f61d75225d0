"""What the reverse proxy in front tells us: the client's address and the
scheme. Both are believed only from the addresses in ``TRUSTED_PROXIES``.

Behind the proxy every request comes from the proxy's address, so anything
counted per client must use ``client_address()``, never REMOTE_ADDR.
"""

import functools
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@functools.cache
def _networks(entries):
    try:
        return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _trusted(address):
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    return address is not None and any(address in net for net in networks)


def client_address(request):
    """The address of the client that sent ``request``.

    A client talking to us directly can send any X-Forwarded-For, so it is
    read only when REMOTE_ADDR is a trusted proxy. Each proxy appends the
    address it saw, so the rightmost entry that is not one of our proxies is
    the client; everything left of it came from the client and is ignored.
    A malformed entry stops the walk at the last proxy seen: that makes
    the limits stricter, never looser.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    current = _parse(remote)
    if not _trusted(current):
        return str(current) if current else remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        address = _parse(entry)
        if address is None:
            break
        current = address
        if not _trusted(address):
            break
    return str(current)


class ForwardedProtoMiddleware:
    """Keep X-Forwarded-Proto only when a trusted proxy sent it, as one value.

    Django's SECURE_PROXY_SSL_HEADER reads the leftmost of comma-separated
    values, which the client wrote when a proxy appends instead of replacing
    (``https, http`` would count as HTTPS). First in MIDDLEWARE, before
    anything asks ``request.is_secure()``.
    """

    header = "HTTP_X_FORWARDED_PROTO"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = request.META.get(self.header)
        if value is not None and (
            "," in value or not _trusted(_parse(request.META.get("REMOTE_ADDR", "")))
        ):
            del request.META[self.header]
        return self.get_response(request)
