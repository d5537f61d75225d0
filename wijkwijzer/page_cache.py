"""Whole-page cache for anonymous readers.

Anonymous GET and HEAD requests for public pages are answered from the cache.
Every cached page is stored under the current *content generation*; any
change to content that pages show (a page, snippet, setting, image, menu,
redirect, …) raises the generation, so all cached pages are out at once. That
is coarse, but always correct: no page has to know which other pages show it.

Never cached: requests with a session or CSRF cookie (editors, someone who
just posted a form), the admin, previews, search (it counts queries), POSTs,
responses that set cookies, are not 200, or say ``private``/``no-store``.
"""

import hashlib
import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

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
    "feedback.pagefeedback",
    "editorial.pageviewday",
}


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        # ``add`` so that two processes starting at once agree on one value.
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY) or 1
    return value


def until_content_changes(name, compute, timeout=86_400):
    """``compute()``, kept in the cache until content changes (the next
    generation), and read once per GET request. For the small lists every
    page shows (footer partners, site settings), which would otherwise cost
    a query on every page the page cache misses."""

    def load():
        key = f"content:{remember(GENERATION_KEY, generation)}:{name}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout)
        return value

    return remember(f"content:{name}", load)


def cached(name):
    """What ``until_content_changes(name, …)`` keeps, or None while it is not
    in the cache. Never computes, so never queries."""
    return cache.get(f"content:{remember(GENERATION_KEY, generation)}:{name}")


def invalidate(**kwargs):
    """Raise the generation: every cached page is stale from now on."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or the cache was flushed)
        cache.set(GENERATION_KEY, 2, timeout=None)
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


def _key(request, generation_value):
    raw = f"{request.get_host()}|{request.get_full_path()}".encode()
    digest = hashlib.sha256(raw).hexdigest()
    return f"page-cache:{generation_value}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request, generation())
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
