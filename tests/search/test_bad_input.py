"""Whatever is typed or sent, /zoeken/ and /bronnen/?q= answer with a normal
page (never a 500), and the query shown back is cleaned and at most 200
characters. The test client re-raises server errors, so a crash fails here."""

import re
from html import unescape
from urllib.parse import quote_plus

import pytest

from ..helpers import HOSTILE_TEXTS
from .helpers import shown_query

pytestmark = pytest.mark.django_db

TYPED = HOSTILE_TEXTS
RAW = [
    "q=%00",
    "q=%00%00%00",
    "q=wijk%00aanpak",
    "q=%ZZ",
    "q=%E0%A4%A",
    "q=%C0%AF",
    "q=%ED%A0%80",
    "q=%FF%FE%FD",
    "q=%",
    "q=%%32%30",
    "q=" + "&q=".join(["wijk"] * 49 + ["buurt"]),
    "q=wijk&pagina=99999999999999999999",
    "q=wijk&pagina=" + "9" * 5_000,
    "q=wijk&pagina=-1",
    "q=wijk&pagina=%00",
    "q[]=wijk",
    "Q=wijk",
]
CASES = [f"q={quote_plus(text)}" for text in TYPED] + RAW


def bronnen_query(html):
    match = re.search(r'<input type="search" name="q" id="id_q" value="([^"]*)"', html)
    assert match, "no query field on /bronnen/"
    return unescape(match[1])


@pytest.mark.parametrize("query_string", CASES)
def test_the_search_page_never_fails(client, query_string):
    response = client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    html = response.content.decode()
    shown = shown_query(html)
    assert len(shown) <= 200
    assert "\x00" not in shown
    assert response.context["query"] == shown


@pytest.mark.parametrize("query_string", CASES)
def test_the_resource_library_never_fails(client, query_string):
    response = client.get(f"/bronnen/?{query_string}")
    if "pagina=" in query_string:  # listings answer 404 past the last page
        assert response.status_code in (200, 404)
        return
    assert response.status_code == 200
    shown = bronnen_query(response.content.decode())
    assert len(shown) <= 200
    assert "\x00" not in shown


@pytest.mark.parametrize("path", ["/zoeken/", "/bronnen/"])
def test_a_long_query_is_cut_to_200_characters(client, path):
    response = client.get(path, {"q": "a" * 10_000})
    html = response.content.decode()
    shown = shown_query(html) if path == "/zoeken/" else bronnen_query(html)
    assert shown == "a" * 200


def test_the_last_of_repeated_parameters_counts(client):
    response = client.get("/zoeken/?" + "&".join(f"q=woord{n}" for n in range(50)))
    assert shown_query(response.content.decode()) == "woord49"


def test_hostile_text_is_shown_back_escaped(client):
    query = "<img src=x onerror=alert(1)> ' \" & wijk"
    for path in ("/zoeken/", "/bronnen/"):
        html = client.get(path, {"q": query}).content.decode()
        assert "<img src=x" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_page_number_past_the_end_shows_the_last_page(client):
    response = client.get("/zoeken/", {"q": "wijk", "pagina": "10000"})
    results = response.context["outcome"].results
    assert results.number == results.paginator.num_pages > 1
