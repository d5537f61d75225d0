"""The search page and /bronnen/?q= use a fixed number of SQL queries: a
query with 43 results costs what one with 3 costs. Run with ``-s`` to see
the numbers."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..factories import PartnerFactory, ResourceTypeFactory, ThemeFactory
from .helpers import total

pytestmark = pytest.mark.django_db

CEILING = 40


@pytest.fixture
def few_and_many(explainer, resource):
    """Searching "zorgvlinder" finds an explainer and two resources,
    "knipperbloem" an explainer and 42 resources. The explainer ranks first
    (type weight). The result cards come from one query whatever their page
    types (search.service._result_hits)."""
    theme = ThemeFactory(name="Testonderwerp")
    partner = PartnerFactory()
    resource_type = ResourceTypeFactory()
    sizes = {"zorgvlinder": 2, "knipperbloem": 42}
    for word, count in sizes.items():
        explainer(word.title(), summary=f"Over de {word}.", themes=[theme])
        for n in range(count):
            resource(
                f"{word.title()} {n}",
                summary=f"Een {word}.",
                partner=partner,
                resource_type=resource_type,
                themes=[theme],
            )


def measure(client, path, query):
    client.get(path, {"q": query})  # warm the caches (site, synonyms, …)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, {"q": query})
    assert response.status_code == 200
    return len(queries), response


def test_the_search_page_query_count_does_not_grow(client, few_and_many):
    few, response = measure(client, "/zoeken/", "zorgvlinder")
    assert total(response.content.decode()) == 3
    many, response = measure(client, "/zoeken/", "knipperbloem")
    assert total(response.content.decode()) == 43
    labels = [hit.type_label for hit in response.context["outcome"].results]
    assert labels == ["Uitleg"] + ["Partnerbron"] * 9
    print(f"\n/zoeken/: {few} queries for 3 results, {many} for 43")  # noqa: T201
    assert many == few
    assert few <= CEILING


def test_the_resource_search_query_count_does_not_grow(client, few_and_many):
    few, response = measure(client, "/bronnen/", "zorgvlinder")
    assert response.context["result_count"] == 2
    many, response = measure(client, "/bronnen/", "knipperbloem")
    assert response.context["result_count"] == 42
    print(f"\n/bronnen/?q=: {few} queries for 2 results, {many} for 42")  # noqa: T201
    assert many == few
    assert few <= CEILING


def test_matching_themes_partners_and_terms_costs_no_query(client, few_and_many):
    """Themes, partners and glossary terms are matched against the lists the
    pages keep in the cache: a search whose words name a theme, a partner
    and a term costs what a search that names none costs."""
    from explainers.models import GlossaryTerm

    PartnerFactory(name="Zorgvlinder Stichting", short_name="ZVS")
    GlossaryTerm.objects.create(term="Zorgvlinderaanpak", definition="Een test.")
    none_named, response = measure(client, "/zoeken/", "knipperbloem")
    assert "also-found-heading" not in response.content.decode()
    all_named, response = measure(client, "/zoeken/", "testonderwerp zorgvlinder")
    outcome = response.context["outcome"]
    found = outcome.snippet_hits + outcome.exact_hits
    assert {hit.type_label for hit in found} == {"Thema", "Partner", "Begrip"}
    assert all_named == none_named


def test_a_renamed_theme_is_found_by_its_new_name_at_once(client, few_and_many):
    from explainers.glossary import glossary_terms
    from explainers.listings import all_themes
    from explainers.models import Theme

    all_themes(), glossary_terms()  # the names the search checks first
    client.get("/zoeken/", {"q": "regenboogwijk"})
    assert "also-found-heading" not in client.get("/zoeken/?q=regenboogwijk").text
    theme = Theme.objects.get(name="Testonderwerp")
    theme.name = "Regenboogwijk"
    theme.save()
    _count, response = measure(client, "/zoeken/", "regenboogwijk")
    assert theme.get_absolute_url() in response.content.decode()
