"""Search statistics: every real search counts once for its normalised term,
searches without results are counted apart, nothing personal is stored, and
editors read the figures in the admin report "Zoektermen"."""

import re

import pytest

from django.contrib.sessions.models import Session
from django.db import models

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultHit

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/zoektermen/"


def hits(term):
    query = Query.objects.filter(query_string=term).first()
    return query.hits if query else 0


def zero_hits(term):
    total = ZeroResultHit.objects.filter(query__query_string=term).aggregate(
        n=models.Sum("hits")
    )["n"]
    return total or 0


def test_a_search_counts_a_hit_for_the_normalised_term(client):
    client.get("/zoeken/", {"q": "  Bewoners \t BETREKKEN "})
    assert hits("bewoners betrekken") == 1
    client.get("/zoeken/", {"q": "bewoners betrekken"})
    assert hits("bewoners betrekken") == 2
    assert zero_hits("bewoners betrekken") == 0
    assert not Query.objects.filter(query_string__contains="  ").exists()


def test_a_search_without_results_is_also_counted_as_such(client):
    client.get("/zoeken/", {"q": "Xyzzyqq"})
    client.get("/zoeken/", {"q": "xyzzyqq"})
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
    response = client.get("/zoeken/", params, HTTP_USER_AGENT=user_agent)
    assert response.status_code == 200
    assert (Query.objects.count(), QueryDailyHits.objects.count()) == before
    assert not ZeroResultHit.objects.exists()


def test_no_personal_data_is_stored(client):
    """Only the term, a date and a number: no IP address, user agent,
    referrer, cookie or session, in the model fields or in the stored values."""
    sessions = Session.objects.count()
    response = client.get(
        "/zoeken/",
        {"q": "xyzzyqq"},
        HTTP_USER_AGENT="GeheimeBrowser/9.9",
        REMOTE_ADDR="203.0.113.77",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        HTTP_REFERER="https://example.org/mijn-geheime-pagina",
    )
    assert response.cookies == {}
    assert Session.objects.count() == sessions

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
    client.get("/zoeken/", {"q": "xyzzyqq"})
    for _ in range(3):
        client.get("/zoeken/", {"q": "Bewoners"})
    client.get("/zoeken/", {"q": "bewoners", "pagina": "2"})  # not counted

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
    client.get("/zoeken/", {"q": "xyzzyqq"})
    client.get("/zoeken/", {"q": "wijkanpak"})  # corrected to "wijkaanpak"
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
