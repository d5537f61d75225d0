"""Protection against CSV injection (OWASP) in admin exports.

Excel and LibreOffice treat a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula, so text typed by visitors or
imported from partner files could run as a formula when an editor opens an
export. A leading apostrophe makes the spreadsheet show the cell as text.
Wagtail already does this for XLSX exports, not for CSV.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` with a leading apostrophe if a spreadsheet would read it as
    a formula; other values (numbers, dates, None) unchanged. Text that
    already looks protected gets one more, so that the import restores it."""
    if isinstance(value, str) and _formula_like(value):
        return "'" + value
    return value


def _formula_like(value):
    # Apostrophes first too: "'=x" must survive an export and import.
    return value.lstrip("'").startswith(FORMULA_STARTS)


def restore_cell(value):
    """Undo :func:`safe_cell`, for importing an export again."""
    if isinstance(value, str) and value[:1] == "'" and _formula_like(value[1:]):
        return value[1:]
    return value


class SafeCsvExportMixin:
    """For views with Wagtail's ``SpreadsheetExportMixin`` (report views):
    CSV cells go through :func:`safe_cell`."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
