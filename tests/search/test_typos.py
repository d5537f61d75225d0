"""Typos: a misspelt query that finds nothing shows the results of its
spelling correction on the page itself, with a line naming the corrected
query and a link to search exactly what was typed. The correction comes from
the site's own vocabulary (search.vocabulary), so it works the same on SQLite
and PostgreSQL."""

import re

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query

from search import vocabulary
from search.models import CorrectedSearchHit, ZeroResultHit
from search.statistics import flush

from .helpers import reader_search, result_urls, search, shown_query, total

pytestmark = pytest.mark.django_db

MESSAGE = re.compile(r'<div class="search-correction"[^>]*>(.*?)</div>', re.S)


def correction(html):
    """The text of the correction message, or None."""
    match = MESSAGE.search(html)
    return re.sub(r"<[^>]+>", "", match[1]) if match else None


@pytest.mark.parametrize(
    ("typed", "meant", "expected_url"),
    [
        ("wijkanpak", "wijkaanpak", "/uitleg/wat-is-een-wijkaanpak/"),
        ("Wijkaanpk", "wijkaanpak", "/uitleg/wat-is-een-wijkaanpak/"),
        ("buurtrechen", "buurtrechten", None),
        ("partisipatie", "participatie", None),
        ("bewonersavnd", "bewonersavond", None),
        ("armoeede", "armoede", None),
    ],
)
def test_a_misspelling_shows_the_results_of_the_correction(
    client, typed, meant, expected_url
):
    _response, exact = search(client, q=typed, precies="1")
    _response, html = search(client, q=typed)
    message = correction(html)
    assert message is not None, "no correction message"
    if total(exact):
        # As typed it finds pages through its parts ("buurtrechen": buurt),
        # but the word itself is on no page.
        assert f"Bedoelde je ‘{meant}’?" in message
        assert f"want ‘{typed}’ staat nergens op deze site" in message
    else:
        assert f"Geen resultaten voor ‘{typed}’." in message
    assert f"We laten resultaten zien voor ‘{meant}’" in message
    assert total(html) > 0
    assert f"resultaten voor ‘{meant}’" in html or f"resultaat voor ‘{meant}’" in html
    assert shown_query(html) == meant
    # The same cards as searching the right spelling.
    _response, right = search(client, q=meant)
    assert result_urls(html) == result_urls(right)
    if expected_url:
        assert expected_url in result_urls(html)[:3]


def test_a_typo_whose_parts_find_pages_shows_the_results_of_the_correction(client):
    # "buurhuis" is on no page, but its parts "buur" and "huis" are.
    _response, exact = search(client, q="buurhuis", precies="1")
    assert total(exact) > 0
    _response, html = search(client, q="buurhuis")
    message = correction(html)
    assert "Bedoelde je ‘buurthuis’?" in message
    assert "want ‘buurhuis’ staat nergens op deze site" in message
    assert shown_query(html) == "buurthuis"
    assert {
        "/bronnen/lsa-zelfbeheer-buurthuis/",
        "/artikelen/buurthuis-in-zelfbeheer-voorbeeldstad/",
    } & set(result_urls(html)[:3])


def test_the_reader_can_search_exactly_what_they_typed(client):
    _response, html = search(client, q="wijkanpak")
    link = re.search(r'<a href="([^"]*)">Zoek toch op ‘wijkanpak’</a>', html)
    assert link, "no link to the exact search"
    response = client.get("/zoeken/" + link[1].replace("&amp;", "&"))
    exact = response.content.decode()
    assert correction(exact) is None
    assert total(exact) == 0
    assert "We vonden niets voor ‘wijkanpak’." in exact


@pytest.mark.parametrize(
    "query",
    # "buurhuis wijk": one word the site uses is enough to keep what it finds
    ["wijkaanpak", "buurtrechten", "participatie", "armoede", "wijk", "buurhuis wijk"],
)
def test_a_query_that_finds_something_is_never_corrected(client, query):
    response, html = search(client, q=query)
    assert correction(html) is None
    assert response.context["outcome"].corrected_from is None
    assert total(html) > 0


def test_a_known_word_is_never_corrected():
    vocab = vocabulary.vocabulary()
    assert "wijkaanpak" in vocab
    assert vocabulary.correct(["wijkaanpak", "bewoners"], vocab) is None


def test_short_words_and_numbers_stay_as_they_are():
    vocab = {"wijk": 5, "werk": 9, "2030": 1, "buurt": 3}
    assert vocabulary.correct(["wyk", "2031", "buurt3"], vocab) is None
    assert vocabulary.correct(["buurd"], vocab) == ["buurt"]


