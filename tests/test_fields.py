"""The field registry (extract/fields.py) covers the record's schema, and the CSV writer, the
database tables, the scorer and the web card follow it."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from extract.evaluation import FIELDS
from extract.fields import CSV_COLUMNS, RECORD_FIELDS, ChildRows, check_registry, child_rows, csv_row
from extract.io import db
from extract.io.writers import open_writer
from extract.schema import Record
from extract.web.cards import build_card
from extract.web.downloads import records_csv

ASSEMBLY = Path(__file__).resolve().parents[1] / "extract" / "assembly"


def make_record(doc_id: str, type_: str = "MoU") -> dict:
    return Record.model_validate({
        "doc_id": doc_id, "type": type_, "status": "signed", "title": "pelayanan publik",
        "parties": [{"name": "Pemerintah Kota Bandung", "kind": "regional_government"},
                    {"name": "Universitas Padjadjaran", "acronym": "Unpad", "kind": "university"}],
        "signatories": [{"name": "Siti Rahmawati", "position": "Wali Kota Bandung", "party": 0},
                        {"name": "Budi Santoso", "titles": ["Prof."], "party": 1}],
        "witnesses": [{"name": "Agus Salim", "position": "Sekretaris Daerah"}],
        "date": "2024-03-05", "location": {"city": "Bandung", "province": "Jawa Barat"},
        "scopes": [{"text": "pendidikan", "category": "education"}], "reference_numbers": ["01/MOU/III/2024"],
        "confidence": 0.9,
        "evidence": [{"field": "date", "value": "2024-03-05", "start": 0, "end": 5, "sentence_start": 0,
                      "sentence_end": 9, "sentence": "Selasa ...", "rule": "dates:weekday_numeric"}],
    }).model_dump()


def test_one_entry_per_schema_field_in_the_schema_order() -> None:
    check_registry()
    assert [entry.name for entry in RECORD_FIELDS] == list(Record.model_fields)


def test_every_entry_names_the_assembly_modules_that_fill_it() -> None:
    for entry in RECORD_FIELDS:
        modules = re.findall(r"([a-z_]+)\.py", entry.filled_by)
        assert modules, entry.name
        assert all((ASSEMBLY / f"{module}.py").is_file() or module == "options" for module in modules), entry.name


def test_the_batch_and_the_web_download_write_the_same_csv() -> None:
    records = [make_record("a"), make_record("b", type_="PKS")]
    handle = io.StringIO()
    writer = open_writer("csv", handle)
    for record in records:
        writer.write(record)
    writer.close()
    assert records_csv(records) == handle.getvalue()
    rows = list(csv.DictReader(io.StringIO(handle.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS and rows[1]["type"] == "PKS"
    assert rows[0] == csv_row(records[0])


def test_the_agreements_table_has_a_column_per_registry_column() -> None:
    registry = [column.name for entry in RECORD_FIELDS if isinstance(entry.db, tuple) for column in entry.db]
    columns = [column.name for column in db.agreements.columns]
    assert columns == ["agreement_key", "article_key", "record_index", *registry, "record"]


def test_list_fields_have_child_tables_with_their_items() -> None:
    record = make_record("a")
    tables = {entry.db.table.name for entry in RECORD_FIELDS if isinstance(entry.db, ChildRows)}
    assert tables == {table.name for table in db.CHILD_TABLES} == {"parties", "people", "scopes", "evidence"}
    rows = {table.name: items for table, items in child_rows(record).items()}
    assert [(row["role"], row["name"]) for row in rows["people"]] == [
        ("signatory", "Siti Rahmawati"), ("signatory", "Budi Santoso"), ("witness", "Agus Salim")]
    assert len(rows["parties"]) == len(record["parties"]) and len(rows["evidence"]) == len(record["evidence"])


def test_the_evaluation_scores_the_registry_fields_in_its_order() -> None:
    assert list(FIELDS) == [scored.name for entry in RECORD_FIELDS for scored in entry.scored]
    assert "confidence" not in FIELDS and "location.city" in FIELDS


def test_the_card_shows_the_registry_fields_with_their_labels() -> None:
    card = build_card(make_record("a"), 0, {})
    assert [(line.field, line.label) for line in card.lines] == [
        (entry.name, entry.card.label) for entry in RECORD_FIELDS if entry.card]
