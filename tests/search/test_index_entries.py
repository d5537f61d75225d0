"""search.index_entries matches pages in Wagtail's index table with the
tsquery Wagtail's own search builds (its query compiler: the one internal it
reads). It must find exactly the pages Wagtail's search finds; these tests
fail when upstream changes the compiler or the index table."""

import pytest

from django.db import connection

from search import index_entries, scope
from search.query import ParsedQuery

pytestmark = pytest.mark.django_db

QUERIES = [
    "wijkaanpak",
    "wijk",
    "bewoners betrekken",
    "geld voor de wijk",
    "leefbaarheid",
    "buurtteam",
    "zorgvlinder",
]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("search.index_entries is for PostgreSQL")


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_pages_as_wagtails_search(query):
    search_query = ParsedQuery.parse(query).search_query()
    pages = scope.page_queryset({})
    matched = pages.search(search_query).get_queryset()
    wagtails = set(matched.values_list("pk", flat=True))
    ids = index_entries.matching_page_ids(
        search_query, scope.PAGE_TYPES.values(), 10_000, pages
    )
    assert len(ids) == len(set(ids)), "a page came twice"
    assert set(ids) == wagtails
    # Without ``pages``: the same, and pages Wagtail leaves out (not live).
    models = scope.PAGE_TYPES.values()
    unchecked = index_entries.matching_page_ids(search_query, models, 10_000)
    assert set(unchecked) >= wagtails


def test_title_matches_come_first(explainer, resource):
    mentioned = [resource(f"Bron {n}", summary="Een zorgvlinder.") for n in range(4)]
    named = [explainer(f"Zorgvlinder {n}") for n in range(2)]
    search_query = ParsedQuery.parse("zorgvlinder").search_query()
    ids = index_entries.matching_page_ids(search_query, scope.PAGE_TYPES.values(), 10)
    assert set(ids[:2]) == {page.pk for page in named}
    assert set(ids[2:]) == {page.pk for page in mentioned}


def test_the_limit_holds():
    search_query = ParsedQuery.parse("wijk").search_query()
    ids = index_entries.matching_page_ids(search_query, scope.PAGE_TYPES.values(), 5)
    assert len(ids) == 5


def test_the_match_uses_the_expression_index():
    """The GIN index of migration 0005 exists and fits the match."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["search_indexentry_vector_gin"],
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition
    assert "(title || body)" in definition
