"""Forms that validate the query string of listings (filters and page number).

Bad input never reaches the database unchecked: unknown slugs make the form
invalid (the listing then shows no results and says why), a bad page number
gives a 404.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from explainers.models import Audience, Partner, ResourceType, Theme
from explainers.models.practice import EVIDENCE_LEVELS

MAX_VALUES_PER_FILTER = 20
MAX_PAGE = 100_000


class LoadedChoiceIterator(ModelChoiceIterator):
    """The field's choices from its queryset's result cache: the rows are read
    once per form, for the checkboxes and the validation alike. (Django's
    iterator reads them again each time, with ``.iterator()``.)"""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)

    def __len__(self):
        return len(self.queryset) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.queryset)


class SlugChoiceField(forms.ModelMultipleChoiceField):
    """Multiple-choice filter on a slug; several values of one filter are OR-ed.

    The cleaned value is a list of the chosen objects, in choice order.
    """

    widget = forms.CheckboxSelectMultiple
    iterator = LoadedChoiceIterator

    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(queryset, to_field_name="slug", **kwargs)

    def clean(self, value):
        if value and len(value) > MAX_VALUES_PER_FILTER:
            raise ValidationError(
                _("Kies maximaal %d waarden.") % MAX_VALUES_PER_FILTER
            )
        return super().clean(value)

    def _check_values(self, value):
        """Check the slugs against the loaded choices instead of querying the
        database for them; the errors are Django's own."""
        try:
            wanted = frozenset(value)
        except TypeError:  # a list of lists, for example
            raise ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from None
        for slug in wanted:
            self.validate_no_null_characters(slug)
        # Each form deep-copies its fields, with a fresh queryset, so this
        # cache lives as long as the form.
        texts = {str(slug) for slug in wanted}
        chosen = [obj for obj in self.queryset if obj.slug in texts]
        known = {obj.slug for obj in chosen}
        for slug in wanted:
            if str(slug) not in known:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": slug},
                )
        return chosen


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

    def selected(self):
        """Each filter value in use as ``(field name, value in the URL, label)``,
        in field order: what the "Filteren (2 actief)" count and the removable
        chips above the results show. Free text has the value None (removing
        it removes the whole field). Empty for an unbound or invalid form."""
        if not self.is_bound or not self.is_valid():
            return []
        chosen = []
        for name, value in self.filters().items():
            if isinstance(value, str):  # free text (the search word)
                chosen.append((name, None, f"‘{value}’"))
                continue
            labels = dict(self.fields[name].choices)
            for item in value:
                if hasattr(item, "slug"):
                    chosen.append((name, item.slug, str(item)))
                else:
                    chosen.append((name, item, str(labels.get(item, item))))
        return chosen


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
