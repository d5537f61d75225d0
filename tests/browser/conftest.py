"""Browser tests: Playwright driving Debian's Chromium against Django's live
test server, with the demo content (loaded once per session, committed).

The tools come from the npm registry (package.json): axe-core for the
accessibility rules and vnu.jar, the Nu HTML Checker. `make test` installs
them; `.ci/run` installs chromium and Java.
"""

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
VNU = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = HERE.parent.parent / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

NOT_FOUND = "/bestaat-niet/"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _missing(what, hint):
    message = f"{what} is missing: {hint}"
    if os.environ.get("CI"):
        pytest.fail(message)  # in CI a missing tool is an error, not a skip
    pytest.skip(message)


def require_tool(path, hint="run `make test` (npm ci --prefix tests/browser)"):
    if not path.exists():
        _missing(str(path), hint)
    return path


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        _missing("chromium", "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # the tests make are still plain synchronous calls. Only while browser
    # tests run: `check --deploy` refuses this variable.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _one_request_at_a_time(handler_class):
    """The request threads of the live server all use the one shared
    in-memory SQLite connection; two at once (the admin's autosave beside a
    preview update) fail with "database table is locked". Serve one request
    at a time, as a single SQLite file with a busy timeout would."""
    lock = threading.Lock()

    class OneAtATime(handler_class):
        def __call__(self, environ, start_response):
            with lock:
                return super().__call__(environ, start_response)

    return OneAtATime


@pytest.fixture(scope="session")
def server(django_db_setup, django_db_blocker, page_type_urls):
    """Django's live-server thread on the session's test database, with the
    demo content. (pytest-django's ``live_server`` would flush the database
    after every test, taking the demo content away from the rest of the
    suite.) With in-memory SQLite the thread shares this connection."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    connection = connections["default"]
    overrides = {}
    handler = StaticFilesHandler
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        connection.inc_thread_sharing()
        overrides["default"] = connection
        handler = _one_request_at_a_time(StaticFilesHandler)
    thread = LiveServerThread(
        # Static files from the finders, as in StaticLiveServerTestCase: a
        # fresh clone has no collectstatic output.
        "localhost",
        handler,
        connections_override=overrides,
        port=0,
    )
    thread.daemon = True
    with django_db_blocker.unblock():
        thread.start()
        thread.is_ready.wait()
    if thread.error:
        raise thread.error
    thread.url = f"http://localhost:{thread.port}"
    yield thread
    thread.terminate()
    # Request threads of keep-alive connections may still hold a database
    # connection; on PostgreSQL end them, so the test database can be dropped.
    time.sleep(0.5)
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    if overrides:
        connection.dec_thread_sharing()


@pytest.fixture
def open_page(server, browser, django_db_blocker):
    """open_page(path, viewport=PHONE, javascript=True) -> a Playwright page.
    The server thread may use the database while the test runs."""
    contexts = []
    unblocked = django_db_blocker.unblock()
    unblocked.__enter__()

    def open_(path, viewport=PHONE, javascript=True):
        context = browser.new_context(
            viewport=viewport, java_script_enabled=javascript, locale="nl-NL"
        )
        contexts.append(context)
        page = context.new_page()
        response = page.goto(server.url + path)
        expected = 404 if path == NOT_FOUND else 200
        assert response.status == expected, (path, response.status)
        return page

    yield open_
    for context in contexts:
        context.close()
    unblocked.__exit__(None, None, None)


@pytest.fixture(scope="session")
def page_type_urls(django_db_setup, django_db_blocker):
    """One URL per public page type (and view) of the demo site."""
    from explainers.models import (
        ArticleIndexPage,
        ArticlePage,
        ContentPage,
        ExplainerIndexPage,
        ExplainerPage,
        GuidePage,
        Partner,
        PracticeIndexPage,
        PracticePage,
        ResourceIndexPage,
        ResourcePage,
        StepPage,
        Theme,
    )

    def first(model):
        return model.objects.live().public().order_by("path").first().url

    with django_db_blocker.unblock():
        theme = Theme.objects.order_by("sort_order", "pk").first()
        partner = Partner.objects.order_by("sort_order", "pk").first()
        return {
            "home": "/",
            "uitleg-overzicht": first(ExplainerIndexPage),
            "uitleg": ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak").url,
            "artikelen": first(ArticleIndexPage),
            "artikel": first(ArticlePage),
            "bronnen": first(ResourceIndexPage),
            "bron": first(ResourcePage),
            "praktijk": first(PracticeIndexPage),
            "praktijkvoorbeeld": first(PracticePage),
            "stappenplan": first(GuidePage),
            "stap": first(StepPage),
            "stappenplan-print": first(GuidePage) + "afdrukken/",
            "inhoudspagina": first(ContentPage),
            "startpagina-bewoners": "/ik-woon-in-de-wijk/",
            "startpagina-professionals": "/ik-werk-in-de-wijk/",
            "themas": "/themas/",
            "thema": f"/themas/{theme.slug}/",
            "partners": "/partners/",
            "partner": f"/partners/{partner.slug}/",
            "begrippen": "/begrippen/",
            "zoeken": "/zoeken/?q=wijkaanpak",
            "zoeken-leeg": "/zoeken/",
            "niet-gevonden": NOT_FOUND,
        }
