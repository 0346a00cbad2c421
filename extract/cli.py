"""The `sepakat` command line (typer).

Command modules import their heavy libraries (spaCy, pydantic, fastapi, dask, sqlalchemy...)
inside the commands, so `sepakat --help` answers at once."""
from __future__ import annotations

import typer

from extract.batch_cli import bench_command, extract_command
from extract.consolidation.command import consolidate_command, evaluate_consolidation_command, tables_command
from extract.evaluation.command import evaluate
from extract.ner.commands import evaluate_ner, train_ner
from extract.report.command import report_command
from extract.web.serve import serve

app = typer.Typer(
    help="Sepakat: extract cooperation agreements from Indonesian news articles.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"sepakat {version('sepakat')}")
        except PackageNotFoundError:
            typer.echo("sepakat (not installed: running from a source tree)")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                      help="Print the version and exit."),
) -> None:
    """Sepakat: extract cooperation agreements from Indonesian news articles."""


@app.command()
def schema() -> None:
    """Print the JSON Schema of one agreement record."""
    from extract.schema import record_json_schema_text

    typer.echo(record_json_schema_text())


app.command("extract")(extract_command)
app.command("bench")(bench_command)
app.command("evaluate")(evaluate)
app.command("serve")(serve)
app.command("train-ner")(train_ner)
app.command("evaluate-ner")(evaluate_ner)
app.command("consolidate")(consolidate_command)
app.command("evaluate-consolidation")(evaluate_consolidation_command)
app.command("report")(report_command)
app.command("tables")(tables_command)

if __name__ == "__main__":
    app()
