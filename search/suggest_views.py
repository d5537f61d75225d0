"""/zoeken/suggesties/?q=…: JSON suggestions for the search field
(static/js/suggest.js). Public and cacheable: no cookies, no session, the
answer depends on the query string only."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .suggest import is_bad_input, suggest

MAX_AGE = 300


@require_safe
def suggestions(request):
    raw = request.GET.get("q", "")
    if is_bad_input(raw):
        response = JsonResponse(
            {"error": _("Typ minder tekens of alleen gewone tekens.")}, status=400
        )
    else:
        response = JsonResponse(
            {"query": raw, "suggestions": suggest(raw)},
            json_dumps_params={"ensure_ascii": False},
        )
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
