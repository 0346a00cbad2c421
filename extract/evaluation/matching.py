"""When two surface forms count as the same party, venue, place, person or scope.

Names are compared as token sets: lower-cased, punctuation turned into spaces, common
abbreviations expanded (patterns/abbreviations.yaml, so "Pemkab" = "Pemerintah
Kabupaten", "RI" = "Republik Indonesia") and filler words dropped.

Parties and venues match when the token-set Dice coefficient (token F1) is at least
0.8, both over all tokens and over the distinctive ones (all minus generic words such
as "pemerintah", "kota", "republik", "indonesia"). A one-sided containment rule ("the
smaller set mostly inside the larger") was rejected: it lets a bare "Ombudsman" match
every "Ombudsman RI Perwakilan <province>", confusing national bodies with their
regional offices. Over all tokens "Pemkab Serang" and "Pemkot Serang" (2 of 3 shared)
stay apart; over distinctive tokens "Pemkot Tangerang" and "Pemkot Tangerang Selatan"
do, where the shared generic words would otherwise carry them over the threshold.
An acronym appended to a full name ("Universitas X Y Z (UXYZ)") still matches.
Gold files list the accepted surface forms, so the rule can afford to be strict.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.patterns import load_yaml

ABBREVIATIONS_FILE = "abbreviations.yaml"
NAME_MATCH_THRESHOLD = 0.8
SCOPE_MATCH_THRESHOLD = 0.5
_MAX_EXPANSION_DEPTH = 4
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_WHITESPACE = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class MatchingVocabulary:
    """The word lists from abbreviations.yaml, checked once."""

    expansions: dict[str, tuple[str, ...]]
    ignore_tokens: frozenset[str]
    generic_name_tokens: frozenset[str]
    region_words: frozenset[str]
    leading_name_titles: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> MatchingVocabulary:
    data = load_yaml(ABBREVIATIONS_FILE)
    return MatchingVocabulary(
        expansions={
            str(key).lower(): tuple(_raw_tokens(str(value)))
            for key, value in data["expansions"].items()
        },
        ignore_tokens=frozenset(str(word).lower() for word in data["ignore_tokens"]),
        generic_name_tokens=frozenset(str(word).lower() for word in data["generic_name_tokens"]),
        region_words=frozenset(str(word).lower() for word in data["region_words"]),
        leading_name_titles=frozenset(str(word).lower() for word in data["leading_name_titles"]),
    )


def _raw_tokens(text: str) -> list[str]:
    return [token for token in _NON_WORD.split(text.lower()) if token]


def _expand(token: str, expansions: dict[str, tuple[str, ...]], depth: int = 0) -> list[str]:
    replacement = expansions.get(token)
    if replacement is None or depth >= _MAX_EXPANSION_DEPTH or replacement == (token,):
        return [token]
    return [part for word in replacement for part in _expand(word, expansions, depth + 1)]


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> frozenset[str]:
    """The identity-bearing tokens of an organisation, venue or scope phrase."""
    vocab = vocabulary()
    tokens = (part for token in _raw_tokens(text) for part in _expand(token, vocab.expansions))
    return frozenset(token for token in tokens if token not in vocab.ignore_tokens)


def dice(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def _name_dice(first: frozenset[str], second: frozenset[str]) -> float:
    """Dice over all tokens, capped by Dice over the distinctive ones."""
    generic = vocabulary().generic_name_tokens
    distinctive_first, distinctive_second = first - generic, second - generic
    if not (distinctive_first or distinctive_second):
        return dice(first, second)
    return min(dice(first, second), dice(distinctive_first, distinctive_second))


def name_similarity(predicted: str, gold_forms: Iterable[str]) -> float:
    """Best score of one predicted name against a gold entity's surface forms."""
    tokens = name_tokens(predicted)
    return max((_name_dice(tokens, name_tokens(form)) for form in gold_forms), default=0.0)


def best_form_similarity(predicted_forms: Iterable[str], gold_forms: Iterable[str]) -> float:
    """Best score over every predicted form against every gold form; 0 below the threshold."""
    gold_forms = tuple(gold_forms)
    score = max((name_similarity(form, gold_forms) for form in predicted_forms), default=0.0)
    return score if score >= NAME_MATCH_THRESHOLD else 0.0


def venue_matches(predicted: str, gold_forms: Iterable[str]) -> bool:
    return best_form_similarity([predicted], gold_forms) > 0


@lru_cache(maxsize=8192)
def region_tokens(text: str) -> frozenset[str]:
    """A city or province without its administrative level word."""
    return name_tokens(text) - vocabulary().region_words


def region_matches(predicted: str, gold_forms: Iterable[str]) -> bool:
    tokens = region_tokens(predicted)
    return bool(tokens) and any(tokens == region_tokens(form) for form in gold_forms)


@lru_cache(maxsize=8192)
def person_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without leading honorifics and without degrees after a comma."""
    titles = vocabulary().leading_name_titles
    tokens = _raw_tokens(name.split(",", 1)[0])
    while len(tokens) > 1 and tokens[0] in titles:
        tokens.pop(0)
    return tuple(tokens)


def person_matches(predicted: str, gold_forms: Iterable[str]) -> bool:
    """The same name tokens as one gold form, in any order ("Husein Achmad" too)."""
    tokens = set(person_tokens(predicted))
    return bool(tokens) and any(tokens == set(person_tokens(form)) for form in gold_forms)


def scope_similarity(predicted: str, gold: str) -> float:
    """Token Dice of two scope phrases; they match at SCOPE_MATCH_THRESHOLD or more."""
    return dice(name_tokens(predicted), name_tokens(gold))


def normalise_reference(number: str) -> str:
    return _WHITESPACE.sub(" ", number).strip()
