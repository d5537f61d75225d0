"""The search page at /zoeken/."""

import re

from django.db.models import F
from django.http import QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from explainers.listings import featured_explainers
from explainers.models import HomePage, Theme

from .forms import RESULT_TYPES, SearchForm
from .models import CorrectedSearchHit, ZeroResultHit
from .service import run_search

_BOT = re.compile(r"bot|crawl|spider|slurp", re.IGNORECASE)


@require_safe
def search(request):
    form = SearchForm(request.GET)
    form.is_valid()  # invalid facet values are dropped, never an error
    filters = {
        name: form.cleaned_data.get(name) for name in ("type", "thema", "doelgroep")
    }
    outcome = run_search(
        request.GET.get("q", ""),
        filters,
        form.cleaned_data.get("pagina"),
        request,
        # "Zoek precies op …": the reader wants what they typed, uncorrected.
        correct=not request.GET.get("precies"),
    )
    if outcome.query and _is_first_look(request):
        _count(outcome)
    params = _params(outcome)
    for name, facets in outcome.facets.items():
        for facet in facets:
            facet.url = _url_with(params, name, None if facet.selected else facet.slug)

    active_filters = [
        (_filter_label(name, value), _url_with(params, name, None))
        for name, value in outcome.filters.items()
        if value
    ]
    context = {
        "title": _("Zoeken"),
        "crumbs": [(_("Zoeken"), None)],
        "outcome": outcome,
        "query": outcome.query.text,
        "query_without_page": params.urlencode(),
        "active_filters": active_filters,
        "active_filter_count": len(active_filters),
    }
    if outcome.corrected_from:
        exact = QueryDict(mutable=True)
        exact["q"] = outcome.corrected_from.text
        exact["precies"] = "1"
        context["exact_url"] = f"?{exact.urlencode()}"
    if not outcome.query or outcome.total == 0:
        context["themes"] = Theme.objects.all()
    if not outcome.query:
        home = HomePage.objects.first()
        context["featured"] = featured_explainers(home) if home else []
    return render(request, "search/search.html", context)


def _filter_label(name, value):
    """What a chip shows: the type's label rather than its slug."""
    if name == "type":
        return RESULT_TYPES.get(value, value)
    return str(value)


def _is_first_look(request):
    """Count a search once: not again when paging or faceting, not for bots."""
    user_agent = request.headers.get("User-Agent", "")
    return set(request.GET) <= {"q"} and not _BOT.search(user_agent)


def _count(outcome):
    """Anonymous statistics: only the normalised term, the date and a number.

    A term already searched today costs one UPDATE (the same date and
    increment as ``Query.add_hit``); otherwise Wagtail makes the rows.
    The term counted is the one typed; when it found nothing and the reader
    got the results of its spelling correction, that is counted apart
    (CorrectedSearchHit), not as a search without results."""
    typed = outcome.corrected_from or outcome.query
    already_counted = 0
    if outcome.total:
        already_counted = QueryDailyHits.objects.filter(
            query__query_string=normalise_query_string(typed.text),
            date=timezone.now().date(),
        ).update(hits=F("hits") + 1)
        if already_counted and not outcome.corrected_from:
            return
        if already_counted and CorrectedSearchHit.objects.filter(
            query__query_string=normalise_query_string(typed.text),
            date=timezone.localdate(),
        ).update(hits=F("hits") + 1, corrected_to=outcome.query.text[:255]):
            return
    query = Query.get(typed.text)
    if not already_counted:
        query.add_hit()
    if outcome.corrected_from:
        CorrectedSearchHit.add_hit(query, outcome.query.text)
    elif outcome.total == 0:
        ZeroResultHit.add_hit(query)


def _params(outcome):
    params = QueryDict(mutable=True)
    params["q"] = outcome.query.text
    for name, value in outcome.filters.items():
        if value:
            params[name] = getattr(value, "slug", value)
    return params


def _url_with(params, name, value):
    """A search URL with facet ``name`` set to ``value`` (None: removed),
    back on the first page."""
    changed = params.copy()
    changed.pop(name, None)
    if value:
        changed[name] = value
    return f"?{changed.urlencode()}"
