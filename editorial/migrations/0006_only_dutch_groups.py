"""Only our Dutch roles: Wagtail's own "Editors" and "Moderators" go.

Wagtail's migrations create them; 0001 copied their permissions to Redacteur
and Eindredacteur. Anything still pointing at them (members, model, page and
collection permissions, approval tasks) moves to the Dutch role first, so
deleting them takes nothing away from anyone.
"""

from django.conf import settings
from django.db import migrations

DUTCH = {"Editors": "Redacteur", "Moderators": "Eindredacteur"}


def move_to_dutch_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    User = apps.get_model(settings.AUTH_USER_MODEL)

    for english, dutch in DUTCH.items():
        old = Group.objects.filter(name=english).first()
        if old is None:
            continue
        new, _ = Group.objects.get_or_create(name=dutch)
        new.permissions.add(*old.permissions.all())
        for user in User.objects.filter(groups=old):
            user.groups.add(new)
        for grant in GroupPagePermission.objects.filter(group=old):
            GroupPagePermission.objects.get_or_create(
                group=new, page_id=grant.page_id, permission_id=grant.permission_id
            )
        for grant in GroupCollectionPermission.objects.filter(group=old):
            GroupCollectionPermission.objects.get_or_create(
                group=new,
                collection_id=grant.collection_id,
                permission_id=grant.permission_id,
            )
        for task in GroupApprovalTask.objects.filter(groups=old):
            task.groups.add(new)
            task.groups.remove(old)
        old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0005_je_register"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(move_to_dutch_groups, migrations.RunPython.noop)]
