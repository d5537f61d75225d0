"""Start pages for the two routes on the home page: "Ik woon in de wijk"
(/ik-woon-in-de-wijk/) and "Ik werk in de wijk" (/ik-werk-in-de-wijk/)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from explainers import listings
from explainers.blocks import BodyStreamBlock
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin


class RoutePage(CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """A start page for one audience, written by editors. Below the editor's
    text the page lists what the site has for that audience (see
    ``listings.route_sections``): for residents their part in each step of
    the guide; for professionals the guide's steps and partner resources by
    theme; for both the explainers and practice examples written for them."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"))
    audience = models.ForeignKey(
        "explainers.Audience",
        verbose_name=_("doelgroep"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Bepaalt wat de site onder de tekst zet: uitleg, praktijkvoorbeelden "
            "en bronnen voor deze doelgroep."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("body"),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.HomePage"]
    subpage_types: list[str] = []
    type_label = _("Startpagina")

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.route_sections(self, request))
        return context
