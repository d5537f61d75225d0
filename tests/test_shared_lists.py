"""Shared lists kept until content changes (page_cache.until_content_changes):
each process holds a copy per generation, so a request reads one key (the
generation) instead of one per list, and still sees every change at once."""

from unittest import mock

import pytest

from django.core.cache import cache

from wijkwijzer import page_cache


def test_the_held_copy_saves_the_cache_read():
    assert page_cache.until_content_changes("proef", lambda: ["eerst"]) == ["eerst"]
    # Gone from the cache: the process's own copy still answers.
    cache.delete(f"content:{page_cache.generation()}:proef")
    with mock.patch.object(cache, "get", wraps=cache.get) as get:
        assert page_cache.until_content_changes("proef", lambda: ["later"]) == ["eerst"]
    assert [call.args[0] for call in get.call_args_list] == [page_cache.GENERATION_KEY]


def test_a_change_in_another_process_is_seen_at_once():
    page_cache.until_content_changes("proef", lambda: ["eerst"])
    cache.incr(page_cache.GENERATION_KEY)  # what invalidate() does elsewhere
    assert page_cache.until_content_changes("proef", lambda: ["later"]) == ["later"]
    assert page_cache.cached("proef") == ["later"]


def test_every_caller_gets_its_own_copy():
    first = page_cache.until_content_changes("proef", lambda: [{"naam": "eerst"}])
    first[0]["naam"] = "veranderd"
    first.append("erbij")
    again = page_cache.until_content_changes("proef", lambda: ["niet gebruikt"])
    assert again == [{"naam": "eerst"}]


def test_without_a_reachable_cache_every_call_computes():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    page_cache.until_content_changes("proef", compute)
    with mock.patch.object(page_cache, "generation", return_value=None):
        # Another process may have changed content meanwhile: nothing held
        # from before the outage is trusted.
        assert page_cache.until_content_changes("proef", compute) == 2
        assert page_cache.until_content_changes("proef", compute) == 3
        assert page_cache.cached("proef") is None


def test_a_generation_never_comes_back_after_the_cache_is_emptied():
    before = page_cache.generation()
    for _ in range(5):
        page_cache.invalidate()
    reached = page_cache.generation()
    assert reached == before + 5
    cache.clear()
    assert page_cache.generation() > reached
    cache.clear()
    page_cache.invalidate()  # incr on a missing key starts a new sequence
    assert page_cache.generation() > reached


@pytest.fixture(autouse=True)
def _nothing_held():
    page_cache._held.clear()
    yield
    page_cache._held.clear()
