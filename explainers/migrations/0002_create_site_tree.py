"""Creates the home page and the three section pages, and points the default
site at the home page, so a fresh database is a working site."""

from django.db import migrations

SECTIONS = [
    ("explainerindexpage", "Uitleg", "uitleg", "0001"),
    ("articleindexpage", "Artikelen", "artikelen", "0002"),
    ("resourceindexpage", "Partnerbronnen", "bronnen", "0003"),
]
HOME_PATH = "00010001"


def create_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")

    # Remove Wagtail's placeholder welcome page (a plain Page at depth 2).
    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2
    ).delete()
    locale = Locale.objects.order_by("pk").first()

    def content_type(model):
        return ContentType.objects.get_or_create(app_label="explainers", model=model)[0]

    home = apps.get_model("explainers.HomePage").objects.create(
        title="Wijkwijzer",
        draft_title="Wijkwijzer",
        slug="home",
        content_type=content_type("homepage"),
        path=HOME_PATH,
        depth=2,
        numchild=len(SECTIONS),
        url_path="/home/",
        locale=locale,
        live=True,
    )
    for model, title, slug, step in SECTIONS:
        apps.get_model("explainers", model).objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type(model),
            path=HOME_PATH + step,
            depth=3,
            numchild=0,
            url_path=f"/home/{slug}/",
            locale=locale,
            live=True,
            show_in_menus=True,
        )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Wijkwijzer",
        root_page_id=home.pk,
        is_default_site=True,
    )


def remove_tree(apps, schema_editor):
    Page = apps.get_model("wagtailcore.Page")
    Page.objects.filter(path__startswith=HOME_PATH).delete()


class Migration(migrations.Migration):
    dependencies = [("explainers", "0001_initial")]

    operations = [migrations.RunPython(create_tree, remove_tree)]
