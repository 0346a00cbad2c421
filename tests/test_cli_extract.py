"""`sepakat extract` from the command line: outputs, exit status, summary, database."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from extract.cli import app
from extract.document import Document
from extract.schema import Record

runner = CliRunner()


def _fake_extract_documents(documents: Iterable[Document], **_: object) -> Iterator[tuple[Document, list[dict]]]:
    for document in documents:
        records = []
        if "MoU" in document.text:
            records.append(Record.model_validate({
                "doc_id": document.id, "type": "MoU", "status": "signed", "confidence": 0.7,
                "parties": [{"name": "Pemkab Sleman"}, {"name": "Universitas Gadjah Mada", "acronym": "UGM"}],
            }).model_dump())
        yield document, records


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.api

    monkeypatch.setattr(extract.api, "extract_documents", _fake_extract_documents)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "sleman.txt").write_text("Pemkab Sleman dan UGM meneken MoU di Pendopo.", encoding="utf-8")
    (folder / "cuaca.txt").write_text("Hujan ringan turun di Yogyakarta sore ini.", encoding="utf-8")
    return folder


def test_default_is_json_lines_on_stdout_and_a_summary(articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles)])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert json.loads(line)["doc_id"] == "sleman"
    assert "2 inputs: 2 documents read (1 with records, 1 without agreement) + 0 errors; 1 records" in result.stderr


def test_a_bad_input_makes_the_exit_status_1_after_the_rest_is_done(articles: Path, tmp_path: Path) -> None:
    (articles / "rusak.txt").write_bytes(b"\xff\xfe\x00\x00biner")
    errors = tmp_path / "galat.jsonl"
    result = runner.invoke(app, ["extract", str(articles), "--errors", str(errors), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "rusak.txt" in result.stderr and "binary" in result.stderr
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["doc_id"] == "rusak"
    assert "1 with records, 1 without agreement) + 1 errors" in result.stderr


def test_csv_output_file(articles: Path, tmp_path: Path) -> None:
    output = tmp_path / "hasil.csv"
    result = runner.invoke(app, ["extract", str(articles), "--format", "csv", "--output", str(output), "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""
    [row] = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert row["parties"] == "Pemkab Sleman | Universitas Gadjah Mada" and row["party_acronyms"] == " | UGM"


def test_json_output_on_stdout(articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles), "--format", "json", "--quiet"])
    assert [record["doc_id"] for record in json.loads(result.stdout)] == ["sleman"]


def test_parquet_needs_an_output_file(articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(articles), "--format", "parquet"])
    assert result.exit_code == 2 and "--output" in result.stderr


def test_stdin_jsonl_with_custom_columns() -> None:
    feed = json.dumps({"kode": "x1", "isi": "MoU pariwisata diteken."}) + "\n"
    result = runner.invoke(app, ["extract", "-", "--text-column", "isi", "--id-column", "kode", "-q"], input=feed)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc_id"] == "x1"


def test_db_loads_sqlite_and_a_second_load_changes_nothing(articles: Path, tmp_path: Path) -> None:
    database = tmp_path / "sepakat.db"
    for _ in range(2):
        result = runner.invoke(app, ["extract", str(articles), "--db", str(database), "-q"])
        assert result.exit_code == 0 and result.stdout == ""
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        counts = [connection.execute(text(f"select count(*) from {table}")).scalar_one()
                  for table in ("articles", "agreements", "parties")]
    engine.dispose()
    assert counts == [2, 1, 2]
