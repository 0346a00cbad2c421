"""Places: the dateline, gazetteer places and venues ("di Aula ...")."""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import add_span, candidates
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
                entry = asdict(place)
                entry.update(start=place.start + sentence.start, end=place.end + sentence.start,
                             sentence=sentence.index)
                found.places.append(entry)
                add_span(doc, entry["start"], entry["end"], "PLACE")
            for start, end, venue in find_venues(sentence.text):
                found.venues.append({"start": start + sentence.start, "end": end + sentence.start,
                                     "text": venue, "sentence": sentence.index})
                add_span(doc, start + sentence.start, end + sentence.start, "VENUE")
        return doc


@Language.factory("sepakat_places")
def make_place_finder(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()
