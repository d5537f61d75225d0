"""The readability tools in the admin: the "moeilijke woorden" list, the text
we score, the warning after saving a page and the "Leesbaarheid" report."""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from editorial.demo_content import DIFFICULT_WORDS
from editorial.models import DifficultWord
from editorial.page_text import page_text
from editorial.readability import analyse
from editorial.views import readability_rows
from explainers.models import ExplainerPage

from .helpers import edit_form_data

HARD_SUMMARY = (
    "Teneinde de participatie van bewoners te faciliteren, implementeren wij "
    "middels een integrale gebiedsgerichte benadering structurele voorzieningen "
    "in de leefomgeving van de betreffende wijk."
)
EASY_SUMMARY = "Bewoners praten mee over hun wijk. Zo wordt de buurt beter."


class DifficultWordTests(WagtailPageTestCase):
    def test_demo_list_has_at_least_sixty_words(self):
        self.assertGreaterEqual(len(DIFFICULT_WORDS), 60)
        self.assertGreaterEqual(DifficultWord.objects.count(), 60)
        self.assertEqual(
            DifficultWord.objects.get(word="faciliteren").alternative,
            "mogelijk maken",
        )

    def test_words_are_stored_in_lower_case(self):
        word = DifficultWord.objects.create(word=" Voornoemd ", alternative="dit")
        self.assertEqual(word.word, "voornoemd")

    def test_editors_see_the_list_in_the_admin(self):
        self.login()
        url = reverse("wagtailsnippets_editorial_difficultword:list")
        response = self.client.get(url, {"q": "faciliteren"})
        self.assertContains(response, "mogelijk maken")


class PageTextTests(WagtailPageTestCase):
    def test_reads_title_summary_and_body_not_block_ids(self):
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        text = page_text(page)
        self.assertIn(page.title, text)
        self.assertIn(page.summary, text)
        blocks = page.body.raw_data
        headings = [b["value"]["text"] for b in blocks if b["type"] == "heading"]
        self.assertTrue(headings)
        for heading in headings:
            self.assertIn(heading, text)
        for block in blocks:
            self.assertTrue(block["id"])
            self.assertNotIn(block["id"], text)
        self.assertNotIn("<", text)

    def test_strips_rich_text_and_block_settings(self):
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        page.body = [
            {"type": "heading", "value": {"text": "Waarom samen", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Een <b>alinea</b> over de wijk.</p>"},
        ]
        text = page_text(page)
        self.assertIn("Waarom samen", text)
        self.assertIn("Een alinea over de wijk.", text)
        self.assertNotIn("<", text)
        self.assertNotIn("h3", text)

    def test_every_live_content_page_has_text(self):
        rows = readability_rows()
        self.assertTrue(rows)
        self.assertTrue(all(row.score is not None for row in rows))


class SaveWarningTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")

    def setUp(self):
        self.login()

    def save(self, summary):
        data = edit_form_data(self.client, self.page, summary=summary)
        url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        response = self.client.post(url, data, follow=True)
        self.assertEqual(response.redirect_chain[0][1], 302)
        return [str(message) for message in response.context["messages"]]

    def test_hard_summary_gives_a_warning(self):
        report = analyse(HARD_SUMMARY, DifficultWord.as_dict())
        self.assertFalse(report.is_b1)
        warnings = [m for m in self.save(HARD_SUMMARY) if "Kort gezegd" in m]
        self.assertEqual(len(warnings), 1)
        self.assertIn(f"leesbaarheid {report.score:.0f}", warnings[0])
        self.assertIn("faciliteren (B1: mogelijk maken)", warnings[0])
        self.assertIn("meer dan 20 woorden", warnings[0])

    def test_easy_summary_gives_no_warning(self):
        self.assertTrue(analyse(EASY_SUMMARY).is_b1)
        messages = self.save(EASY_SUMMARY)
        self.assertTrue(messages)  # Wagtail's own "saved" message
        self.assertFalse([m for m in messages if "Kort gezegd" in m])


class ReadabilityReportTests(WagtailPageTestCase):
    def test_admin_sees_pages_lowest_score_first(self):
        self.login()
        page = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        page.summary = HARD_SUMMARY
        page.save_revision().publish()

        response = self.client.get(reverse("readability_report"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Leesbaarheid")
        self.assertContains(response, page.title)

        listed = list(response.context["object_list"])
        scores = [row.score for row in listed]
        self.assertEqual(scores, sorted(scores))
        row = next(row for row in listed if row.pk == page.pk)
        self.assertGreaterEqual(row.difficult_words, 1)
        self.assertRegex(
            response.content.decode(), rf"<td[^>]*>\s*{row.score_display}\s*</td>"
        )
        # The hardest page comes first in the table.
        html = response.content.decode()
        first, second = (html.find(f"/admin/pages/{r.pk}/edit/") for r in listed[:2])
        self.assertGreater(first, 0)
        self.assertLess(first, second)

    def test_shows_in_the_reports_menu(self):
        self.login()
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, reverse("readability_report"))

    def test_non_admin_is_turned_away(self):
        user = get_user_model().objects.create_user(
            username="bezoeker", password="wachtwoord-123"
        )
        self.client.force_login(user)
        response = self.client.get(reverse("readability_report"))
        self.assertEqual(response.status_code, 302)
        self.assertTrue(re.search(r"/login/|/admin/", response["Location"]))
