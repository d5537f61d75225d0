"""The search runs its full-text match once and works out the filters and
facet counts from the list of matching pages (search.service.Matches). On
PostgreSQL that list ranks only the candidates search.index_entries picks;
below MATCH_CAP those are every match, so the page must be exactly the page
that ranking every match shows."""

import re

import pytest

from django.db import connection

from search import scope, service

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
def test_ranking_the_candidates_shows_the_page_ranking_every_match_shows(
    client, monkeypatch, params
):
    if not service.uses_database_backend() or connection.vendor != "postgresql":
        pytest.skip("the candidates are picked on PostgreSQL")
    from_the_candidates = page(client, params)
    picked = []

    def every_match(search_query, models, limit, pages=None):
        picked.append(limit)
        return list(scope.page_queryset({}).values_list("pk", flat=True))

    monkeypatch.setattr(service.index_entries, "matching_page_ids", every_match)
    from_every_match = page(client, params)
    assert picked, "the candidates were not replaced"
    assert from_the_candidates == from_every_match
    assert "resulta" in from_the_candidates
