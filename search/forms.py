"""Validation of the search page's query string."""

from django import forms

from explainers.models import Audience, Theme

# Type facet: slug → label. Slugs are part of shareable URLs; keep them.
RESULT_TYPES = {
    "uitleg": "Uitleg",
    "artikel": "Artikel",
    "partnerbron": "Partnerbron",
    "praktijkvoorbeeld": "Praktijkvoorbeeld",
    "stap": "Stap",
    "stappenplan": "Stappenplan",
    "startpagina": "Startpagina",
    "pagina": "Pagina",
    "thema": "Thema",
    "partner": "Partner",
    "begrip": "Begrip",
}


class SearchForm(forms.Form):
    """One value per facet, and the page number. ``q`` itself is read and
    cleaned by ``search.query`` (it accepts anything, even NUL bytes).
    An unknown facet value is ignored rather than failing the search."""

    type = forms.ChoiceField(required=False, choices=list(RESULT_TYPES.items()))
    thema = forms.ModelChoiceField(
        Theme.objects.all(), to_field_name="slug", required=False
    )
    doelgroep = forms.ModelChoiceField(
        Audience.objects.all(), to_field_name="slug", required=False
    )
    pagina = forms.IntegerField(required=False, min_value=1, max_value=10_000)
