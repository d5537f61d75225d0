"""Practice examples (praktijkvoorbeelden) under /praktijk/, with uniform facts."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from explainers import guidance
from explainers.resource_links import OnceEachResource, ResourceLinksPanel
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts

from .mixins import ReviewedMixin, SummaryMixin
from .resources import ResourceLink

RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
# "Niet beoordeeld" is the only level a made-up example may carry: the others
# read as a recognition (Movisie's databank uses the same words).
NOT_ASSESSED = "niet-beoordeeld"
EVIDENCE_LEVELS = [
    (NOT_ASSESSED, _("Niet beoordeeld")),
    ("praktijkervaring", _("Praktijkervaring")),
    ("goed-beschreven", _("Goed beschreven")),
    ("goed-onderbouwd", _("Goed onderbouwd")),
    ("effectief", _("Effectief")),
]


class PracticeIndexPage(Page):
    """The /praktijk/ listing, filterable by theme, evidence and gemeente."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["explainers.HomePage"]
    subpage_types = ["explainers.PracticePage"]

    class Meta:
        verbose_name = _("overzicht praktijkvoorbeelden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guidance.practice_listing(self, request))
        return context


class PracticePage(OnceEachResource, CompoundParts, SummaryMixin, ReviewedMixin, Page):
    """How a neighbourhood approach went somewhere, told with the same facts
    every time so readers can compare."""

    gemeente = models.CharField(_("gemeente"), max_length=100)
    wijk = models.CharField(_("wijk"), max_length=100)
    period = models.CharField(_("periode"), max_length=50, help_text="2021–2024")
    participants = models.TextField(_("wie deden mee?"))
    residents_role = RichTextField(_("rol van bewoners"), features=RICH_TEXT)
    what_worked = RichTextField(_("wat werkte?"), features=RICH_TEXT)
    what_did_not = RichTextField(_("wat werkte niet?"), features=RICH_TEXT)
    evidence = models.CharField(
        _("onderbouwing"), max_length=20, choices=EVIDENCE_LEVELS
    )
    source = models.CharField(_("bron"), max_length=300)
    is_fictional = models.BooleanField(
        _("verzonnen voorbeeld"),
        default=False,
        help_text=_(
            "Vink dit aan als de plaats en de mensen verzonnen zijn. Op de pagina "
            "en op kaarten staat dan ‘Fictief voorbeeld’. De onderbouwing is "
            "dan altijd ‘Niet beoordeeld’."
        ),
    )
    body = RichTextField(_("het verhaal"), features=RICH_TEXT)
    themes = ParentalManyToManyField(
        "explainers.Theme", verbose_name=_("thema's"), blank=True
    )
    audiences = ParentalManyToManyField(
        "explainers.Audience", verbose_name=_("doelgroepen"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("gemeente"),
                FieldPanel("wijk"),
                FieldPanel("period"),
                FieldPanel("participants"),
                FieldPanel("is_fictional"),
                FieldPanel("evidence"),
                FieldPanel("source"),
            ],
            heading=_("Feiten"),
        ),
        FieldPanel("body"),
        FieldPanel("residents_role"),
        FieldPanel("what_worked"),
        FieldPanel("what_did_not"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        ResourceLinksPanel(label=_("Meer lezen bij de partners")),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("gemeente"),
        index.SearchField("wijk"),
        index.SearchField("what_worked"),
        index.SearchField("what_did_not"),
        index.FilterField("evidence"),
        COMPOUND_PARTS_FIELD,
    ]
    parent_page_types = ["explainers.PracticeIndexPage"]
    subpage_types: list[str] = []
    type_label = _("Praktijkvoorbeeld")

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    def clean(self):
        super().clean()
        if self.is_fictional and self.evidence != NOT_ASSESSED:
            raise ValidationError(
                {
                    "evidence": _(
                        "Een verzonnen voorbeeld is niet beoordeeld. Kies ‘Niet "
                        "beoordeeld’."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guidance.practice_detail(self))
        return context


class PracticeResourceLink(ResourceLink):
    """A partner resource a practice example points to."""

    page = ParentalKey(PracticePage, related_name="resource_links")
