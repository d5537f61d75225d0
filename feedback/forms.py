from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX_LENGTH

HONEYPOT_FIELD = "website"


class FeedbackForm(forms.Form):
    """The reader's form under a content page. ``nuttig`` comes from the
    button that was pressed ("ja" or "nee")."""

    nuttig = forms.ChoiceField(choices=[("ja", _("Ja")), ("nee", _("Nee"))])
    opmerking = forms.CharField(
        required=False, max_length=COMMENT_MAX_LENGTH, strip=True
    )

    @property
    def helpful(self):
        return self.cleaned_data["nuttig"] == "ja"


class FaqItemForm(forms.Form):
    """Turns a reader's comment into a question and answer on the page."""

    question = forms.CharField(
        label=_("Vraag"),
        max_length=200,
        widget=forms.TextInput(attrs={"class": "w-field__input"}),
    )
    answer = forms.CharField(
        label=_("Antwoord"),
        help_text=_(
            "Gewone tekst; een lege regel begint een nieuwe alinea. Je kunt het "
            "antwoord daarna in de pagina verder opmaken."
        ),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
