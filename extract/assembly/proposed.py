"""Bodies the statistical NER proposes, taken only where the rules found too few."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.candidates import Candidates, Organisation, Sentence
from extract.organisations import not_a_party
from extract.vocabulary import trigger_lexicon


@lru_cache(maxsize=1)
def _agreement_vocabulary() -> regex.Pattern:
    """Agreement terms and signing verbs: an entity containing one is a misread, not a body."""
    lexicon = trigger_lexicon()
    words = sorted(list(lexicon["terms"]) + lexicon["verbs"], key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in words) + r")\b", regex.IGNORECASE)


def model_bodies(found: Candidates, sentence: Sentence) -> list[Organisation]:
    """ORG entities of the sentence as bodies. The rules keep priority: nothing that
    overlaps a rule body, a person, a position, a venue or a place is taken."""
    if sentence.headline:
        return []
    taken = [(o.start, o.end) for o in found.orgs if o.sentence == sentence.index]
    taken += [p.extent for p in found.people if p.sentence == sentence.index]
    taken += [(v.start, v.end) for v in [*found.venues, *found.places] if v.sentence == sentence.index]
    proposed = []
    for entity in found.entities:
        if entity.sentence != sentence.index or entity.label != "ORG":
            continue
        if any(start < entity.end and entity.start < end for start, end in taken):
            continue
        org = Organisation(entity.start, entity.end, entity.text, entity.text, None, "ner", sentence.index)
        if _agreement_vocabulary().search(entity.text) or not_a_party(found, sentence, org) \
                or (len(entity.text.split()) < 2 and entity.text not in found.acronyms):
            continue
        proposed.append(org)
    return proposed
