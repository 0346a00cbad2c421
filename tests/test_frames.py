"""extract.frames: long-form tables that join, and the same frames read back from every output."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.consolidation import consolidate
from extract.consolidation.partitions import DEFAULT_PARTITIONS
from extract.frames import COLUMNS, read_records, to_frames, write_frames
from extract.io.writers import write_all

REPO = Path(__file__).resolve().parents[1]
TEST_SET = REPO / "corpus" / "consolidation" / "records.jsonl"
runner = CliRunner()


def _records() -> list[dict]:
    records = []
    for line in TEST_SET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record.pop("published", None)
        record.pop("url", None)
        records.append(record)
    return records


def _assert_same(first, second, tables=COLUMNS) -> None:
    for name in tables:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name), check_like=False, obj=name)


def test_tables_have_their_columns_and_join() -> None:
    frames = to_frames(_records())
    for name, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[name])
        assert frame["agreement_id"].isin(frames.agreements["agreement_id"]).all()
    assert frames.agreements["agreement_id"].is_unique
    joined = frames.signatories.merge(frames.parties, left_on=["agreement_id", "party_index"],
                                      right_on=["agreement_id", "party_index"], suffixes=("", "_party"))
    assert ("Hendra Wijaya", "Pemerintah Kabupaten Sleman") in set(zip(joined["name"], joined["name_party"]))
    pks = frames.agreements.set_index("agreement_id").at["sleman-kab-2403a#1", "parent_id"]
    assert pks == "sleman-kab-2403a#0"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_records_read_back_from_every_extract_format(fmt: str, tmp_path: Path) -> None:
    records = _records()
    path = tmp_path / f"records.{fmt}"
    write_all(records, fmt, path)
    expected, found = to_frames(records), read_records(path)
    if fmt == "csv":   # CSV keeps no canonical names, region codes, aliases or titles
        _assert_same(expected, found, ("agreements", "scopes", "reports"))
        assert list(found.parties["name"]) == list(expected.parties["name"])
    else:
        _assert_same(expected, found)


def test_region_codes_stay_strings(tmp_path: Path) -> None:
    record = _records()[0]
    record["location"]["code"] = "33.10"
    record["parties"][0]["region_code"] = "34"
    path = tmp_path / "records.csv"
    write_all([record], "csv", path)
    for source in (path, _parquet(tmp_path, [record])):
        frames = read_records(source)
        assert frames.agreements.at[0, "region_code"] == "33.10"
        assert str(frames.agreements["region_code"].dtype) == "string"


def _parquet(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "records.parquet"
    write_all(records, "parquet", path)
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_consolidated_agreements_read_back(fmt: str, tmp_path: Path) -> None:
    output = tmp_path / f"agreements.{fmt}"
    assert runner.invoke(app, ["consolidate", str(TEST_SET), "-f", fmt, "-o", str(output), "-q"]).exit_code == 0
    lines = TEST_SET.read_text().splitlines()
    expected = to_frames(consolidate((json.loads(line) for line in lines), partitions=DEFAULT_PARTITIONS))
    found = read_records(output)
    tables = COLUMNS if fmt != "csv" else ("agreements", "scopes")
    _assert_same(expected, found, tables)
    pd.testing.assert_frame_equal(expected.reports[["agreement_id", "doc_id", "record_index", "url"]],
                                  found.reports[["agreement_id", "doc_id", "record_index", "url"]])


def test_frames_directory_and_database_round_trip(tmp_path: Path) -> None:
    frames = to_frames(consolidate(_records(), partitions=DEFAULT_PARTITIONS))
    write_frames(frames, tmp_path / "tables")
    _assert_same(frames, read_records(tmp_path / "tables"))
    db = tmp_path / "sepakat.db"
    assert runner.invoke(app, ["consolidate", str(TEST_SET), "--db", str(db), "-q"]).exit_code == 0
    from_db = read_records(db, consolidated=True)
    assert sorted(from_db.agreements["agreement_id"]) == sorted(frames.agreements["agreement_id"])
    assert from_db.reports["published"].notna().all()


def test_unreadable_input_is_named(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"doc_id": "a", "type": "MoU"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"records.jsonl:2: not a record"):
        read_records(path)


def test_tables_command_writes_the_six_tables_from_a_database(tmp_path: Path) -> None:
    db = tmp_path / "sepakat.db"
    assert runner.invoke(app, ["consolidate", str(TEST_SET), "--db", str(db), "-q"]).exit_code == 0
    result = runner.invoke(app, ["tables", str(db), "--consolidated", "-o", str(tmp_path / "tables")])
    assert result.exit_code == 0, result.output
    _assert_same(read_records(db, consolidated=True), read_records(tmp_path / "tables"))
    result = runner.invoke(app, ["tables", str(tmp_path / "none.db"), "-o", str(tmp_path / "t2")])
    assert result.exit_code == 1 and "no such database file" in result.output
