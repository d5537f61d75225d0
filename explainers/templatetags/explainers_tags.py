"""Navigation tags: main menu, footer partners and breadcrumbs."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from explainers.glossary import glossary_terms, mark_terms
from explainers.listings import all_partners, top_level_pages
from explainers.stream_text import unique_anchor
from wijkwijzer.request_memo import remember

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level sections marked "show in menus", then themes and partners."""
    request = context["request"]
    items = []
    for page in top_level_pages(request):
        if page.show_in_menus:
            items.append({"title": page.title, "url": page.get_url(request)})
    items.append({"title": _("Thema's"), "url": reverse("theme_index")})
    items.append({"title": _("Partners"), "url": reverse("partner_index")})
    # aria-current: "page" on the section's own page, "true" inside it.
    for item in items:
        if request.path == item["url"]:
            item["current"] = "page"
        elif request.path.startswith(item["url"]) and item["url"] != "/":
            item["current"] = "true"
        else:
            item["current"] = ""
    return items


@register.simple_tag(takes_context=True)
def footer_partners(context):
    return all_partners()


def page_crumbs(request, page):
    """[(title, url)] from home to ``page``; the visible breadcrumbs and the
    JSON-LD share one lookup per request."""
    return remember(f"crumbs:{page.pk}", lambda: _crumbs(request, page))


def _crumbs(request, page):
    ancestors = page.get_ancestors().filter(depth__gt=1)
    crumbs = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
    crumbs.append((page.title, page.get_url(request)))
    crumbs[0] = (_("Home"), crumbs[0][1])
    return crumbs


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """Ancestors of a page (home first), or home plus ``extra`` crumbs for
    non-page views: a list of (title, url) pairs, the last being current."""
    if page is not None and isinstance(page, Page):
        crumbs = list(page_crumbs(context["request"], page))
        crumbs[-1] = (crumbs[-1][0], None)
    else:
        crumbs = [(_("Home"), "/"), *(extra or [])]
    return {"crumbs": crumbs}


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The plain content pages (Over, Privacy, Toegankelijkheid) under home."""
    from explainers.models import ContentPage

    return [
        page
        for page in top_level_pages(context["request"])
        if page.specific_class is ContentPage
    ]


@register.simple_tag(takes_context=True)
def heading_id(context, text):
    """A unique id for a heading; the ids already used are kept on the request,
    so every stream rendered for one response shares the numbering."""
    request = context.get("request")
    used = getattr(request, "_heading_anchors", None)
    if used is None:
        used = set()
        if request is not None:
            request._heading_anchors = used
    return unique_anchor(text, used)


@register.filter
def glossary(html, request):
    """Marks the first occurrence of each glossary term on the page (see
    explainers/glossary.py). Use as ``{% filter glossary:request %}``."""
    used = getattr(request, "_glossary_used", None)
    if used is None:
        used = set()
        if request is not None:
            request._glossary_used = used
    return mark_terms(html, glossary_terms(), used)


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` in a template; tries the key as given, then as text."""
    mapping = mapping or {}
    return mapping.get(key, mapping.get(str(key), ""))
