"""The "Concepten zonder inhoud" report: new pages that were never published
and still have no content, typically left behind when autosave stored a page
the editor then abandoned. Editors open or delete them from the list.

One query per listing, however many pages: each page type's "is it empty"
test is a subquery on its own table, OR-ed on the base Page queryset.
"""

import functools
import operator

from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    PracticePage,
    ResourcePage,
    RoutePage,
    StepPage,
)

# The field that holds a page type's content, and its value when empty.
EMPTY_CONTENT = [
    (ExplainerPage, "body", []),
    (ArticlePage, "body", []),
    (ContentPage, "body", []),
    (RoutePage, "body", []),
    (PracticePage, "body", ""),
    (StepPage, "about", ""),
    (ResourcePage, "summary", ""),
]


def empty_drafts(queryset=None):
    """Pages (of ``queryset``) never published whose content field is empty."""
    if queryset is None:
        queryset = Page.objects.all()
    empty = functools.reduce(
        operator.or_,
        (
            Q(pk__in=model.objects.filter(**{field: value}).values("pk"))
            for model, field, value in EMPTY_CONTENT
        ),
    )
    return queryset.filter(
        empty,
        live=False,
        first_published_at__isnull=True,
        alias_of__isnull=True,
    )


def _delete_link(page):
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    return format_html('<a href="{}">{}</a>', url, _("Verwijderen"))


class EmptyDraftsReport(ReportView):
    """A plain table (not Wagtail's page listing, which asks the database
    about each page's permissions and workflow): title to edit, delete."""

    page_title = _("Concepten zonder inhoud")
    header_icon = "doc-empty"
    index_url_name = "empty_drafts_report"
    index_results_url_name = "empty_drafts_report_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Pagina"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column(
            "page_type",
            label=_("Soort"),
            accessor=lambda page: get_content_type_label(page.content_type),
        ),
        UserColumn("owner", label=_("Gemaakt door")),
        DateColumn("latest_revision_created_at", label=_("Laatst bewaard")),
        Column("delete", label=_("Opruimen"), accessor=_delete_link),
    ]

    def get_queryset(self):
        return (
            empty_drafts(Page.objects.all())
            .select_related("content_type", "owner")
            .order_by("-latest_revision_created_at", "-pk")
        )
