"""Rare words weigh more than common ones (search/rarity.py), on the search
page itself. The words are made up, so only the pages made here have them:
"knipperbloem" is on many pages, "zorgvlinder" on one."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.rarity import document_frequencies, idf, weights

from .helpers import result_urls, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def common_and_rare(explainer):
    """Five pages say "knipperbloem", one says "zorgvlinder", one says both;
    each once, in its summary. The rare page is the oldest: on a tie it
    would come last (newest first)."""
    pages = {
        "rare": explainer("Een middag", summary="Over de zorgvlinder."),
        "common": explainer("Een ochtend", summary="Over de knipperbloem."),
        "both": explainer(
            "Een avond", summary="Over de zorgvlinder en de knipperbloem."
        ),
    }
    for n in range(4):
        explainer(f"Bloemen {n}", summary="Over de knipperbloem.")
    return pages


@pytest.mark.postgres
def test_a_rare_word_weighs_more_than_a_common_one(common_and_rare):
    frequencies = document_frequencies(["knipperbloem", "zorgvlinder"])
    assert frequencies["knipperbloem"] == 6
    assert frequencies["zorgvlinder"] == 2
    weight = weights(["knipperbloem", "zorgvlinder", "xyzzyqq"])
    assert weight["zorgvlinder"] > weight["knipperbloem"] > 0
    assert weight["xyzzyqq"] == 0.0  # on no page: it matches nothing anyway


def test_sqlite_leaves_rarity_to_bm25(common_and_rare):
    if connection.vendor == "postgresql":
        pytest.skip("SQLite only")
    # FTS5 ranks with bm25(), which weighs rarity itself: no weights.
    assert weights(["knipperbloem", "zorgvlinder"]) == {}


def test_idf_never_goes_negative():
    assert idf(100, 100) > 0
    assert idf(1, 1000) > idf(10, 1000) > idf(900, 1000)


@pytest.mark.postgres
def test_the_rare_word_decides_and_all_words_together_come_first(
    client, common_and_rare
):
    _response, html = search(client, q="knipperbloem zorgvlinder")
    urls = result_urls(html)
    # All words together first; then the one page with the rare word, above
    # the five with the common word.
    assert urls[:2] == [common_and_rare["both"].url, common_and_rare["rare"].url]
    assert len(urls) == 7


@pytest.mark.postgres
def test_the_frequencies_are_read_once_until_content_changes(explainer):
    explainer("Zorgvlinder", summary="Over de zorgvlinder.")
    assert document_frequencies(["zorgvlinder"])["zorgvlinder"] == 1
    with CaptureQueriesContext(connection) as queries:
        assert document_frequencies(["zorgvlinder"])["zorgvlinder"] == 1
    assert len(queries) == 0
    # A new page raises the content generation: counted anew, at once.
    explainer("Nog een zorgvlinder", summary="Weer de zorgvlinder.")
    assert document_frequencies(["zorgvlinder"])["zorgvlinder"] == 2
