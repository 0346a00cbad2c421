"""Which record a scope list or a reference number belongs to, when several share sentences,
and which of a record's scope items name an area of their own."""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.assembly.evidence import evidence
from extract.candidates import Candidates, Draft
from extract.vocabulary import scopes as scope_vocabulary


def _owner(offset: int, sentence: int, drafts: list[Draft]) -> Draft | None:
    """The draft whose mention in this sentence comes last before the offset."""
    owner, best = None, -1
    for draft in drafts:
        for mention in draft.mentions:
            if mention.sentence.index == sentence and best < mention.start <= offset:
                owner, best = draft, mention.start
    return owner


def _scope_sentences(draft: Draft, drafts: list[Draft], found: Candidates) -> set[int]:
    """Scope lists belong to the record(s) whose mention last precedes them; drafts of one
    enumerated signing share their mentions and so share the scopes."""
    own = set()
    for scope_sentence in {s.sentence for s in found.scopes}:
        latest = {i: max((m.sentence.index for m in d.mentions if m.sentence.index <= scope_sentence), default=-1)
                  for i, d in enumerate(drafts)}
        best = max(latest.values(), default=-1)
        if best >= 0 and any(d is draft and latest[i] == best for i, d in enumerate(drafts)):
            own.add(scope_sentence)
    return own


def distinct_areas(items: list[str]) -> list[int]:
    """Indices of the items of one record worth keeping: each area once, and none whose words
    all stand in another item ("promosi wisata" beside "kerja sama promosi wisata")."""
    connectors = _connectors()
    words = [frozenset(regex.findall(r"[\w/-]+", item.lower())) - connectors for item in items]
    return [i for i, own in enumerate(words)
            if not any(own < other or (own == other and j < i) for j, other in enumerate(words) if j != i)]


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    connectors = scope_vocabulary().last_item_connectors
    return frozenset(word for connector in connectors for word in connector.lower().split())


def read_scopes(found: Candidates, draft: Draft, drafts: list[Draft]) -> tuple[list[dict], list[dict]]:
    """(scopes, evidence) of a draft."""
    own = _scope_sentences(draft, drafts, found)
    scopes = [s for s in found.scopes if s.sentence in own]
    scopes = [scopes[i] for i in distinct_areas([s.text for s in scopes])]
    entries = [evidence(found, f"scopes[{index}]", scope.text, scope.start, scope.end, "scopes:list")
               for index, scope in enumerate(scopes)]
    return [{"text": s.text, "category": s.category} for s in scopes], entries


def read_references(found: Candidates, draft: Draft, drafts: list[Draft]) -> tuple[list[str], list[dict]]:
    """(reference numbers, evidence) of a draft: its own numbers, or those a rule fixed."""
    if draft.fixed_references is not None:
        references = [r for r in found.references if r.text in draft.fixed_references]
    else:
        references = [r for r in found.references if _owner(r.start, r.sentence, drafts) is draft
                      and r.text not in draft.not_numbers]
    entries = [evidence(found, f"reference_numbers[{index}]", reference.text, reference.start, reference.end,
                        "references:nomor") for index, reference in enumerate(references)]
    return list(dict.fromkeys(r.text for r in references)), entries
