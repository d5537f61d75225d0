"""The home page and the simple content page (Over, Privacy, Toegankelijkheid)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from explainers.blocks import BodyStreamBlock
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin


class HomePage(Page):
    """The site root: intro, the two entry routes, featured explainers, themes,
    latest articles and partners. Created by a data migration."""

    intro = models.TextField(_("introductie"), blank=True)
    residents_text = models.CharField(
        _("tekst bij 'Ik woon in de wijk'"), max_length=250, blank=True
    )
    professionals_text = models.CharField(
        _("tekst bij 'Ik werk in de wijk'"), max_length=250, blank=True
    )
    residents_page = models.ForeignKey(
        "explainers.RoutePage",
        verbose_name=_("startpagina bij 'Ik woon in de wijk'"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    professionals_page = models.ForeignKey(
        "explainers.RoutePage",
        verbose_name=_("startpagina bij 'Ik werk in de wijk'"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("residents_page"),
                FieldPanel("residents_text"),
                FieldPanel("professionals_page"),
                FieldPanel("professionals_text"),
            ],
            heading=_("Ingangen voor bewoners en professionals"),
        ),
        InlinePanel("featured_explainers", label=_("Uitgelichte uitleg"), max_num=6),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "explainers.ExplainerIndexPage",
        "explainers.ArticleIndexPage",
        "explainers.ResourceIndexPage",
        "explainers.ContentPage",
        "explainers.GuidePage",
        "explainers.PracticeIndexPage",
        "explainers.RoutePage",
    ]

    class Meta:
        verbose_name = _("homepagina")

    def get_context(self, request, *args, **kwargs):
        from explainers import listings

        context = super().get_context(request, *args, **kwargs)
        context.update(listings.home_listings(self))
        context["routes"] = listings.home_routes(self, request)
        return context


class HomeFeaturedExplainer(Orderable):
    """An explainer that editors pick for the home page, in their order."""

    page = ParentalKey(HomePage, related_name="featured_explainers")
    explainer = models.ForeignKey(
        "explainers.ExplainerPage",
        verbose_name=_("uitleg"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("explainer")]


class ContentPage(CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """A plain page for "Over Wijkwijzer", "Privacy", "Toegankelijkheid"."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("inhoud"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.HomePage", "explainers.ContentPage"]
    subpage_types = ["explainers.ContentPage"]
    type_label = _("Pagina")

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")
