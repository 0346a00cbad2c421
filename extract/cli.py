"""The `sepakat` command line (typer)."""
from __future__ import annotations

import typer

from extract.evaluation.command import evaluate
from extract.schema import record_json_schema_text
from extract.web.serve import serve

app = typer.Typer(
    help="Sepakat: extract cooperation agreements from Indonesian news articles.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Sepakat: extract cooperation agreements from Indonesian news articles."""


@app.command()
def schema() -> None:
    """Print the JSON Schema of one agreement record."""
    typer.echo(record_json_schema_text())


app.command("evaluate")(evaluate)
app.command("serve")(serve)

if __name__ == "__main__":
    app()
