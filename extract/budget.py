"""A time limit on the extraction of one document, so that no input can hang a batch.

The components are linear in the size of an article (benchmarks/growth.py measures it), but
a time limit per document is what guarantees that an input no rule foresaw becomes an error
entry instead of a run that never ends. In the main thread a timer signal (SIGALRM) interrupts
the work; in any other thread (Dask workers run tasks in threads) a watchdog thread raises the
exception asynchronously in the worker thread, as Python code can be interrupted between
bytecodes there.
"""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Iterator


class TimeLimitExceeded(BaseException):
    """Extraction ran past its time limit. A BaseException, so that no component's
    `except Exception` swallows it."""


class Clock:
    """A running time limit; `restart()` gives the next document the whole limit again."""

    def restart(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class _NoLimit(Clock):
    def restart(self) -> None:
        return None


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[Clock]:
    """Raise TimeLimitExceeded in this thread when `seconds` pass without a restart.

    None or 0 means no limit.
    """
    if not seconds:
        yield _NoLimit()
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _signal_limit(seconds) as clock:
            yield clock
    else:
        with _watchdog_limit(seconds) as clock:
            yield clock


class _SignalClock(Clock):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = True

    def restart(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, self.seconds)


@contextlib.contextmanager
def _signal_limit(seconds: float) -> Iterator[Clock]:
    clock = _SignalClock(seconds)

    def expire(_signum, _frame) -> None:
        if clock.armed:
            clock.armed = False
            raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield clock
    finally:
        clock.armed = False  # a signal arriving from now on is ignored
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _WatchdogClock(Clock):
    """A thread that waits for the deadline and then raises in the watched thread."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.target = threading.get_ident()
        self.condition = threading.Condition()
        self.deadline = time.monotonic() + seconds
        self.armed = True
        self.fired = False
        self.thread = threading.Thread(target=self._watch, name="sepakat-time-limit", daemon=True)
        self.thread.start()

    def restart(self) -> None:
        with self.condition:
            self.deadline = time.monotonic() + self.seconds
            self.condition.notify()

    def stop(self) -> None:
        with self.condition:
            self.armed = False
            self.condition.notify()
        self.thread.join()
        if self.fired:  # raised too late to matter: do not let it surface after the block
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.target), None)

    def _watch(self) -> None:
        with self.condition:
            while self.armed:
                left = self.deadline - time.monotonic()
                if left <= 0:
                    self.armed, self.fired = False, True
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.target),
                                                               ctypes.py_object(TimeLimitExceeded))
                    return
                self.condition.wait(left)


@contextlib.contextmanager
def _watchdog_limit(seconds: float) -> Iterator[Clock]:
    clock = _WatchdogClock(seconds)
    try:
        yield clock
    finally:
        clock.stop()
