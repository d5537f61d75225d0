"""Import and export of partner resources (ResourcePage) as CSV or JSON.

File format
-----------
CSV: UTF-8 (with or without BOM), comma-separated, a header row with exactly
these columns (order free, extra columns are ignored)::

    title,url,partner,type,themes,audiences,summary,year

- ``title``: required, at most 255 characters.
- ``url``: required, an http(s) address of at most 500 characters; the key of
  a resource. A URL that already exists updates that resource; a URL may occur
  only once per file.
- ``partner``, ``type``: required, the slug of an existing Partner and
  ResourceType.
- ``themes``, ``audiences``: slugs of existing Themes and Audiences, separated
  by ``;`` (may be empty).
- ``summary``: required, at most 400 characters.
- ``year``: empty or a whole number from 1950 to 2100.

JSON: a list of objects with the same keys; ``themes`` and ``audiences`` may
be lists of slugs or ``;``-separated strings, ``year`` a number, string or
null.

Row numbers in error messages: for CSV the line number in the file (the
header is line 1), for JSON the position of the object in the list (from 1).

Every row is validated before anything is written; when any row is invalid
nothing is imported. Otherwise all rows are imported in one transaction: a new
URL becomes a published ResourcePage under the ResourceIndexPage (slug from
the title, made unique), an existing URL gets its fields updated and a new
revision published. A resource whose fields already match the row is left
alone ("ongewijzigd"): it is not published again, so re-importing an export
does not publish drafts or unpublished resources. The export writes the same CSV
format, so an export can be imported again.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) are exported with a leading
apostrophe (:mod:`editorial.spreadsheets`); the CSV import removes that
apostrophe again, the JSON import does not.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from explainers.models import (
    Audience,
    Partner,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Theme,
)

from .spreadsheets import restore_cell, safe_cell

COLUMNS = ["title", "url", "partner", "type", "themes", "audiences", "summary", "year"]
REQUIRED = ["title", "url", "partner", "type", "summary"]
LABELS = {
    "title": "titel",
    "url": "url",
    "partner": "partner",
    "type": "soort (type)",
    "summary": "samenvatting",
}
TITLE_MAX = 255
URL_MAX = ResourcePage._meta.get_field("external_url").max_length
SUMMARY_MAX = ResourcePage._meta.get_field("summary").max_length
YEAR_MIN, YEAR_MAX = 1950, 2100

_url_validator = URLValidator(schemes=["http", "https"])


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, syntax, columns)."""


@dataclass
class ResourceRow:
    number: int
    title: str
    url: str
    partner: Partner
    resource_type: ResourceType
    themes: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    summary: str = ""
    year: int | None = None


@dataclass
class ImportResult:
    rows: list
    errors: list
    label: str = "Regel"
    created: int = 0
    updated: int = 0
    unchanged: int = 0


# Reading ---------------------------------------------------------------------


