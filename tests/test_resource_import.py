"""Import of partner resources (``manage.py import_resources``) and the CSV
export in the admin, including a round trip export → import."""

import csv
import io
import json

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page

from editorial.resource_import import COLUMNS
from explainers.models import ResourceIndexPage, ResourcePage

pytestmark = pytest.mark.django_db

HEADER = ",".join(COLUMNS)
ROWS = [
    [
        "Buurtbudget in de praktijk",
        "https://example.org/buurtbudget",
        "platform31",
        "handreiking",
        "wonen;onderwijs-en-opvoeding",
        "bewoners",
        "Hoe een wijk zelf over een budget beslist.",
        "2024",
    ],
    [
        "Wijkscan voor professionals",
        "http://example.org/wijkscan",
        "movisie",
        "instrument",
        "",
        "professionals;bewoners",
        'Een scan om de wijk in kaart te brengen, met een "quote", en komma.',
        "",
    ],
]


def csv_text(rows, header=HEADER):
    out = io.StringIO()
    out.write(header + "\r\n")
    csv.writer(out).writerows(rows)
    return out.getvalue()


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding=encoding, newline="")
    return str(path)


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_resources", path, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(path, *args):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_resources", path, *args, stdout=out, stderr=err)
    return str(excinfo.value), err.getvalue()


def assert_imported():
    first = ResourcePage.objects.get(external_url="https://example.org/buurtbudget")
    assert first.live and not first.has_unpublished_changes
    assert first.slug == "buurtbudget-in-de-praktijk"
    assert first.get_parent().specific_class is ResourceIndexPage
    assert first.partner.slug == "platform31"
    assert first.resource_type.slug == "handreiking"
    assert {t.slug for t in first.themes.all()} == {"wonen", "onderwijs-en-opvoeding"}
    assert [a.slug for a in first.audiences.all()] == ["bewoners"]
    assert first.year == 2024
    assert first.live_revision is not None
    second = ResourcePage.objects.get(external_url="http://example.org/wijkscan")
    assert second.live and second.year is None
    assert not second.themes.exists()
    assert {a.slug for a in second.audiences.all()} == {"professionals", "bewoners"}
    assert second.summary == ROWS[1][6]


def test_csv_import_creates_published_pages(tmp_path):
    before = ResourcePage.objects.count()
    out, _ = run(write(tmp_path, "bronnen.csv", "\ufeff" + csv_text(ROWS)))
    assert "2 nieuw, 0 bijgewerkt" in out
    assert ResourcePage.objects.count() == before + 2
    assert_imported()


def test_json_import_with_lists_and_strings(tmp_path):
    items = [dict(zip(COLUMNS, row, strict=True)) for row in ROWS]
    items[0]["themes"] = ["wonen", "onderwijs-en-opvoeding"]
    items[0]["year"] = 2024
    items[1]["year"] = None
    out, _ = run(write(tmp_path, "bronnen.json", json.dumps(items)))
    assert "2 nieuw, 0 bijgewerkt" in out
    assert_imported()


def test_format_option_overrides_extension(tmp_path):
    out, _ = run(write(tmp_path, "bronnen.txt", csv_text(ROWS)), "--format", "csv")
    assert "2 nieuw" in out


def test_reimport_updates_instead_of_duplicating(tmp_path):
    path = write(tmp_path, "bronnen.csv", csv_text(ROWS))
    run(path)
    count, pages = ResourcePage.objects.count(), Page.objects.count()
    out, _ = run(path)
    assert "0 nieuw, 0 bijgewerkt, 2 ongewijzigd" in out
    changed = [row[:] for row in ROWS]
    changed[0][6] = "Een nieuwe samenvatting."
    changed[0][4] = "wonen"
    out, _ = run(write(tmp_path, "bronnen2.csv", csv_text(changed)))
    assert "0 nieuw, 1 bijgewerkt, 1 ongewijzigd" in out
    assert (ResourcePage.objects.count(), Page.objects.count()) == (count, pages)
    page = ResourcePage.objects.get(external_url="https://example.org/buurtbudget")
    assert page.summary == "Een nieuwe samenvatting."
    assert [t.slug for t in page.themes.all()] == ["wonen"]
    assert page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2


def test_bad_rows_are_all_reported_and_nothing_is_imported(tmp_path):
    good = ROWS[0]
    bad = [
        good,
        ["", "ftp://example.org/x", "onbekend", "handreiking", "", "", "Tekst", ""],
        ["Titel", "geen-url", "movisie", "soort-x", "wonen;nep", "iedereen", "", "19"],
        [
            "X" * 256,
            "https://example.org/3",
            "movisie",
            "instrument",
            "",
            "",
            "T",
            "ab",
        ],
    ]
    before = ResourcePage.objects.count()
    message, err = run_failing(write(tmp_path, "fout.csv", csv_text(bad)))
    assert "3 ongeldige regel(s)" in message
    assert "niets geïmporteerd" in message
    lines = err.splitlines()
    assert [line.split(":")[0] for line in lines] == ["Regel 3", "Regel 4", "Regel 5"]
    assert "titel ontbreekt" in lines[0]
    assert "ongeldige url" in lines[0] and "onbekende partner 'onbekend'" in lines[0]
    assert "onbekende soort 'soort-x'" in lines[1]
    assert "onbekende thema: nep" in lines[1]
    assert "onbekende doelgroep: iedereen" in lines[1]
    assert "samenvatting ontbreekt" in lines[1]
    assert "jaar moet tussen 1950 en 2100" in lines[1]
    assert "langer dan 255" in lines[2] and "jaar is geen geheel getal" in lines[2]
    assert ResourcePage.objects.count() == before
    assert not ResourcePage.objects.filter(external_url=good[1]).exists()


