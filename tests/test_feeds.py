"""RSS 2.0 and JSON Feed 1.1 of new explainers and articles, overall and per
theme, parsed by a real feed parser; drafts and private pages never appear."""

import json

import feedparser
import pytest

from wagtail.models import Page

from explainers.models import ArticlePage, ExplainerPage, Theme

from .helpers import publish

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def hidden_pages():
    """Draft, unpublished and password-protected explainers and articles."""
    hidden = []
    for model in (ExplainerPage, ArticlePage):
        hidden += list(model.objects.filter(live=False))
        hidden += [
            page
            for page in model.objects.live()
            if page.get_view_restrictions().exists()
        ]
    return hidden


def test_site_feed_parses_and_lists_new_explainers_and_articles(client):
    feed = parse(client, "/feed/")
    assert feed.version == "rss20"
    assert feed.feed.title
    assert feed.feed.language == "nl"
    assert 0 < len(feed.entries) <= 20
    links = {entry.link for entry in feed.entries}
    assert any("/uitleg/" in link for link in links)
    assert any("/artikelen/" in link for link in links)
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.summary
        assert entry.published_parsed
        assert entry.id == entry.link
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_feed_never_shows_drafts_or_private_pages(client):
    hidden = hidden_pages()
    assert hidden, "the demo content has draft and private pages"
    rss = client.get("/feed/").text
    json_feed = client.get("/feed.json").text
    for page in hidden:
        assert page.title not in rss
        assert page.title not in json_feed


def test_a_newly_published_explainer_is_first(client):
    page = ExplainerPage.objects.live().order_by("first_published_at").first()
    page.first_published_at = None
    page.save()
    publish(page)
    feed = parse(client, "/feed/")
    assert feed.entries[0].title == page.title


def test_theme_feed_only_has_that_themes_pages(client):
    theme = Theme.objects.filter(explainerpage__live=True).distinct().first()
    feed = parse(client, f"/themas/{theme.slug}/feed/")
    assert feed.entries
    in_theme = {
        page.title
        for model in (ExplainerPage, ArticlePage)
        for page in model.objects.live().filter(themes=theme)
    }
    for entry in feed.entries:
        assert entry.title in in_theme
        assert theme.name in [tag.term for tag in entry.tags]


def test_theme_feed_of_unknown_theme_is_404(client):
    assert client.get("/themas/bestaat-niet/feed/").status_code == 404
    assert client.get("/themas/bestaat-niet/feed.json").status_code == 404


def test_feeds_refuse_post(client):
    assert client.post("/feed/").status_code == 405
    assert client.post("/feed.json").status_code == 405


def test_json_feed_follows_version_1_1(client):
    response = client.get("/feed.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/feed+json")
    body = json.loads(response.content)
    assert body["version"] == "https://jsonfeed.org/version/1.1"
    assert body["title"] and body["home_page_url"].startswith("http")
    assert body["feed_url"].endswith("/feed.json")
    assert body["items"]
    for item in body["items"]:
        assert {"id", "url", "title", "summary", "date_published"} <= set(item)
        assert item["url"].startswith("http://testserver/")
    rss_titles = [entry.title for entry in parse(client, "/feed/").entries]
    assert [item["title"] for item in body["items"]] == rss_titles


def test_theme_json_feed(client):
    theme = Theme.objects.filter(explainerpage__live=True).distinct().first()
    body = json.loads(client.get(f"/themas/{theme.slug}/feed.json").content)
    assert body["feed_url"].endswith(f"/themas/{theme.slug}/feed.json")
    assert all(theme.name in item["tags"] for item in body["items"])


def test_feeds_are_advertised(client, explainer_index):
    html = client.get("/").text
    assert 'rel="alternate" type="application/rss+xml"' in html
    assert 'href="/feed/"' in html
    assert 'type="application/feed+json"' in html
    theme = Theme.objects.first()
    html = client.get(f"/themas/{theme.slug}/").text
    assert f'href="/themas/{theme.slug}/feed/"' in html
    assert f'href="/themas/{theme.slug}/feed.json"' in html


def test_feed_query_count_does_not_grow(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        client.get("/feed/")
    assert Page.objects.exists()
