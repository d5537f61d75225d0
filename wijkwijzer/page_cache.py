"""Whole-page cache for anonymous readers.

Anonymous GET and HEAD requests for public pages are answered from the cache.
Every cached page is stored under the current *content generation*; any
change to content that pages show (a page, snippet, setting, image, menu,
redirect, …) raises the generation, so all cached pages are out at once. That
is coarse, but always correct: no page has to know which other pages show it.

Saving a draft, an autosave, a lock, revisions, workflow steps, statistics
and logs change nothing a reader sees: they leave the generation alone, so
an editor typing does not empty the cache for every reader.

One entry per canonical URL: query parameters no public page reads
(``utm_source``, ``fbclid``, anything unknown; PAGE_CACHE_QUERY_PARAMETERS
lists the ones they do) are dropped before the view sees the request, and
the host is keyed without letter case, trailing dot or default port.

Never cached: requests with a session or CSRF cookie (editors, someone who
just posted a form), the admin, previews, search (it counts queries), POSTs,
responses that set cookies, are not 200, or say ``private``/``no-store``.
"""

import hashlib
import logging
import pickle
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import QueryDict
from django.http.request import split_domain_port

from wijkwijzer.db_router import primary_reads
from wijkwijzer.request_memo import forget_all, remember

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
MAX_QUERY_LENGTH = 512

# Models whose rows change without changing what a public page shows:
# statistics, logs, drafts and workflow state, sessions and users, renditions
# (made while pages render), link checks' bookkeeping is *not* here because
# a long-broken link changes the resource page.
IGNORED_APPS = {"sessions", "contenttypes", "admin", "auth", "taggit"}
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.groupapprovaltaskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "search.zeroresulthit",
    "search.correctedsearchhit",
    "search.hiddensearchterm",
    "search.suggestion",  # derived from content that already raised the generation
    "feedback.pagefeedback",
    "editorial.pageviewday",
    "limits.attemptcounter",
}


# The fields Wagtail saves on a page or snippet for a draft, an autosave or a
# lock (save_revision, lock): none of them shows to readers.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "draft_title",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}


def _first_generation():
    # A new sequence after the cache was emptied starts above every value the
    # old one reached (one change per microsecond at most), so a generation
    # never comes back: _held below may trust it.
    return time.time_ns() // 1000


def generation():
    """The content generation; None while the cache cannot be reached."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        # ``add`` so that two processes starting at once agree on one value.
        cache.add(GENERATION_KEY, _first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def _current_generation():
    return remember(GENERATION_KEY, generation)


# Per process: the pickled value of each shared list with the generation it
# belongs to. A request then costs one cache read (the generation) instead of
# one per list; pickled, so that every request works on its own copy.
_held = {}


def until_content_changes(name, compute, timeout=86_400):
    """``compute()``, kept in the cache until content changes (the next
    generation), and read once per GET request. For the small lists every
    page shows (footer partners, site settings), which would otherwise cost
    a query on every page the page cache misses."""

    def load():
        current = _current_generation()
        if current is None:  # no cache: straight from the database
            with primary_reads():
                return compute()
        value = _from_held(name, current)
        if value is None:
            key = f"content:{current}:{name}"
            value = cache.get(key)
            if value is None:
                # From the primary, even during a search: a lagging replica
                # would keep old content cached for every page.
                with primary_reads():
                    value = compute()
                cache.set(key, value, timeout)
            _held[name] = (current, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        return value

    return remember(f"content:{name}", load)


def _from_held(name, current):
    held = _held.get(name)
    if held is None or held[0] != current:
        return None
    return pickle.loads(held[1])  # noqa: S301 - our own bytes, never from outside


def cached(name):
    """What ``until_content_changes(name, …)`` keeps, or None while it is not
    in the cache. Never computes, so never queries."""
    current = _current_generation()
    if current is None:
        return None
    value = _from_held(name, current)
    if value is None:
        value = cache.get(f"content:{current}:{name}")
    return value


def invalidate(**kwargs):
    """Raise the generation: every cached page is stale from now on."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or the cache was flushed)
        cache.set(GENERATION_KEY, _first_generation(), timeout=None)
    forget_all()  # a GET request that saves something sees its own change


def _affects_pages(model):
    meta = model._meta
    if meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return False
    # Renditions are created lazily while a page renders.
    from wagtail.images.models import AbstractRendition

    return not issubclass(model, AbstractRendition)


def _on_change(sender, **kwargs):
    if kwargs.get("raw"):
        return  # fixtures loading
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return  # a draft, an autosave or a lock
    if _affects_pages(sender):
        invalidate()


def connect():
    post_save.connect(_on_change, dispatch_uid="page_cache_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_delete")
    # M2M changes (page themes via ParentalManyToMany are saved with the
    # page; plain M2M such as group permissions do not show on pages).
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page_cache_{signal!r}")


def _excluded_prefixes():
    return tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", ()))


def _cacheable_request(request):
    if not getattr(settings, "PAGE_CACHE_ENABLED", False):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    return not request.path.startswith(_excluded_prefixes())


def _cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # "Vary: Cookie" is fine: requests carrying a session or CSRF cookie never
    # reach the cache, and all cookie-less requests get the same page.
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def _canonical_query(request):
    """Drop the query parameters no public page reads (the API keeps its own:
    it answers 400 to one it does not know)."""
    if request.path.startswith(tuple(settings.PAGE_CACHE_ALL_PARAMETERS_PATHS)):
        return
    known = settings.PAGE_CACHE_QUERY_PARAMETERS
    if all(name in known for name in request.GET):
        return
    kept = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name in known:
            kept.setlist(name, values)
    request.META["QUERY_STRING"] = kept.urlencode()
    request.GET = QueryDict(request.META["QUERY_STRING"])


def _host_key(request):
    """The host as sites match it: no letter case, trailing dot or default
    port ("Example.org.:443" is "example.org")."""
    host, port = split_domain_port(request.get_host())
    host = host.rstrip(".")
    if port and port != ("443" if request.is_secure() else "80"):
        return f"{host}:{port}"
    return host


def _key(request, generation_value):
    raw = f"{_host_key(request)}|{request.get_full_path()}".encode()
    digest = hashlib.sha256(raw).hexdigest()
    return f"page-cache:{generation_value}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        _canonical_query(request)
        key = _key(request, _current_generation())
        response = cache.get(key)
        if response is not None:
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "MISS"
        return response


def page_cache_models():
    """The models whose changes empty the page cache (for the README/tests)."""
    return [m for m in apps.get_models() if _affects_pages(m)]
