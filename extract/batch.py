"""The streaming batch runner behind `sepakat extract`.

Input items flow in chunks: read (extract.io.readers) -> prefilter and
pipeline (an engine from extract.engines) -> committed to the outputs
(record log, error report, database) in input order. Every input item ends
up counted once: with records, without agreement, or as an error; the
summary's numbers add up. With an output file the run keeps a checkpoint
and can be resumed after a crash or kill without duplicates or gaps.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import IO

from extract.document import Document
from extract.engines.chunks import ChunkOptions, Item, ItemResult, chunked
from extract.io.checkpoint import Checkpoint, CheckpointError, sync_directory
from extract.io.errors import ReadError
from extract.io.readers import ReaderOptions, ReadProgress, iter_documents
from extract.io.writers import FORMATS, finish_output, open_writer, record_line

_COMMIT_SECONDS = 1.0
log = logging.getLogger("sepakat")


class BatchError(RuntimeError):
    """A run cannot start or continue (bad options, a foreign checkpoint)."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run: engine and parallelism, plus what each chunk does."""

    chunk: ChunkOptions = field(default_factory=ChunkOptions)
    workers: int = 1
    chunk_size: int = 64
    engine: str = "local"
    scheduler: str | None = None


@dataclass(slots=True)
class Summary:
    """Counts of a run. inputs == with_records + without_agreement + errors."""

    inputs: int = 0
    with_records: int = 0
    without_agreement: int = 0
    errors: int = 0
    records: int = 0
    candidates: int = 0

    def text(self) -> str:
        documents = self.with_records + self.without_agreement
        return (
            f"{self.inputs:,} inputs: {documents:,} documents read "
            f"({self.with_records:,} with records, {self.without_agreement:,} without agreement) "
            f"+ {self.errors:,} errors; {self.records:,} records; "
            f"{self.candidates:,} documents passed the prefilter and the relevance gate"
        )


@dataclass(frozen=True, slots=True)
class Outputs:
    """Where results go. No `output` and no `db` means JSON Lines on stdout."""

    fmt: str = "jsonl"
    output: Path | None = None
    errors: Path | None = None
    db_url: str | None = None
    resume: bool = False
    db_keep_history: bool = False


def run_key(paths: Sequence[str], reader: ReaderOptions, outputs: Outputs, chunk: ChunkOptions) -> str:
    """Fingerprint of what a run computes, so a checkpoint is never applied to another run.
    A `today` left to the day the run starts is not part of it: a run resumed the next day
    goes on (its later articles resolve against the new day)."""
    described = {
        "paths": [path if path == "-" else os.path.abspath(path) for path in paths],
        "reader": asdict(reader),
        "format": outputs.fmt,
        "extraction": chunk.extraction.fingerprint(),
        "prefilter": chunk.prefilter,
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True).encode()).hexdigest()


