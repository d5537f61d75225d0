from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LimitsConfig(AppConfig):
    """Limits on the password forms (admin login, password reset, the password
    of a restricted section), counted in the database so they hold whether or
    not Redis is up."""

    name = "limits"
    verbose_name = _("Limieten")
    default_auto_field = "django.db.models.BigAutoField"
