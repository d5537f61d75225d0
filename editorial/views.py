"""The "Leesbaarheid" report (content pages by Flesch-Douma score), the
"Linkcontrole" report (broken and redirected partner links) and the CSV export
of partner resources."""

import csv
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, Q, Value, When
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from explainers.models import (
    ArticlePage,
    ContentPage,
    ExplainerPage,
    GuidePage,
    Partner,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    RoutePage,
    StepPage,
    Theme,
)

from .models import DifficultWord, LinkCheck
from .page_text import opening_text, page_text
from .readability import B1_THRESHOLD, analyse
from .resource_import import export_rows
from .spreadsheets import SafeCsvExportMixin

PAGE_TYPES = (
    ExplainerPage,
    ArticlePage,
    ContentPage,
    StepPage,
    PracticePage,
    ResourcePage,
    GuidePage,
    RoutePage,
)
# Snippets with an opening paragraph of their own (their description), shown
# on their public page and on cards.
SNIPPET_TYPES = (Partner, Theme)
OPENING_FILTER = "onder-60"


def _score_display(score):
    return "–" if score is None else f"{score:.0f}"


@dataclass
class PageReadability:
    page: Page | Partner | Theme
    title: str
    page_type: str
    score: float | None
    long_sentences: int
    difficult_words: int
    opening_score: float | None = None
    edit_url: str = ""

    @property
    def pk(self):
        return self.page.pk

    @property
    def score_display(self):
        return _score_display(self.score)

    @property
    def opening_display(self):
        return _score_display(self.opening_score)

    @property
    def opening_below_b1(self):
        return self.opening_score is None or self.opening_score < B1_THRESHOLD


def _row(obj, title, text, opening, difficult, edit_url):
    report = analyse(text, difficult)
    return PageReadability(
        page=obj,
        title=title,
        page_type=str(obj._meta.verbose_name),
        score=report.score,
        long_sentences=len(report.long_sentences),
        difficult_words=len(report.difficult_words),
        opening_score=analyse(opening).score,
        edit_url=edit_url,
    )


def readability_rows(difficult=None):
    """One row per live content page, partner and theme, lowest score
    (hardest) first; rows without text last. Each row also scores the
    opening paragraph ("Eerste alinea"): the summary, intro or description
    a reader meets first."""
    if difficult is None:
        difficult = DifficultWord.as_dict()
    rows = [
        _row(
            page,
            page.title,
            page_text(page),
            opening_text(page),
            difficult,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
        )
        for page in Page.objects.live().type(*PAGE_TYPES).specific()
    ]
    for model in SNIPPET_TYPES:
        url_name = f"wagtailsnippets_explainers_{model._meta.model_name}:edit"
        rows.extend(
            _row(
                obj,
                obj.name,
                f"{obj.name}\n{obj.description}",
                opening_text(obj),
                difficult,
                reverse(url_name, args=[obj.pk]),
            )
            for obj in model.objects.all()
        )
    rows.sort(key=lambda row: (row.score is None, row.score or 0, row.title))
    return rows


class ReadabilityReport(SafeCsvExportMixin, ReportView):
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
    # The demo's pages, partners and themes on one page (about 130 rows).
    paginate_by = 200
    columns = [
        TitleColumn("title", label=_("Pagina"), get_url=lambda row: row.edit_url),
        Column("page_type", label=_("Soort")),
        NumberColumn("score_display", label=_("Leesbaarheid (Flesch-Douma)")),
        NumberColumn("opening_display", label=_("Eerste alinea")),
        NumberColumn("long_sentences", label=_("Zinnen > 20 woorden")),
        NumberColumn("difficult_words", label=_("Moeilijke woorden")),
    ]
    list_export = [
        "title",
        "page_type",
        "score_display",
        "opening_display",
        "long_sentences",
        "difficult_words",
    ]
    export_headings = {
        "title": _("Pagina"),
        "page_type": _("Soort"),
        "score_display": _("Leesbaarheid (Flesch-Douma)"),
        "opening_display": _("Eerste alinea"),
        "long_sentences": _("Zinnen > 20 woorden"),
        "difficult_words": _("Moeilijke woorden"),
    }

    @property
    def opening_filter_on(self):
        return self.request.GET.get("eerste-alinea") == OPENING_FILTER

    @property
    def header_buttons(self):
        url = reverse(self.index_url_name)
        if self.opening_filter_on:
            return [HeaderButton(_("Alle pagina's tonen"), url=url)]
        return [
            HeaderButton(
                _("Eerste alinea onder 60"),
                url=f"{url}?eerste-alinea={OPENING_FILTER}",
                icon_name="warning",
            )
        ]

    def get_queryset(self):
        rows = readability_rows()
        if self.opening_filter_on:
            rows = [row for row in rows if row.opening_below_b1]
            rows.sort(key=lambda row: (row.opening_score or 0, row.title))
        return rows


BROKEN = Q(error__gt="") | Q(status_code__gte=400)


def link_problems():
    """LinkChecks of broken (status >= 400 or an error) and redirected links,
    broken first, each group by title; one query with the resource."""
    return (
        LinkCheck.objects.filter(BROKEN | Q(redirected=True))
        .select_related("resource")
        .annotate(
            broken=Case(
                When(BROKEN, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("-broken", "resource__title")
    )


class LinkCheckReport(SafeCsvExportMixin, ReportView):
    """Broken and redirected external links of partner resources, from the
    latest ``manage.py check_links``."""

    page_title = _("Linkcontrole")
    header_icon = "link"
    index_url_name = "link_check_report"
    index_results_url_name = "link_check_report_results"
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label=_("Bron"),
            accessor=lambda check: check.resource.title,
            get_url=lambda check: reverse(
                "wagtailadmin_pages:edit", args=[check.resource_id]
            ),
        ),
        Column("url", label=_("Webadres"), accessor="resource.external_url"),
        Column("result", label=_("Status / fout")),
        Column("final_url", label=_("Eindadres")),
        DateColumn("last_checked", label=_("Laatst gecontroleerd")),
        DateColumn("last_ok", label=_("Laatst in orde")),
    ]
    list_export = [
        "resource.title",
        "resource.external_url",
        "result",
        "final_url",
        "last_checked",
        "last_ok",
    ]
    export_headings = {
        "resource.title": _("Bron"),
        "resource.external_url": _("Webadres"),
        "result": _("Status / fout"),
        "final_url": _("Eindadres"),
        "last_checked": _("Laatst gecontroleerd"),
        "last_ok": _("Laatst in orde"),
    }

    def get_queryset(self):
        return link_problems()


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
