"""Editors can create the guide, its steps, the practice index (once) and
practice examples in the admin, preview them, and edit the demo ones; what
they publish shows on the site."""

import datetime

from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from explainers.models import (
    ExplainerPage,
    GuidePage,
    HomePage,
    PracticeIndexPage,
    PracticePage,
    ResourcePage,
    StepPage,
    Theme,
)

from .helpers import admin_date, edit_form_data, links, section


class GuidanceAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.guide = GuidePage.objects.get()
        cls.practice_index = PracticeIndexPage.objects.get()
        cls.explainer = ExplainerPage.objects.get(slug="de-rol-van-bewoners")
        cls.example = PracticePage.objects.get(slug="wijkcafe-voorbeeldwijk")
        cls.resource = ResourcePage.objects.live().get(slug="lsa-wat-is-wijkaanpak")
        cls.themes = list(Theme.objects.filter(slug__in=["wonen", "samenwerken"]))

    def setUp(self):
        self.user = self.login()

    def assert_live(self, model, slug):
        page = model.objects.get(slug=slug)
        self.assertTrue(page.live)
        self.assertEqual(page.revisions.count(), 1)
        return page

    def public_html(self, url):
        self.client.logout()
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def step_data(self):
        return nested_form_data(
            {
                "title": "Vieren wat gelukt is",
                "slug": "vieren",
                "phase": "evalueren",
                "summary": "Je viert samen wat er bereikt is.",
                "about": rich_text("<p>Over het vieren van succes.</p>"),
                "residents": rich_text("<p>Bewoners organiseren een feest.</p>"),
                "professionals": rich_text("<p>Professionals schuiven aan.</p>"),
                "letting_go": rich_text("<p>Laat bewoners het feest bepalen.</p>"),
                "explainer_links": inline_formset([{"explainer": self.explainer.pk}]),
                "example_links": inline_formset([{"example": self.example.pk}]),
                "resource_links": inline_formset(
                    [{"resource": self.resource.pk, "note": "Om mee te beginnen."}]
                ),
                "last_reviewed": admin_date(datetime.date(2026, 5, 1)),
            }
        )

    def practice_data(self):
        data = nested_form_data(
            {
                "title": "Een buurtfeest in Testwijk",
                "summary": "Bewoners vierden samen feest.",
                "gemeente": "Beheerstad (fictief)",
                "wijk": "Testwijk",
                "period": "2025",
                "participants": "Bewoners en het buurthuis.",
                "evidence": "goed-beschreven",
                "source": "Verzonnen voorbeeld.",
                "body": rich_text("<p>Het verhaal van het buurtfeest.</p>"),
                "residents_role": rich_text("<p>Bewoners deden alles zelf.</p>"),
                "what_worked": rich_text("<p>Vroeg beginnen met plannen.</p>"),
                "what_did_not": rich_text("<p>Het regende.</p>"),
                "resource_links": inline_formset([{"resource": self.resource.pk}]),
            }
        )
        data["themes"] = [theme.pk for theme in self.themes]
        return data

    def test_guide_page(self):
        data = nested_form_data(
            {
                "title": "Een tweede stappenplan",
                "slug": "tweede-stappenplan",
                "summary": "Nog een route.",
                "intro": rich_text("<p>Een inleiding.</p>"),
            }
        )
        self.assertCanCreate(self.home, GuidePage, data)
        page = self.assert_live(GuidePage, "tweede-stappenplan")
        self.assertIn("Een inleiding.", self.public_html(page.url))
        self.assertIn(
            "Een tweede stappenplan", self.public_html(f"{page.url}afdrukken/")
        )

    def test_step_page(self):
        self.assertCanCreate(self.guide, StepPage, self.step_data())
        page = self.assert_live(StepPage, "vieren")
        self.assertEqual(page.get_parent().pk, self.guide.pk)
        html = self.public_html(page.url)
        self.assertIn("Stap 6 van 6", html)
        self.assertIn("Laat bewoners het feest bepalen.", html)
        self.assertEqual(
            links(section(html, "more-heading")), [self.explainer.url, self.example.url]
        )
        self.assertIn(self.resource.url, links(section(html, "partners-heading")))
        self.assertIn("Om mee te beginnen.", html)
        back = section(self.public_html(self.resource.url), "explained-heading")
        self.assertIn(page.url, links(back))

    def test_practice_page(self):
        self.assertCanCreate(self.practice_index, PracticePage, self.practice_data())
        page = self.assert_live(PracticePage, "een-buurtfeest-in-testwijk")
        self.assertEqual(set(page.themes.all()), set(self.themes))
        html = self.public_html(page.url)
        self.assertIn("Testwijk, Beheerstad (fictief)", html)
        self.assertIn("Goed beschreven", html)
        listing = self.public_html("/praktijk/?gemeente=Beheerstad+%28fictief%29")
        self.assertIn(page.url, listing)

    def test_practice_index_is_a_singleton(self):
        self.assertEqual(PracticeIndexPage.max_count, 1)
        self.assertFalse(PracticeIndexPage.can_create_at(self.home))
        self.practice_index.delete()
        self.assertTrue(PracticeIndexPage.can_create_at(self.home))
        data = nested_form_data(
            {
                "title": "Praktijk",
                "slug": "praktijk",
                "intro": rich_text("<p>Hallo</p>"),
            }
        )
        self.assertCanCreate(self.home, PracticeIndexPage, data)
        self.assertIn("0 praktijkvoorbeelden gevonden", self.public_html("/praktijk/"))

    def test_new_pages_can_be_previewed_before_their_first_save(self):
        for parent, model, data in (
            (self.guide, StepPage, self.step_data()),
            (self.practice_index, PracticePage, self.practice_data()),
        ):
            with self.subTest(model=model.__name__):
                url = reverse(
                    "wagtailadmin_pages:preview_on_add",
                    args=["explainers", model._meta.model_name, parent.pk],
                )
                response = self.client.post(url, data)
                self.assertJSONEqual(
                    response.content, {"is_valid": True, "is_available": True}
                )
                self.assertContains(self.client.get(url), data["title"])

    def test_demo_step_and_example_are_editable(self):
        for page in (StepPage.objects.get(slug="ontwerpen"), self.example):
            with self.subTest(page=page.slug):
                self.client.force_login(self.user)
                revisions = page.revisions.count()
                data = edit_form_data(self.client, page)
                data["action-publish"] = "action-publish"
                self.assertPageIsEditable(page, post_data=data)
                self.assertEqual(page.revisions.count(), revisions + 1)
