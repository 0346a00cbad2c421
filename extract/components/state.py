"""The candidate store every component reads and writes: `doc._.sepakat`.

Components pass plain dicts (start/end character offsets, text, label, attributes);
records are built from them at the end. `show_candidates(doc)` puts them all in one
`doc.spans["sepakat"]` group, on demand, so displaCy can show them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

from spacy.tokens import Doc, SpanGroup

SPAN_GROUP = "sepakat"


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    excluded: str | None = None
    relevant: bool = False
    paragraph: int = 0
    headline: bool = False  # a title-case line: capitalisation says nothing about names there


@dataclass
class Candidates:
    """Everything found in one article, keyed by slot."""

    text: str = ""  # the article (doc.text is rebuilt from tokens on every access)
    sentences: list[Sentence] = field(default_factory=list)
    dateline: dict | None = None
    triggers: list[dict] = field(default_factory=list)
    orgs: list[dict] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    people: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    venues: list[dict] = field(default_factory=list)
    scopes: list[dict] = field(default_factory=list)
    references: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)

    def relevant_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if s.relevant and not s.excluded]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


if not Doc.has_extension("sepakat"):
    Doc.set_extension("sepakat", default=None)


def candidates(doc: Doc) -> Candidates:
    if doc._.sepakat is None:
        doc._.sepakat = Candidates()
    return doc._.sepakat


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def field_values(finding) -> dict:
    """A flat dataclass (a date or place mention) as a dict of its fields: what
    dataclasses.asdict gives for flat ones, without its deep copy of every value."""
    return {name: getattr(finding, name) for name in _field_names(type(finding))}


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
            add(entry["start"], entry["end"], "SIGNING" if entry.get("kind") == "verb" else label)
            if slot == "people":
                add(entry["position_start"], entry["position_end"], "POSITION")
    doc.spans[SPAN_GROUP] = sorted(spans, key=lambda span: (span.start, -span.end))
    return doc.spans[SPAN_GROUP]


def record_candidate(slot: list[dict], sentence: Sentence, start: int, end: int, **fields) -> dict:
    """Store a candidate found in a sentence (offsets relative to the sentence) with
    offsets into the article."""
    entry = {**fields, "start": start + sentence.start, "end": end + sentence.start, "sentence": sentence.index}
    slot.append(entry)
    return entry
