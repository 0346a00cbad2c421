"""The web server under concurrent clients (issue 14, item 7): extraction runs off the event
loop in a bounded pool of worker processes, so short articles do not wait behind a long one;
work whose client left is killed; a worker that holds too much memory is replaced. A real
uvicorn server on a free port, with stand-in pipelines (pool_fakes.py) in the workers."""
from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import uvicorn

import pool_fakes
from extract.web.app import create_app
from extract.web.pool import ExtractionPool, PoolSettings


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def serve() -> Iterator:
    servers = []

    def start(**settings) -> tuple[str, ExtractionPool]:
        pool = ExtractionPool(PoolSettings(extract=pool_fakes.extract, **settings))
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(pool=pool), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 120
        while not server.started:
            assert time.monotonic() < deadline, "the web server did not start"
            time.sleep(0.05)
        servers.append((server, thread, pool))
        return f"http://127.0.0.1:{port}", pool

    yield start
    for server, thread, pool in servers:
        server.should_exit = True
        thread.join(timeout=30)
        asyncio.run(pool.close())


def _post(url: str, text: str, timeout: float = 60) -> httpx.Response:
    return httpx.post(url + "/api/extract", content=text.encode(), headers={"Content-Type": "text/plain"},
                      timeout=timeout)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_until(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_short_articles_do_not_wait_behind_a_long_one(serve) -> None:
    url, _ = serve(workers=2)
    finished: list[str] = []

    def client(name: str, text: str) -> int:
        status = _post(url, text).status_code
        finished.append(name)
        return status

    with ThreadPoolExecutor(max_workers=6) as clients:
        long = clients.submit(client, "long", "LAMBAT 4")
        time.sleep(0.3)  # the long article is being extracted
        short = [clients.submit(client, f"short{n}", f"CEPAT {n}") for n in range(5)]
        statuses = [future.result() for future in short] + [long.result()]
    assert statuses == [200] * 6
    assert finished[-1] == "long", finished  # all five answered while the long one still ran


def test_work_whose_client_left_is_stopped(serve, tmp_path: Path) -> None:
    url, pool = serve(workers=1)
    marker = tmp_path / "pid"
    gave_up = threading.Thread(target=lambda: pytest.raises(httpx.TimeoutException, _post, url,
                                                            f"CATAT {marker} 60", timeout=1.5))
    gave_up.start()
    assert _wait_until(marker.exists)
    pid = int(marker.read_text())
    gave_up.join()
    assert _wait_until(lambda: not _alive(pid)), "the worker of a client that left kept working"
    assert _post(url, "CEPAT").status_code == 200  # a new worker took its place
    assert pid not in pool.worker_pids()


def test_a_worker_holding_too_much_memory_is_replaced(serve) -> None:
    url, pool = serve(workers=1, max_worker_mb=400)
    [first] = pool.worker_pids()
    assert _post(url, "GEMUK 500").status_code == 200
    assert _wait_until(lambda: pool.worker_pids() and pool.worker_pids() != [first])
    assert _wait_until(lambda: not _alive(first))  # its memory went with it
    assert _post(url, "CEPAT").status_code == 200


def test_workers_are_renewed_after_their_share_of_requests(serve) -> None:
    url, pool = serve(workers=1, max_requests=2)
    [first] = pool.worker_pids()
    # different texts: the server keeps the records of the last articles it saw
    assert [_post(url, f"CEPAT {n}").status_code for n in range(2)] == [200, 200]
    assert _wait_until(lambda: pool.worker_pids() and pool.worker_pids() != [first])


def test_too_many_waiting_articles_get_busy_and_a_slow_one_a_clear_error(serve) -> None:
    url, _ = serve(workers=1, queue_limit=1, time_limit=2)
    with ThreadPoolExecutor(max_workers=3) as clients:
        running = clients.submit(_post, url, "LAMBAT 5")
        time.sleep(0.5)
        waiting = clients.submit(_post, url, "CEPAT")
        time.sleep(0.5)
        refused = clients.submit(_post, url, "CEPAT").result()
        assert refused.status_code == 503 and "busy" in refused.json()["detail"]
        slow = running.result()
        assert slow.status_code == 422 and "longer than 2 s" in slow.json()["detail"]
        assert waiting.result().status_code == 200
