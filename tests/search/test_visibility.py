"""Drafts, unpublished and private pages never show in search: not in the
results, not in the totals, not in the facet counts, not in /bronnen/?q=."""

import pytest

from wagtail.models import PageViewRestriction

from ..factories import AudienceFactory, ExplainerPageFactory, ThemeFactory
from .helpers import facets, matched_ids, result_urls, search, total

pytestmark = pytest.mark.django_db


def restrict(page, kind):
    extra = {"password": "geheim"} if kind == "password" else {}
    PageViewRestriction.objects.create(page=page, restriction_type=kind, **extra)


@pytest.fixture
def pages(explainer, article, resource):
    """Visible and hidden pages that all say "sluipkiwi"."""
    theme = ThemeFactory(name="Testonderwerp")
    audience = AudienceFactory(name="Testpubliek")
    tags = {"themes": [theme], "audiences": [audience]}
    summary = "Over de sluipkiwi."
    shown = {
        "explainer": explainer("Sluipkiwi uitgelegd", summary=summary, **tags),
        "resource": resource("Sluipkiwi in de praktijk", summary=summary, **tags),
    }
    hidden = {
        "draft": explainer("Sluipkiwi concept", summary=summary, live=False, **tags),
        "unpublished": resource("Sluipkiwi ingetrokken", summary=summary, **tags),
        "password": article("Sluipkiwi met wachtwoord", intro=summary, themes=[theme]),
        "login": resource("Sluipkiwi na inloggen", summary=summary, **tags),
        "private parent": explainer("Sluipkiwi besloten", summary=summary, **tags),
    }
    hidden["unpublished"].unpublish()
    restrict(hidden["password"], "password")
    restrict(hidden["login"], "login")
    restrict(hidden["private parent"], "password")
    hidden["private child"] = ExplainerPageFactory(
        parent=hidden["private parent"],
        title="Sluipkiwi onder een besloten pagina",
        summary=summary,
        **tags,
    )
    # A live page whose unpublished draft mentions the word.
    changed = explainer("Vlonderpad", summary="Een gewone pagina.", **tags)
    changed.title = "Sluipkiwi in een concept"
    changed.summary = summary
    changed.save_revision()
    hidden["draft changes"] = changed
    return {"shown": shown, "hidden": hidden, "theme": theme, "audience": audience}


def test_hidden_pages_are_not_in_the_results(client, pages):
    response, html = search(client, q="sluipkiwi")
    shown = pages["shown"].values()
    assert matched_ids(response) == {page.pk for page in shown}
    assert sorted(result_urls(html)) == sorted(page.url for page in shown)
    assert total(html) == 2
    for page in pages["hidden"].values():
        assert page.title not in html


def test_hidden_pages_are_not_in_the_facet_counts(client, pages):
    _response, html = search(client, q="sluipkiwi")
    shown = facets(html)
    types = {label: count for label, count, _href, _sel in shown["Soort"]}
    assert types == {"Uitleg": 1, "Partnerbron": 1}
    themes = {label: count for label, count, _href, _sel in shown["Thema"]}
    assert themes == {"Testonderwerp": 2}
    audiences = {label: count for label, count, _href, _sel in shown["Doelgroep"]}
    assert audiences == {"Testpubliek": 2}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "artikel"}, 0),
        ({"type": "uitleg"}, 1),
        ({"thema": "testonderwerp"}, 2),
        ({"doelgroep": "testpubliek", "type": "partnerbron"}, 1),
    ],
)
def test_hidden_pages_are_not_in_filtered_totals(client, pages, params, expected):
    response, html = search(client, q="sluipkiwi", **params)
    assert total(html) == expected
    assert len(matched_ids(response)) == expected


def test_hidden_resources_are_not_found_in_the_library(client, pages):
    response, html = search(client, "/bronnen/", q="sluipkiwi")
    assert response.context["result_count"] == 1
    assert pages["shown"]["resource"].title in html
    for page in pages["hidden"].values():
        assert page.title not in html


def test_the_live_version_of_a_page_with_draft_changes_is_found(client, pages):
    response, _html = search(client, q="vlonderpad")
    assert matched_ids(response) == {pages["hidden"]["draft changes"].pk}


def test_lifting_a_restriction_shows_the_page_again(client, pages):
    """The restricted pages are hidden by the restriction, not by accident."""
    PageViewRestriction.objects.filter(page=pages["hidden"]["login"]).delete()
    response, _html = search(client, q="sluipkiwi")
    assert pages["hidden"]["login"].pk in matched_ids(response)
