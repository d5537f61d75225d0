"""Admin: the synonyms snippet and a report of what people search for."""

import django_filters

from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.spreadsheets import SafeCsvExportMixin

from .models import CorrectedSearchHit, SynonymGroup, ZeroResultHit
from .statistics import flush


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Zoeksynoniemen")
    menu_name = "synonyms"
    add_to_admin_menu = False
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)


def _total_hits(model):
    return Subquery(
        model.objects.filter(query=OuterRef("pk"))
        .values("query")
        .annotate(total=Sum("hits"))
        .values("total")
    )


class SearchTermsFilterSet(WagtailFilterSet):
    zonder_resultaat = django_filters.BooleanFilter(
        label=_("Alleen zoektermen zonder resultaat"), method="filter_without_results"
    )

    class Meta:
        model = Query
        fields = []

    def filter_without_results(self, queryset, name, value):
        return queryset.filter(without_results__gt=0) if value else queryset


class SearchTermsReport(SafeCsvExportMixin, ReportView):
    """Most-used search terms, with how often each found nothing. Only the
    normalised terms are stored: no visitor data."""

    page_title = _("Zoektermen")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-searches"
    columns = [
        Column("query_string", label=_("Zoekterm"), sort_key="query_string"),
        NumberColumn("searches", label=_("Keer gezocht"), sort_key="searches"),
        NumberColumn(
            "without_results", label=_("Zonder resultaat"), sort_key="without_results"
        ),
        NumberColumn(
            "corrected", label=_("Met spellingscorrectie"), sort_key="corrected"
        ),
    ]
    list_export = ["query_string", "searches", "without_results", "corrected"]
    export_headings = {
        "query_string": _("Zoekterm"),
        "searches": _("Keer gezocht"),
        "without_results": _("Zonder resultaat"),
        "corrected": _("Met spellingscorrectie"),
    }

    filterset_class = SearchTermsFilterSet

    def get_base_queryset(self):
        flush()  # the searches still counted in the cache
        # Subqueries, not joins: joining both hit tables would multiply sums.
        return Query.objects.annotate(
            searches=Coalesce(_total_hits(QueryDailyHits), 0),
            without_results=Coalesce(_total_hits(ZeroResultHit), 0),
            corrected=Coalesce(_total_hits(CorrectedSearchHit), 0),
        ).filter(searches__gt=0)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path(
            "reports/zoektermen/",
            SearchTermsReport.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/zoektermen/results/",
            SearchTermsReport.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_report_menu_item():
    return MenuItem(
        _("Zoektermen"),
        reverse("search_terms_report"),
        icon_name="search",
        order=800,
    )
