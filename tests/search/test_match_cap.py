"""Above MATCH_CAP matching pages the search ranks, shows and counts only
RANKED_ABOVE_CAP of them (search.service): the heading says "Meer dan …
resultaten", the facet counts are lower bounds ("2+") with a note saying so,
and a filter gets its own match. Below the cap the counts are exact
(test_facets.py)."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import service

from ..factories import ThemeFactory
from .helpers import result_cards, search, total

pytestmark = pytest.mark.django_db

CAP = 3
RANKED = 2


@pytest.fixture
def many(explainer, resource):
    """ "knipperbloem": two explainers named so and six resources that only
    mention it; "zorgvlinder": one explainer."""
    theme = ThemeFactory(name="Testonderwerp")
    found = {
        "title": [explainer(f"Knipperbloem {n}", themes=[theme]) for n in range(2)],
        "body": [
            resource(f"Bron {n}", summary="Over de knipperbloem.") for n in range(6)
        ],
    }
    explainer("Zorgvlinder")
    return found


@pytest.fixture
def cap(monkeypatch):
    monkeypatch.setattr(service, "MATCH_CAP", CAP)
    monkeypatch.setattr(service, "RANKED_ABOVE_CAP", RANKED)


def heading(html):
    return re.search(r'<h2 id="results-heading">(.*?)</h2>', html, re.S)[1]


def test_above_the_cap_the_heading_says_more_than(client, many, cap):
    response, html = search(client, q="knipperbloem")
    assert heading(html).startswith("Meer dan 3 resultaten voor")
    assert response.context["outcome"].capped
    assert len(result_cards(html)) == RANKED
    assert "We laten de eerste 2 zien." in html
    assert "Geteld over de eerste 2 resultaten" in html


def test_the_default_cap_is_written_the_dutch_way(client, many):
    outcome = service.SearchOutcome(query=None)
    assert outcome.match_cap == "1.000"
    assert outcome.ranked_above_cap == "200"


def test_above_the_cap_the_facet_counts_are_lower_bounds(client, many, cap):
    _response, html = search(client, q="knipperbloem")
    counts = re.findall(r'<span class="facets__count">\((\d+)(\+?)\)</span>', html)
    assert counts, "no facet counts"
    assert all(plus == "+" for _count, plus in counts)
    assert all(int(count) <= RANKED for count, _plus in counts)


def test_below_the_cap_nothing_changes(client, many, cap):
    _response, html = search(client, q="zorgvlinder")
    assert total(html) == 1
    assert "Geteld over de eerste" not in html
    assert "We laten de eerste" not in html
    assert "+)</span>" not in html


def test_a_filter_above_the_cap_searches_again(client, many, cap):
    """The first CAP matches need not hold the filtered ones: the filtered
    search runs its own match, and finds all six resources (over the cap)."""
    response, html = search(client, q="knipperbloem", type="partnerbron")
    assert heading(html).startswith("Meer dan 3 resultaten")
    assert {card["label"] for card in result_cards(html)} == {"Partnerbron"}
    response, html = search(client, q="knipperbloem", type="uitleg")
    assert total(html) == 2
    assert not response.context["outcome"].capped


def test_the_query_count_does_not_grow_above_the_cap(client, many, cap):
    def count(**params):
        client.get("/zoeken/", params)  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            search(client, **params)
        return len(queries)

    service.MATCH_CAP = 100
    below = count(q="knipperbloem")
    service.MATCH_CAP = CAP
    assert count(q="knipperbloem") == below
    # A filter above the cap costs one match more: one query, or on
    # PostgreSQL two (the candidates, title matches first; the ranking).
    match = 2 if connection.vendor == "postgresql" else 1
    assert count(q="knipperbloem", type="partnerbron") == below + match


def test_on_postgresql_title_matches_are_the_candidates_first(client, many, cap):
    """Above the cap, the pages named what was searched are ranked first."""
    if connection.vendor != "postgresql":
        pytest.skip("the candidates are picked on PostgreSQL")
    _response, html = search(client, q="knipperbloem")
    titles = [card["title"] for card in result_cards(html)]
    assert titles[:2] == ["Knipperbloem 1", "Knipperbloem 0"] or titles[:2] == [
        "Knipperbloem 0",
        "Knipperbloem 1",
    ]


@pytest.mark.parametrize("number", ["2", "999", "0", "-1", "x"])
def test_paging_above_the_cap_never_fails(client, many, cap, number):
    _response, html = search(client, q="knipperbloem", pagina=number)
    assert heading(html).startswith("Meer dan 3 resultaten")
    assert 1 <= len(result_cards(html)) <= RANKED
