"""A page says each thing once: a partner resource or explainer an editor shows
as a card in the body is not listed again below it, and the guide does not
repeat its summary as its intro."""

import pytest

from explainers.models import GuidePage

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    ExplainerPageFactory,
    ExplainerRelatedPageFactory,
    ExplainerResourceLinkFactory,
    ResourcePageFactory,
)
from .helpers import links, section

pytestmark = pytest.mark.django_db


def cards(block_type, pages, title=""):
    key = "resources" if block_type == "resource_cards" else "pages"
    return {"type": block_type, "value": {"title": title, key: [p.pk for p in pages]}}


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def main_of(html):
    """The page's <main> (the head repeats the summary as its description)."""
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def test_partner_section_leaves_out_resources_shown_as_cards(
    client, explainer_index, resource_index
):
    shown, professional, other = (
        ResourcePageFactory(parent=resource_index) for _ in range(3)
    )
    page = ExplainerPageFactory(parent=explainer_index)
    for resource in (shown, professional, other):
        ExplainerResourceLinkFactory(page=page, resource=resource)
    page.body = [cards("resource_cards", [shown], "Handig")]
    page.professionals = [cards("resource_cards", [professional])]
    page.save_revision().publish()
    html = html_of(client, page)
    for resource in (shown, professional, other):
        assert html.count(f'href="{resource.url}"') == 1, resource.url
    assert links(section(html, "partners-heading")) == [other.url]


def test_partner_section_is_left_out_when_the_body_shows_every_resource(
    client, explainer_index, resource_index
):
    resource = ResourcePageFactory(parent=resource_index)
    page = ExplainerPageFactory(parent=explainer_index)
    ExplainerResourceLinkFactory(page=page, resource=resource)
    page.body = [cards("resource_cards", [resource])]
    page.save_revision().publish()
    html = html_of(client, page)
    assert html.count(f'href="{resource.url}"') == 1
    assert "Meer lezen bij de partners" not in html


def test_article_partner_section_leaves_out_its_cards(
    client, article_index, resource_index
):
    shown, other = (ResourcePageFactory(parent=resource_index) for _ in range(2))
    article = ArticlePageFactory(parent=article_index)
    for resource in (shown, other):
        ArticleResourceLinkFactory(page=article, resource=resource)
    article.body = [cards("resource_cards", [shown])]
    article.save_revision().publish()
    html = html_of(client, article)
    assert html.count(f'href="{shown.url}"') == 1
    assert links(section(html, "partners-heading")) == [other.url]


def test_explainers_in_body_cards_are_not_repeated_below(client, explainer_index):
    page = ExplainerPageFactory(parent=explainer_index)
    child, other_child = (ExplainerPageFactory(parent=page) for _ in range(2))
    picked, carded = (ExplainerPageFactory(parent=explainer_index) for _ in range(2))
    for order, related in enumerate((picked, carded, child)):
        ExplainerRelatedPageFactory(page=page, related=related, sort_order=order)
    page.body = [cards("page_cards", [carded, child], "Lees verder")]
    page.save_revision().publish()
    html = html_of(client, page)
    for explainer in (child, other_child, picked, carded):
        assert html.count(f'href="{explainer.url}"') == 1, explainer.url
    assert links(section(html, "sub-heading")) == [other_child.url]
    assert links(section(html, "related-heading")) == [picked.url]


def test_the_guide_shows_an_intro_equal_to_its_summary_once(client):
    guide = GuidePage.objects.get()
    guide.intro = f"<p>{guide.summary}</p>"
    guide.save_revision().publish()
    for path in (guide.url, guide.url + "afdrukken/"):
        main = main_of(client.get(path).content.decode())
        assert main.count(guide.summary) == 1, path


def test_the_guide_shows_an_intro_that_adds_something(client):
    guide = GuidePage.objects.get()
    guide.intro = "<p>Een eigen inleiding, <b>anders</b> dan de samenvatting.</p>"
    guide.save_revision().publish()
    main = main_of(client.get(guide.url).content.decode())
    assert main.count(guide.summary) == 1
    assert "<b>anders</b> dan de samenvatting" in main
