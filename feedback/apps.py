from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """ "Was deze pagina nuttig?" under content pages, and the editors' report
    on it. Stores no personal data about readers (see README, Paginafeedback)."""

    name = "feedback"
    verbose_name = _("Paginafeedback")
    default_auto_field = "django.db.models.BigAutoField"