def read_file(path, fmt=None):
    """Return ``(label, [(number, dict), ...])``; raise ImportFileError."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "json"):
        raise ImportFileError(
            f"Onbekend formaat '{fmt}': gebruik een .csv- of .json-bestand "
            "of geef --format csv|json op."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"Kan {path} niet lezen: {error.strerror}.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"Het bestand is geen geldige UTF-8 (regel {line}, byte "
            f"{error.start}). Sla het op als UTF-8, bijvoorbeeld in Excel via "
            "'CSV UTF-8 (door komma's gescheiden)'."
        ) from None
    if fmt == "csv":
        return "Regel", read_csv(text)
    return "Item", read_json(text)


def read_csv(text):
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as error:
        raise ImportFileError(f"Ongeldige CSV: {error}.") from None
    if not header:
        raise ImportFileError("Het bestand is leeg: de kopregel ontbreekt.")
    reader.fieldnames = [name.strip().lower() for name in header]
    missing = [name for name in COLUMNS if name not in reader.fieldnames]
    if missing:
        raise ImportFileError(
            "Ontbrekende kolommen: "
            + ", ".join(missing)
            + ". Verwacht: "
            + ",".join(COLUMNS)
            + "."
        )
    rows = []
    start = reader.line_num + 1
    try:
        for record in reader:
            # Undo safe_cell() of the export; None marks extra or missing cells.
            record = {key: restore_cell(value) for key, value in record.items()}
            rows.append((start, record))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(f"Ongeldige CSV rond regel {start}: {error}.") from None
    return rows


def read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"Ongeldige JSON (regel {error.lineno}, kolom {error.colno}): {error.msg}."
        ) from None
    if not isinstance(data, list):
        raise ImportFileError("De JSON moet een lijst van objecten zijn.")
    return list(enumerate(data, start=1))


# Validating ------------------------------------------------------------------


def _text(value):
    if value is None:
        return ""
    return str(value).strip()


def _slugs(value):
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    slugs = []
    for item in items:
        slug = _text(item)
        if slug and slug not in slugs:
            slugs.append(slug)
    return slugs


def _lookup(model):
    return {obj.slug: obj for obj in model.objects.all()}


def validate(label, records):
    """Check every record; return an ImportResult with rows or errors."""
    partners, types = _lookup(Partner), _lookup(ResourceType)
    themes, audiences = _lookup(Theme), _lookup(Audience)
    result = ImportResult(rows=[], errors=[], label=label)
    seen = {}
    for number, record in records:
        problems = []
        if not isinstance(record, dict):
            result.errors.append(f"{label} {number}: geen object met velden.")
            continue
        if None in record:
            problems.append("meer velden dan kolommen in de kopregel")
        missing = [key for key in COLUMNS if key not in record]
        if missing:
            problems.append("ontbrekende velden: " + ", ".join(missing))
        values = {key: _text(record.get(key)) for key in REQUIRED}
        for key in REQUIRED:
            if key not in missing and not values[key]:
                problems.append(f"{LABELS[key]} ontbreekt")
        title, url, summary = values["title"], values["url"], values["summary"]
        if len(title) > TITLE_MAX:
            problems.append(f"titel is langer dan {TITLE_MAX} tekens")
        if len(summary) > SUMMARY_MAX:
            problems.append(f"samenvatting is langer dan {SUMMARY_MAX} tekens")
        if url:
            try:
                if len(url) > URL_MAX:
                    raise ValidationError("te lang")
                _url_validator(url)
            except ValidationError:
                problems.append(f"ongeldige url '{url}' (alleen http of https)")
            if url in seen:
                problems.append(f"url staat ook op {label.lower()} {seen[url]} ({url})")
            else:
                seen[url] = number
        partner = partners.get(values["partner"])
        if values["partner"] and partner is None:
            problems.append(f"onbekende partner '{values['partner']}'")
        resource_type = types.get(values["type"])
        if values["type"] and resource_type is None:
            problems.append(f"onbekende soort '{values['type']}'")
        found = {}
        for key, known, name in (
            ("themes", themes, "thema"),
            ("audiences", audiences, "doelgroep"),
        ):
            slugs = _slugs(record.get(key))
            unknown = [slug for slug in slugs if slug not in known]
            if unknown:
                problems.append(f"onbekende {name}: " + ", ".join(unknown))
            found[key] = [known[slug] for slug in slugs if slug in known]
        year = _text(record.get("year"))
        if year:
            try:
                year = int(year)
            except ValueError:
                year = None
                problems.append("jaar is geen geheel getal")
            else:
                if not YEAR_MIN <= year <= YEAR_MAX:
                    problems.append(f"jaar moet tussen {YEAR_MIN} en {YEAR_MAX} liggen")
        if problems:
            result.errors.append(f"{label} {number}: " + "; ".join(problems) + ".")
            continue
        result.rows.append(
            ResourceRow(
                number=number,
                title=title,
                url=url,
                partner=partner,
                resource_type=resource_type,
                themes=found["themes"],
                audiences=found["audiences"],
                summary=summary,
                year=year or None,
            )
        )
    return result


# Importing -------------------------------------------------------------------


def existing_urls(urls):
    """Map of external_url to page id for the URLs that already exist."""
    wanted = set(urls)
    return {
        url: pk
        for url, pk in ResourcePage.objects.values_list("external_url", "pk")
        if url in wanted
    }


def count_changes(result):
    """Fill ``created``/``updated`` without writing (for a dry run)."""
    existing = existing_urls(row.url for row in result.rows)
    result.updated = sum(row.url in existing for row in result.rows)
    result.created = len(result.rows) - result.updated
    return result


def _unique_slug(title, taken):
    base = slugify(title)[:240] or "bron"
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    taken.add(slug)
    return slug


def _apply(page, row):
    page.title = row.title
    page.external_url = row.url
    page.partner = row.partner
    page.resource_type = row.resource_type
    page.summary = row.summary
    page.year = row.year
    page.themes = row.themes
    page.audiences = row.audiences


def _same(page, row):
    return (
        (page.title, page.partner_id, page.resource_type_id)
        == (row.title, row.partner.pk, row.resource_type.pk)
        and (page.summary, page.year) == (row.summary, row.year)
        and {t.pk for t in page.themes.all()} == {t.pk for t in row.themes}
        and {a.pk for a in page.audiences.all()} == {a.pk for a in row.audiences}
    )


@transaction.atomic
def import_rows(result, user=None):
    """Create or update a published ResourcePage per row, all or nothing."""
    index = ResourceIndexPage.objects.get()
    existing = existing_urls(row.url for row in result.rows)
    pages = ResourcePage.objects.prefetch_related("themes", "audiences").in_bulk(
        existing.values()
    )
    taken = set(index.get_children().values_list("slug", flat=True))
    for row in result.rows:
        if row.url in existing:
            page = pages[existing[row.url]]
            if _same(page, row):
                result.unchanged += 1
                continue
            result.updated += 1
        else:
            page = ResourcePage(slug=_unique_slug(row.title, taken), live=False)
            result.created += 1
        _apply(page, row)
        if page.pk is None:
            index.add_child(instance=page)
        page.save_revision(user=user, log_action=True).publish(user=user)
    return result


# Exporting -------------------------------------------------------------------


def export_queryset():
    return (
        ResourcePage.objects.select_related("partner", "resource_type")
        .prefetch_related("themes", "audiences")
        .order_by("path")
    )


def export_rows(pages=None):
    """Yield the CSV header and one list of values per resource."""
    yield COLUMNS
    for page in export_queryset() if pages is None else pages:
        row = [
            page.title,
            page.external_url,
            page.partner.slug,
            page.resource_type.slug,
            ";".join(theme.slug for theme in page.themes.all()),
            ";".join(audience.slug for audience in page.audiences.all()),
            page.summary,
            "" if page.year is None else str(page.year),
        ]
        yield [safe_cell(value) for value in row]
