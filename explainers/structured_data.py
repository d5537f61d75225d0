"""schema.org JSON-LD for search engines: Article for explainers and
articles, FAQPage where a page has FAQ blocks, HowTo for the step-by-step
guide, Organization for partners and for Wijkwijzer itself, and a
BreadcrumbList everywhere. Built from data the page already loaded."""

import json

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from wagtail.blocks import StreamValue

SITE_NAME = "Wijkwijzer"
# Who publishes the site, as search engines see it: a demo, not the real
# WijkWijzer (wijkwijzer.org), not its partners and not a government body.
PUBLISHER_NAME = "Wijkwijzer (demo)"
PUBLISHER_DESCRIPTION = (
    "Een losse demosite over de wijkaanpak. Niet de echte WijkWijzer "
    "(wijkwijzer.org) en geen website van de overheid."
)


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def organisation(request):
    return {
        "@type": "Organization",
        "name": PUBLISHER_NAME,
        "description": PUBLISHER_DESCRIPTION,
        "url": _absolute(request, "/"),
        "logo": _absolute(request, "/static/images/favicon.svg"),
    }


def breadcrumb_list(request, crumbs):
    """``crumbs``: [(title, url)], the last one the current page."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": title,
                "item": _absolute(request, url or request.path),
            }
            for position, (title, url) in enumerate(crumbs, start=1)
        ],
    }


def _date(value):
    return value.isoformat() if value else None


def article(request, page, image_url=None):
    author = getattr(page, "author", "")
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "inLanguage": "nl",
        "url": _absolute(request, page.get_url(request)),
        "mainEntityOfPage": _absolute(request, page.get_url(request)),
        "datePublished": _date(getattr(page, "date", None) or page.first_published_at),
        "dateModified": _date(page.last_published_at or page.first_published_at),
        "author": (
            {"@type": "Person", "name": author} if author else organisation(request)
        ),
        "publisher": organisation(request),
    }
    if getattr(page, "last_reviewed", None):
        data["lastReviewed"] = _date(page.last_reviewed)
    if image_url:
        data["image"] = image_url
    return data


def faq_items(page):
    """(question, answer text) of every FAQ block in the page's body."""
    body = getattr(page, "body", None)
    if not isinstance(body, StreamValue):
        return []  # practice examples have a rich-text body
    items = []
    # Look at the raw data first, so only FAQ blocks are turned into values.
    for index, raw in enumerate(body.raw_data):
        if raw["type"] == "faq":
            for item in body[index].value["items"]:
                answer = strip_tags(item["answer"].source).strip()
                items.append((item["question"], answer))
    return items


def faq_page(items):
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
            for question, answer in items
        ],
    }


def how_to(request, guide, steps):
    return {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": guide.title,
        "description": guide.get_meta_description(),
        "inLanguage": "nl",
        "url": _absolute(request, guide.get_url(request)),
        "step": [
            {
                "@type": "HowToStep",
                "position": position,
                "name": step.title,
                "text": step.summary,
                "url": _absolute(request, step.get_url(request)),
            }
            for position, step in enumerate(steps, start=1)
        ],
    }


def partner_organisation(request, partner):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": partner.name,
        "url": partner.website,
        "sameAs": [partner.website],
    }
    if partner.short_name:
        data["alternateName"] = partner.short_name
    if partner.description:
        data["description"] = partner.description
    return data


def website(request):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": SITE_NAME,
        "description": PUBLISHER_DESCRIPTION,
        "url": _absolute(request, "/"),
        "inLanguage": "nl",
        "publisher": organisation(request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": _absolute(request, "/zoeken/") + "?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }


def to_script(data):
    """A ``<script type="application/ld+json">`` element. ``<``, ``>`` and
    ``&`` are escaped so page text can never close the script element."""
    text = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
