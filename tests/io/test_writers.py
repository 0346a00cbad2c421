"""Every output format round-trips the records; the final file appears atomically."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

from extract.io.writers import CSV_COLUMNS, csv_row, finish_output, open_writer, record_line


def _log(tmp_path: Path, records: list[dict]) -> Path:
    log = tmp_path / "hasil.jsonl.part"
    log.write_text("".join(record_line(record) for record in records), encoding="utf-8")
    return log


def test_json_array_streams_valid_json(make_record) -> None:
    records = [make_record("a"), make_record("b")]
    handle = io.StringIO()
    writer = open_writer("json", handle)
    for record in records:
        writer.write(record)
    writer.close()
    assert json.loads(handle.getvalue()) == records


def test_empty_json_array() -> None:
    handle = io.StringIO()
    open_writer("json", handle).close()
    assert json.loads(handle.getvalue()) == []


def test_csv_row_joins_lists_and_flattens_location(make_record) -> None:
    row = csv_row(make_record("a"))
    assert set(row) == set(CSV_COLUMNS)
    assert row["parties"] == "Pemerintah Kota Bandung | Universitas Padjadjaran"
    assert row["party_acronyms"] == " | Unpad"
    assert row["signatories"] == "Siti Rahmawati (Wali Kota Bandung) | Budi Santoso (Rektor)"
    assert row["signatory_parties"] == "Pemerintah Kota Bandung | Universitas Padjadjaran"
    assert row["witnesses"] == "Agus Salim (Sekretaris Daerah)"
    assert (row["venue"], row["city"], row["province"]) == ("Balai Kota", "Bandung", "Jawa Barat")
    assert row["scopes"] == "pendidikan | kesehatan" and row["scope_categories"] == "education | "
    assert row["confidence"] == "0.9" and row["parent"] == ""


def test_finish_output_csv(tmp_path: Path, make_record) -> None:
    output = tmp_path / "hasil.csv"
    log = _log(tmp_path, [make_record("a"), make_record("b")])
    finish_output(log, "csv", output)
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert [row["doc_id"] for row in rows] == ["a", "b"]
    assert not log.exists() and not (tmp_path / "hasil.csv.tmp").exists()


def test_finish_output_parquet_keeps_nested_fields(tmp_path: Path, make_record) -> None:
    output = tmp_path / "hasil.parquet"
    records = [make_record("a"), make_record("b", type_="PKS")]
    finish_output(_log(tmp_path, records), "parquet", output)
    assert pq.read_table(output).to_pylist() == records


def test_finish_output_jsonl_is_a_rename(tmp_path: Path, make_record) -> None:
    output = tmp_path / "hasil.jsonl"
    records = [make_record("a")]
    finish_output(_log(tmp_path, records), "jsonl", output)
    assert [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()] == records
