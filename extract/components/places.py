"""Places: the dateline, gazetteer places and venues ("di Aula ...")."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.candidates import Place, Venue
from extract.components.state import candidates
from extract.places import find_places, find_venues, parse_dateline


class PlaceFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        text = found.text
        found.dateline = parse_dateline(text)
        # photo captions too: one showing the signing may be the only text that names its venue
        captions = [s for s in found.sentences if s.excluded == "caption"]
        for sentence in sorted([*found.relevant_sentences(), *captions], key=lambda s: s.index):
            for place in find_places(sentence.text):
                found.places.append(Place.found(place, sentence.start, sentence.index))
            for start, end, venue in find_venues(sentence.text):
                found.venues.append(Venue(start + sentence.start, end + sentence.start, venue, sentence.index))
        return doc


@Language.factory("sepakat_places")
def make_place_finder(nlp: Language, name: str) -> PlaceFinder:
    return PlaceFinder()
