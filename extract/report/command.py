"""The `sepakat report` command (registered in extract/cli.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def report_command(
    inputs: Annotated[list[str], typer.Argument(help="Record or agreement files, or a database (SQLite file or "
                                                     "URL); records are consolidated first", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write")] = Path("report.html"),
    graph: Annotated[Optional[Path], typer.Option(help="Also write the party network as .graphml or .gexf")] = None,
) -> None:
    """Write a self-contained HTML report (opens offline) of the agreements."""
    try:
        from extract.report import load_agreement_frames, write_report
    except ImportError as exc:
        typer.echo(f"error: the report needs the `report` extra ({exc.name} is missing): "
                   'pip install "sepakat[report]"', err=True)
        raise typer.Exit(2) from exc
    from extract.frames import RecordsError

    if graph is not None and graph.suffix.lower() not in (".graphml", ".gexf"):
        typer.echo(f"error: --graph {graph}: the file must end in .graphml or .gexf", err=True)
        raise typer.Exit(2)
    try:
        frames = load_agreement_frames(inputs)
    except RecordsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    write_report(frames, output, graph_file=graph, sources=[Path(i).name if "://" not in i else i.split("@")[-1]
                                                             for i in inputs])
    typer.echo(f"Wrote {output} ({len(frames.agreements):,} agreements from {len(frames.reports):,} reports)"
               + (f" and {graph}" if graph else ""), err=True)
