"""Failed attempts counted per key, with pauses that double.

A key may fail ``allowed`` times; each failure from then on starts a pause
(LOGIN_PAUSE_SECONDS, doubled for every further failure, at most
LOGIN_PAUSE_MAX_SECONDS) in which the form is refused. A key is forgotten
LOGIN_FAILURE_WINDOW seconds after its last failure or pause.

The counters live in the database, not in the cache: they are written only
on a failure and read only when a password form is posted, and a cache
outage must not switch the limits off (issue 17). Checking and counting
are two steps, so a burst of parallel guesses can pass a few more than
``allowed`` before the first pause; after that every guess is refused.
"""

import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from limits.models import AttemptCounter


@dataclass(frozen=True)
class Limit:
    key: str  # an HMAC, see wijkwijzer.counters.digest
    allowed: int


def wait_seconds(limits):
    """Seconds until every limit allows another attempt; 0 if they do now."""
    now = timezone.now()
    until = AttemptCounter.objects.filter(
        key__in=[limit.key for limit in limits], blocked_until__gt=now
    ).aggregate(until=Max("blocked_until"))["until"]
    return math.ceil((until - now).total_seconds()) if until else 0


def record_failure(limits):
    now = timezone.now()
    window = timedelta(seconds=settings.LOGIN_FAILURE_WINDOW)
    with transaction.atomic():
        AttemptCounter.objects.filter(expires__lte=now).delete()
        for limit in limits:
            counter, _created = (
                AttemptCounter.objects.select_for_update().get_or_create(
                    key=limit.key, defaults={"expires": now + window}
                )
            )
            counter.failures += 1
            beyond = counter.failures - limit.allowed
            if beyond >= 0:
                pause = settings.LOGIN_PAUSE_SECONDS * 2 ** min(beyond, 20)
                pause = min(pause, settings.LOGIN_PAUSE_MAX_SECONDS)
                counter.blocked_until = now + timedelta(seconds=pause)
            counter.expires = max(now, counter.blocked_until or now) + window
            counter.save()


def forget(limit):
    AttemptCounter.objects.filter(key=limit.key).delete()
