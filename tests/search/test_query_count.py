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
def few_and_many(explainer, article, resource):
    """"zorgvlinder": one page of each type; "knipperbloem": the same plus 40
    resources. The explainer and article repeat the word, and the extra
    resources are wordier, so both first pages hold the same page types."""
    theme = ThemeFactory(name="Testonderwerp")
    for word in ("zorgvlinder", "knipperbloem"):
        explainer(f"{word.title()} {word}", summary=f"De {word}, de {word}.")
        article(f"{word.title()} {word}", intro=f"De {word}, de {word}.")
        resource(f"{word.title()} bron", summary=f"Een {word}.", themes=[theme])
    partner = PartnerFactory()
    resource_type = ResourceTypeFactory()
    for n in range(40):
        resource(
            f"Knipperbloem {n}",
            summary="Een knipperbloem, met meer woorden over tuinen en bijen.",
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
    labels = {hit.type_label for hit in response.context["outcome"].results}
    assert labels == {"Uitleg", "Artikel", "Partnerbron"}
    print(f"\n/zoeken/: {few} queries for 3 results, {many} for 43")
    assert many == few
    assert few <= CEILING


def test_the_resource_search_query_count_does_not_grow(client, few_and_many):
    few, response = measure(client, "/bronnen/", "zorgvlinder")
    assert response.context["result_count"] == 1
    many, response = measure(client, "/bronnen/", "knipperbloem")
    assert response.context["result_count"] == 41
    print(f"\n/bronnen/?q=: {few} queries for 1 result, {many} for 41")
    assert many == few
    assert few <= CEILING
