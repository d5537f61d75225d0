"""Admin: the "moeilijke woorden" snippet, the readability warning after
saving a page, and the "Leesbaarheid" and "Linkcontrole" reports."""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .content_checks import readability_userbar_hook
from .models import DifficultWord
from .page_text import page_text
from .page_view_report import PageViewReport
from .readability import B1_THRESHOLD, analyse
from .views import (
    LinkCheckReport,
    ReadabilityReport,
    can_export_resources,
    export_resources,
)


class DifficultWordViewSet(SnippetViewSet):
    model = DifficultWord
    icon = "warning"
    menu_label = _("Moeilijke woorden")
    menu_name = "difficult_words"
    add_to_admin_menu = False
    list_display = ["word", "alternative", "note"]
    list_per_page = 100
    # Searches the model's own index (word, alternative): the SQLite backend
    # cannot restrict an autocomplete search to named fields.
    ordering = ["word"]


register_snippet(DifficultWordViewSet)


def _score(report):
    return f"{report.score:.0f}".replace(".", ",") if report.score is not None else "–"


def _problems(report):
    problems = []
    if report.long_sentences:
        problems.append(
            f"{len(report.long_sentences)} zin(nen) van meer dan 20 woorden"
        )
    if report.difficult_words:
        problems.append(
            "moeilijke woorden: "
            + ", ".join(f"{word} (B1: {alt})" for word, alt in report.difficult_words)
        )
    if report.long_words:
        problems.append("lange woorden: " + ", ".join(report.long_words))
    return problems


def _sentence(problems):
    text = "; ".join(problems)
    return text[:1].upper() + text[1:]


def readability_warnings(page, difficult=None):
    """Dutch warnings for ``page`` (a specific page), empty when it reads well."""
    if difficult is None:
        difficult = DifficultWord.as_dict()
    warnings = []
    summary = getattr(page, "summary", None)
    if isinstance(summary, str) and summary.strip():
        report = analyse(summary, difficult)
        problems = _problems(report)
        hard = not report.is_b1 or report.long_sentences or report.difficult_words
        if hard:
            text = (
                f"'Kort gezegd' is niet op B1-niveau: leesbaarheid {_score(report)}"
                f" (Flesch-Douma, B1 vanaf {B1_THRESHOLD})."
            )
            if problems:
                text += " " + _sentence(problems) + "."
            warnings.append(text)
    report = analyse(page_text(page), difficult)
    problems = _problems(report)
    if report.score is not None and (not report.is_b1 or problems):
        text = f"Leesbaarheid van de hele pagina: {_score(report)}"
        text += (
            " (B1)." if report.is_b1 else f" (onder B1, dat begint bij {B1_THRESHOLD})."
        )
        if problems:
            text += " " + _sentence(problems) + "."
        warnings.append(text)
    return warnings


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_readability(request, page):
    # Autosave (a fetch that wants JSON) runs this hook too; Wagtail adds its
    # own "saved" message only when the editor saves, and so do we, or each
    # autosave would queue a copy for the next page the editor opens.
    if not request.accepts("text/html"):
        return
    for text in readability_warnings(page.specific):
        messages.warning(request, text)


hooks.register("construct_wagtail_userbar", readability_userbar_hook)


@hooks.register("insert_editor_js")
def readability_checks_js():
    """The typed text's readability in the "Controles" panel (checks.js)."""
    return format_html(
        '<script src="{}" defer></script>', static("editorial/js/checks.js")
    )


@hooks.register("insert_global_admin_css")
def editorial_admin_css():
    """Spacing for our dashboard panels (dashboard_panel.html)."""
    return format_html(
        '<link rel="stylesheet" href="{}">', static("editorial/css/admin.css")
    )


@hooks.register("register_admin_urls")
def register_readability_report_urls():
    return [
        path(
            "reports/leesbaarheid/",
            ReadabilityReport.as_view(),
            name="readability_report",
        ),
        path(
            "reports/leesbaarheid/results/",
            ReadabilityReport.as_view(results_only=True),
            name="readability_report_results",
        ),
        path("bronnen-export/", export_resources, name="resource_export"),
        path(
            "reports/linkcontrole/",
            LinkCheckReport.as_view(),
            name="link_check_report",
        ),
        path(
            "reports/linkcontrole/results/",
            LinkCheckReport.as_view(results_only=True),
            name="link_check_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_readability_report_menu_item():
    return MenuItem(
        _("Leesbaarheid"),
        reverse("readability_report"),
        icon_name="doc-full",
        order=810,
    )


class ResourceExportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_export_resources(request.user)


@hooks.register("register_reports_menu_item")
def register_resource_export_menu_item():
    return ResourceExportMenuItem(
        _("Bronnen exporteren (CSV)"),
        reverse("resource_export"),
        icon_name="download",
        order=820,
    )


@hooks.register("register_reports_menu_item")
def register_link_check_report_menu_item():
    return MenuItem(
        _("Linkcontrole"),
        reverse("link_check_report"),
        icon_name="link",
        order=815,
    )


# Check one link now, from the resource's edit view ---------------------------


@hooks.register("register_admin_urls")
def register_link_check_now_urls():
    from .link_check_now import ConfirmLinkCheckView, check_link_now

    return [
        path("links/check/<int:page_id>/", check_link_now, name="link_check_now"),
        path(
            "links/check/<int:page_id>/bevestigen/",
            ConfirmLinkCheckView.as_view(),
            name="link_check_confirm",
        ),
    ]


# Review dates ("Te controleren") ----------------------------------------------
# Imported inside the hooks so this block stays self-contained.


@hooks.register("register_admin_urls")
def register_review_report_urls():
    from .review_report import ReviewReport

    return [
        path("reports/te-controleren/", ReviewReport.as_view(), name="review_report"),
        path(
            "reports/te-controleren/results/",
            ReviewReport.as_view(results_only=True),
            name="review_report_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.permission_policies.pages import PagePermissionPolicy

        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Te controleren"),
        reverse("review_report"),
        icon_name="calendar-alt",
        order=805,
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    """Our to-do panels (editorial/dashboard.py). "Wacht op mijn goedkeuring"
    replaces Wagtail's "Awaiting your review"; the module says why."""
    from .dashboard import WAGTAIL_APPROVAL_PANEL, dashboard_panels

    panels[:] = [panel for panel in panels if panel.name != WAGTAIL_APPROVAL_PANEL]
    panels.extend(dashboard_panels(request))


# Page views ("Meest gelezen") -------------------------------------------------


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """Label the request with the page, for the cookie-free view count."""
    request.wijkwijzer_page_id = page.pk


@hooks.register("register_admin_urls")
def register_page_view_report_urls():
    return [
        path(
            "reports/meest-gelezen/",
            PageViewReport.as_view(),
            name="page_view_report",
        ),
        path(
            "reports/meest-gelezen/results/",
            PageViewReport.as_view(results_only=True),
            name="page_view_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_page_view_report_menu_item():
    return MenuItem(
        _("Meest gelezen"),
        reverse("page_view_report"),
        icon_name="view",
        order=800,
    )
