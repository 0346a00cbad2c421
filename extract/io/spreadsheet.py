"""CSV cells a spreadsheet would run as formulas, neutralised (OWASP "CSV injection").

Titles, doc ids and file names come from the articles and inputs: a cell starting with `=`,
`+`, `-`, `@`, a tab or a carriage return (also after leading spaces) is a formula to Excel,
LibreOffice and Google Sheets. Like spreadsheet-safe exporters (OWASP's advice, csv-stringify's
`escape_formulas`), such a cell gets a leading apostrophe, which spreadsheets show as text.
Only CSV is touched: JSON Lines, JSON, Parquet and the database keep values as they are.
"""
from __future__ import annotations

from collections.abc import Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_quote(value: str) -> bool:
    """A formula start, also behind spaces or behind apostrophes (so a value that already
    starts with an apostrophe before a formula gets one more, and reading back is exact)."""
    return value.lstrip("'").lstrip(" \u00a0").startswith(FORMULA_STARTS)


def spreadsheet_safe(value: object) -> object:
    """`value` with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and _needs_quote(value):
        return "'" + value
    return value


def from_spreadsheet_safe(value: str) -> str:
    """The value `spreadsheet_safe` was given (for reading Sepakat's CSV back)."""
    return value[1:] if value.startswith("'") and _needs_quote(value[1:]) else value


def spreadsheet_safe_row(row: Mapping[str, object]) -> dict[str, object]:
    return {column: spreadsheet_safe(value) for column, value in row.items()}
