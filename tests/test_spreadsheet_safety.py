"""CSV exports neutralise spreadsheet formulas (CSV injection): cells that
start like a formula get a leading apostrophe, and the resource import takes
it off again so that an export still round-trips."""

import csv
import datetime
import io

import pytest

from editorial.page_view_report import PageViewReport
from editorial.review_report import ReviewReport
from editorial.spreadsheets import (
    FORMULA_STARTS,
    SafeCsvExportMixin,
    restore_cell,
    safe_cell,
)
from editorial.views import LinkCheckReport, ReadabilityReport
from explainers.models import ResourcePage
from search.wagtail_hooks import SearchTermsReport
from tests.search.helpers import reader_search
from tests.search.test_stats import REPORT
from tests.test_resource_import import ROWS, csv_text, export, run, write


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_starts_get_an_apostrophe_and_lose_it_again(start):
    value = start + "1+1"
    assert safe_cell(value) == "'" + value
    assert restore_cell(safe_cell(value)) == value


def test_only_formula_starts_are_changed():
    others = [None, 0, -5, 2.5, datetime.date(2024, 1, 1), "", "Bewoners", "a=b"]
    assert [safe_cell(value) for value in others] == others
    assert [restore_cell(value) for value in others] == others
    assert safe_cell("-5") == "'-5"
    assert restore_cell("'=1+1") == "=1+1"
    assert restore_cell("'s-Hertogenbosch") == "'s-Hertogenbosch"
    assert restore_cell("'") == "'"
    assert safe_cell("'s-Hertogenbosch") == "'s-Hertogenbosch"


def test_text_that_looks_protected_round_trips():
    for value in ("'=x", "''=x", "'-", "'s-Hertogenbosch", "'"):
        assert restore_cell(safe_cell(value)) == value
    assert safe_cell("'=x") == "''=x"


@pytest.mark.parametrize(
    "view",
    [
        SearchTermsReport,
        ReadabilityReport,
        LinkCheckReport,
        PageViewReport,
        ReviewReport,
    ],
)
def test_every_report_with_an_export_is_protected(view):
    assert view.__mro__[1] is SafeCsvExportMixin


@pytest.mark.django_db
def test_search_terms_export_neutralises_formulas(client, admin_client):
    for term in ['=HYPERLINK("http://example.com","klik")', "-2+3", "bewoners"]:
        reader_search(client, term)  # counted as a reader's browser search
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    terms = {row["Zoekterm"] for row in csv.DictReader(io.StringIO(text))}
    assert terms == {
        '\'=hyperlink("http://example.com","klik")',
        "'-2+3",
        "bewoners",
    }


@pytest.mark.django_db
def test_resource_export_neutralises_formulas_and_round_trips(admin_client, tmp_path):
    rows = [ROWS[0], ["=1+1", *ROWS[1][1:6], "-kort", ""]]
    run(write(tmp_path, "bronnen.csv", csv_text(rows)))
    text = export(admin_client)
    by_url = {r["url"]: r for r in csv.DictReader(io.StringIO(text))}
    assert by_url[ROWS[1][1]]["title"] == "'=1+1"
    assert by_url[ROWS[1][1]]["summary"] == "'-kort"
    assert by_url[ROWS[0][1]]["title"] == ROWS[0][0]

    count = ResourcePage.objects.count()
    out, _ = run(write(tmp_path, "export.csv", text))
    assert f"0 nieuw, 0 bijgewerkt, {count} ongewijzigd" in out
    page = ResourcePage.objects.get(external_url=ROWS[1][1])
    assert (page.title, page.summary) == ("=1+1", "-kort")
