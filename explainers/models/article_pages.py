"""News and background articles under /artikelen/."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from explainers import listings
from explainers.blocks import BodyStreamBlock
from explainers.resource_links import OnceEachResource, ResourceLinksPanel
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin
from .resources import ResourceLink


class ArticleIndexPage(Page):
    """The /artikelen/ section: newest first, paginated, filterable by theme."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["explainers.HomePage"]
    subpage_types = ["explainers.ArticlePage"]

    class Meta:
        verbose_name = _("overzicht artikelen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.article_listing(self, request))
        return context


class ArticlePage(OnceEachResource, CompoundParts, ReviewedMixin, Page):
    """A dated article (news, a story from practice) by a named author."""

    # Articles are dated news: they age less than explainers do.
    review_interval_months = 24

    date = models.DateField(_("datum"))
    author = models.CharField(_("auteur"), max_length=100)
    intro = models.TextField(
        _("intro"),
        max_length=400,
        help_text=_("Eén of twee zinnen. Staat bovenaan en op kaarten."),
    )
    is_fictional = models.BooleanField(
        _("verzonnen verhaal"),
        default=False,
        help_text=_(
            "Vink dit aan als de plaats en de mensen verzonnen zijn. Op de pagina "
            "en op kaarten staat dan ‘Fictief voorbeeld’."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("tekst"))
    themes = ParentalManyToManyField(
        "explainers.Theme", verbose_name=_("thema's"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("is_fictional")],
            heading=_("Over dit artikel"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        ResourceLinksPanel(label=_("Meer lezen bij de partners")),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.ArticleIndexPage"]
    subpage_types: list[str] = []
    type_label = _("Artikel")

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    @property
    def summary(self):
        return self.intro

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.article_detail(self))
        return context


class ArticleResourceLink(ResourceLink):
    """A partner resource an article points to; read back on the resource page."""

    page = ParentalKey(ArticlePage, related_name="resource_links")
