"""The search runs its full-text match once and works out the filters and
facet counts from the list of matching pages (search.service.MAX_MATCHES).
A search that matches more pages falls back to SQL subqueries per facet; both
ways must show exactly the same page."""

import re

import pytest

from search import service

from .helpers import search

pytestmark = pytest.mark.django_db

SEARCHES = [
    {"q": "wijkaanpak"},
    {"q": "wijkaanpak", "thema": "wonen"},
    {"q": "wijk", "type": "uitleg"},
    {"q": "wijk", "pagina": "2"},
    {"q": "buurt", "doelgroep": "bewoners"},
    {"q": "wijk", "type": "thema"},
    {"q": "bewoners", "thema": "samenwerken", "doelgroep": "professionals"},
    {"q": "buurt bewoners"},
]


def page(client, params):
    _response, html = search(client, **params)
    return re.sub(r'(name="csrfmiddlewaretoken"|nonce)="[^"]*"', "", html)


@pytest.mark.parametrize("params", SEARCHES)
def test_the_match_list_and_the_sql_fallback_show_the_same_page(
    client, monkeypatch, params
):
    if not service.uses_database_backend():
        pytest.skip("facet counts need a database search backend")
    from_the_list = page(client, params)
    monkeypatch.setattr(service, "MAX_MATCHES", 0)  # every search falls back
    fallbacks = []
    sql_facets = service._sql_facets

    def counted(*args):
        fallbacks.append(args)
        return sql_facets(*args)

    monkeypatch.setattr(service, "_sql_facets", counted)
    from_sql = page(client, params)
    assert fallbacks, "the fallback did not run"
    assert from_the_list == from_sql
    assert "resulta" in from_the_list
