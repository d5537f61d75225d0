"""Search outcomes kept in the cache until content changes.

Searches repeat: many readers type the same few words. The outcome of a
search (results, facets, snippet box, correction) depends only on what was
asked and on the content, so it is kept under the current content generation
(wijkwijzer/page_cache.py): any change to content raises the generation and
every kept outcome is out at once, as with the page cache. The response is
never cached whole: the statistics count every search (search/views.py).

A search on a replica (DATABASE_REPLICA_URL) may see content a moment old;
an outcome is therefore kept for settings.SEARCH_OUTCOME_SECONDS at most
(0: not kept; the tests of the search itself run so).
"""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator

from wijkwijzer.page_cache import generation

from .query import clean
from .service import run_search


def search_outcome(raw_query, filters, page_number, request, correct=True):
    """run_search(...), from the cache when the same search was made since
    content last changed."""
    key = _key(raw_query, filters, page_number, request, correct)
    if key is None:  # not kept, or no cache reachable
        return run_search(raw_query, filters, page_number, request, correct)
    outcome = cache.get(key)
    if outcome is None:
        outcome = run_search(raw_query, filters, page_number, request, correct)
        storable = _storable(outcome)
        if storable is not None:
            cache.set(key, storable, settings.SEARCH_OUTCOME_SECONDS)
    return outcome


def _key(raw_query, filters, page_number, request, correct):
    if not settings.SEARCH_OUTCOME_SECONDS:
        return None
    current = generation()
    if current is None:
        return None
    asked = [
        request.get_host(),  # result links are made for the site asked
        clean(raw_query),  # as shown back in the search box
        {name: getattr(value, "slug", value) for name, value in filters.items()},
        page_number,
        correct,
    ]
    digest = hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()
    return f"search:outcome:{current}:{digest}"


def _storable(outcome):
    """The outcome with its page of results as plain lists (the hits and
    every matching row), or None when the results are a queryset, which is
    not kept."""
    page = outcome.results
    if page is not None:
        rows = page.paginator.object_list
        if not isinstance(rows, list):
            return None
        paginator = Paginator(list(rows), page.paginator.per_page)
        outcome.results = Page(list(page.object_list), page.number, paginator)
    return outcome
