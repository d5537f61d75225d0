"""What the site search searches: the page types (by their slug in the
type filter), the snippet types, and the visible pages narrowed by the
facet filters."""

from django.db.models import Q

from wagtail.models import Page

from explainers.listings import visible
from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    GlossaryTerm,
    GuidePage,
    Partner,
    PracticePage,
    ResourcePage,
    RoutePage,
    StepPage,
    Theme,
)

PAGE_TYPES = {
    "uitleg": ExplainerPage,
    "artikel": ArticlePage,
    "partnerbron": ResourcePage,
    "praktijkvoorbeeld": PracticePage,
    "stap": StepPage,
    "stappenplan": GuidePage,
    "startpagina": RoutePage,
    "pagina": ContentPage,
}
SNIPPET_TYPES = {"thema": Theme, "partner": Partner, "begrip": GlossaryTerm}
THEMED = (ExplainerPage, ArticlePage, ResourcePage, PracticePage)  # with themes
AUDIENCED = (ExplainerPage, ResourcePage, PracticePage)  # pages with `audiences`


def related_q(models, relation, value):
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
        conditions.append(related_q(THEMED, "themes", filters["thema"]))
    if filters.get("doelgroep"):
        conditions.append(related_q(AUDIENCED, "audiences", filters["doelgroep"]))
    if conditions:
        # The joins can repeat a page; a subquery keeps each page once without
        # DISTINCT, which the search's rank ordering would not allow.
        ids = queryset.filter(*conditions).values("pk")
        queryset = Page.objects.filter(pk__in=ids)
    return queryset
