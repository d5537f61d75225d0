"""The search page's SQL with an empty cache, and for a new question once
the shared lists are cached. Themes, partners and glossary terms are
matched against the lists the pages keep in the cache (search.service._links,
_snippet_hits; with an empty cache those lists are read: themes and glossary
terms, the footer reads the partners anyway). The search
statistics are counted in the cache (search/statistics.py), so the request
makes no write (tests/search/test_stats.py shows there is no write).

16 queries at most with an empty cache (the theme and audience labels of
the facets are one of them; cached afterwards). On PostgreSQL: the
candidates from the index table (one query, search/index_entries.py) and the
searched words' document frequencies for the rarity weights
(search/rarity.py; cached afterwards).
On SQLite: the site's vocabulary, read to tell a typo whose parts match
(search.vocabulary.nothing_known; cached afterwards)."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

URL = "/zoeken/?q=wijkaanpak"


def test_search_page_fits_the_query_budget(client):
    client.get(URL)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    outcome = response.context["outcome"]
    # The glossary term "wijkaanpak" is named exactly what was searched, so
    # it is an exact hit (above the results) rather than in the snippet box.
    snippets = outcome.snippet_hits + outcome.exact_hits
    assert outcome.total and outcome.facets["thema"] and snippets
    print(f"\n{URL}: {len(queries)} queries")  # noqa: T201
    writes = ("INSERT", "UPDATE", "DELETE")
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith(writes)]
    # 16 since issue 18: Wagtail's site matching for the menu costs one.
    assert len(queries) <= 16, "\n".join(q["sql"][:90] for q in queries)


def test_a_new_question_costs_only_its_own_queries(client):
    """With the shared lists cached (synonyms, names, facet labels), a
    question not asked before costs its own work only: the match (on
    PostgreSQL the candidates, then their ranking), the pages' theme and
    audience links and the result cards; on PostgreSQL also the document
    frequencies of the words not searched before (search/rarity.py); plus
    Wagtail's own site matching for the menu, one query since issue 18."""
    client.get(URL)  # fills the shared lists
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/zoeken/", {"q": "bewoners betrekken"})
    assert response.status_code == 200
    assert response.context["outcome"].total
    expected = 6 if connection.vendor == "postgresql" else 4
    assert len(queries) == expected, [q["sql"][:80] for q in queries]
