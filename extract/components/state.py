"""The candidate store every component reads and writes: `doc._.sepakat`.

Components pass plain dicts (start/end character offsets, text, label, attributes);
records are built from them at the end. Candidate spans are also put in one
`doc.spans["sepakat"]` group so displaCy and the web page can show them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

from spacy.tokens import Doc

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


def add_span(doc: Doc, start: int, end: int, label: str) -> None:
    """Show a candidate in the `sepakat` span group (char offsets snapped to tokens)."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        group = doc.spans.setdefault(SPAN_GROUP, [])
        group.append(span)


def record_candidate(doc: Doc, slot: list[dict], sentence: Sentence, start: int, end: int,
                     label: str, **fields) -> dict:
    """Store a candidate found in a sentence (offsets relative to the sentence) with
    offsets into the article, and show it in the span group."""
    entry = {**fields, "start": start + sentence.start, "end": end + sentence.start, "sentence": sentence.index}
    slot.append(entry)
    add_span(doc, entry["start"], entry["end"], label)
    return entry
