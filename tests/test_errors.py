"""Unknown addresses give the Dutch 404 page, wrong methods a 405, a crash
the self-contained Dutch 500 page, and a database outage a 503."""

import base64
import hashlib
import re

import pytest

from django.db import InterfaceError, OperationalError, ProgrammingError
from django.template.loader import render_to_string
from django.test import RequestFactory

from explainers import listings
from wijkwijzer.errors import server_error

from .helpers import texts

pytestmark = pytest.mark.django_db

UNKNOWN = [
    "/uitleg/bestaat-niet/",
    "/uitleg/wat-is-een-wijkaanpak/bestaat-niet/",
    "/themas/bestaat-niet/",
    "/partners/bestaat-niet/",
    "/bronnen/bestaat-niet/",
    "/artikelen/bestaat-niet/",
    "/bestaat-niet/",
]


@pytest.mark.parametrize("url", UNKNOWN)
def test_unknown_slug_gives_the_dutch_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert texts(html, "h1") == ["Deze pagina bestaat niet"]
    assert 'href="/themas/"' in html  # a way back into the site


@pytest.mark.parametrize(
    "url", ["/themas/", "/themas/wonen/", "/partners/", "/partners/lsa/", "/zoeken/"]
)
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_views_only_answer_safe_methods(client, url, method):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("url", ["/themas/", "/partners/lsa/", "/zoeken/?q=wijk"])
def test_head_is_allowed(client, url):
    assert client.head(url).status_code == 200


@pytest.mark.parametrize(
    "url", ["/", "/uitleg/", "/uitleg/wat-is-een-wijkaanpak/", "/bronnen/?thema=wonen"]
)
def test_posting_to_a_page_never_crashes(client, url):
    assert client.post(url, {"thema": "<script>"}).status_code < 500


def test_500_template_renders_without_context():
    html = render_to_string("500.html")
    assert '<html lang="nl">' in html
    assert texts(html, "h1") == ["Er ging iets mis"]
    assert 'href="/"' in html
    assert "{%" not in html and "{{" not in html


def test_500_handler_uses_the_dutch_page():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def test_a_crash_in_a_view_shows_the_500_page(client, monkeypatch):
    def crash(theme):
        raise RuntimeError("kapot")

    monkeypatch.setattr(listings, "theme_detail", crash)
    client.raise_request_exception = False
    response = client.get("/themas/wonen/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert "kapot" not in html  # no traceback or error text for visitors


def crash_with(monkeypatch, client, error):
    def crash(theme):
        raise error

    monkeypatch.setattr(listings, "theme_detail", crash)
    client.raise_request_exception = False
    return client.get("/themas/wonen/")


def test_503_template_renders_without_context():
    html = render_to_string("503.html")
    assert '<html lang="nl">' in html
    assert texts(html, "h1") == ["Even niet bereikbaar"]
    assert "{%" not in html and "{{" not in html


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("connection to server failed: Connection refused"),
        InterfaceError("connection already closed"),
    ],
)
def test_a_database_outage_is_a_503_with_retry_after(client, monkeypatch, error):
    response = crash_with(monkeypatch, client, error)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert texts(html, "h1") == ["Even niet bereikbaar"]
    assert "connection" not in html  # no error text for visitors


def test_other_database_errors_stay_a_500(client, monkeypatch):
    response = crash_with(monkeypatch, client, ProgrammingError("syntax error"))
    assert response.status_code == 500
    assert "Retry-After" not in response


@pytest.mark.parametrize(
    ("error", "status"), [(RuntimeError("kapot"), 500), (OperationalError(), 503)]
)
def test_error_pages_style_is_allowed_by_its_hash(client, monkeypatch, error, status):
    """The self-contained error pages keep their inline style under the strict
    policy: its hash is in style-src, and 'unsafe-inline' is not."""
    response = crash_with(monkeypatch, client, error)
    assert response.status_code == status
    style = re.search(r"<style>(.*?)</style>", response.content.decode(), re.S)
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest())
    policy = response["Content-Security-Policy"]
    style_src = next(d for d in policy.split(";") if d.strip().startswith("style-src"))
    assert f"'sha256-{digest.decode()}'" in style_src
    assert "unsafe-inline" not in policy
