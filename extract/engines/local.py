"""Run chunks in this process, or in a pool of worker processes."""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator

from extract.engines.chunks import (
    ChunkOptions, Item, ItemResult, extract_candidates, merge_results, plan_chunk, process_chunk, ready_process,
)

_worker_options: ChunkOptions | None = None


def map_in_process(chunks: Iterator[list[Item]], options: ChunkOptions
                   ) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    ready_process(options)
    for chunk in chunks:
        yield chunk, process_chunk(chunk, options)


def map_in_pool(chunks: Iterator[list[Item]], options: ChunkOptions, workers: int
                ) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    """Chunks through `workers` processes, results in input order.

    The prefilter runs here; only candidates are sent to the workers. At most
    two chunks per worker are in flight (Pool.imap would read the whole input
    ahead), so memory stays bounded whatever the input size.
    Workers are spawned, not forked: the parent runs a progress thread, and
    forking a process with threads can deadlock.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(options,)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            planned, candidates = plan_chunk(chunk, options)
            task = pool.apply_async(_extract_in_worker, (candidates,)) if candidates else None
            pending.append((chunk, planned, task))
            if len(pending) >= 2 * workers:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())


def _collect(chunk: list[Item], planned: list[ItemResult | None], task) -> tuple[list[Item], list[ItemResult]]:
    return chunk, merge_results(planned, task.get() if task is not None else [])


def _start_worker(options: ChunkOptions) -> None:
    """Load the pipeline once per worker, before the first chunk arrives."""
    global _worker_options
    _worker_options = options
    ready_process(options)


def _extract_in_worker(candidates: list) -> list[ItemResult]:
    assert _worker_options is not None
    return extract_candidates(candidates, _worker_options)
