"""Run chunks in this process, or in a pool of worker processes."""
from __future__ import annotations

import multiprocessing
import threading
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
    The pipeline is loaded here once, and the workers forked from this process start
    with it (sharing its memory until they write to it) instead of each loading its own.
    """
    context = worker_context()
    if context.get_start_method() == "fork":
        ready_process(options)
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


def worker_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it and this process runs no other thread (forking a
    process with threads can deadlock the child on a lock another thread held: the
    progress display starts its thread after the workers); otherwise spawn, and each
    worker loads the pipeline itself."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _collect(chunk: list[Item], planned: list[ItemResult | None], task) -> tuple[list[Item], list[ItemResult]]:
    return chunk, merge_results(planned, task.get() if task is not None else [])


def _start_worker(options: ChunkOptions) -> None:
    """Ready before the first chunk arrives: forked workers already are, spawned ones load
    the pipeline."""
    global _worker_options
    _worker_options = options
    ready_process(options)


def _extract_in_worker(candidates: list) -> list[ItemResult]:
    assert _worker_options is not None
    return extract_candidates(candidates, _worker_options)
