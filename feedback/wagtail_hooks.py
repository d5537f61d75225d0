"""Admin: the "Paginafeedback" report under Rapporten and its views."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import (
    FaqFromFeedbackView,
    FeedbackReport,
    PageFeedbackView,
    mark_handled,
    permission_policy,
)


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path(
            "reports/paginafeedback/",
            FeedbackReport.as_view(),
            name="feedback_report",
        ),
        path(
            "reports/paginafeedback/results/",
            FeedbackReport.as_view(results_only=True),
            name="feedback_report_results",
        ),
        path(
            "reports/paginafeedback/pagina/<int:page_id>/",
            PageFeedbackView.as_view(),
            name="feedback_page",
        ),
        path(
            "reports/paginafeedback/reactie/<int:pk>/afgehandeld/",
            mark_handled,
            name="feedback_mark_handled",
        ),
        path(
            "reports/paginafeedback/reactie/<int:pk>/veelgestelde-vraag/",
            FaqFromFeedbackView.as_view(),
            name="feedback_faq",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Paginafeedback"),
        reverse("feedback_report"),
        icon_name="comment",
        order=830,
    )
