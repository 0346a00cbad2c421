"""The `sepakat consolidate` and `sepakat evaluate-consolidation` commands (registered in extract/cli.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

_MAX_ERRORS_SHOWN = 20


def consolidate_command(
    records: Annotated[list[str], typer.Argument(help="Record files or directories (.jsonl[.gz], .json, .csv, "
                                                      ".parquet) or a database (SQLite file or URL)",
                                                 show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write agreements here "
                                                   "(default: stdout, or nothing with --db)")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | json | csv | parquet")] = "jsonl",
    db: Annotated[Optional[str], typer.Option(help="Write tables consolidated_agreements and agreement_reports "
                                                   "here (SQLite path or URL); extends what is there")] = None,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a local cluster)")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Dask workers to start for a local cluster")] = 2,
    partitions: Annotated[int, typer.Option(min=1, help="Partition files (memory holds one at a time)")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary")] = False,
) -> None:
    """Group records that report the same agreement into consolidated agreements."""
    from extract.consolidation import ConsolidationOptions, run_consolidation
    from extract.io.db import DatabaseError

    options = ConsolidationOptions(engine=engine, scheduler=scheduler, workers=workers, partitions=partitions)
    try:
        stats = run_consolidation(records, fmt=fmt, output=output, db=db, options=options)
    except (ValueError, DatabaseError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for error in stats.errors[:_MAX_ERRORS_SHOWN]:
        typer.echo(f"error: {error.source}: {error.reason}", err=True)
    if not quiet:
        skipped = f", {stats.skipped:,} already stored unchanged" if db else ""
        typer.echo(f"Summary: {stats.records:,} records{skipped} -> {stats.agreements:,} agreements written, "
                   f"{len(stats.errors):,} errors", err=True)
    if stats.errors:
        raise typer.Exit(1)


def evaluate_consolidation_command(
    records: Annotated[list[str], typer.Argument(help="Record files (as for consolidate)", show_default=False)],
    gold: Annotated[Path, typer.Option(help="Gold groups (YAML: groups: {name: [doc_id#record_index, ...]})")],
    show: Annotated[bool, typer.Option(help="List the pairs wrongly merged and missed")] = True,
) -> None:
    """Pairwise and B-cubed precision/recall/F1 of the grouping against gold groups."""
    from extract.consolidation import iter_agreements
    from extract.consolidation.evaluation import load_gold, predicted_groups, score_grouping
    from extract.io.record_sources import iter_records
    from extract.consolidation.partitions import RunStats

    stats = RunStats()
    predicted = predicted_groups(iter_agreements(iter_records(records), stats=stats))
    if stats.errors:
        for error in stats.errors[:_MAX_ERRORS_SHOWN]:
            typer.echo(f"error: {error.source}: {error.reason}", err=True)
        raise typer.Exit(1)
    scores = score_grouping(predicted, load_gold(gold))
    typer.echo(f"reports {scores.reports}  gold groups {scores.gold_groups}  predicted groups {scores.predicted_groups}")
    typer.echo(f"{'':10}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, value in (("pairwise", scores.pairwise), ("B-cubed", scores.bcubed)):
        typer.echo(f"{name:10}{value.precision:>10.3f}{value.recall:>10.3f}{value.f1:>10.3f}")
    if show:
        for label, pairs in (("wrongly merged", scores.wrongly_merged), ("missed", scores.missed)):
            for first, second in pairs:
                typer.echo(f"{label}: {first} + {second}")


def tables_command(
    source: Annotated[str, typer.Argument(help="Records or agreements: a .jsonl/.json/.csv/.parquet file or a "
                                               "database (SQLite file or URL)", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory for the six Parquet tables")],
    consolidated: Annotated[bool, typer.Option(help="From a database: its consolidated agreements, "
                                                    "not its article records")] = False,
) -> None:
    """Write the long-form tables (agreements, parties, signatories, witnesses, scopes, reports) as Parquet."""
    from extract.frames import RecordsError, read_records, write_frames
    from extract.io.db import DatabaseError

    try:
        frames = read_records(source, consolidated=consolidated)
    except (RecordsError, DatabaseError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    write_frames(frames, output)
    typer.echo(f"Wrote {', '.join(f'{name} ({len(frame):,})' for name, frame in frames.items())} to {output}",
               err=True)
