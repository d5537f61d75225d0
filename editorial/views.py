"""The "Leesbaarheid" report (content pages by Flesch-Douma score) and the
CSV export of partner resources."""

import csv
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    StepPage,
)

from .models import DifficultWord
from .page_text import page_text
from .readability import analyse
from .resource_import import export_rows

PAGE_TYPES = (
    ExplainerPage,
    ArticlePage,
    ContentPage,
    StepPage,
    PracticePage,
    ResourcePage,
)


@dataclass
class PageReadability:
    page: Page
    title: str
    page_type: str
    score: float | None
    long_sentences: int
    difficult_words: int

    @property
    def pk(self):
        return self.page.pk

    @property
    def score_display(self):
        return "–" if self.score is None else f"{self.score:.0f}"


def readability_rows(difficult=None):
    """One row per live content page, lowest score (hardest) first; pages
    without text last."""
    if difficult is None:
        difficult = DifficultWord.as_dict()
    pages = Page.objects.live().type(*PAGE_TYPES).specific()
    rows = []
    for page in pages:
        report = analyse(page_text(page), difficult)
        rows.append(
            PageReadability(
                page=page,
                title=page.title,
                page_type=str(page._meta.verbose_name),
                score=report.score,
                long_sentences=len(report.long_sentences),
                difficult_words=len(report.difficult_words),
            )
        )
    rows.sort(key=lambda row: (row.score is None, row.score or 0, row.title))
    return rows


class ReadabilityReport(ReportView):
    """Live content pages with their Flesch-Douma score (B1 from 60), the
    number of sentences over 20 words and of difficult words.

    The scores are computed in Python over ``.specific()`` pages on every
    request and sorted in memory: fine for the demo site's few hundred pages.
    A much larger site would store the score on save (e.g. in
    ``after_edit_page``) and sort in the database.
    """

    page_title = _("Leesbaarheid")
    header_icon = "doc-full"
    index_url_name = "readability_report"
    index_results_url_name = "readability_report_results"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label=_("Pagina"),
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.pk]),
        ),
        Column("page_type", label=_("Soort")),
        NumberColumn("score_display", label=_("Leesbaarheid (Flesch-Douma)")),
        NumberColumn("long_sentences", label=_("Zinnen > 20 woorden")),
        NumberColumn("difficult_words", label=_("Moeilijke woorden")),
    ]
    list_export = [
        "title",
        "page_type",
        "score_display",
        "long_sentences",
        "difficult_words",
    ]
    export_headings = {
        "title": _("Pagina"),
        "page_type": _("Soort"),
        "score_display": _("Leesbaarheid (Flesch-Douma)"),
        "long_sentences": _("Zinnen > 20 woorden"),
        "difficult_words": _("Moeilijke woorden"),
    }

    def get_queryset(self):
        return readability_rows()


class _Echo:
    """A file-like object whose ``write`` returns the line, for streaming."""

    def write(self, value):
        return value


def can_export_resources(user):
    """Superusers, and users who may edit the resource library."""
    if user.is_superuser:
        return True
    index = ResourceIndexPage.objects.first()
    return index is not None and index.permissions_for_user(user).can_edit()


def export_resources(request):
    """All partner resources as CSV in the import format (see
    :mod:`editorial.resource_import`), streamed; four queries in all."""
    if not can_export_resources(request.user):
        raise PermissionDenied
    writer = csv.writer(_Echo())
    rows = (writer.writerow(row) for row in export_rows())
    response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="bronnen.csv"'
    return response
