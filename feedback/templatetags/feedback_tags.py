from django import template
from django.urls import reverse

from feedback.forms import HONEYPOT_FIELD
from feedback.models import COMMENT_MAX_LENGTH
from feedback.pages import FEEDBACK_PAGE_TYPES

register = template.Library()


@register.inclusion_tag("components/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    """ "Was deze pagina nuttig?" under a content page; nothing on other pages
    or in a preview. Runs no queries: the page is already loaded."""
    request = context.get("request")
    show = isinstance(page, FEEDBACK_PAGE_TYPES) and not getattr(
        request, "is_preview", False
    )
    if not show:
        return {"show": False}
    return {
        "show": True,
        "page": page,
        "action": reverse("feedback:submit", args=[page.pk]),
        "honeypot": HONEYPOT_FIELD,
        "max_length": COMMENT_MAX_LENGTH,
        "form_id": f"feedback-{page.pk}",
    }
