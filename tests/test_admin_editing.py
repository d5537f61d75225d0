"""Editors can create every page type in the admin, edit and preview the demo
pages, and what they publish shows on the public site (drafts do not)."""

import datetime

from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    Audience,
    ContentPage,
    ExplainerIndexPage,
    ExplainerPage,
    HomePage,
    Partner,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    RoutePage,
    Theme,
)

from .helpers import admin_date, edit_form_data, list_block, section


class AdminCreateTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.themes = list(Theme.objects.filter(slug__in=["wonen", "duurzaamheid"]))
        cls.audience = Audience.objects.get(slug="bewoners")
        cls.resource = ResourcePage.objects.live().get(slug="lsa-wat-is-wijkaanpak")
        cls.explainer = ExplainerPage.objects.get(slug="de-rol-van-bewoners")
        cls.image = get_image_model().objects.first()

    def setUp(self):
        self.login()

    def full_body(self):
        """One block of every type the body offers."""
        paragraph = rich_text("<p>Een alinea uit de beheeromgeving.</p>")
        return streamfield(
            [
                ("heading", {"text": "Een kop uit de beheeromgeving", "level": "h2"}),
                ("paragraph", paragraph),
                ("callout", {"kind": "tip", "title": "Tip", "text": paragraph}),
                ("quote", {"quote": "Samen gaat het beter.", "source": "Een bewoner"}),
                (
                    "image",
                    {
                        "image": {"image": self.image.pk, "alt_text": "Een straat"},
                        "caption": "",
                    },
                ),
                (
                    "faq",
                    {"items": list_block({"question": "Waarom?", "answer": paragraph})},
                ),
                (
                    "steps",
                    {"steps": list_block({"title": "Begin klein", "text": paragraph})},
                ),
                (
                    "resource_cards",
                    {"title": "", "resources": list_block(self.resource.pk)},
                ),
                ("page_cards", {"title": "", "pages": list_block(self.explainer.pk)}),
            ]
        )

    def assert_live(self, model, slug):
        page = model.objects.get(slug=slug)
        self.assertTrue(page.live)
        self.assertEqual(page.revisions.count(), 1)
        return page

    def explainer_data(self):
        data = nested_form_data(
            {
                "title": "Uitleg uit de beheeromgeving",
                "slug": "uitleg-uit-de-beheeromgeving",
                "summary": "Een korte samenvatting in gewone taal.",
                "body": self.full_body(),
                "professionals": streamfield(
                    [("paragraph", rich_text("<p>Voor wie in de wijk werkt.</p>"))]
                ),
                "resource_links": inline_formset(
                    [{"resource": self.resource.pk, "note": "Lees dit eerst."}]
                ),
                "related_pages": inline_formset([{"related": self.explainer.pk}]),
                "last_reviewed": admin_date(datetime.date(2026, 5, 1)),
            }
        )
        data["themes"] = [theme.pk for theme in self.themes]
        data["audiences"] = [self.audience.pk]
        return data

    def test_explainer(self):
        self.assertCanCreate(
            ExplainerIndexPage.objects.get(), ExplainerPage, self.explainer_data()
        )

        page = self.assert_live(ExplainerPage, "uitleg-uit-de-beheeromgeving")
        self.assertEqual(set(page.themes.all()), set(self.themes))
        self.assertEqual(
            [link.note for link in page.resource_links.all()], ["Lees dit eerst."]
        )
        self.client.logout()
        html = self.client.get(page.url).content.decode()
        self.assertIn("Een kop uit de beheeromgeving", html)
        self.assertIn("Voor wie in de wijk werkt.", html)
        # Picked as related and shown as a card in the body: shown once, in
        # the body (so the related block is left out).
        self.assertEqual(html.count(f'href="{self.explainer.url}"'), 1)
        self.assertNotIn(self.explainer.title, section(html, "related-heading"))
        self.assertEqual(html.count(f'href="{self.resource.url}"'), 1)
        back_links = self.client.get(self.resource.url).content.decode()
        self.assertIn(page.url, section(back_links, "explained-heading"))

    def test_sub_explainer(self):
        data = nested_form_data(
            {
                "title": "Een deelonderwerp",
                "summary": "Meer over een deel van het onderwerp.",
                "body": streamfield([("paragraph", rich_text("<p>Tekst.</p>"))]),
                "professionals": streamfield([]),
                "resource_links": inline_formset([]),
                "related_pages": inline_formset([]),
            }
        )
        self.assertCanCreate(self.explainer, ExplainerPage, data)
        page = self.assert_live(ExplainerPage, "een-deelonderwerp")
        self.assertEqual(page.get_parent().pk, self.explainer.pk)
        self.assertEqual(page.url, "/uitleg/de-rol-van-bewoners/een-deelonderwerp/")

    def article_data(self):
        data = nested_form_data(
            {
                "title": "Nieuws uit de beheeromgeving",
                "date": admin_date(datetime.date(2026, 6, 1)),
                "author": "Redactie",
                "intro": "Een korte intro.",
                "body": self.full_body(),
                "resource_links": inline_formset([{"resource": self.resource.pk}]),
            }
        )
        data["themes"] = [self.themes[0].pk]
        return data

    def test_article(self):
        data = self.article_data()
        self.assertCanCreate(ArticleIndexPage.objects.get(), ArticlePage, data)
        page = self.assert_live(ArticlePage, "nieuws-uit-de-beheeromgeving")
        self.assertEqual(page.date, datetime.date(2026, 6, 1))
        self.assertEqual(self.client.get(page.url).status_code, 200)

    def resource_data(self):
        data = nested_form_data(
            {
                "title": "Een nieuwe bron",
                "external_url": "https://voorbeeld.example/een-nieuwe-bron",
                "summary": "Wat je bij deze bron vindt.",
                "partner": Partner.objects.get(slug="lsa").pk,
                "resource_type": ResourceType.objects.get(slug="handreiking").pk,
                "year": "2025",
            }
        )
        data["themes"] = [self.themes[0].pk]
        data["audiences"] = [self.audience.pk]
        return data

    def test_resource(self):
        data = self.resource_data()
        self.assertCanCreate(ResourceIndexPage.objects.get(), ResourcePage, data)
        page = self.assert_live(ResourcePage, "een-nieuwe-bron")
        self.assertEqual(page.partner.slug, "lsa")
        self.assertContains(self.client.get("/bronnen/?partner=lsa"), page.title)

    def content_data(self):
        return nested_form_data(
            {
                "title": "Colofon",
                "summary": "Wie maakt deze website?",
                "body": streamfield([("paragraph", rich_text("<p>Het demoteam.</p>"))]),
                "last_reviewed": admin_date(datetime.date(2026, 4, 1)),
            }
        )

    def test_content_page(self):
        self.assertCanCreate(self.home, ContentPage, self.content_data())
        page = self.assert_live(ContentPage, "colofon")
        self.assertContains(self.client.get(page.url), "Het demoteam.")

    def route_data(self):
        return nested_form_data(
            {
                "title": "Ik ben ondernemer in de wijk",
                "summary": "Wat een wijkaanpak voor jouw winkel betekent.",
                "audience": Audience.objects.get(slug="professionals").pk,
                "body": streamfield([("paragraph", rich_text("<p>Welkom.</p>"))]),
                "last_reviewed": admin_date(datetime.date(2026, 4, 1)),
            }
        )

    def test_route_page(self):
        """An editor adds a start page; its sections follow its audience."""
        self.assertCanCreate(self.home, RoutePage, self.route_data())
        page = self.assert_live(RoutePage, "ik-ben-ondernemer-in-de-wijk")
        response = self.client.get(page.url)
        self.assertContains(response, "Welkom.")
        self.assertContains(response, "Partnerbronnen per thema")

    def test_new_pages_can_be_previewed_before_their_first_save(self):
        cases = [
            (ExplainerIndexPage, ExplainerPage, self.explainer_data()),
            (ExplainerPage, ExplainerPage, self.explainer_data()),
            (ArticleIndexPage, ArticlePage, self.article_data()),
            (ResourceIndexPage, ResourcePage, self.resource_data()),
            (HomePage, ContentPage, self.content_data()),
            (HomePage, RoutePage, self.route_data()),
        ]
        for parent_model, model, data in cases:
            with self.subTest(model=model.__name__, parent=parent_model.__name__):
                parent = parent_model.objects.first()
                url = reverse(
                    "wagtailadmin_pages:preview_on_add",
                    args=["explainers", model._meta.model_name, parent.pk],
                )
                response = self.client.post(url, data)
                self.assertJSONEqual(
                    response.content, {"is_valid": True, "is_available": True}
                )
                self.assertContains(self.client.get(url), data["title"])

    def test_section_indexes_on_a_fresh_site(self):
        """Indexes are singletons; once the demo one is gone an editor can add it."""
        for model, slug in (
            (ExplainerIndexPage, "uitleg"),
            (ArticleIndexPage, "artikelen"),
            (ResourceIndexPage, "bronnen"),
        ):
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(self.home))
                model.objects.get().delete()
                data = nested_form_data(
                    {
                        "title": slug.title(),
                        "slug": slug,
                        "intro": rich_text("<p>Intro</p>"),
                    }
                )
                self.assertCanCreate(self.home, model, data)
                self.assertEqual(self.client.get(f"/{slug}/").status_code, 200)

    def test_home_page_on_a_fresh_site(self):
        root = Page.objects.get(depth=1)
        self.assertFalse(HomePage.can_create_at(root))
        self.home.delete()
        data = nested_form_data(
            {
                "title": "Wijkwijzer",
                "slug": "wijkwijzer",
                "intro": "Welkom.",
                "residents_text": "Voor bewoners.",
                "professionals_text": "Voor professionals.",
                "featured_explainers": inline_formset([]),
            }
        )
        self.assertCanCreate(root, HomePage, data)
        self.assert_live(HomePage, "wijkwijzer")


class AdminEditTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.explainer = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        cls.article = ArticlePage.objects.live().first()
        cls.resource = ResourcePage.objects.get(slug="lsa-wat-is-wijkaanpak")

    def setUp(self):
        self.user = self.login()

    def post_edit(self, page, publish=True, **changes):
        data = edit_form_data(self.client, page, **changes)
        if publish:
            data["action-publish"] = "action-publish"
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, "the edit form was not accepted")
        return response

    def test_demo_pages_are_editable(self):
        for page in (self.explainer, self.article, self.resource):
            with self.subTest(page=page.slug):
                self.client.force_login(self.user)
                revisions = page.revisions.count()
                data = edit_form_data(self.client, page)
                data["action-publish"] = "action-publish"
                self.assertPageIsEditable(page, post_data=data)
                # The helper does not check the POST; a new revision proves it
                # passed validation with the page's own data.
                self.assertEqual(page.revisions.count(), revisions + 1)

    def test_demo_pages_are_previewable(self):
        for page in (self.explainer, self.article, self.resource):
            with self.subTest(page=page.slug):
                self.client.force_login(self.user)
                data = edit_form_data(self.client, page, title="Voorbeeldweergave")
                self.assertPageIsPreviewable(page, post_data=data)
                self.client.force_login(self.user)
                preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
                self.client.post(preview, data)
                self.assertContains(self.client.get(preview), "Voorbeeldweergave")

    def test_published_change_shows_on_the_site(self):
        self.post_edit(
            self.explainer,
            summary="Een nieuwe samenvatting uit de beheeromgeving.",
            body=[{"type": "paragraph", "value": "<p>Een nieuwe alinea.</p>"}],
        )
        self.client.logout()
        response = self.client.get(self.explainer.url)
        self.assertContains(response, "Een nieuwe samenvatting uit de beheeromgeving.")
        self.assertContains(response, "Een nieuwe alinea.")
        self.assertNotContains(response, "Een plan voor de hele wijk")
        # The links the editor did not touch are kept.
        self.assertIn(
            self.resource.title,
            section(response.content.decode(), "partners-heading"),
        )

    def test_a_saved_draft_does_not_show_on_the_site(self):
        self.post_edit(self.explainer, publish=False, summary="Nog niet klaar.")
        self.client.logout()
        response = self.client.get(self.explainer.url)
        self.assertNotContains(response, "Nog niet klaar.")
        self.assertContains(response, self.explainer.summary)

    def test_renamed_resource_shows_on_the_explainers_that_link_it(self):
        self.post_edit(self.resource, title="Een nieuwe titel voor de bron")
        self.client.logout()
        html = self.client.get(self.explainer.url).content.decode()
        self.assertIn(
            "Een nieuwe titel voor de bron", section(html, "partners-heading")
        )
