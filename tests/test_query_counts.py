"""Every public page type renders in a fixed number of SQL queries: the count
with 50 linked or listed items equals the count with 1, and stays under a
ceiling. Run with ``-s`` to see the measured numbers.

Since issue 18 Wagtail routes, matches the site and checks view restrictions
itself, and the breadcrumbs read the page's ancestors; before -> after (the
same with 1 and 50 items): home 4 -> 8, explainer index 7 -> 12, explainer
9 -> 16, explainer related by theme 6 -> 13, article index 5 -> 10, article
5 -> 12, resource index 8 -> 13, resource 9 -> 16, content page 3 -> 8,
route for residents 6 -> 11, for professionals 7 -> 12, theme index 1 -> 2,
theme 5 -> 6, partner index 1 -> 2, partner 2 -> 3."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from explainers.models import (
    ArticlePage,
    Audience,
    ContentPage,
    ExplainerPage,
    GuidePage,
    HomeFeaturedExplainer,
    PracticeIndexPage,
    Theme,
)

from .factories import (
    ArticlePageFactory,
    ArticleResourceLinkFactory,
    AudienceFactory,
    ContentPageFactory,
    ExplainerPageFactory,
    ExplainerRelatedPageFactory,
    ExplainerResourceLinkFactory,
    PartnerFactory,
    PracticePageFactory,
    ResourcePageFactory,
    RoutePageFactory,
    StepPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

CEILING = 30


@pytest.fixture(autouse=True)
def _no_search_indexing(settings):
    """Building hundreds of pages is quicker without the search index, which
    none of the measured pages reads."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": False}}


class Tree:
    """The demo tree's section pages plus a target the case grows."""

    def __init__(self, home, explainers, articles, resources):
        self.home = home
        self.explainers = explainers
        self.articles = articles
        self.resources = resources
        self.target = None

    def resource(self, **kwargs):
        return ResourcePageFactory(parent=self.resources, **kwargs)

    def explainer(self, **kwargs):
        return ExplainerPageFactory(parent=self.explainers, **kwargs)

    def article(self, **kwargs):
        return ArticlePageFactory(parent=self.articles, **kwargs)


def cards(block_type, pages):
    key = "resources" if block_type == "resource_cards" else "pages"
    return {"type": block_type, "value": {"title": "", key: [p.pk for p in pages]}}


# Each case: (url of the target, grow(tree, n) adding n items of every kind the
# page shows). setup(tree) creates the target the first time.


def home_grow(tree, n):
    for _ in range(n):
        explainer = tree.explainer(themes=[ThemeFactory()])
        HomeFeaturedExplainer.objects.create(page=tree.home, explainer=explainer)
        tree.article()
        PartnerFactory()


def explainer_index_grow(tree, n):
    for _ in range(n):
        tree.explainer(themes=[ThemeFactory()], audiences=[AudienceFactory()])


def explainer_grow(tree, n):
    page = tree.target or tree.explainer()
    tree.target = page
    for _ in range(n):
        resource = tree.resource(themes=[ThemeFactory()])
        ExplainerResourceLinkFactory(page=page, resource=resource)
        ExplainerRelatedPageFactory(page=page, related=tree.explainer())
        ExplainerPageFactory(parent=page)
        page.themes.add(ThemeFactory())
        page.audiences.add(AudienceFactory())
    resources = [link.resource for link in page.resource_links.all()]
    subs = list(ExplainerPage.objects.child_of(page))
    page.body = [
        {"type": "heading", "value": {"text": "Een kop", "level": "h2"}},
        cards("resource_cards", resources),
        cards("page_cards", subs),
    ]
    page.professionals = [cards("resource_cards", resources)]
    page.save()


def explainer_fallback_grow(tree, n):
    """No editor picks: the related block comes from shared themes."""
    page = tree.target or tree.explainer()
    tree.target = page
    for _ in range(n):
        theme = ThemeFactory()
        page.themes.add(theme)
        page.save()
        tree.explainer(themes=[theme])


def article_index_grow(tree, n):
    for _ in range(n):
        tree.article(themes=[ThemeFactory()])


def article_grow(tree, n):
    page = tree.target or tree.article()
    tree.target = page
    for _ in range(n):
        ArticleResourceLinkFactory(page=page, resource=tree.resource())
        page.themes.add(ThemeFactory())
    page.body = [
        cards("resource_cards", [link.resource for link in page.resource_links.all()])
    ]
    page.save()


def resource_index_grow(tree, n):
    for _ in range(n):
        tree.resource(themes=[ThemeFactory()], audiences=[AudienceFactory()])


def resource_grow(tree, n):
    resource = tree.target or tree.resource()
    tree.target = resource
    for _ in range(n):
        ExplainerResourceLinkFactory(page=tree.explainer(), resource=resource)
        ArticleResourceLinkFactory(page=tree.article(), resource=resource)
        resource.themes.add(ThemeFactory())
        resource.audiences.add(AudienceFactory())
    resource.save()


