"""Issue 16, editors in the real admin: previews may be framed by the admin
(and nothing else may be framed at all), only the Dutch roles exist, the
admin asks no other host for anything, and a save's readability warning
shows once."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupApprovalTask, Page

from explainers.models import ExplainerPage

from .helpers import edit_form_data
from .test_readability_admin import HARD_SUMMARY
from .test_security import PUBLIC_URLS, csp

pytestmark = pytest.mark.django_db


@pytest.fixture
def redacteur_client(client):
    user = get_user_model().objects.create_user(
        "redacteur-16", password="wachtwoord-123"
    )
    user.groups.add(Group.objects.get(name="Redacteur"))
    client.force_login(user)
    return client


def one_page_per_type():
    """The first demo page of every page type (pages the Redacteur may edit)."""
    seen = {}
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        seen.setdefault(type(page), page)
    return list(seen.values())


# -- Preview: framed by the site itself, public pages by no one ---------------


def test_every_page_type_previews_in_the_panel_and_in_a_new_tab(
    redacteur_client,
):
    client = redacteur_client
    pages = one_page_per_type()
    assert len(pages) >= 10
    for page in pages:
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        response = client.post(url, edit_form_data(client, page))
        assert response.json() == {"is_valid": True, "is_available": True}, page
        for mode in ({"in_preview_panel": "true"}, {}):  # panel, new tab
            response = client.get(url, mode)
            assert response.status_code == 200, (page, mode)
            assert csp(response)["frame-ancestors"] == ["'self'"], (page, mode)
            assert response["X-Frame-Options"] == "SAMEORIGIN", (page, mode)
            assert re.search(r"<h1[\s>]", response.text), (page, mode)
            # Only the framing is relaxed; the rest of the policy holds.
            assert csp(response)["script-src"] == ["'self'"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_may_not_be_framed(client, url):
    response = client.get(url)
    assert csp(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_editors_see_public_pages_unframeable_too(redacteur_client):
    """Logged in, with the userbar on the page: still a public response."""
    response = redacteur_client.get("/uitleg/wat-is-een-wijkaanpak/")
    assert "wagtail-userbar" in response.text
    assert csp(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_itself_may_not_be_framed(redacteur_client):
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    response = redacteur_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"


# -- One vocabulary: the Dutch roles only ---------------------------------------


def test_only_the_dutch_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == {"Redacteur", "Eindredacteur", "Beheerder"}


def test_the_approval_task_is_for_dutch_groups():
    task = GroupApprovalTask.objects.get()
    names = set(task.groups.values_list("name", flat=True))
    assert names == {"Eindredacteur", "Beheerder"}


def test_the_migration_moves_what_pointed_at_english_groups():
    """Members, permissions and approval tasks of a leftover English group go
    to its Dutch counterpart; the English group is gone."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    from wagtail.models import Collection, GroupCollectionPermission

    migration = import_module("editorial.migrations.0006_only_dutch_groups")
    moderators = Group.objects.create(name="Moderators")
    user = get_user_model().objects.create_user("oude-moderator")
    user.groups.add(moderators)
    task = GroupApprovalTask.objects.create(name="Oud")
    task.groups.add(moderators)
    permission = Group.objects.get(name="Beheerder").permissions.first()
    moderators.permissions.add(permission)
    collection_permission = GroupCollectionPermission.objects.create(
        group=moderators,
        collection=Collection.get_first_root_node(),
        permission=permission,
    )

    migration.move_to_dutch_groups(apps, connection.schema_editor())

    eindredacteur = Group.objects.get(name="Eindredacteur")
    assert not Group.objects.filter(name="Moderators").exists()
    assert list(user.groups.all()) == [eindredacteur]
    assert list(task.groups.all()) == [eindredacteur]
    assert eindredacteur.permissions.filter(pk=permission.pk).exists()
    assert GroupCollectionPermission.objects.filter(
        group=eindredacteur,
        collection=collection_permission.collection,
        permission=permission,
    ).exists()


# -- No other hosts ----------------------------------------------------------------


def test_admin_pages_ask_no_other_host(redacteur_client, admin_client):
    """What loads by itself (images, scripts, styles, the update check) comes
    from us; links to Wagtail's guide are only followed when clicked."""
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    for client in (redacteur_client, admin_client):
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_account"),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ):
            html = client.get(url).text
            assert "gravatar" not in html.lower(), url
            assert "data-w-upgrade" not in html, url
            loaded = re.findall(r'\s(?:src|srcset)="([^"]+)"', html)
            loaded += re.findall(r'<link\b[^>]*\shref="([^"]+)"', html)
            assert not [a for a in loaded if "//" in a and "//testserver" not in a], (
                url,
                loaded,
            )


# -- The readability warning after saving, once -----------------------------------


def test_readability_warning_shows_once_per_save(redacteur_client):
    """Wagtail autosaves while the editor types (a fetch that wants JSON) and
    runs after_edit_page for it; that must not queue warnings for later."""
    client = redacteur_client
    page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = edit_form_data(client, page, summary=HARD_SUMMARY)
    autosave = client.post(url, data, headers={"accept": "application/json"})
    assert autosave.json()["success"] is True
    # The next save the editor makes (the autosave made a newer revision).
    data["loaded_revision_id"] = autosave.json()["revision_id"]
    response = client.post(url, data, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert len([m for m in messages if "Kort gezegd" in m]) == 1, messages
