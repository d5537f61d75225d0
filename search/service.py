"""The search itself: one ranked query over the page types, facet counts,
matching themes and partners, editors' promotions and a spelling retry.

The number of SQL queries is fixed: it does not grow with the number of
results (tests/search/test_query_count.py asserts it).
"""

import logging
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, Paginator
from django.db import DatabaseError, connection, transaction
from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Q,
    Value,
    When,
)

from modelsearch.query import Fuzzy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from explainers.listings import restricted_paths, visible
from explainers.models import (
    ArticlePage,
    Audience,
    ContentPage,
    ExplainerPage,
    GlossaryTerm,
    GuidePage,
    Partner,
    PracticePage,
    ResourcePage,
    StepPage,
    Theme,
)

from .forms import RESULT_TYPES
from .query import ParsedQuery, highlight

logger = logging.getLogger(__name__)

PER_PAGE = 10
PAGE_TYPES = {
    "uitleg": ExplainerPage,
    "artikel": ArticlePage,
    "partnerbron": ResourcePage,
    "praktijkvoorbeeld": PracticePage,
    "stap": StepPage,
    "stappenplan": GuidePage,
    "pagina": ContentPage,
}
SNIPPET_TYPES = {"thema": Theme, "partner": Partner, "begrip": GlossaryTerm}
# Relevance multipliers: for equal matches, an explainer beats a partner's
# resource, which beats a plain page such as the privacy statement.
TYPE_WEIGHTS = {"uitleg": 1.5, "artikel": 1.0, "partnerbron": 1.0, "pagina": 0.7}
THEMED = (ExplainerPage, ArticlePage, ResourcePage, PracticePage)  # with themes
AUDIENCED = (ExplainerPage, ResourcePage)  # pages with `audiences`


@dataclass
class Hit:
    """One result as the template shows it."""

    type_label: str
    title: str
    url: str
    summary: str


@dataclass
class Facet:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    query: ParsedQuery
    filters: dict = field(default_factory=dict)
    results: object = None  # a Django Page of Hits
    snippet_hits: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)
    promotions: list = field(default_factory=list)
    fuzzy_hits: list = field(default_factory=list)


def _related_q(models, relation, value):
    return Q(
        *[Q(**{f"{m._meta.model_name}__{relation}": value}) for m in models],
        _connector=Q.OR,
    )


def page_queryset(filters):
    """Visible pages of the searchable types, narrowed by the facet filters."""
    wanted = filters.get("type")
    if wanted in SNIPPET_TYPES:
        return Page.objects.none()
    models = [PAGE_TYPES[wanted]] if wanted else list(PAGE_TYPES.values())
    queryset = visible(Page.objects.type(*models))
    conditions = []
    if filters.get("thema"):
        conditions.append(_related_q(THEMED, "themes", filters["thema"]))
    if filters.get("doelgroep"):
        conditions.append(_related_q(AUDIENCED, "audiences", filters["doelgroep"]))
    if conditions:
        # The joins can repeat a page; a subquery keeps each page once without
        # DISTINCT, which the search's rank ordering would not allow.
        ids = queryset.filter(*conditions).values("pk")
        queryset = Page.objects.filter(pk__in=ids)
    return queryset


def _snippet_hits(filters, search_query, roots):
    """Themes and partners whose name matches a searched word. A mention in a
    description alone is not enough: they would crowd out the pages. They have
    no themes or audiences, so a theme or audience filter leaves them out."""
    if filters.get("thema") or filters.get("doelgroep"):
        return []
    wanted = filters.get("type")
    hits = []
    for slug, model in SNIPPET_TYPES.items():
        if wanted and wanted != slug:
            continue
        for obj in get_search_backend().search(search_query, model)[:5]:
            name_words = [w.lower() for w in re.findall(r"[^\W_]+", obj.name)]
            if not any(w.startswith(root) for w in name_words for root in roots):
                continue
            hits.append(
                Hit(
                    type_label=RESULT_TYPES[slug],
                    title=obj.name,
                    url=obj.get_absolute_url(),
                    summary=highlight(obj.description, roots),
                )
            )
    return hits


def _page_hit(page, request, roots):
    return Hit(
        type_label=str(page.type_label),
        title=page.title,
        url=page.get_url(request),
        summary=highlight(page.summary, roots),
    )


def _count_relation(models, relation, matched_ids):
    """Results per theme (or audience), in one query over the link tables."""
    parts = []
    for model in models:
        through = getattr(model, relation).through
        target = f"{relation[:-1]}_id"  # themes → theme_id, audiences → audience_id
        parts.append(
            through.objects.filter(**{f"{model._meta.model_name}_id__in": matched_ids})
            .values(target)
            .annotate(n=Count("pk"))
            .values_list(target, "n")
        )
    counts = {}
    for key, number in parts[0].union(*parts[1:], all=True):
        counts[key] = counts.get(key, 0) + number
    return counts


