"""Run chunks in this process, or in a pool of worker processes."""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator

from extract.engines.chunks import ChunkOptions, Item, ItemResult, process_chunk

_worker_options: ChunkOptions | None = None


def map_in_process(chunks: Iterator[list[Item]], options: ChunkOptions
                   ) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    for chunk in chunks:
        yield chunk, process_chunk(chunk, options)


def map_in_pool(chunks: Iterator[list[Item]], options: ChunkOptions, workers: int
                ) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    """Chunks through `workers` processes, results in input order.

    At most two chunks per worker are in flight (Pool.imap would read the
    whole input ahead), so memory stays bounded whatever the input size.
    Workers are spawned, not forked: the parent runs a progress thread, and
    forking a process with threads can deadlock.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(options,)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, pool.apply_async(_process_in_worker, (chunk,))))
            if len(pending) >= 2 * workers:
                chunk_done, result = pending.popleft()
                yield chunk_done, result.get()
        while pending:
            chunk_done, result = pending.popleft()
            yield chunk_done, result.get()


def _start_worker(options: ChunkOptions) -> None:
    """Load the pipeline once per worker, before the first chunk arrives."""
    global _worker_options
    _worker_options = options
    from extract.api import load_pipeline

    load_pipeline(options.use_ner)


def _process_in_worker(chunk: list[Item]) -> list[ItemResult]:
    assert _worker_options is not None
    return process_chunk(chunk, _worker_options)
