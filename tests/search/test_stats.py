"""Search statistics: every reader's search counts once for its normalised
term, searches without results are counted apart, nothing personal is stored,
and editors read the figures in the admin report "Zoektermen". A search counts
in the cache only; ``flush()`` (cron, and the report) writes the counts. Who
and what counts (once per client a day, browsers only): test_honest_stats.py."""

import datetime
import io
import re

import pytest

from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import statistics
from search.models import ZeroResultHit
from search.statistics import flush
from wijkwijzer.page_cache import generation

from .helpers import BROWSER, reader_search

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/zoektermen/"


def hits(term):
    flush()
    query = Query.objects.filter(query_string=term).first()
    return query.hits if query else 0


def zero_hits(term):
    flush()
    total = ZeroResultHit.objects.filter(query__query_string=term).aggregate(
        n=models.Sum("hits")
    )["n"]
    return total or 0


def test_a_search_counts_a_hit_for_the_normalised_term(client):
    reader_search(client, "  Bewoners \t BETREKKEN ")
    assert hits("bewoners betrekken") == 1
    reader_search(client, "bewoners betrekken", reader=2)
    assert hits("bewoners betrekken") == 2
    assert zero_hits("bewoners betrekken") == 0
    assert not Query.objects.filter(query_string__contains="  ").exists()


def test_a_search_without_results_is_also_counted_as_such(client):
    reader_search(client, "Xyzzyqq")
    reader_search(client, "xyzzyqq", reader=2)
    assert hits("xyzzyqq") == 2
    assert zero_hits("xyzzyqq") == 2


@pytest.mark.parametrize(
    ("params", "user_agent"),
    [
        ({"q": "bewoners", "pagina": "2"}, "Mozilla/5.0"),
        ({"q": "bewoners", "type": "uitleg"}, "Mozilla/5.0"),
        ({"q": "bewoners", "thema": "samenwerken"}, "Mozilla/5.0"),
        ({"q": "xyzzyqq", "doelgroep": "bewoners"}, "Mozilla/5.0"),
        ({"q": "bewoners"}, "Mozilla/5.0 (compatible; Googlebot/2.1)"),
        ({"q": "bewoners"}, "Mozilla/5.0 (compatible; bingbot/2.0)"),
        ({"q": "xyzzyqq"}, "Baiduspider"),
        ({"q": "xyzzyqq"}, "Mozilla/5.0 (compatible; Yahoo! Slurp)"),
        ({"q": "xyzzyqq"}, "SiteCrawler/1.0"),
        ({"q": ""}, "Mozilla/5.0"),
        ({"q": "&& || :*"}, "Mozilla/5.0"),
    ],
)
def test_paging_facets_bots_and_empty_queries_are_not_counted(
    client, params, user_agent
):
    before = (Query.objects.count(), QueryDailyHits.objects.count())
    headers = {**BROWSER, "HTTP_USER_AGENT": user_agent}
    response = client.get("/zoeken/", params, **headers)
    assert response.status_code == 200
    assert flush() == 0
    assert (Query.objects.count(), QueryDailyHits.objects.count()) == before
    assert not ZeroResultHit.objects.exists()


def test_no_personal_data_is_stored(client):
    """Only the term, a date and a number: no IP address, user agent,
    referrer, cookie or session, in the model fields or in the stored values."""
    sessions = Session.objects.count()
    headers = {**BROWSER, "HTTP_USER_AGENT": "GeheimeBrowser/9.9"}
    response = client.get(
        "/zoeken/",
        {"q": "xyzzyqq"},
        **headers,
        REMOTE_ADDR="203.0.113.77",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        HTTP_REFERER="https://example.org/mijn-geheime-pagina",
    )
    assert response.cookies == {}
    assert Session.objects.count() == sessions
    flush()

    fields = {
        model: {field.name for field in model._meta.concrete_fields}
        for model in (Query, QueryDailyHits, ZeroResultHit)
    }
    assert fields == {
        Query: {"id", "query_string"},
        QueryDailyHits: {"id", "query", "date", "hits"},
        ZeroResultHit: {"id", "query", "date", "hits"},
    }
    stored = [
        str(value)
        for model in fields
        for row in model.objects.values_list()
        for value in row
    ]
    assert "xyzzyqq" in stored
    for secret in ("203.0.113", "198.51.100", "GeheimeBrowser", "geheime-pagina"):
        assert not any(secret in value for value in stored), secret


