"""People and their positions in the sentences the agreement logic reads (grammar: extract/people.py)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates
from extract.people import find_people, take_body_words_back
from extract.phrases import article_acronyms


class PeopleFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        known = article_acronyms(found.text)
        for sentence in found.relevant_sentences():
            if sentence.headline:
                continue
            for person in find_people(sentence.text, sentence.start, known, found.offices):
                person.sentence = sentence.index
                take_body_words_back(person, found.text)
                found.people.append(person)
        for sentence in found.sentences:
            if sentence.excluded == "caption":  # who a photo shows signing (read only when the text names no one)
                for person in find_people(sentence.text, sentence.start, known):
                    person.sentence = sentence.index
                    found.caption_people.append(person)
        return doc


@Language.factory("sepakat_people")
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder()
