"""The editor roles from the data migration: a Redacteur cannot publish, an
Eindredacteur can, a Beheerder may do everything, and the site-wide approval
workflow "Redactie" is approved by Eindredacteuren."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import Page

from explainers.models import ExplainerPage

pytestmark = pytest.mark.django_db


def user_in(role):
    user = get_user_model().objects.create_user(
        username=f"test-{role.lower()}", password="wachtwoord-123"
    )
    user.groups.add(Group.objects.get(name=role))
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")


def test_the_three_roles_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Redacteur", "Eindredacteur", "Beheerder"} <= names


def test_redacteur_edits_but_cannot_publish(explainer):
    permissions = explainer.permissions_for_user(user_in("Redacteur"))
    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_eindredacteur_can_publish(explainer):
    permissions = explainer.permissions_for_user(user_in("Eindredacteur"))
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert permissions.can_unpublish()


def test_roles_reach_the_admin_and_reference_data():
    redacteur = user_in("Redacteur")
    eindredacteur = user_in("Eindredacteur")
    assert redacteur.has_perm("wagtailadmin.access_admin")
    assert redacteur.has_perm("explainers.change_glossaryterm")
    assert redacteur.has_perm("search.add_synonymgroup")
    assert not redacteur.has_perm("explainers.delete_partner")
    assert eindredacteur.has_perm("explainers.delete_partner")
    assert not eindredacteur.has_perm("auth.add_user")


def test_beheerder_has_every_permission():
    beheerder = user_in("Beheerder")
    every = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.select_related("content_type")
    }
    assert every
    assert beheerder.get_all_permissions() >= every
    assert beheerder.has_perm("auth.add_user")


def test_site_workflow_is_approved_by_eindredacteuren(explainer):
    workflow = Page.objects.get(depth=1).get_workflow()
    assert workflow is not None
    assert workflow.name == "Redactie"
    task = workflow.tasks.get().specific
    approvers = set(task.groups.values_list("name", flat=True))
    assert approvers == {"Eindredacteur", "Beheerder"}
    assert explainer.get_workflow() == workflow


def test_redacteur_submits_and_eindredacteur_approves(explainer):
    redacteur, eindredacteur = user_in("Redacteur"), user_in("Eindredacteur")
    explainer.title = "Wat is een wijkaanpak? (herzien)"
    explainer.save_revision(user=redacteur)
    workflow_state = explainer.get_workflow().start(explainer, redacteur)
    task = workflow_state.current_task_state.task.specific

    assert task.user_can_access_editor(explainer, eindredacteur)
    actions = [name for name, *_ in task.get_actions(explainer, eindredacteur)]
    assert "approve" in actions
    assert task.get_actions(explainer, redacteur) == []

    workflow_state.current_task_state.approve(user=eindredacteur)
    explainer.refresh_from_db()
    assert explainer.title == "Wat is een wijkaanpak? (herzien)"
    assert explainer.live
