"""Glossary terms (begrippen), marked in page texts where readers meet them."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

_SEPARATORS = re.compile(r"[\n,;]+")


class GlossaryTerm(index.Indexed, models.Model):
    """A word readers may not know, with a short B1 definition. Editors keep
    the list as snippets; /begrippen/ lists them A–Z and page texts mark the
    first place each one appears."""

    term = models.CharField(_("begrip"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    variants = models.TextField(
        _("andere vormen"),
        blank=True,
        help_text=_("Meervoud, afkorting of andere spelling; één per regel."),
    )
    definition = models.TextField(
        _("uitleg"),
        max_length=300,
        help_text=_("Eén korte zin in gewone taal (B1)."),
    )
    link = models.CharField(
        _("meer lezen"),
        max_length=300,
        blank=True,
        help_text=_("Optioneel: een pagina op deze site (/uitleg/…) of een webadres."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("variants"),
        FieldPanel("definition"),
        FieldPanel("link"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("variants"),
        index.SearchField("definition"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:100]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('glossary')}#{self.anchor}"

    def clean(self):
        """Every term needs its own anchor on /begrippen/: "Wijkaanpak" next
        to "wijkaanpak", or a term of only signs ("&"), would have none."""
        super().clean()
        slug = self.slug or slugify(self.term)[:100]
        if not slug:
            raise ValidationError(
                {"term": _("Gebruik in het begrip minstens één letter of cijfer.")}
            )
        if GlossaryTerm.objects.exclude(pk=self.pk).filter(slug=slug).exists():
            raise ValidationError(
                {"term": _("Dit begrip staat er al (misschien anders geschreven).")}
            )

    def forms(self):
        """The term and its variants, each once."""
        found = [self.term]
        for part in _SEPARATORS.split(self.variants):
            part = " ".join(part.split())
            if part and part.lower() not in (f.lower() for f in found):
                found.append(part)
        return found

    @property
    def anchor(self):
        return f"begrip-{self.slug}"

    # The names search results and cards use for every snippet type.
    @property
    def name(self):
        return self.term

    @property
    def description(self):
        return self.definition
