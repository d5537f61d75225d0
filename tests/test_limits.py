"""Limits on the password forms (limits/): the admin login, the admin
password reset and the password of a restricted section."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from limits.models import AttemptCounter

pytestmark = pytest.mark.django_db

PASSWORD = "goed-wachtwoord-123"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "redacteur",
        email="redacteur@example.org",
        password=PASSWORD,
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def clock(monkeypatch):
    """Time that a test moves on by hand: ``clock.now += timedelta(...)``."""

    class Clock:
        now = timezone.now()

    monkeypatch.setattr("limits.attempts.timezone.now", lambda: Clock.now)
    return Clock


def login(client, password, username="redacteur", address="10.0.0.1"):
    client.logout()
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_ADDRESS_LIMIT=5)
def test_login_is_paused_after_repeated_failures(client, editor):
    for _ in range(3):
        assert login(client, "fout").status_code == 200
    blocked = login(client, PASSWORD)
    assert blocked.status_code == 429
    assert "Te veel inlogpogingen" in blocked.text
    assert "Probeer het over 1 minuut opnieuw" in blocked.text
    assert blocked["Retry-After"] == "60"
    assert "_auth_user_id" not in client.session
    # Another account from the same address is still allowed a try…
    assert login(client, "fout", username="iemand-anders").status_code == 200
    # …and the right password from another address works.
    assert login(client, PASSWORD, address="10.0.0.2").status_code == 302


@override_settings(LOGIN_FAILURE_LIMIT=10, LOGIN_ADDRESS_LIMIT=4)
def test_one_address_cannot_try_many_accounts(client, editor):
    for i in range(4):
        assert login(client, "fout", username=f"naam{i}").status_code == 200
    assert login(client, PASSWORD).status_code == 429


def test_successful_login_is_not_counted(client, editor):
    for _ in range(10):
        assert login(client, PASSWORD).status_code == 302


def test_pauses_double_with_every_further_failure(client, editor, clock):
    for _ in range(5):
        assert login(client, "fout").status_code == 200
    assert login(client, "fout")["Retry-After"] == "60"
    clock.now += timedelta(seconds=61)
    assert login(client, "fout").status_code == 200
    assert login(client, "fout")["Retry-After"] == "120"
    clock.now += timedelta(seconds=121)
    assert login(client, "fout").status_code == 200
    assert login(client, PASSWORD)["Retry-After"] == "240"
    # A quarter of an hour after the last pause everything is forgotten.
    clock.now += timedelta(minutes=20)
    assert login(client, PASSWORD).status_code == 302


@override_settings(TRUSTED_PROXIES=["10.9.0.1"])
def test_behind_the_proxy_one_guesser_does_not_lock_out_the_editors(client, editor):
    """Before, every visitor had the proxy's address: five wrong passwords
    from anyone locked every editor out."""
    for _ in range(8):
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "redacteur", "password": "fout"},
            REMOTE_ADDR="10.9.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.66",
        )
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "redacteur", "password": PASSWORD},
        REMOTE_ADDR="10.9.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.66, 203.0.113.10",  # spoofed left part
    )
    assert response.status_code == 302


def test_right_password_from_a_fresh_address_after_failures_elsewhere(client, editor):
    for address in ("10.1.0.1", "10.1.0.2", "10.1.0.3"):
        for _ in range(5):
            assert login(client, "fout", address=address).status_code == 200
        assert login(client, "fout", address=address).status_code == 429
    assert login(client, PASSWORD, address="10.1.0.4").status_code == 302


def test_guesses_at_one_account_from_many_addresses_are_capped(client, editor):
    """Before, three addresses gave fifteen guesses at one account, and more
    addresses more guesses; now 20 from all addresses together."""
    tried = 0
    for i in range(10):
        for _ in range(5):
            if login(client, "fout", address=f"10.2.0.{i}").status_code == 200:
                tried += 1
    assert tried == 20
    assert login(client, PASSWORD, address="10.2.1.1").status_code == 429


def test_login_limit_holds_with_redis_down(client, editor, settings):
    """Before, the counters lived in the cache only: with Redis unreachable
    eight wrong passwords were followed by a login."""
    from tests.test_redis_outage import closed_port

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
    for _ in range(8):
        login(client, "fout")
    assert login(client, PASSWORD).status_code == 429
    assert login(client, PASSWORD, address="10.0.0.2").status_code == 302


def test_limits_store_no_address_or_account(client, editor):
    login(client, "fout", address="203.0.113.9")
    keys = list(AttemptCounter.objects.values_list("key", flat=True))
    assert len(keys) == 3
    assert not any("203.0.113" in key or "redacteur" in key for key in keys)
    assert all(len(key) == 64 for key in keys)


def test_expired_counters_are_deleted(client, editor):
    AttemptCounter.objects.create(
        key="x" * 64, failures=3, expires=timezone.now() - timedelta(seconds=1)
    )
    login(client, "fout")
    assert not AttemptCounter.objects.filter(key="x" * 64).exists()


def test_counters_do_not_empty_the_page_cache(client, editor, settings):
    from wijkwijzer import page_cache

    settings.PAGE_CACHE_ENABLED = True
    page_cache.generation()
    before = page_cache.generation()
    login(client, "fout")
    assert page_cache.generation() == before


# -- admin password reset --------------------------------------------------------


def reset(client, email="redacteur@example.org", address="10.0.0.1"):
    return client.post(
        reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address
    )


def test_password_reset_is_limited_per_address_and_e_mail(client, editor):
    """Before, the password reset had no limit at all."""
    for _ in range(5):
        assert reset(client).status_code == 302
    refused = reset(client)
    assert refused.status_code == 429
    assert "Te veel aanvragen" in refused.text
    assert len(mail.outbox) == 5
    assert reset(client, address="10.0.0.2").status_code == 302


def test_password_reset_mails_to_one_address_are_capped(client, editor):
    sent = sum(
        reset(client, address=f"10.3.0.{i}").status_code == 302 for i in range(30)
    )
    assert sent == 20
    assert len(mail.outbox) == 20


# -- restricted sections ---------------------------------------------------------


@pytest.fixture
def restricted():
    page = Page.objects.get(slug="intern-overleg")
    restriction = PageViewRestriction.objects.get(page=page)
    return page, restriction


def guess(client, restricted, password, address="10.0.0.1"):
    page, restriction = restricted
    return client.post(
        reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        ),
        {"password": password, "return_url": page.url},
        REMOTE_ADDR=address,
    )


def test_restricted_page_password_is_limited(client, restricted):
    """Before, forty guesses in a row were all answered."""
    _page, restriction = restricted
    answered = [guess(client, restricted, "fout").status_code for _ in range(40)]
    assert answered == [200] * 5 + [429] * 35
    refused = guess(client, restricted, restriction.password)
    assert refused.status_code == 429
    assert "Te veel pogingen" in refused.text
    assert int(refused["Retry-After"]) > 0
    # Another reader with the right password is let in.
    assert (
        guess(client, restricted, restriction.password, "10.0.0.2").status_code == 302
    )


def test_restricted_page_still_shows_its_form(client, restricted):
    page, _restriction = restricted
    response = client.get(page.url)
    assert response.status_code == 200
    assert (
        reverse(
            "wagtailcore_authenticate_with_password",
            args=[_restriction.id, page.id],
        )
        in response.text
    )
