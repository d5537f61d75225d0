"""``/healthz`` for load balancers: is the database reachable, does the
cache answer? 200 or 503, and never a detail an outsider could use."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "not healthy"
        logger.exception("Health check: database unavailable")
        return False


def _cache_ok():
    key, value = "healthz", uuid.uuid4().hex
    try:
        cache.set(key, value, timeout=10)
        # django-redis with IGNORE_EXCEPTIONS returns None instead of raising.
        return cache.get(key) == value
    except Exception:
        logger.exception("Health check: cache unavailable")
        return False


class SkipHealthChecks(logging.Filter):
    """For django.request, which logs every 5xx as an error: a failing health
    check is the load balancer's signal, polled every few seconds, and its
    cause is logged once where it is found (wijkwijzer/redis_client.py)."""

    def filter(self, record):
        return getattr(getattr(record, "request", None), "path", "") != "/healthz"


@never_cache
@require_safe
def healthz(request):
    healthy = _database_ok() and _cache_ok()
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n",
        status=200 if healthy else 503,
        content_type="text/plain; charset=utf-8",
    )
