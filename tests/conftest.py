"""Shared fixtures. The demo content is loaded once per test session, right
after the test database is created; each test then runs in a transaction
that is rolled back, so tests can change content freely."""

import pytest

from django.core.cache import cache
from django.core.management import call_command

from wagtail.models import Page

from explainers.models import (
    ArticleIndexPage,
    ExplainerIndexPage,
    HomePage,
    ResourceIndexPage,
)


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` (Dutch stemming, trigram retry, ranking on
    the demo content) are skipped when the suite runs on another database.
    Browser tests run last: their server thread commits what readers do
    (search statistics, feedback), which must not reach the other tests."""
    from django.db import connection

    items.sort(key=lambda item: "/browser/" in str(item.path))

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", force=True, stdout=_Null())


class _Null:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached data from a test whose
    database changes were rolled back must not leak into the next test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _search_outcomes_not_kept(settings):
    """The tests of the search measure the search itself, and some change
    content without signals: outcomes are not kept, except where a test
    (tests/search/test_outcome_cache.py) turns it on."""
    settings.SEARCH_OUTCOME_SECONDS = 0


@pytest.fixture
def live_pages(db):
    """Every live, public page of the demo site, as specific instances."""
    return list(Page.objects.live().public().filter(depth__gt=1).specific())


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def explainer_index(db):
    return ExplainerIndexPage.objects.get()


@pytest.fixture
def article_index(db):
    return ArticleIndexPage.objects.get()


@pytest.fixture
def resource_index(db):
    return ResourceIndexPage.objects.get()
