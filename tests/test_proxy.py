"""The client's address and the scheme, believed only from trusted proxies
(wijkwijzer/proxy.py, gunicorn.conf.py)."""

import runpy

import pytest

from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from wijkwijzer.counters import client_digest
from wijkwijzer.proxy import ForwardedProtoMiddleware, client_address

PROXIES = ["127.0.0.1", "::1", "10.8.0.0/16"]


def request(remote="10.8.0.2", forwarded=None, proto=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    if proto is not None:
        meta["HTTP_X_FORWARDED_PROTO"] = proto
    return RequestFactory().get("/", **meta)


@override_settings(TRUSTED_PROXIES=PROXIES)
@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # Behind the proxy: the address the proxy appended.
        ("10.8.0.2", "203.0.113.5", "203.0.113.5"),
        # Whatever the client wrote itself stays left of that and is ignored.
        ("10.8.0.2", "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        # Two of our proxies in a row: skip both.
        ("10.8.0.2", "203.0.113.5, 10.8.3.4", "203.0.113.5"),
        ("::1", " 2001:db8::7 ", "2001:db8::7"),
        # Direct to us (not a proxy): its own address; its X-Forwarded-For is a lie.
        ("192.0.2.9", "203.0.113.5", "192.0.2.9"),
        # Malformed entries: never the client's choice of key.
        ("10.8.0.2", "203.0.113.5, unknown", "10.8.0.2"),
        ("10.8.0.2", "garbage, 203.0.113.5", "203.0.113.5"),
        ("10.8.0.2", "", "10.8.0.2"),
        ("10.8.0.2", None, "10.8.0.2"),
        ("10.8.0.2", "10.8.0.1", "10.8.0.1"),  # only proxies: the first one
        ("", "203.0.113.5", ""),
        ("not-an-address", "203.0.113.5", "not-an-address"),
    ],
)
def test_client_address(remote, forwarded, expected):
    assert client_address(request(remote, forwarded)) == expected


def test_loopback_is_the_default_trusted_proxy():
    assert settings.TRUSTED_PROXIES == ["127.0.0.1", "::1"]
    assert client_address(request("127.0.0.1", "203.0.113.5")) == "203.0.113.5"
    assert client_address(request("10.8.0.2", "203.0.113.5")) == "10.8.0.2"


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_visitors_behind_the_proxy_are_counted_apart():
    """Before, every limit keyed on REMOTE_ADDR: all visitors were the proxy."""
    one = client_digest(request("10.8.0.2", "203.0.113.5"))
    other = client_digest(request("10.8.0.2", "203.0.113.6"))
    spoofed = client_digest(request("10.8.0.2", "203.0.113.6, 203.0.113.5"))
    assert one != other
    assert spoofed == one
    assert "203.0.113.5" not in one


@override_settings(
    TRUSTED_PROXIES=PROXIES,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
)
@pytest.mark.parametrize(
    ("remote", "proto", "secure"),
    [
        ("10.8.0.2", "https", True),
        ("10.8.0.2", "http", False),
        ("10.8.0.2", "https, http", False),  # Django alone takes the leftmost
        ("10.8.0.2", "https,https", False),
        ("192.0.2.9", "https", False),  # not from our proxy
    ],
)
def test_only_a_single_forwarded_proto_from_a_proxy_counts(remote, proto, secure):
    seen = {}

    def view(req):
        seen["secure"] = req.is_secure()
        return HttpResponse()

    ForwardedProtoMiddleware(view)(request(remote, proto=proto))
    assert seen["secure"] is secure


def test_forwarded_proto_middleware_comes_first():
    assert settings.MIDDLEWARE[0] == "wijkwijzer.proxy.ForwardedProtoMiddleware"


# -- gunicorn -------------------------------------------------------------------


def gunicorn_scheme(headers, peer="127.0.0.1", env=None, monkeypatch=None):
    from gunicorn.config import Config
    from gunicorn.http.parser import RequestParser

    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    cfg = Config()
    for name, value in config.items():
        if name in cfg.settings:
            cfg.set(name, value)
    raw = b"GET / HTTP/1.1\r\nHost: x\r\n"
    raw += b"".join(f"{header}\r\n".encode() for header in headers) + b"\r\n"
    return next(iter(RequestParser(cfg, iter([raw]), (peer, 5000)))).scheme


@pytest.mark.parametrize(
    ("headers", "scheme"),
    [
        (["X-Forwarded-Proto: https"], "https"),
        (["X-Forwarded-Proto: https, http"], "http"),
        (["X-Forwarded-Ssl: on"], "http"),
        (["X-Forwarded-Protocol: ssl"], "http"),
    ],
)
def test_gunicorn_believes_only_x_forwarded_proto(headers, scheme):
    assert gunicorn_scheme(headers) == scheme


def test_gunicorn_trusts_the_same_proxies(monkeypatch):
    env = {"TRUSTED_PROXIES": "10.8.0.0/16"}
    headers = ["X-Forwarded-Proto: https"]
    assert gunicorn_scheme(headers, "10.8.1.1", env, monkeypatch) == "https"
    assert gunicorn_scheme(headers, "127.0.0.1", env, monkeypatch) == "http"