def test_no_correction_while_a_word_stays_unknown():
    vocab = {"verleden": 5, "wijkaanpak": 9}
    # "verlengen" is two edits from "verleden", but "paspoort" has no match:
    # half a correction is no better a guess than none.
    assert vocabulary.correct(["paspoort", "verlengen"], vocab) is None
    assert vocabulary.correct(["wijkanpak", "verlengen"], vocab) == [
        "wijkaanpak",
        "verleden",
    ]


def test_the_closest_word_wins_then_the_most_frequent():
    vocab = {"wijkteam": 2, "wijkteams": 50, "buurtteam": 30}
    # One edit from "wijkteam", two from "wijkteams": fewer edits first.
    assert vocabulary.correct(["wijkteem"], vocab) == ["wijkteam"]
    # One edit from both: the word the site uses more often.
    vocab = {"bewoner": 3, "bewoners": 40}
    assert vocabulary.correct(["bewoneers"], vocab) == ["bewoners"]
    # A swapped pair of letters is one edit.
    assert vocabulary.correct(["bewonres"], vocab) == ["bewoners"]


def test_an_unknown_word_without_a_close_match_shows_the_empty_page(client):
    _response, html = search(client, q="xyzzyqq")
    assert correction(html) is None
    assert total(html) == 0
    assert "We vonden niets voor ‘xyzzyqq’." in html


def test_a_new_pages_title_word_is_correctable_at_once(client, explainer):
    _response, html = search(client, q="zorgvlindr")
    assert correction(html) is None  # the word is not on the site yet
    page = explainer("De zorgvlinder", summary="Over de zorgvlinder.")
    _response, html = search(client, q="zorgvlindr")
    assert "We laten resultaten zien voor ‘zorgvlinder’." in correction(html)
    assert result_urls(html) == [page.url]


def test_statistics_count_the_term_as_typed_and_that_it_was_corrected(client):
    reader_search(client, "Wijkanpak")
    reader_search(client, "wijkanpak", reader=2)
    flush()  # searches count in the cache; cron (or the report) writes them
    typed = Query.objects.get(query_string="wijkanpak")
    assert typed.hits == 2
    corrected = CorrectedSearchHit.objects.get(query=typed)
    assert (corrected.hits, corrected.corrected_to) == (2, "wijkaanpak")
    # The reader saw results: not a search without results.
    assert not ZeroResultHit.objects.filter(query=typed).exists()
    # The correction is not counted as if it had been typed.
    assert not Query.objects.filter(query_string="wijkaanpak").exists()


def cost(client, url, cold):
    client.get(url)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), response.context["outcome"]


def test_a_corrected_search_fits_the_query_budget(client):
    """Warm, a corrected search costs what the right spelling costs plus one
    query (the match of the query as typed, which found nothing; the
    statistics' UPDATE counts the correction too): the vocabulary is read
    from the cache. Cold (empty cache), the vocabulary adds one query for
    the pages' texts, plus the shared lists it reads that the page had not
    read yet (view restrictions, themes, glossary terms, synonyms)."""
    right, outcome = cost(client, "/zoeken/?q=wijkaanpak", cold=False)
    assert outcome.corrected_from is None
    warm, outcome = cost(client, "/zoeken/?q=wijkanpak", cold=False)
    assert outcome.corrected_from is not None
    right_cold, _outcome = cost(client, "/zoeken/?q=wijkaanpak", cold=True)
    cold, outcome = cost(client, "/zoeken/?q=wijkanpak", cold=True)
    assert outcome.corrected_from is not None
    print(  # noqa: T201
        f"\nwarm: {right} right, {warm} corrected; "
        f"cold: {right_cold} right, {cold} corrected"
    )
    assert warm <= right + 2
    assert warm <= 12
    assert cold <= right_cold + 6


@pytest.mark.postgres
def test_the_vocabulary_is_not_read_when_the_query_finds_something(client, monkeypatch):
    """On PostgreSQL the search index's document frequencies tell that the
    words are known (search.vocabulary.nothing_known). On SQLite the cached
    vocabulary tells, so it is read there."""

    def fail(*args, **kwargs):
        raise AssertionError("the vocabulary was read")

    monkeypatch.setattr(vocabulary, "vocabulary", fail)
    _response, html = search(client, q="wijkaanpak")
    assert total(html) > 0
