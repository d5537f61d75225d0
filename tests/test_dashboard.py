"""The editors' dashboard (/admin/): "Mijn concepten", "Wacht op mijn
goedkeuring", "Te controleren", "Kapotte links" and "Feedback om te
verwerken", each for the right user and at a fixed number of queries."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from editorial.models import LinkCheck
from editorial.roles import EINDREDACTEUR, REDACTEUR
from feedback.models import PageFeedback

from .factories import ExplainerPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

PAST = datetime.date.today() - datetime.timedelta(days=10)
PANELS = [
    "awaiting-approval",
    "my-drafts",
    "overdue-reviews",
    "broken-links",
    "open-feedback",
]


def make_user(username, role=REDACTEUR):
    user = get_user_model().objects.create_user(
        username=username, password="wachtwoord-123"
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response


def panel(response, name):
    """The HTML of one of our panels, "" when it is not on the dashboard."""
    html = response.content.decode()
    found = re.search(rf'<section[^>]* id="{name}-section".*?</section>', html, re.S)
    return found.group(0) if found else ""


def draft(parent, owner):
    page = ExplainerPageFactory(parent=parent, owner=owner)
    page.title += " (concept)"
    page.save_revision(user=owner)
    return page


def in_workflow(parent, owner):
    page = draft(parent, owner)
    page.get_workflow().start(page, owner)
    return page


def overdue(parent, owner):
    page = ExplainerPageFactory(parent=parent, owner=owner)
    type(page).objects.filter(pk=page.pk).update(next_review=PAST)
    return page


def broken_link(parent):
    page = ResourcePageFactory(parent=parent)
    LinkCheck.objects.create(
        resource=page, status_code=404, last_checked=timezone.now()
    )
    return page


def open_feedback(page):
    return PageFeedback.objects.create(page=page, helpful=False, comment="Te lang.")


@pytest.fixture
def redacteur():
    return make_user("redacteur")


@pytest.fixture
def eindredacteur():
    return make_user("eindredacteur", EINDREDACTEUR)


def test_mijn_concepten_shows_own_drafts_not_others_nor_in_a_workflow(
    client, explainer_index, redacteur
):
    own = draft(explainer_index, redacteur)
    theirs = draft(explainer_index, make_user("collega"))
    submitted = in_workflow(explainer_index, redacteur)
    published = ExplainerPageFactory(parent=explainer_index, owner=redacteur)

    html = panel(dashboard(client, redacteur), "my-drafts")
    assert "Mijn concepten (1)" in html
    assert edit_url(own) in html
    for page in (theirs, submitted, published):
        assert edit_url(page) not in html
    all_mine = reverse("wagtailadmin_explore_root") + f"?owner={redacteur.pk}"
    assert all_mine in html
    assert edit_url(own) in client.get(all_mine).content.decode()


def test_empty_panels_say_there_is_nothing_to_do(client, redacteur):
    response = dashboard(client, redacteur)
    for name in ["my-drafts", "overdue-reviews"]:
        html = panel(response, name)
        assert "(0)" in html
        assert "Niets te doen." in html
        assert "<ul" not in html


def test_only_approvers_see_what_waits_for_their_approval(
    client, explainer_index, redacteur, eindredacteur
):
    page = in_workflow(explainer_index, redacteur)

    response = dashboard(client, redacteur)
    assert panel(response, "awaiting-approval") == ""
    assert "Wacht op mijn goedkeuring" not in response.content.decode()

    response = dashboard(client, eindredacteur)
    html = panel(response, "awaiting-approval")
    assert "Wacht op mijn goedkeuring (1)" in html
    assert edit_url(page) in html
    assert page.title in html
    assert reverse("wagtailadmin_reports:workflow") in html


def test_our_approval_panel_replaces_wagtails(client, eindredacteur):
    names = [p.name for p in dashboard(client, eindredacteur).context["panels"]]
    assert "workflow_objects_to_moderate" not in names
    # Wagtail's "your pages in a workflow" and "recent edits" stay.
    assert "user_objects_in_workflow_moderation" in names
    assert "recent_edits" in names
    assert [name for name in names if name in PANELS] == PANELS


def test_superusers_are_approvers(admin_client, admin_user):
    assert panel(dashboard(admin_client, admin_user), "awaiting-approval")


def test_te_controleren_shows_own_overdue_pages(client, explainer_index, redacteur):
    own = overdue(explainer_index, redacteur)
    theirs = overdue(explainer_index, make_user("collega"))

    html = panel(dashboard(client, redacteur), "overdue-reviews")
    assert "Te controleren (1)" in html
    assert edit_url(own) in html
    assert f'datetime="{PAST:%Y-%m-%d}"' in html
    assert edit_url(theirs) not in html
    assert f"owner={redacteur.pk}&amp;status=te-laat" in html


def test_kapotte_links_lists_broken_links_only(client, resource_index, redacteur):
    broken = broken_link(resource_index)
    fine = ResourcePageFactory(parent=resource_index)
    LinkCheck.objects.create(
        resource=fine, status_code=200, last_checked=timezone.now()
    )

    html = panel(dashboard(client, redacteur), "broken-links")
    count = LinkCheck.objects.filter(status_code__gte=400).count()
    assert f"Kapotte links ({count})" in html
    assert edit_url(broken) in html
    assert edit_url(fine) not in html
    assert reverse("link_check_report") in html


def test_feedback_panel_counts_open_comments(client, explainer_index, redacteur):
    page = ExplainerPageFactory(parent=explainer_index)
    open_feedback(page)
    open_feedback(page)
    handled = open_feedback(page)
    handled.mark_handled(redacteur)
    PageFeedback.objects.create(page=page, helpful=True)  # no comment

    html = panel(dashboard(client, redacteur), "open-feedback")
    expected = PageFeedback.objects.filter(handled=False).exclude(comment="").count()
    assert f"Feedback om te verwerken ({expected})" in html
    assert reverse("feedback_page", args=[page.pk]) in html
    assert "2 open reacties" in html
    assert reverse("feedback_report") in html


def test_feedback_panel_needs_the_permission_to_view_feedback(client):
    user = make_user("lezer", role=None)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = dashboard(client, user)
    assert panel(response, "open-feedback") == ""
    assert panel(response, "my-drafts")


def make_items(n, viewer, submitter, explainer_index, resource_index):
    for _i in range(n):
        draft(explainer_index, viewer)
        in_workflow(explainer_index, submitter)
        overdue(explainer_index, viewer)
        open_feedback(ExplainerPageFactory(parent=explainer_index))
        broken_link(resource_index)


def count_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries)


def test_dashboard_query_count_does_not_grow_with_the_items(
    client, explainer_index, resource_index, redacteur, eindredacteur
):
    make_items(2, eindredacteur, redacteur, explainer_index, resource_index)
    dashboard(client, eindredacteur)  # warm caches (content types, …)
    few = count_queries(client)
    make_items(10, eindredacteur, redacteur, explainer_index, resource_index)
    many = count_queries(client)
    assert few == many
    response = client.get(reverse("wagtailadmin_home"))
    for name in PANELS:
        html = panel(response, name)
        assert "van " in html, name  # "de eerste 5 van …"
        assert len(re.findall(r"<li>", html)) == 5, name
