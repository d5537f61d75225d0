"""The search page at /zoeken/."""

import logging

from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from explainers.listings import featured_explainers
from explainers.models import HomePage, Theme
from wijkwijzer.db_router import on_replica

from . import statistics
from .forms import RESULT_TYPES, SearchForm
from .outcome_cache import search_outcome

logger = logging.getLogger(__name__)


@require_safe
@on_replica
def search(request):
    form = SearchForm(request.GET)
    form.is_valid()  # invalid facet values are dropped, never an error
    filters = {
        name: form.cleaned_data.get(name) for name in ("type", "thema", "doelgroep")
    }
    outcome = search_outcome(
        request.GET.get("q", ""),
        filters,
        form.cleaned_data.get("pagina"),
        request,
        # "Zoek precies op …": the reader wants what they typed, uncorrected.
        correct=not request.GET.get("precies"),
    )
    if outcome.query and _is_first_look(request):
        _count(outcome, request)
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
    """Count a search once: not again when paging or faceting, and only for
    a reader's page view (statistics.is_countable)."""
    return set(request.GET) <= {"q"} and statistics.is_countable(request)


def _count(outcome, request):
    """Anonymous statistics: only the normalised term, the date and a number,
    counted in the cache (search/statistics.py); never a database write.
    The term counted is the one typed; when it found nothing and the reader
    got the results of its spelling correction, that is counted apart, not
    as a search without results."""
    typed = outcome.corrected_from or outcome.query
    corrected_to = outcome.query.text if outcome.corrected_from else None
    try:
        statistics.count(
            typed.text,
            found=bool(outcome.total),
            corrected_to=corrected_to,
            request=request,
        )
    except Exception:  # counting must never break a search
        logger.exception("Could not count a search")


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
