"""Security headers, cookies, the admin path and the health check; the
limits on the password forms are in tests/test_limits.py."""

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.models import Page

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/",
    "/uitleg/wat-is-een-wijkaanpak/",
    "/bronnen/",
    "/zoeken/?q=wijkaanpak",
    "/themas/",
    "/partners/",
    "/begrippen/",
    "/stappenplan/",
    "/praktijk/",
    "/bestaat-niet/",
]


def csp(response):
    return {
        part.strip().split(" ")[0]: part.strip().split(" ")[1:]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    }


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_send_strict_headers(client, url):
    response = client.get(url)
    policy = csp(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_public_html_has_no_inline_script_or_style(client, live_pages):
    """Nothing the strict policy would block: no inline <script> with code,
    no style attributes, no event-handler attributes."""
    import re

    for page in live_pages[:40]:
        html = client.get(page.url).text
        for match in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            attributes, body = match.groups()
            assert (
                "src=" in attributes
                or not body.strip()
                or ('type="application/' in attributes)
            ), page.url
        assert not re.search(r"\sstyle=\"", html), page.url
        assert not re.search(r"\son[a-z]+=\"", html), page.url


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_anonymous_readers_get_no_cookies(client, url):
    response = client.get(url)
    assert not response.cookies, (url, list(response.cookies))
    assert "csrfmiddlewaretoken" not in response.text


def test_anonymous_readers_get_no_cookies_on_any_live_page(client, live_pages):
    for page in live_pages:
        response = client.get(page.url)
        assert not response.cookies, (page.url, list(response.cookies))


def test_hsts_and_secure_cookies_in_production_settings():
    import os
    from importlib import import_module
    from unittest import mock

    env = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "wijkwijzer.nl",
        "DATABASE_URL": "postgres://u@localhost/db",
    }
    with mock.patch.dict(os.environ, env):
        import sys

        sys.modules.pop("wijkwijzer.settings.production", None)
        production = import_module("wijkwijzer.settings.production")
    assert production.SECURE_HSTS_SECONDS >= 31_536_000
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SESSION_COOKIE_HTTPONLY
    assert production.SECURE_SSL_REDIRECT
    directives = production.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert directives["upgrade-insecure-requests"] is True


def test_admin_is_excluded_from_the_public_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_documents_are_sandboxed_attachments(client):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    doc = Document.objects.create(
        title="Aanval", file=ContentFile(b"<script>alert(1)</script>", "aanval.html")
    )
    response = client.get(doc.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_that_could_run_in_a_browser_cannot_be_uploaded():
    from django.conf import settings

    for extension in ("html", "htm", "svg", "js", "xhtml", "xml"):
        assert extension not in settings.WAGTAILDOCS_EXTENSIONS


# -- admin path ------------------------------------------------------------------


def test_admin_path_is_configurable():
    import importlib

    from django.urls import clear_url_caches

    import wijkwijzer.urls

    with override_settings(ADMIN_PATH="redactie-x"):
        clear_url_caches()
        urls = importlib.reload(wijkwijzer.urls)
        with override_settings(ROOT_URLCONF=urls):
            assert reverse("wagtailadmin_home") == "/redactie-x/"
            assert reverse("wagtailadmin_login") == "/redactie-x/login/"
    clear_url_caches()
    importlib.reload(wijkwijzer.urls)
    assert reverse("wagtailadmin_home") == "/admin/"


# -- health check ----------------------------------------------------------------


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.text == "ok\n"
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_broken_cache_without_details(client, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *a, **k: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.text == "unavailable\n"


def test_healthz_reports_a_broken_database_without_details(client, monkeypatch):
    from wijkwijzer import health

    def broken_cursor():
        raise health.connection.OperationalError("connection refused to 10.1.2.3")

    monkeypatch.setattr(health.connection, "cursor", broken_cursor, raising=False)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "10.1.2.3" not in response.text


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405


def test_no_page_is_served_for_a_deleted_root(client):
    assert Page.objects.filter(depth=1).exists()
