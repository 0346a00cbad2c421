"""Extraction for the web server in a bounded pool of worker processes.

The event loop never extracts: each request waits for an idle worker process (at most
`queue_limit` requests wait; more get "busy"), sends it the article and awaits the records.
Several workers mean a long article does not hold up the short ones behind it. A worker whose
client went away, or that runs past `time_limit`, is killed and replaced: that is the only way
to stop spaCy mid-article. A worker is also replaced after `max_requests` articles or when it
holds more than `max_worker_mb` of memory, so the server's memory stays bounded. The server
process itself never loads the pipeline; each worker loads it once when it starts.

Workers are spawned (a fresh interpreter: the server runs threads, which forking would copy
in an unknown state). `extract` must be importable by name (a module-level function) for that.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ExtractFunction = Callable[..., list[dict]]
Disconnected = Callable[[], Awaitable[bool]]

_DISCONNECT_POLL_SECONDS = 0.2
_POLL_SECONDS = 0.02
_log = logging.getLogger("sepakat")


class PoolBusy(RuntimeError):
    """Too many requests are waiting already."""


class ExtractionTimeout(RuntimeError):
    """The article took longer than the pool's time limit."""


class ClientGone(RuntimeError):
    """The client closed the connection before its records were ready."""


class WorkerFailed(RuntimeError):
    """The worker process died or the extraction raised."""


@dataclass(eq=False)
class _Worker:
    process: Any
    connection: Any
    served: int = 0
    pid: int = 0

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.connection.close()

    def retire(self) -> None:
        """Ask the worker to stop after its current article (nothing runs in it now)."""
        with contextlib.suppress(Exception):
            self.connection.send(None)
        with contextlib.suppress(Exception):
            self.connection.close()

    def reap(self) -> None:
        """Wait for the process to end (a killed or retired worker), so no zombie is left."""
        self.process.join(timeout=30)
        if self.process.is_alive():
            self.kill()
            self.process.join(timeout=5)


@dataclass
class PoolSettings:
    """How many workers, how long a request may wait or run, when a worker is replaced."""

    workers: int = 2
    queue_limit: int = 16
    time_limit: float = 60.0
    max_requests: int = 500
    max_worker_mb: float = 1500.0
    extract: ExtractFunction | None = None  # default: extract.api.extract_text


