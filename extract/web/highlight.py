"""The article as highlighted HTML, built from the records' evidence offsets.

Every fact a record reports carries `evidence` (character offsets of the fact and of its
sentence). The page shows the article with each fact marked by kind and each evidence
sentence wrapped in an element with an id, so a card can link to it (`#ev-N`). The HTML
is built here from escaped segments; the article text is never trusted as markup.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# Kinds shown on the page, in legend order, with their labels.
KIND_LABELS: dict[str, str] = {
    "trigger": "agreement trigger",
    "party": "party",
    "person": "person",
    "position": "position",
    "date": "date",
    "place": "place",
    "scope": "scope",
    "reference": "reference number",
}

# Record field path (indexes replaced by [*]) → kind; the first matching pattern wins.
_FIELD_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"^(signatories|witnesses)\[\*\]\.position$", "position"),
        (r"^(signatories|witnesses)\[\*\](\.(name|titles(\[\*\])?))?$", "person"),
        (r"^parties\[\*\](\..*)?$", "party"),
        (r"^date(_text)?$", "date"),
        (r"^location(\..*)?$", "place"),
        (r"^scopes\[\*\](\..*)?$", "scope"),
        (r"^reference_numbers\[\*\]$", "reference"),
        (r"^(type|trigger|status)$", "trigger"),
    )
)
_INDEX = re.compile(r"\[\d+\]")


def kind_of_field(field_path: str) -> str | None:
    """The highlight kind of an evidence field path, or None when it is not shown."""
    generic = _INDEX.sub("[*]", field_path.strip())
    for pattern, kind in _FIELD_KINDS:
        if pattern.match(generic):
            return kind
    return None


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of the article with what it shows."""

    start: int
    end: int
    kind: str
    label: str = ""


@dataclass
class Highlighted:
    """The article rendered, plus the mapping the cards need to link into it."""

    html: Markup
    # (record index, evidence index) → id of the sentence element it points at.
    sentence_ids: dict[tuple[int, int], str] = field(default_factory=dict)
    kinds_present: list[str] = field(default_factory=list)
    sentence_count: int = 0


def _clamp(start: int, end: int, length: int) -> tuple[int, int] | None:
    start, end = max(0, min(start, length)), max(0, min(end, length))
    return (start, end) if start < end else None


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans in text order: longest first wins, ties go to the earliest.

    A span that overlaps an already accepted one is dropped whole rather than cut, so a
    highlight always covers a complete fact.
    """
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.kind))
    accepted: list[Span] = []
    for span in ordered:
        if span.end <= span.start:
            continue
        if all(span.end <= other.start or span.start >= other.end for other in accepted):
            accepted.append(span)
    return sorted(accepted, key=lambda s: s.start)


def fact_spans(records: Sequence[dict], text_length: int) -> list[Span]:
    """One span per evidence entry whose field has a highlight kind, clamped to the text."""
    spans = []
    for record in records:
        for evidence in record.get("evidence") or []:
            kind = kind_of_field(str(evidence.get("field", "")))
            bounds = _clamp(int(evidence.get("start", 0)), int(evidence.get("end", 0)), text_length)
            if kind is None or bounds is None:
                continue
            spans.append(Span(*bounds, kind=kind, label=str(evidence.get("field", ""))))
    return spans


def _sentence_bounds(evidence: dict, text_length: int) -> tuple[int, int] | None:
    return _clamp(
        int(evidence.get("sentence_start", 0)), int(evidence.get("sentence_end", 0)), text_length
    )


def sentence_spans(
    records: Sequence[dict], text_length: int, first_number: int = 1
) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """Evidence sentences as non-overlapping spans with ids `ev-N`, and evidence → id.

    Sentences from one segmentation never overlap; if two evidence entries disagree about
    a sentence, the longer one is shown and the other entry links to it. Numbering starts
    at `first_number` so several articles on one page keep ids unique.
    """
    candidates = {
        bounds
        for record in records
        for evidence in record.get("evidence") or []
        if (bounds := _sentence_bounds(evidence, text_length)) is not None
    }
    kept = resolve_overlaps(Span(start, end, kind="sentence") for start, end in candidates)
    numbered = [
        Span(span.start, span.end, kind="sentence", label=f"ev-{number}")
        for number, span in enumerate(kept, start=first_number)
    ]
    links: dict[tuple[int, int], str] = {}
    for record_index, record in enumerate(records):
        for evidence_index, evidence in enumerate(record.get("evidence") or []):
            bounds = _sentence_bounds(evidence, text_length)
            if bounds is None:
                continue
            target = next(
                (s for s in numbered if s.start < bounds[1] and bounds[0] < s.end), None
            )
            if target is not None:
                links[(record_index, evidence_index)] = target.label
    return numbered, links


def render_spans(text: str, facts: Sequence[Span], sentences: Sequence[Span] = ()) -> Markup:
    """Escaped HTML of `text` with facts as <mark> and sentences as <span id=...>.

    Both span lists must be non-overlapping within themselves (see `resolve_overlaps`).
    A fact crossing a sentence edge is split in two marks so the HTML nests correctly.
    """
    boundaries = {0, len(text)}
    for span in (*facts, *sentences):
        boundaries.update((span.start, span.end))
    cuts = sorted(b for b in boundaries if 0 <= b <= len(text))

    def covering(spans: Sequence[Span], position: int) -> Span | None:
        return next((s for s in spans if s.start <= position < s.end), None)

    parts: list[str] = []
    open_sentence: Span | None = None
    open_fact: Span | None = None
    for left, right in zip(cuts, cuts[1:]):
        sentence, fact = covering(sentences, left), covering(facts, left)
        if fact is not open_fact and open_fact is not None:
            parts.append("</mark>")
            open_fact = None
        if sentence is not open_sentence:
            if open_fact is not None:
                parts.append("</mark>")
                open_fact = None
            if open_sentence is not None:
                parts.append("</span>")
            if sentence is not None:
                parts.append(
                    f'<span class="ev-sentence" id="{escape(sentence.label)}"'
                    f' data-start="{sentence.start}" data-end="{sentence.end}">'
                )
            open_sentence = sentence
        if fact is not None and open_fact is None:
            parts.append(
                f'<mark class="fact fact--{escape(fact.kind)}" data-kind="{escape(fact.kind)}"'
                f' data-field="{escape(fact.label)}" data-start="{fact.start}"'
                f' data-end="{fact.end}">'
            )
            open_fact = fact
        parts.append(str(escape(text[left:right])))
    if open_fact is not None:
        parts.append("</mark>")
    if open_sentence is not None:
        parts.append("</span>")
    return Markup("".join(parts))


def highlight_article(text: str, records: Sequence[dict], first_number: int = 1) -> Highlighted:
    """The article with every reported fact highlighted and every evidence sentence linkable."""
    facts = resolve_overlaps(fact_spans(records, len(text)))
    sentences, links = sentence_spans(records, len(text), first_number)
    present = {span.kind for span in facts}
    return Highlighted(
        html=render_spans(text, facts, sentences),
        sentence_ids=links,
        kinds_present=[kind for kind in KIND_LABELS if kind in present],
        sentence_count=len(sentences),
    )
