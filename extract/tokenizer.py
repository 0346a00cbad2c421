"""spaCy's Indonesian tokenizer, built once per process and shared.

spaCy builds it from 16,000 special cases, each tokenized and given lexemes on load, which
costs more than importing spaCy (issue 13). All but 400 of them only keep a hyphenated word
whole (reduplications such as "anak-anak", "Kupu-Kupu"): the shared tokenizer looks those up
in a set from its token_match instead, which splits every text the same way at a tenth of
the building cost. The pipelines and the NER model (whose saved tokenizer has spaCy's rules)
are made on this one tokenizer and vocabulary: a model then loads in a tenth of a second.

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
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

AFFIX_RUN = 8
"""A whitespace-free string of 40+ characters that starts or ends with this many punctuation
marks ("((((...", "MoU!!!!!!!!...") is kept as one token: spaCy strips affixes one character at a
time, scanning the whole string each time, which costs the square of the string's length."""
_AFFIX_CHAIN = re.compile(rf"(?=\S{{40}})(?:[^\w\s]{{{AFFIX_RUN}}}|\S*[^\w\s]{{{AFFIX_RUN}}}\Z)")

_HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")

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
    rules, whole_words = _split_exceptions(defaults.tokenizer_exceptions)
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=_linear_prefix_search(defaults.prefixes),
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=_KeptWhole(whole_words).match,
        url_match=defaults.url_match,
    )


def _split_exceptions(exceptions: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], frozenset[str]]:
    """spaCy's special cases, less those that only keep a hyphenated word whole (one token,
    its own text, no other attribute): affix rules never cut into letters and hyphens, so a
    set lookup before the infix split ends with the same token."""
    kept_whole = frozenset(
        text for text, tokens in exceptions.items()
        if tokens == [{ORTH: text}] and _HYPHENATED_WORD.fullmatch(text)
    )
    rules = {text: tokens for text, tokens in exceptions.items() if text not in kept_whole}
    return rules, kept_whole


class _KeptWhole:
    """The shared tokenizer's token_match: hyphenated words spaCy keeps whole, and long affix
    chains (AFFIX_RUN)."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def match(self, text: str) -> bool:
        return text in self.words or _AFFIX_CHAIN.match(text) is not None


def _linear_prefix_search(prefixes) -> Callable[[str], re.Match | None]:
    return re.compile("^(?:" + "|".join(piece for piece in prefixes if piece.strip()) + ")").search


def linear_affixes(nlp: Language) -> None:
    """spaCy's prefix rules, each anchored with its own `^`, make every prefix search try every
    position of the string; one anchor over them all fails at the first character (same
    matches, tokens identical on corpus and dev, the tokenizer twice as fast). Long affix chains
    stay one token (AFFIX_RUN). Both remain compiled patterns, so the tokenizer serialises.
    (For a tokenizer built elsewhere, such as a saved model's; the shared one is built with
    these rules and its reduplications in a set.)"""
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
