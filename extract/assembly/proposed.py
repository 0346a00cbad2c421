"""Bodies the statistical NER proposes, taken only where the rules found too few."""
from __future__ import annotations

from extract.assembly.cues import agreement_vocabulary
from extract.candidates import Candidates, Organisation, Sentence
from extract.organisations import not_a_party


def model_bodies(found: Candidates, sentence: Sentence) -> list[Organisation]:
    """ORG entities of the sentence as bodies. The rules keep priority: nothing that
    overlaps a rule body (but an unknown acronym), a person, a position, a venue or a place
    is taken."""
    if sentence.headline:
        return []
    # an acronym nothing defines or knows gives way to the entity that spells it out ("IHH" in
    # "IHH Healthcare Singapore")
    taken = [(o.start, o.end) for o in found.orgs if o.sentence == sentence.index and not o.weak]
    taken += [p.extent for p in found.people if p.sentence == sentence.index]
    taken += [(v.start, v.end) for v in [*found.venues, *found.places] if v.sentence == sentence.index]
    proposed = []
    for entity in found.entities:
        if entity.sentence != sentence.index or entity.label != "ORG":
            continue
        if any(start < entity.end and entity.start < end for start, end in taken):
            continue
        org = Organisation(entity.start, entity.end, entity.text, entity.text, None, "ner", sentence.index)
        # an entity holding agreement vocabulary is a misread, not a body
        if agreement_vocabulary().search(entity.text) or not_a_party(found, sentence, org) \
                or (len(entity.text.split()) < 2 and entity.text not in found.acronyms):
            continue
        proposed.append(org)
    return proposed
