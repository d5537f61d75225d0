"""The "Leesbaarheid" report: content pages by Flesch-Douma score."""

from dataclasses import dataclass

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
    ResourcePage,
    StepPage,
)

from .models import DifficultWord
from .page_text import page_text
from .readability import analyse

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