def test_json_errors_use_the_item_number(tmp_path):
    items = [dict(zip(COLUMNS, row, strict=True)) for row in ROWS]
    items[1]["year"] = 3000
    items.append("geen object")
    _, err = run_failing(write(tmp_path, "fout.json", json.dumps(items)))
    assert err.splitlines()[0].startswith("Item 2: jaar moet")
    assert err.splitlines()[1].startswith("Item 3: geen object")
    assert not ResourcePage.objects.filter(external_url=ROWS[0][1]).exists()


def test_wrong_encoding_gives_a_clear_error(tmp_path):
    rows = [row[:] for row in ROWS]
    rows[0][6] = "Een café in de wijk."
    path = write(tmp_path, "latin1.csv", csv_text(rows), encoding="latin-1")
    message, _ = run_failing(path)
    assert "geen geldige UTF-8 (regel 2" in message


def test_invalid_json_gives_a_clear_error(tmp_path):
    message, _ = run_failing(write(tmp_path, "kapot.json", '[{"title": '))
    assert "Ongeldige JSON" in message


def test_missing_columns_give_a_clear_error(tmp_path):
    header = "title,url,partner,themes,summary"
    rows = [[r[0], r[1], r[2], r[4], r[6]] for r in ROWS]
    message, _ = run_failing(write(tmp_path, "kort.csv", csv_text(rows, header)))
    assert "Ontbrekende kolommen: type, audiences, year" in message


def test_missing_file_and_unknown_format(tmp_path):
    message, _ = run_failing(str(tmp_path / "bestaat-niet.csv"))
    assert "Kan" in message and "niet lezen" in message
    message, _ = run_failing(write(tmp_path, "bronnen.xlsx", "x"))
    assert "Onbekend formaat" in message


def test_duplicate_urls_in_the_file_are_reported(tmp_path):
    rows = [ROWS[0], ROWS[1], [*ROWS[1][:1], ROWS[0][1], *ROWS[1][2:]]]
    _, err = run_failing(write(tmp_path, "dubbel.csv", csv_text(rows)))
    assert err.strip() == (
        "Regel 4: url staat ook op regel 2 (https://example.org/buurtbudget)."
    )


def test_titles_that_slugify_alike_get_unique_slugs(tmp_path):
    rows = [ROWS[0], [ROWS[0][0], *ROWS[1][1:]]]
    run(write(tmp_path, "zelfde.csv", csv_text(rows)))
    slugs = set(
        ResourcePage.objects.filter(
            external_url__in=[ROWS[0][1], ROWS[1][1]]
        ).values_list("slug", flat=True)
    )
    assert slugs == {"buurtbudget-in-de-praktijk", "buurtbudget-in-de-praktijk-2"}


def test_ten_thousand_rows_validate_in_a_dry_run(tmp_path):
    row = ROWS[0]
    rows = [[f"Bron {i}", f"https://example.org/b/{i}", *row[2:]] for i in range(10000)]
    before = ResourcePage.objects.count()
    with CaptureQueriesContext(connection) as queries:
        out, _ = run(write(tmp_path, "groot.csv", csv_text(rows)), "--dry-run")
    assert "10000 regels in orde (10000 nieuw, 0 bestaand)" in out
    assert len(queries) < 10
    assert ResourcePage.objects.count() == before


# Export ----------------------------------------------------------------------


def export(client):
    response = client.get(reverse("resource_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content).decode("utf-8")


def test_export_round_trip(admin_client, tmp_path):
    run(write(tmp_path, "bronnen.csv", csv_text(ROWS)))
    text = export(admin_client)
    records = list(csv.DictReader(io.StringIO(text)))
    assert len(records) == ResourcePage.objects.count()
    assert text.splitlines()[0] == HEADER
    by_url = {record["url"]: record for record in records}
    assert by_url[ROWS[1][1]]["summary"] == ROWS[1][6]
    count = ResourcePage.objects.count()
    out, _ = run(write(tmp_path, "export.csv", text))
    assert f"0 nieuw, 0 bijgewerkt, {count} ongewijzigd" in out
    assert ResourcePage.objects.count() == count


def test_export_uses_a_constant_number_of_queries(admin_client, tmp_path):
    with CaptureQueriesContext(connection) as small:
        export(admin_client)
    run(write(tmp_path, "bronnen.csv", csv_text(ROWS)))
    with CaptureQueriesContext(connection) as large:
        export(admin_client)
    assert len(small) == len(large)


def test_export_is_forbidden_without_permission(client):
    url = reverse("resource_export")
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    user = get_user_model().objects.create_user(username="kijker", password="x-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(url)  # Wagtail turns PermissionDenied into a redirect
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Bronnen exporteren (CSV)" not in menu


def test_export_menu_item_for_editors(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "Bronnen exporteren (CSV)" in response.content.decode()


def test_a_failure_during_import_rolls_everything_back(tmp_path, monkeypatch):
    from editorial import resource_import

    calls = []
    original = resource_import._apply

    def failing_apply(page, row):
        calls.append(row)
        if len(calls) == 2:
            raise RuntimeError("stroomstoring")
        original(page, row)

    monkeypatch.setattr(resource_import, "_apply", failing_apply)
    before = ResourcePage.objects.count()
    with pytest.raises(RuntimeError):
        run(write(tmp_path, "bronnen.csv", csv_text(ROWS)))
    assert ResourcePage.objects.count() == before
