"""A django-redis client with a circuit breaker.

When Redis cannot be reached, every cache call would wait for the connection
attempt (and redis-py's retries) before django-redis gives up and the site
falls back to the database: the site keeps working, but slowly. After one
failed call this client skips Redis for ``RETRY_SECONDS`` in this process,
so pages are served from the database at full speed; then it tries again.
The breaker logs the outage itself, once, so django-redis's log of every
ignored exception (a traceback per cache call) stays off in settings.
"""

import functools
import logging
import threading
import time

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
GUARDED_METHODS = (
    "add",
    "clear",
    "decr",
    "delete",
    "delete_many",
    "expire",
    "get",
    "get_many",
    "has_key",
    "incr",
    "persist",
    "set",
    "set_many",
    "touch",
    "ttl",
)

# Per process and per Redis location: Django makes a cache (and a client) per
# thread, and all of them should stop trying at once. ``_down`` holds the
# locations found unreachable, so the log says so once when Redis goes away
# and once when it answers again, not on every retry (issue 17).
_open_until: dict[str, float] = {}
_down: set[str] = set()
_lock = threading.Lock()


def _guarded(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        location = str(self._server)
        if time.monotonic() < _open_until.get(location, 0.0):
            raise ConnectionInterrupted(connection=None)
        try:
            result = method(self, *args, **kwargs)
        except ConnectionInterrupted:
            with _lock:
                if location not in _down:
                    _down.add(location)
                    logger.warning(
                        "Redis unreachable; serving without cache until it "
                        "answers again"
                    )
                _open_until[location] = time.monotonic() + RETRY_SECONDS
            raise
        if location in _down:
            _check_back(self, location)
        return result

    return wrapper


def _check_back(client, location):
    # Some calls answer without asking Redis (get_many of no keys, say), so
    # only a ping tells that Redis is back.
    try:
        client.get_client(write=True).ping()
    except (RedisError, OSError):
        with _lock:
            _open_until[location] = time.monotonic() + RETRY_SECONDS
        return
    with _lock:
        if location in _down:
            _down.discard(location)
            logger.warning("Redis answers again")


class CircuitBreakerClient(DefaultClient):
    pass


for _name in GUARDED_METHODS:
    setattr(CircuitBreakerClient, _name, _guarded(getattr(DefaultClient, _name)))
