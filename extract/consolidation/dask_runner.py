"""Pass 2 of consolidation on a Dask cluster: one task per partition.

The client reads each partition file (and, for a database run, the stored groups of its
blocks) and submits the lines; workers group them and send the agreements back, so
workers need the `sepakat` package but no access to the files or the database. A bounded
number of partitions is in flight at a time, and results come back in partition order,
so the output is the same as a local run's.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from extract.consolidation.partitions import GroupResult, Seeds, group_partition, read_partition
from extract.consolidation.settings import ConsolidationSettings
from extract.engines.dask_cluster import dask_client

_IN_FLIGHT_PER_WORKER = 2


def dask_runner(scheduler: str | None = None, workers: int = 2):
    """A partition runner (see partitions.PartitionRunner) that uses a Dask cluster."""

    def run(paths: list[Path], settings: ConsolidationSettings,
            seeds_for: Callable[[list[str]], Seeds] | None = None) -> Iterator[list[GroupResult]]:
        with dask_client(scheduler, max(workers, 1)) as client:
            pending: deque = deque()
            try:
                capacity = _IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
                for path in paths:
                    lines = read_partition(path)
                    if not lines:
                        continue
                    seeds = seeds_for(lines) if seeds_for else None
                    pending.append(client.submit(group_partition, lines, settings, seeds, pure=False))
                    if len(pending) >= capacity:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()

    return run
