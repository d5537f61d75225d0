"""Navigation tags: main menu, footer partners and breadcrumbs."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from explainers.glossary import glossary_terms, mark_terms
from explainers.listings import all_partners, is_visible, visible
from explainers.stream_text import unique_anchor
from wijkwijzer.page_cache import until_content_changes

register = template.Library()


def _top_level_pages(request):
    """The visible children of the site root, in tree order, for both the
    main menu and the footer: from the routing query on pages, from the cache
    (until content changes) elsewhere."""
    pages = getattr(request, "_top_level_pages", None)
    if pages is None:
        site = Site.find_for_request(request)
        # HomePage.route() loaded the root's children with the page's path.
        routed = getattr(request, "_route_children", None)
        if site is None:
            pages = []
        elif routed is not None and routed[0] == site.root_page_id:
            pages = [page for page in routed[1] if is_visible(page)]
        else:  # a view outside the page tree (themes, search, …)
            pages = until_content_changes(
                f"menu:{site.root_page_id}",
                lambda: list(visible(site.root_page.get_children()).order_by("path")),
            )
        if request is not None:
            request._top_level_pages = pages
    return pages


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level sections marked "show in menus", then themes and partners."""
    request = context["request"]
    items = []
    for page in _top_level_pages(request):
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
    """[(title, url)] from home to ``page``, kept on the request so the
    visible breadcrumbs and the JSON-LD share one lookup."""
    cache = getattr(request, "_page_crumbs", None)
    if cache is None:
        cache = request._page_crumbs = {}
    if page.pk not in cache:
        # HomePage.route() keeps the ancestors it loaded on the page.
        ancestors = getattr(page, "_route_ancestors", None)
        if ancestors is None:
            ancestors = page.get_ancestors().filter(depth__gt=1)
        crumbs = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
        crumbs.append((page.title, page.get_url(request)))
        crumbs[0] = (_("Home"), crumbs[0][1])
        cache[page.pk] = crumbs
    return cache[page.pk]


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
        for page in _top_level_pages(context["request"])
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
