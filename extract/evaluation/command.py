"""`sepakat evaluate`: run the extractor on articles and score it against gold files."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extract.cli_options import ConfigOption, TodayOption, options_from_flags


def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, ...) or directories of them; doc_id = file stem.")],
    gold: Annotated[Path, typer.Option("--gold", help="Directory of gold JSON files (GOLD_FORMAT.md).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Also list missed, spurious and weakly paired records per document.")] = False,
    no_ner: Annotated[bool, typer.Option("--no-ner", help="Run the extractor without the statistical NER.")] = False,
    only_given: Annotated[bool, typer.Option(
        "--only-given", help="Score only the documents given: gold files without one are left out, not missed "
                             "(a part of a gold set, e.g. the odd-numbered articles).")] = False,
    config: ConfigOption = None,
    today: TodayOption = None,
) -> None:
    """Score extracted records against gold records: precision, recall and F1 per field.

    Documents without a gold file are reported and skipped; gold files without a
    document count as missed (left out with --only-given). Exits 1 only if an input or gold file could not be read.
    """
    from extract.api import extract_documents
    from extract.evaluation import GoldFormatError, format_details, format_report, load_gold, score_documents

    options = options_from_flags(config, today, False if no_ner else None)
    try:
        gold_docs = load_gold(gold)
    except GoldFormatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if not gold_docs:
        typer.echo(f"error: {gold}: no gold .json files", err=True)
        raise typer.Exit(1)

    documents, without_gold, read_failed = _documents(paths, gold_docs)
    if only_given:
        given = {document.id for document in documents}
        gold_docs = {doc_id: gold_doc for doc_id, gold_doc in gold_docs.items() if doc_id in given}
    predicted = {
        document.id: records
        for document, records in extract_documents(documents, options=options)
    }
    report = score_documents(gold_docs, predicted)
    report.docs_without_gold = sorted(without_gold)

    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report))
        if details:
            typer.echo("")
            typer.echo(format_details(report))
    if read_failed:
        raise typer.Exit(1)


def _documents(paths: list[Path], gold_docs: dict[str, dict]) -> tuple[list, list[str], bool]:
    """(documents with gold, ids of those without, whether an input could not be read)."""
    from extract.io.errors import ReadError
    from extract.io.readers import iter_documents

    read_failed = False
    documents, without_gold = [], []
    for item in iter_documents(paths):
        if isinstance(item, ReadError):
            typer.echo(f"error: {item.source}: {item.reason}", err=True)
            read_failed = True
        elif item.id in gold_docs:
            documents.append(item)
        else:
            without_gold.append(item.id)
    return documents, without_gold, read_failed
