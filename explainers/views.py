"""Views for what is not a page in the tree: themes and partners.

Themes and partners are reference data (snippets); these views give each one
a public page under /themas/ and /partners/.
"""

import unicodedata

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from explainers import listings
from explainers.models import GlossaryTerm, Partner, Theme

MAX_QUERY_LENGTH = 200


@require_safe
def theme_index(request):
    return render(
        request,
        "explainers/theme_index.html",
        {
            "themes": Theme.objects.all(),
            "title": _("Thema's"),
            "crumbs": [(_("Thema's"), None)],
        },
    )


@require_safe
def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    return render(
        request,
        "explainers/theme_detail.html",
        {
            "theme": theme,
            "title": theme.name,
            "meta_description": theme.description,
            "crumbs": [(_("Thema's"), reverse("theme_index")), (theme.name, None)],
            **listings.theme_detail(theme),
        },
    )


@require_safe
def glossary(request):
    """All glossary terms A–Z, each with an anchor that marked terms link to."""
    letters = {}
    # Sorted here, not by the database: its collation may put "Burendag"
    # before "bewonersbedrijf" (upper case first) or "één" after "z".
    for term in sorted(GlossaryTerm.objects.all(), key=_sort_key):
        letter = _sort_key(term)[:1].upper()
        letters.setdefault(letter if letter.isalpha() else "#", []).append(term)
    return render(
        request,
        "explainers/glossary.html",
        {
            "letters": sorted(letters.items()),
            "title": _("Begrippen"),
            "meta_description": _(
                "Moeilijke woorden over de wijkaanpak, kort uitgelegd."
            ),
            "crumbs": [(_("Begrippen"), None)],
        },
    )


def _sort_key(term):
    """The term without accents, case-folded: how a reader expects A–Z."""
    plain = unicodedata.normalize("NFKD", term.term)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


@require_safe
def partner_index(request):
    return render(
        request,
        "explainers/partner_index.html",
        {
            "partners": Partner.objects.all(),
            "title": _("Partners"),
            "crumbs": [(_("Partners"), None)],
        },
    )


@require_safe
def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    return render(
        request,
        "explainers/partner_detail.html",
        {
            "partner": partner,
            "title": partner.name,
            "meta_description": partner.description,
            "crumbs": [(_("Partners"), reverse("partner_index")), (partner.name, None)],
            **listings.partner_detail(partner),
        },
    )
