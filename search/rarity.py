"""How rare each searched word is in the search index: its weight in the
ranking (inverse document frequency, as BM25 computes it).

PostgreSQL's ts_rank counts how often and where a word occurs, but not how
rare it is: "wijk", on nearly every page, would count as much as "geld" in
"geld voor de wijk". So on PostgreSQL each searched word is ranked on its own
and weighted by its rarity (search.backends.Weighted). SQLite's FTS5 ranks
with bm25(), which already weighs rarity: there the query stays as it was.

The document frequencies come from Wagtail's own search index, in one query
for the words not yet known, and stay in the cache until content changes
(the page cache's content generation): one key per word, so that strange
queries cannot grow one shared entry.
"""

import math

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q

from wijkwijzer.page_cache import generation

TIMEOUT = 86_400
TOTAL = "-total"  # the key for the number of index entries (no word has a "-")


def weights(terms):
    """{term: weight} for ``terms`` on PostgreSQL; {} elsewhere. A word on
    every page weighs about 0.1, one on a single page of a thousand about 6.6."""
    if connection.vendor != "postgresql" or not terms:
        return {}
    counts = document_frequencies(terms)
    total = counts[TOTAL]
    # A word on no page (or a stopword, which the index leaves out) matches
    # nothing: its weight does not matter, and 0 keeps it out of a phrase's.
    return {term: idf(counts[term], total) if counts[term] else 0.0 for term in terms}


def idf(frequency, total):
    """BM25's inverse document frequency: never negative."""
    return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))


def _key(current, term):
    return f"content:{current}:search-df:{term}"


def document_frequencies(terms):
    """{term: number of index entries with the term in title or body, TOTAL:
    number of index entries}, from the cache where known."""
    current = generation()
    wanted = [TOTAL, *terms]
    known = {}
    if current is not None:
        found = cache.get_many([_key(current, term) for term in wanted])
        known = {
            term: found[_key(current, term)]
            for term in wanted
            if _key(current, term) in found
        }
    missing = [term for term in wanted if term not in known]
    if missing:
        counted = _count(missing)
        if current is not None:
            cache.set_many(
                {_key(current, term): n for term, n in counted.items()}, TIMEOUT
            )
        known.update(counted)
    return known


def _count(terms):
    """The counts for ``terms`` (TOTAL among them or not), in one query."""
    from django.contrib.postgres.search import SearchQuery

    from wagtail.search.models import IndexEntry

    config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
    aggregates = {}
    for number, term in enumerate(terms):
        if term == TOTAL:
            aggregates[f"n{number}"] = Count("pk")
            continue
        query = SearchQuery(term, config=config)
        aggregates[f"n{number}"] = Count("pk", filter=Q(title=query) | Q(body=query))
    result = IndexEntry.objects.aggregate(**aggregates)
    return {term: result[f"n{number}"] for number, term in enumerate(terms)}
