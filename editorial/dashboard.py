"""The editors' dashboard (/admin/): five panels that say what to do next.

Every panel shows a count, at most ``LIMIT`` items with a link each and a
link to the full list. An empty panel is not left out but says "Niets te
doen": the editor sees at a glance that nothing waits there. A panel that
does not apply to the user ("Wacht op mijn goedkeuring" for a Redacteur,
feedback without the permission to view it) is left out.

Each panel costs a fixed number of queries (a count and one slice of items),
however many items there are.

Wagtail's own panels: "Wacht op mijn goedkeuring" replaces Wagtail's
"Awaiting your review" (``workflow_objects_to_moderate``), which runs
queries per item; the approve and reject actions are in the edit view our
links lead to. Wagtail's "Your pages in a workflow" and "Your most recent
edits" stay: "Mijn concepten" leaves out pages in a workflow, which the
first already lists with their task, and the second is a history of edits,
not a to-do list.
"""

import datetime
from dataclasses import dataclass

from django.db.models import CharField, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.ui.components import Component
from wagtail.models import (
    GroupApprovalTask,
    Page,
    TaskState,
    WorkflowState,
    get_default_page_content_type,
)

LIMIT = 5
WAGTAIL_APPROVAL_PANEL = "workflow_objects_to_moderate"


@dataclass
class Item:
    title: str
    url: str
    detail: str = ""
    date: datetime.date | None = None


class DashboardPanel(Component):
    """A heading with the count, up to ``LIMIT`` links and a link to all."""

    template_name = "editorial/dashboard_panel.html"

    def __init__(
        self, *, name, heading, icon, count, items, more_url, more_label, order
    ):
        self.name = name
        self.icon = icon
        self.heading = heading
        self.count = count
        self.items = items
        self.more_url = more_url
        self.more_label = more_label
        self.order = order

    def get_context_data(self, parent_context):
        return {"panel": self}


def _edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def _in_a_workflow():
    # WorkflowState.object_id is text: compare with the page id as text.
    return Exists(
        WorkflowState.objects.active().filter(
            base_content_type=get_default_page_content_type(),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )


def own_drafts(user):
    """The user's own pages with unpublished changes, not in a workflow;
    most recently changed first."""
    return (
        Page.objects.filter(owner=user, has_unpublished_changes=True)
        .exclude(_in_a_workflow())
        .order_by("-latest_revision_created_at", "pk")
    )


def drafts_panel(request):
    pages = own_drafts(request.user)
    items = [
        Item(page.draft_title, _edit_url(page.pk), _("niet gepubliceerd"))
        if not page.live
        else Item(page.draft_title, _edit_url(page.pk), _("wijzigingen niet live"))
        for page in pages.only("pk", "draft_title", "live")[:LIMIT]
    ]
    return DashboardPanel(
        name="my-drafts",
        icon="edit",
        heading=_("Mijn concepten"),
        count=pages.count(),
        items=items,
        more_url=f"{reverse('wagtailadmin_explore_root')}?owner={request.user.pk}",
        more_label=_("Al mijn pagina's"),
        order=100,
    )


def can_approve(user):
    """Superusers and members of a group of an active approval task
    (Eindredacteur, Beheerder)."""
    if user.is_superuser:
        return True
    return GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()


def awaiting_approval(user):
    """In-progress page tasks the user can approve, oldest first, with the
    page's id and title."""
    page = Page.objects.filter(
        pk=Cast(OuterRef("workflow_state__object_id"), output_field=IntegerField())
    )
    return (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=get_default_page_content_type())
        .annotate(
            page_id=Subquery(page.values("pk")[:1]),
            page_title=Subquery(page.values("draft_title")[:1]),
        )
        .order_by("started_at", "pk")
    )


def approval_panel(request):
    states = awaiting_approval(request.user)
    items = [
        Item(
            state.page_title,
            _edit_url(state.page_id),
            _("ingediend op"),
            state.started_at,
        )
        for state in states.filter(page_id__isnull=False)[:LIMIT]
    ]
    return DashboardPanel(
        name="awaiting-approval",
        icon="tasks",
        heading=_("Wacht op mijn goedkeuring"),
        count=states.count(),
        items=items,
        more_url=reverse("wagtailadmin_reports:workflow"),
        more_label=_("Alle pagina's in een werkstroom"),
        order=90,
    )


def overdue_panel(request):
    from .review_report import OVERDUE, overdue_pages_of

    pages = overdue_pages_of(request.user)
    items = [
        Item(
            page.draft_title,
            _edit_url(page.pk),
            _("Te laat, gepland op"),
            page.next_review_date,
        )
        for page in pages[:LIMIT]
    ]
    query = f"?owner={request.user.pk}&status={OVERDUE}"
    return DashboardPanel(
        name="overdue-reviews",
        icon="calendar-alt",
        heading=_("Te controleren"),
        count=pages.count(),
        items=items,
        more_url=reverse("review_report") + query,
        more_label=_("Al mijn pagina's die gecontroleerd moeten worden"),
        order=110,
    )


def broken_links_panel(request):
    from .models import LinkCheck
    from .views import BROKEN

    checks = LinkCheck.objects.filter(BROKEN)
    items = [
        Item(check.resource.draft_title, _edit_url(check.resource_id), check.result)
        for check in checks.select_related("resource").order_by(
            "broken_since", "resource__title", "pk"
        )[:LIMIT]
    ]
    return DashboardPanel(
        name="broken-links",
        icon="link",
        heading=_("Kapotte links"),
        count=checks.count(),
        items=items,
        more_url=reverse("link_check_report"),
        more_label=_("Het hele linkrapport"),
        order=120,
    )


def feedback_panel(request):
    """Unhandled comments, per page; a bare "ja"/"nee" leaves nothing to do."""
    from feedback.admin_views import feedback_per_page, permission_policy
    from feedback.models import PageFeedback

    if not permission_policy.user_has_permission(request.user, "view"):
        return None
    pages = feedback_per_page().filter(open_comments__gt=0)
    items = [
        Item(
            page.draft_title,
            reverse("feedback_page", args=[page.pk]),
            _n_open(page.open_comments),
        )
        for page in pages[:LIMIT]
    ]
    return DashboardPanel(
        name="open-feedback",
        icon="comment",
        heading=_("Feedback om te verwerken"),
        count=PageFeedback.objects.filter(handled=False).exclude(comment="").count(),
        items=items,
        more_url=reverse("feedback_report"),
        more_label=_("Alle paginafeedback"),
        order=130,
    )


def _n_open(count):
    return ngettext("%(count)d open reactie", "%(count)d open reacties", count) % {
        "count": count
    }


def dashboard_panels(request):
    """Our panels for this user, in order; approval only for approvers."""
    builders = [drafts_panel, overdue_panel, broken_links_panel, feedback_panel]
    if can_approve(request.user):
        builders.insert(0, approval_panel)
    return [panel for build in builders if (panel := build(request))]
