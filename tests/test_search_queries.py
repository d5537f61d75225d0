"""The search page's SQL with an empty cache: the taxonomy labels come with
the theme/audience links, and themes, partners and glossary terms are
matched against the lists the pages keep in the cache (search.service._links,
_snippet_hits; with an empty cache those lists are read: themes and glossary
terms, the footer reads the partners anyway). The search
statistics are counted in the cache (search/statistics.py), so the request
makes no write (tests/search/test_stats.py shows there is no write).

14 queries at most. On PostgreSQL: the candidates from the index table (one
query, search/index_entries.py) and the searched words' document
frequencies for the rarity weights (search/rarity.py; cached afterwards).
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
    assert len(queries) <= 14
