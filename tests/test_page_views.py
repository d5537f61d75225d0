"""Cookie-free page-view statistics: counted on the server, also for cached
pages, never for bots, editors, previews or HEAD; nothing about the reader
is stored; editors see the most read pages."""

import datetime

import pytest

from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from editorial.models import PageViewDay
from editorial.page_views import flush
from explainers.models import ExplainerPage
from wijkwijzer import page_cache

pytestmark = pytest.mark.django_db

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Mobile Safari/537.36"
)


@pytest.fixture
def explainer():
    return ExplainerPage.objects.live().get(slug="wat-is-een-wijkaanpak")


def read(client, url, agent=BROWSER, **extra):
    return client.get(url, HTTP_USER_AGENT=agent, **extra)


def views_of(page):
    flush()
    row = PageViewDay.objects.filter(page=page, date=timezone.localdate()).first()
    return row.views if row else 0


def test_a_reader_is_counted_once_per_view(client, explainer):
    for _ in range(3):
        response = read(client, explainer.url)
        assert response.status_code == 200
        assert not response.cookies
    assert views_of(explainer) == 3


def test_pages_from_the_page_cache_are_counted_too(client, explainer):
    with override_settings(PAGE_CACHE_ENABLED=True):
        read(client, explainer.url)
        hit = read(client, explainer.url)
        assert hit["X-Cache"] == "HIT"
    assert views_of(explainer) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 HeadlessChrome/131.0",
        "facebookexternalhit/1.1",
    ],
)
def test_bots_and_tools_are_not_counted(client, explainer, agent):
    read(client, explainer.url, agent=agent)
    assert views_of(explainer) == 0


def test_editors_previews_head_and_prefetch_are_not_counted(
    admin_client, client, explainer
):
    read(admin_client, explainer.url)
    read(admin_client, reverse("wagtailadmin_pages:view_draft", args=[explainer.pk]))
    client.head(explainer.url, HTTP_USER_AGENT=BROWSER)
    read(client, explainer.url, HTTP_SEC_PURPOSE="prefetch")
    assert views_of(explainer) == 0


def test_errors_and_other_views_are_not_counted(client):
    read(client, "/bestaat-niet/")
    read(client, "/themas/")
    flush()
    assert not PageViewDay.objects.exists()


def test_nothing_about_the_reader_is_stored():
    fields = {field.name for field in PageViewDay._meta.get_fields()}
    assert fields == {"id", "page", "date", "views"}


def test_flush_moves_counts_once(client, explainer):
    read(client, explainer.url)
    assert flush() == 1
    assert flush() == 0
    read(client, explainer.url)
    flush()
    assert PageViewDay.objects.get(page=explainer).views == 2


def test_counting_does_not_empty_the_page_cache(client, explainer):
    before = page_cache.generation()
    read(client, explainer.url)
    flush()
    assert page_cache.generation() == before


def test_report_lists_most_read_pages(admin_client, client, explainer):
    other = ExplainerPage.objects.live().exclude(pk=explainer.pk).first()
    for _ in range(3):
        read(client, explainer.url)
    read(client, other.url)
    PageViewDay.objects.create(
        page=other, date=timezone.localdate() - datetime.timedelta(days=100), views=50
    )
    html = admin_client.get(reverse("page_view_report")).content.decode()
    assert html.index(explainer.title) < html.index(other.title)
    yearly = admin_client.get(reverse("page_view_report"), {"period": "365"})
    html = yearly.content.decode()
    assert html.index(other.title) < html.index(explainer.title)
    assert ">51<" in html.replace(" ", "").replace("\n", "")


def test_report_period_ignores_bad_values(admin_client):
    response = admin_client.get(reverse("page_view_report"), {"period": "x" * 300})
    assert response.status_code in (200, 400)


def test_report_is_for_editors_only(client):
    response = client.get(reverse("page_view_report"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_privacy_page_says_what_is_counted(client):
    html = client.get("/privacy/").text
    assert "tellen" in html
    assert "IP-adres" in html
