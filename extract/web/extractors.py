"""Where the web app's extraction runs: a pool of worker processes (the server), or a
given function in a thread (tests, embedding). Both keep a small cache so that a download
after a page view does not extract the same article again."""
from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import date
from functools import lru_cache
from typing import Protocol

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from extract.web.pool import ExtractionPool

# extract_text(text, doc_id=..., published=...) -> list of record dicts
ExtractFunction = Callable[..., list[dict]]
Disconnected = Callable[[], Awaitable[bool]]

CACHED_ARTICLES = 32


class Extractor(Protocol):
    async def records(self, text: str, doc_id: str, published: date | None,
                      disconnected: Disconnected) -> list[dict]: ...

    def running(self, app: FastAPI) -> contextlib.AbstractAsyncContextManager: ...


class ThreadExtractor:
    """A given extract function in a thread, behind one lock (spaCy is not meant to run one
    pipeline in parallel threads). It cannot be cancelled."""

    def __init__(self, extract: ExtractFunction):
        self._extract = extract
        self._lock = threading.Lock()
        self._cached = lru_cache(maxsize=CACHED_ARTICLES)(self._records)

    def _records(self, text: str, doc_id: str, published: date | None) -> list[dict]:
        with self._lock:
            return self._extract(text, doc_id=doc_id, published=published)

    async def records(self, text: str, doc_id: str, published: date | None,
                      disconnected: Disconnected) -> list[dict]:
        return await run_in_threadpool(self._cached, text, doc_id, published)

    @contextlib.asynccontextmanager
    async def running(self, _app: FastAPI):
        yield


class PoolExtractor:
    """The pipeline in a pool of worker processes (extract.web.pool)."""

    def __init__(self, pool: ExtractionPool):
        self.pool = pool
        self._cache: OrderedDict[tuple, list[dict]] = OrderedDict()

    async def records(self, text: str, doc_id: str, published: date | None,
                      disconnected: Disconnected) -> list[dict]:
        key = (text, doc_id, published)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        records = await self.pool.extract(text, doc_id, published, disconnected)
        self._cache[key] = records
        if len(self._cache) > CACHED_ARTICLES:
            self._cache.popitem(last=False)
        return records

    @contextlib.asynccontextmanager
    async def running(self, _app: FastAPI):
        """Workers load the pipeline before the server accepts requests. They are daemon
        processes: they end with the server's process (a test client may run the app's
        start-up and shut-down many times, so shut-down leaves them be)."""
        await self.pool.start()
        yield
