"""An explainer's "Gerelateerd" block also offers practice examples that share
its themes; hidden examples never show."""

import pytest

from explainers.models import PracticeIndexPage

from .factories import ExplainerPageFactory, PracticePageFactory, ThemeFactory
from .helpers import links, section

pytestmark = pytest.mark.django_db


def related_links(client, page):
    return links(section(client.get(page.url).content.decode(), "related-heading"))


def test_explainer_offers_practice_examples_sharing_most_themes(
    client, explainer_index
):
    practice_index = PracticeIndexPage.objects.get()
    shared_a, shared_b = ThemeFactory(), ThemeFactory()
    explainer = ExplainerPageFactory(
        parent=explainer_index, themes=[shared_a, shared_b]
    )
    best = PracticePageFactory(parent=practice_index, themes=[shared_a, shared_b])
    good = PracticePageFactory(parent=practice_index, themes=[shared_a])
    unrelated = PracticePageFactory(parent=practice_index, themes=[ThemeFactory()])

    found = related_links(client, explainer)

    assert best.url in found
    assert good.url in found
    assert found.index(best.url) < found.index(good.url)
    assert unrelated.url not in found


def test_unpublished_practice_examples_never_appear_in_gerelateerd(
    client, explainer_index
):
    practice_index = PracticeIndexPage.objects.get()
    theme = ThemeFactory()
    explainer = ExplainerPageFactory(parent=explainer_index, themes=[theme])
    example = PracticePageFactory(parent=practice_index, themes=[theme])
    assert example.url in related_links(client, explainer)

    example.unpublish()

    assert example.url not in related_links(client, explainer)
