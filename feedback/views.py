"""The reader's side: receive a "Was deze pagina nuttig?" answer, thank them.

No cookies and no CSRF token: content pages are served from a shared cache
to anonymous readers, who must get no cookies at all. The form is protected
by checking the request's origin instead (see ``is_same_origin``).
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Page

from wijkwijzer.counters import client_digest, increment

from .forms import HONEYPOT_FIELD, FeedbackForm
from .models import PageFeedback
from .pages import accepts_feedback

logger = logging.getLogger(__name__)

# Defaults; override in settings (the tests do).
RATE_WINDOW = 10 * 60  # seconds
RATE_LIMIT_PER_CLIENT = 5  # submissions per client address per window
RATE_LIMIT_PER_PAGE = 60  # submissions per page per window


def _setting(name, default):
    return getattr(settings, name, default)


def is_same_origin(request):
    """Whether the POST comes from a page on this site.

    Cookie-free CSRF protection, as OWASP's "Verify origin with standard
    headers": browsers send ``Origin`` (or at least ``Referer``, and
    ``Sec-Fetch-Site``) with a form POST, and a page on another site cannot
    forge them. Django's token check would need a CSRF cookie, and pages
    served from a shared cache must not set cookies.
    """
    own = f"{'https' if request.is_secure() else 'http'}://{request.get_host()}"
    own = own.lower()
    origin = request.headers.get("Origin", "").strip().lower()
    if origin and origin != "null":
        return origin == own
    fetch_site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if fetch_site:
        return fetch_site == "same-origin"
    if origin == "null":  # opaque origin, e.g. a sandboxed frame elsewhere
        return False
    referer = urlsplit(request.headers.get("Referer", "").strip())
    if not referer.scheme or not referer.netloc:
        return False
    return f"{referer.scheme}://{referer.netloc}".lower() == own


def _feedback_page(page_id):
    """The live, public content page ``page_id`` (not specific), or 404."""
    page = (
        Page.objects.live()
        .public()
        .filter(pk=page_id)
        .select_related("content_type")
        .first()
    )
    if page is None or not accepts_feedback(page.specific_class or Page):
        raise Http404
    return page


def _over_limit(request, page):
    """Whether the client or the page sent too much in the window.

    With the cache (Redis) down the counters answer None and nothing can be
    counted: the answer is then stored anyway. A reader's answer is worth
    more than a short spam burst, which the origin check, the honeypot and
    the length limit still hold back and editors can mark as handled; a 503
    would lose every genuine answer for as long as the outage lasts.
    """
    window = _setting("FEEDBACK_RATE_WINDOW", RATE_WINDOW)
    try:
        per_client = increment(f"feedback:rate:client:{client_digest(request)}", window)
        per_page = increment(f"feedback:rate:page:{page.pk}", window)
    except Exception:  # a cache that raises instead of missing
        logger.exception("Feedback rate limit unavailable")
        return False
    if per_client is None or per_page is None:
        logger.warning("Feedback rate limit unavailable: cache unreachable")
        return False
    return per_client > _setting(
        "FEEDBACK_RATE_LIMIT_PER_CLIENT", RATE_LIMIT_PER_CLIENT
    ) or per_page > _setting("FEEDBACK_RATE_LIMIT_PER_PAGE", RATE_LIMIT_PER_PAGE)


def _see_other(url):
    """303: the browser follows with a GET, so reloading does not resubmit."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _error(request, page, status, template):
    return TemplateResponse(
        request,
        template,
        {"feedback_page": page, "feedback_url": page.url if page else None},
        status=status,
    )


@csrf_exempt  # origin checked below instead, so cached pages stay cookie-free
@require_POST
def submit(request, page_id):
    if not is_same_origin(request):
        return _error(request, None, 403, "feedback/forbidden.html")
    page = _feedback_page(page_id)
    if _over_limit(request, page):
        return _error(request, page, 429, "feedback/rate_limited.html")
    thanks = reverse("feedback:thanks", args=[page.pk])
    if request.POST.get(HONEYPOT_FIELD, "").strip():
        # A bot filled the hidden field: pretend all went well, store nothing.
        return _see_other(thanks)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "feedback/invalid.html",
            {"feedback_page": page, "form": form},
            status=400,
        )
    PageFeedback.objects.create(
        page=page, helpful=form.helpful, comment=form.cleaned_data["opmerking"]
    )
    return _see_other(thanks)


@require_GET
def thanks(request, page_id):
    page = _feedback_page(page_id)
    return TemplateResponse(request, "feedback/thanks.html", {"feedback_page": page})
