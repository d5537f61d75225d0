"""Checking one partner resource's link from its edit view: the panel with
the last result, the confirmation page and the POST-only check. The network
is never touched: ``check_url`` is replaced by a stub."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from editorial import link_check_now
from editorial.link_health import LinkResult
from editorial.models import LinkCheck
from editorial.roles import REDACTEUR

from .factories import ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def resource(resource_index):
    return ResourcePageFactory(parent=resource_index)


@pytest.fixture
def redacteur_client(client):
    user = get_user_model().objects.create_user("redacteur", password="x-123-y")
    user.groups.add(Group.objects.get(name=REDACTEUR))
    client.force_login(user)
    return client


@pytest.fixture
def answer(monkeypatch):
    """Makes ``check_url`` answer with the given LinkResult; records calls."""
    calls = []

    def stub(result):
        def check_url(url, timeout=10):
            calls.append((url, timeout))
            return result

        monkeypatch.setattr(link_check_now.link_health, "check_url", check_url)
        return calls

    return stub


def check_url(page):
    return reverse("link_check_now", args=[page.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def messages_of(response):
    # Wagtail renders a message with its (here absent) buttons: strip the rest.
    return [str(message).strip() for message in response.context["messages"]]


def test_the_check_stores_the_result_and_says_so(redacteur_client, resource, answer):
    calls = answer(LinkResult(status=404, final_url=resource.external_url))
    response = redacteur_client.post(check_url(resource), follow=True)

    assert response.redirect_chain == [(edit_url(resource), 302)]
    assert calls == [(resource.external_url, link_check_now.TIMEOUT)]
    check = LinkCheck.objects.get(resource=resource)
    assert check.status_code == 404 and check.broken_since is not None
    assert messages_of(response) == [
        f"De link {resource.external_url} werkt niet: 404."
    ]
    # The edit view shows the new result at once.
    html = response.content.decode()
    assert "Kapot sinds" in html and "Kapot</strong>: 404" in html


def test_a_working_and_a_redirected_link(redacteur_client, resource, answer):
    answer(LinkResult(status=200, final_url=resource.external_url))
    response = redacteur_client.post(check_url(resource), follow=True)
    assert messages_of(response) == [f"De link {resource.external_url} werkt (200)."]
    assert LinkCheck.objects.get(resource=resource).last_ok is not None

    answer(LinkResult(status=200, final_url="https://elders.example/nieuw"))
    response = redacteur_client.post(check_url(resource), follow=True)
    [message] = messages_of(response)
    assert "stuurt door naar https://elders.example/nieuw" in message
    assert LinkCheck.objects.get(resource=resource).redirected


def test_get_is_not_allowed(redacteur_client, resource, answer):
    calls = answer(LinkResult(status=200, final_url=resource.external_url))
    assert redacteur_client.get(check_url(resource)).status_code == 405
    assert not calls and not LinkCheck.objects.exists()


def test_the_check_needs_a_csrf_token(resource, answer, admin_user):
    from django.test import Client

    calls = answer(LinkResult(status=200, final_url=resource.external_url))
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(check_url(resource)).status_code == 403
    assert not calls


def test_only_resources_can_be_checked(redacteur_client, explainer_index, answer):
    answer(LinkResult(status=200, final_url="https://x.example/"))
    url = reverse("link_check_now", args=[explainer_index.pk])
    assert redacteur_client.post(url).status_code == 404
    confirm = reverse("link_check_confirm", args=[explainer_index.pk])
    assert redacteur_client.get(confirm).status_code == 404


def test_a_user_who_may_not_edit_the_page_is_turned_away(client, resource, answer):
    calls = answer(LinkResult(status=200, final_url=resource.external_url))
    user = get_user_model().objects.create_user("lezer", password="x-123-y")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's admin turns PermissionDenied into a redirect to the
    # dashboard with its "no permission" message, as its own edit view does.
    for response in (
        client.post(check_url(resource)),
        client.get(reverse("link_check_confirm", args=[resource.pk])),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not calls and not LinkCheck.objects.exists()


def test_the_edit_view_shows_the_last_result_and_the_way_to_check(
    redacteur_client, resource
):
    html = redacteur_client.get(edit_url(resource)).content.decode()
    assert "Deze link is nog niet gecontroleerd." in html
    confirm = reverse("link_check_confirm", args=[resource.pk])
    assert f'href="{confirm}"' in html
    assert "Link nu controleren" in html

    now = timezone.now()
    LinkCheck.objects.create(
        resource=resource,
        error="time-out",
        last_checked=now,
        broken_since=now - datetime.timedelta(days=3),
        last_ok=now - datetime.timedelta(days=4),
    )
    html = redacteur_client.get(edit_url(resource)).content.decode()
    assert "Kapot</strong>: time-out" in html
    assert "Kapot sinds" in html and "Laatst in orde" in html
    # No form inside the edit form: the check is on its own page.
    assert f'"{check_url(resource)}"' not in html


def test_the_confirmation_page_posts_to_the_check(redacteur_client, resource):
    confirm = reverse("link_check_confirm", args=[resource.pk])
    html = redacteur_client.get(confirm).content.decode()
    assert f'action="{check_url(resource)}"' in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert resource.external_url in html
    assert f'href="{edit_url(resource)}"' in html
    # The header: Home › the resource (a link back) › "Link nu controleren".
    assert html.count(f'href="{edit_url(resource)}"') == 2
    assert re.search(r"<h1[^>]*>(?:(?!</h1>).)*Link nu controleren", html, re.S)


def test_a_new_resource_has_no_link_check_panel(redacteur_client, resource_index):
    url = reverse(
        "wagtailadmin_pages:add",
        args=["explainers", "resourcepage", resource_index.pk],
    )
    html = redacteur_client.get(url).content.decode()
    assert "Link nu controleren" not in html
