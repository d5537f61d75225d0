"""The "Zoektermen" report against hostile terms already in the database
(from before the honest counting of issue 17): stored terms are shown
escaped, terms with markup or over 100 characters are left out, and editors
can hide any term ("Verbergen")."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import HiddenSearchTerm

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/zoektermen/"
SCRIPT = "<script>alert('zoektermen')</script>"


def stored(term, hits=3):
    """A term as an earlier flush left it in the database."""
    query = Query.get(term)
    QueryDailyHits.objects.create(query=query, date=timezone.localdate(), hits=hits)
    return query


def hide_url(query):
    return reverse("search_terms_hide", args=[query.pk])


def user_with(*, group=None, permissions=()):
    user = get_user_model().objects.create_user(
        username="zoek-redactie", password="wachtwoord-123"
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", *permissions])
    )
    return user


def test_markup_and_overlong_terms_already_stored_are_left_out(admin_client):
    stored(SCRIPT)
    stored("a" * 150)
    stored("bewoners")
    html = admin_client.get(REPORT).content.decode()
    assert "bewoners" in html
    assert "alert(" not in html
    assert "a" * 150 not in html
    export = admin_client.get(REPORT, {"export": "csv"})
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[1:] == ["bewoners,3,0,0"]


def test_stored_terms_are_shown_escaped(admin_client):
    stored("\"' onmouseover=alert(1) x=' &amp;")
    html = admin_client.get(REPORT).content.decode()
    assert "onmouseover=alert(1)" in html
    assert "\"' onmouseover" not in html
    assert "&quot;&#x27; onmouseover=alert(1) x=&#x27; &amp;amp;" in html


def test_the_hide_page_shows_a_script_term_escaped(admin_client):
    query = stored(SCRIPT)
    html = admin_client.get(hide_url(query)).content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#x27;zoektermen&#x27;)&lt;/script&gt;" in html
    response = admin_client.post(hide_url(query), follow=True)
    assert SCRIPT not in response.content.decode()


def test_an_editor_hides_a_term(admin_client):
    query = stored("koop nu goedkope pillen")
    stored("bewoners")
    html = admin_client.get(REPORT).content.decode()
    assert hide_url(query) in html
    assert "Verbergen" in html
    confirm = admin_client.get(hide_url(query))
    assert confirm.status_code == 200
    assert not HiddenSearchTerm.objects.exists()  # asking hides nothing yet

    response = admin_client.post(hide_url(query), follow=True)
    assert response.redirect_chain == [(REPORT, 302)]
    assert "‘koop nu goedkope pillen’ staat niet meer in het overzicht." in (
        response.content.decode()
    )
    assert HiddenSearchTerm.objects.filter(query=query).exists()
    html = admin_client.get(REPORT).content.decode()
    assert "koop nu goedkope pillen" not in html
    assert "bewoners" in html
    export = admin_client.get(REPORT, {"export": "csv"})
    assert b"pillen" not in b"".join(export.streaming_content)
    assert admin_client.post(hide_url(query)).status_code == 302  # twice is fine


def test_redacteuren_may_hide(client):
    query = stored("onzin")
    client.force_login(user_with(group="Redacteur"))
    assert hide_url(query) in client.get(REPORT).content.decode()
    assert client.post(hide_url(query)).status_code == 302
    assert HiddenSearchTerm.objects.filter(query=query).exists()


def test_without_the_permission_there_is_no_hiding(client):
    query = stored("onzin")
    client.force_login(user_with())
    html = client.get(REPORT).content.decode()
    assert "onzin" in html
    assert hide_url(query) not in html
    client.post(hide_url(query))
    assert not HiddenSearchTerm.objects.exists()


def test_anonymous_visitors_cannot_hide(client):
    query = stored("onzin")
    response = client.post(hide_url(query))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert not HiddenSearchTerm.objects.exists()
