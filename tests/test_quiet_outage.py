"""With Redis unreachable the log says so once, not once per request
(issue 17: 56 requests wrote 6,810 log lines and 655 tracebacks)."""

import contextlib
import logging
import os
import sys
from importlib import import_module
from unittest import mock

import pytest

from tests.test_redis_outage import closed_port
from wijkwijzer import redis_client

pytestmark = pytest.mark.django_db

URLS = [
    "/",
    "/uitleg/wat-is-een-wijkaanpak/",
    "/bronnen/",
    "/zoeken/?q=wijkaanpak",
    "/themas/",
    "/begrippen/",
    "/partners/",
    "/healthz",
    "/api/v2/pages/",
    "/feed/",
]


def production_settings(redis_url):
    env = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "postgres://u@localhost/db",
        "REDIS_URL": redis_url,
    }
    names = ("wijkwijzer.settings.base", "wijkwijzer.settings.production")
    loaded = {name: sys.modules.pop(name, None) for name in names}
    try:
        with mock.patch.dict(os.environ, env):
            return import_module("wijkwijzer.settings.production")
    finally:
        for name, module in loaded.items():
            sys.modules.pop(name, None)
            if module is not None:
                sys.modules[name] = module


@pytest.fixture
def redis_down(settings):
    """The production cache settings, pointed at a port where nothing listens."""
    production = production_settings(f"redis://127.0.0.1:{closed_port()}/0")
    settings.CACHES = production.CACHES
    for name in dir(production):
        if name.startswith("DJANGO_REDIS_"):
            setattr(settings, name, getattr(production, name))
    redis_client._open_until.clear()
    redis_client._down.clear()
    yield
    redis_client._open_until.clear()
    redis_client._down.clear()


class Records(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def records():
    handler = Records()
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.INFO)
    yield handler.records
    root.setLevel(level)
    root.removeHandler(handler)


def test_fifty_requests_with_redis_down_log_one_line(client, redis_down, records):
    statuses = [client.get(URLS[i % len(URLS)]).status_code for i in range(50)]
    assert statuses.count(503) == 5  # /healthz keeps saying so
    assert 500 not in statuses
    warnings = [r for r in records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "Redis unreachable; serving without cache until it answers again"
    ]
    assert not any(r.exc_info for r in records)


def test_one_line_when_redis_is_back(records):
    from django_redis.exceptions import ConnectionInterrupted
    from redis.exceptions import ConnectionError as RedisConnectionError

    down = ConnectionInterrupted(None)
    # What each call does, and whether a ping reaches Redis after it.
    answers = iter([(down, False), (down, False), ({}, False), (1, True), (2, True)])

    class Client:
        _server = "redis://example:6379/0"

        def get_client(self, write):
            return self

        def ping(self):
            if not self.pings:
                raise RedisConnectionError

    def call(self):
        answer, self.pings = next(answers)
        if answer is down:
            raise answer
        return answer

    guarded = redis_client._guarded(call)
    redis_client._open_until.clear()
    redis_client._down.clear()
    for _ in range(5):
        redis_client._open_until.clear()  # as if the pause had passed
        with contextlib.suppress(ConnectionInterrupted):
            guarded(Client())
    assert [r.getMessage() for r in records if r.levelno >= logging.WARNING] == [
        "Redis unreachable; serving without cache until it answers again",
        "Redis answers again",
    ]
    assert not redis_client._down


def test_back_is_noticed_with_a_real_redis(records, settings):
    import redis

    location = "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(location, socket_connect_timeout=0.25).ping()
    except redis.exceptions.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "wt-a-test",
            "OPTIONS": {
                "CLIENT_CLASS": "wijkwijzer.redis_client.CircuitBreakerClient",
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    from django.core.cache import cache

    redis_client._open_until.clear()
    redis_client._down.clear()
    redis_client._down.add(str([location]))  # as an outage leaves it
    assert cache.get_many([]) == {}
    cache.get("anything")
    assert not redis_client._down
    messages = [r.getMessage() for r in records if r.levelno >= logging.WARNING]
    assert messages == ["Redis answers again"]
