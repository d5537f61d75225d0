"""The two routes on the home page ("Ik woon in de wijk", "Ik werk in de
wijk") lead to start pages with their own content, and the audiences on
explainers and practice examples are real."""

import re

import pytest

from explainers.demo_content.taxonomy import THEMES
from explainers.listings import visible
from explainers.models import (
    Audience,
    ExplainerPage,
    HomePage,
    PracticePage,
    RoutePage,
    StepPage,
    Theme,
)

from .factories import RoutePageFactory

pytestmark = pytest.mark.django_db

RESIDENTS = "/ik-woon-in-de-wijk/"
PROFESSIONALS = "/ik-werk-in-de-wijk/"
OPGAVEN = [
    "wonen",
    "werk-en-participatie",
    "onderwijs-en-opvoeding",
    "veiligheid-en-criminaliteit",
    "gezondheid-zorg-en-hulpverlening",
    "samenleven-en-integratie",
    "leefomgeving-en-openbare-ruimte",
    "duurzaamheid",
]


def route_links(client):
    """{route title: href} of the route links on the home page."""
    html = client.get("/").content.decode()
    return {
        title: href
        for href, title in re.findall(
            r'class="route__title"><a href="([^"]+)">([^<]+)</a>', html
        )
    }


def test_home_links_to_both_start_pages(client):
    links = route_links(client)
    assert links == {
        "Ik woon in de wijk": RESIDENTS,
        "Ik werk in de wijk": PROFESSIONALS,
    }
    for href in links.values():
        assert client.get(href).status_code == 200


def test_home_link_follows_the_page_when_an_editor_renames_it(client):
    page = RoutePage.objects.get(slug="ik-woon-in-de-wijk")
    page.slug = "voor-bewoners"
    page.save_revision().publish()
    assert route_links(client)["Ik woon in de wijk"] == "/voor-bewoners/"


def test_home_link_falls_back_to_the_explainers_without_a_visible_page(client):
    RoutePage.objects.get(slug="ik-werk-in-de-wijk").unpublish()
    home = HomePage.objects.get()
    home.residents_page = None
    home.save()
    links = route_links(client)
    assert links["Ik woon in de wijk"] == "/uitleg/?doelgroep=bewoners"
    assert links["Ik werk in de wijk"] == "/uitleg/?doelgroep=professionals"


def test_both_start_pages_show_different_non_empty_sections(client):
    residents = client.get(RESIDENTS).context
    professionals = client.get(PROFESSIONALS).context
    for context in (residents, professionals):
        assert context["route_steps"]
        assert context["route_explainers"]
        assert context["route_examples"]

    assert residents["for_residents"] and not professionals["for_residents"]
    assert residents["resources_by_theme"] == []
    assert professionals["resources_by_theme"]

    def pks(context, key):
        return {page.pk for page in context[key]}

    assert pks(residents, "route_explainers") != pks(professionals, "route_explainers")
    assert pks(residents, "route_examples") != pks(professionals, "route_examples")


def test_resident_page_lists_the_residents_part_of_every_step(client):
    html = client.get(RESIDENTS).content.decode()
    steps = list(visible(StepPage.objects.all()).order_by("path"))
    assert len(steps) == 5
    for step in steps:
        assert step.resident_part, step.slug
        assert step.resident_part in html
        assert step.url in html
    # Only the residents' page speaks to residents step by step.
    professionals = client.get(PROFESSIONALS).content.decode()
    assert steps[0].resident_part not in professionals
    assert steps[0].summary in professionals


def test_step_page_shows_the_residents_part(client):
    step = StepPage.objects.live().order_by("path").first()
    assert step.resident_part in client.get(step.url).content.decode()


def test_professional_page_lists_resources_per_theme_with_a_link_to_more(client):
    response = client.get(PROFESSIONALS)
    html = response.content.decode()
    groups = response.context["resources_by_theme"]
    professionals = Audience.objects.get(slug="professionals")
    for theme, resources in groups:
        assert 1 <= len(resources) <= 3
        for resource in resources:
            assert resource.live
            assert professionals in resource.audiences.all()
            assert theme in resource.themes.all()
            assert resource.url in html
        assert f'href="/bronnen/?thema={theme.slug}"' in html
    assert "loslaten" in html.lower()


def test_start_pages_list_only_visible_pages(client):
    explainer = ExplainerPage.objects.live().get(slug="buurtrechten")
    listed = {p.pk for p in client.get(RESIDENTS).context["route_explainers"]}
    assert explainer.pk in listed
    explainer.unpublish()
    listed = {p.pk for p in client.get(RESIDENTS).context["route_explainers"]}
    assert explainer.pk not in listed
    # The draft explainer for residents is never listed.
    draft = ExplainerPage.objects.get(slug="veiligheid-in-de-wijk")
    assert not draft.live
    assert draft.pk not in listed


def test_audience_decides_the_sections(client, home):
    """An editor's own start page lists what carries its audience."""
    professionals = Audience.objects.get(slug="professionals")
    page = RoutePageFactory(parent=home, audience=professionals)
    context = client.get(page.url).context
    expected = set(
        visible(ExplainerPage.objects.filter(audiences=professionals)).values_list(
            "pk", flat=True
        )
    )
    assert {p.pk for p in context["route_explainers"]} <= expected
    examples = {p.pk for p in context["route_examples"]}
    assert examples <= set(
        PracticePage.objects.filter(audiences=professionals).values_list(
            "pk", flat=True
        )
    )


def test_audience_filters_on_explainers_return_a_real_split(client):
    everything = client.get("/uitleg/").context["result_count"]
    residents = client.get("/uitleg/?doelgroep=bewoners").context["result_count"]
    pros = client.get("/uitleg/?doelgroep=professionals").context["result_count"]
    assert 0 < residents < everything
    assert 0 < pros < everything
    only = {
        slug: visible(ExplainerPage.objects.filter(audiences__slug=slug))
        .exclude(audiences__slug=other)
        .count()
        for slug, other in (
            ("bewoners", "professionals"),
            ("professionals", "bewoners"),
        )
    }
    assert only["bewoners"] >= 2
    assert only["professionals"] >= 2


def test_every_practice_example_has_an_audience():
    # A draft's relations live in its revision only, so look at live pages.
    examples = PracticePage.objects.live()
    assert examples
    for example in examples:
        assert example.audiences.exists(), example.slug
    for slug in ("bewoners", "professionals"):
        assert examples.filter(audiences__slug=slug).exists()
        assert examples.exclude(audiences__slug=slug).exists()


def test_every_opgave_has_a_published_explainer():
    assert set(OPGAVEN) <= {row["slug"] for row in THEMES}
    for slug in OPGAVEN:
        theme = Theme.objects.get(slug=slug)
        assert visible(ExplainerPage.objects.filter(themes=theme)).exists(), slug


def test_start_pages_are_found_by_the_site_search(client):
    # With the type filter: unfiltered, "bewonersavond" is split into
    # bewoners + avond on PostgreSQL and pages with "bewoners" in the title
    # outrank the start page (ranking by rarity, idf, is still to come).
    html = client.get("/zoeken/", {"q": "bewonersavond", "type": "startpagina"})
    assert f'href="{RESIDENTS}"' in html.content.decode()
    html = client.get("/zoeken/", {"q": "loslaten", "type": "startpagina"})
    assert f'href="{PROFESSIONALS}"' in html.content.decode()
