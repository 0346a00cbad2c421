"""The statistical NER, run only on the sentences the agreement logic looks at.

It proposes PER/ORG/LOC spans; the rules decide roles. Absent model or SEPAKAT_NO_NER=1:
the component does nothing and the pipeline is rules only.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.state import candidates
from extract.ner.model import entities


class EntityProposer:
    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        sentences = [s for s in found.relevant_sentences() if any(t["sentence"] == s.index
                                                                  for t in found.triggers)]
        for sentence, spans in zip(sentences, entities([s.text for s in sentences])):
            for start, end, label in spans:
                found.entities.append({"start": start + sentence.start, "end": end + sentence.start,
                                       "label": label, "text": sentence.text[start:end],
                                       "sentence": sentence.index})
        return doc


@Language.factory("sepakat_ner")
def make_entity_proposer(nlp: Language, name: str) -> EntityProposer:
    return EntityProposer()
