"""Partner organisations: reference data, so a snippet rather than a page."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Partner(index.Indexed, models.Model):
    """A Wijkwijzer partner organisation. Editors maintain it as a snippet; it
    appears in the footer, on the home page, under /partners/ and on resources."""

    name = models.CharField(_("naam"), max_length=200, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=50, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    website = models.URLField(_("website"), help_text=_("De echte homepage."))
    description = models.TextField(_("omschrijving"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveIntegerField(_("volgorde"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("short_name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partner_detail", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return self.short_name or self.name
