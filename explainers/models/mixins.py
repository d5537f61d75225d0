"""Abstract field groups that the concrete page types compose."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class SummaryMixin(models.Model):
    """A short plain-language summary: card text and meta description."""

    summary = models.TextField(
        _("kort gezegd"),
        max_length=300,
        help_text=_(
            "Eén of twee korte zinnen in gewone taal (B1). Dit staat bovenaan de "
            "pagina, op kaarten en in zoekmachines."
        ),
    )

    summary_panels = [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.summary


class ReviewedMixin(models.Model):
    """The public "Laatst gecontroleerd" date: when an editor last checked it."""

    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("De datum waarop de inhoud voor het laatst is nagekeken."),
    )

    class Meta:
        abstract = True
