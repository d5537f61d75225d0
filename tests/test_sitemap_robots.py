"""/sitemap.xml lists every live public page with lastmod and nothing else;
/robots.txt points to it and keeps crawlers out of the admin and search."""

import xml.etree.ElementTree as ET

import pytest

from wagtail.models import Page

from explainers.models import Partner, Theme

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    return {
        url.find("s:loc", NS).text: url.find("s:lastmod", NS)
        for url in root.findall("s:url", NS)
    }


def test_every_live_public_page_is_listed_with_lastmod(client, live_pages):
    entries = sitemap_entries(client)
    for page in live_pages:
        url = page.get_full_url()
        assert url in entries, url
        assert entries[url] is not None and entries[url].text, url


def test_drafts_unpublished_and_private_pages_are_not_listed(client):
    entries = sitemap_entries(client)
    hidden = Page.objects.filter(depth__gt=1).exclude(
        pk__in=Page.objects.live().public().values("pk")
    )
    assert hidden.exists()
    for page in hidden:
        assert page.get_full_url() not in entries, page.url_path
    assert not any("/admin/" in url or "/zoeken/" in url for url in entries)


def test_theme_and_partner_pages_are_listed(client):
    entries = sitemap_entries(client)
    for theme in Theme.objects.all():
        assert f"http://localhost/themas/{theme.slug}/" in entries or any(
            url.endswith(f"/themas/{theme.slug}/") for url in entries
        )
    for partner in Partner.objects.all():
        assert any(url.endswith(f"/partners/{partner.slug}/") for url in entries)


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /zoeken/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert not response.cookies
