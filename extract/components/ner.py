"""The statistical NER, run only on the sentences where the agreement logic needs it.

It proposes PER/ORG/LOC spans; the rules decide roles. Absent model or SEPAKAT_NO_NER=1:
the component does nothing and the pipeline is rules only.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extract.components.people import person_from_span
from extract.components.state import Candidates, Sentence, candidates
from extract.patterns import load_yaml
from extract.phrases import article_acronyms
from extract.ner.model import entities


_NAMES_PARTIES = regex.compile(r"\b(?:dengan|antara|bersama)\b", regex.IGNORECASE)


class EntityProposer:
    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Docs in order; the sentences of a whole batch of docs go to the model in one call
        (one sentence per call costs the model's per-batch overhead each time)."""
        for batch in minibatch(docs, size=batch_size):
            asked = [(doc, sentence) for doc in batch for sentence in _sentences_to_ask(doc)]
            spans = entities([sentence.text for _, sentence in asked])
            for (doc, sentence), found_spans in zip(asked, spans):
                found = candidates(doc)
                for start, end, label in found_spans:
                    entity = {"start": start + sentence.start, "end": end + sentence.start, "label": label,
                              "text": sentence.text[start:end], "sentence": sentence.index}
                    found.entities.append(entity)
                    if label == "PER":
                        _propose_person(found, sentence, entity)
            yield from batch


def _sentences_to_ask(doc: Doc) -> list:
    """Sentences the rules read where the model may add something: an agreement named with
    its counterpart ("MoU dengan/antara ...", not "MoU tersebut") where the rules found
    fewer than two bodies (parties), and sentences that say who signs or witnesses where the
    rules' grammar found nobody."""
    found = candidates(doc)
    strong = {t["sentence"] for t in found.triggers if t["strength"] == "strong"}
    bodies: dict[int, int] = {}
    for org in found.orgs:
        if not org["in_position"] and not org["weak"]:
            bodies[org["sentence"]] = bodies.get(org["sentence"], 0) + 1
    with_people = {p["sentence"] for p in found.people}
    wanted = []
    for sentence in found.relevant_sentences():
        if sentence.headline:
            continue
        names_parties = sentence.index in strong and bodies.get(sentence.index, 0) < 2 \
            and _NAMES_PARTIES.search(sentence.text)
        names_signers = sentence.index not in with_people and _says_who_signs().search(sentence.text)
        if names_parties or names_signers:
            wanted.append(sentence)
    return wanted


@lru_cache(maxsize=1)
def _says_who_signs() -> regex.Pattern:
    """The cues after which people sign or witness (patterns/people.yaml model_cues)."""
    cues = sorted({cue.lower() for cue in load_yaml("people.yaml")["model_cues"]}, key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(c) for c in cues) + r")\b", regex.IGNORECASE)


def _propose_person(found: Candidates, sentence: Sentence, entity: dict) -> None:
    """A PER span becomes a person candidate only where no rule candidate (person, position,
    body, place or venue) overlaps it: the rules keep priority. Titles and the position
    written before the name are read by the people grammar; roles are left to the rules."""
    taken = [(p["position_start"] if p["position_start"] is not None else p["start"],
              max(p["end"], p["position_end"] or 0))
             for p in found.people if p["sentence"] == sentence.index]
    taken += [(c["start"], c["end"]) for c in found.orgs + found.places + found.venues
              if c["sentence"] == sentence.index]
    if any(start < entity["end"] and entity["start"] < end for start, end in taken):
        return
    person = person_from_span(sentence.text, sentence.start, entity["start"], entity["end"],
                              article_acronyms(found.text))
    if person is None or len(person["name"]) < 3 or person["name"].isupper():
        return
    person.update(sentence=sentence.index, rule="ner")
    found.people.append(person)


@Language.factory("sepakat_ner")
def make_entity_proposer(nlp: Language, name: str) -> EntityProposer:
    return EntityProposer()
