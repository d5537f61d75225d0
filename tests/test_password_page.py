"""A restricted section's password page, as a reader meets it: in the site's
own layout, in Dutch, and telling nothing about the page behind it."""

import pytest

from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from .helpers import section

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted():
    page = Page.objects.get(slug="intern-overleg").specific
    restriction = PageViewRestriction.objects.get(
        page=page, restriction_type=PageViewRestriction.PASSWORD
    )
    return page, restriction


def test_the_password_page_has_the_site_layout(client, restricted):
    page, _restriction = restricted
    html = client.get(page.url).content.decode()
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert "<h1>Wachtwoord nodig</h1>" in html
    assert 'autocomplete="current-password"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_password_page_tells_nothing_of_the_page(client, restricted):
    page, _restriction = restricted
    html = client.get(page.url).content.decode()
    assert page.title not in html
    if page.search_description:
        assert page.search_description not in html
    assert not section(html, "feedback-kop")
    assert "Was deze pagina nuttig?" not in html


def test_a_wrong_password_says_so_next_to_the_field(client, restricted):
    page, restriction = restricted
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
    )
    response = client.post(url, {"password": "fout", "return_url": page.url})
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert 'id="wachtwoord-fout"' in html
    assert "<h1>Wachtwoord nodig</h1>" in html


def test_the_right_password_opens_the_page(client, restricted):
    page, restriction = restricted
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
    )
    response = client.post(
        url, {"password": restriction.password, "return_url": page.url}
    )
    assert response.status_code == 302
    assert page.title in client.get(page.url).content.decode()
