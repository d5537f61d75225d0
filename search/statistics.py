"""Search statistics counted in the cache, written to the database later.

A search must not write to the database: ``count()`` only increments
counters in the cache (one per day and normalised term, plus one for
searches without results), as the page views do (editorial/page_views.py).
``flush()`` (``manage.py flush_search_stats``, from cron, and before the
"Zoektermen" report is shown) adds them to Wagtail's ``Query`` and
``QueryDailyHits`` and to our ``ZeroResultHit`` and ``CorrectedSearchHit``
(searches that found nothing as typed and showed the results of their
spelling correction).

Only honest searches count (issue 17): once per client, term and day (an
HMAC of the client address, kept in the cache only), for a browser's page
view (``Sec-Fetch-Mode: navigate`` or an ``Accept`` with text/html) by
something other than a bot or a tool, and for terms of at most 100
characters without markup; see ``is_countable`` and ``count``.

The terms of a day are not known in advance, so each new term of the day
gets a numbered slot (``search-terms:<day>:slot:<n>``); ``flush()`` reads the
slots up to the day's slot counter. Counts still in the cache are lost when
the cache is emptied (a Redis restart): statistics, not bookkeeping.
"""

import contextlib
import datetime
import hashlib
import re

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.search.utils import normalise_query_string

from editorial.page_views import is_bot
from wijkwijzer.counters import client_digest, increment

MAX_TERM_LENGTH = 100
# Markup, entities and control characters: no reader types them, and a report
# full of script payloads is the fuzzer's doing.
MARKUP = re.compile(r"[<>{}`\\\x00-\x1f\x7f]|&#|&[a-z]+;|javascript:", re.I)
KEEP_SECONDS = 3 * 24 * 3600
SLOTS = "search-terms:{day}:slots"
SLOT = "search-terms:{day}:slot:{n}"
HITS = "search-terms:{day}:hits:{digest}"
ZERO = "search-terms:{day}:zero:{digest}"
CORRECTED = "search-terms:{day}:corrected:{digest}"
CORRECTED_TO = "search-terms:{day}:corrected-to:{digest}"
SEEN = "search-terms:{day}:seen:{client}"


def _digest(term):
    return hashlib.sha256(term.encode()).hexdigest()[:32]


def _key(pattern, day, term):
    return pattern.format(day=day.isoformat(), digest=_digest(term))


def is_countable(request):
    """Whether the request looks like a reader's page view in a browser: not
    a bot or a tool (nor an empty User-Agent), and asking for a page."""
    if is_bot(request):
        return False
    if request.headers.get("Sec-Fetch-Mode", "").lower() == "navigate":
        return True
    return "text/html" in request.headers.get("Accept", "").lower()


def is_countable_term(term):
    return bool(term) and len(term) <= MAX_TERM_LENGTH and not MARKUP.search(term)


def _first_time(request, day, term):
    """Whether this client has not searched ``term`` on ``day`` yet. False as
    well when the cache cannot tell (down): then nothing is counted."""
    client = client_digest(request, "search-terms", day.isoformat(), term)
    return bool(cache.add(SEEN.format(day=day.isoformat(), client=client), 1, 86400))


def count(text, found, day=None, corrected_to=None, request=None):
    """Count one search for ``text``; ``found``: whether it had results;
    ``corrected_to``: the spelling correction whose results were shown;
    ``request``: the reader's, so a client counts a term once a day."""
    term = normalise_query_string(text)
    if not is_countable_term(term):
        return
    day = day or timezone.localdate()
    if request is not None and not _first_time(request, day, term):
        return
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
