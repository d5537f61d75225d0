"""Before the (page, resource) constraint of 0012: a page that links the same
resource more than once keeps its first link (by sort order, then id)."""

from django.db import migrations
from django.db.models import F

LINK_MODELS = [
    "ExplainerResourceLink",
    "ArticleResourceLink",
    "StepResourceLink",
    "PracticeResourceLink",
]


def duplicate_link_ids(rows):
    """Ids of the links after the first to the same resource on the same
    page; ``rows`` are (id, page id, resource id), first link first."""
    seen = set()
    duplicates = []
    for pk, page_id, resource_id in rows:
        if (page_id, resource_id) in seen:
            duplicates.append(pk)
        else:
            seen.add((page_id, resource_id))
    return duplicates


def remove_duplicate_resource_links(apps, schema_editor):
    for name in LINK_MODELS:
        model = apps.get_model("explainers", name)
        # Same order on both databases: a link without sort order comes last.
        first_first = F("sort_order").asc(nulls_last=True)
        rows = model.objects.order_by("page_id", first_first, "pk").values_list(
            "pk", "page_id", "resource_id"
        )
        duplicates = duplicate_link_ids(rows.iterator())
        # In slices: SQLite limits the number of parameters in one query.
        for start in range(0, len(duplicates), 500):
            model.objects.filter(pk__in=duplicates[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("explainers", "0010_fictional_flag"),
    ]

    operations = [
        migrations.RunPython(
            remove_duplicate_resource_links, migrations.RunPython.noop
        ),
    ]
