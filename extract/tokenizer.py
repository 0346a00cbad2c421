"""spaCy's Indonesian tokenizer, built once per process and shared.

Building it costs as much as importing spaCy: its 16,000 special cases (reduplications such
as "anak-anak") are each tokenized and given lexemes. A blank pipeline builds one, and
loading a saved model builds one and then rebuilds it from disk; so the pipelines and the
NER model (whose saved tokenizer has the same rules) are made on one shared tokenizer and
vocabulary instead: a model then loads in a tenth of a second instead of seconds.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

_PLACEHOLDER = "sepakat.placeholder_tokenizer.v1"
_ON_SHARED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": _PLACEHOLDER}}}


@spacy.registry.tokenizers(_PLACEHOLDER)
def _placeholder_tokenizer():
    """A tokenizer without rules (cheap to build), replaced by the shared one right after."""
    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


@lru_cache(maxsize=1)
def indonesian_tokenizer() -> Tokenizer:
    """spaCy's Indonesian tokenizer, unchanged, with its vocabulary."""
    return spacy.blank("id").tokenizer


def blank_indonesian() -> Language:
    """An empty Indonesian pipeline on the shared tokenizer and vocabulary."""
    shared = indonesian_tokenizer()
    nlp = spacy.blank("id", vocab=shared.vocab, config=_ON_SHARED_TOKENIZER)
    nlp.tokenizer = shared
    return nlp


def load_indonesian(path: Path) -> Language:
    """A saved Indonesian pipeline (the NER model) on the shared tokenizer and vocabulary;
    its own saved tokenizer is not read."""
    shared = indonesian_tokenizer()
    nlp = spacy.load(path, vocab=shared.vocab, exclude=["tokenizer"], config=_ON_SHARED_TOKENIZER)
    nlp.tokenizer = shared
    return nlp
