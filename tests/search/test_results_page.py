"""The search page as a reader sees it: labels, count, highlighted and
escaped summaries, the query in the box, pagination, the start page, the
no-results page with its spelling retry, and editors' promotions."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from explainers.models import HomePage, Theme

from ..factories import ContentPageFactory, PartnerFactory, ThemeFactory
from ..helpers import links, section
from .helpers import result_cards, result_urls, search, shown_query, total

pytestmark = pytest.mark.django_db


@pytest.fixture
def every_kind(explainer, article, resource, home):
    """One match of each result type for "zorgvlinder"."""
    return {
        "Uitleg": explainer("Zorgvlinder uitgelegd", summary="Over de zorgvlinder."),
        "Artikel": article("Zorgvlinders geteld", intro="Een zorgvlinder telt mee."),
        "Partnerbron": resource(
            "Zorgvlindergids", summary="De <b>zorgvlinder</b> & <script>x</script>"
        ),
        "Pagina": ContentPageFactory(
            parent=home, title="Zorgvlinderbeleid", summary="Onze zorgvlinder."
        ),
        "Thema": ThemeFactory(name="Zorgvlinders"),
        "Partner": PartnerFactory(name="Stichting Zorgvlinder"),
    }


def test_results_show_type_title_and_count(client, every_kind):
    _response, html = search(client, q="zorgvlinder")
    assert total(html) == 6
    assert "6 resultaten voor ‘zorgvlinder’" in html
    cards = result_cards(html)
    assert {card["label"] for card in cards} == {
        "Uitleg",
        "Artikel",
        "Partnerbron",
        "Pagina",
    }
    by_label = {card["label"]: card for card in cards}
    for label, card in by_label.items():
        assert card["url"] == every_kind[label].url
        assert card["title"] == every_kind[label].title
    also = section(html, "also-found-heading")
    assert "Thema's, partners en begrippen" in also
    assert set(links(also)) == {
        every_kind["Thema"].get_absolute_url(),
        every_kind["Partner"].get_absolute_url(),
    }


@pytest.mark.parametrize(
    ("slug", "label"), [("thema", "Thema"), ("partner", "Partner")]
)
def test_themes_and_partners_become_cards_when_chosen(client, every_kind, slug, label):
    _response, html = search(client, q="zorgvlinder", type=slug)
    cards = result_cards(html)
    assert [(c["label"], c["url"]) for c in cards] == [
        (label, every_kind[label].get_absolute_url())
    ]
    assert total(html) == 1


def test_summaries_are_escaped_and_highlighted(client, every_kind):
    _response, html = search(client, q="zorgvlinder")
    summaries = {card["label"]: card["summary"] for card in result_cards(html)}
    assert summaries["Partnerbron"] == (
        "De &lt;b&gt;<mark>zorgvlinder</mark>&lt;/b&gt; &amp; "
        "&lt;script&gt;x&lt;/script&gt;"
    )
    assert summaries["Uitleg"] == "Over de <mark>zorgvlinder</mark>."
    assert "<script>x" not in html


def test_the_query_stays_in_the_box_escaped(client):
    query = '"><script>alert(1)</script> wijk'
    response, html = search(client, q=query)
    assert shown_query(html) == query
    assert "<script>alert(1)" not in html
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; wijk" in html
    assert response.context["query"] == query


@pytest.fixture
def many(resource):
    return [resource(f"Zorgvlinder {n}", summary="Een zorgvlinder.") for n in range(25)]


def test_results_are_paginated(client, many):
    seen = []
    for number in (1, 2, 3):
        _response, html = search(client, q="zorgvlinder", pagina=number)
        assert total(html) == 25
        assert f"Pagina {number} van 3" in html
        seen += result_urls(html)
        if number < 3:
            assert f'href="?q=zorgvlinder&amp;pagina={number + 1}"' in html
    assert len(seen) == 25
    assert set(seen) == {page.url for page in many}


@pytest.mark.parametrize(
    ("number", "shown"), [("99", 3), ("10000", 3), ("10001", 1), ("-1", 1), ("x", 1)]
)
def test_impossible_page_numbers_show_a_page(client, many, number, shown):
    _response, html = search(client, q="zorgvlinder", pagina=number)
    assert f"Pagina {shown} van 3" in html


@pytest.mark.parametrize("query", [None, "", "   ", "&& || :*", "😀"])
def test_an_empty_query_shows_themes_and_explainers(client, query):
    params = {} if query is None else {"q": query}
    _response, html = search(client, **params)
    themes = section(html, "start-themes")
    assert set(links(themes)) == {t.get_absolute_url() for t in Theme.objects.all()}
    featured = links(section(html, "start-featured"))
    home = HomePage.objects.get()
    expected = [item.explainer.url for item in home.featured_explainers.all()]
    assert expected and featured == expected
    assert 'id="results-heading"' not in html


def test_no_results_says_so_and_suggests_themes(client):
    _response, html = search(client, q="xyzzyqq")
    assert total(html) == 0
    assert "We vonden niets voor ‘xyzzyqq’." in html
    block = re.search(r'<div class="no-results">.*?</div>', html, re.S)[0]
    assert set(links(block)) == {t.get_absolute_url() for t in Theme.objects.all()}
    assert "search-correction" not in html


def test_a_misspelling_shows_the_corrected_results(client):
    """The old PostgreSQL-only trigram retry is gone: both databases correct
    the query from the site's vocabulary (tests/search/test_typos.py)."""
    _response, html = search(client, q="wijkaanpk")
    assert total(html) > 0
    assert "We laten resultaten zien voor ‘wijkaanpak’." in html
    assert "/uitleg/wat-is-een-wijkaanpak/" in links(section(html, "results-heading"))


