"""Every public page type renders *uncached* (without the page cache) in a
small, fixed number of SQL queries, whatever the content volume.

Each URL is requested once (renditions are made on the first render, and the
small shared lists the site keeps in Redis fill: sites with their root
paths, the menu's top-level pages, view restrictions, glossary terms,
renditions, partners, themes, site settings), then
measured as a production worker renders it: page cache off, those lists in
the cache. A render right after the cache was emptied may cost at most
``COLD_EXTRA`` more, one per list. Then a lot of content is added (30 more
resources linked to the explainer, 30 more themes, partners, articles, …)
and every page must cost exactly the same.

The budget is at most 12 queries per page.
"""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    Audience,
    ContentPage,
    ExplainerIndexPage,
    ExplainerPage,
    PracticeIndexPage,
    ResourceIndexPage,
    StepPage,
    Theme,
)

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    ExplainerPageFactory,
    ExplainerResourceLinkFactory,
    PartnerFactory,
    PracticePageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 12
# Read from the database once, then cached: sites, the menu's top-level pages
# (outside the page tree), view restrictions, glossary terms, renditions,
# partners, themes, site settings; for a search also the searched words'
# document frequencies (PostgreSQL) or the site's vocabulary (SQLite), and
# the queries that have an editors' promotion.
COLD_EXTRA = 10
MANY = 30

# Every page in the tree pays 1 or 2 queries before its own content: one for
# the whole path plus the root's children for menu and footer (HomePage.route);
# a page below the home page adds its specific row. The sites with the home
# page and root paths come from the cache (explainers.sites.SiteMiddleware).


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
        "route, residents": "/ik-woon-in-de-wijk/",
        "route, professionals": "/ik-werk-in-de-wijk/",
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


def measure(client, url):
    """(warm, cold): the queries of an uncached render with the shared lists in
    the cache, and of one right after the cache was emptied."""
    client.get(url)  # renditions are made once; the shared lists are cached
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)
    assert response.status_code in (200, 404), url
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    return warm, cold


def sql(queries):
    return "\n".join(f"{i}. {q['sql']}" for i, q in enumerate(queries, 1))


def add_volume():
    """Lots more of everything the measured pages list or link."""
    explainer = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
    explainer_index = ExplainerIndexPage.objects.get()
    resources = ResourceIndexPage.objects.get()
    articles = ArticleIndexPage.objects.get()
    practice = PracticeIndexPage.objects.get()
    theme = Theme.objects.get(slug="wonen")
    audiences = list(Audience.objects.all())  # the start pages list by audience
    for i in range(MANY):
        partner = PartnerFactory()
        resource = ResourcePageFactory(
            parent=resources,
            partner=partner,
            themes=[theme, ThemeFactory()],
            audiences=audiences,
        )
        ExplainerResourceLinkFactory(page=explainer, resource=resource)
        article = ArticlePageFactory(parent=articles, themes=[theme])
        ArticleResourceLinkFactory(page=article, resource=resource)
        PracticePageFactory(
            parent=practice, gemeente=f"Testgemeente {i}", audiences=audiences
        )
        ExplainerPageFactory(parent=explainer_index, audiences=audiences)


def test_every_page_type_stays_within_budget_whatever_the_volume(client):
    pages = urls()
    before = {}
    failures = []
    for name, url in pages.items():
        warm, cold = measure(client, url)
        before[name] = (len(warm), len(cold))
        print(f"\n{name} ({url}): {len(warm)} queries, {len(cold)} cold")  # noqa: T201
        if len(warm) > BUDGET:
            failures.append(f"{name} {url}: {len(warm)}\n{sql(warm)}")
        if len(cold) > len(warm) + COLD_EXTRA:
            failures.append(f"{name} {url}: {len(cold)} cold\n{sql(cold)}")
    assert not failures, "\n\n".join(failures)

    add_volume()
    for name, url in pages.items():
        warm, cold = measure(client, url)
        if (len(warm), len(cold)) != before[name]:
            failures.append(
                f"{name} {url}: {before[name]} -> {len(warm), len(cold)}\n{sql(cold)}"
            )
    assert not failures, "\n\n".join(failures)
