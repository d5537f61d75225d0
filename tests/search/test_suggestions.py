"""Suggestions as you type (/zoeken/suggesties/): JSON for a prefix of at
least two characters, only visible pages, glossary terms and synonyms, one
indexed query (none when the answer is cached), public caching, no cookies,
400 for bad input."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from search.models import Suggestion, SynonymGroup
from search.suggest import rebuild

from ..factories import ExplainerPageFactory, GlossaryTermFactory

pytestmark = pytest.mark.django_db

URL = "/zoeken/suggesties/"


def suggestions(client, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200, response.status_code
    return response.json()["suggestions"]


def texts(client, q):
    return [item["text"] for item in suggestions(client, q)]


@pytest.fixture
def pages(explainer):
    """Pages whose titles start with the made-up word "sluipkiwi"."""
    shown = explainer("Sluipkiwi uitgelegd")
    later = explainer("Alles over de sluipkiwi en meer")
    draft = explainer("Sluipkiwi concept", live=False)
    unpublished = explainer("Sluipkiwi ingetrokken")
    unpublished.unpublish()
    private = explainer("Sluipkiwi besloten")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="geheim"
    )
    child = ExplainerPageFactory(parent=private, title="Sluipkiwi onder besloten")
    changed = explainer("Vlonderpad")
    changed.title = "Sluipkiwi in een concept"
    changed.save_revision()
    return {
        "shown": [shown, later],
        "hidden": [draft, unpublished, private, child, changed],
    }


def test_json_shape_and_only_visible_pages(client, pages):
    found = suggestions(client, "sluipk")
    assert found, "no suggestions"
    for item in found:
        assert set(item) == {"text", "kind", "label", "url"}
    titles = {item["text"] for item in found}
    assert titles == {page.title for page in pages["shown"]}
    for page in pages["hidden"]:
        assert page.title not in titles
    urls = {item["url"] for item in found}
    assert urls == {page.get_url_parts()[2] for page in pages["shown"]}
    assert all(url.startswith("/uitleg/") for url in urls)


def test_title_start_ranks_above_a_later_word(client, pages):
    assert texts(client, "Sluipkiwi") == [
        "Sluipkiwi uitgelegd",
        *["Alles over de sluipkiwi en meer"],
    ]


def test_a_restriction_or_unpublish_later_takes_the_title_away(client, pages):
    shown = pages["shown"][0]
    PageViewRestriction.objects.create(page=shown, restriction_type="login")
    assert shown.title not in texts(client, "sluipkiwi")
    pages["shown"][1].unpublish()
    assert texts(client, "sluipkiwi") == []


def test_rebuild_gives_the_same_rows_as_the_signals(client, pages):
    before = texts(client, "sluipkiwi")
    count = Suggestion.objects.count()
    assert rebuild() == count
    cache.clear()
    assert texts(client, "sluipkiwi") == before


def test_glossary_terms_and_synonyms_appear(client):
    GlossaryTermFactory(term="Knipperbloemplan")
    SynonymGroup.objects.create(terms="zorgvlinderij, fladderhulp")
    term = suggestions(client, "knipperbl")
    assert [(item["text"], item["kind"]) for item in term] == [
        ("Knipperbloemplan", "term")
    ]
    assert term[0]["url"] == "/zoeken/?q=Knipperbloemplan"
    word = suggestions(client, "fladd")
    assert [(item["text"], item["kind"]) for item in word] == [("fladderhulp", "word")]
    assert word[0]["url"] == "/zoeken/?q=fladderhulp"


def test_demo_content_is_suggested(client):
    found = texts(client, "wijk")
    assert 1 <= len(found) <= 8
    assert "wijkaanpak" in [text.lower() for text in found]


def test_case_and_accents_do_not_matter(client, explainer):
    explainer("Caféavond in de buurt")
    assert texts(client, "CAFE") == ["Caféavond in de buurt"]
    assert texts(client, "café") == ["Caféavond in de buurt"]


@pytest.mark.parametrize("q", ["", "w", " w ", "%", "_", "%%", "  "])
def test_under_two_characters_gives_an_empty_list(client, q):
    assert suggestions(client, q) == []


@pytest.mark.parametrize("q", ["wij\x00k", "wijk\n", "\x1b[0m", "w" * 101])
def test_bad_input_is_a_400(client, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 400
    assert "error" in response.json()


@pytest.mark.parametrize(
    "q", ["' OR 1=1 --", "wijk%", "wi_k", "\\wijk", "😀😀", "wijk & | ! :*"]
)
def test_odd_characters_never_fail(client, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200


def test_cacheable_and_no_cookies(client):
    response = client.get(URL, {"q": "wijk"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in control
    assert "max-age=300" in control
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert not client.cookies


def test_one_query_then_none_from_the_cache(client):
    # A first request warms what every request shares (the site, from the
    # site middleware); "wijkt" itself has not been asked before.
    client.get(URL, {"q": "ab"})
    with CaptureQueriesContext(connection) as cold:
        client.get(URL, {"q": "wijkt"})
    suggestion_queries = [
        q for q in cold.captured_queries if "search_suggestion" in q["sql"]
    ]
    assert len(cold.captured_queries) == 1, cold.captured_queries
    assert len(suggestion_queries) == 1
    with CaptureQueriesContext(connection) as warm:
        assert client.get(URL, {"q": "wijkt"}).status_code == 200
    assert len(warm.captured_queries) == 0, warm.captured_queries


def test_a_change_in_content_is_seen_at_once(client, explainer):
    assert texts(client, "sluipkiwi") == []
    explainer("Sluipkiwi nieuw")
    assert texts(client, "sluipkiwi") == ["Sluipkiwi nieuw"]


def test_the_prefix_query_uses_an_index():
    """The query plan of the one query reads only the prefix index: not the
    whole table, and not the table's rows for the ones that match."""
    queryset = (
        Suggestion.objects.filter(key__startswith="wijk")
        .order_by("position", "length", "kind_order")
        .values("pk")[:24]
    )
    if connection.vendor == "postgresql":
        # Few rows in a test database: tell the planner to use what a big
        # table would. The index holds the id too (migration 0007), so no
        # row is read from the table to rank them.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
    plan = queryset.explain()
    if connection.vendor == "sqlite":
        assert "COVERING INDEX search_suggestion_prefix" in plan, plan
    else:
        assert "Index Only Scan using search_suggestion_prefix" in plan, plan
