"""Consolidated agreements to JSON Lines, JSON, CSV or Parquet (atomically, like `extract`)."""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from extract.consolidation.model import Agreement
from extract.io.writers import CSV_COLUMNS, LIST_SEPARATOR, ParquetWriter, csv_row, open_writer

FORMATS = ("jsonl", "json", "csv", "parquet")

AGREEMENT_CSV_COLUMNS = (
    "agreement_id",
    *(column for column in CSV_COLUMNS if column not in ("doc_id", "parent", "evidence_fields")),
    "parent_id", "report_count", "reports", "report_urls", "conflicts",
)
"""One row per agreement: the record's CSV columns, then its reports (`doc_id#record_index`),
their URLs (parallel, empty where unknown) and the fields in conflict, joined with ` | `."""


def agreement_csv_row(agreement: dict) -> dict[str, str]:
    row = csv_row(agreement)
    reports = agreement.get("reports") or []
    row.update({
        "agreement_id": agreement["agreement_id"],
        "parent_id": agreement.get("parent_id") or "",
        "report_count": str(len(reports)),
        "reports": LIST_SEPARATOR.join(f"{r['doc_id']}#{r['record_index']}" for r in reports),
        "report_urls": LIST_SEPARATOR.join(r.get("url") or "" for r in reports),
        "conflicts": LIST_SEPARATOR.join(c["field"] for c in agreement.get("conflicts") or []),
    })
    return {column: row[column] for column in AGREEMENT_CSV_COLUMNS}


class _AgreementCsvWriter:
    def __init__(self, handle: IO[str]) -> None:
        self._writer = csv.DictWriter(handle, fieldnames=AGREEMENT_CSV_COLUMNS, lineterminator="\n")
        self._writer.writeheader()

    def write(self, agreement: dict) -> None:
        self._writer.writerow(agreement_csv_row(agreement))

    def close(self) -> None:
        pass


def write_agreements(agreements: Iterable[dict], fmt: str, output: Path | None, stdout: IO[str]) -> int:
    """Write agreements in `fmt` to `output` (through a temporary file) or to stdout; returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    count = 0
    if fmt == "parquet":
        if output is None:
            raise ValueError("Parquet output needs a file (--output FILE), not stdout")
        temporary = output.with_name(output.name + ".tmp")
        writer = ParquetWriter(temporary, Agreement)
        for agreement in agreements:
            writer.write(agreement)
            count += 1
        writer.close()
        os.replace(temporary, output)
        return count
    handle = stdout if output is None else output.with_name(output.name + ".tmp").open("w", encoding="utf-8",
                                                                                       newline="")
    try:
        writer = _AgreementCsvWriter(handle) if fmt == "csv" else open_writer(fmt, handle)
        for agreement in agreements:
            writer.write(agreement)
            count += 1
        writer.close()
    finally:
        if output is not None:
            handle.close()
    if output is not None:
        os.replace(output.with_name(output.name + ".tmp"), output)
    return count
