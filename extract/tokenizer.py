"""spaCy's Indonesian tokenizer, built once per process and shared.

Building it costs as much as importing spaCy: its 16,000 special cases (reduplications such
as "anak-anak") are each tokenized and given lexemes. A blank pipeline builds one, and
loading a saved model builds one and then rebuilds it from disk; so the pipelines and the
NER model (whose saved tokenizer has the same rules) are made on one shared tokenizer and
vocabulary instead: a model then loads in a tenth of a second instead of seconds.

Its cost is linear in the text (issue 14): spaCy's prefix rules are searched under one anchor
and long affix chains stay one token (linear_affixes), in the pipelines and the NER model alike.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

AFFIX_RUN = 8
"""A whitespace-free string of 40+ characters that starts or ends with this many punctuation
marks ("((((...", "MoU!!!!!!!!...") is kept as one token: spaCy strips affixes one character at a
time, scanning the whole string each time, which costs the square of the string's length."""
_AFFIX_CHAIN = re.compile(rf"(?=\S{{40}})(?:[^\w\s]{{{AFFIX_RUN}}}|\S*[^\w\s]{{{AFFIX_RUN}}}\Z)")

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
    """spaCy's Indonesian tokenizer with its vocabulary, its rules searched in linear time.

    Built in one go with its final rules: setting a rule on a built tokenizer reloads all its
    special cases, which cost as much as building it (linear_affixes on spacy.blank("id")
    tripled the start-up's tokenizer cost)."""
    nlp = spacy.blank("id", config=_ON_SHARED_TOKENIZER)  # the vocabulary and the language's defaults
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=_linear_prefix_search(defaults.prefixes),
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=_AFFIX_CHAIN.match,
        url_match=defaults.url_match,
    )


def _linear_prefix_search(prefixes) -> Callable[[str], re.Match | None]:
    return re.compile("^(?:" + "|".join(piece for piece in prefixes if piece.strip()) + ")").search


def linear_affixes(nlp: Language) -> None:
    """spaCy's prefix rules, each anchored with its own `^`, make every prefix search try every
    position of the string; one anchor over them all fails at the first character (same
    matches, tokens identical on corpus and dev, the tokenizer twice as fast). Long affix chains
    stay one token (AFFIX_RUN). Both remain compiled patterns, so the tokenizer serialises.
    (For a tokenizer built elsewhere, such as a saved model's; the shared one is built so.)"""
    nlp.tokenizer.prefix_search = _linear_prefix_search(nlp.Defaults.prefixes)
    nlp.tokenizer.token_match = _AFFIX_CHAIN.match


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