# Promotions --------------------------------------------------------------------------


@pytest.fixture
def promote():
    def make(query, page):
        return SearchPromotion.objects.create(
            query=Query.get(query), page=page, sort_order=0, description="Kijk hier."
        )

    return make


def test_a_promoted_page_is_pinned_above_the_results(client, explainer, promote):
    explainer("Zorgvlinder", summary="Over de zorgvlinder.")
    pinned = explainer("Knipperbloem", summary="Over de knipperbloem.")
    promote("Zorgvlinder", pinned)
    _response, html = search(client, q="  ZORGVLINDER ")
    promoted = section(html, "promoted-heading")
    assert "Aanbevolen door de redactie" in promoted
    assert links(promoted) == [pinned.url]
    assert "Kijk hier." in promoted
    assert html.index(pinned.url) < html.index('class="card-list search-results"')
    _response, other = search(client, q="zorgvlinder knipperbloem")
    assert "Aanbevolen door de redactie" not in other


@pytest.mark.parametrize("hide", ["unpublish", "draft", "private"])
def test_a_hidden_promoted_page_never_shows(client, explainer, promote, hide):
    explainer("Zorgvlinder", summary="Over de zorgvlinder.")
    pinned = explainer("Knipperbloem", summary="Over de knipperbloem.")
    url = pinned.url
    if hide == "unpublish":
        pinned.unpublish()
    elif hide == "draft":
        pinned.live = False
        pinned.save()
    else:
        PageViewRestriction.objects.create(
            page=pinned, restriction_type="password", password="geheim"
        )
    promote("zorgvlinder", pinned)
    _response, html = search(client, q="zorgvlinder")
    assert "Aanbevolen door de redactie" not in html
    assert url not in html


def test_a_promotion_shows_at_once_and_other_searches_do_not_look_for_one(
    client, explainer, promote
):
    """The queries that have promotions are kept until content changes: a
    search for another query reads no promotion; a new one shows at once."""
    explainer("Zorgvlinder", summary="Over de zorgvlinder.")
    pinned = explainer("Knipperbloem", summary="Over de knipperbloem.")
    search(client, q="zorgvlinder")
    with CaptureQueriesContext(connection) as queries:
        _response, html = search(client, q="zorgvlinder")
    assert "Aanbevolen door de redactie" not in html
    assert not [q for q in queries if "searchpromotion" in q["sql"]]
    promote("zorgvlinder", pinned)
    _response, html = search(client, q="zorgvlinder")
    assert links(section(html, "promoted-heading")) == [pinned.url]
