"""What matches what: indexing, Dutch stemming (PostgreSQL), compounds,
ranking of exact over compound matches, and editors' synonyms."""

import pytest

from django.urls import reverse

from search.models import SynonymGroup

from ..helpers import publish
from .helpers import first_result, matched_ids, result_urls, search

pytestmark = pytest.mark.django_db


def found(client, query):
    response, _html = search(client, q=query)
    return matched_ids(response)


def test_new_and_published_pages_are_indexed_at_once(client, explainer):
    page = explainer("Zorgvlinder", summary="Alles over de zorgvlinder.")
    assert found(client, "zorgvlinder") == {page.pk}

    draft = explainer("Knipperbloem", summary="Over de knipperbloem.", live=False)
    assert found(client, "knipperbloem") == set()
    publish(draft)
    assert found(client, "knipperbloem") == {draft.pk}


# Dutch stemming -------------------------------------------------------------------


@pytest.mark.postgres
def test_a_plural_finds_the_singular(client, explainer):
    page = explainer("Vlonderpad", summary="Dit gaat over een wijk.")
    assert page.pk in found(client, "wijken")


@pytest.mark.postgres
def test_a_noun_finds_the_verb(client, explainer):
    page = explainer("Knorrepad", summary="Hier samenwerken we graag.")
    assert page.pk in found(client, "samenwerking")


# Compounds --------------------------------------------------------------------------


def test_a_word_finds_compounds_that_start_with_it(client, explainer, resource):
    team = explainer("Knorrepot", summary="Het wijkteam helpt je verder.")
    huis = resource("Vlonderstoep", summary="Koffie in het buurthuis.")
    assert team.pk in found(client, "wijk")
    assert huis.pk in found(client, "buurt")
    # the end of a compound matches too: the index holds its parts
    # (search/compounds.py; tests/search/test_compound_search.py)
    assert team.pk in found(client, "team")
    assert huis.pk in found(client, "huis")


def test_an_exact_match_ranks_above_a_compound(client, explainer):
    compound = explainer(
        "Het zorgvlinderhuis", summary="Alles over het zorgvlinderhuis."
    )
    exact = explainer("De zorgvlinder", summary="Alles over de zorgvlinder.")
    _response, html = search(client, q="zorgvlinder")
    assert result_urls(html) == [exact.url, compound.url]


def test_pages_with_more_of_the_words_rank_higher(client, explainer):
    one = explainer("Zorgvlinder", summary="Alles over de zorgvlinder.")
    both = explainer("Knipperbloem", summary="De zorgvlinder en de knipperbloem.")
    _response, html = search(client, q="zorgvlinder knipperbloem")
    assert result_urls(html) == [both.url, one.url]


@pytest.mark.postgres
def test_title_and_summary_weigh_more_than_the_body(client, explainer):
    """PostgreSQL only: the SQLite backend ranks with a plain bm25() that
    weighs every column the same."""
    in_body = explainer(
        "Vlonderpad", summary="Een pad.", body="Hier woont de zorgvlinder."
    )
    in_title = explainer("Zorgvlinder", summary="Een vlinder.")
    _response, html = search(client, q="zorgvlinder")
    assert result_urls(html) == [in_title.url, in_body.url]


# Synonyms ---------------------------------------------------------------------------


def test_an_editors_synonym_group_applies_at_once(client, admin_client, explainer):
    page = explainer("Knipperbloem", summary="Over de knipperbloem.")
    assert page.pk not in found(client, "zorgvlinder")  # fills the synonym cache

    response = admin_client.post(
        reverse("wagtailsnippets_search_synonymgroup:add"),
        {"terms": "Zorgvlinder\nknipperbloem", "note": "Test"},
    )
    assert response.status_code == 302
    assert page.pk in found(client, "zorgvlinder")
    assert page.pk in found(client, "de zorgvlinder zoeken")

    SynonymGroup.objects.get(note="Test").delete()
    assert page.pk not in found(client, "zorgvlinder")


def test_a_multi_word_synonym_needs_all_its_words(client, explainer):
    SynonymGroup.objects.create(terms="zorgvlinder, blauwe knipperbloem")
    phrase = explainer("Vlonderpad", summary="Hier bloeit een blauwe knipperbloem.")
    half = explainer("Knorrepad", summary="Een blauwe deur aan een pad.")
    other_half = explainer("Knorrepot", summary="Een gele knipperbloem.")
    ids = found(client, "zorgvlinder")
    assert phrase.pk in ids
    assert half.pk not in ids
    assert other_half.pk not in ids


def test_a_group_with_a_term_without_words_does_not_break_search(client, explainer):
    """Regression: "…" in a group gave every search for "zorgvlinder" a 500."""
    SynonymGroup.objects.create(terms="zorgvlinder, …, knipperbloem")
    page = explainer("Knipperbloem", summary="Over de knipperbloem.")
    assert found(client, "zorgvlinder") == {page.pk}


def test_stopwords_do_not_widen_the_results(client):
    """Searching "wat is een wijkaanpak" finds what "wijkaanpak" finds, not
    every page with "een" in it (SQLite keeps stopwords in its index)."""
    response, _html = search(client, q="wat is een wijkaanpak")
    plain, _html = search(client, q="wijkaanpak")
    assert matched_ids(response) == matched_ids(plain)


def test_gebiedsgerichte_aanpak_finds_the_wijkaanpak_explainer_first(client):
    _response, html = search(client, q="gebiedsgerichte aanpak")
    assert first_result(html) == "/uitleg/wat-is-een-wijkaanpak/"


@pytest.mark.parametrize("query", ["buurtaanpak", "gebiedsaanpak", "wijkenaanpak"])
def test_every_name_for_the_wijkaanpak_finds_its_explainer(client, query):
    _response, html = search(client, q=query)
    assert "/uitleg/wat-is-een-wijkaanpak/" in result_urls(html)[:3]