def content_grow(tree, n):
    page = tree.target or ContentPageFactory(parent=tree.home)
    tree.target = page
    for _ in range(n):
        ContentPageFactory(parent=tree.home)  # the footer lists these
        tree.explainer()
    explainers = list(
        ExplainerPage.objects.live().filter(title__startswith="Testuitleg")
    )
    page.body = [cards("page_cards", explainers)]
    page.save()


def route_grow(tree, n, audience_slug):
    """A start page: its steps, explainers, practice examples and (for
    professionals) resources per theme all grow."""
    audience = Audience.objects.get(slug=audience_slug)
    page = tree.target or RoutePageFactory(parent=tree.home, audience=audience)
    tree.target = page
    guide = GuidePage.objects.get()
    practice = PracticeIndexPage.objects.get()
    for _ in range(n):
        StepPageFactory(parent=guide, resident_part="Zo doe jij mee in deze stap.")
        tree.explainer(audiences=[audience])
        PracticePageFactory(parent=practice, audiences=[audience])
        tree.resource(themes=[ThemeFactory()], audiences=[audience])


def theme_index_grow(tree, n):
    ThemeFactory.create_batch(n)


def theme_grow(tree, n):
    theme = tree.target or ThemeFactory()
    tree.target = theme
    for _ in range(n):
        tree.resource(themes=[theme])
        tree.explainer(themes=[theme])
        tree.article(themes=[theme])


def partner_index_grow(tree, n):
    PartnerFactory.create_batch(n)


def partner_grow(tree, n):
    partner = tree.target or PartnerFactory()
    tree.target = partner
    for _ in range(n):
        tree.resource(partner=partner, themes=[ThemeFactory()])


CASES = {
    "home": (lambda tree: "/", home_grow),
    "explainer index": (lambda tree: "/uitleg/", explainer_index_grow),
    "explainer": (lambda tree: tree.target.url, explainer_grow),
    "explainer, related by theme": (
        lambda tree: tree.target.url,
        explainer_fallback_grow,
    ),
    "article index": (lambda tree: "/artikelen/", article_index_grow),
    "article": (lambda tree: tree.target.url, article_grow),
    "resource index": (lambda tree: "/bronnen/", resource_index_grow),
    "resource": (lambda tree: tree.target.url, resource_grow),
    "content page": (lambda tree: tree.target.url, content_grow),
    "route, residents": (
        lambda tree: tree.target.url,
        lambda tree, n: route_grow(tree, n, "bewoners"),
    ),
    "route, professionals": (
        lambda tree: tree.target.url,
        lambda tree, n: route_grow(tree, n, "professionals"),
    ),
    "theme index": (lambda tree: "/themas/", theme_index_grow),
    "theme": (lambda tree: tree.target.get_absolute_url(), theme_grow),
    "partner index": (lambda tree: "/partners/", partner_index_grow),
    "partner": (lambda tree: tree.target.get_absolute_url(), partner_grow),
}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("name", CASES)
def test_query_count_is_fixed(
    name,
    client,
    home,
    explainer_index,
    article_index,
    resource_index,
    django_assert_num_queries,
    django_assert_max_num_queries,
):
    url_of, grow = CASES[name]
    tree = Tree(home, explainer_index, article_index, resource_index)
    grow(tree, 1)
    url = url_of(tree)
    client.get(url)  # warm the shared lists (menu, restrictions, renditions)
    with_one = count_queries(client, url)
    size_with_one = len(client.get(url).content)

    grow(tree, 49)
    client.get(url)  # the change emptied the shared lists: they fill again
    with django_assert_num_queries(with_one):
        response = client.get(url)
    with django_assert_max_num_queries(CEILING):
        client.get(url)
    print(f"\n{name}: {with_one} queries with 1 and with 50 items")  # noqa: T201

    # The extra items really are on the page, not just in the database.
    assert len(response.content) - size_with_one > 19 * 100


def test_demo_pages_stay_under_the_ceiling(client, django_assert_max_num_queries):
    urls = [
        "/",
        "/uitleg/",
        "/uitleg/wat-is-een-wijkaanpak/",
        "/artikelen/",
        ArticlePage.objects.live().first().url,
        "/bronnen/",
        "/bronnen/lsa-wat-is-wijkaanpak/",
        ContentPage.objects.live().public().first().url,
        "/ik-woon-in-de-wijk/",
        "/ik-werk-in-de-wijk/",
        "/themas/",
        f"/themas/{Theme.objects.first().slug}/",
        "/partners/",
        "/partners/lsa/",
    ]
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(CEILING):
            assert client.get(url).status_code == 200
