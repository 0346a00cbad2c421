"""Entity precision / recall / F1 of a trained NER model on the held-out test splits.

Gold Docs keep their own tokenisation; the model sees only their text, so the score
includes the effect of the run-time tokenizer (spaCy aligns the two by characters).
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from extract.ner.corpus import LABELS, Split, data_dir, split_docs, splits

TEST_SPLITS = ("idner-news-2k/test", "nergrit/test")
# The splits settings are chosen on (idner dev is also trained on, so its score is optimistic).
DEV_SPLITS = ("idner-news-2k/dev", "nergrit/dev")


def heldout_split() -> Split:
    """The silver sentences kept out of training (tests/ner/data/heldout.txt)."""
    path = data_dir().parent / "tests" / "ner" / "data" / "heldout.txt"
    return Split("silver", "heldout", path, "markup")


def score_docs(nlp: Language, gold: list[Doc]) -> dict[str, dict[str, float]]:
    """P/R/F1 per label and overall ('ALL') of `nlp` against gold Docs."""
    predicted = nlp.pipe(doc.text for doc in gold)
    examples = [Example(pred, ref) for pred, ref in zip(predicted, gold)]
    scores = Scorer.score_spans(examples, "ents")
    table = {
        label: scores["ents_per_type"].get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        for label in LABELS
    }
    table["ALL"] = {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"]}
    return table


def evaluate_model(model: Path | Language, dev: bool = False) -> dict[str, dict[str, dict[str, float]]]:
    """Scores on every test split (or, with `dev`, every dev split) whose file exists, keyed `source/split`."""
    nlp = spacy.load(model) if isinstance(model, Path) else model
    gold_nlp = spacy.blank("id")
    if dev:
        targets = [splits()[key] for key in DEV_SPLITS]
    else:
        targets = [splits()[key] for key in TEST_SPLITS] + [heldout_split()]
    results: dict[str, dict[str, dict[str, float]]] = {}
    for split in targets:
        if split.path.is_file():
            results[f"{split.source}/{split.name}"] = score_docs(nlp, split_docs(gold_nlp, split))
    return results


def format_results(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """A plain-text table: one row per split and label."""
    lines = [f"{'split':<22} {'label':<5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, table in results.items():
        for label, row in table.items():
            lines.append(f"{name:<22} {label:<5} {row['p']:6.3f} {row['r']:6.3f} {row['f']:6.3f}")
    return "\n".join(lines)
