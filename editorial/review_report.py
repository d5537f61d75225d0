"""Review dates ("controledata"): the "Te controleren" report of content
pages whose next review is overdue or due soon, and the editor's own overdue
pages for the dashboard (editorial/dashboard.py).

Every content page type stores ``next_review`` and ``last_reviewed`` on its
own table (:class:`explainers.models.mixins.ReviewedMixin`). Instead of
loading ``.specific()`` pages, :func:`with_review_dates` annotates the base
``Page`` queryset with both dates through one LEFT JOIN per content type, so
the report filters, sorts and paginates in the database with a fixed number
of queries, however many pages there are.
"""

import datetime

import django_filters

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.reports import PageReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page

from explainers.models import CONTENT_PAGE_TYPES

from .spreadsheets import SafeCsvExportMixin

REVIEWED_PAGE_TYPES = CONTENT_PAGE_TYPES
DUE_SOON_DAYS = 60

OVERDUE = "te-laat"
DUE_SOON = "binnenkort"
ALL_DATED = "alle"
STATUS_CHOICES = [
    (OVERDUE, _("Te laat")),
    (DUE_SOON, _("Binnen 60 dagen")),
    (ALL_DATED, _("Alle met datum")),
]


def _coalesce(field):
    return Coalesce(
        *(F(f"{model._meta.model_name}__{field}") for model in REVIEWED_PAGE_TYPES)
    )


def with_review_dates(queryset=None):
    """Content pages of ``queryset`` (all pages by default) that have a next
    review date, annotated with ``next_review_date`` and ``last_review_date``."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.annotate(
        next_review_date=_coalesce("next_review"),
        last_review_date=_coalesce("last_reviewed"),
    ).filter(next_review_date__isnull=False)


def by_status(queryset, status, today=None):
    """Narrow annotated pages to a review status; the default (no status) is
    overdue or due within 60 days."""
    today = today or datetime.date.today()
    soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    if status == OVERDUE:
        return queryset.filter(next_review_date__lt=today)
    if status == DUE_SOON:
        return queryset.filter(next_review_date__gte=today, next_review_date__lte=soon)
    if status == ALL_DATED:
        return queryset
    return queryset.filter(next_review_date__lte=soon)


def overdue_pages_of(user, today=None):
    """The user's own content pages whose review is overdue, most overdue
    first; one query."""
    today = today or datetime.date.today()
    return (
        with_review_dates(Page.objects.filter(owner=user))
        .filter(next_review_date__lt=today)
        .select_related("content_type")
        .order_by("next_review_date", "title", "pk")
    )


def review_content_types(request=None):
    models = ContentType.objects.get_for_models(*REVIEWED_PAGE_TYPES)
    return ContentType.objects.filter(pk__in=[ct.pk for ct in models.values()])


def owners_for_filter(request=None):
    """Users who own a content page."""
    user_model = get_user_model()
    return (
        user_model.objects.filter(owned_pages__content_type__in=review_content_types())
        .distinct()
        .order_by(user_model.USERNAME_FIELD)
    )


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return get_user_display_name(obj)


class OwnerFilter(django_filters.ModelChoiceFilter):
    field_class = UserChoiceField


class ReviewReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Controle"),
        choices=STATUS_CHOICES,
        empty_label=_("Te laat of binnen 60 dagen"),
        method="filter_status",
    )
    owner = OwnerFilter(
        label=_("Eigenaar"),
        empty_label=_("Iedereen"),
        field_name="owner",
        queryset=owners_for_filter,
    )
    content_type = ContentTypeFilter(
        label=_("Soort pagina"),
        empty_label=_("Alle soorten"),
        queryset=review_content_types,
    )

    class Meta:
        model = Page
        fields = ["status", "owner", "content_type"]

    def filter_status(self, queryset, name, value):
        return by_status(queryset, value)


class NextReviewColumn(Column):
    """The next review date, with a "Te laat" / "Binnenkort" label: the
    status is written out, not shown by colour alone."""

    cell_template_name = "editorial/review_report_next_review_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["review_status"] = instance.review_status
        context["review_overdue"] = instance.review_overdue
        return context


def _display_date(value):
    return date_format(value, "j F Y") if value else ""


class ReviewReport(SafeCsvExportMixin, PageReportView):
    """Content pages the user may edit whose next review is overdue or due
    within 60 days, soonest first; filterable by status, owner and type."""

    results_template_name = "wagtailadmin/reports/base_report_results.html"
    page_title = _("Te controleren")
    header_icon = "calendar-alt"
    index_url_name = "review_report"
    index_results_url_name = "review_report_results"
    filterset_class = ReviewReportFilterSet
    any_permission_required = ["add", "change", "publish"]
    default_ordering = "next_review_date"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Pagina"),
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("review_page_type", label=_("Soort")),
        Column("review_owner", label=_("Eigenaar")),
        Column(
            "last_review_date",
            label=_("Laatst gecontroleerd"),
            sort_key="last_review_date",
            accessor=lambda page: _display_date(page.last_review_date),
        ),
        NextReviewColumn(
            "next_review_date",
            label=_("Volgende controle"),
            sort_key="next_review_date",
        ),
    ]
    list_export = [
        "title",
        "review_page_type",
        "review_owner",
        "last_review_date",
        "next_review_date",
        "review_status",
    ]
    export_headings = {
        "title": _("Pagina"),
        "review_page_type": _("Soort"),
        "review_owner": _("Eigenaar"),
        "last_review_date": _("Laatst gecontroleerd"),
        "next_review_date": _("Volgende controle"),
        "review_status": _("Status"),
    }

    def get_filename(self):
        return f"te-controleren-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = with_review_dates(editable).select_related(
            "owner", "content_type"
        )
        return super().get_queryset()

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "title", "pk")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self._chosen_status():
            queryset = by_status(queryset, None)
        return queryset

    def _chosen_status(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("status")
        return None

    def decorate_paginated_queryset(self, object_list):
        today = datetime.date.today()
        soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        for page in object_list:
            page.review_page_type = get_content_type_label(page.content_type)
            page.review_owner = (
                get_user_display_name(page.owner) if page.owner else _("geen eigenaar")
            )
            page.review_overdue = page.next_review_date < today
            if page.review_overdue:
                page.review_status = _("Te laat")
            elif page.next_review_date <= soon:
                page.review_status = _("Binnenkort")
            else:
                page.review_status = ""
        return object_list
