"""Fixed vocabularies that editors attach to pages and professionals filter on."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class BaseTaxonomy(index.Indexed, models.Model):
    """Name, stable slug (used in filter URLs), description and sort order."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Wordt gebruikt in webadressen en filters. Niet meer wijzigen."),
    )
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.PositiveIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(BaseTaxonomy):
    """A theme ("opgave in de wijk"); has its own page under /themas/."""

    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_absolute_url(self):
        return reverse("theme_detail", kwargs={"slug": self.slug})


class Audience(BaseTaxonomy):
    """Who a page or resource is written for: residents or professionals."""

    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class ResourceType(BaseTaxonomy):
    """The kind of partner resource: handreiking, instrument, onderzoek, …"""

    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("soort bron")
        verbose_name_plural = _("soorten bronnen")
