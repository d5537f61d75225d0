"""Short-lived counters in the cache, for rate limits and view counts.

Nothing about a visitor is stored: a client is named by an HMAC of its
address, and only in the cache.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

from wijkwijzer.proxy import client_address


def increment(key, timeout):
    """Add one to the counter ``key``, which expires ``timeout`` seconds after
    its first hit; returns the new value."""
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def client_digest(request, *parts):
    """An HMAC of the client's address (plus ``parts``): a cache key part that
    tells clients apart without holding the address."""
    return digest(client_address(request), *parts)


def digest(*parts):
    """An HMAC of ``parts``: a key that names them without holding them."""
    message = "|".join(parts).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
