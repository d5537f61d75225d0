"""Filters on /bronnen/, /artikelen/ and /uitleg/: they narrow correctly,
combine, paginate, show their counts, and survive hostile query strings."""

import re

import pytest

from explainers.models import (
    ArticlePage,
    Audience,
    ExplainerPage,
    ResourcePage,
    Theme,
)

from .factories import ArticlePageFactory, ExplainerPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


def listing(client, url):
    """(ids of every result across all pages, count shown, html) of a listing."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    results = response.context["results"]
    shown = re.search(r"(\d+) [\w']+ gevonden", html)
    assert shown, "the result count is not shown"
    for item in results:
        assert item.url in html
    ids = {item.pk for item in results.paginator.object_list}
    return ids, int(shown.group(1)), html


def visible_resources(**lookups):
    queryset = ResourcePage.objects.live().public()
    for lookup, values in lookups.items():
        queryset = queryset.filter(**{f"{lookup}__in": values})
    return set(queryset.values_list("pk", flat=True))


ALL_RESOURCES = "/bronnen/"


@pytest.mark.parametrize(
    ("key", "value", "lookup"),
    [
        ("thema", "wonen", "themes__slug"),
        ("thema", "veiligheid-en-criminaliteit", "themes__slug"),
        ("soort", "handreiking", "resource_type__slug"),
        ("soort", "leergang", "resource_type__slug"),
        ("partner", "lsa", "partner__slug"),
        ("partner", "platform31", "partner__slug"),
        ("doelgroep", "bewoners", "audiences__slug"),
        ("doelgroep", "professionals", "audiences__slug"),
    ],
)
def test_each_resource_filter_narrows_to_what_the_database_says(
    client, key, value, lookup
):
    everything, total, _html = listing(client, ALL_RESOURCES)
    ids, count, html = listing(client, f"{ALL_RESOURCES}?{key}={value}")
    expected = visible_resources(**{lookup: [value]})
    assert ids == expected
    assert count == len(expected)
    assert 0 < count < total
    assert ids < everything
    # The chosen filter stays ticked, so the URL and the form agree.
    assert re.search(rf'value="{value}"[^>]*checked', html)


def test_unfiltered_resource_listing_counts_every_live_public_resource(client):
    ids, count, _html = listing(client, ALL_RESOURCES)
    assert ids == visible_resources()
    assert count == len(ids) >= 40


def test_different_filters_combine_with_and(client):
    url = f"{ALL_RESOURCES}?thema=samenwerken&soort=handreiking&doelgroep=bewoners"
    ids, count, _html = listing(client, url)
    expected = (
        visible_resources(themes__slug=["samenwerken"])
        & visible_resources(resource_type__slug=["handreiking"])
        & visible_resources(audiences__slug=["bewoners"])
    )
    assert expected, "pick filters that overlap in the demo content"
    assert ids == expected
    assert count == len(expected)
    assert ids < visible_resources(themes__slug=["samenwerken"])


def test_repeated_values_of_one_filter_combine_with_or(client):
    ids, count, _html = listing(client, f"{ALL_RESOURCES}?soort=leergang&soort=dossier")
    leergang = visible_resources(resource_type__slug=["leergang"])
    dossier = visible_resources(resource_type__slug=["dossier"])
    assert ids == leergang | dossier
    assert count == len(leergang) + len(dossier)
    ids, _count, _html = listing(
        client, f"{ALL_RESOURCES}?thema=wonen&thema=duurzaamheid"
    )
    assert ids == visible_resources(themes__slug=["wonen", "duurzaamheid"])
    assert ids > visible_resources(themes__slug=["wonen"])


def test_or_within_and_across(client):
    ids, _count, _html = listing(
        client, f"{ALL_RESOURCES}?partner=lsa&partner=lpb&thema=bewonersparticipatie"
    )
    expected = visible_resources(partner__slug=["lsa", "lpb"]) & visible_resources(
        themes__slug=["bewonersparticipatie"]
    )
    assert expected
    assert ids == expected


def test_a_single_result_is_counted_in_the_singular(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index)
    html = client.get(f"{ALL_RESOURCES}?partner={resource.partner.slug}").content
    assert "1 bron gevonden" in html.decode()
    assert resource.url in html.decode()


# Articles -------------------------------------------------------------------------


@pytest.fixture
def many_articles(article_index):
    """Enough live articles for two pages (ten per page)."""
    ArticlePageFactory.create_batch(6, parent=article_index)
    return list(ArticlePage.objects.live().public().order_by("-date", "-pk"))


def test_articles_are_newest_first_and_paginated(client, many_articles):
    assert len(many_articles) > 10
    first = client.get("/artikelen/")
    second = client.get("/artikelen/?pagina=2")
    page_one = list(first.context["results"])
    page_two = list(second.context["results"])
    assert page_one + page_two == many_articles
    assert len(page_one) == 10
    html = first.content.decode()
    positions = [html.index(article.url) for article in page_one]
    assert positions == sorted(positions)
    assert f"{len(many_articles)} artikelen gevonden" in html
    assert "Pagina 1 van 2" in html
    assert 'href="?pagina=2"' in html
    assert 'href="?pagina=1"' in second.content.decode()


def test_article_theme_filter(client, many_articles):
    ids, count, html = listing(client, "/artikelen/?thema=bewonersparticipatie")
    expected = {
        article.pk
        for article in many_articles
        if article.themes.filter(slug="bewonersparticipatie").exists()
    }
    assert expected
    assert ids == expected
    assert count == len(expected)


def test_pagination_links_keep_the_filters(client, article_index):
    theme = Theme.objects.get(slug="samenwerken")
    ArticlePageFactory.create_batch(11, parent=article_index, themes=[theme])
    html = client.get("/artikelen/?thema=samenwerken").content.decode()
    assert 'href="?thema=samenwerken&amp;pagina=2"' in html
    html = client.get("/artikelen/?thema=samenwerken&pagina=2").content.decode()
    assert 'href="?thema=samenwerken&amp;pagina=1"' in html


# Explainers -----------------------------------------------------------------------


def test_explainers_for_residents(client, explainer_index):
    professionals = Audience.objects.get(slug="professionals")
    only_for_pros = ExplainerPageFactory(
        parent=explainer_index, audiences=[professionals]
    )
    ids, count, _html = listing(client, "/uitleg/?doelgroep=bewoners")
    expected = set(
        ExplainerPage.objects.live()
        .public()
        .filter(audiences__slug="bewoners")
        .values_list("pk", flat=True)
    )
    everything, _total, _html = listing(client, "/uitleg/")
    assert ids == expected
    assert count == len(expected)
    assert ids < everything
    assert only_for_pros.pk in everything - ids


def test_explainer_listing_includes_nested_explainers(client):
    ids, _count, _html = listing(client, "/uitleg/")
    assert ExplainerPage.objects.get(slug="wat-betekent-loslaten").pk in ids
    assert len(ids) >= 10


# Hostile and malformed input --------------------------------------------------------


BAD_QUERIES = [
    "thema=<script>alert(1)</script>",
    "thema=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "pagina=-1",
    "pagina=abc",
    "pagina=99999",
    "pagina=0",
    "pagina=1.5",
    "pagina=" + "9" * 5000,
    "thema=" + "a" * 5000,
    "&".join(["thema=wonen"] * 30),
    "&".join(f"soort=onbekend-{n}" for n in range(30)),
    "thema=%00",
    "pagina=%00",
    "doelgroep=bew%00oners",
    "thema=%ZZ",
    "thema=%E9%",
    "thema=%C0%AF",
    "thema=",
    "onbekend=1",
]


@pytest.mark.parametrize("path", ["/bronnen/", "/artikelen/", "/uitleg/"])
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_input_gives_a_page_or_a_404_never_a_500(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code in (200, 404), response.status_code
    html = response.content.decode()
    assert "<script>alert" not in html
    if response.status_code == 404:
        assert "Deze pagina bestaat niet" in html


@pytest.mark.parametrize("path", ["/bronnen/", "/artikelen/", "/uitleg/"])
def test_unknown_filter_values_give_an_empty_result(client, path):
    response = client.get(f"{path}?thema=bestaat-niet")
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    assert "0 " in re.search(r"(\d+) [\w']+ gevonden", response.content.decode())[0]


@pytest.mark.parametrize("path", ["/bronnen/", "/artikelen/", "/uitleg/"])
@pytest.mark.parametrize("number", ["-1", "0", "abc", "99999"])
def test_impossible_page_numbers_are_404(client, path, number):
    assert client.get(f"{path}?pagina={number}").status_code == 404


def test_a_valid_filter_next_to_junk_is_not_silently_applied(client):
    """An invalid value makes the whole form invalid: no partial filtering."""
    response = client.get("/bronnen/?thema=wonen&soort=bestaat-niet")
    assert response.status_code == 200
    assert response.context["result_count"] == 0
