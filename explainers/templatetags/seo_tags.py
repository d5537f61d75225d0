"""``{% page_meta %}``: meta description, canonical URL, OpenGraph, Twitter
card and schema.org JSON-LD for the page or view being rendered."""

from django import template
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.models import Page

from explainers import structured_data as ld
from explainers.models import (
    ArticleIndexPage,
    ArticlePage,
    ExplainerIndexPage,
    ExplainerPage,
    GuidePage,
    HomePage,
    PracticeIndexPage,
    ResourceIndexPage,
    SiteSettings,
)
from explainers.templatetags.explainers_tags import page_crumbs

register = template.Library()

DEFAULT_DESCRIPTION = (
    "Wijkwijzer legt in gewone taal uit wat een wijkaanpak is en hoe je meedoet, "
    "met de bronnen van de partners."
)


# Used when a section page has no introduction or search description.
SECTION_DESCRIPTIONS = {
    ExplainerIndexPage: (
        "Alle uitleg over de wijkaanpak in gewone taal, te filteren op thema en "
        "op voor wie het is."
    ),
    ArticleIndexPage: "Artikelen en verhalen uit de praktijk van de wijkaanpak.",
    ResourceIndexPage: (
        "Handreikingen, onderzoek en hulpmiddelen van de Wijkwijzer-partners, "
        "te filteren op thema, soort bron en doelgroep."
    ),
    PracticeIndexPage: (
        "Voorbeelden van wijkaanpakken uit gemeenten: wat er gebeurde, wie "
        "meedeed en wat het opleverde."
    ),
}


def _description(context, page):
    if page is not None:
        if hasattr(page, "get_meta_description") and page.get_meta_description():
            return page.get_meta_description()
        for field in ("search_description", "intro", "summary"):
            value = getattr(page, field, "")
            if isinstance(value, str) and strip_tags(value).strip():
                return strip_tags(value).strip()
        if type(page) in SECTION_DESCRIPTIONS:
            return SECTION_DESCRIPTIONS[type(page)]
    return context.get("meta_description") or DEFAULT_DESCRIPTION


def _share_image(request):
    settings = SiteSettings.load(request_or_site=request)
    image = settings.default_share_image
    if image is not None:
        rendition = image.get_rendition("fill-1200x630|format-jpeg")
        return request.build_absolute_uri(rendition.url), 1200, 630
    return request.build_absolute_uri(static("images/share.png")), 1200, 630


def _structured_data(context, request, page):
    blocks = []
    if isinstance(page, Page):
        crumbs = page_crumbs(request, page)
        if isinstance(page, HomePage):
            blocks.append(ld.website(request))
        if isinstance(page, ExplainerPage | ArticlePage):
            blocks.append(ld.article(request, page))
        if isinstance(page, GuidePage):
            blocks.append(ld.how_to(request, page, page.steps))
        faq = ld.faq_items(page)
        if faq:
            blocks.append(ld.faq_page(faq))
    else:
        crumbs = [(_("Home"), "/"), *(context.get("crumbs") or [])]
        partner = context.get("partner")
        if partner is not None:
            blocks.append(ld.partner_organisation(request, partner))
    if len(crumbs) > 1:
        blocks.append(ld.breadcrumb_list(request, crumbs))
    return [ld.to_script(block) for block in blocks]


def _title(context, page):
    if page is not None:
        return page.seo_title or page.title
    return context.get("title") or ld.SITE_NAME


@register.inclusion_tag("components/page_meta.html", takes_context=True)
def page_meta(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    is_article = isinstance(page, ExplainerPage | ArticlePage)
    image_url, width, height = _share_image(request)
    return {
        "title": _title(context, page),
        "description": _description(context, page),
        "url": request.build_absolute_uri(request.path),
        "og_type": "article" if is_article else "website",
        "image_url": image_url,
        "image_width": width,
        "image_height": height,
        "published": page.first_published_at if is_article else None,
        "modified": page.last_published_at if is_article else None,
        "json_ld": _structured_data(context, request, page),
    }