@dataclass
class ExtractionPool:
    """Worker processes and the queue of requests waiting for one.

    Built on threads and polling, not on one event loop's primitives: the pool serves whatever
    loop calls it (uvicorn's one loop, or a test client's loop per request). Requests are
    served in arrival order.
    """

    settings: PoolSettings = field(default_factory=PoolSettings)

    def __post_init__(self) -> None:
        self._idle: deque[_Worker] = deque()
        self._queue: deque[object] = deque()  # a token per waiting request, in arrival order
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._started = threading.Event()
        self._starting = False
        self._pending = 0  # workers being started
        self._generation = 0  # workers started for an earlier start() than the last are not kept

    # --- life cycle ---------------------------------------------------------------------

    async def start(self) -> None:
        """Start the workers (once) and wait until each has loaded the pipeline."""
        with self._lock:
            first, self._starting = not self._starting, True
            if first:
                self._pending += self.settings.workers
                self._generation += 1
                generation = self._generation
        if first:
            loop = asyncio.get_running_loop()
            try:
                await asyncio.gather(*(loop.run_in_executor(None, self._add_worker, generation)
                                       for _ in range(self.settings.workers)))
            finally:
                self._started.set()
        while not self._started.is_set():
            await asyncio.sleep(_POLL_SECONDS)
        if not self._workers and not self._pending:
            raise WorkerFailed("no extraction worker could be started")

    async def close(self) -> None:
        """Stop every worker; a later start() starts new ones."""
        with self._lock:
            self._generation += 1
            self._starting = False
            self._started.clear()
            workers, self._workers = list(self._workers), set()
            self._idle.clear()
        for worker in workers:
            worker.kill()
        await asyncio.get_running_loop().run_in_executor(None, lambda: [worker.reap() for worker in workers])

    def worker_pids(self) -> list[int]:
        return sorted(worker.pid for worker in self._workers)

    def _add_worker(self, generation: int) -> None:
        """Start one worker and wait (blocking) until it has loaded the pipeline (the caller
        counted it in `_pending`); it is kept only if the pool was not closed meanwhile."""
        try:
            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            process = context.Process(target=_serve, args=(child, self.settings.extract), daemon=True,
                                      name="sepakat-extract")
            if generation != self._generation:
                return
            process.start()
            child.close()
            worker = _Worker(process, parent)
            try:
                kind, value = parent.recv()
            except (EOFError, OSError):
                worker.kill()
                worker.reap()
                _log.error("an extraction worker died while loading the pipeline")
                return
            if kind != "ready":
                worker.kill()
                worker.reap()
                _log.error("an extraction worker could not load the pipeline: %s", value)
                return
            worker.pid = value
            with self._lock:
                if generation != self._generation:
                    worker.kill()
                    worker.reap()
                    return
                self._workers.add(worker)
                self._idle.append(worker)
        finally:
            with self._lock:
                self._pending -= 1

    def _replace(self, worker: _Worker, *, kill: bool) -> None:
        """Stop a worker (killed mid-article, or retired between articles) and, in the
        background, wait for its end and start another."""
        with self._lock:
            self._workers.discard(worker)
            self._pending += 1
            generation = self._generation
        worker.kill() if kill else worker.retire()

        def reap_and_restart() -> None:
            worker.reap()
            self._add_worker(generation)

        threading.Thread(target=reap_and_restart, name="sepakat-replace-worker", daemon=True).start()

    # --- requests -----------------------------------------------------------------------

    async def extract(self, text: str, doc_id: str, published: date | None,
                      disconnected: Disconnected | None = None) -> list[dict]:
        """The records of one article, computed in a worker process.

        Raises PoolBusy, ExtractionTimeout, ClientGone or WorkerFailed.
        """
        await self.start()
        if len(self._queue) >= self.settings.queue_limit:
            raise PoolBusy(f"{len(self._queue)} articles are waiting already")
        worker = await self._take_worker(disconnected)
        loop = asyncio.get_running_loop()
        try:
            worker.connection.send((text, doc_id, published))
            reply = loop.run_in_executor(None, worker.connection.recv)
            kind, value, memory_mb = await asyncio.wait_for(_unless_gone(reply, disconnected),
                                                            self.settings.time_limit)
        except (asyncio.TimeoutError, ClientGone, asyncio.CancelledError) as exc:
            self._replace(worker, kill=True)
            if isinstance(exc, asyncio.TimeoutError):
                raise ExtractionTimeout(f"longer than {self.settings.time_limit:g} s") from None
            raise
        except (EOFError, OSError) as exc:
            self._replace(worker, kill=True)
            raise WorkerFailed("the extraction worker died") from exc
        worker.served += 1
        if worker.served >= self.settings.max_requests or memory_mb > self.settings.max_worker_mb:
            self._replace(worker, kill=False)
        else:
            self._idle.append(worker)
        if kind == "error":
            raise WorkerFailed(value)
        return value

    async def _take_worker(self, disconnected: Disconnected | None) -> _Worker:
        """The next idle worker, for the request that has waited longest."""
        token = object()
        self._queue.append(token)
        try:
            while True:
                with self._lock:
                    if self._queue[0] is token and self._idle:
                        return self._idle.popleft()
                    if not self._workers and not self._pending:
                        raise WorkerFailed("no extraction worker is running")
                if disconnected is not None and await disconnected():
                    raise ClientGone("the client went away")
                await asyncio.sleep(_POLL_SECONDS)
        finally:
            self._queue.remove(token)


async def _unless_gone(task: asyncio.Future, disconnected: Disconnected | None):
    """`task`'s result, unless the client disconnects first (then ClientGone); the task is
    cancelled when it is not awaited to the end."""
    try:
        if disconnected is None:
            return await task
        while True:
            done, _ = await asyncio.wait({task}, timeout=_DISCONNECT_POLL_SECONDS)
            if done:
                return task.result()
            if await disconnected():
                raise ClientGone("the client went away")
    finally:
        if not task.done():
            task.cancel()


# --- in the worker process ------------------------------------------------------------------

def _serve(connection, extract: ExtractFunction | None) -> None:
    """Load the pipeline, say ready, then extract each article sent until told to stop."""
    try:
        extract = extract or _pipeline_extract()
    except Exception as exc:  # noqa: BLE001 - reported to the server, which names it
        connection.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    connection.send(("ready", os.getpid()))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        text, doc_id, published = job
        try:
            reply = ("records", extract(text, doc_id=doc_id, published=published))
        except Exception as exc:  # noqa: BLE001 - the request gets the message, the worker lives on
            reply = ("error", f"{type(exc).__name__}: {exc}")
        connection.send((*reply, _resident_mb()))


def _pipeline_extract() -> ExtractFunction:
    """The real pipeline with the environment's options (what extract_text uses), loaded and
    warmed up on one short article before the worker is ready."""
    from extract.api import extract_text
    from extract.engines.chunks import ChunkOptions, ready_process
    from extract.options import run_options

    ready_process(ChunkOptions(extraction=run_options()))
    return extract_text


def _resident_mb() -> float:
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
