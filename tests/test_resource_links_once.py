"""A page links a partner resource at most once, whatever editors do: the
database refuses a second link, the admin form says so in Dutch, and
autosave + save, reverting to an old revision and copying a page never make
a second link (or an error page)."""

import importlib
import json
import re

import pytest

from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from wagtail.test.utils import WagtailPageTestCase

from explainers.models import (
    ExplainerIndexPage,
    ExplainerPage,
    ExplainerResourceLink,
    ResourcePage,
)
from explainers.resource_links import first_link_to_each_resource

from .factories import ExplainerPageFactory
from .helpers import edit_form_data

migration = importlib.import_module(
    "explainers.migrations.0011_remove_duplicate_resource_links"
)
DUPLICATE_ERROR = "Deze bron staat al in de lijst."


def add_link(data, resource, note=""):
    """Add a new row to the posted resource links, as "Toevoegen" does."""
    index = int(data["resource_links-TOTAL_FORMS"])
    prefix = f"resource_links-{index}-"
    data[prefix + "id"] = ""
    data[prefix + "resource"] = str(resource.pk)
    data[prefix + "note"] = note
    data[prefix + "ORDER"] = str(index + 1)
    data[prefix + "DELETE"] = ""
    data["resource_links-TOTAL_FORMS"] = str(index + 1)
    return data


def stored_resources(page):
    return list(
        ExplainerResourceLink.objects.filter(page=page).values_list(
            "resource_id", flat=True
        )
    )


class ResourceLinkOnceTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.explainer = ExplainerPage.objects.get(slug="wat-is-een-wijkaanpak")
        cls.resource = ResourcePage.objects.get(slug="lsa-wat-is-wijkaanpak")
        cls.index = ExplainerIndexPage.objects.get()

    def setUp(self):
        self.user = self.login()

    def edit_url(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def test_the_database_refuses_a_second_link(self):
        link = self.explainer.resource_links.first()
        with self.assertRaises(IntegrityError), transaction.atomic():
            ExplainerResourceLink.objects.create(
                page=self.explainer, resource=link.resource, sort_order=99
            )

    def test_the_form_says_so_and_stores_nothing(self):
        before = stored_resources(self.explainer)
        revisions = self.explainer.revisions.count()
        data = edit_form_data(self.client, self.explainer)
        add_link(data, self.explainer.resource_links.first().resource)
        data["action-publish"] = "action-publish"

        response = self.client.post(self.edit_url(self.explainer), data)

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, DUPLICATE_ERROR, count=1)
        self.assertEqual(stored_resources(self.explainer), before)
        self.assertEqual(self.explainer.revisions.count(), revisions)

    def test_a_removed_duplicate_is_no_error(self):
        data = edit_form_data(self.client, self.explainer)
        resource = self.explainer.resource_links.first().resource
        index = data["resource_links-TOTAL_FORMS"]
        add_link(data, resource)
        data[f"resource_links-{index}-DELETE"] = "1"
        data["action-publish"] = "action-publish"
        response = self.client.post(self.edit_url(self.explainer), data)
        self.assertEqual(response.status_code, 302)

    def test_autosave_then_save_leaves_one_link(self):
        draft = ExplainerPageFactory(parent=self.index, live=False)
        data = add_link(edit_form_data(self.client, draft), self.resource)

        # The autosave posts in the background and answers in JSON; the
        # editor presses publish before the new row's id reached the form.
        autosave = self.client.post(
            self.edit_url(draft), data, HTTP_ACCEPT="application/json"
        )
        self.assertEqual(autosave.status_code, 200)
        self.assertTrue(json.loads(autosave.content)["success"])
        self.assertEqual(stored_resources(draft), [self.resource.pk])

        data["action-publish"] = "action-publish"
        response = self.client.post(self.edit_url(draft), data)

        self.assertEqual(response.status_code, 302)
        self.assertEqual(stored_resources(draft), [self.resource.pk])
        draft.refresh_from_db()
        self.assertTrue(draft.live)
        html = self.client.get(draft.url).content.decode()
        self.assertEqual(html.count(self.resource.url), 1)

    def revision_with_a_duplicate(self):
        revision = self.explainer.save_revision(user=self.user)
        links = revision.content["resource_links"]
        links.append({**links[0], "pk": None, "sort_order": len(links)})
        revision.save(update_fields=["content"])
        return revision, len(links) - 1

    def test_revert_to_a_revision_with_a_duplicate_shows_it_once(self):
        revision, unique = self.revision_with_a_duplicate()
        url = reverse(
            "wagtailadmin_pages:revisions_revert",
            args=[self.explainer.pk, revision.pk],
        )
        html = self.client.get(url).content.decode()
        total = re.search(r'name="resource_links-TOTAL_FORMS" value="(\d+)"', html)
        self.assertEqual(int(total.group(1)), unique)

    def test_publishing_a_revision_with_a_duplicate_keeps_one(self):
        revision, unique = self.revision_with_a_duplicate()
        revision.publish()
        resources = stored_resources(self.explainer)
        self.assertEqual(len(resources), unique)
        self.assertEqual(len(set(resources)), unique)

    def test_copy_keeps_one_link_each(self):
        original = stored_resources(self.explainer)
        response = self.client.post(
            reverse("wagtailadmin_pages:copy", args=[self.explainer.pk]),
            {
                "new_title": "Kopie van de uitleg",
                "new_slug": "kopie-van-de-uitleg",
                "new_parent_page": str(self.index.pk),
                "publish_copies": "on",
            },
        )
        self.assertEqual(response.status_code, 302)
        copy = ExplainerPage.objects.get(slug="kopie-van-de-uitleg")
        self.assertEqual(sorted(stored_resources(copy)), sorted(original))


def test_first_link_to_each_resource_keeps_the_order():
    links = [{"resource": 3}, {"resource": 1}, {"resource": 3}, {"resource": 2}]
    assert first_link_to_each_resource(links) == links[:2] + links[3:]


def test_the_migration_keeps_the_first_link_by_sort_order():
    rows = [(10, 1, 7), (11, 1, 8), (12, 1, 7), (13, 2, 7), (14, 1, 8)]
    assert migration.duplicate_link_ids(rows) == [12, 14]


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_migration_removes_duplicates_from_the_database(explainer_index):
    """On PostgreSQL the constraint can be dropped inside the test's
    transaction (and comes back with the rollback) to store duplicates."""
    from django.apps import apps

    page = ExplainerPage.objects.filter(resource_links__isnull=False).first()
    first = page.resource_links.order_by("sort_order").first()
    table = ExplainerResourceLink._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'ALTER TABLE "{table}" DROP CONSTRAINT '
            f'"explainers_explainerresourcelink_once_per_page"'
        )
    later = ExplainerResourceLink.objects.create(
        page=page, resource=first.resource, sort_order=first.sort_order + 50
    )
    before = stored_resources(page)

    migration.remove_duplicate_resource_links(apps, None)

    after = ExplainerResourceLink.objects.filter(page=page)
    assert len(before) == len(after) + 1
    assert not after.filter(pk=later.pk).exists()
    assert after.filter(pk=first.pk).exists()
