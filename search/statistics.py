"""Search statistics counted in the cache, written to the database later.

A search must not write to the database: ``count()`` only increments
counters in the cache (one per day and normalised term, plus one for
searches without results), as the page views do (editorial/page_views.py).
``flush()`` (``manage.py flush_search_stats``, from cron, and before the
"Zoektermen" report is shown) adds them to Wagtail's ``Query`` and
``QueryDailyHits`` and to our ``ZeroResultHit`` and ``CorrectedSearchHit``
(searches that found nothing as typed and showed the results of their
spelling correction).

The terms of a day are not known in advance, so each new term of the day
gets a numbered slot (``search-terms:<day>:slot:<n>``); ``flush()`` reads the
slots up to the day's slot counter. Counts still in the cache are lost when
the cache is emptied (a Redis restart): statistics, not bookkeeping.
"""

import contextlib
import datetime
import hashlib

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.search.utils import normalise_query_string

from wijkwijzer.counters import increment

KEEP_SECONDS = 3 * 24 * 3600
SLOTS = "search-terms:{day}:slots"
SLOT = "search-terms:{day}:slot:{n}"
HITS = "search-terms:{day}:hits:{digest}"
ZERO = "search-terms:{day}:zero:{digest}"
CORRECTED = "search-terms:{day}:corrected:{digest}"
CORRECTED_TO = "search-terms:{day}:corrected-to:{digest}"


def _digest(term):
    return hashlib.sha256(term.encode()).hexdigest()[:32]


def _key(pattern, day, term):
    return pattern.format(day=day.isoformat(), digest=_digest(term))


def count(text, found, day=None, corrected_to=None):
    """Count one search for ``text``; ``found``: whether it had results;
    ``corrected_to``: the spelling correction whose results were shown."""
    term = normalise_query_string(text)
    if not term:
        return
    day = day or timezone.localdate()
    if increment(_key(HITS, day, term), KEEP_SECONDS) == 1:
        # First search of the term today (or since a flush emptied it):
        # give it a slot. A term in two slots is counted once by flush().
        n = increment(SLOTS.format(day=day.isoformat()), KEEP_SECONDS)
        cache.set(SLOT.format(day=day.isoformat(), n=n), term, KEEP_SECONDS)
    if corrected_to:
        increment(_key(CORRECTED, day, term), KEEP_SECONDS)
        cache.set(_key(CORRECTED_TO, day, term), corrected_to[:255], KEEP_SECONDS)
    elif not found:
        increment(_key(ZERO, day, term), KEEP_SECONDS)


def _terms(day):
    slots = cache.get(SLOTS.format(day=day.isoformat())) or 0
    keys = [SLOT.format(day=day.isoformat(), n=n) for n in range(1, slots + 1)]
    return sorted(set(cache.get_many(keys).values()))


def _add(model, query, day, hits, **fields):
    rows = model.objects.filter(query=query, date=day)
    if not rows.update(hits=F("hits") + hits, **fields):
        model.objects.create(query=query, date=day, hits=hits, **fields)


def flush(days=None):
    """Move the cached counts of ``days`` (default: today and yesterday) into
    the database; returns the number of searches moved."""
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    from .models import CorrectedSearchHit, ZeroResultHit

    today = timezone.localdate()
    days = days or [today, today - datetime.timedelta(days=1)]
    moved = 0
    for day in days:
        for term in _terms(day):
            keys = (
                _key(HITS, day, term),
                _key(ZERO, day, term),
                _key(CORRECTED, day, term),
            )
            counts = cache.get_many(keys)
            hits, zero, corrected = (counts.get(key) or 0 for key in keys)
            if not hits and not zero and not corrected:
                continue
            with transaction.atomic():
                query = Query.get(term)
                if hits:
                    _add(QueryDailyHits, query, day, hits)
                if zero:
                    _add(ZeroResultHit, query, day, zero)
                if corrected:
                    to = cache.get(_key(CORRECTED_TO, day, term)) or ""
                    _add(CorrectedSearchHit, query, day, corrected, corrected_to=to)
            # Subtract what was moved; searches counted meanwhile stay.
            for key, moved_here in zip(keys, (hits, zero, corrected), strict=True):
                if moved_here:
                    with contextlib.suppress(ValueError):
                        cache.decr(key, moved_here)
            moved += hits
    return moved
