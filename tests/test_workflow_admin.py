"""The approval workflow end to end through the admin's own views: a
Redacteur submits, an Eindredacteur approves or rejects with a comment, the
submitter is told the outcome by mail, and the audit log keeps the comment."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import PageLogEntry, WorkflowState

from explainers.models import ExplainerPage

from .helpers import edit_form_data

pytestmark = pytest.mark.django_db

NEW_TITLE = "Wat is een wijkaanpak? Nu korter uitgelegd"


def client_for(role, username):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="wachtwoord-123",
        first_name=username.title(),
    )
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def page():
    return ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")


@pytest.fixture
def redacteur():
    return client_for("Redacteur", "redacteur")


@pytest.fixture
def eindredacteur():
    return client_for("Eindredacteur", "eindredacteur")


def submit(client, page):
    data = edit_form_data(client, page, title=NEW_TITLE)
    data["action-submit"] = "Ter goedkeuring aanbieden"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )


def act(client, page, state, action, comment):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, state.current_task_state.pk],
    )
    return client.post(url, {"comment": comment})


def test_redacteur_submits_and_eindredacteuren_are_told(page, redacteur, eindredacteur):
    client, user = redacteur
    state = submit(client, page)
    page.refresh_from_db()
    assert page.title != NEW_TITLE  # not published by submitting
    assert page.has_unpublished_changes
    assert state.requested_by == user
    assert [m.to for m in mail.outbox] == [["eindredacteur@example.org"]]
    assert NEW_TITLE in mail.outbox[0].subject + mail.outbox[0].body


def test_publish_button_is_not_offered_to_a_redacteur(page, redacteur):
    client, _user = redacteur
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    assert b'name="action-publish"' not in html
    assert b'name="action-submit"' in html
    # Posting "publish" anyway does not publish.
    data = edit_form_data(client, page, title=NEW_TITLE)
    data["action-publish"] = "Publiceren"
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert page.title != NEW_TITLE


def test_approval_publishes_and_tells_the_submitter(page, redacteur, eindredacteur):
    state = submit(redacteur[0], page)
    mail.outbox.clear()
    client, approver = eindredacteur
    response = act(client, page, state, "approve", "Helder, dank je.")
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live and page.title == NEW_TITLE
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert [m.to for m in mail.outbox] == [["redacteur@example.org"]]
    assert NEW_TITLE in mail.outbox[0].subject
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.approve", user=approver
    ).exists()


def test_rejection_with_comment_reaches_the_submitter(page, redacteur, eindredacteur):
    submitter_client, _submitter = redacteur
    state = submit(submitter_client, page)
    mail.outbox.clear()
    client, _reviewer = eindredacteur
    comment = "Schrijf de eerste alinea in kortere zinnen."
    act(client, page, state, "reject", comment)

    page.refresh_from_db()
    assert page.title != NEW_TITLE  # still the old live version
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [m.to for m in mail.outbox] == [["redacteur@example.org"]]
    message = mail.outbox[0]
    body = message.body + "".join(alt[0] for alt in message.alternatives)
    assert comment in body
    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert entry.data["comment"] == comment

    # The submitter sees the outcome in the admin too: the edit view says
    # changes were requested, with the reviewer's comment.
    html = submitter_client.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk])
    ).content.decode()
    assert comment in html


def test_redacteur_cannot_approve_own_submission(page, redacteur):
    client, _user = redacteur
    state = submit(client, page)
    response = act(client, page, state, "approve", "")
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title != NEW_TITLE
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
