"""A search never writes to the database: the statistics are counted in the
cache (search/statistics.py), and nothing else on /zoeken/ writes either.
Checked over the kinds of search the page knows: a first look (counted), a
search without results, a corrected one, a facet, a next page."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .helpers import BROWSER

pytestmark = pytest.mark.django_db

SEARCHES = [
    {"q": "wijkaanpak"},
    {"q": "zorgvlinderknipperbloem"},
    {"q": "wijkaanpk"},
    {"q": "wijk", "type": "uitleg"},
    {"q": "wijk", "pagina": "2"},
    {"q": ""},
]
WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.mark.parametrize("params", SEARCHES)
def test_a_search_does_not_write(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/zoeken/", params, **BROWSER)
    assert response.status_code == 200
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []
    assert any(q["sql"].lstrip().upper().startswith("SELECT") for q in queries)
