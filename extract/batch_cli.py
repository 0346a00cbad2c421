"""The `sepakat extract` and `sepakat bench` commands (registered in extract/cli.py).

Heavy modules are imported inside the functions so `sepakat --help` stays fast.
"""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from extract.cli_options import ConfigOption, TodayOption, options_from_flags

_MAX_ERRORS_SHOWN = 20


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - (stdin): .txt, .jsonl[.gz|.zst], "
                                                    ".csv, .parquet, .warc[.gz]", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | json | csv | parquet")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here (default: stdout)")] = None,
    db: Annotated[Optional[str], typer.Option(envvar="SEPAKAT_DB_URL",
                                              help="Also load into a database: a SQLite file path, "
                                                   "sqlite:///..., or postgresql://...")] = None,
    db_keep_history: Annotated[bool, typer.Option(help="Keep earlier versions of edited articles in the "
                                                       "database (default: a reload replaces them)")] = False,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (or Dask workers to start)")] = 1,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted run into the same --output")] = False,
    errors: Annotated[Optional[Path], typer.Option(help="Write a JSONL report of inputs that failed")] = None,
    glob: Annotated[Optional[str], typer.Option(help="Files to take from directories, e.g. '*.jsonl'")] = None,
    text_column: Annotated[str, typer.Option(help="Text field of JSONL/CSV/Parquet inputs")] = "text",
    id_column: Annotated[str, typer.Option(help="Document id field")] = "id",
    title_column: Annotated[str, typer.Option(help="Title field")] = "title",
    url_column: Annotated[str, typer.Option(help="URL field")] = "url",
    published_column: Annotated[str, typer.Option(help="Publication date field")] = "published",
    max_bytes: Annotated[int, typer.Option(help="Largest document text accepted, in bytes")] = 2_000_000,
    ner: Annotated[Optional[bool], typer.Option("--ner/--no-ner", help="Use the statistical NER component "
                                                "[default: on, unless SEPAKAT_NO_NER=1 or the config says]",
                                                show_default=False)] = None,
    config: ConfigOption = None,
    today: TodayOption = None,
    prefilter: Annotated[bool, typer.Option("--prefilter/--no-prefilter",
                                            help="Skip articles without agreement cue words, or without an "
                                                 "instrument or a signing (the relevance gate)")] = True,
    chunk_size: Annotated[int, typer.Option(min=1, help="Documents per work unit and commit")] = 64,
    time_limit: Annotated[float, typer.Option(min=0, help="Seconds one document may take before it becomes "
                                                          "an error entry (0: no limit)")] = 60.0,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary")] = False,
) -> None:
    """Extract agreement records from articles (JSON Lines on stdout by default)."""
    from extract.batch import BatchError, BatchOptions, Outputs, run_batch
    from extract.engines.chunks import ChunkOptions
    from extract.io.db import DatabaseError
    from extract.io.readers import ReaderOptions, ReadProgress

    reader = ReaderOptions(glob, text_column, id_column, title_column, url_column, published_column, max_bytes)
    extraction = options_from_flags(config, today, ner)
    options = BatchOptions(ChunkOptions(extraction, prefilter=prefilter, time_limit=time_limit or None),
                           workers=workers,
                           chunk_size=chunk_size, engine=engine, scheduler=scheduler)
    outputs = Outputs(fmt=fmt, output=output, errors=errors, db_url=db, resume=resume,
                      db_keep_history=db_keep_history)
    read_progress = ReadProgress(paths, glob)
    display = _ProgressDisplay(quiet, read_progress)
    try:
        with display:
            summary = run_batch(paths, reader, options, outputs, on_progress=display.update,
                                read_progress=read_progress)
    except (BatchError, DatabaseError) as exc:
        resumable = output is not None and output.with_name(output.name + ".checkpoint.json").exists()
        hint = " (then rerun with --resume to continue)" if resumable else ""
        typer.echo(f"error: {exc}{hint}", err=True)
        raise typer.Exit(2) from exc
    except BrokenPipeError:
        _quiet_stdout()
        raise typer.Exit(141) from None
    except KeyboardInterrupt:
        hint = " (rerun with --resume to continue)" if output is not None else ""
        typer.echo(f"interrupted{hint}", err=True)
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(f"Summary: {summary.text()}", err=True)
        if summary.errors and errors is None:
            typer.echo("See every failed input with --errors FILE.", err=True)
    if summary.errors:
        raise typer.Exit(1)


