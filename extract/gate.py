"""The relevance gate: after the prefilter, a cheap test of whether an article can hold an
agreement record at all, before the full pipeline runs on it.

The prefilter lets through every article with an agreement cue word; in ordinary news that
is half of them, because "kerja sama", "sepakat" and PKS (the party) are everyday words.
A record needs more: an instrument named (MoU, nota kesepahaman, perjanjian kerja sama...),
or an everyday instrument word with agreement context in its sentence ("naskah PKS", not
"Fraksi PKS"), or a signing word with what is signed ("menandatangani kerja sama").
Vocabulary: the instrument terms, cooperation words and signing verbs of
patterns/triggers.yaml, and patterns/gate.yaml.

No spaCy: whole words found by substring search on the lower-cased text (as fast as the
prefilter), sentences cut at end punctuation and line breaks, except after the
abbreviations that never end a sentence ("Kab.", "Drs.").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from extract import vocabulary as pattern_files
from extract.patterns import PatternFileError
from extract.prefilter import spelling_variants

GATE_FILE = "gate.yaml"
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*\s+|\n")


@dataclass(frozen=True, slots=True)
class Words:
    """A word list and its spelling variants, found as whole words, with few scans of the
    text: variants are grouped by their first word, and first words under the shortest
    first word they contain ("tanda" screens "menandatangani", "ditandatangani"...); a
    group is searched only when its screen and its first word occur."""

    screens: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Words:
        grouped: dict[str, list[str]] = {}
        for word in words:
            grouped.setdefault(word.split()[0], []).extend(spelling_variants(word))
        heads = sorted(grouped, key=len)
        screened: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for head in heads:
            screen = next(other for other in heads if other in head)
            screened.setdefault(screen, []).append((head, tuple(dict.fromkeys(grouped[head]))))
        return cls(tuple((screen, tuple(groups)) for screen, groups in screened.items()))

    def positions(self, lowered: str, first_only: bool = False) -> list[tuple[int, str]]:
        """(offset, word) of whole-word occurrences: all of them, or the first one found."""
        found = []
        for screen, groups in self.screens:
            if screen not in lowered:
                continue
            for head, variants in groups:
                if head is not screen and head not in lowered:
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
    """patterns/gate.yaml and the words of triggers.yaml it builds on, once per process."""
    from extract.phrases import abbreviations

    triggers, listed = pattern_files.triggers(), pattern_files.gate()
    instruments = {term.text.lower() for term in triggers.terms if term.purpose == "instrument"}
    everyday = {word.lower() for word in listed.everyday_instruments}
    if everyday - instruments:
        raise PatternFileError(f"{GATE_FILE}: everyday_instruments {sorted(everyday - instruments)} are no "
                               "instrument terms of triggers.yaml")
    return GateVocabulary(
        instruments=Words.of(sorted(instruments - everyday)),
        everyday=Words.of(sorted(everyday)),
        context=Words.of(word.lower() for word in listed.agreement_context),
        signing=Words.of(word.lower() for word in triggers.verb_words("signing") + triggers.verb_words("signing_word")),
        signed=Words.of(term.text.lower() for term in triggers.terms if term.purpose == "cooperation"),
        no_break_after=frozenset(word.lower() for word in abbreviations()),
    )


def _one_sentence(lowered: str, first: tuple[int, str], second: tuple[int, str],
                  no_break_after: frozenset[str]) -> bool:
    """No sentence ends between two words found (a period after an abbreviation ends none)."""
    (start_a, word_a), (start_b, word_b) = sorted((first, second))
    for end in _SENTENCE_END.finditer(lowered, start_a + len(word_a), start_b):
        if end.group().startswith("."):
            word_start = max(lowered.rfind(" ", 0, end.start()), lowered.rfind("\n", 0, end.start())) + 1
            if lowered[word_start:end.start() + 1] in no_break_after:
                continue
        return False
    return True


def _partner(lowered: str, anchor: tuple[int, str], partners: list[tuple[int, str]],
             no_break_after: frozenset[str]) -> str | None:
    """The first of `partners` (sorted) in the anchor's sentence. Walks outwards from the
    anchor and stops on each side at the first one in another sentence: those further out
    are in other sentences too."""
    split = bisect_left(partners, anchor)
    found = None
    for index in range(split - 1, -1, -1):
        if not _one_sentence(lowered, partners[index], anchor, no_break_after):
            break
        found = partners[index][1]
    if found is not None:
        return found
    for index in range(split, len(partners)):
        if partners[index] == anchor:
            continue
        return partners[index][1] if _one_sentence(lowered, anchor, partners[index], no_break_after) else None
    return None


def relevant_cue(text: str) -> str | None:
    """Why the article may hold a record ("instrument 'mou'", "'pks' with 'naskah'"), or None."""
    words = vocabulary()
    lowered = text.lower()
    instruments = words.instruments.positions(lowered, first_only=True)
    if instruments:
        return f"instrument {instruments[0][1]!r}"
    everyday = sorted(words.everyday.positions(lowered))
    signing = sorted(words.signing.positions(lowered))
    if not everyday and not signing:
        return None
    context = sorted(words.context.positions(lowered)) if everyday else []
    signed = sorted(words.signed.positions(lowered)) if signing else []
    stops = words.no_break_after
    for anchor in sorted(everyday + signing):
        if anchor in everyday:
            partner = _partner(lowered, anchor, context, stops) or _partner(lowered, anchor, signing, stops)
        else:
            partner = _partner(lowered, anchor, signed, stops) or _partner(lowered, anchor, everyday, stops)
        if partner:
            return f"{anchor[1]!r} with {partner!r}"
    return None


def may_hold_record(text: str) -> bool:
    """True when the article names an instrument, or has an everyday instrument word with
    agreement context, or a signing word with what is signed, in one sentence."""
    return relevant_cue(text) is not None
