"""Link health of partner resources (``manage.py check_links``), against a
local threaded HTTP server: 200, 301 → 200, 404, 500, HEAD refused, slow and a
refused connection."""

import datetime
import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from editorial import link_health
from editorial.link_health import check_all, check_url
from editorial.models import LinkCheck
from explainers.models import ResourcePage

from .factories import ResourcePageFactory

pytestmark = pytest.mark.django_db

TIMEOUT = 0.5


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def _respond(self, with_body):
        server = self.server
        with server.lock:
            server.active += 1
            server.max_active = max(server.max_active, server.active)
            server.requests.append((self.command, self.path))
        try:
            path = self.path
            if path == "/slow":
                time.sleep(TIMEOUT * 3)
                status, headers = 200, {}
            elif path.startswith("/busy/"):
                time.sleep(0.1)
                status, headers = 200, {}
            elif path == "/ok":
                status, headers = 200, {}
            elif path == "/moved":
                status, headers = 301, {"Location": "/ok"}
            elif path == "/missing":
                status, headers = 404, {}
            elif path == "/error":
                status, headers = 500, {}
            elif path == "/no-head":
                status = 405 if self.command == "HEAD" else 200
                headers = {}
            else:
                status, headers = 404, {}
            body = b"hallo"
            # Count the request as finished before answering: once the client
            # has the answer it may start the next one, maybe before this
            # thread would reach ``finally``.
            with server.lock:
                server.active -= 1
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_HEAD(self):
        self._respond(with_body=False)

    def do_GET(self):
        self._respond(with_body=True)


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.lock = threading.Lock()
    httpd.active = 0
    httpd.max_active = 0
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/weg"


# check_url ----------------------------------------------------------------


def test_ok(server):
    result = check_url(server.base + "/ok", timeout=TIMEOUT)
    assert (result.status, result.final_url, result.error) == (
        200,
        server.base + "/ok",
        "",
    )
    assert result.ok
    assert server.requests == [("HEAD", "/ok")]


def test_redirect_is_followed(server):
    result = check_url(server.base + "/moved", timeout=TIMEOUT)
    assert result.status == 200
    assert result.final_url == server.base + "/ok"
    assert server.requests == [("HEAD", "/moved"), ("HEAD", "/ok")]


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/error", 500)])
def test_http_errors(server, path, status):
    result = check_url(server.base + path, timeout=TIMEOUT)
    assert result.status == status
    assert not result.error
    assert not result.ok


def test_get_when_head_is_refused(server):
    result = check_url(server.base + "/no-head", timeout=TIMEOUT)
    assert result.status == 200
    assert server.requests == [("HEAD", "/no-head"), ("GET", "/no-head")]


def test_slow_response_times_out(server):
    started = time.monotonic()
    result = check_url(server.base + "/slow", timeout=TIMEOUT)
    assert time.monotonic() - started < TIMEOUT * 2.5
    assert result.status is None
    assert result.error == "time-out"


def test_refused_connection(closed_port):
    result = check_url(closed_port, timeout=TIMEOUT)
    assert result.status is None
    assert result.error == "verbinding geweigerd"
    assert result.final_url == closed_port


def test_bad_url_never_raises():
    result = check_url("ftp://example.org/x", timeout=TIMEOUT)
    assert result.error and not result.ok


# check_all ----------------------------------------------------------------


@pytest.fixture
def resources(resource_index, server, closed_port):
    urls = {
        "ok": server.base + "/ok",
        "moved": server.base + "/moved",
        "missing": server.base + "/missing",
        "error": server.base + "/error",
        "slow": server.base + "/slow",
        "refused": closed_port,
    }
    return {
        name: ResourcePageFactory(parent=resource_index, external_url=url)
        for name, url in urls.items()
    }


def test_check_all_stores_a_row_per_resource(server, resources):
    before = timezone.now()
    checks = check_all(resources.values(), timeout=TIMEOUT)
    assert len(checks) == len(resources)
    rows = {
        name: LinkCheck.objects.get(resource=page) for name, page in resources.items()
    }
    assert rows["ok"].status_code == 200
    assert not rows["ok"].redirected
    assert rows["ok"].final_url == server.base + "/ok"
    assert rows["moved"].status_code == 200
    assert rows["moved"].redirected
    assert rows["moved"].final_url == server.base + "/ok"
    assert rows["missing"].status_code == 404
    assert rows["error"].status_code == 500
    assert rows["slow"].status_code is None
    assert rows["slow"].error == "time-out"
    assert rows["refused"].error == "verbinding geweigerd"
    for name, row in rows.items():
        assert row.last_checked >= before
        if name in ("ok", "moved"):
            assert row.last_ok == row.last_checked
            assert row.broken_since is None
            assert not row.is_broken
        else:
            assert row.last_ok is None
            assert row.broken_since == row.last_checked
            assert row.is_broken


