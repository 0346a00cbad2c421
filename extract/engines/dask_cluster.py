"""Run chunks on a Dask cluster: a scheduler address, or a local cluster started here.

Each chunk of the input is one partition: the client prefilters it and
submits its candidate articles as one task; the client
keeps a bounded number of partitions in flight (reading the input as the
cluster makes progress, so a 10 GB dump never sits in memory) and receives
each partition's results in input order, which the batch runner commits to
the output one partition at a time. Only the client reads and writes files:
workers need the `sepakat` package, not access to the input or output.
Why futures and not dask.bag: a bag is built from the whole input up front.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager

from dask.distributed import Client, LocalCluster  # the dask extra; imported only for --engine dask

from extract.engines.chunks import ChunkOptions, Item, ItemResult, extract_candidates, merge_results, plan_chunk

_PARTITIONS_PER_WORKER = 2


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator:
    """A client of the cluster at `scheduler`, or of a local cluster of `workers` processes started here."""
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_on_dask(chunks: Iterator[list[Item]], options: ChunkOptions, *, scheduler: str | None = None,
                workers: int = 2) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    with dask_client(scheduler, max(workers, 2)) as client:
        pending: deque = deque()
        try:
            capacity = _PARTITIONS_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
            for chunk in chunks:
                planned, candidates = plan_chunk(chunk, options)
                future = client.submit(extract_candidates, candidates, options, pure=False) if candidates else None
                pending.append((chunk, planned, future))
                if len(pending) >= capacity:
                    yield _collect(*pending.popleft())
            while pending:
                yield _collect(*pending.popleft())
        finally:
            for _, _, future in pending:
                if future is not None:
                    future.cancel()


def _collect(chunk: list[Item], planned: list[ItemResult | None], future) -> tuple[list[Item], list[ItemResult]]:
    return chunk, merge_results(planned, future.result() if future is not None else [])
