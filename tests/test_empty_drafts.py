"""The "Concepten zonder inhoud" report lists new pages never published that
still have no content (left behind by autosave), with links to edit and
delete them; real pages and drafts with content stay off it, and the query
count does not grow with the number of pages listed."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase

from editorial.empty_drafts import empty_drafts
from explainers.models import ExplainerIndexPage, ExplainerPage

from .factories import ExplainerPageFactory

REPORT = "empty_drafts_report"


def empty_draft(parent, title):
    """A draft as autosave leaves it: saved without validation, no body."""
    page = ExplainerPageFactory(parent=parent, live=False, title=title)
    ExplainerPage.objects.filter(pk=page.pk).update(body=[])
    return page


class EmptyDraftsReportTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = ExplainerIndexPage.objects.get()
        cls.empty = empty_draft(cls.index, "Lege uitleg")
        cls.with_content = ExplainerPageFactory(
            parent=cls.index, live=False, title="Uitleg in de maak"
        )
        cls.real = ExplainerPage.objects.live().first()

    def setUp(self):
        self.login()

    def report(self):
        response = self.client.get(reverse(REPORT))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_lists_an_empty_draft_and_not_a_real_page(self):
        html = self.report()
        self.assertIn("Lege uitleg", html)
        self.assertIn(reverse("wagtailadmin_pages:edit", args=[self.empty.pk]), html)
        self.assertIn(reverse("wagtailadmin_pages:delete", args=[self.empty.pk]), html)
        self.assertNotIn("Uitleg in de maak", html)
        self.assertNotIn(escape(self.real.title), html)

    def test_a_page_once_published_is_not_listed(self):
        ExplainerPage.objects.filter(pk=self.empty.pk).update(
            first_published_at="2026-01-01T00:00:00Z"
        )
        self.assertFalse(empty_drafts().filter(pk=self.empty.pk).exists())

    def test_the_menu_shows_the_report(self):
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn(reverse(REPORT), html)

    def test_query_count_does_not_grow_with_the_pages(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.report()
            return len(queries)

        before = count()
        for number in range(3):
            empty_draft(self.index, f"Leeg {number}")
        self.assertEqual(count(), before)
        self.assertEqual(empty_drafts().count(), 4)
