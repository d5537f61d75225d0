"""Partner resource pages, the "Uitgelegd in" back-links, and the guarantee that
drafts, private and unpublished pages never leak into anything public."""

import re

import pytest

from django.utils.html import escape

from wagtail.models import PageViewRestriction

from explainers.models import (
    ArticlePage,
    ExplainerPage,
    ExplainerResourceLink,
    HomeFeaturedExplainer,
    ResourcePage,
)

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    ExplainerPageFactory,
    ExplainerRelatedPageFactory,
    ExplainerResourceLinkFactory,
    PartnerFactory,
    ResourcePageFactory,
    ThemeFactory,
)
from .helpers import links, publish, section, texts

pytestmark = pytest.mark.django_db


def explained_in(client, resource):
    response = client.get(resource.url)
    assert response.status_code == 200
    return section(response.content.decode(), "explained-heading")


# The resource page ---------------------------------------------------------


def test_resource_page_shows_its_facts_and_the_external_link(client):
    resource = ResourcePage.objects.get(slug="movisie-magazine-de-sleutel")
    response = client.get(resource.url)
    assert "explainers/resource_page.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert f"Partnerbron · {resource.resource_type.name}" in html
    assert texts(html, "h1") == [escape(resource.title)]
    assert escape(resource.summary) in html
    assert f'href="{resource.partner.get_absolute_url()}"' in html
    assert str(resource.year) in texts(html, "dd")
    assert "Bewoners, Professionals" in html
    assert f'href="{resource.external_url}" rel="external"' in html
    chips = re.search(r'<ul class="chips".*?</ul>', html, re.DOTALL).group(0)
    assert sorted(links(chips)) == sorted(
        theme.get_absolute_url() for theme in resource.themes.all()
    )


def test_resource_without_a_year_shows_no_year(client):
    resource = ResourcePage.objects.get(slug="lsa-wat-is-wijkaanpak")
    assert resource.year is None
    html = client.get(resource.url).content.decode()
    assert "<dt>Jaar</dt>" not in html
    assert "None" not in texts(html, "dd")


def test_resource_page_lists_explainers_and_articles_that_cite_it(client):
    resource = ResourcePage.objects.get(slug="lsa-wat-is-wijkaanpak")
    block = explained_in(client, resource)
    explainers = ExplainerPage.objects.live().filter(resource_links__resource=resource)
    articles = ArticlePage.objects.live().filter(resource_links__resource=resource)
    assert explainers.exists() and articles.exists()
    expected = [p.url for p in explainers.order_by("title")] + [
        p.url for p in articles.order_by("-date")
    ]
    assert links(block) == expected


def test_uncited_resource_says_so(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index)
    block = explained_in(client, resource)
    assert "Nog geen uitleg of artikel verwijst naar deze bron." in block
    assert links(block) == []


# Cross-links, read from both ends -------------------------------------------


@pytest.fixture
def resource(resource_index):
    return publish(ResourcePageFactory(parent=resource_index))


@pytest.fixture
def explainer():
    return ExplainerPage.objects.get(slug="buurtrechten")


def test_linking_a_resource_makes_uitgelegd_in_show_the_explainer(
    client, resource, explainer
):
    assert explainer.url not in explained_in(client, resource)
    explainer.resource_links.add(
        ExplainerResourceLink(resource=resource, note="Zie ook")
    )
    publish(explainer)
    assert links(explained_in(client, resource)) == [explainer.url]
    block = section(client.get(explainer.url).content.decode(), "partners-heading")
    assert resource.url in links(block)


def test_unlinking_removes_the_back_link(client, resource, explainer):
    explainer.resource_links.add(ExplainerResourceLink(resource=resource))
    publish(explainer)
    assert explainer.url in explained_in(client, resource)
    explainer.resource_links.remove(explainer.resource_links.get(resource=resource))
    publish(explainer)
    assert explainer.url not in explained_in(client, resource)


def test_unpublishing_the_explainer_removes_the_back_link(client, resource, explainer):
    explainer.resource_links.add(ExplainerResourceLink(resource=resource))
    publish(explainer)
    explainer.unpublish()
    assert links(explained_in(client, resource)) == []


def test_a_link_saved_only_in_a_draft_does_not_show(client, resource, explainer):
    explainer.resource_links.add(ExplainerResourceLink(resource=resource))
    explainer.save_revision()
    assert links(explained_in(client, resource)) == []


def test_articles_link_back_too(client, resource, article_index):
    article = ArticlePage.objects.live().first()
    article.resource_links.add(ArticleResourceLinkFactory.build(resource=resource))
    publish(article)
    assert links(explained_in(client, resource)) == [article.url]
    article.unpublish()
    assert links(explained_in(client, resource)) == []


# Nothing hidden ever leaks ----------------------------------------------------


LEAKY_TITLES = [
    "Conceptuitleg Lektest",
    "Afgeschermde uitleg Lektest",
    "Conceptartikel Lektest",
    "Wijkscan (oude versie)",  # the demo's unpublished resource
    "Veiligheid in de wijk",  # the demo's draft explainer
    "Terugblik: de zomer in Voorbeeldwijk",  # the demo's draft article
    "(nieuwe versie)",  # the unpublished changes of a live demo explainer
    "Intern: planning redactie",  # the demo's password-protected content page
]