def _quiet_stdout() -> None:
    """The reader of stdout went away (`| head`): point stdout at /dev/null so the final flush
    at exit does not complain, and stop like any Unix tool whose pipe closed."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


class _ProgressDisplay:
    """A rich progress line on stderr: what it is doing (loading the model, extracting), the
    share of input bytes read with rate and ETA when the inputs' size is known, inputs,
    articles/s, candidates, records, errors. Messages of the `sepakat` logger (warnings, where
    a resumed run resumes) print above it.

    Until the first results it is drawn by hand, without rich's refresh thread: the batch runner
    forks its workers while the model loads, and forks only while this process runs no other
    thread (extract.engines.local.worker_context). The refresh thread (spinner, ETA, elapsed
    time) starts with the first results, after the workers."""

    def __init__(self, quiet: bool, read_progress) -> None:
        self.quiet = quiet
        self._read = read_progress
        self._shown_errors = 0
        self._progress = None
        self._handler = None

    def __enter__(self) -> _ProgressDisplay:
        import logging

        from rich.console import Console

        console = Console(stderr=True)
        self._handler = _ConsoleLogHandler(console, logging.WARNING if self.quiet else logging.INFO)
        logging.getLogger("sepakat").addHandler(self._handler)
        logging.getLogger("sepakat").setLevel(logging.INFO)
        if self.quiet:
            return self
        from rich.progress import (
            BarColumn, DownloadColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
            TimeElapsedColumn, TimeRemainingColumn,
        )

        sized = self._read.total is not None
        columns = [SpinnerColumn(), TextColumn("{task.description}")]
        if sized:
            columns += [BarColumn(bar_width=20), TaskProgressColumn(), DownloadColumn(), TimeRemainingColumn()]
        columns += [TextColumn("{task.fields[inputs]:,} inputs"), TextColumn("{task.fields[rate]}"),
                    TextColumn("candidates {task.fields[candidates]:,}"),
                    TextColumn("records {task.fields[records]:,}"), TextColumn("errors {task.fields[errors]:,}"),
                    TimeElapsedColumn()]
        self._progress = Progress(*columns, console=console, transient=False, auto_refresh=False)
        self._task = self._progress.add_task("loading the model", total=self._read.total, inputs=0, rate="",
                                             candidates=0, records=0, errors=0)
        self._progress.start()  # drawn once, no refresh thread
        self._first: tuple[float, int] | None = None
        return self

    def _animate(self) -> None:
        """The workers have started: redraw the line with rich's refresh thread from now on."""
        live = self._progress.live
        live.transient = True  # stopping takes the hand-drawn line away instead of leaving a copy
        self._progress.stop()
        live.transient = False
        live.auto_refresh = True
        self._progress.start()

    def __exit__(self, *exc_info: object) -> None:
        import logging

        if self._progress is not None:
            self._progress.__exit__(*exc_info)
        if self._handler is not None:
            logging.getLogger("sepakat").removeHandler(self._handler)

    def update(self, summary, errors) -> None:
        if self._progress is None:
            return
        if self._first is None:  # the rate counts from the first results, after the model loaded
            self._first = (time.monotonic(), summary.inputs)
            self._animate()
        elapsed, done = time.monotonic() - self._first[0], summary.inputs - self._first[1]
        rate = f"{done / elapsed:,.0f} articles/s" if elapsed > 0 and done > 0 else ""
        self._progress.update(self._task, description="extracting", completed=self._read.bytes_read(),
                              inputs=summary.inputs, rate=rate, candidates=summary.candidates,
                              records=summary.records, errors=summary.errors)
        for error in errors:
            if self._shown_errors < _MAX_ERRORS_SHOWN:
                self._progress.console.print(f"[red]error[/red] {error.source}: {error.reason}", markup=True,
                                             highlight=False)
            self._shown_errors += 1


class _ConsoleLogHandler(logging.Handler):
    """`warning: ...` / plain info lines on the progress bar's console (above the bar)."""

    def __init__(self, console, level: int) -> None:
        super().__init__(level)
        self._console = console

    def emit(self, record: logging.LogRecord) -> None:
        prefix = "warning: " if record.levelno >= logging.WARNING else ""
        self._console.print(f"{prefix}{record.getMessage()}", markup=False, highlight=False)


def bench_command(
    sizes: Annotated[str, typer.Option(help="Dump sizes (documents), comma separated")] = "1000,5000,50000",
    workers: Annotated[str, typer.Option(help="Worker counts to measure, comma separated")] = "1,2",
    agreement_share: Annotated[float, typer.Option(help="Share of agreement articles")] = 0.02,
    news: Annotated[str, typer.Option(help="Sentences of ordinary documents: auto | shared | kumparan")] = "auto",
    ner: Annotated[bool, typer.Option("--ner/--no-ner")] = True,
    repeat: Annotated[int, typer.Option(min=1, help="Rounds of the in-process and start-up measurements")] = 5,
    dump_rounds: Annotated[int, typer.Option(min=1, help="Rounds of the dumps of up to 5,000 documents")] = 3,
    ordinary_records: Annotated[Optional[Path], typer.Option(help="Write records from ordinary documents here "
                                                                  "(JSONL), to classify them")] = None,
) -> None:
    """Measure speed on real news text: prefilter, pipeline against the bare tokenizer, start-up,
    dumps per worker count (source checkout only)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"
    if not script.is_file():
        typer.echo("error: sepakat bench needs a source checkout (benchmarks/bench.py not found)", err=True)
        raise typer.Exit(2)
    spec = importlib.util.spec_from_file_location("sepakat_bench", script)
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    bench.run_benchmark(bench.counts(sizes), bench.counts(workers), agreement_share=agreement_share, news=news,
                        use_ner=ner, repeat=repeat, dump_rounds=dump_rounds, ordinary_records=ordinary_records,
                        stream=sys.stdout)
