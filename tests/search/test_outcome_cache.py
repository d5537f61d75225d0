"""A search's outcome is kept until content changes (search/outcome_cache.py):
the same search again costs no search query, any content change shows at
once, different questions never share an outcome, and every search is still
counted. The rest of the suite runs with outcomes not kept (tests/conftest.py)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import outcome_cache

from .helpers import reader_search, result_urls, search, total
from .test_stats import hits

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kept(settings):
    settings.SEARCH_OUTCOME_SECONDS = 300


def searches(queries):
    """The SQL that reads Wagtail's search index (the match, the ranking)."""
    return [q for q in queries if "wagtailsearch_" in q["sql"].lower()]


def test_the_same_search_again_costs_no_search_query(client, explainer):
    explainer("Knipperbloem", summary="Over de knipperbloem.")
    first, html = search(client, q="knipperbloem")
    with CaptureQueriesContext(connection) as again:
        second, html_again = search(client, q="knipperbloem")
    assert searches(again.captured_queries) == []
    assert result_urls(html_again) == result_urls(html) != []
    assert total(html_again) == total(html)


def test_a_content_change_shows_at_once(client, explainer):
    explainer("Knipperbloem", summary="Over de knipperbloem.")
    _response, html = search(client, q="knipperbloem")
    assert total(html) == 1
    page = explainer("Knipperbloem in de wijk", summary="Nog een knipperbloem.")
    _response, html = search(client, q="knipperbloem")
    assert total(html) == 2
    assert page.url in result_urls(html)


def test_different_questions_do_not_share_an_outcome(client, explainer):
    explainer("Knipperbloem", summary="Over de knipperbloem.")
    _response, html = search(client, q="knipperbloem")
    _response, filtered = search(client, q="knipperbloem", type="partnerbron")
    assert total(html) == 1 and total(filtered) == 0
    _response, other = search(client, q="zorgvlinder")
    assert total(other) == 0
    # As typed, shown back as typed: "Knipperbloem" is its own search.
    response, _html = search(client, q="Knipperbloem")
    assert response.context["query"] == "Knipperbloem"


def test_every_search_is_still_counted(client, explainer):
    """Three readers: the second and third get the kept outcome, and each
    search counts (a client counts a term once a day)."""
    explainer("Knipperbloem", summary="Over de knipperbloem.")
    for reader in range(3):
        assert reader_search(client, "knipperbloem", reader=reader).status_code == 200
    assert hits("knipperbloem") == 3


def test_without_a_reachable_cache_the_search_still_answers(
    client, explainer, monkeypatch
):
    explainer("Knipperbloem", summary="Over de knipperbloem.")
    monkeypatch.setattr(outcome_cache, "generation", lambda: None)
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            _response, html = search(client, q="knipperbloem")
        assert total(html) == 1
        assert searches(queries.captured_queries)  # searched every time
