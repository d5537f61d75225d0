"""Honest search statistics (issue 17): a search counts once per client, term
and day; only a browser's page view counts, never an empty or tool-like
User-Agent; terms over 100 characters or with markup never count."""

import datetime

import pytest

from django.test import RequestFactory
from django.utils import timezone

from search import statistics
from search.statistics import flush

from .helpers import BROWSER, reader_search

pytestmark = pytest.mark.django_db


def counted():
    """The searches counted since the last flush."""
    return flush()


def test_a_client_counts_a_term_once_a_day(client):
    for _ in range(5):
        reader_search(client, "bewoners")
    reader_search(client, "Bewoners ")  # the same term, normalised
    assert counted() == 1
    reader_search(client, "bewoners")  # also not after a flush
    reader_search(client, "buurtbudget")
    reader_search(client, "bewoners", reader=2)
    assert counted() == 2


def test_the_next_day_the_same_client_counts_again():
    request = RequestFactory().get("/zoeken/", REMOTE_ADDR="198.51.100.1")
    today = timezone.localdate()
    for day in (today, today, today - datetime.timedelta(days=1)):
        statistics.count("bewoners", found=True, day=day, request=request)
    assert counted() == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "python-httpx/0.27.0",
        "Python-urllib/3.11",
        "Go-http-client/1.1",
        "Java/17.0.2",
        "okhttp/4.12.0",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0)",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0 Safari/537.36",
        "SiteCrawler/1.0",
        "Baiduspider",
    ],
)
def test_tools_bots_and_empty_user_agents_do_not_count(client, user_agent):
    headers = {**BROWSER, "HTTP_USER_AGENT": user_agent}
    assert client.get("/zoeken/", {"q": "bewoners"}, **headers).status_code == 200
    assert counted() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ACCEPT": "*/*"},
        {"HTTP_ACCEPT": "application/json"},
        {"HTTP_ACCEPT": "*/*", "HTTP_SEC_FETCH_MODE": "cors"},
        {"HTTP_SEC_FETCH_MODE": "no-cors"},
    ],
)
def test_requests_that_are_not_a_page_view_do_not_count(client, headers):
    user_agent = BROWSER["HTTP_USER_AGENT"]
    client.get("/zoeken/", {"q": "bewoners"}, HTTP_USER_AGENT=user_agent, **headers)
    assert counted() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ACCEPT": "text/html"},  # a browser without Fetch metadata
        {"HTTP_SEC_FETCH_MODE": "navigate"},
    ],
)
def test_either_sign_of_a_page_view_is_enough(client, headers):
    user_agent = BROWSER["HTTP_USER_AGENT"]
    client.get("/zoeken/", {"q": "bewoners"}, HTTP_USER_AGENT=user_agent, **headers)
    assert counted() == 1


@pytest.mark.parametrize(
    "query",
    [
        "a" * 101,
        "wijk " * 30,
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "wijk<b>aanpak",
        "{{7*7}}",
        "&#60;script&#62;",
        "&lt;script&gt;",
        "javascript:alert(1)",
        "`id`",
    ],
)
def test_long_terms_and_markup_do_not_count(client, query):
    assert reader_search(client, query).status_code == 200
    assert counted() == 0


@pytest.mark.parametrize(
    "query", ["a" * 100, "wijkaanpak", "huur & zorg", "café 'de buurt'", "50+"]
)
def test_ordinary_terms_count(client, query):
    reader_search(client, query)
    assert counted() == 1
