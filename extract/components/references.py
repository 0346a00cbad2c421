"""Reference numbers of agreements ("Nomor: 08/ORI-MOU/VII/2018")."""
from __future__ import annotations

from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Reference
from extract.components.state import candidates
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


class ReferenceFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        for sentence in found.relevant_sentences():
            for start, end, value in find_reference_numbers(sentence.text):
                found.references.append(Reference(start + sentence.start, end + sentence.start, value, sentence.index))
        return doc


@Language.factory("sepakat_references")
def make_reference_finder(nlp: Language, name: str) -> ReferenceFinder:
    return ReferenceFinder()
