"""Abstract field groups that the concrete page types compose."""

import calendar
import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


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


def add_months(date, months):
    """``date`` plus ``months`` calendar months; the day is clamped to the
    length of the target month (31 January + 1 month = 28/29 February)."""
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return date.replace(year=year, month=month, day=day)


class ReviewedMixin(models.Model):
    """Review dates: when an editor last checked the page (shown publicly as
    "Laatst gecontroleerd op …") and when it is due again. The page's owner
    (Wagtail's own ``Page.owner``) is responsible for the next review.

    ``next_review`` is filled in on every save and revision when it is empty,
    or when it lies before ``last_reviewed``:
    (``last_reviewed`` or today) + ``review_interval_months``.
    """

    review_interval_months = 12

    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("De datum waarop de inhoud voor het laatst is nagekeken."),
    )
    next_review = models.DateField(
        _("volgende controle"),
        null=True,
        blank=True,
        help_text=_(
            "Leeg laten? Dan vult de site de laatste controle plus de vaste termijn "
            "voor dit soort pagina in."
        ),
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel(
                    "owner",
                    heading=_("eigenaar"),
                    help_text=_(
                        "De redacteur die deze pagina op tijd laat controleren. "
                        "Ziet de pagina op het dashboard als de controle te laat is."
                    ),
                ),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review"),
            ],
            heading=_("Controle"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_next_review()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.fill_next_review()
        revision = super().save_revision(*args, **kwargs)
        # The owner belongs to the page, not to a revision: publishing a
        # revision keeps the page's current owner. Store an owner chosen in
        # the edit form right away, as Wagtail does with the draft title.
        if self.pk is not None:
            Page.objects.filter(pk=self.pk).exclude(owner_id=self.owner_id).update(
                owner_id=self.owner_id
            )
        return revision

    def default_next_review(self):
        start = self.last_reviewed or datetime.date.today()
        return add_months(start, self.review_interval_months)

    def fill_next_review(self):
        """Set ``next_review`` when it is empty or before the last review."""
        if self.next_review is None or (
            self.last_reviewed is not None and self.next_review <= self.last_reviewed
        ):
            self.next_review = self.default_next_review()

    def clean(self):
        self.fill_next_review()
        super().clean()
