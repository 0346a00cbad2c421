"""`sepakat train-ner` and `sepakat evaluate-ner` (spaCy is imported only when they run)."""
from __future__ import annotations

from pathlib import Path

import typer

_PACKAGE_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner_id"


def train_ner(
    output: Path = typer.Option(_PACKAGE_MODEL, "--output", help="Where to save the trained model."),
    max_minutes: float = typer.Option(25.0, "--max-minutes", help="Stop training after this many minutes."),
    work_dir: Path | None = typer.Option(None, "--work-dir", help="Keep corpora and checkpoints here."),
    pretrain_epochs: int = typer.Option(
        0, "--pretrain-epochs", help="First redo tok2vec pretraining for N epochs (slow; 0 keeps ner/pretrain/tok2vec.bin)."
    ),
) -> None:
    """Train the Indonesian NER model from ner/data with ner/config.cfg (CPU, fixed seed)."""
    from extract.ner.train import pretrain_tok2vec, train_model

    if pretrain_epochs > 0:
        typer.echo(f"pretrained weights saved to {pretrain_tok2vec(pretrain_epochs)}")
    path = train_model(output, max_minutes=max_minutes, work_dir=work_dir)
    typer.echo(f"model saved to {path}")


def evaluate_ner(
    model: Path | None = typer.Option(None, "--model", help="Model directory (default: the packaged one)."),
    dev: bool = typer.Option(False, "--dev", help="Score the dev splits (idner dev, NERGrit valid) used to choose settings."),
) -> None:
    """Entity P/R/F1 per label on the idner-news-2k and NERGrit test splits and held-back sentences."""
    from extract.ner.evaluate import evaluate_model, format_results
    from extract.ner.model import model_path

    path = model or model_path()
    if path is None:
        raise typer.BadParameter("no packaged model found; pass --model or run `sepakat train-ner`")
    typer.echo(format_results(evaluate_model(path, dev=dev)))