class ResultSink:
    """Commits results of chunks to the record log or stdout, the error report and a database.

    With `output`, records are appended to `<output>.part` and errors to
    `<errors>.part`; a commit syncs both and then saves the checkpoint.
    `finish` turns them into the final files atomically.
    """

    def __init__(self, outputs: Outputs, key: str, stdout: IO[str] | None = None) -> None:
        if outputs.fmt not in FORMATS:
            raise BatchError(f"unknown format {outputs.fmt!r} (choose from {', '.join(FORMATS)})")
        if outputs.resume and outputs.output is None:
            raise BatchError("--resume needs --output FILE (stdout cannot be resumed)")
        if outputs.fmt == "parquet" and outputs.output is None:
            raise BatchError("--format parquet needs --output FILE")
        self.outputs = outputs
        self.summary = Summary()
        self.position = 0
        self._last_commit = time.monotonic()
        self._stdout_writer = None
        self._database = None
        self._record_log = self._error_log = None
        self._checkpoint_path: Path | None = None
        self._checkpoint = Checkpoint(run_key=key)
        self._record_bytes = self._error_bytes = 0
        self._committed: tuple[int, int, int, dict] | None = None
        self.finishing = False  # every input is committed; only the final files remain to be made
        for target in (outputs.output, outputs.errors):
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
        if outputs.output is not None:
            self._record_log_path = outputs.output.with_name(outputs.output.name + ".part")
            self._checkpoint_path = outputs.output.with_name(outputs.output.name + ".checkpoint.json")
            self._restore(key)
        elif outputs.db_url is None:
            self._stdout_writer = open_writer(outputs.fmt, stdout or sys.stdout)
        if outputs.errors is not None:
            self._error_log_path = outputs.errors.with_name(outputs.errors.name + ".part")
            if not self.finishing:
                self._error_log = _open_truncated(self._error_log_path, self._checkpoint.error_log_bytes)
        if outputs.db_url is not None:
            from extract.io.db import ArticleDatabase

            self._database = ArticleDatabase(outputs.db_url, keep_history=outputs.db_keep_history)

    def _restore(self, key: str) -> None:
        try:
            saved = Checkpoint.load(self._checkpoint_path) if self.outputs.resume else None
        except CheckpointError as exc:
            raise BatchError(str(exc)) from exc
        if saved is not None and saved.run_key != key:
            raise BatchError(f"{self._checkpoint_path} belongs to a run with other inputs or options; "
                             "remove it or rerun without --resume")
        if saved is not None:
            self._checkpoint = saved
            self.position = saved.position
            self.summary = Summary(**saved.counts)
            self._record_bytes, self._error_bytes = saved.record_log_bytes, saved.error_log_bytes
            self._committed = (saved.position, saved.record_log_bytes, saved.error_log_bytes, saved.counts)
            self.finishing = saved.finishing
            if self.finishing:
                log.info("resuming: all %s inputs were done; finishing the output files", f"{saved.position:,}")
            else:
                log.info("resuming after input %s (%s records so far; %s cut back to %s bytes)",
                         f"{saved.position:,}", f"{self.summary.records:,}", self._record_log_path.name,
                         f"{saved.record_log_bytes:,}")
        elif self.outputs.resume:
            log.info("nothing to resume (no checkpoint beside %s): starting afresh", self.outputs.output)
        if not self.finishing:
            self._record_log = _open_truncated(self._record_log_path, self._checkpoint.record_log_bytes)

    def commit(self, chunk: list[Item], results: list[ItemResult]) -> list[ReadError]:
        """Record one processed chunk; returns its errors (for the progress display)."""
        errors: list[ReadError] = []
        loaded: list[tuple[Document, list[dict]]] = []
        for item, result in zip(chunk, results, strict=True):
            self.summary.inputs += 1
            self.summary.candidates += result.candidate
            if isinstance(item, ReadError) or result.failure is not None:
                error = item if isinstance(item, ReadError) else ReadError(item.source, item.id, result.failure)
                errors.append(error)
                self.summary.errors += 1
                if self._error_log is not None:
                    self._error_bytes += _write(self._error_log, json.dumps(error.to_dict(), ensure_ascii=False) + "\n")
                continue
            records = result.records or []
            self.summary.records += len(records)
            if records:
                self.summary.with_records += 1
            else:
                self.summary.without_agreement += 1
            loaded.append((item, records))
            for record in records:
                if self._record_log is not None:
                    self._record_bytes += _write(self._record_log, record_line(record))
                elif self._stdout_writer is not None:
                    self._stdout_writer.write(record)
        if self._database is not None:
            self._database.load(loaded)
        self.position += len(chunk)
        self._committed = (self.position, self._record_bytes, self._error_bytes, asdict(self.summary))
        if time.monotonic() - self._last_commit >= _COMMIT_SECONDS:
            self.save_checkpoint()
        return errors

    def save_checkpoint(self, *, finishing: bool = False) -> None:
        """Make everything committed so far durable, then say so in the checkpoint.

        The checkpoint describes the last fully committed chunk, even when an
        interruption came in the middle of the next one: resuming cuts the
        files back to that point. `finishing` says every input is committed.
        """
        self._last_commit = time.monotonic()
        for handle in (self._record_log, self._error_log):
            if handle is not None and not handle.closed:
                handle.flush()
                os.fsync(handle.fileno())
        if self._checkpoint_path is None:
            return
        if self._committed is None and not finishing:
            return
        position, record_bytes, error_bytes, counts = self._committed or (0, 0, 0, asdict(self.summary))
        self._checkpoint.position = position
        self._checkpoint.record_log_bytes = record_bytes
        self._checkpoint.error_log_bytes = error_bytes
        self._checkpoint.counts = counts
        self._checkpoint.finishing = finishing
        self._checkpoint.save(self._checkpoint_path)

    def finish(self) -> None:
        """Turn the part files into the final files and drop the checkpoint.

        Each step is safe to die in: the checkpoint first records that every input is
        committed; then each part file becomes its final file (written aside and renamed,
        or renamed) and the checkpoint goes last. A resumed run redoes only the steps
        whose part file is still there.
        """
        if self._stdout_writer is not None:
            self._stdout_writer.close()
        if self._checkpoint_path is not None and not self.finishing:
            self.save_checkpoint(finishing=True)
            self.finishing = True
        for handle in (self._record_log, self._error_log):
            if handle is not None:
                handle.close()
        if self.outputs.output is not None:
            _complete(self._record_log_path, self.outputs.output,
                      lambda: finish_output(self._record_log_path, self.outputs.fmt, self.outputs.output))
        if self.outputs.errors is not None:
            _complete(self._error_log_path, self.outputs.errors,
                      lambda: os.replace(self._error_log_path, self.outputs.errors))
        if self._checkpoint_path is not None:
            self._checkpoint_path.unlink(missing_ok=True)
            sync_directory(self._checkpoint_path.parent)
        self.close()

    def close(self) -> None:
        """Release files and connections without finishing (after an interruption)."""
        for handle in (self._record_log, self._error_log):
            if handle is not None and not handle.closed:
                handle.close()
        if self._database is not None:
            self._database.close()
            self._database = None


