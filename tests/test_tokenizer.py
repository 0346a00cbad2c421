"""The shared Indonesian tokenizer: the pipelines and the NER model use one, and the model
reads the same entities as when loaded with its own saved tokenizer."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from extract.api import load_pipeline
from extract.ner.model import load_ner, model_path
from extract.tokenizer import indonesian_tokenizer, linear_affixes, load_indonesian

REPO = Path(__file__).resolve().parents[1]


def _corpus_sentences(limit: int) -> list[str]:
    sentences = []
    for path in sorted((REPO / "corpus" / "articles").glob("*.txt")):
        sentences += [s for s in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")) if s.strip()]
    return sentences[:limit]


def test_pipelines_and_the_model_share_one_tokenizer() -> None:
    shared = indonesian_tokenizer()
    assert load_pipeline(False).tokenizer.tokenizer is shared
    assert load_pipeline(True).vocab is shared.vocab
    model = load_ner()
    if model is not None:
        assert model.tokenizer is shared and model.vocab is shared.vocab


@pytest.mark.slow
def test_the_models_saved_tokenizer_has_the_shared_ones_rules() -> None:
    """load_indonesian skips the model's saved tokenizer: that is right only while both agree.
    The shared one searches spaCy's rules in linear time (linear_affixes): the saved one has
    spaCy's rules, and rewritten the same way it has the shared one's patterns."""
    if model_path() is None:
        pytest.skip("the NER model is not installed")
    model = spacy.load(model_path())
    plain = spacy.blank("id").tokenizer
    shared = indonesian_tokenizer()
    assert model.tokenizer.rules == plain.rules == shared.rules

    def patterns(tokenizer) -> dict[str, str | None]:
        names = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
        return {name: getattr(tokenizer, name).__self__.pattern if getattr(tokenizer, name) else None
                for name in names}

    assert patterns(model.tokenizer) == patterns(plain)
    linear_affixes(model)
    assert patterns(model.tokenizer) == patterns(shared)


@pytest.mark.slow
def test_the_model_on_the_shared_tokenizer_finds_what_it_finds_alone() -> None:
    if model_path() is None:
        pytest.skip("the NER model is not installed")
    sentences = _corpus_sentences(300)
    alone = spacy.load(model_path())
    shared = load_indonesian(model_path())

    def spans(nlp) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(sentences)]

    found = spans(shared)
    assert any(found)
    assert found == spans(alone)
