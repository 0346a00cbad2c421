"""How institution names are compared: the keys of a name (patterns/institutions/name_keys.yaml).

Two surface forms name the same body when they share a key: lower-cased words, punctuation
removed, "&" read as "dan", word expansions applied ("HAM" -> "hak asasi manusia"), and for
a national body or company also without legal-form words and without a trailing "RI".
The gazetteer (extract/gazetteer.py) and canonicalization (extract/institutions.py) both
key names this way, so a name found in one is found in the other.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

from extract.patterns import load_yaml

_PAREN = regex.compile(r"\s*\((?![Pp]ersero\))[^()]*\)")
_SPACES = regex.compile(r"\s+")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_EDGE_PUNCT = "\"'“”‘’«»,;:.-–— \t\n"


@dataclass(frozen=True, slots=True)
class KeyRules:
    expansions: Mapping[str, tuple[str, ...]]
    dropped: frozenset[str]
    company_noise: frozenset[str]
    trailing_state: tuple[tuple[str, ...], ...]
    function_words: frozenset[str]


@lru_cache(maxsize=1)
def key_rules() -> KeyRules:
    data = load_yaml("institutions/name_keys.yaml")
    return KeyRules(
        MappingProxyType({word: tuple(value.split()) for word, value in data["expansions"].items()}),
        frozenset(data["dropped"]), frozenset(data["company_noise"]),
        tuple(tuple(ending.split()) for ending in data["trailing_state"]),
        frozenset(data["acronym_function_words"]),
    )


def clean_name(name: str) -> str:
    """The name as written, minus inserted "(ACRONYM)" groups and stray punctuation."""
    text = _PAREN.sub("", name)
    return collapse_spaces(text).strip(_EDGE_PUNCT)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def name_words(text: str) -> list[str]:
    """Lower-cased word tokens; '&' reads as 'dan', punctuation separates words."""
    rules = key_rules()
    words: list[str] = []
    for token in _NON_WORD.sub(" ", text.replace("&", " dan ").casefold()).split():
        if token not in rules.dropped:
            words.extend(rules.expansions.get(token, (token,)))
    return words


def name_key(text: str) -> str:
    return " ".join(name_words(text))


@lru_cache(maxsize=65536)
def body_keys(text: str) -> tuple[str, ...]:
    """Keys of a national body's name (none for a name without words): legal-form words
    dropped, plus a variant without a trailing "Republik Indonesia"/"RI" when that still
    leaves two words."""
    rules = key_rules()
    words = [w for w in name_words(text) if w not in rules.company_noise]
    if not words:
        return ()
    if words[:1] == ["pt"] and len(words) > 1:
        words = words[1:]
    keys = [" ".join(words)]
    for tail in rules.trailing_state:
        if len(words) > len(tail) and tuple(words[-len(tail):]) == tail:
            keys.append(" ".join(words[: -len(tail)]))
    return tuple(keys)
