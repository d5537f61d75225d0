"""Which reader-facing pages set a cookie, as the README promises: none,
except the password form of a restricted page (demo: /intern-overleg/).
Wagtail's form carries a CSRF token, so showing it sets ``csrftoken``; a
correct password is kept in the session (``sessionid``). Neither response is
ever served from a shared cache."""

import pytest

from django.conf import settings
from django.test import Client

from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted():
    restriction = PageViewRestriction.objects.get(
        restriction_type=PageViewRestriction.PASSWORD
    )
    return restriction.page


def test_the_password_form_sets_only_the_csrf_cookie(restricted):
    client = Client()
    response = client.get(restricted.url)
    assert response.status_code == 200
    assert 'type="password"' in response.content.decode()
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    assert (
        "private" in response["Cache-Control"]
        or "no-store" in (response["Cache-Control"])
    )


def test_the_right_password_starts_a_session(restricted):
    client = Client()
    form = client.get(restricted.url)
    action = form.context["action_url"]
    response = client.post(
        action, {"password": "demo-wachtwoord", "return_url": restricted.url}
    )
    assert response.status_code == 302
    assert settings.SESSION_COOKIE_NAME in response.cookies
    assert client.get(restricted.url).status_code == 200


def test_other_reader_pages_set_no_cookie(live_pages, restricted):
    client = Client()
    for page in live_pages[:40]:
        if page.pk == restricted.pk:
            continue
        response = client.get(page.url)
        assert response.cookies == {}, page.url
    for path in ("/zoeken/?q=wijk", "/api/v2/pages/", "/sitemap.xml"):
        assert client.get(path).cookies == {}, path
