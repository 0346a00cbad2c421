"""The statistical NER, run only on the sentences where the agreement logic needs it.

It proposes PER/ORG/LOC spans; the rules decide roles. Without the model the component does
nothing; with the option use_ner off (--no-ner, SEPAKAT_NO_NER=1) the pipeline has no NER
component at all.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extract.candidates import Candidates, Entity, Sentence
from extract.components.state import candidates
from extract.ner.model import entities
from extract.people import names_no_person, person_from_span
from extract.person_names import is_person_name_token
from extract.phrases import article_acronyms, lexicon
from extract.vocabulary import people, triggers, words_pattern


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
                    entity = Entity(start + sentence.start, end + sentence.start, label, sentence.text[start:end],
                                    sentence.index)
                    found.entities.append(entity)
                    if label == "PER":
                        _propose_person(found, sentence, entity)
            yield from batch


def _sentences_to_ask(doc: Doc) -> list[Sentence]:
    """Sentences the rules read that say who signs or witnesses, where the rules' grammar
    found nobody. (Also asking about agreement sentences where the rules found fewer than
    two bodies changed no field on the corpus or on real articles, at a third of the
    model's time; the model's ORG spans in the sentences asked still reach assembly.)"""
    found = candidates(doc)
    with_people = {p.sentence for p in found.people}
    return [s for s in found.relevant_sentences()
            if not s.headline and s.index not in with_people and _says_who_signs().search(s.text)]


@lru_cache(maxsize=1)
def _says_who_signs() -> regex.Pattern:
    """The cues after which people sign or witness (patterns/people.yaml model_cues) and the
    signing verbs (patterns/triggers.yaml)."""
    cues = {cue.lower() for cue in (*people().model_cues, *triggers().verb_words("signing"))}
    return regex.compile(rf"\b(?:{words_pattern(cues)})\b", regex.IGNORECASE)


def _propose_person(found: Candidates, sentence: Sentence, entity: Entity) -> None:
    """A PER span becomes a person candidate only where no rule candidate (person, position,
    body, place or venue) overlaps it: the rules keep priority. Titles and the position
    written before the name are read by the people grammar; roles are left to the rules."""
    taken = [p.extent for p in found.people if p.sentence == sentence.index]
    taken += [(c.start, c.end) for c in [*found.orgs, *found.places, *found.venues] if c.sentence == sentence.index]
    if found.dateline is not None:
        taken.append((found.dateline.start, found.dateline.end))  # "Abu Dhabi (ANTARA) -": the place of the report
    if any(start < entity.end and entity.start < end for start, end in taken):
        return
    known = article_acronyms(found.text)
    person = person_from_span(sentence.text, sentence.start, entity.start, entity.end, known)
    if person is None or len(person.name) < 3 or person.name.isupper() or names_no_person(person.name):
        return
    if person.position is None and " " not in person.name and not is_person_name_token(person.name) \
            and _joined_to_a_body(found, sentence, entity):
        return  # "Telkomsel dan Grab menandatangani ...": one unknown word joined to a body is a brand
    person.sentence, person.rule = sentence.index, "ner"
    found.people.append(person)


def _joined_to_a_body(found: Candidates, sentence: Sentence, entity: Entity) -> bool:
    """The span and a body of the sentence are joined by a body joiner ("Telkomsel dan Grab")."""
    joiners = lexicon().body_joiners
    for org in found.orgs:
        if org.sentence != sentence.index:
            continue
        between = found.text[org.end:entity.start] if org.end <= entity.start else found.text[entity.end:org.start]
        if between.strip().lower() in joiners:
            return True
    return False


@Language.factory("sepakat_ner")
def make_entity_proposer(nlp: Language, name: str) -> EntityProposer:
    return EntityProposer()
