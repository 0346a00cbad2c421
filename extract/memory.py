"""Flat memory over an endless stream of articles: spaCy's memory zones.

spaCy keeps every string it meets (a vocabulary entry, its lexeme, a tokenizer cache entry), so
a long run over news with new names grows without end. Inside `nlp.memory_zone()` (spaCy 3.8)
what a batch adds is freed when the batch is done. A zone also stops the tokenizer from
caching new words, which would make every article tokenize its common words afresh, so a
process first lets its vocabulary grow to PERMANENT_STRINGS (the common words of the first
articles, cached for good: a few tens of MB), then runs every batch in a zone. Records are
plain dicts built inside the zone, so nothing spaCy owns outlives it.
"""
from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ContextManager

if TYPE_CHECKING:
    from spacy.language import Language

PERMANENT_STRINGS = 100_000
"""Strings a vocabulary may keep for good before batches run in memory zones."""


def batch_zone(nlp: Language) -> ContextManager:
    """A memory zone for one batch once the vocabulary is full (none inside a zone already:
    zones do not nest)."""
    if nlp.vocab.in_memory_zone or len(nlp.vocab.strings) < PERMANENT_STRINGS:
        return contextlib.nullcontext()
    return nlp.memory_zone()
