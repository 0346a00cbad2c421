"""The relevance gate: after the prefilter, a cheap test of whether an article can hold an
agreement record at all, before the full pipeline runs on it.

The prefilter lets through every article with an agreement cue word; in ordinary news that
is half of them, because "kerja sama", "sepakat" and PKS (the party) are everyday words.
A record needs more: an instrument named (MoU, nota kesepahaman, perjanjian kerja sama...),
or an everyday instrument word with agreement context in its sentence ("naskah PKS", not
"Fraksi PKS"), or a signing word with what is signed ("menandatangani kerja sama").
Vocabulary: the strong terms of patterns/triggers.yaml and patterns/gate.yaml.

No spaCy: whole words found by substring search on the lower-cased text (as fast as the
prefilter), sentences cut at end punctuation and line breaks, except after the
abbreviations that never end a sentence ("Kab.", "Drs.").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from extract.patterns import PatternFileError, load_yaml
from extract.prefilter import spelling_variants

GATE_FILE = "gate.yaml"
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*\s+|\n")


@dataclass(frozen=True, slots=True)
class Words:
    """A word list and its spelling variants, found as whole words. Variants are grouped by
    their first word: one substring scan for it, the variants only when it occurs."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Words:
        grouped: dict[str, list[str]] = {}
        for word in words:
            grouped.setdefault(word.split()[0], []).extend(spelling_variants(word))
        return cls(tuple((head, tuple(dict.fromkeys(variants))) for head, variants in grouped.items()))

    def positions(self, lowered: str, first_only: bool = False) -> list[tuple[int, str]]:
        """(offset, word) of whole-word occurrences: all of them, or the first one found."""
        found = []
        for head, variants in self.groups:
            if head not in lowered:
                continue
            for variant in variants:
                start = lowered.find(variant)
                while start != -1:
                    end = start + len(variant)
                    if (start == 0 or not lowered[start - 1].isalnum()) \
                            and (end == len(lowered) or not lowered[end].isalnum()):
                        found.append((start, variant))
                        if first_only:
                            return found
                    start = lowered.find(variant, start + 1)
        return found


@dataclass(frozen=True, slots=True)
class GateVocabulary:
    instruments: Words
    everyday: Words
    context: Words
    signing: Words
    signed: Words
    no_break_after: frozenset[str]


@lru_cache(maxsize=1)
def vocabulary() -> GateVocabulary:
    """patterns/gate.yaml and the strong terms of triggers.yaml, checked once per process."""
    from extract.phrases import abbreviations

    data = load_yaml(GATE_FILE) or {}
    lists = {}
    for key in ("everyday_instruments", "agreement_context", "signing", "signed"):
        entries = data.get(key)
        if not entries or not all(isinstance(entry, str) and entry.strip() for entry in entries):
            raise PatternFileError(f"{GATE_FILE}: {key!r} must be a non-empty list of strings")
        lists[key] = [entry.lower() for entry in entries]
    everyday = set(lists["everyday_instruments"])
    strong = [term["text"].lower() for term in load_yaml("triggers.yaml")["terms"] if term["strength"] == "strong"]
    return GateVocabulary(
        instruments=Words.of(term for term in strong if term not in everyday),
        everyday=Words.of(everyday),
        context=Words.of(lists["agreement_context"]),
        signing=Words.of(lists["signing"]),
        signed=Words.of(lists["signed"]),
        no_break_after=frozenset(word.lower() for word in abbreviations()),
    )


def _sentence_starts(lowered: str, no_break_after: frozenset[str]) -> list[int]:
    """Offsets where sentences start; a period after an abbreviation ends none."""
    starts = [0]
    for end in _SENTENCE_END.finditer(lowered):
        if end.group().startswith("."):
            word_start = max(lowered.rfind(" ", 0, end.start()), lowered.rfind("\n", 0, end.start())) + 1
            if lowered[word_start:end.start() + 1] in no_break_after:
                continue
        starts.append(end.end())
    return starts


def relevant_cue(text: str) -> str | None:
    """Why the article may hold a record ("instrument 'mou'", "'pks' with 'naskah'"), or None."""
    words = vocabulary()
    lowered = text.lower()
    instruments = words.instruments.positions(lowered, first_only=True)
    if instruments:
        return f"instrument {instruments[0][1]!r}"
    everyday = words.everyday.positions(lowered)
    signing = words.signing.positions(lowered)
    if not everyday and not signing:
        return None
    starts = _sentence_starts(lowered, words.no_break_after)

    def by_sentence(found: list[tuple[int, str]]) -> dict[int, str]:
        sentences: dict[int, str] = {}
        for offset, word in sorted(found):
            sentences.setdefault(bisect_right(starts, offset), word)
        return sentences

    everyday_in, signing_in = by_sentence(everyday), by_sentence(signing)
    context_in = by_sentence(words.context.positions(lowered)) if everyday else {}
    signed_in = by_sentence(words.signed.positions(lowered)) if signing else {}
    for sentence in sorted(everyday_in.keys() | signing_in.keys()):
        if sentence in everyday_in:
            context = context_in.get(sentence) or signing_in.get(sentence)
            if context:
                return f"{everyday_in[sentence]!r} with {context!r}"
        if sentence in signing_in:
            signed = signed_in.get(sentence) or everyday_in.get(sentence)
            if signed:
                return f"{signing_in[sentence]!r} with {signed!r}"
    return None


def may_hold_record(text: str) -> bool:
    """True when the article names an instrument, or has an everyday instrument word with
    agreement context, or a signing word with what is signed, in one sentence."""
    return relevant_cue(text) is not None
