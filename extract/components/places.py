"""Places: the dateline, gazetteer places and venues ("di Aula ...")."""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates, field_values, record_candidate
from extract.places import find_places, find_venues, parse_dateline


class PlaceFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        text = found.text
        dateline = parse_dateline(text)
        if dateline is not None:
            found.dateline = asdict(dateline)
        for sentence in found.relevant_sentences():
            for place in find_places(sentence.text):
                fields = {k: v for k, v in field_values(place).items() if k not in ("start", "end")}
                record_candidate(found.places, sentence, place.start, place.end, **fields)
            for start, end, venue in find_venues(sentence.text):
                record_candidate(found.venues, sentence, start, end, text=venue)
        return doc


@Language.factory("sepakat_places")
def make_place_finder(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()
