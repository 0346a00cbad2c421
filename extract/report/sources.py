"""What a report is drawn from: consolidated agreements, whatever the input holds.

A database that has been consolidated (`sepakat consolidate --db`) gives its stored
agreements; record files or a database of records alone are consolidated here, in
memory-bounded passes; files of agreements (`sepakat consolidate --output`) are used as
they are.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from extract.consolidation import iter_agreements
from extract.consolidation.partitions import RunStats
from extract.frames import Frames, RecordsError, agreement_from_row, to_frames
from extract.io.db import DatabaseError
from extract.io.record_sources import SourceRecord, is_database, iter_records


def load_agreement_frames(targets: Sequence[str]) -> Frames:
    agreements: list[dict] = []
    records: list[str] = []
    for target in targets:
        stored = _stored_agreements(target) if is_database(target) else None
        if stored:
            agreements.extend(stored)
        else:
            records.append(target)
    stats = RunStats()
    if records:
        agreements.extend(iter_agreements(_records_only(iter_records(records), agreements), stats=stats))
    if stats.errors:
        shown = "; ".join(f"{error.source}: {error.reason}" for error in stats.errors[:5])
        raise RecordsError(f"{len(stats.errors)} unreadable item(s): {shown}")
    return to_frames(agreements)


def _stored_agreements(target: str) -> list[dict] | None:
    from extract.consolidation.store import read_agreements

    try:
        return read_agreements(target)
    except DatabaseError:
        return None


def _records_only(items: Iterator, agreements: list[dict]) -> Iterator:
    """Records go on to be consolidated; agreements already consolidated are set aside."""
    for item in items:
        if isinstance(item, SourceRecord) and "agreement_id" in item.record:
            agreements.append(agreement_from_row(item.record))
        else:
            yield item

