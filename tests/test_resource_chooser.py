"""The partner-resource chooser tells resources with similar titles apart
(partner, type and year beside the title), filters by partner, and is the
widget of the ordered resource links; its query count does not grow with
the number of resources."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from wagtail.test.utils import WagtailPageTestCase

from explainers.models import (
    ExplainerPage,
    Partner,
    ResourceIndexPage,
    ResourcePage,
)

from .factories import ResourcePageFactory

CHOOSE = "resource_chooser:choose"
RESULTS = "resource_chooser:choose_results"


class ResourceChooserTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        # The first in the chooser's order (by title) that has a year.
        cls.resource = (
            ResourcePage.objects.select_related("partner", "resource_type")
            .filter(year__isnull=False)
            .order_by("title", "pk")
            .first()
        )
        cls.explainer = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")

    def setUp(self):
        self.login()

    def results(self, **params):
        response = self.client.get(reverse(RESULTS), params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_admin_title_names_partner_type_and_year(self):
        resource = ResourcePage.objects.get(pk=self.resource.pk)
        title = resource.get_admin_display_title()
        self.assertTrue(title.startswith(f"{resource.title} — "))
        self.assertIn(resource.partner.short_name or resource.partner.name, title)
        self.assertIn(resource.resource_type.name, title)
        if resource.year:
            self.assertIn(str(resource.year), title)

    def test_the_chooser_shows_partner_type_and_year(self):
        response = self.client.get(reverse(CHOOSE))
        self.assertEqual(response.status_code, 200)
        html = self.results()
        self.assertIn(escape(self.resource.title), html)
        self.assertIn(escape(self.resource.partner.name), html)
        self.assertIn(escape(self.resource.resource_type.name), html)
        self.assertIn(str(self.resource.year), html)

    def test_filtering_by_partner_narrows_the_list(self):
        # The first of another partner in the chooser's order (by title).
        other = (
            ResourcePage.objects.exclude(partner=self.resource.partner)
            .order_by("title", "pk")
            .first()
        )
        mine = (
            ResourcePage.objects.filter(partner=self.resource.partner)
            .order_by("title", "pk")
            .first()
        )
        narrowed = self.results(partner=self.resource.partner.pk, q="")
        self.assertTrue(escape(mine.title) in narrowed)
        self.assertFalse(escape(other.title) in narrowed)
        self.assertTrue(escape(other.title) in self.results())

    def test_an_unknown_partner_is_no_error(self):
        response = self.client.get(reverse(RESULTS), {"partner": "geen-getal"})
        self.assertEqual(response.status_code, 200)

    def test_query_count_does_not_grow_with_the_resources(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.results()
            return len(queries)

        before = count()
        index = ResourceIndexPage.objects.get()
        for number in range(3):
            ResourcePageFactory(parent=index, title=f"Aaa extra bron {number}")
        self.assertEqual(count(), before)

    def test_the_resource_links_use_this_chooser(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.explainer.pk])
        )
        html = response.content.decode()
        self.assertIn(reverse(CHOOSE), html)
        link = self.explainer.resource_links.select_related("resource").first()
        self.assertIn(escape(link.resource.get_admin_display_title()), html)

    def test_partners_in_the_filter(self):
        html = self.client.get(reverse(CHOOSE)).content.decode()
        for partner in Partner.objects.all():
            self.assertIn(escape(partner.name), html)


def test_a_redacteur_can_use_the_chooser_and_the_report(client, db):
    """Editors, not only superusers (the role as test_roles makes it)."""
    from .test_roles import user_in

    client.force_login(user_in("Redacteur"))
    assert client.get(reverse(RESULTS)).status_code == 200
    assert client.get(reverse("empty_drafts_report")).status_code == 200
