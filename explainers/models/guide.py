"""The step-by-step guide "In stappen naar een wijkaanpak" under /stappenplan/."""

from html import unescape

from django.db import models
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from explainers import guidance
from explainers.resource_links import OnceEachResource, ResourceLinksPanel
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin
from .resources import ResourceLink

RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
PHASES = [
    ("orienteren", _("Oriënteren")),
    ("initieren", _("Initiëren")),
    ("ontwerpen", _("Ontwerpen")),
    ("uitvoeren", _("Uitvoeren")),
    ("evalueren", _("Evalueren en leren")),
]


class GuidePage(CompoundParts, RoutablePageMixin, SummaryMixin, ReviewedMixin, Page):
    """The guide: an introduction and its steps (child pages, in tree order).
    /stappenplan/afdrukken/ shows every step on one page for printing."""

    intro = RichTextField(_("introductie"), features=RICH_TEXT, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("intro"),
        COMPOUND_PARTS_FIELD,
    ]
    parent_page_types = ["explainers.HomePage"]
    subpage_types = ["explainers.StepPage"]
    type_label = _("Stappenplan")

    class Meta:
        verbose_name = _("stappenplan")
        verbose_name_plural = _("stappenplannen")

    def intro_to_show(self):
        """The intro, unless it only repeats the summary (shown as the lead
        above it): a page says the same thing once."""
        if not self.intro:
            return ""
        text = " ".join(unescape(strip_tags(self.intro)).split())
        if text == " ".join(self.summary.split()):
            return ""
        return self.intro

    @cached_property
    def steps(self):
        """The live steps in order (one query per request; the template and
        the JSON-LD both read them)."""
        return guidance.guide_steps(self)

    @path("afdrukken/", name="print")
    def print_view(self, request):
        context = self.get_context(request)
        context["steps"] = self.steps
        context["step_links"] = guidance.step_links_for_print(context["steps"])
        return render(request, "explainers/guide_page_print.html", context)


class StepPage(OnceEachResource, CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """One step of the guide: what it is about, what residents and
    professionals do, and what "loslaten" means in this step."""

    phase = models.CharField(_("fase"), max_length=20, choices=PHASES)
    about = RichTextField(_("waar gaat deze stap over?"), features=RICH_TEXT)
    residents = RichTextField(_("wat kunnen bewoners doen?"), features=RICH_TEXT)
    resident_part = models.CharField(
        _("wat doe jij als bewoner? (kort)"),
        max_length=250,
        blank=True,
        help_text=_(
            "Eén of twee korte zinnen tegen de bewoner (je). Staat bij de stap "
            "en op de startpagina 'Ik woon in de wijk'."
        ),
    )
    professionals = RichTextField(_("wat doen professionals?"), features=RICH_TEXT)
    letting_go = RichTextField(
        _("loslaten in deze stap"), features=RICH_TEXT, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("phase"),
        FieldPanel("summary"),
        FieldPanel("about"),
        FieldPanel("resident_part"),
        FieldPanel("residents"),
        FieldPanel("professionals"),
        FieldPanel("letting_go"),
        MultiFieldPanel(
            [
                InlinePanel("explainer_links", label=_("Uitleg")),
                InlinePanel("example_links", label=_("Praktijkvoorbeelden")),
                ResourceLinksPanel(label=_("Partnerbronnen")),
            ],
            heading=_("Verder lezen"),
        ),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("about"),
        index.SearchField("resident_part"),
        index.SearchField("residents"),
        index.SearchField("professionals"),
        index.SearchField("letting_go"),
        COMPOUND_PARTS_FIELD,
    ]
    parent_page_types = ["explainers.GuidePage"]
    subpage_types: list[str] = []
    type_label = _("Stap")

    class Meta:
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guidance.step_detail(self))
        return context


class StepExplainerLink(Orderable):
    page = ParentalKey(StepPage, related_name="explainer_links")
    explainer = models.ForeignKey(
        "explainers.ExplainerPage",
        verbose_name=_("uitleg"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("explainer")]


class StepExampleLink(Orderable):
    page = ParentalKey(StepPage, related_name="example_links")
    example = models.ForeignKey(
        "explainers.PracticePage",
        verbose_name=_("praktijkvoorbeeld"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("example")]


class StepResourceLink(ResourceLink):
    """A partner resource a step points to; read back on the resource page."""

    page = ParentalKey(StepPage, related_name="resource_links")
