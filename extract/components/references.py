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
def _rules() -> tuple[regex.Pattern, regex.Pattern, tuple[str, ...]]:
    data = references()
    introducers = "|".join(data.introducers)
    number = regex.compile(rf"\b(?i:{introducers})\s*[:.]?\s*({data.number})")
    return number, regex.compile(data.year_suffix), data.regulation_words


def find_reference_numbers(text: str) -> list[tuple[int, int, str]]:
    number, year_suffix, regulation_words = _rules()
    found = []
    for match in number.finditer(text):
        value = match.group(1).rstrip(".-/")
        if "/" not in value and not (regex.search(r"\p{L}", value) and regex.search(r"[.\-]", value)):
            continue
        before = text[max(0, match.start() - 40):match.start()].lower()
        if any(regex.search(rf"\b{regex.escape(word)}\s*$", before) for word in regulation_words):
            continue
        start, end = match.start(1), match.start(1) + len(value)
        if not regex.search(r"(?:19|20)\d\d", value):
            suffix = year_suffix.match(text, end)
            if suffix:
                end = suffix.end()
        found.append((start, end, " ".join(text[start:end].split())))
    return found


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
