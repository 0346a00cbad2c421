"""Records or consolidated agreements as long-form pandas DataFrames (docs/consolidation.md).

    frames = to_frames(records)            # or to_frames(agreements)
    frames = read_records("out/records.jsonl" | "out.parquet" | "out.csv" | "sepakat.db" | "postgresql://...")
    frames.parties.merge(frames.agreements, on="agreement_id")

Six tables, each keyed by `agreement_id` (and a position within the agreement), so they
join without reshaping: agreements (one row each), parties, signatories, witnesses,
scopes and reports (the articles that report it). An article-level record is an
agreement of its own with the id `doc_id#record_index` and one report; a consolidated
agreement keeps its `agreement_id` and lists all its reports. Text columns are pandas
strings (a region code stays "33.02", never a float); list cells (aliases, titles,
reference numbers) are Python lists. `write_frames` stores the six tables as Parquet files
in a directory, which `read_records` reads back.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from extract.io.errors import ReadError
from extract.io.record_sources import RecordPositions, SourceRecord, iter_records

_STRING, _INT, _FLOAT, _LIST = "string", "Int64", "float64", "object"

COLUMNS: dict[str, dict[str, str]] = {
    "agreements": {"agreement_id": _STRING, "type": _STRING, "status": _STRING, "title": _STRING,
                   "date": _STRING, "date_text": _STRING, "venue": _STRING, "city": _STRING,
                   "province": _STRING, "region_code": _STRING, "reference_numbers": _LIST,
                   "parent_id": _STRING, "confidence": _FLOAT, "report_count": _INT},
    "parties": {"agreement_id": _STRING, "party_index": _INT, "name": _STRING, "acronym": _STRING,
                "kind": _STRING, "canonical": _STRING, "region_code": _STRING, "aliases": _LIST},
    "signatories": {"agreement_id": _STRING, "signatory_index": _INT, "name": _STRING, "titles": _LIST,
                    "position": _STRING, "party_index": _INT},
    "witnesses": {"agreement_id": _STRING, "witness_index": _INT, "name": _STRING, "titles": _LIST,
                  "position": _STRING},
    "scopes": {"agreement_id": _STRING, "scope_index": _INT, "text": _STRING, "category": _STRING},
    "reports": {"agreement_id": _STRING, "report_index": _INT, "doc_id": _STRING, "record_index": _INT,
                "published": _STRING, "url": _STRING},
}
"""Every table's columns and pandas dtypes: the shape to_frames, read_records and write_frames share."""


@dataclass(slots=True)
class Frames:
    agreements: pd.DataFrame
    parties: pd.DataFrame
    signatories: pd.DataFrame
    witnesses: pd.DataFrame
    scopes: pd.DataFrame
    reports: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(field.name, getattr(self, field.name)) for field in fields(self)]


def to_frames(items: Iterable[dict | SourceRecord]) -> Frames:
    """Long-form tables of article records (dicts as `extract` returns them, or SourceRecords)
    or of consolidated agreements (dicts with an `agreement_id`)."""
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    positions = RecordPositions()
    for item in items:
        if isinstance(item, dict) and "agreement_id" in item:
            _add_agreement(rows, item, item["agreement_id"], item.get("reports") or [], item.get("parent_id"))
            continue
        source = item if isinstance(item, SourceRecord) else positions.place(item)
        identifier = f"{source.doc_id}#{source.record_index}"
        parent = source.record.get("parent")
        report = {"doc_id": source.doc_id, "record_index": source.record_index,
                  "published": source.published, "url": source.url}
        _add_agreement(rows, source.record, identifier, [report],
                       f"{source.doc_id}#{parent}" if isinstance(parent, int) else None)
    return Frames(**{name: _frame(name, table) for name, table in rows.items()})