def ranked_pages(filters, search_query):
    """The matching pages as a queryset, best first, with TYPE_WEIGHTS applied
    to the backend's relevance score."""
    results = (
        page_queryset(filters).specific().search(search_query).annotate_score("_score")
    )
    if not hasattr(results, "get_queryset"):  # not a database backend
        return results
    weight = Case(
        *[
            When(
                content_type=ContentType.objects.get_for_model(PAGE_TYPES[slug]),
                then=Value(factor),
            )
            for slug, factor in TYPE_WEIGHTS.items()
        ],
        default=Value(1.0),
        output_field=FloatField(),
    )
    weighted = ExpressionWrapper(F("_score") * weight, output_field=FloatField())
    # SQLite's BM25 score is negative and lower is better; PostgreSQL's
    # ts_rank is positive and higher is better. Scaling works for both.
    order = weighted.asc() if connection.vendor == "sqlite" else weighted.desc()
    return results.get_queryset().order_by(order, "-pk")


def _matched_ids(filters, search_query):
    results = page_queryset(filters).search(search_query)
    return results.get_queryset().order_by().values("pk")


def _facets(filters, search_query, snippet_hits):
    facets = {}
    # Each facet counts what a click would show: the other filters apply,
    # its own does not.
    matched = _matched_ids({**filters, "type": None}, search_query)
    type_counts = dict(
        Page.objects.filter(pk__in=matched)
        .order_by()  # Wagtail orders pages by path, which would split the groups
        .values("content_type")
        .annotate(n=Count("pk"))
        .values_list("content_type", "n")
    )
    by_type = {}
    for slug, model in PAGE_TYPES.items():
        content_type = ContentType.objects.get_for_model(model)
        by_type[slug] = type_counts.get(content_type.pk, 0)
    for slug in SNIPPET_TYPES:
        label = RESULT_TYPES[slug]
        by_type[slug] = sum(1 for hit in snippet_hits if hit.type_label == label)
    facets["type"] = [
        Facet(slug, RESULT_TYPES[slug], count, filters.get("type") == slug)
        for slug, count in by_type.items()
    ]

    themes = list(Theme.objects.all())
    theme_counts = _count_relation(
        THEMED, "themes", _matched_ids({**filters, "thema": None}, search_query)
    )
    facets["thema"] = [
        Facet(t.slug, t.name, theme_counts.get(t.pk, 0), filters.get("thema") == t)
        for t in themes
    ]
    audiences = list(Audience.objects.all())
    audience_counts = _count_relation(
        AUDIENCED,
        "audiences",
        _matched_ids({**filters, "doelgroep": None}, search_query),
    )
    facets["doelgroep"] = [
        Facet(
            a.slug,
            a.name,
            audience_counts.get(a.pk, 0),
            filters.get("doelgroep") == a,
        )
        for a in audiences
    ]
    return facets


def _promotions(parsed, request):
    """Pages editors pinned for exactly this query (Wagtail search promotions)."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(parsed.text)
    ).select_related("page")
    hidden = tuple(restricted_paths())
    pinned = []
    for promotion in promotions:
        page = promotion.page
        if page is None:
            if promotion.external_link_url:
                pinned.append(Hit("", promotion.title, promotion.external_link_url, ""))
            continue
        if page.live and not page.path.startswith(hidden or ("\0",)):
            pinned.append(
                Hit(
                    "",
                    page.title,
                    page.get_url(request),
                    promotion.description or page.search_description,
                )
            )
    return pinned


def _fuzzy_hits(parsed, request, roots):
    """A spelling-tolerant second try, where the backend can (PostgreSQL with
    pg_trgm). Elsewhere, or when the extension is missing, nothing."""
    if connection.vendor != "postgresql":
        return []
    try:
        with transaction.atomic():
            results = page_queryset({}).specific().search(Fuzzy(" ".join(parsed.terms)))
            return [_page_hit(page, request, roots) for page in results[:5]]
    except DatabaseError:
        logger.warning("Fuzzy search unavailable (is pg_trgm installed?)")
        return []


def uses_database_backend():
    """True for our database backends (prefix queries, SQL facet counts)."""
    return getattr(get_search_backend(), "supports_prefix", False)


def run_search(raw_query, filters, page_number, request):
    """Search everything for ``raw_query``; ``filters`` holds the valid facets."""
    parsed = ParsedQuery.parse(raw_query)
    outcome = SearchOutcome(query=parsed, filters=filters)
    database_backend = uses_database_backend()
    search_query = parsed.search_query(with_prefix=database_backend)
    if search_query is None:
        return outcome
    roots = parsed.highlight_roots()

    paginator = Paginator(ranked_pages(filters, search_query), PER_PAGE)
    try:
        page = paginator.page(page_number or 1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    page.object_list = [_page_hit(p, request, roots) for p in page.object_list]
    outcome.results = page

    # Unfiltered by type, so the type facet counts themes and partners even
    # while a page type is chosen; the results show only the chosen type.
    all_snippet_hits = _snippet_hits({**filters, "type": None}, search_query, roots)
    wanted = RESULT_TYPES.get(filters.get("type"))
    snippet_hits = [h for h in all_snippet_hits if wanted in (None, h.type_label)]
    if page.number == 1:
        outcome.snippet_hits = snippet_hits
        outcome.promotions = _promotions(parsed, request)
    outcome.total = paginator.count + len(snippet_hits)
    # Facet counts are SQL over the matched rows: database backends only.
    if database_backend:
        outcome.facets = _facets(filters, search_query, all_snippet_hits)
    if outcome.total == 0:
        outcome.fuzzy_hits = _fuzzy_hits(parsed, request, roots)
    return outcome
