"""Train the Indonesian NER model from the data in `ner/data` with `ner/config.cfg`.

The corpora are converted into a work directory, spaCy's own training loop runs on
them (fixed seed, CPU; idner-news-2k dev is trained on too, since the in-domain data are
scarce, and still used with NERGrit valid to pick the checkpoint; the test splits stay
untouched), and the best checkpoint on the dev splits is copied to the
output directory with its metadata (license, data credits) filled in. The tok2vec
layer starts from weights pretrained on unlabelled news text (`ner/pretrain/`), made by
`pretrain_tok2vec` with spaCy's character objective.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from extract.ner.corpus import data_dir, split_docs, splits, write_docbin

TRAIN_SPLITS = ("idner-news-2k/train", "idner-news-2k/dev", "nergrit/train", "silver/train")
DEV_SPLITS = ("idner-news-2k/dev", "nergrit/dev")
# How often each training split is written (small or under-represented sources upsampled).
TRAIN_REPEATS = {"silver/train": 6, "nergrit/train": 2}
# Sentences with an ORG entity in these splits are added this many extra times: NERGrit's
# encyclopedic organisations are rare (570 of 1,672 sentences) and its weakest label.
ORG_EXTRA = {"nergrit/train": 1}
PRETRAIN_TEXT = "pretrain/kumparan.jsonl"
PRETRAINED_WEIGHTS = "pretrain/tok2vec.bin"

MODEL_META = {
    "name": "ner_id",
    "version": "0.2.0",
    "description": "Sepakat Indonesian NER (PER, ORG, LOC), CNN tok2vec + transition-based NER",
    "license": "MIT",
    "author": "Sepakat",
    "sources": [
        {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
        {"name": "NERGrit (via IndoNLU)", "url": "https://github.com/IndoNLP/indonlu", "license": "MIT"},
        {"name": "Sepakat silver sentences", "license": "MIT"},
        {"name": "kumparan sentences from nlp-id (tok2vec pretraining only)", "url": "https://github.com/kumparan/NLP-ID", "license": "MIT"},
    ],
}


class TimeBudgetExceeded(RuntimeError):
    """Raised inside spaCy's training loop to stop it; the best checkpoint is kept."""


@spacy.registry.callbacks("sepakat.ner_time_budget.v1")
def time_budget(minutes: float) -> Callable[[Language, dict[str, Any]], None]:
    """A `before_update` callback that stops training after `minutes` of wall time."""
    started = time.monotonic()

    def check(nlp: Language, args: dict[str, Any]) -> None:
        if minutes > 0 and time.monotonic() - started > minutes * 60:
            raise TimeBudgetExceeded(f"time budget of {minutes} min used at step {args['step']}")

    return check


def pretrain_tok2vec(epochs: int, config: Path | None = None) -> Path:
    """Pretrain the tok2vec layer on `ner/pretrain/kumparan.jsonl`; returns the weights file."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    config = config or data_dir() / "config.cfg"
    settings = {"paths.raw_text": str(data_dir() / PRETRAIN_TEXT), "pretraining.max_epochs": epochs}
    raw = util.load_config(config, overrides=settings, interpolate=False)
    with tempfile.TemporaryDirectory(prefix="sepakat-pretrain-") as tmp:
        pretrain(raw.interpolate(), Path(tmp), silent=False)
        target = data_dir() / PRETRAINED_WEIGHTS
        shutil.copyfile(Path(tmp) / f"model{epochs - 1}.bin", target)
    return target


def build_corpora(work_dir: Path) -> dict[str, int]:
    """Write train/dev DocBins under `work_dir/corpus`; returns the doc count per file."""
    nlp = spacy.blank("id")
    table = splits()
    counts: dict[str, int] = {}
    for part, keys in (("train", TRAIN_SPLITS), ("dev", DEV_SPLITS)):
        for key in keys:
            docs = split_docs(nlp, table[key])
            repeat = 1
            if part == "train":
                repeat = TRAIN_REPEATS.get(key, 1)
                with_org = [doc for doc in docs if any(ent.label_ == "ORG" for ent in doc.ents)]
                docs = docs + with_org * ORG_EXTRA.get(key, 0)
            target = work_dir / "corpus" / part / f"{key.replace('/', '_')}.spacy"
            counts[f"{part}:{key}"] = write_docbin(docs, target, repeat=repeat)
    return counts


def train_model(
    output: Path,
    max_minutes: float = 25,
    work_dir: Path | None = None,
    config: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> Path:
    """Train and save the best model to `output`; returns `output`."""
    from spacy.cli.train import train

    config = config or data_dir() / "config.cfg"
    owned_tmp = work_dir is None
    work = Path(tempfile.mkdtemp(prefix="sepakat-ner-")) if work_dir is None else work_dir
    try:
        counts = build_corpora(work)
        print("corpora:", ", ".join(f"{k}={v}" for k, v in counts.items()))
        weights = data_dir() / PRETRAINED_WEIGHTS
        settings = {
            "paths.init_tok2vec": str(weights) if weights.is_file() else None,
            "paths.train": str(work / "corpus" / "train"),
            "paths.dev": str(work / "corpus" / "dev"),
            "paths.max_minutes": max_minutes,
            **(overrides or {}),
        }
        started = time.monotonic()
        try:
            train(config, work / "training", overrides=settings)
        except TimeBudgetExceeded as stop:
            print(f"stopped: {stop}")
        print(f"training wall time: {(time.monotonic() - started) / 60:.1f} min")
        nlp = spacy.load(work / "training" / "model-best")
        nlp.meta.update(MODEL_META)
        if output.exists():
            shutil.rmtree(output)
        nlp.to_disk(output)
        return output
    finally:
        if owned_tmp:
            shutil.rmtree(work, ignore_errors=True)