@pytest.fixture
def hidden_pages(home, explainer_index, article_index, resource_index):
    """Hidden pages whose links, themes and picks all exist in the database,
    next to live "witness" pages that would show them if anything leaked."""
    theme = ThemeFactory(name="Lektest", slug="lektest")
    partner = PartnerFactory()
    cited = ResourcePageFactory(parent=resource_index, partner=partner, themes=[theme])
    old = ResourcePage.objects.get(slug="vng-ontwikkelagenda-lokale-democratie")
    assert not old.live

    draft = ExplainerPageFactory(
        parent=explainer_index,
        title="Conceptuitleg Lektest",
        live=False,
        themes=[theme],
    )
    private = ExplainerPageFactory(
        parent=explainer_index, title="Afgeschermde uitleg Lektest", themes=[theme]
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    draft_article = ArticlePageFactory(
        parent=article_index,
        title="Conceptartikel Lektest",
        live=False,
        date="2099-01-01",
        themes=[theme],
    )
    hidden = [draft, private]
    for page in hidden:
        ExplainerResourceLinkFactory(page=page, resource=cited)
        HomeFeaturedExplainer.objects.create(page=home, explainer=page)
    ArticleResourceLinkFactory(page=draft_article, resource=cited)

    cards = [
        {"type": "resource_cards", "value": {"title": "", "resources": [old.pk]}},
        {"type": "page_cards", "value": {"title": "", "pages": [p.pk for p in hidden]}},
    ]
    picks = ExplainerPageFactory(parent=explainer_index, themes=[theme], body=cards)
    for page in hidden:
        ExplainerRelatedPageFactory(page=picks, related=page)
    fallback = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    ExplainerResourceLinkFactory(page=fallback, resource=cited)
    ExplainerResourceLinkFactory(page=fallback, resource=old)
    return {
        "theme": theme,
        "partner": partner,
        "cited": cited,
        "picks": picks,
        "fallback": fallback,
        "private": private,
        "hidden_urls": [
            draft.url,
            private.url,
            draft_article.url,
            old.url,
            "/uitleg/veiligheid-in-de-wijk/",
            "/artikelen/terugblik-zomer-voorbeeldwijk/",
        ],
    }


def public_urls(hidden):
    urls = [
        "/",
        "/uitleg/?thema=lektest",
        "/uitleg/?doelgroep=bewoners",
        "/artikelen/?thema=lektest",
        "/bronnen/?thema=lektest",
        f"/bronnen/?partner={hidden['partner'].slug}",
        "/bronnen/?partner=platform31",
        "/bronnen/?partner=vng",
        "/themas/lektest/",
        "/themas/leefomgeving-en-openbare-ruimte/",
        "/themas/veiligheid-en-criminaliteit/",
        f"/partners/{hidden['partner'].slug}/",
        "/partners/platform31/",
        "/partners/vng/",
        "/uitleg/wat-is-een-wijkaanpak/",
        hidden["cited"].url,
        hidden["picks"].url,
        hidden["fallback"].url,
        "/zoeken/?q=Lektest",
        "/zoeken/?q=ontwikkelagenda",
        "/zoeken/?q=veiligheid",
        "/sitemap.xml",
    ]
    for index in ("/uitleg/", "/artikelen/", "/bronnen/"):
        urls += [f"{index}?pagina={n}" for n in range(1, 4)]
    return urls


def test_hidden_pages_never_appear_anywhere_public(client, hidden_pages):
    # The witnesses prove the blocks render: a leak would show up here.
    assert hidden_pages["fallback"].url in explained_in(client, hidden_pages["cited"])
    fallback_html = client.get(hidden_pages["fallback"].url).content.decode()
    assert hidden_pages["picks"].url in section(fallback_html, "related-heading")

    checked = 0
    for url in public_urls(hidden_pages):
        response = client.get(url)
        if response.status_code == 404 and "pagina=" in url:
            continue  # past the last page of a short listing
        assert response.status_code == 200, url
        html = response.content.decode()
        checked += 1
        for title in LEAKY_TITLES:
            assert escape(title) not in html, (title, url)
        for hidden_url in hidden_pages["hidden_urls"]:
            assert hidden_url not in html, (hidden_url, url)
    assert checked > 20


def test_hidden_pages_themselves_are_not_served(client, hidden_pages):
    for url in hidden_pages["hidden_urls"]:
        response = client.get(url)
        if url == hidden_pages["private"].url:
            html = response.content.decode()
            assert hidden_pages["private"].summary not in html
            assert 'type="password"' in html
        else:
            assert response.status_code == 404, url


def test_a_restriction_hides_the_whole_branch(client):
    parent = ExplainerPage.objects.get(slug="samenwerken-en-loslaten")
    child = ExplainerPage.objects.get(slug="wat-betekent-loslaten")
    theme = child.themes.first()
    urls = ["/uitleg/", theme.get_absolute_url(), "/zoeken/?q=loslaten"]
    for url in urls:  # both show before; this also warms every cache
        assert child.url in client.get(url).content.decode(), url
    restriction = PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.LOGIN
    )
    for url in urls:
        html = client.get(url).content.decode()
        assert parent.url not in html, url
        assert child.url not in html, url
    restriction.delete()
    assert child.url in client.get("/uitleg/").content.decode()
