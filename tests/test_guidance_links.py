"""Steps, practice examples and glossary terms in the rest of the site: the
resource pages' "Uitgelegd in", the theme pages, the site search, and the
draft example that must never show anywhere."""

import re

import pytest

from explainers.models import (
    GlossaryTerm,
    GuidePage,
    PracticeIndexPage,
    PracticePage,
    ResourcePage,
    StepPage,
    Theme,
)

from .factories import (
    PracticePageFactory,
    PracticeResourceLinkFactory,
    ResourcePageFactory,
    StepExampleLinkFactory,
    StepPageFactory,
    StepResourceLinkFactory,
)
from .helpers import links, section
from .search.helpers import exact_cards, result_cards

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def cards(html):
    """[(label, href)] of the cards in a fragment (a made-up example's card
    has its "Fictief voorbeeld" label between the two)."""
    return re.findall(
        r'<p class="card__label">(.*?)</p>\s*'
        r'(?:<p class="fiction-badge">[^<]*</p>\s*)?'
        r'<h3 class="card__title"><a href="([^"]*)"',
        html,
    )


# "Uitgelegd in" on resource pages ----------------------------------------------


def test_resource_lists_the_steps_and_examples_that_link_it(client):
    resource = ResourcePage.objects.get(slug="verwey-jonker-kis-wijkmonitor")
    step = StepPage.objects.get(slug="orienteren")
    example = PracticePage.objects.get(slug="buurtonderzoekers-molenbuurt")
    found = cards(section(get(client, resource.url), "explained-heading"))
    assert ("Stap", step.url) in found
    assert ("Praktijkvoorbeeld", example.url) in found


def test_new_links_from_steps_and_examples_show_and_hidden_ones_do_not(
    client, resource_index
):
    resource = ResourcePageFactory(parent=resource_index)
    step = StepPageFactory(parent=GuidePage.objects.get())
    example = PracticePageFactory(parent=PracticeIndexPage.objects.get())
    StepResourceLinkFactory(page=step, resource=resource)
    PracticeResourceLinkFactory(page=example, resource=resource)
    found = cards(section(get(client, resource.url), "explained-heading"))
    assert found == [("Stap", step.url), ("Praktijkvoorbeeld", example.url)]

    step.unpublish()
    example.unpublish()
    explained = section(get(client, resource.url), "explained-heading")
    assert cards(explained) == []
    assert "Nog geen uitleg of artikel verwijst naar deze bron." in explained


def test_every_resource_a_step_links_points_back_to_the_step(client):
    guide = GuidePage.objects.get()
    for step in StepPage.objects.child_of(guide).live():
        for link in step.resource_links.all():
            if link.resource.live:
                back = section(get(client, link.resource.url), "explained-heading")
                assert step.url in links(back), (step.slug, link.resource.slug)


# Theme pages -----------------------------------------------------------------


def test_theme_pages_list_the_visible_examples_with_that_theme(client):
    checked = 0
    for theme in Theme.objects.all():
        expected = PracticePage.objects.live().public().filter(themes=theme)
        html = get(client, theme.get_absolute_url())
        listed = links(section(html, "examples-heading"))
        assert listed == [page.url for page in expected.order_by("title")], theme
        checked += bool(listed)
    assert checked >= 5


def test_a_new_example_shows_on_its_theme_page(client):
    theme = Theme.objects.get(slug="veiligheid-en-criminaliteit")
    before = links(section(get(client, theme.get_absolute_url()), "examples-heading"))
    example = PracticePageFactory(parent=PracticeIndexPage.objects.get())
    example.themes.set([theme])
    example.save()
    listed = section(get(client, theme.get_absolute_url()), "examples-heading")
    assert example.url not in before
    assert sorted(links(listed)) == sorted([*before, example.url])


# The draft example -----------------------------------------------------------

DRAFT = "zomerspelen-voorbeeldwijk"


def test_the_draft_example_never_appears_in_public(client):
    draft = PracticePage.objects.get(slug=DRAFT)
    assert not draft.live
    assert client.get(f"/praktijk/{DRAFT}/").status_code == 404
    urls = ["/praktijk/", "/stappenplan/", "/stappenplan/afdrukken/", "/sitemap.xml"]
    urls += [f"/praktijk/?thema={theme.slug}" for theme in draft.themes.all()]
    urls += [theme.get_absolute_url() for theme in draft.themes.all()]
    urls += [step.url for step in StepPage.objects.live()]
    for url in urls:
        html = get(client, url)
        assert DRAFT not in html, url
        assert draft.title not in html, url
    for query in ("zomerspelen", "Zomerspelen op het plein", "touwtrekken"):
        html = get(client, "/zoeken/", q=query)
        assert DRAFT not in html, query
        assert draft.title not in html, query


def test_the_draft_example_linked_from_a_step_stays_hidden(client):
    draft = PracticePage.objects.get(slug=DRAFT)
    step = StepPage.objects.get(slug="uitvoeren")
    StepExampleLinkFactory(page=step, example=draft)
    for url in (step.url, "/stappenplan/afdrukken/"):
        assert DRAFT not in get(client, url), url


# Search ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "label", "url"),
    [
        ("startafspraak", "Stap", "/stappenplan/initieren/"),
        (
            "buurtonderzoekers",
            "Praktijkvoorbeeld",
            "/praktijk/buurtonderzoekers-molenbuurt/",
        ),
        ("wijkcafé", "Praktijkvoorbeeld", "/praktijk/wijkcafe-voorbeeldwijk/"),
    ],
)
def test_search_finds_steps_and_practice_examples(client, query, label, url):
    found = [
        (card["label"], card["url"])
        for card in result_cards(get(client, "/zoeken/", q=query))
    ]
    assert (label, url) in found


def test_search_finds_glossary_terms(client):
    term = GlossaryTerm.objects.get(term="ervaringsdeskundige")
    html = get(client, "/zoeken/", q="ervaringsdeskundige", type="begrip")
    cards_found = result_cards(html)
    assert [(c["label"], c["url"]) for c in cards_found] == [
        ("Begrip", term.get_absolute_url())
    ]
    assert term.definition[:40] in cards_found[0]["summary"]
    # Without the type filter the term, named exactly what was searched,
    # shows above the page results.
    html = get(client, "/zoeken/", q="ervaringsdeskundige")
    assert [(c["label"], c["url"]) for c in exact_cards(html)] == [
        ("Begrip", term.get_absolute_url())
    ]


def test_search_finds_the_guide_itself(client):
    found = result_cards(
        get(client, "/zoeken/", q="stappen wijkaanpak", type="stappenplan")
    )
    assert ("Stappenplan", "/stappenplan/") in [(c["label"], c["url"]) for c in found]