def test_rechecking_updates_and_keeps_last_ok(server, resources):
    page = resources["ok"]
    check_all([page], timeout=TIMEOUT)
    first_ok = LinkCheck.objects.get(resource=page).last_ok
    page.external_url = server.base + "/missing"
    check_all([page], timeout=TIMEOUT)
    check_all([page], timeout=TIMEOUT)
    row = LinkCheck.objects.get(resource=page)
    assert LinkCheck.objects.filter(resource=page).count() == 1
    assert row.status_code == 404
    assert row.last_ok == first_ok
    assert row.broken_since > first_ok
    assert row.broken_since < row.last_checked


def test_per_host_limit_is_respected(server, resource_index):
    pages = [
        ResourcePageFactory(
            parent=resource_index, external_url=f"{server.base}/busy/{n}"
        )
        for n in range(8)
    ]
    check_all(pages, workers=8, per_host=2, timeout=2)
    assert len(server.requests) == 8
    assert server.max_active == 2
    assert LinkCheck.objects.filter(status_code=200).count() >= 8


def test_host_limiter_gives_one_semaphore_per_host():
    limiter = link_health._HostLimiter(2)
    assert limiter("http://a.example/x") is limiter("http://A.example/y")
    assert limiter("http://a.example/x") is not limiter("http://b.example/x")


# The command ----------------------------------------------------------------


def test_command_checks_live_resources_and_prints_a_summary(server, resources):
    # Only the test resources: the demo resources point at the (closed) internet.
    ours = [page.pk for page in resources.values()]
    ResourcePage.objects.exclude(pk__in=ours).update(live=False)
    resources["ok"].unpublish()
    out = io.StringIO()
    call_command("check_links", "--timeout", str(TIMEOUT), "--workers", "4", stdout=out)
    text = out.getvalue()
    assert "5 links gecontroleerd: 0 ok, 1 doorverwezen, 4 kapot." in text
    assert f"kapot: {server.base}/missing (status 404)" in text
    assert not LinkCheck.objects.filter(resource=resources["ok"]).exists()


# The admin report -----------------------------------------------------------


def test_report_lists_broken_then_redirected_links(client, server, resources):
    check_all(resources.values(), timeout=TIMEOUT)
    admin = get_user_model().objects.create_superuser("beheer", "b@example.org", "pw")
    client.force_login(admin)
    response = client.get(reverse("link_check_report"))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("missing", "error", "slow", "refused", "moved"):
        page = resources[name]
        assert page.title in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert resources["ok"].title not in html
    assert "time-out" in html
    assert "verbinding geweigerd" in html
    assert html.index(resources["missing"].title) < html.index(resources["moved"].title)
    export = client.get(reverse("link_check_report"), {"export": "csv"})
    csv_text = b"".join(export.streaming_content).decode()
    assert resources["missing"].external_url in csv_text
    assert "Status / fout" in csv_text
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("link_check_report") in menu


def test_report_is_for_admin_users_only(client):
    response = client.get(reverse("link_check_report"))
    assert response.status_code == 302


# The public resource page ---------------------------------------------------

NOTICE = "Deze link werkte bij de laatste controle niet"


def _page_with_check(resource_index, **fields):
    page = ResourcePageFactory(parent=resource_index)
    page.save_revision().publish()
    if fields:
        LinkCheck.objects.create(resource=page, last_checked=timezone.now(), **fields)
    return page


def test_notice_only_for_a_link_broken_for_long(client, resource_index):
    now = timezone.now()
    long_ago = now - datetime.timedelta(days=45)
    recently = now - datetime.timedelta(days=3)
    cases = {
        "nooit gecontroleerd": ({}, False),
        "in orde": ({"status_code": 200, "last_ok": now}, False),
        "kort kapot": (
            {"status_code": 404, "last_ok": recently, "broken_since": now},
            False,
        ),
        "lang kapot": (
            {"status_code": 404, "last_ok": long_ago, "broken_since": recently},
            True,
        ),
        "nooit gewerkt": ({"error": "time-out", "broken_since": long_ago}, True),
        "nooit gewerkt, net": ({"error": "time-out", "broken_since": now}, False),
    }
    for name, (fields, shown) in cases.items():
        page = _page_with_check(resource_index, **fields)
        response = client.get(page.url)
        assert response.status_code == 200
        assert (NOTICE in response.content.decode()) is shown, name
        # The external link itself stays.
        assert page.external_url in response.content.decode()


def test_notice_costs_one_query_on_the_resource_page_only(client, resource_index):
    page = _page_with_check(resource_index)
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    link_queries = [q for q in queries if "editorial_linkcheck" in q["sql"]]
    assert len(link_queries) == 1
    with CaptureQueriesContext(connection) as queries:
        client.get(resource_index.url)
    assert not [q for q in queries if "editorial_linkcheck" in q["sql"]]
