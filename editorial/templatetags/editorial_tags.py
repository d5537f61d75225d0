"""``{% readability_for_preview %}``: the readability checks of the page as
typed, as JSON, in previews only (request.is_preview). The editor's
"Controles" panel reads them from the preview frame (checks.js)."""

from django import template
from django.utils.html import json_script

from ..content_checks import readability_summary

register = template.Library()


@register.simple_tag(takes_context=True)
def readability_for_preview(context):
    request = context.get("request")
    page = context.get("page")
    if page is None or not getattr(request, "is_preview", False):
        return ""
    return json_script(readability_summary(page), "wijkwijzer-leesbaarheid")
