"""The site does not pose as the real WijkWijzer, as its partners or as a
ministry: the footer, the About page, /partners/, the contact address and
the metadata all say it is an independent demo that links to their work."""

import json
import re
from html import unescape

import pytest

from django.utils.html import strip_tags

from explainers.models import ContentPage, SiteSettings

pytestmark = pytest.mark.django_db

REAL_WIJKWIJZER = "https://www.wijkwijzer.org/"
# Phrases that would claim the partners (or the state) make this site.
POSING = re.compile(
    r"samenwerking van|maken samen wijkwijzer|wijkwijzer is een initiatief|"
    r"namens de overheid|website van de rijksoverheid",
    re.I,
)


def text_of(html):
    return " ".join(unescape(strip_tags(html)).split())


def footer(client):
    html = client.get("/").content.decode()
    return re.search(r'<footer class="site-footer">(.*?)</footer>', html, re.S).group(1)


def test_footer_calls_the_partners_sources_not_makers(client):
    html = footer(client)
    text = text_of(html)
    assert not POSING.search(text), text
    heading = re.search(r'id="footer-partners"[^>]*>(.*?)</h2>', html, re.S).group(1)
    assert "Bronnen" in heading
    assert "maken deze demosite niet" in text
    assert "geen site van de overheid" in text
    assert "niet de echte WijkWijzer" in text  # the footer text (site settings)


def test_contact_address_is_not_a_real_mailbox(client):
    settings = SiteSettings.load()
    assert settings.contact_email.endswith(".example")
    assert f"mailto:{settings.contact_email}" in footer(client)


def test_about_page_says_it_is_a_demo_and_links_the_real_wijkwijzer(client):
    about = ContentPage.objects.get(slug="over-wijkwijzer")
    html = client.get(about.url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    text = text_of(main)
    assert "demo" in about.summary
    assert "niet de echte WijkWijzer" in about.summary
    assert f'href="{REAL_WIJKWIJZER}"' in main
    assert "geen website van de overheid" in text
    assert "Zij maken deze site niet" in text
    assert not POSING.search(text)


def test_partner_list_says_they_do_not_make_the_site(client):
    html = client.get("/partners/").content.decode()
    intro = text_of(re.search(r'<p class="intro">(.*?)</p>', html, re.S).group(1))
    assert "maken deze demosite niet" in intro
    assert "niet de echte WijkWijzer" in intro
    assert not POSING.search(intro)


def test_metadata_publisher_is_the_demo(client):
    html = client.get("/").content.decode()
    assert '<meta property="og:site_name" content="Wijkwijzer (demo)">' in html
    blocks = [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
    ]
    (site,) = [block for block in blocks if block["@type"] == "WebSite"]
    publisher = site["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == "Wijkwijzer (demo)"
    assert "niet de echte wijkwijzer" in publisher["description"].lower()
    assert "sameAs" not in publisher  # not linked to any real organisation
    assert "wijkwijzer.org" not in publisher["url"]
