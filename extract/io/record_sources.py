"""Read records back from anything `sepakat extract` wrote: JSON Lines, JSON, CSV, Parquet,
a SQLite file or a database URL; and consolidated agreements from `sepakat consolidate`.

Records are streamed one at a time (a million-record file never sits in memory) as
`SourceRecord`s that say where each came from: the article, the record's position in
it, and the article's publication date and URL when the input has them (a database
has them in `articles`; a file may carry `published`/`url` keys beside the record's).
An unusable line or row is a `ReadError` naming the file and line, and reading goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.io.errors import ReadError
from extract.io.readers import _open_binary
from extract.io.spreadsheet import from_spreadsheet_safe
from extract.io.writers import LIST_SEPARATOR

_DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
_PARQUET_BATCH_ROWS = 2048
_NOT_AN_ITEM = "not a record or agreement (a JSON object with a doc_id or an agreement_id)"
_AGREEMENT_CSV_EXTRAS = ("agreement_id", "parent_id", "reports", "report_urls")


@dataclass(frozen=True, slots=True)
class SourceRecord:
    record: dict
    doc_id: str
    record_index: int
    published: str | None = None
    url: str | None = None


def is_database(target: str) -> bool:
    return "://" in target or target.lower().endswith(_DATABASE_SUFFIXES)


def iter_records(targets: Sequence[str | Path]) -> Iterator[SourceRecord | ReadError]:
    """Records of each file, directory (its .jsonl/.json/.csv/.parquet files) or database in turn."""
    for target in targets:
        text = str(target)
        if is_database(text):
            yield from _read_database(text)
            continue
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _format(p))
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield ReadError(text, path.stem, "no such file or directory")


def _format(path: Path) -> str | None:
    name = path.name.lower().removesuffix(".gz").removesuffix(".zst")
    for suffix, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".csv", "csv"),
                        (".parquet", "parquet")):
        if name.endswith(suffix):
            return fmt
    return None


def _read_file(path: Path) -> Iterator[SourceRecord | ReadError]:
    fmt = _format(path)
    if fmt is None:
        yield ReadError(str(path), path.stem, "not a record file (use .jsonl, .json, .csv, .parquet or a database)")
        return
    readers = {"jsonl": _read_jsonl, "json": _read_json, "csv": _read_csv, "parquet": _read_parquet}
    positions = RecordPositions()
    try:
        for item in readers[fmt](path):
            yield positions.place(item) if isinstance(item, dict) else item
    except (OSError, EOFError, ValueError) as exc:
        yield ReadError(str(path), path.stem, f"cannot read {fmt} records: {exc}")


class RecordPositions:
    """A record's index in its article: records of one article are written one after another,
    so the index counts up while the doc_id stays the same (a `record_index` key wins)."""

    def __init__(self) -> None:
        self._doc: str | None = None
        self._next = 0

    def place(self, row: dict) -> SourceRecord:
        row = dict(row)
        doc_id = str(row.get("doc_id") or "")
        if doc_id != self._doc:
            self._doc, self._next = doc_id, 0
        index = row.pop("record_index", None)
        index = self._next if not isinstance(index, int) else index
        self._next = index + 1
        published, url = row.pop("published", None), row.pop("url", None)
        return SourceRecord(row, doc_id, index, str(published)[:10] if published else None, url or None)


def _json_rows(lines: Iterator[tuple[int, bytes]], source: str) -> Iterator[dict | ReadError]:
    for number, line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadError(f"{source}:{number}", "", f"invalid JSON: {exc}")
            continue
        if not _is_item(row):
            yield ReadError(f"{source}:{number}", "", _NOT_AN_ITEM)
            continue
        yield row


def _is_item(row: object) -> bool:
    return isinstance(row, dict) and ("doc_id" in row or "agreement_id" in row)


def _read_jsonl(path: Path) -> Iterator[dict | ReadError]:
    with _open_binary(path) as handle:
        yield from _json_rows(enumerate(handle, 1), str(path))


def _read_json(path: Path) -> Iterator[dict | ReadError]:
    with _open_binary(path) as handle:
        data = json.loads(handle.read())
    if not isinstance(data, list):
        raise ValueError("a JSON record file holds an array of records")
    for number, row in enumerate(data, 1):
        if _is_item(row):
            yield row
        else:
            yield ReadError(f"{path}:item {number}", "", _NOT_AN_ITEM)


def _read_parquet(path: Path) -> Iterator[dict]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
        yield from batch.to_pylist()


def _read_csv(path: Path) -> Iterator[dict | ReadError]:
    import csv
    import io

    with _open_binary(path) as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            if not row.get("doc_id") and not row.get("agreement_id"):
                yield ReadError(f"{path}:row {number}", "", "no doc_id or agreement_id")
                continue
            cells = {key: _unescape(value or "") for key, value in row.items() if key}
            record = record_from_csv_row(cells)
            if cells.get("agreement_id"):
                record.pop("doc_id")
                record.update({key: cells.get(key) or None for key in _AGREEMENT_CSV_EXTRAS})
            yield record


def _unescape(value: str) -> str:
    """A cell written with a leading quote to keep spreadsheets from running it as a formula."""
    return from_spreadsheet_safe(value)


def _split(value: str) -> list[str]:
    return value.split(LIST_SEPARATOR) if value else []


def _person(text: str) -> dict:
    name, _, position = text.partition(" (")
    return {"name": name, "titles": [], "position": position[:-1] if position.endswith(")") else None}


def record_from_csv_row(row: dict[str, str]) -> dict:
    """A record rebuilt from the flat CSV row (what CSV keeps: no evidence, titles or aliases)."""
    names = _split(row.get("parties", ""))
    acronyms, kinds = _split(row.get("party_acronyms", "")), _split(row.get("party_kinds", ""))
    parties = [{"name": name, "acronym": (acronyms[i] if i < len(acronyms) else "") or None,
                "kind": (kinds[i] if i < len(kinds) else "") or "other", "canonical": None,
                "region_code": None, "aliases": []} for i, name in enumerate(names)]
    signatories = [_person(text) for text in _split(row.get("signatories", ""))]
    for person, party in zip(signatories, _split(row.get("signatory_parties", ""))):
        person["party"] = names.index(party) if party in names else None
    texts, categories = _split(row.get("scopes", "")), _split(row.get("scope_categories", ""))
    return {
        "doc_id": row.get("doc_id", ""), "type": row.get("type") or "other", "status": row.get("status") or "signed",
        "title": row.get("title") or None, "parties": parties, "signatories": signatories,
        "witnesses": [_person(text) for text in _split(row.get("witnesses", ""))],
        "date": row.get("date") or None, "date_text": row.get("date_text") or None,
        "location": {"venue": row.get("venue") or None, "city": row.get("city") or None,
                     "province": row.get("province") or None, "code": row.get("region_code") or None},
        "scopes": [{"text": text, "category": (categories[i] if i < len(categories) else "") or None}
                   for i, text in enumerate(texts)],
        "reference_numbers": _split(row.get("reference_numbers", "")),
        "parent": int(row["parent"]) if row.get("parent", "").isdigit() else None,
        "confidence": float(row["confidence"]) if row.get("confidence") else 0.0,
        "evidence": [],
    }


def _read_database(target: str) -> Iterator[SourceRecord | ReadError]:
    """Records of the `agreements` table with their article's publication date and URL."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.exc import SQLAlchemyError

    from extract.io.db import agreements, articles, database_url

    if "://" not in target and not Path(target).is_file():
        yield ReadError(target, Path(target).stem, "no such database file")
        return
    try:
        engine = create_engine(database_url(target))
        query = (select(agreements.c.doc_id, agreements.c.record_index, agreements.c.record,
                        articles.c.published, articles.c.url)
                 .join(articles, articles.c.article_key == agreements.c.article_key)
                 .order_by(agreements.c.doc_id, agreements.c.record_index))
        with engine.connect() as connection:
            for doc_id, index, record, published, url in connection.execution_options(yield_per=2000).execute(query):
                yield SourceRecord(json.loads(record), doc_id, index,
                                   published.isoformat()[:10] if published else None, url)
        engine.dispose()
    except SQLAlchemyError as exc:
        yield ReadError(target, "", f"cannot read records from the database: {str(exc).splitlines()[0]}")
