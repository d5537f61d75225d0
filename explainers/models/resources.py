"""Partner resources and the one relation that links pages to them.

Resources are pages (not snippets) because each needs its own URL under
/bronnen/, search, sitemap entry, preview, revisions and redirects.
"""

from django import forms
from django.core.exceptions import ObjectDoesNotExist
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from editorial.link_panel import LinkCheckPanel
from explainers import listings
from search.compounds import COMPOUND_PARTS_FIELD, CompoundParts
from wijkwijzer.request_memo import remember

from .mixins import ReviewedMixin
from .partners import Partner
from .taxonomy import ResourceType


class ResourceIndexPage(Page):
    """The /bronnen/ library: every resource, with filters and pagination."""

    intro = RichTextField(_("introductie"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["explainers.HomePage"]
    subpage_types = ["explainers.ResourcePage"]

    class Meta:
        verbose_name = _("bronnenbibliotheek")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.resource_listing(self, request))
        return context


class ResourcePage(CompoundParts, ReviewedMixin, Page):
    """A publication, tool or course of a partner, described here and linked to
    on the partner's site. Shows the explainers and articles that cite it."""

    review_interval_months = 12

    external_url = models.URLField(
        _("webadres bij de partner"),
        max_length=500,
        unique=True,
        help_text=_("Het adres van de bron op de site van de partner."),
    )
    partner = models.ForeignKey(
        "explainers.Partner",
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    resource_type = models.ForeignKey(
        "explainers.ResourceType",
        verbose_name=_("soort"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    themes = ParentalManyToManyField(
        "explainers.Theme", verbose_name=_("thema's"), blank=True
    )
    audiences = ParentalManyToManyField(
        "explainers.Audience", verbose_name=_("doelgroepen"), blank=True
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Wat vind je bij deze bron? Eén of twee zinnen in gewone taal."),
    )
    year = models.PositiveSmallIntegerField(
        _("jaar"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("external_url"),
        LinkCheckPanel(),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("partner"),
                FieldPanel("resource_type"),
                FieldPanel("year"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Indeling"),
        ),
        *ReviewedMixin.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.RelatedFields("partner", [index.SearchField("name")]),
        index.FilterField("partner"),
        index.FilterField("resource_type"),
        COMPOUND_PARTS_FIELD,
    ]

    parent_page_types = ["explainers.ResourceIndexPage"]
    subpage_types: list[str] = []
    type_label = _("Partnerbron")

    class Meta:
        verbose_name = _("partnerbron")
        verbose_name_plural = _("partnerbronnen")

    def get_meta_description(self):
        return self.search_description or self.summary

    def get_admin_display_title(self):
        """ "Titel — Partner · Soort · 2022" in choosers and admin listings:
        resources by different partners may share a title."""
        details = [
            self._name_of("partner", Partner),
            self._name_of("resource_type", ResourceType),
            str(self.year) if self.year else "",
        ]
        details = " · ".join(detail for detail in details if detail)
        title = super().get_admin_display_title()
        return f"{title} — {details}" if details else title

    def _name_of(self, field_name, model):
        """The short name of the partner or type, without a query per page
        when listed: the related object if loaded, else all names at once
        (once per GET request)."""
        field = self._meta.get_field(field_name)
        if field.is_cached(self):
            related = getattr(self, field_name)
            return getattr(related, "short_name", "") or related.name
        names = remember(f"admin_names:{model._meta.label}", lambda: _names(model))
        return names.get(getattr(self, field.attname), "")

    def get_context(self, request, *args, **kwargs):
        self._load_related()
        context = super().get_context(request, *args, **kwargs)
        context.update(listings.resource_detail(self))
        context["broken_link_check"] = self.broken_link_check()
        return context

    def _load_related(self):
        """Partner, type and link check in one query instead of three. A
        preview may have chosen another partner or type: those stay lazy."""
        if self.pk is None:
            return
        loaded = (
            ResourcePage.objects.select_related(
                "partner", "resource_type", "link_check"
            )
            .filter(pk=self.pk)
            .first()
        )
        if loaded is None:
            return
        cache = self._state.fields_cache
        if loaded.partner_id == self.partner_id:
            cache.setdefault("partner", loaded.partner)
        if loaded.resource_type_id == self.resource_type_id:
            cache.setdefault("resource_type", loaded.resource_type)
        cache.setdefault("link_check", loaded._state.fields_cache.get("link_check"))

    def broken_link_check(self):
        """The latest link check (``manage.py check_links``) when the external
        link has been broken for long, else None; one query. The page then
        says so, but keeps the link: the partner may fix it."""
        if self.pk is None:
            return None
        try:
            check = self.link_check
        except ObjectDoesNotExist:
            return None
        return check if check.broken_for_long() else None


def _names(model):
    short = "short_name" if hasattr(model, "short_name") else "name"
    return {
        pk: short_name or name
        for pk, short_name, name in model.objects.values_list("pk", short, "name")
    }


class ResourceLink(Orderable):
    """Abstract base of a page's ordered link to a resource, with a note.
    A page links a resource at most once: the admin form says so in words
    (explainers/resource_links.py), the constraint holds whatever the path."""

    resource = models.ForeignKey(
        ResourcePage,
        verbose_name=_("bron"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("toelichting"),
        max_length=200,
        blank=True,
        help_text=_("Optioneel: waarom is deze bron handig?"),
    )

    panels = [FieldPanel("resource"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["page", "resource"],
                name="%(app_label)s_%(class)s_once_per_page",
            )
        ]
