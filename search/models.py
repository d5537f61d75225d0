"""Editor-maintained synonyms and anonymous counts of searches that found nothing.

All searches are counted with Wagtail's own ``Query``/``QueryDailyHits``
(search promotions app); we add only what it lacks. Searches are counted in
the cache first and written here by ``search.statistics.flush()``. No personal data is
stored: just the normalised search term, a date and a number.
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

_SEPARATORS = re.compile(r"[\n,;]+")


class SynonymGroup(index.Indexed, models.Model):
    """Words that mean the same to our readers ("bewoners", "inwoners", …).
    Editors maintain them as snippets; every search also looks for the others."""

    terms = models.TextField(
        _("woorden"),
        help_text=_(
            "Eén woord of woordgroep per regel (of met komma's ertussen). "
            "Wie één ervan zoekt, vindt ook pagina's met de andere."
        ),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]
    search_fields = [index.SearchField("terms"), index.AutocompleteField("terms")]

    class Meta:
        verbose_name = _("synoniemengroep")
        verbose_name_plural = _("synoniemen")
        ordering = ["pk"]

    def __str__(self):
        return ", ".join(self.term_list()[:4])

    def term_list(self):
        """The group's terms, lower case, each once, in the editor's order."""
        seen = []
        for part in _SEPARATORS.split(self.terms):
            term = " ".join(part.lower().split())
            if term and term not in seen:
                seen.append(term)
        return seen


class ZeroResultHit(models.Model):
    """How often a search term found nothing, per day."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="zero_result_hits",
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("query", "date")]
        verbose_name = _("zoekopdracht zonder resultaat")
        verbose_name_plural = _("zoekopdrachten zonder resultaat")

    def __str__(self):
        return f"{self.query} ({self.date}): {self.hits}"


class CorrectedSearchHit(models.Model):
    """How often a search term found nothing as typed, and the reader got the
    results of its spelling correction instead (search.vocabulary), per day.
    These searches are not counted as without results: the reader saw some."""

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="corrected_hits",
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)
    corrected_to = models.CharField(_("verbeterd in"), max_length=255)

    class Meta:
        unique_together = [("query", "date")]
        verbose_name = _("verbeterde zoekopdracht")
        verbose_name_plural = _("verbeterde zoekopdrachten")

    def __str__(self):
        return f"{self.query} → {self.corrected_to} ({self.date}): {self.hits}"


class Suggestion(models.Model):
    """One row per word start of a title, glossary term or synonym: what the
    search field suggests as you type (search/suggest.py keeps it current).

    ``key`` is the text from that word on, folded (lower case, no accents,
    punctuation as spaces), so a prefix query ``key LIKE 'wijk%'`` on its
    index finds every word that starts with "wijk". Derived data: rebuilt
    with ``manage.py rebuild_suggestions``."""

    # Indexed with position, length and kind_order by migration 0003 (one
    # index per database, see search/suggest.py).
    key = models.CharField(max_length=120)
    text = models.CharField(max_length=255)
    kind = models.CharField(max_length=8)
    url = models.CharField(max_length=500)
    # "page:12", "term:3", "word:inspraak": what the row suggests, for
    # refreshing one source and for showing each source once.
    source = models.CharField(max_length=120, db_index=True)
    position = models.PositiveSmallIntegerField()  # 0: the text starts here
    length = models.PositiveSmallIntegerField()
    kind_order = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("zoeksuggestie")
        verbose_name_plural = _("zoeksuggesties")

    def __str__(self):
        return f"{self.text} ({self.key})"


class HiddenSearchTerm(models.Model):
    """A search term an editor hid from the "Zoektermen" report (nonsense or a
    script someone tried); its searches are still counted, just not shown."""

    query = models.OneToOneField(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="hidden",
    )
    hidden_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("verborgen zoekterm")
        verbose_name_plural = _("verborgen zoektermen")

    def __str__(self):
        return str(self.query)
