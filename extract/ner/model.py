"""The trained Indonesian NER model at run time: find it, load it once, tag texts.

The model ships inside the package (extract/models/ner_id) so an installed wheel has
it. Everything degrades to "no entities" when the model is missing, so the rule-only
pipeline keeps working. Whether it is asked at all is an option of the run
(extract.options: --no-ner, SEPAKAT_NO_NER=1): without it the pipeline has no NER component.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from extract.memory import batch_zone
from extract.tokenizer import load_indonesian

MODEL_NAME = "ner_id"


def model_path() -> Path | None:
    """The packaged model directory, or None when it is not installed."""
    path = Path(__file__).resolve().parent.parent / "models" / MODEL_NAME
    return path if (path / "meta.json").is_file() else None


@lru_cache(maxsize=1)
def _load(path: Path) -> Language:
    return load_indonesian(path)  # on the pipeline's tokenizer: the model's saved one has the same rules


def load_ner() -> Language | None:
    """The trained pipeline (loaded once per process), or None when it is not installed."""
    path = model_path()
    return _load(path) if path is not None else None


def entities(texts: list[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Character spans (start, end, label) of PER/ORG/LOC per text; empty lists without a model.
    Nothing asked, nothing loaded: most articles never need the model."""
    if not texts:
        return []
    nlp = load_ner()
    if nlp is None:
        return [[] for _ in texts]
    # the model's vocabulary is the pipelines' (extract.tokenizer): inside a pipeline batch's zone
    # this opens none, called alone it opens its own (extract.memory)
    with batch_zone(nlp):
        return [
            [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
            for doc in nlp.pipe(texts, batch_size=batch_size)
        ]
