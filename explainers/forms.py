"""Forms that validate the query string of listings (filters and page number).

Bad input never reaches the database unchecked: unknown slugs make the form
invalid (the listing then shows no results and says why), a bad page number
gives a 404.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from explainers.models import Audience, Partner, ResourceType, Theme
from explainers.models.practice import EVIDENCE_LEVELS

MAX_VALUES_PER_FILTER = 20
MAX_PAGE = 100_000


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Multiple-choice filter on a slug; several values of one filter are OR-ed."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(queryset, to_field_name="slug", **kwargs)

    def clean(self, value):
        if value and len(value) > MAX_VALUES_PER_FILTER:
            raise ValidationError(
                _("Kies maximaal %d waarden.") % MAX_VALUES_PER_FILTER
            )
        return super().clean(value)


class QueryField(forms.CharField):
    """Free text for full-text search. Anything is accepted (even NUL bytes or
    10,000 characters); it is cleaned and cut instead of rejected."""

    def to_python(self, value):
        from search.query import clean

        return clean(super().to_python(value))

    def prepare_value(self, value):
        """What the input shows back: the cleaned text, never the raw input."""
        return self.to_python(value)


class ListingForm(forms.Form):
    pagina = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE, widget=forms.HiddenInput
    )

    def filters(self):
        """The cleaned filter values that were actually given."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name != "pagina" and value
        }


class ExplainerFilterForm(ListingForm):
    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"))
    doelgroep = SlugChoiceField(Audience.objects.all(), label=_("Doelgroep"))


class ArticleFilterForm(ListingForm):
    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"))


class PracticeFilterForm(ListingForm):
    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"))
    bewijs = forms.MultipleChoiceField(
        label=_("Onderbouwing"),
        required=False,
        choices=EVIDENCE_LEVELS,
        widget=forms.CheckboxSelectMultiple,
    )
    gemeente = forms.MultipleChoiceField(
        label=_("Gemeente"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, gemeenten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].choices = [(name, name) for name in gemeenten]

    def clean(self):
        data = super().clean()
        for name in ("bewijs", "gemeente"):
            if len(data.get(name) or []) > MAX_VALUES_PER_FILTER:
                self.add_error(name, _("Te veel waarden."))
        return data


class ResourceFilterForm(ListingForm):
    q = QueryField(required=False, label=_("Zoekwoord"))
    thema = SlugChoiceField(Theme.objects.all(), label=_("Thema"))
    soort = SlugChoiceField(ResourceType.objects.all(), label=_("Soort"))
    partner = SlugChoiceField(Partner.objects.all(), label=_("Partner"))
    doelgroep = SlugChoiceField(Audience.objects.all(), label=_("Doelgroep"))
