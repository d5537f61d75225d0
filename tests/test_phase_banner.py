"""The phase banner ("Demo: …") is a site setting: off by default, switched on
by the demo loader, editable in the admin, and a change shows at once, also
through the whole-page cache."""

import re

import pytest

from django.test import override_settings
from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html

from explainers.models import SiteSettings

from .helpers import texts

pytestmark = pytest.mark.django_db


def banner(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    found = texts(response.content.decode(), "p", "phase-banner__inner")
    return [re.sub(r"<[^>]+>", "", text) for text in found]


def test_off_by_default_on_in_the_demo(client):
    assert SiteSettings._meta.get_field("show_phase_banner").default is False
    site_settings = SiteSettings.load()
    assert site_settings.show_phase_banner  # the demo loader switched it on
    (text,) = banner(client)
    assert text.startswith("Demo ")
    assert site_settings.phase_banner_text in text


@pytest.mark.parametrize("page_cache", [False, True])
def test_switching_it_shows_at_once(client, page_cache):
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        url = "/uitleg/wat-is-een-wijkaanpak/"
        assert banner(client, url)
        if page_cache:
            assert client.get(url)["X-Cache"] == "HIT"
        site_settings = SiteSettings.load()
        site_settings.show_phase_banner = False
        site_settings.save()
        assert banner(client, url) == []
        site_settings.show_phase_banner = True
        site_settings.phase_banner_text = "Een andere tekst in de demobalk."
        site_settings.save()
        assert banner(client, url) == ["Demo Een andere tekst in de demobalk."]


def test_editors_switch_it_off_in_the_settings(admin_client, client):
    url = reverse("wagtailsettings:edit", args=["explainers", "sitesettings"])
    form = admin_client.get(url, follow=True)  # to the one settings object
    assert form.status_code == 200
    url = form.redirect_chain[-1][0] if form.redirect_chain else url
    html = form.content.decode()
    assert "demobalk tonen" in html.lower()
    # The settings form is the one that holds the banner fields.
    index = [
        i
        for i, form in enumerate(html.split("<form")[1:])
        if "show_phase_banner" in form
    ][0]
    data = querydict_from_html(html, form_index=index)
    assert "show_phase_banner" in data  # ticked: the demo switched it on
    data.pop("show_phase_banner", None)  # an unticked checkbox is not sent
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.load().show_phase_banner is False
    assert banner(client) == []