def _complete(part: Path, final: Path, make_final: Callable[[], None]) -> None:
    """Make `final` from `part` unless an earlier, interrupted finish already did."""
    if part.exists():
        make_final()
        sync_directory(final.parent)
    elif not final.exists():
        raise BatchError(f"cannot finish: neither {part} nor {final} exists (removed by hand?); "
                         "rerun without --resume")


def _write(handle: IO[str], text: str) -> int:
    """Write and return the UTF-8 size, so checkpoints need no tell() (which flushes)."""
    handle.write(text)
    return len(text.encode("utf-8"))


def _open_truncated(path: Path, size: int) -> IO[str]:
    """Open for appending after cutting the file back to `size` bytes (0: start afresh).

    A file shorter than `size` was changed behind the checkpoint's back: never pad it.
    """
    if size:
        found = path.stat().st_size if path.exists() else None
        if found is None or found < size:
            held = "is missing" if found is None else f"holds {found:,} bytes"
            raise BatchError(f"cannot resume: {path} {held} but the checkpoint counts {size:,}; "
                             "it was changed or removed, so rerun without --resume")
    handle = path.open("r+b" if size else "w+b")
    handle.truncate(size)
    handle.close()
    return path.open("a", encoding="utf-8", newline="")


def map_chunks(chunks: Iterator[list[Item]], options: BatchOptions
               ) -> Iterator[tuple[list[Item], list[ItemResult]]]:
    """Results of each chunk, in input order, from the chosen engine."""
    if options.engine == "dask":
        try:
            from extract.engines.dask_cluster import map_on_dask
        except ImportError as exc:
            raise BatchError(f"--engine dask needs the dask extra ({exc.name} is not installed): "
                             "pip install 'sepakat[dask]'") from exc

        return map_on_dask(chunks, options.chunk, scheduler=options.scheduler, workers=options.workers)
    if options.engine != "local":
        raise BatchError(f"unknown engine {options.engine!r} (choose local or dask)")
    if options.workers > 1:
        from extract.engines.local import map_in_pool

        return map_in_pool(chunks, options.chunk, options.workers)
    from extract.engines.local import map_in_process

    return map_in_process(chunks, options.chunk)


ProgressCallback = Callable[[Summary, list[ReadError]], None]


def run_batch(
    paths: Sequence[str],
    reader: ReaderOptions,
    options: BatchOptions,
    outputs: Outputs,
    *,
    on_progress: ProgressCallback | None = None,
    stdout: IO[str] | None = None,
    read_progress: ReadProgress | None = None,
) -> Summary:
    """Process every input item once; resumable when `outputs.output` is set.

    `read_progress` follows the bytes read, for a progress bar."""
    sink = ResultSink(outputs, run_key(paths, reader, outputs, options.chunk), stdout=stdout)
    if sink.finishing:  # resumed after every input was committed
        sink.finish()
        return sink.summary
    # one reference day for every worker of the run
    options = replace(options, chunk=replace(options.chunk, extraction=options.chunk.extraction.for_run()))
    items = iter_documents(paths, **asdict(reader), progress=read_progress)
    remaining = islice(items, sink.position, None)
    try:
        for chunk, results in map_chunks(chunked(remaining, options.chunk_size), options):
            errors = sink.commit(chunk, results)
            if on_progress is not None:
                on_progress(sink.summary, errors)
    except BaseException:
        sink.save_checkpoint()
        sink.close()
        raise
    sink.finish()
    return sink.summary
