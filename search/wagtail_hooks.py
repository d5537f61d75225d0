"""Admin: the synonyms snippet and a report of what people search for, where
editors can hide a term ("Verbergen")."""

import django_filters

from django.contrib import messages
from django.db.models import OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, Length
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial.spreadsheets import SafeCsvExportMixin

from .models import CorrectedSearchHit, HiddenSearchTerm, SynonymGroup, ZeroResultHit
from .statistics import MAX_TERM_LENGTH, flush

hide_permission = ModelPermissionPolicy(HiddenSearchTerm)


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
    # The terms are shown through Wagtail's cell template, autoescaped: a
    # stored "<script>" is text (tests/search/test_stats_report.py).
    base_columns = [
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

    @cached_property
    def columns(self):
        if not hide_permission.user_has_permission(self.request.user, "add"):
            return self.base_columns
        hide = TitleColumn(
            "hide",
            label=_("Actie"),
            accessor=lambda query: _t("Verbergen"),
            url_name="search_terms_hide",
        )
        return [*self.base_columns, hide]

    def get_base_queryset(self):
        flush()  # the searches still counted in the cache
        # Subqueries, not joins: joining both hit tables would multiply sums.
        # Hidden terms go, and so do terms that are no longer counted (markup,
        # too long: statistics.is_countable_term) but were before issue 17.
        return (
            Query.objects.annotate(
                searches=Coalesce(_total_hits(QueryDailyHits), 0),
                without_results=Coalesce(_total_hits(ZeroResultHit), 0),
                corrected=Coalesce(_total_hits(CorrectedSearchHit), 0),
                length=Length("query_string"),
            )
            .filter(searches__gt=0, hidden__isnull=True)
            .exclude(length__gt=MAX_TERM_LENGTH)
            .exclude(Q(query_string__contains="<") | Q(query_string__contains=">"))
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs


class HideSearchTermView(
    PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Asks, then hides a term from the report (POST)."""

    permission_policy = hide_permission
    permission_required = "add"
    template_name = "search/admin/hide_term.html"
    page_title = _("Zoekterm verbergen")
    header_icon = "search"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.query = get_object_or_404(Query, pk=kwargs["pk"])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("search_terms_report"), "label": _("Zoektermen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(term=self.query.query_string, **kwargs)

    def post(self, request, *args, **kwargs):
        HiddenSearchTerm.objects.get_or_create(query=self.query)
        messages.success(
            request,
            _t("‘%(term)s’ staat niet meer in het overzicht.")
            % {"term": self.query.query_string},
        )
        return redirect("search_terms_report")


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path(
            "reports/zoektermen/<int:pk>/verbergen/",
            HideSearchTermView.as_view(),
            name="search_terms_hide",
        ),
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
