"""The "Meest gelezen" report: pages by the number of times they were read
in a period, from the cookie-free counts (editorial/page_views.py)."""

import datetime

import django_filters

from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .page_views import flush
from .spreadsheets import SafeCsvExportMixin

PERIODS = [
    ("7", _("Afgelopen 7 dagen")),
    ("30", _("Afgelopen 30 dagen")),
    ("365", _("Afgelopen jaar")),
]
DEFAULT_DAYS = 30


class PageViewFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Periode"),
        choices=PERIODS,
        empty_label=_("Afgelopen 30 dagen"),
        method="filter_period",
    )

    class Meta:
        model = Page
        fields = ["period"]

    def filter_period(self, queryset, name, value):
        return queryset  # the period is part of the sum in get_queryset


class PageViewReport(SafeCsvExportMixin, ReportView):
    page_title = _("Meest gelezen")
    header_icon = "view"
    index_url_name = "page_view_report"
    index_results_url_name = "page_view_report_results"
    filterset_class = PageViewFilterSet
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label=_("Pagina"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("url_path", label=_("Pad")),
        NumberColumn("total_views", label=_("Keer gelezen")),
    ]
    list_export = ["title", "url_path", "total_views"]
    export_headings = {
        "title": _("Pagina"),
        "url_path": _("Pad"),
        "total_views": _("Keer gelezen"),
    }

    def days(self):
        value = self.request.GET.get("period", "")
        return int(value) if value in dict(PERIODS) else DEFAULT_DAYS

    def get_queryset(self):
        flush()
        since = timezone.localdate() - datetime.timedelta(days=self.days() - 1)
        return (
            Page.objects.filter(view_days__date__gte=since)
            .annotate(total_views=Sum("view_days__views"))
            .order_by("-total_views", "title")
            .only("id", "title", "url_path")
        )