def report_rows(html):
    """(term, searches, without results) per row of the report table."""
    table = re.search(r'<table class="listing">.*?</table>', html, re.S)
    if not table:
        return []
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table[0], re.S):
        cells = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        rows.append((cells[0], int(cells[1]), int(cells[2])))
    return rows


def test_editors_see_the_most_used_terms_and_those_without_results(
    client, admin_client
):
    reader_search(client, "xyzzyqq")
    for reader in range(3):
        reader_search(client, "Bewoners", reader=reader)
    reader_search(client, "bewoners", reader=4, pagina="2")  # not counted

    response = admin_client.get(REPORT)
    assert response.status_code == 200
    assert report_rows(response.content.decode()) == [
        ("bewoners", 3, 0),
        ("xyzzyqq", 1, 1),
    ]
    html = admin_client.get(REPORT, {"zonder_resultaat": "true"}).content.decode()
    assert report_rows(html) == [("xyzzyqq", 1, 1)]
    html = admin_client.get(REPORT, {"q": "bewo"}).content.decode()
    assert report_rows(html) == [("bewoners", 3, 0)]


def test_the_report_exports_and_is_for_editors_only(client, admin_client):
    reader_search(client, "xyzzyqq")
    reader_search(client, "wijkanpak")  # corrected to "wijkaanpak"
    export = admin_client.get(REPORT, {"export": "csv", "ordering": "query_string"})
    assert export.status_code == 200
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines == [
        "Zoekterm,Keer gezocht,Zonder resultaat,Met spellingscorrectie",
        "wijkanpak,1,0,1",
        "xyzzyqq,1,1,0",
    ]
    response = client.get(REPORT)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)]


@pytest.mark.parametrize("term", ["bewoners", "xyzzyqq"])
def test_a_search_writes_nothing_to_the_database(client, term):
    """Counted in the cache only: the first search of a term and the next
    one cost no INSERT or UPDATE; the rows appear when the counts are
    flushed."""
    for reader in range(2):
        with CaptureQueriesContext(connection) as queries:
            reader_search(client, term, reader=reader)
        assert writes(queries) == []
    assert not Query.objects.filter(query_string=term).exists()
    assert flush() == 2
    assert hits(term) == 2


def test_flush_moves_counts_once_and_keeps_later_searches(client):
    reader_search(client, "xyzzyqq")
    reader_search(client, "bewoners")
    assert flush() == 2
    assert flush() == 0
    reader_search(client, "XYZZYQQ", reader=2)
    assert flush() == 1
    assert (hits("xyzzyqq"), zero_hits("xyzzyqq")) == (2, 2)
    assert (hits("bewoners"), zero_hits("bewoners")) == (1, 0)
    assert QueryDailyHits.objects.filter(query__query_string="xyzzyqq").count() == 1


def test_counts_of_yesterday_are_flushed_on_their_own_date():
    today = timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    statistics.count("Wijkaanpak", found=True, day=yesterday)
    statistics.count("wijkaanpak", found=True, day=today)
    statistics.count("wijkaanpak", found=True, day=today)
    assert flush() == 3
    days = dict(
        QueryDailyHits.objects.filter(query__query_string="wijkaanpak").values_list(
            "date", "hits"
        )
    )
    assert days == {yesterday: 1, today: 2}


def test_the_cron_command_flushes(client):
    reader_search(client, "xyzzyqq")
    out = io.StringIO()
    call_command("flush_search_stats", stdout=out)
    assert out.getvalue().strip() == "1 zoekopdrachten opgeslagen."
    assert zero_hits("xyzzyqq") == 1


def test_a_flush_leaves_the_page_cache_valid(client):
    """Statistics rows are bookkeeping (page_cache.IGNORED_MODELS): writing
    them must not make every cached page stale."""
    before = generation()
    reader_search(client, "xyzzyqq")
    reader_search(client, "bewoners")
    assert flush() == 2
    assert generation() == before


def test_the_report_shows_the_same_numbers_before_and_after_a_flush(
    client, admin_client
):
    for reader, term in enumerate(("bewoners", "bewoners", "xyzzyqq")):
        reader_search(client, term, reader=reader)
    unflushed = report_rows(admin_client.get(REPORT).content.decode())
    flush()
    assert report_rows(admin_client.get(REPORT).content.decode()) == unflushed
    assert unflushed == [("bewoners", 2, 0), ("xyzzyqq", 1, 1)]
