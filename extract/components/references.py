"""Reference numbers of agreements ("Nomor: 08/ORI-MOU/VII/2018")."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Reference
from extract.components.state import candidates
from extract.reference_numbers import find_reference_numbers


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
