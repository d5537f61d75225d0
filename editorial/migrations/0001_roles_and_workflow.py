"""Creates the roles Redacteur, Eindredacteur and Beheerder and the approval
workflow "Redactie" on the whole site.

Redacteur starts from Wagtail's own "Editors" group and Eindredacteur from
"Moderators" (their admin, page, image and document permissions); Beheerder
gets everything after migrate (editorial/roles.py). The site's workflow task
(Wagtail's "Moderators approval") is handed to Eindredacteur.
"""

from django.db import migrations

ROLES = [("Redacteur", "Editors"), ("Eindredacteur", "Moderators"), ("Beheerder", "Moderators")]


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    root = Page.objects.filter(depth=1).first()
    created = {}
    for name, template_name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        created[name] = group
        template = Group.objects.filter(name=template_name).first()
        if template is None:
            continue
        group.permissions.add(*template.permissions.all())
        for grant in GroupPagePermission.objects.filter(group=template):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=grant.page_id, permission_id=grant.permission_id
            )
        for grant in GroupCollectionPermission.objects.filter(group=template):
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection_id=grant.collection_id,
                permission_id=grant.permission_id,
            )

    # Wagtail's migrations made a "Moderators approval" workflow on the root
    # page; it becomes ours, approved by Eindredacteur (and Beheerder).
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is not None:
        task.name = "Eindredactie"
        task.save(update_fields=["name"])
        task.groups.set([created["Eindredacteur"], created["Beheerder"]])
    workflow = Workflow.objects.filter(name="Moderators approval").first()
    if workflow is not None:
        workflow.name = "Redactie"
        workflow.save(update_fields=["name"])
        if root is not None:
            WorkflowPage.objects.update_or_create(
                page=root, defaults={"workflow": workflow}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
