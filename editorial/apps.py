from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Editors' tools: roles and the approval workflow (issue 5). Reads the
    content app, never the reverse."""

    name = "editorial"
    verbose_name = _("Redactie")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .roles import sync_role_permissions

        # Runs after every app's post_migrate (not only ours): permissions of
        # apps later in INSTALLED_APPS do not exist yet when ours is sent.
        post_migrate.connect(sync_role_permissions, dispatch_uid="editorial-roles")
