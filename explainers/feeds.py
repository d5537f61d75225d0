"""Feeds of new explainers and articles: RSS 2.0 and JSON Feed 1.1, for the
whole site and per theme. Only live, public pages appear."""

import json

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from explainers.listings import visible
from explainers.models import ArticlePage, ExplainerPage, Theme

FEED_LENGTH = 20
SITE_TITLE = "Wijkwijzer"


def _recent(model, theme=None):
    pages = visible(model.objects.all()).exclude(first_published_at=None)
    if theme is not None:
        pages = pages.filter(themes=theme)
    return pages.prefetch_related("themes").order_by("-first_published_at")[
        :FEED_LENGTH
    ]


def feed_items(theme=None):
    """The newest explainers and articles, newest first (two queries each)."""
    pages = [*_recent(ExplainerPage, theme), *_recent(ArticlePage, theme)]
    pages.sort(key=lambda page: page.first_published_at, reverse=True)
    return pages[:FEED_LENGTH]


def _describe(theme):
    if theme is None:
        return (
            _("Nieuwe uitleg en artikelen over de wijkaanpak"),
            _(
                "Nieuwe uitleg en artikelen op Wijkwijzer, "
                "de kennisbank over de wijkaanpak."
            ),
        )
    return (
        _("Wijkwijzer: %(theme)s") % {"theme": theme.name},
        _("Nieuwe uitleg en artikelen over het thema %(theme)s.")
        % {"theme": theme.name},
    )


def _feed_paths(theme):
    if theme is None:
        return reverse("feed_rss"), reverse("feed_json"), "/"
    return (
        reverse("theme_feed_rss", args=[theme.slug]),
        reverse("theme_feed_json", args=[theme.slug]),
        reverse("theme_detail", args=[theme.slug]),
    )


def _kind(page):
    return _("Artikel") if isinstance(page, ArticlePage) else _("Uitleg")


def _rss(request, theme):
    title, description = _describe(theme)
    rss_path, _json_path, home_path = _feed_paths(theme)
    absolute = request.build_absolute_uri
    feed = Rss201rev2Feed(
        title=title,
        link=absolute(home_path),
        description=description,
        language="nl",
        feed_url=absolute(rss_path),
    )
    for page in feed_items(theme):
        url = absolute(page.url)
        feed.add_item(
            title=page.title,
            link=url,
            unique_id=url,
            unique_id_is_permalink=True,
            description=page.summary,
            pubdate=page.first_published_at,
            updateddate=page.last_published_at,
            categories=[_kind(page), *(t.name for t in page.themes.all())],
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _json_feed(request, theme):
    title, description = _describe(theme)
    _rss_path, json_path, home_path = _feed_paths(theme)
    absolute = request.build_absolute_uri
    items = []
    for page in feed_items(theme):
        url = absolute(page.url)
        items.append(
            {
                "id": url,
                "url": url,
                "title": page.title,
                "summary": page.summary,
                "content_text": page.summary,
                "date_published": page.first_published_at.isoformat(),
                "date_modified": (
                    page.last_published_at or page.first_published_at
                ).isoformat(),
                "tags": [_kind(page), *(t.name for t in page.themes.all())],
                "language": "nl",
            }
        )
    body = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "description": description,
        "home_page_url": absolute(home_path),
        "feed_url": absolute(json_path),
        "language": "nl",
        "authors": [{"name": SITE_TITLE, "url": absolute("/")}],
        "items": items,
    }
    return HttpResponse(
        json.dumps(body, ensure_ascii=False, indent=1),
        content_type="application/feed+json; charset=utf-8",
    )


@require_safe
def site_feed_rss(request):
    return _rss(request, None)


@require_safe
def site_feed_json(request):
    return _json_feed(request, None)


@require_safe
def theme_feed_rss(request, slug):
    return _rss(request, get_object_or_404(Theme, slug=slug))


@require_safe
def theme_feed_json(request, slug):
    return _json_feed(request, get_object_or_404(Theme, slug=slug))
