"""The article page: date, author, intro, body, partner resources and themes."""

import re

import pytest

from django.utils.html import escape

from explainers.models import ArticlePage

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    ResourcePageFactory,
)
from .helpers import links, section, texts

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticlePage.objects.get(slug="bewonersplatform-wijkaanpak-lsa")


def test_article_renders_its_key_content(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    assert "explainers/article_page.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert texts(html, "p", "type-label") == ["Artikel"]
    assert texts(html, "h1") == [escape(article.title)]
    assert f'datetime="{article.date:%Y-%m-%d}">18 maart 2025</time>' in html
    assert f"door {escape(article.author)}" in html
    assert escape(article.intro) in html
    assert '<h2 id="wie-is-lsa">Wie is LSA?</h2>' in html
    assert f'<meta name="description" content="{escape(article.intro)}">' in html


def test_article_breadcrumbs(client, article):
    html = client.get(article.url).content.decode()
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.DOTALL).group(0)
    assert links(nav) == ["/", "/artikelen/"]


def test_article_lists_its_live_resources_by_partner(
    client, article_index, resource_index
):
    live = ResourcePageFactory(parent=resource_index)
    gone = ResourcePageFactory(parent=resource_index, live=False)
    page = ArticlePageFactory(parent=article_index)
    ArticleResourceLinkFactory(page=page, resource=live, note="Goed om te lezen.")
    ArticleResourceLinkFactory(page=page, resource=gone)
    block = section(client.get(page.url).content.decode(), "partners-heading")
    assert "Meer lezen bij de partners" in block
    assert live.partner.name in block
    assert "Goed om te lezen." in block
    assert links(block) == [live.url]


def test_article_without_resources_has_no_partner_block(client, article_index):
    page = ArticlePageFactory(parent=article_index)
    assert "Meer lezen bij de partners" not in client.get(page.url).content.decode()


def test_article_themes_link_to_theme_pages(client, article):
    html = client.get(article.url).content.decode()
    chips = re.search(r'<ul class="chips".*?</ul>', html, re.DOTALL).group(0)
    assert sorted(links(chips)) == sorted(
        theme.get_absolute_url() for theme in article.themes.all()
    )
    assert links(chips)
