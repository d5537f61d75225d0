"""Metadata: unique titles and descriptions, canonical URL, OpenGraph and
Twitter tags, and schema.org JSON-LD (parsed)."""

import json
import re
from html import unescape

import pytest

from explainers.models import (
    ArticlePage,
    ExplainerPage,
    GuidePage,
    Partner,
)

pytestmark = pytest.mark.django_db


def head(html):
    return html.split("</head>", 1)[0]


def meta(html, attribute, name):
    match = re.search(
        rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', head(html)
    )
    return unescape(match.group(1)) if match else None


def json_ld(html):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    return [json.loads(block) for block in blocks]


def of_type(html, kind):
    return [block for block in json_ld(html) if block["@type"] == kind]


def title(html):
    return unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1)).strip()


def test_every_live_page_has_a_unique_title_and_description(client, live_pages):
    titles, descriptions = {}, {}
    for page in live_pages:
        html = client.get(page.url).text
        page_title = title(html)
        description = meta(html, "name", "description")
        assert "Wijkwijzer" in page_title, page.url
        assert description, page.url
        assert page_title not in titles, (page.url, titles.get(page_title))
        titles[page_title] = page.url
        descriptions.setdefault(description, []).append(page.url)
    duplicated = {d: urls for d, urls in descriptions.items() if len(urls) > 1}
    assert not duplicated


def test_description_comes_from_kort_gezegd(client):
    page = ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")
    page.search_description = ""
    html = client.get(page.url).text
    assert meta(html, "name", "description") == page.summary


def test_canonical_opengraph_and_twitter(client):
    page = ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")
    html = client.get(page.url + "?utm_source=nieuwsbrief").text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert canonical == "http://testserver" + page.url
    assert meta(html, "property", "og:url") == canonical
    assert meta(html, "property", "og:type") == "article"
    assert meta(html, "property", "og:title") == page.title
    assert meta(html, "property", "og:description") == page.summary
    assert meta(html, "property", "og:locale") == "nl_NL"
    image = meta(html, "property", "og:image")
    assert image.startswith("http://testserver/static/images/share")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "twitter:image") == image
    home = client.get("/").text
    assert meta(home, "property", "og:type") == "website"


def test_default_share_image_exists_at_the_right_size():
    from PIL import Image

    from django.contrib.staticfiles import finders

    with Image.open(finders.find("images/share.png")) as image:
        assert image.size == (1200, 630)


def test_explainers_and_articles_are_articles(client):
    for model in (ExplainerPage, ArticlePage):
        page = model.objects.live().public().first()
        (article,) = of_type(client.get(page.url).text, "Article")
        assert article["@context"] == "https://schema.org"
        assert article["headline"] == page.title
        assert article["description"] == page.get_meta_description()
        assert article["inLanguage"] == "nl"
        assert article["url"] == "http://testserver" + page.url
        assert article["datePublished"][:4].isdigit()
        assert article["publisher"]["name"] == "Wijkwijzer (demo)"
    article_page = ArticlePage.objects.live().public().first()
    (article,) = of_type(client.get(article_page.url).text, "Article")
    assert article["author"] == {"@type": "Person", "name": article_page.author}
    assert article["datePublished"] == article_page.date.isoformat()


def test_faq_blocks_become_a_faq_page(client):
    page = next(
        p
        for p in ExplainerPage.objects.live().public()
        if any(block.block_type == "faq" for block in p.body)
    )
    (faq,) = of_type(client.get(page.url).text, "FAQPage")
    questions = [
        item["question"]
        for block in page.body
        if block.block_type == "faq"
        for item in block.value["items"]
    ]
    assert [q["name"] for q in faq["mainEntity"]] == questions
    for question in faq["mainEntity"]:
        assert question["@type"] == "Question"
        answer = question["acceptedAnswer"]
        assert answer["@type"] == "Answer"
        assert answer["text"] and "<" not in answer["text"]


def test_pages_without_faq_have_no_faq_page(client):
    page = next(
        p
        for p in ExplainerPage.objects.live().public()
        if not any(block.block_type == "faq" for block in p.body)
    )
    assert not of_type(client.get(page.url).text, "FAQPage")


def test_breadcrumb_list_matches_the_visible_breadcrumbs(client):
    page = ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")
    (crumbs,) = of_type(client.get(page.url).text, "BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[0]["name"] == "Home"
    assert items[0]["item"] == "http://testserver/"
    assert items[-1]["name"] == page.title
    assert items[-1]["item"] == "http://testserver" + page.url


def test_partner_page_describes_an_organisation(client):
    partner = Partner.objects.first()
    html = client.get(f"/partners/{partner.slug}/").text
    (organisation,) = of_type(html, "Organization")
    assert organisation["name"] == partner.name
    assert organisation["url"] == partner.website
    assert of_type(html, "BreadcrumbList")


def test_guide_is_a_how_to_with_its_steps(client):
    guide = GuidePage.objects.live().get()
    (how_to,) = of_type(client.get(guide.url).text, "HowTo")
    assert how_to["name"] == guide.title
    steps = how_to["step"]
    assert [s["name"] for s in steps] == [s.title for s in guide.steps]
    assert all(s["@type"] == "HowToStep" and s["url"] for s in steps)
    assert [s["position"] for s in steps] == list(range(1, len(steps) + 1))


def test_home_is_a_website_with_search(client):
    (site,) = of_type(client.get("/").text, "WebSite")
    target = site["potentialAction"]["target"]
    assert target == "http://testserver/zoeken/?q={search_term_string}"


def test_json_ld_cannot_be_broken_out_of(client):
    page = ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")
    page.title = "Test </script><script>alert(1)</script> & meer"
    page.save_revision().publish()
    html = client.get(page.url).text
    assert "<script>alert(1)" not in html
    (article,) = of_type(html, "Article")
    assert article["headline"] == page.title
