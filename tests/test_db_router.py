"""The read-replica router (wijkwijzer/db_router.py): with it, the search
page reads from the ``replica`` alias and every other page from ``default``.

The test settings add ``replica`` as Django's TEST MIRROR of the test
database, so both aliases see the (committed) demo content; the router is
switched on per test, as ``DATABASE_REPLICA_URL`` does in production
(tests/test_settings.py checks that part)."""

import pytest

from django.core.cache import cache
from django.db import connections, router
from django.test.utils import CaptureQueriesContext

from explainers.models import Theme
from wijkwijzer.db_router import ReplicaRouter, primary_reads, replica_reads
from wijkwijzer.page_cache import until_content_changes

pytestmark = pytest.mark.django_db(databases=["default", "replica"])

WRITES = ("INSERT", "UPDATE", "DELETE")


@pytest.fixture
def with_router(settings):
    settings.DATABASE_ROUTERS = ["wijkwijzer.db_router.ReplicaRouter"]


def get(client, url):
    """The response, and the queries it made on default and on the replica."""
    with (
        CaptureQueriesContext(connections["default"]) as default,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = client.get(url)
    assert response.status_code == 200, url
    return response, default.captured_queries, replica.captured_queries


def test_a_search_reads_from_the_replica(client, with_router):
    client.get("/zoeken/?q=wijkaanpak")  # the shared lists are cached
    response, default, replica = get(client, "/zoeken/?q=wijkaanpak")
    assert response.context["outcome"].total > 0
    assert len(replica) >= 3  # the matches, their facets, the result cards
    assert default == []


def test_a_search_counts_without_writing_to_either_database(client, with_router):
    _response, default, replica = get(client, "/zoeken/?q=xyzzyqq")
    assert replica
    assert not [q for q in default + replica if q["sql"].startswith(WRITES)]


# Pages that make no image renditions: on SQLite the mirror shares the
# in-memory database, and a write left in the test's transaction would lock
# the table for the mirror's constraint check at teardown.
@pytest.mark.parametrize("url", ["/", "/themas/", "/bronnen/?q=wijkaanpak"])
def test_other_pages_read_from_default(client, with_router, url):
    _response, default, replica = get(client, url)
    assert default
    assert replica == []


def test_without_the_router_the_search_reads_from_default(client):
    _response, default, replica = get(client, "/zoeken/?q=wijkaanpak")
    assert default
    assert replica == []


def test_shared_lists_are_computed_on_the_primary_even_during_a_search(
    with_router,
):
    """A lagging replica must not put old content in the cache that every
    page reads until the next change."""
    cache.clear()
    with (
        CaptureQueriesContext(connections["default"]) as default,
        CaptureQueriesContext(connections["replica"]) as replica,
        replica_reads(),
    ):
        names = until_content_changes(
            "test-theme-names", lambda: list(Theme.objects.values_list("name"))
        )
        list(Theme.objects.values_list("name"))  # an ordinary search read
    assert names
    assert len(default) == 1
    assert len(replica) == 1


def test_routing_rules(with_router):
    from django.core.cache.backends.db import DatabaseCache

    theme = Theme.objects.first()
    cache_entry = DatabaseCache("wijkwijzer_cache", {}).cache_model_class
    with replica_reads():
        assert router.db_for_read(Theme) == "replica"
        assert router.db_for_write(Theme) == "default"
        assert router.db_for_read(cache_entry) == "default"  # must see its writes
        with primary_reads():
            assert router.db_for_read(Theme) == "default"
        replica_theme = Theme.objects.get(pk=theme.pk)
    assert replica_theme._state.db == "replica"
    assert router.db_for_read(Theme, instance=replica_theme) == "default"
    assert router.allow_relation(theme, replica_theme)
    assert router.allow_migrate("default", "explainers")
    assert not router.allow_migrate("replica", "explainers")


def test_without_a_replica_alias_reads_stay_on_default(monkeypatch):
    """The router installed but no ``replica`` database: nothing changes."""
    monkeypatch.delitem(connections.settings, "replica")
    with replica_reads():
        assert ReplicaRouter().db_for_read(Theme) == "default"
