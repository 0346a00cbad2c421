"""The statistical NER, run only on the sentences where the agreement logic needs it.

It proposes PER/ORG/LOC spans; the rules decide roles. Absent model or SEPAKAT_NO_NER=1:
the component does nothing and the pipeline is rules only.
"""
from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates
from extract.ner.model import entities


_NAMES_PARTIES = regex.compile(r"\b(?:dengan|antara|bersama)\b", regex.IGNORECASE)


class EntityProposer:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        strong = {t["sentence"] for t in found.triggers if t["strength"] == "strong"}
        bodies: dict[int, int] = {}
        for org in found.orgs:
            if not org["in_position"] and not org["weak"]:
                bodies[org["sentence"]] = bodies.get(org["sentence"], 0) + 1
        # the model is asked only where an agreement is named with its counterpart ("MoU
        # dengan/antara ...", not "MoU tersebut") and the rules found fewer than two bodies
        sentences = [s for s in found.relevant_sentences()
                     if s.index in strong and bodies.get(s.index, 0) < 2 and not s.headline
                     and _NAMES_PARTIES.search(s.text)]
        for sentence, spans in zip(sentences, entities([s.text for s in sentences])):
            for start, end, label in spans:
                found.entities.append({"start": start + sentence.start, "end": end + sentence.start,
                                       "label": label, "text": sentence.text[start:end],
                                       "sentence": sentence.index})
        return doc


@Language.factory("sepakat_ner")
def make_entity_proposer(nlp: Language, name: str) -> EntityProposer:
    return EntityProposer()
