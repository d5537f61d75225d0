"""Pages made by earlier data migrations (home and the section pages) were
never published through a revision, so they have no publication date; the
sitemap's lastmod and the feeds need one."""

from django.db import migrations
from django.db.models.functions import Coalesce
from django.utils import timezone


def fill_publication_dates(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    now = timezone.now()
    Page.objects.filter(live=True, last_published_at=None).update(
        last_published_at=Coalesce("first_published_at", now),
        first_published_at=Coalesce("first_published_at", now),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("explainers", "0006_site_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(fill_publication_dates, migrations.RunPython.noop)]
