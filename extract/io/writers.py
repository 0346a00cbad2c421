"""Record writers: JSON Lines, JSON, CSV and Parquet, all streaming.

Batch runs keep a JSON Lines record log while they work (it can be appended
to and truncated for resuming) and turn it into the requested format once at
the end (`finish_output`), written to a temporary file and moved into place,
so a reader never sees a half-written output file.
"""
from __future__ import annotations

import csv
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal, Protocol

from pydantic import BaseModel

from extract.fields import CSV_COLUMNS, LIST_SEPARATOR, csv_row
from extract.io.spreadsheet import spreadsheet_safe_row
from extract.schema import Record

FORMATS = ("jsonl", "json", "csv", "parquet")
_PARQUET_ROWS_PER_GROUP = 2000
# CSV columns (extract/fields.py), one row per record. List fields are joined with ` | `; the
# `party_*`, `signatory_parties` and `scope_categories` columns run parallel to `parties`,
# `signatories` and `scopes` (an empty item where a value is missing).
__all__ = ["CSV_COLUMNS", "FORMATS", "LIST_SEPARATOR", "csv_row", "finish_output", "open_writer", "record_line",
           "write_all"]


class RecordWriter(Protocol):
    def write(self, record: dict) -> None: ...
    def close(self) -> None: ...


def record_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


class JsonlWriter:
    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle

    def write(self, record: dict) -> None:
        self._handle.write(record_line(record))

    def close(self) -> None:
        self._handle.flush()


class JsonArrayWriter:
    """A JSON array written item by item, so it never sits in memory."""

    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle
        self._count = 0

    def write(self, record: dict) -> None:
        self._handle.write("[\n  " if self._count == 0 else ",\n  ")
        self._handle.write(json.dumps(record, ensure_ascii=False))
        self._count += 1

    def close(self) -> None:
        self._handle.write("[]\n" if self._count == 0 else "\n]\n")
        self._handle.flush()


class CsvWriter:
    def __init__(self, handle: IO[str]) -> None:
        self._writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self._writer.writeheader()
        self._handle = handle

    def write(self, record: dict) -> None:
        self._writer.writerow(spreadsheet_safe_row(csv_row(record)))

    def close(self) -> None:
        self._handle.flush()


class ParquetWriter:
    """Records (or another model's dicts) as nested Parquet columns following the model, by row group."""

    def __init__(self, path: Path, model: type[BaseModel] = Record) -> None:
        import pyarrow.parquet as pq

        self._schema = arrow_schema(model)
        self._writer = pq.ParquetWriter(path, self._schema)
        self._rows: list[dict] = []

    def write(self, record: dict) -> None:
        self._rows.append(record)
        if len(self._rows) >= _PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        if self._rows:
            self._flush()
        self._writer.close()


def open_writer(fmt: str, handle: IO[str] | None = None, path: Path | None = None) -> RecordWriter:
    """A writer for `fmt`: text formats write to `handle`, Parquet to `path`."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet output needs a file (--output FILE), not stdout")
        return ParquetWriter(path)
    if handle is None:
        raise ValueError(f"{fmt} output needs an open text handle")
    writers = {"jsonl": JsonlWriter, "json": JsonArrayWriter, "csv": CsvWriter}
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
    return writers[fmt](handle)


def read_record_log(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def finish_output(record_log: Path, fmt: str, output: Path) -> None:
    """Turn the JSON Lines record log into `output` in `fmt`, atomically."""
    if fmt == "jsonl":
        os.replace(record_log, output)
        return
    temporary = output.with_name(output.name + ".tmp")
    write_all(read_record_log(record_log), fmt, temporary)
    os.replace(temporary, output)
    record_log.unlink()


def write_all(records: Iterable[dict], fmt: str, path: Path) -> None:
    if fmt == "parquet":
        writer = open_writer(fmt, path=path)
        for record in records:
            writer.write(record)
        writer.close()
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = open_writer(fmt, handle)
        for record in records:
            writer.write(record)
        writer.close()
        handle.flush()
        os.fsync(handle.fileno())


def arrow_schema(model: type[BaseModel]):
    """A pyarrow schema derived from a pydantic model, so new record fields follow."""
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type(info.annotation)) for name, info in model.model_fields.items()])


def _arrow_type(annotation: object):
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _arrow_type(members[0])
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(annotation)[0]))
    if origin is Literal:
        return pa.string()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(name, _arrow_type(info.annotation))
                          for name, info in annotation.model_fields.items()])
    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no Parquet type for {annotation!r}")
