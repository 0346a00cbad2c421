"""The statistical NER, run only on the sentences where the agreement logic needs it.

It proposes PER/ORG/LOC spans; the rules decide roles. Absent model or SEPAKAT_NO_NER=1:
the component does nothing and the pipeline is rules only.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extract.components.state import candidates
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
                    found.entities.append({"start": start + sentence.start, "end": end + sentence.start,
                                           "label": label, "text": sentence.text[start:end],
                                           "sentence": sentence.index})
            yield from batch


def _sentences_to_ask(doc: Doc) -> list:
    """The model is asked only where an agreement is named with its counterpart ("MoU
    dengan/antara ...", not "MoU tersebut") and the rules found fewer than two bodies."""
    found = candidates(doc)
    strong = {t["sentence"] for t in found.triggers if t["strength"] == "strong"}
    bodies: dict[int, int] = {}
    for org in found.orgs:
        if not org["in_position"] and not org["weak"]:
            bodies[org["sentence"]] = bodies.get(org["sentence"], 0) + 1
    return [s for s in found.relevant_sentences()
            if s.index in strong and bodies.get(s.index, 0) < 2 and not s.headline
            and _NAMES_PARTIES.search(s.text)]


@Language.factory("sepakat_ner")
def make_entity_proposer(nlp: Language, name: str) -> EntityProposer:
    return EntityProposer()
