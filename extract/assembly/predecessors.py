"""Earlier agreements named by number: "menggantikan PKS Nomor X tanggal D", "maka Nota
Kesepahaman Nomor: A, Nomor: B tanggal D ... diakhiri". Each number group closed by its
"tanggal" date is a referenced agreement between the same parties as the record that
mentions it.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.candidates import Candidates, DateCandidate, Draft, FixedDate, Reference
from extract.vocabulary import triggers, words_pattern


@lru_cache(maxsize=1)
def _cue() -> regex.Pattern:
    return regex.compile(rf"\b(?:{words_pattern(triggers().predecessor_cues)})\b", regex.IGNORECASE)


def _groups(found: Candidates, sentence_index: int) -> list[tuple[list[Reference], DateCandidate | None]]:
    """Reference numbers of one sentence, cut into groups by the date written after them."""
    numbers = sorted((r for r in found.references if r.sentence == sentence_index), key=lambda r: r.start)
    dates = sorted((d for d in found.dates if d.sentence == sentence_index and d.precision == "day"),
                   key=lambda d: d.start)
    groups, pending = [], []
    for number in numbers:
        closing = [d for d in dates if pending and pending[-1].end < d.start < number.start]
        if closing:
            groups.append((pending, closing[0]))
            pending = []
        pending.append(number)
    if pending:
        closing = [d for d in dates if d.start > pending[-1].end]
        groups.append((pending, closing[0] if closing else None))
    return groups


def predecessor_records(found: Candidates, drafts: list[Draft]) -> list[Draft]:
    """Referenced drafts for numbered earlier agreements, and the numbers they take away
    from the record that mentions them."""
    owned = {r.text for d in drafts if d.status == "referenced" for m in d.mentions
             for r in found.references if r.sentence == m.sentence.index}
    created = []
    for draft in drafts:
        if draft.status != "signed":
            continue
        for mention in draft.mentions:
            sentence = mention.sentence
            if not _cue().search(sentence.text):
                continue
            for numbers, when in _groups(found, sentence.index):
                texts = [n.text for n in numbers if n.text not in owned]
                if not texts:
                    continue
                fixed = FixedDate(when.value, when.text, (when.start, when.end, "predecessors:tanggal")) if when \
                    else FixedDate(None, None)
                terms = [t for t in found.triggers if t.sentence == sentence.index
                         and t.is_instrument and t.start < numbers[0].start]
                kind = terms[-1].type if terms else draft.type
                created.append(Draft([mention], kind, "referenced", list(draft.parties), fixed_date=fixed,
                                     fixed_references=tuple(texts)))
                draft.not_numbers.update(texts)
                owned.update(texts)
    return created
