"""The candidate store every component reads and writes: `doc._.sepakat`.

The store is an `extract.candidates.Candidates`: typed candidates with character offsets
into the article. `show_candidates(doc)` puts them all in one `doc.spans["sepakat"]` group,
on demand, so displaCy can show them.
"""
from __future__ import annotations

from spacy.tokens import Doc, SpanGroup

from extract.candidates import Candidates

SPAN_GROUP = "sepakat"

if not Doc.has_extension("sepakat"):
    Doc.set_extension("sepakat", default=None)


def candidates(doc: Doc) -> Candidates:
    if doc._.sepakat is None:
        doc._.sepakat = Candidates()
    return doc._.sepakat


# candidate slot -> span label in the `sepakat` group
_SHOWN_SLOTS = (("triggers", "TRIGGER"), ("people", "PERSON"), ("orgs", "ORG"), ("dates", "DATE"),
                ("places", "PLACE"), ("venues", "VENUE"), ("references", "REFERENCE"), ("scopes", "SCOPE"))


def show_candidates(doc: Doc) -> SpanGroup:
    """Every candidate of the article as a span in `doc.spans["sepakat"]` (signing verbs as
    SIGNING, positions as POSITION), for displaCy's span view. Built when asked for: no
    component reads the group, so the pipeline does not pay for it on every article."""
    found = candidates(doc)
    spans = []

    def add(start: int | None, end: int | None, label: str) -> None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand") if start is not None else None
        if span is not None:
            spans.append(span)

    for slot, label in _SHOWN_SLOTS:
        for entry in getattr(found, slot):
            add(entry.start, entry.end, "SIGNING" if getattr(entry, "kind", None) == "verb" else label)
    for person in found.people:
        add(person.position_start, person.position_end, "POSITION")
    doc.spans[SPAN_GROUP] = sorted(spans, key=lambda span: (span.start, -span.end))
    return doc.spans[SPAN_GROUP]
