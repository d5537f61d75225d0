"""Parent/child page-type rules, pinned for every page type (STYLE §2.2)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    ContentPage,
    ExplainerIndexPage,
    ExplainerPage,
    GuidePage,
    HomePage,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    RoutePage,
    StepPage,
)

# child type -> (allowed parents, allowed children)
TREE = {
    HomePage: (
        {Page},
        {
            ExplainerIndexPage,
            ArticleIndexPage,
            ResourceIndexPage,
            ContentPage,
            GuidePage,
            PracticeIndexPage,
            RoutePage,
        },
    ),
    ExplainerIndexPage: ({HomePage}, {ExplainerPage}),
    ExplainerPage: ({ExplainerIndexPage, ExplainerPage}, {ExplainerPage}),
    ArticleIndexPage: ({HomePage}, {ArticlePage}),
    ArticlePage: ({ArticleIndexPage}, set()),
    ResourceIndexPage: ({HomePage}, {ResourcePage}),
    ResourcePage: ({ResourceIndexPage}, set()),
    ContentPage: ({HomePage, ContentPage}, {ContentPage}),
    GuidePage: ({HomePage}, {StepPage}),
    StepPage: ({GuidePage}, set()),
    PracticeIndexPage: ({HomePage}, {PracticePage}),
    PracticePage: ({PracticeIndexPage}, set()),
    RoutePage: ({HomePage}, set()),
}


class PageTreeTests(WagtailPageTestCase):
    def assert_rules(self, model):
        parents, children = TREE[model]
        self.assertAllowedParentPageTypes(model, parents)
        self.assertAllowedSubpageTypes(model, children)

    def test_every_page_type_of_the_app_is_pinned(self):
        from django.apps import apps

        page_models = {
            model
            for model in apps.get_app_config("explainers").get_models()
            if issubclass(model, Page)
        }
        self.assertEqual(page_models, set(TREE))

    def test_home_page(self):
        self.assert_rules(HomePage)

    def test_explainer_index_page(self):
        self.assert_rules(ExplainerIndexPage)

    def test_explainer_page_nests(self):
        self.assert_rules(ExplainerPage)
        self.assertCanCreateAt(ExplainerPage, ExplainerPage)

    def test_article_index_page(self):
        self.assert_rules(ArticleIndexPage)

    def test_article_page_is_a_leaf(self):
        self.assert_rules(ArticlePage)

    def test_resource_index_page(self):
        self.assert_rules(ResourceIndexPage)

    def test_resource_page_is_a_leaf(self):
        self.assert_rules(ResourcePage)

    def test_content_page(self):
        self.assert_rules(ContentPage)

    def test_guide_holds_steps_only(self):
        self.assert_rules(GuidePage)
        self.assert_rules(StepPage)

    def test_practice_index_and_examples(self):
        self.assert_rules(PracticeIndexPage)
        self.assert_rules(PracticePage)

    def test_route_page_is_a_leaf_under_home(self):
        self.assert_rules(RoutePage)
        self.assertCanCreateAt(HomePage, RoutePage)

    def test_detail_pages_never_sit_under_the_wrong_section(self):
        self.assertCanNotCreateAt(ArticleIndexPage, ExplainerPage)
        self.assertCanNotCreateAt(ResourceIndexPage, ArticlePage)
        self.assertCanNotCreateAt(ExplainerIndexPage, ResourcePage)
        self.assertCanNotCreateAt(HomePage, ExplainerPage)

    def test_home_and_section_indexes_are_singletons(self):
        for model in (
            HomePage,
            ExplainerIndexPage,
            ArticleIndexPage,
            ResourceIndexPage,
            PracticeIndexPage,
        ):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count, 1)
                parent = (
                    Page.objects.get(depth=1)
                    if model is HomePage
                    else (HomePage.objects.get())
                )
                self.assertFalse(model.can_create_at(parent))
