"""Many reports, one agreement: group records from different articles that report the same
agreement, and build one consolidated agreement per group (docs/consolidation.md).

    consolidate(records) -> list[dict]                 in memory, for a notebook
    run_consolidation(targets, ...) -> RunStats        files or a database, streamed; `sepakat consolidate`
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from extract.consolidation.partitions import DEFAULT_PARTITIONS, RunStats, consolidate_sources, run_local
from extract.consolidation.settings import load_settings
from extract.io.record_sources import RecordPositions, SourceRecord, iter_records

if TYPE_CHECKING:
    from extract.consolidation.store import AgreementStore

__all__ = ["ConsolidationOptions", "RunStats", "consolidate", "iter_agreements", "run_consolidation"]


@dataclass(frozen=True, slots=True)
class ConsolidationOptions:
    engine: str = "local"                 # local | dask
    scheduler: str | None = None          # Dask scheduler address (default: a local cluster)
    workers: int = 2                      # Dask workers to start for a local cluster
    partitions: int = DEFAULT_PARTITIONS
    workdir: Path | None = None           # where the partition files go (default: the system's temp)


def consolidate(records: Iterable[dict | SourceRecord], *, partitions: int = 4) -> list[dict]:
    """Agreements of records given as dicts (a record's index in its article is counted from the
    order, as `extract` writes them; `published`/`url` keys beside the record are used)."""
    positions = RecordPositions()
    sources = (item if isinstance(item, SourceRecord) else positions.place(item) for item in records)
    return list(consolidate_sources(sources, partitions=partitions))


def iter_agreements(sources: Iterable, options: ConsolidationOptions = ConsolidationOptions(),
                    stats: RunStats | None = None, store: AgreementStore | None = None) -> Iterator[dict]:
    """Agreements of a stream of `SourceRecord`s (and `ReadError`s, counted in `stats`); with a
    `store`, grouped together with the groups stored there and saved to it."""
    runner = run_local
    if options.engine == "dask":
        from extract.consolidation.dask_runner import dask_runner

        runner = dask_runner(options.scheduler, options.workers)
    elif options.engine != "local":
        raise ValueError(f"unknown engine {options.engine!r} (choose local or dask)")
    extra = {}
    if store is not None:
        extra = {"accept": store.accept, "seeds_for": store.seeds, "on_group": store.save,
                 "stored_parent": store.parent_of}
    for agreement in consolidate_sources(sources, partitions=options.partitions, runner=runner, stats=stats,
                                         workdir=options.workdir, **extra):
        if store is not None and agreement["parent_id"]:
            store.set_parent(agreement)
        yield agreement
    if store is not None:
        for agreement in store.refresh_dirty():
            if stats is not None:
                stats.agreements += 1
            yield agreement


def run_consolidation(targets: Sequence[str | Path], *, fmt: str = "jsonl", output: Path | None = None,
                      db: str | None = None, options: ConsolidationOptions = ConsolidationOptions(),
                      stdout: IO[str] = sys.stdout) -> RunStats:
    """Consolidate record files or databases into `output` (stdout when None and no `db`) and/or `db`.

    With `db`, the agreements written are those created or extended by this run.
    """
    from extract.consolidation.output import write_agreements

    stats = RunStats()
    store = None
    if db is not None:
        from extract.consolidation.store import AgreementStore

        store = AgreementStore(db, load_settings())
    try:
        agreements = iter_agreements(iter_records(targets), options, stats, store)
        if output is None and store is not None:
            for _ in agreements:
                pass
        else:
            write_agreements(agreements, fmt, output, stdout)
    except BaseException:
        if store is not None:
            store.abort()
        raise
    if store is not None:
        store.close()
    return stats
