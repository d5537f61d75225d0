"""With Redis unreachable the cache answers "miss" at once: after one failed
call the circuit breaker skips Redis for a few seconds (no waiting on every
call), then tries again."""

import socket
import time

import pytest

from django.core.cache.backends.base import InvalidCacheBackendError
from django.test import override_settings

from wijkwijzer import redis_client


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket closes


@pytest.fixture
def down_cache(settings):
    location = f"redis://127.0.0.1:{closed_port()}/0"
    caches = {
        "default": settings.CACHES["default"],
        "redis": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": {
                "CLIENT_CLASS": "wijkwijzer.redis_client.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        },
    }
    with override_settings(CACHES=caches):
        from django.core.cache import caches as cache_handler

        try:
            cache = cache_handler["redis"]
        except InvalidCacheBackendError:
            pytest.skip("django-redis not installed")
        redis_client._open_until.clear()
        yield cache, location
        redis_client._open_until.clear()


def test_calls_return_misses_quickly_while_redis_is_down(down_cache):
    cache, _location = down_cache
    assert cache.get("a") is None  # the one call that finds out
    start = time.monotonic()
    for i in range(200):
        assert cache.get(f"key-{i}") is None
        cache.set(f"key-{i}", i)
        assert not cache.add("x", 1)
    assert time.monotonic() - start < 0.5


def test_breaker_tries_again_after_the_pause(down_cache, monkeypatch):
    cache, _location = down_cache
    cache.get("a")
    (location,) = redis_client._open_until
    assert redis_client._open_until[location] > time.monotonic()
    attempts = []
    original = redis_client.DefaultClient.get

    def counting_get(self, *args, **kwargs):
        attempts.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(
        redis_client.CircuitBreakerClient,
        "get",
        redis_client._guarded(counting_get),
    )
    cache.get("b")
    assert attempts == []  # skipped while the breaker is open
    redis_client._open_until[location] = time.monotonic() - 1
    cache.get("c")
    assert attempts == [1]  # tried again, failed, open again
    assert redis_client._open_until[location] > time.monotonic()
