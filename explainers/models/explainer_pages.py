"""Explainers: the plain-language core of the site, under /uitleg/."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from explainers import listings, stream_text
from explainers.blocks import BodyStreamBlock
from explainers.resource_links import OnceEachResource, ResourceLinksPanel
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin
from .resources import ResourceLink


class ExplainerIndexPage(Page):
    """The /uitleg/ section: all explainers, filterable by theme and audience."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["explainers.HomePage"]
    subpage_types = ["explainers.ExplainerPage"]

    class Meta:
        verbose_name = _("overzicht uitleg")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.explainer_listing(self, request))
        return context


class ExplainerPage(OnceEachResource, CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """An explainer in plain Dutch, with an optional part for professionals and
    links to partner resources. Explainers may nest (sub-explainers)."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("tekst voor bewoners"))
    professionals = StreamField(
        BodyStreamBlock(),
        verbose_name=_("voor professionals"),
        blank=True,
        help_text=_("Verschijnt na de tekst voor bewoners, onder een eigen kop."),
    )
    themes = ParentalManyToManyField(
        "explainers.Theme", verbose_name=_("thema's"), blank=True
    )
    audiences = ParentalManyToManyField(
        "explainers.Audience", verbose_name=_("doelgroepen"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("professionals"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        ResourceLinksPanel(label=_("Meer lezen bij de partners")),
        InlinePanel(
            "related_pages",
            label=_("Gerelateerd"),
            help_text=_("Leeg gelaten? Dan kiest de site uitleg met dezelfde thema's."),
        ),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("professionals"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("live"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.ExplainerIndexPage", "explainers.ExplainerPage"]
    subpage_types = ["explainers.ExplainerPage"]
    type_label = _("Uitleg")

    class Meta:
        verbose_name = _("uitleg")
        verbose_name_plural = _("uitleg")

    def contents(self):
        return stream_text.headings(self.body)

    def reading_minutes(self):
        return stream_text.reading_minutes(self.body, self.professionals)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.explainer_detail(self))
        return context


class ExplainerResourceLink(ResourceLink):
    """A partner resource an explainer points to ("Meer lezen bij de partners").
    The resource page reads these rows backwards for "Uitgelegd in"."""

    page = ParentalKey(ExplainerPage, related_name="resource_links")


class ExplainerRelatedPage(Orderable):
    """An editor's pick for the "Gerelateerd" block of an explainer."""

    page = ParentalKey(ExplainerPage, related_name="related_pages")
    related = models.ForeignKey(
        ExplainerPage,
        verbose_name=_("uitleg"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related")]
