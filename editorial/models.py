"""Editor-maintained data of the editorial tools."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class DifficultWord(index.Indexed, models.Model):
    """A word B1 readers often do not know, with a plain alternative. The
    readability check flags it in page texts ("moeilijke woorden")."""

    word = models.CharField(
        _("woord"),
        max_length=100,
        unique=True,
        help_text=_("Het moeilijke woord, in kleine letters."),
    )
    alternative = models.CharField(
        _("B1-alternatief"),
        max_length=200,
        help_text=_("Wat je beter kunt schrijven."),
    )
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    panels = [FieldPanel("word"), FieldPanel("alternative"), FieldPanel("note")]
    search_fields = [
        index.SearchField("word"),
        index.AutocompleteField("word"),
        index.SearchField("alternative"),
    ]

    class Meta:
        ordering = ["word"]
        verbose_name = _("moeilijk woord")
        verbose_name_plural = _("moeilijke woorden")

    def __str__(self):
        return self.word

    def save(self, *args, **kwargs):
        self.word = self.word.strip().lower()
        super().save(*args, **kwargs)

    @classmethod
    def as_dict(cls):
        """{word: alternative} for ``readability.analyse``."""
        return dict(cls.objects.values_list("word", "alternative"))


LONG_BROKEN_DAYS = 30


class LinkCheck(models.Model):
    """The result of the latest check of a partner resource's external URL
    (``manage.py check_links``). One row per resource."""

    resource = models.OneToOneField(
        "explainers.ResourcePage",
        verbose_name=_("bron"),
        on_delete=models.CASCADE,
        related_name="link_check",
    )
    status_code = models.PositiveSmallIntegerField(_("statuscode"), null=True)
    error = models.CharField(_("fout"), max_length=255, blank=True)
    final_url = models.URLField(_("eindadres"), max_length=2000, blank=True)
    redirected = models.BooleanField(_("doorverwezen"), default=False)
    last_checked = models.DateTimeField(_("laatst gecontroleerd"))
    last_ok = models.DateTimeField(_("laatst in orde"), null=True, blank=True)
    broken_since = models.DateTimeField(
        _("kapot sinds"),
        null=True,
        blank=True,
        help_text=_("Eerste mislukte controle sinds de link het laatst werkte."),
    )

    class Meta:
        verbose_name = _("linkcontrole")
        verbose_name_plural = _("linkcontroles")

    def __str__(self):
        return f"{self.resource_id}: {self.status_code or self.error}"

    @property
    def is_broken(self):
        return bool(self.error) or (self.status_code or 0) >= 400

    @property
    def result(self):
        """Dutch summary for the report: the error, or the status code."""
        if self.error:
            return self.error
        text = str(self.status_code)
        if self.redirected and not self.is_broken:
            text += " (doorverwezen)"
        return text

    def broken_for_long(self, now=None, days=LONG_BROKEN_DAYS):
        """True when the last check failed and the link has not worked for
        more than ``days`` days: since the last success, or, for a link that
        never worked, since the first failed check."""
        if not self.is_broken:
            return False
        since = self.last_ok or self.broken_since
        if since is None:
            return False
        return (now or timezone.now()) - since > datetime.timedelta(days=days)


class PageViewDay(models.Model):
    """How often a page was read on one day. Nothing else: no visitor, no
    address, no browser, no cookie (editorial/page_views.py)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="view_days"
    )
    date = models.DateField(_("dag"))
    views = models.PositiveIntegerField(_("keer gelezen"), default=0)

    class Meta:
        verbose_name = _("paginaweergaven per dag")
        verbose_name_plural = _("paginaweergaven per dag")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "date"], name="one_row_per_page_day"
            )
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"
