"""Adds the /stappenplan/ and /praktijk/ sections under the home page, so the
URLs exist on a fresh database before any demo content is loaded."""

from django.db import migrations

SECTIONS = [
    ("guidepage", "In stappen naar een wijkaanpak", "stappenplan"),
    ("practiceindexpage", "Praktijkvoorbeelden", "praktijk"),
]


def create_sections(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    home = apps.get_model("explainers.HomePage").objects.first()
    if home is None:
        return
    children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    last = children.order_by("-path").first()
    next_step = int(last.path[-4:], 36) + 1 if last else 1
    for model, title, slug in SECTIONS:
        if children.filter(slug=slug).exists():
            continue
        content_type, _ = ContentType.objects.get_or_create(
            app_label="explainers", model=model
        )
        fields = {"summary": ""} if model == "guidepage" else {}
        apps.get_model("explainers", model).objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=home.path + _encode(next_step),
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{slug}/",
            locale_id=home.locale_id,
            live=True,
            show_in_menus=True,
            **fields,
        )
        next_step += 1
    Page.objects.filter(pk=home.pk).update(
        numchild=Page.objects.filter(
            path__startswith=home.path, depth=home.depth + 1
        ).count()
    )


def _encode(number):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    step = ""
    for _ in range(4):
        number, rest = divmod(number, 36)
        step = alphabet[rest] + step
    return step


def remove_sections(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Page.objects.filter(slug__in=[slug for *_, slug in SECTIONS], depth=3).delete()


class Migration(migrations.Migration):
    dependencies = [("explainers", "0003_guide_practice_glossary")]

    operations = [migrations.RunPython(create_sections, remove_sections)]
