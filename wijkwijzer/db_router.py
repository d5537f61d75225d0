"""Search reads on a PostgreSQL read replica (``DATABASE_REPLICA_URL``).

With the variable set, settings add a ``replica`` database alias and this
router. Reads made inside ``replica_reads()`` (the search page wraps its
whole request in it: ``search.views.search``) go to the replica; every other
read, every write and every migration goes to ``default``. The replica holds
the same data, so objects of both aliases may relate to each other.

A replica lags a little behind. What must be current is never read there:
the database cache table (the page cache's generation lives in the cache)
and the shared lists cached until content changes, which are computed under
``primary_reads()`` so a lagging replica cannot put old content into the
cache for every page (wijkwijzer/page_cache.py).
"""

import contextlib
import functools
from contextvars import ContextVar

from django.db import connections

DEFAULT = "default"
REPLICA = "replica"

# Never read from the replica: Django's database cache (the cache must see
# its own writes at once).
PRIMARY_ONLY_APPS = {"django_cache"}

_on_replica = ContextVar("wijkwijzer_replica_reads", default=False)


@contextlib.contextmanager
def _reading(value):
    token = _on_replica.set(value)
    try:
        yield
    finally:
        _on_replica.reset(token)


def replica_reads():
    """Reads inside go to the replica, when there is one."""
    return _reading(True)


def primary_reads():
    """Reads inside go to ``default``, also within ``replica_reads()``."""
    return _reading(False)


def on_replica(view):
    """A view whose reads all go to the replica."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        with replica_reads():
            return view(*args, **kwargs)

    return wrapped


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if (
            _on_replica.get()
            and REPLICA in connections
            and model._meta.app_label not in PRIMARY_ONLY_APPS
        ):
            return REPLICA
        # Explicit, so an object read on the replica is not read there again
        # later (Django would otherwise follow the instance's own alias).
        return DEFAULT

    def db_for_write(self, model, **hints):
        return DEFAULT

    def allow_relation(self, obj1, obj2, **hints):
        return {obj1._state.db, obj2._state.db} <= {DEFAULT, REPLICA}

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT
