"""Document numbers of agreements in running text ("Nomor: 08/ORI-MOU/VII/2018"), as spans.

Read by the reference component and by the scope reader, which must know an instrument's
own number ("nota kesepahaman Nomor 180/12/2024 tentang ...") from a regulation's.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.vocabulary import references


@lru_cache(maxsize=1)
def _rules() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, tuple[str, ...]]:
    data = references()
    introducers = "|".join(data.introducers)
    number = regex.compile(rf"\b(?i:{introducers})\s*[:.]?\s*({data.number})")
    joined = regex.compile(rf"\s*(?i:{'|'.join(regex.escape(word) for word in data.joiners)})\s+({data.number})")
    return number, joined, regex.compile(data.year_suffix), data.regulation_words


def find_reference_numbers(text: str) -> list[tuple[int, int, str]]:
    """Agreement numbers after an introducer ("Nomor ...") that no regulation word precedes, and
    the numbers joined to one by "dan", a semicolon or a dash ("bernomor 119/PKS/A/2022 dan
    523/B/2022": each party's own number of the same agreement)."""
    number, joined, year_suffix, regulation_words = _rules()
    found = []
    for match in number.finditer(text):
        before = text[max(0, match.start() - 40):match.start()].lower()
        if any(regex.search(rf"\b{regex.escape(word)}\s*$", before) for word in regulation_words):
            continue
        value = _number(text, match.start(1), match.group(1), year_suffix)
        while value is not None:
            found.append(value)
            following = joined.match(text, value[1])
            value = _number(text, following.start(1), following.group(1), year_suffix) \
                if following and "/" in following.group(1) else None
    return found


def _number(text: str, start: int, written: str, year_suffix: regex.Pattern) -> tuple[int, int, str] | None:
    """(start, end, value) of a document number as printed, with the "Tahun 2018" that follows
    one printed without its year; None for what is no document number ("Nomor 13 Tahun 2023")."""
    value = written.rstrip(".-/")
    if "/" not in value and not (regex.search(r"\p{L}", value) and regex.search(r"[.\-]", value)):
        return None
    end = start + len(value)
    if not regex.search(r"(?:19|20)\d\d", value):
        suffix = year_suffix.match(text, end)
        if suffix:
            end = suffix.end()
    return start, end, " ".join(text[start:end].split())
