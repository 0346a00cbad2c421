"""CSV formula injection (issue 14, item 9): cells a spreadsheet would run are neutralised in
the CLI's CSV and the web download; other formats keep values as they are."""
from __future__ import annotations

import csv
import io

import pytest

from extract.io.spreadsheet import spreadsheet_safe
from extract.io.writers import open_writer

ATTACKS = ["=HYPERLINK(\"http://contoh.id\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tinjeksi",
           "\rinjeksi", "  =1+1", "\u00a0=1+1"]


@pytest.mark.parametrize("cell", ATTACKS)
def test_formula_starts_get_an_apostrophe(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Pemerintah Kota Bandung", "0.9", "", "a=b", "MoU-01", None])
def test_other_cells_are_unchanged(cell: object) -> None:
    assert spreadsheet_safe(cell) == cell


def _poisoned(make_record) -> dict:
    record = make_record("=cmd|'/c calc'!A0")
    record["title"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    record["parties"][0]["name"] = "+Pemkot"
    return record


def test_cli_csv_neutralises_formula_cells(make_record) -> None:
    handle = io.StringIO()
    writer = open_writer("csv", handle)
    writer.write(_poisoned(make_record))
    writer.close()
    [row] = list(csv.DictReader(io.StringIO(handle.getvalue())))
    assert row["doc_id"] == "'=cmd|'/c calc'!A0"
    assert row["title"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["parties"].startswith("'+Pemkot")
    assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_web_download_csv_neutralises_formula_cells(make_record) -> None:
    from extract.web.downloads import records_csv

    [row] = list(csv.DictReader(io.StringIO(records_csv([_poisoned(make_record)]))))
    assert row["doc_id"] == "'=cmd|'/c calc'!A0" and row["title"].startswith("'@SUM")


def test_jsonl_keeps_values_as_they_are(make_record) -> None:
    handle = io.StringIO()
    open_writer("jsonl", handle).write(_poisoned(make_record))
    assert '"doc_id": "=cmd' in handle.getvalue()


@pytest.mark.parametrize("cell", ATTACKS + ["'=sudah dikutip", "'kutipan biasa", "plain", "''@dua"])
def test_reading_sepakat_csv_back_gives_the_values_written(cell: str) -> None:
    from extract.io.spreadsheet import from_spreadsheet_safe

    assert from_spreadsheet_safe(spreadsheet_safe(cell)) == cell


def test_records_read_back_from_csv_keep_formula_like_values(tmp_path, make_record) -> None:
    from extract.io.record_sources import iter_records

    path = tmp_path / "hasil.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = open_writer("csv", handle)
        writer.write(_poisoned(make_record))
        writer.close()
    [read] = list(iter_records([path]))
    assert read.record["doc_id"] == "=cmd|'/c calc'!A0"
    assert read.record["title"] == "@SUM(1+1)*cmd|' /C calc'!A0"
