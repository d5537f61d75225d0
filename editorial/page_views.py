"""Cookie-free page-view counts: how often each page is read per day.

Counted on the server for every anonymous GET of a page that answers 200,
also when the page comes from the page cache. Not counted: bots and tools
(by their User-Agent, which is looked at and then forgotten), editors (they
carry a session cookie), previews, prefetches and HEAD requests. Nothing about
the reader is stored: the only data is (page, day, number).

Counting must not slow pages down, so a view only increments a counter in the
cache; ``flush()`` (``manage.py flush_page_views``, from cron, and before the
report is shown) adds the counters to the ``PageViewDay`` table.
"""

import contextlib
import datetime
import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wijkwijzer.counters import increment

logger = logging.getLogger(__name__)

KEY = "page-views:{day}:{page_id}"
KEEP_SECONDS = 3 * 24 * 3600
BOT = re.compile(
    r"bot|crawl|spider|slurp|scan|fetch|preview|monitor|check|curl|wget|httpie|"
    r"python|java/|go-http|okhttp|libwww|headless|lighthouse|pingdom|uptime|"
    r"facebookexternalhit|embedly|quora|whatsapp|telegram|discord",
    re.I,
)


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent or bool(BOT.search(agent))


def _key(day, page_id):
    return KEY.format(day=day.isoformat(), page_id=page_id)


def count(page_id, day=None):
    increment(_key(day or timezone.localdate(), page_id), KEEP_SECONDS)


def _countable(request, response):
    return (
        request.method == "GET"
        and response.status_code == 200
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.headers.get("Sec-Purpose", "").startswith("prefetch")
        and request.headers.get("Purpose") != "prefetch"
        and not is_bot(request)
    )


class PageIdMiddleware:
    """Inside the page cache: label the response with the Wagtail page it
    shows, so the label is cached with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = getattr(request, "wijkwijzer_page_id", None)
        if page_id is not None:
            response.wijkwijzer_page_id = page_id
        return response


class PageViewMiddleware:
    """Outside the page cache: count the labelled responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = getattr(response, "wijkwijzer_page_id", None)
        if page_id is not None and _countable(request, response):
            try:
                count(page_id)
            except Exception:  # counting must never break a page
                logger.exception("Could not count a page view")
        return response


def flush(page_ids=None, days=None):
    """Move the cached counters of ``days`` (default: today and yesterday)
    into PageViewDay; returns the number of views moved."""
    from wagtail.models import Page

    from .models import PageViewDay

    today = timezone.localdate()
    days = days or [today, today - datetime.timedelta(days=1)]
    if page_ids is None:
        page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    moved = 0
    for day in days:
        keys = {_key(day, page_id): page_id for page_id in page_ids}
        counts = cache.get_many(list(keys))
        for key, views in counts.items():
            if not views:
                continue
            with transaction.atomic():
                updated = PageViewDay.objects.filter(
                    page_id=keys[key], date=day
                ).update(views=F("views") + views)
                if not updated:
                    PageViewDay.objects.create(page_id=keys[key], date=day, views=views)
            # Subtract what was moved; views counted meanwhile stay.
            with contextlib.suppress(ValueError):
                cache.decr(key, views)
            moved += views
    return moved
