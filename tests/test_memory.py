"""Memory stays flat over a stream of new words (issue 14, item 8): once the vocabularies are
full, each batch runs in a spaCy memory zone and leaves them as they were; records are the
same inside zones. RSS over 200,000 documents is measured by benchmarks/memory.py."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import extract.memory
from extract.api import extract_documents, load_pipeline
from extract.document import Document
from extract.ner.model import load_ner

REPO = Path(__file__).resolve().parents[1]
SYLLABLES = ("ka", "lu", "mba", "ra", "su", "tan", "ja", "ya", "wi", "ro", "ngo", "de", "pa", "si", "to")


def _new_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(5)).capitalize()


def _articles(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [Document(id=f"m{n}", text=(
        f"{_new_word(rng)} – Pemerintah Kabupaten {_new_word(rng)} dan Universitas {_new_word(rng)} "
        f"menandatangani nota kesepahaman tentang {_new_word(rng).lower()}, Senin (3/7/2023). "
        f"Penandatanganan dilakukan oleh Bupati {_new_word(rng)} {_new_word(rng)}.")) for n in range(count)]


@pytest.mark.slow
def test_a_stream_of_new_words_leaves_the_vocabularies_as_they_were(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp, ner = load_pipeline(use_ner=True), load_ner()
    list(extract_documents(_articles(5, seed=1), nlp=nlp))  # patterns, gazetteers, model
    monkeypatch.setattr(extract.memory, "PERMANENT_STRINGS", 0)  # vocabularies full: zones from now on
    before = (len(nlp.vocab.strings), len(ner.vocab.strings) if ner is not None else 0)
    results = list(extract_documents(_articles(150, seed=2), nlp=nlp))
    after = (len(nlp.vocab.strings), len(ner.vocab.strings) if ner is not None else 0)
    assert after == before
    assert sum(len(records) for _, records in results) >= 100  # the zones did not stop extraction


@pytest.mark.slow
def test_records_are_the_same_inside_memory_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [Document(id=path.stem, text=path.read_text(encoding="utf-8"))
                 for path in sorted((REPO / "corpus" / "articles").glob("*.txt"))[:12]]
    nlp = load_pipeline(use_ner=True)
    monkeypatch.setattr(extract.memory, "PERMANENT_STRINGS", 10**12)
    outside = [records for _, records in extract_documents(documents, nlp=nlp)]
    monkeypatch.setattr(extract.memory, "PERMANENT_STRINGS", 0)
    inside = [records for _, records in extract_documents(documents, nlp=nlp)]
    assert inside == outside and any(outside)