def _add_agreement(rows: dict[str, list[dict]], item: dict, identifier: str, reports: list[dict],
                   parent_id: str | None) -> None:
    location = item.get("location") or {}
    rows["agreements"].append({
        "agreement_id": identifier, "type": item.get("type"), "status": item.get("status"),
        "title": item.get("title"), "date": item.get("date"), "date_text": item.get("date_text"),
        "venue": location.get("venue"), "city": location.get("city"), "province": location.get("province"),
        "region_code": location.get("code"), "reference_numbers": list(item.get("reference_numbers") or []),
        "parent_id": parent_id, "confidence": item.get("confidence"), "report_count": len(reports)})
    for index, party in enumerate(item.get("parties") or []):
        rows["parties"].append({"agreement_id": identifier, "party_index": index, "name": party.get("name"),
                                "acronym": party.get("acronym"), "kind": party.get("kind"),
                                "canonical": party.get("canonical"), "region_code": party.get("region_code"),
                                "aliases": list(party.get("aliases") or [])})
    for index, person in enumerate(item.get("signatories") or []):
        rows["signatories"].append({"agreement_id": identifier, "signatory_index": index, "name": person.get("name"),
                                    "titles": list(person.get("titles") or []), "position": person.get("position"),
                                    "party_index": person.get("party")})
    for index, person in enumerate(item.get("witnesses") or []):
        rows["witnesses"].append({"agreement_id": identifier, "witness_index": index, "name": person.get("name"),
                                  "titles": list(person.get("titles") or []), "position": person.get("position")})
    for index, scope in enumerate(item.get("scopes") or []):
        rows["scopes"].append({"agreement_id": identifier, "scope_index": index, "text": scope.get("text"),
                               "category": scope.get("category")})
    for index, report in enumerate(reports):
        rows["reports"].append({"agreement_id": identifier, "report_index": index, "doc_id": report.get("doc_id"),
                                "record_index": report.get("record_index"), "published": report.get("published"),
                                "url": report.get("url")})


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    columns = COLUMNS[name]
    frame = pd.DataFrame(rows, columns=list(columns))
    for column, dtype in columns.items():
        if dtype == _LIST:
            frame[column] = frame[column].astype(object)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


def write_frames(frames: Frames, directory: Path) -> None:
    """The six tables as `<table>.parquet` files in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        temporary = directory / f"{name}.parquet.tmp"
        frame.to_parquet(temporary, index=False)
        temporary.replace(directory / f"{name}.parquet")


def is_frames_directory(path: Path) -> bool:
    return path.is_dir() and all((path / f"{name}.parquet").is_file() for name in COLUMNS)


def read_frames(directory: Path) -> Frames:
    tables = {}
    for name in COLUMNS:
        frame = pd.read_parquet(directory / f"{name}.parquet")
        for column in (c for c, dtype in COLUMNS[name].items() if dtype == _LIST):
            frame[column] = frame[column].map(lambda value: [] if value is None else list(value))
        tables[name] = _frame(name, frame.to_dict("records"))
    return Frames(**tables)


class RecordsError(ValueError):
    """An input could not be read into frames (the first errors are named)."""


def read_records(source: str | Path, *, consolidated: bool = False) -> Frames:
    """Frames of any output: a JSON Lines/JSON/CSV/Parquet file of records or agreements, a
    directory written by `write_frames`, or a database (SQLite file or URL): its article
    records, or with `consolidated=True` its consolidated agreements."""
    from extract.io.record_sources import is_database

    text = str(source)
    if is_frames_directory(Path(text)):
        return read_frames(Path(text))
    if consolidated:
        if not is_database(text):
            raise RecordsError(f"{text}: consolidated=True reads a database's consolidated_agreements table")
        from extract.consolidation.store import read_agreements

        return to_frames(read_agreements(text))
    items: list[dict | SourceRecord] = []
    errors: list[ReadError] = []
    for item in iter_records([text]):
        if isinstance(item, ReadError):
            errors.append(item)
        elif "agreement_id" in item.record:
            items.append(agreement_from_row(item.record))
        else:
            items.append(item)
    if errors:
        shown = "; ".join(f"{error.source}: {error.reason}" for error in errors[:5])
        raise RecordsError(f"{len(errors)} unreadable item(s) in {text}: {shown}")
    return to_frames(items)


def agreement_from_row(row: dict) -> dict:
    """A consolidated agreement read back; CSV keeps its reports as `doc_id#index | ...`."""
    if isinstance(row.get("reports"), str):
        urls = row.get("report_urls", "").split(" | ")
        reports = []
        for number, text in enumerate(filter(None, row["reports"].split(" | "))):
            doc_id, _, index = text.rpartition("#")
            reports.append({"doc_id": doc_id, "record_index": int(index), "published": None,
                            "url": (urls[number] if number < len(urls) else "") or None})
        row["reports"] = reports
    return row
