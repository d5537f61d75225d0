"""The guide, its steps, the print view, the practice index and pages and
/begrippen/ render in a fixed number of SQL queries: the count with 1 linked
or listed item equals the count with 30, and stays under a ceiling. Run with
``-s`` to see the measured numbers.

Since issue 18 Wagtail routes, matches the site and checks view restrictions
itself, and the breadcrumbs read the page's ancestors; before -> after (the
same with 1 and 30 items): guide 3 -> 8, step 7 -> 14, print view 6 -> 11,
practice index 7 -> 12, practice page 4 -> 11, glossary 1 -> 2."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from explainers.models import GuidePage, PracticeIndexPage, StepPage

from .factories import (
    ExplainerPageFactory,
    GlossaryTermFactory,
    PartnerFactory,
    PracticePageFactory,
    PracticeResourceLinkFactory,
    ResourcePageFactory,
    StepExampleLinkFactory,
    StepExplainerLinkFactory,
    StepPageFactory,
    StepResourceLinkFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

CEILING = 30
MANY = 30


@pytest.fixture(autouse=True)
def _no_search_indexing(settings):
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": False}}


class Tree:
    """A guide of our own under home, the demo sections, and the case's target."""

    def __init__(self, home, explainers, resources):
        self.guide = GuidePage(title="Testgids", slug="testgids", summary="Gids.")
        home.add_child(instance=self.guide)
        self.explainers = explainers
        self.resources = resources
        self.practice = PracticeIndexPage.objects.get()
        self.target = None
        self.terms = 0

    def step(self, **kwargs):
        return StepPageFactory(parent=self.guide, **kwargs)

    def example(self, **kwargs):
        return PracticePageFactory(parent=self.practice, **kwargs)

    def resource(self):
        return ResourcePageFactory(parent=self.resources, partner=PartnerFactory())

    def term(self):
        """A new glossary term, returned as a sentence that uses it."""
        self.terms += 1
        word = f"testwoord{self.terms}x"
        GlossaryTermFactory(term=word, variants=f"{word}en")
        return f"<p>Hier staat {word} in de tekst.</p>"

    def link_step(self, step):
        StepExplainerLinkFactory(
            page=step, explainer=ExplainerPageFactory(parent=self.explainers)
        )
        StepExampleLinkFactory(page=step, example=self.example())
        StepResourceLinkFactory(page=step, resource=self.resource())


def guide_grow(tree, n):
    tree.target = tree.guide
    for _ in range(n):
        tree.step()


def step_grow(tree, n):
    step = tree.target or tree.step()
    tree.target = step
    for _ in range(n):
        tree.step()  # the route grows
        tree.link_step(step)  # and so does "Verder lezen"
        step.about += tree.term()
    step.save()


def print_grow(tree, n):
    tree.target = tree.guide
    for _ in range(n):
        tree.link_step(tree.step())


def practice_index_grow(tree, n):
    tree.target = tree.practice
    for i in range(n):
        example = tree.example(gemeente=f"Testgemeente {tree.terms + i}")
        example.themes.set([ThemeFactory()])
        example.save()
    tree.terms += n


def practice_grow(tree, n):
    page = tree.target or tree.example()
    tree.target = page
    for _ in range(n):
        PracticeResourceLinkFactory(page=page, resource=tree.resource())
        page.themes.add(ThemeFactory())
        page.body += tree.term()
    page.save()


def glossary_grow(tree, n):
    for _ in range(n):
        tree.term()


CASES = {
    "guide": (lambda tree: tree.guide.url, guide_grow),
    "step": (lambda tree: tree.target.url, step_grow),
    "print view": (lambda tree: f"{tree.guide.url}afdrukken/", print_grow),
    "practice index": (lambda tree: "/praktijk/", practice_index_grow),
    "practice page": (lambda tree: tree.target.url, practice_grow),
    "glossary": (lambda tree: "/begrippen/", glossary_grow),
}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response


@pytest.mark.parametrize("name", CASES)
def test_query_count_is_fixed(name, client, home, explainer_index, resource_index):
    url_of, grow = CASES[name]
    tree = Tree(home, explainer_index, resource_index)
    grow(tree, 1)
    url = url_of(tree)
    client.get(url)  # warm the shared lists (menu, glossary terms, renditions)
    with_one, small = count_queries(client, url)

    grow(tree, MANY - 1)
    client.get(url)  # the new glossary terms are read once, then cached
    with_many, large = count_queries(client, url)
    print(f"\n{name}: {with_one} queries with 1, {with_many} with {MANY}")  # noqa: T201
    assert with_many == with_one
    assert with_many <= CEILING

    # The extra items really are on the page, not just in the database.
    assert len(large.content) - len(small.content) > (MANY - 1) * 60


def test_demo_pages_stay_under_the_ceiling(client, django_assert_max_num_queries):
    urls = [
        "/stappenplan/",
        "/stappenplan/afdrukken/",
        *[step.url for step in StepPage.objects.live()],
        "/praktijk/",
        "/praktijk/?thema=wonen&bewijs=goed-onderbouwd&gemeente=Voorbeeldstad",
        "/praktijk/wijkcafe-voorbeeldwijk/",
        "/begrippen/",
    ]
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(CEILING):
            assert client.get(url).status_code == 200, url
