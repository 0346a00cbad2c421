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


REDUPLICATIONS = "Anak-anak, (kupu-kupu) dan ANAK-ANAK bermain sehari-hari; Kupu-Kupu \"sayur-mayur\"."


def _tokens(tokenizer, texts: list[str]) -> list[list[str]]:
    return [[token.text for token in tokenizer(text)] for text in texts]


def test_the_shared_tokenizer_splits_as_spacys_own() -> None:
    """Its reduplications sit in a set instead of spaCy's special cases (cheaper to build):
    every text must still come out in the same tokens, case variants and affixes included."""
    plain = spacy.blank("id")
    linear_affixes(plain)
    shared = indonesian_tokenizer()
    texts = _corpus_sentences(2000) + [REDUPLICATIONS, "Drs. H. Ali, S.Pd., M.Kes, hadir Jum'at (Jan.)"]
    assert len(shared.rules) < len(plain.tokenizer.rules) / 10
    assert _tokens(shared, texts) == _tokens(plain.tokenizer, texts)
    assert [t.text for t in shared(REDUPLICATIONS)][:2] == ["Anak-anak", ","]


@pytest.mark.slow
def test_the_models_saved_tokenizer_splits_as_the_shared_one() -> None:
    """load_indonesian skips the model's saved tokenizer: that is right only while both agree."""
    if model_path() is None:
        pytest.skip("the NER model is not installed")
    model = spacy.load(model_path())
    plain = spacy.blank("id").tokenizer
    assert model.tokenizer.rules == plain.rules
    texts = _corpus_sentences(2000) + [REDUPLICATIONS]
    assert _tokens(model.tokenizer, texts) == _tokens(indonesian_tokenizer(), texts)


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
