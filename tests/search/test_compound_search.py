"""Dutch compounds in search, on the demo content and both databases: a
compound finds pages about its parts, a part finds pages that only use it in
a compound (index time), split words find their compound, and a plain
query's first result does not change."""

import dataclasses

import pytest

from wagtail.models import Page

from search.query import ParsedQuery
from search.service import _find_matches

from .helpers import first_result, matched_ids, result_urls, search, total

pytestmark = pytest.mark.django_db

# query → a page (title) a reader needs among the first five results
COMPOUND_QUERIES = {
    "aardgasvrij": "Community of practice: aardgasvrije wijken",
    "wijk aanpak": "Wat is een wijkaanpak?",
    "jeugdcriminaliteit": (
        "Extra geld voor aanpak jonge aanwas criminaliteit in 15 gemeenten"
    ),
    "huurachterstand": "Snel hulp bij geldzorgen in de Rivierwijk",
    "bewonersparticipatie": "Werk & participatie",
    "armoedebestrijding": "Armoede en gezondheid",
}


def _urls(title):
    return {page.url for page in Page.objects.filter(title=title, live=True)}


@pytest.mark.parametrize(("query", "title"), COMPOUND_QUERIES.items())
def test_a_compound_query_finds_the_page_about_its_parts(client, query, title):
    _response, html = search(client, q=query)
    assert _urls(title) & set(result_urls(html)[:5])


def test_buurtteam_finds_the_page_about_the_wijkteam(client):
    """No page says "buurtteam"; the page listing the wijkteam matches on
    "team" (a part of both). Ranking it first is the synonym groups' work
    (buurt/wijk): PostgreSQL ranks pages titled "buurten" higher."""
    response, _html = search(client, q="buurtteam")
    (page,) = Page.objects.filter(title="Wie doet wat in de wijk?", live=True)
    assert page.pk in matched_ids(response)


def test_a_plain_query_keeps_its_first_result(client):
    _response, html = search(client, q="wijkaanpak")
    assert first_result(html) == "/uitleg/wat-is-een-wijkaanpak/"


def test_a_part_finds_a_page_that_only_uses_the_compound(client, explainer):
    page = explainer("Zorgvlinderpad", summary="Wat doe je tegen jeugdcriminaliteit?")
    response, _html = search(client, q="criminaliteit")
    assert page.pk in matched_ids(response)
    response, _html = search(client, q="jeugd")
    assert page.pk in matched_ids(response)


def test_split_words_find_their_compound(client, explainer):
    page = explainer("Knipperbloempad", summary="Een zorgvlinderaanpak voor iedereen.")
    response, _html = search(client, q="zorgvlinder aanpak")
    assert page.pk in matched_ids(response)


def test_an_exact_match_ranks_above_a_match_on_the_parts(client, explainer):
    parts = explainer("Knipperbloem", summary="Criminaliteit bij de jeugd.")
    exact = explainer("Zorgvlinder", summary="Over jeugdcriminaliteit.")
    _response, html = search(client, q="jeugdcriminaliteit")
    urls = result_urls(html)
    assert urls.index(exact.url) < urls.index(parts.url)


def test_zero_result_rate_of_compound_queries(capsys):
    """Before/after: the same index, searched without and with the query-time
    expansion (parts and joined words), synonyms left out. Prints the
    figures."""
    queries = [*COMPOUND_QUERIES, "buurtteam"]
    zero = {"zonder": 0, "met": 0}
    for query in queries:
        # Without synonyms, which find some of them ("buurtteam": wijkteam).
        parsed = dataclasses.replace(ParsedQuery.parse(query), synonyms=[])
        plain = dataclasses.replace(parsed, joined=[], parts=[], compounds=[])
        for label, version in (("zonder", plain), ("met", parsed)):
            zero[label] += not _find_matches(version.search_query()).rows
    with capsys.disabled():
        print(  # noqa: T201 - the figure is the point
            f"\ncompound queries: {len(queries)}; zero results without "
            f"expansion {zero['zonder']}, with {zero['met']}"
        )
    assert zero["met"] == 0
    assert zero["met"] < zero["zonder"]


@pytest.mark.postgres
def test_a_compound_with_a_part_on_no_page_needs_all_its_parts(client, explainer):
    """ "zorgtoeslag": "zorg" is on many pages, "toeslag" on none. The site
    does not cover it, so a page that only says "zorg" is no answer."""
    _response, html = search(client, q="zorgtoeslag", precies="1")
    assert total(html) == 0
    page = explainer("Knipperbloem", summary="Zorg en een toeslag.")
    _response, html = search(client, q="zorgtoeslag", precies="1")
    assert page.url in result_urls(html)
