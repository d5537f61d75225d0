"""Feedback with Redis unreachable: the answer is stored (nothing lost) and the
reader is thanked; the rate limit cannot count then, by choice (see
``feedback.views._over_limit``). Never a 500."""

import socket

import pytest

from django.core.cache.backends.base import InvalidCacheBackendError
from django.test import Client
from django.urls import reverse

from explainers.models import ExplainerPage
from feedback.models import PageFeedback
from wijkwijzer import redis_client

pytestmark = pytest.mark.django_db

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket closes


@pytest.fixture
def redis_down(settings):
    """The production cache settings, pointed at a port nobody listens on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                "CLIENT_CLASS": "wijkwijzer.redis_client.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    from django.core.cache import caches

    try:
        caches["default"]
    except InvalidCacheBackendError:
        pytest.skip("django-redis not installed")
    redis_client._open_until.clear()
    yield
    redis_client._open_until.clear()


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().public().first()


def submit(client, page, data):
    return client.post(reverse("feedback:submit", args=[page.pk]), data, **SAME_ORIGIN)


def test_feedback_is_stored_while_redis_is_down(redis_down, explainer):
    server = Client(raise_request_exception=False)
    response = submit(server, explainer, {"nuttig": "nee", "opmerking": "Te lang."})
    assert response.status_code == 303
    assert response["Location"] == reverse("feedback:thanks", args=[explainer.pk])
    stored = PageFeedback.objects.get(page=explainer)
    assert (stored.helpful, stored.comment) == (False, "Te lang.")
    assert server.get(response["Location"]).status_code == 200


def test_the_rate_limit_cannot_count_while_redis_is_down(
    redis_down, explainer, settings
):
    """The chosen trade-off: every answer is kept, none is refused."""
    settings.FEEDBACK_RATE_LIMIT_PER_CLIENT = 1
    for _ in range(3):
        assert submit(Client(), explainer, {"nuttig": "ja"}).status_code == 303
    assert PageFeedback.objects.filter(page=explainer).count() == 3


def test_the_honeypot_and_origin_check_still_hold(redis_down, explainer):
    client = Client()
    response = submit(client, explainer, {"nuttig": "ja", "website": "spam"})
    assert response.status_code == 303
    url = reverse("feedback:submit", args=[explainer.pk])
    other = client.post(url, {"nuttig": "ja"}, HTTP_ORIGIN="https://evil.example")
    assert other.status_code == 403
    assert not PageFeedback.objects.exists()
