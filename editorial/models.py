"""Editor-maintained data of the editorial tools."""

from django.db import models
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
        help_text=_("Wat u beter kunt schrijven."),
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
