"""Controlled pages for the search tests. Their words are made up
("zorgvlinder", "knipperbloem", …) so the demo content cannot match them.
Pages made by the factories are live and indexed at once: Wagtail's save
signal updates the search index (tests/search/test_matching.py checks it)."""

import pytest

from ..factories import (
    ArticlePageFactory,
    ExplainerPageFactory,
    ResourcePageFactory,
    paragraph,
)


@pytest.fixture
def explainer(explainer_index):
    def make(title, summary="", body="", **kwargs):
        return ExplainerPageFactory(
            parent=explainer_index,
            title=title,
            summary=summary or "Een korte uitleg.",
            body=paragraph(body or "Een korte alinea."),
            **kwargs,
        )

    return make


@pytest.fixture
def resource(resource_index):
    def make(title, summary="", **kwargs):
        return ResourcePageFactory(
            parent=resource_index,
            title=title,
            summary=summary or "Een korte beschrijving.",
            **kwargs,
        )

    return make


@pytest.fixture
def article(article_index):
    def make(title, intro="", body="", **kwargs):
        return ArticlePageFactory(
            parent=article_index,
            title=title,
            intro=intro or "Een korte inleiding.",
            body=paragraph(body or "Een korte alinea."),
            **kwargs,
        )

    return make
