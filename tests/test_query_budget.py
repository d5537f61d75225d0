"""Every public page type renders *uncached* in a small, fixed number of SQL
queries, whatever the content volume.

Each URL is requested once (renditions are made on the first render and then
stay in the database), then the cache is emptied and the page is measured:
with an empty cache nothing comes from cached data (restrictions, glossary,
site root paths), so the numbers are what a cold worker pays. Then a lot of
content is added (30 more resources linked to the explainer, 30 more themes,
partners, articles, …) and every page must cost exactly the same.

The target is at most 12 queries. Pages that still need more carry their real
number in ``OVER_BUDGET`` with the reason; lower it when a page gets cheaper.
"""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    ContentPage,
    ExplainerPage,
    PracticeIndexPage,
    ResourceIndexPage,
    StepPage,
    Theme,
)

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    ExplainerResourceLinkFactory,
    PartnerFactory,
    PracticePageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 12
MANY = 30

# Every page pays 5 queries before its own content: the sites with the home
# page and root paths (explainers.sites.SiteMiddleware), one query for the
# whole path plus the root's children for menu and footer (HomePage.route),
# view restrictions, settings, partners (footer); a page below the home page
# adds its specific row. These pages need more than 12 on top of that:
OVER_BUDGET = {
    # Filtered resources: the form checks the given slugs (themes, types)
    # besides listing every choice, plus count and page of results.
    "/bronnen/?thema=wonen&soort=handreiking": 14,
    # Explainer: resources, related picks or shared themes, practice
    # examples, sub-explainers, themes, glossary, the body's image with its
    # renditions and the body's page and resource cards.
    "/uitleg/wat-is-een-wijkaanpak/": 17,
    # Resource: "Uitgelegd in" reads four page types, plus themes/audiences.
    "/bronnen/lsa-wat-is-wijkaanpak/": 13,
    # Search: synonyms, the match (once), theme/audience links, result cards,
    # themes/partners/glossary (one search each), promotions, facet labels,
    # the statistics update.
    "/zoeken/?q=wijkaanpak": 15,
}


@pytest.fixture(autouse=True)
def _no_search_indexing(settings):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": False}}


def urls():
    return {
        "home": "/",
        "explainer index": "/uitleg/",
        "explainer": "/uitleg/wat-is-een-wijkaanpak/",
        "article index": "/artikelen/",
        "article": ArticlePage.objects.live().order_by("pk").first().url,
        "resource index": "/bronnen/",
        "resource index, filtered": "/bronnen/?thema=wonen&soort=handreiking",
        "resource": "/bronnen/lsa-wat-is-wijkaanpak/",
        "content page": ContentPage.objects.live().public().order_by("pk").first().url,
        "theme index": "/themas/",
        "theme": "/themas/wonen/",
        "partner index": "/partners/",
        "partner": "/partners/lsa/",
        "guide": "/stappenplan/",
        "print view": "/stappenplan/afdrukken/",
        "step": StepPage.objects.live().order_by("path").first().url,
        "practice index": "/praktijk/",
        "practice index, filtered": (
            "/praktijk/?thema=wonen&bewijs=goed-onderbouwd&gemeente=Voorbeeldstad"
        ),
        "practice page": "/praktijk/wijkcafe-voorbeeldwijk/",
        "glossary": "/begrippen/",
        "search": "/zoeken/?q=wijkaanpak",
        "search, empty": "/zoeken/",
        "not found": "/bestaat-niet/",
    }


def budget(name, url):
    return OVER_BUDGET.get(url, OVER_BUDGET.get(name, BUDGET))


def measure(client, url):
    client.get(url)  # renditions are made once, on the first render
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 404), url
    return queries


def sql(queries):
    return "\n".join(f"{i}. {q['sql']}" for i, q in enumerate(queries, 1))


def add_volume():
    """Lots more of everything the measured pages list or link."""
    explainer = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    resources = ResourceIndexPage.objects.get()
    articles = ArticleIndexPage.objects.get()
    practice = PracticeIndexPage.objects.get()
    theme = Theme.objects.get(slug="wonen")
    for i in range(MANY):
        partner = PartnerFactory()
        resource = ResourcePageFactory(
            parent=resources, partner=partner, themes=[theme, ThemeFactory()]
        )
        ExplainerResourceLinkFactory(page=explainer, resource=resource)
        article = ArticlePageFactory(parent=articles, themes=[theme])
        ArticleResourceLinkFactory(page=article, resource=resource)
        PracticePageFactory(parent=practice, gemeente=f"Testgemeente {i}")


def test_every_page_type_stays_within_budget_whatever_the_volume(client):
    pages = urls()
    before = {}
    failures = []
    for name, url in pages.items():
        queries = measure(client, url)
        before[name] = len(queries)
        print(f"\n{name} ({url}): {len(queries)} queries")  # noqa: T201
        if len(queries) > budget(name, url):
            failures.append(f"{name} {url}: {len(queries)}\n{sql(queries)}")
    assert not failures, "\n\n".join(failures)

    add_volume()
    for name, url in pages.items():
        queries = measure(client, url)
        if len(queries) != before[name]:
            failures.append(
                f"{name} {url}: {before[name]} -> {len(queries)}\n{sql(queries)}"
            )
    assert not failures, "\n\n".join(failures)
