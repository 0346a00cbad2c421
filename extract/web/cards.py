"""What one agreement card shows: each fact with links to the sentences it came from.

The card's lines follow the field registry (extract/fields.py): a field with a `card` entry
is one line, with its label, shown by its kind.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from extract.fields import RECORD_FIELDS, CardRow


@dataclass(frozen=True)
class EvidenceLink:
    """Where a fact was read: the sentence element id and the fact's own offsets."""

    sentence_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One value on a card, with the evidence that supports it (first link is the main one)."""

    text: str
    kind: str
    links: tuple[EvidenceLink, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class PersonFact:
    name: Fact
    position: Fact | None
    party: str | None = None


@dataclass(frozen=True)
class CardLine:
    """One line of a card: a field's label, how it is shown (CardRow.kind) and its value:
    facts, people, one fact, a record number or a number."""

    field: str
    label: str
    kind: str
    value: object
    shown: bool = True


@dataclass
class Card:
    number: int
    type: str
    status: str
    title: str | None
    lines: list[CardLine] = field(default_factory=list)
    trigger: Fact | None = None
    json_text: str = ""

    def value(self, field_name: str) -> object:
        """The value the card shows for a record field."""
        return next(line.value for line in self.lines if line.field == field_name)


class _EvidenceIndex:
    """Evidence of one record looked up by field path (exact path or its sub-fields)."""

    def __init__(self, record: Mapping, record_index: int, sentence_ids: Mapping[tuple[int, int], str]):
        self._entries: list[tuple[str, EvidenceLink]] = []
        for evidence_index, evidence in enumerate(record.get("evidence") or []):
            sentence_id = sentence_ids.get((record_index, evidence_index))
            if sentence_id is None:
                continue
            link = EvidenceLink(sentence_id, int(evidence.get("start", 0)), int(evidence.get("end", 0)))
            self._entries.append((str(evidence.get("field", "")), link))

    def links(self, *paths: str) -> tuple[EvidenceLink, ...]:
        found: list[EvidenceLink] = []
        for path in paths:
            for field_path, link in self._entries:
                matches = field_path == path or field_path.startswith((path + ".", path + "["))
                if matches and link not in found:
                    found.append(link)
        return tuple(found)


def _person(
    person: Mapping, path: str, index: _EvidenceIndex, party_name: str | None = None
) -> PersonFact:
    titles = " ".join(person.get("titles") or [])
    name = Fact(
        text=str(person.get("name", "")),
        kind="person",
        links=index.links(f"{path}.name") or index.links(path),
        note=titles or None,
    )
    position = None
    if person.get("position"):
        position = Fact(str(person["position"]), "position", index.links(f"{path}.position"))
    return PersonFact(name=name, position=position, party=party_name)


def _party_note(party: Mapping) -> str | None:
    details = [
        str(party[key]) for key in ("acronym", "canonical") if party.get(key) and party[key] != party.get("name")
    ]
    if party.get("kind") and party["kind"] != "other":
        details.append(str(party["kind"]).replace("_", " "))
    return " · ".join(details) or None


def _party_name(record: Mapping, position: object) -> str | None:
    parties = record.get("parties") or []
    return str(parties[position].get("name", "")) if isinstance(position, int) and 0 <= position < len(parties) else None


def _parties(record: Mapping, name: str, index: _EvidenceIndex) -> list[Fact]:
    return [Fact(str(party.get("name", "")), "party", index.links(f"{name}[{i}]"), _party_note(party))
            for i, party in enumerate(record.get(name) or [])]


def _people(record: Mapping, name: str, index: _EvidenceIndex) -> list[PersonFact]:
    return [_person(person, f"{name}[{i}]", index, _party_name(record, person.get("party")))
            for i, person in enumerate(record.get(name) or [])]


def _date(record: Mapping, name: str, index: _EvidenceIndex) -> Fact | None:
    """The date, with the text it was read from as its note."""
    written = record.get(f"{name}_text")
    if not (record.get(name) or written):
        return None
    note = written if record.get(name) and written else None
    return Fact(str(record.get(name) or written), "date", index.links(name, f"{name}_text"), note)


def _places(record: Mapping, name: str, index: _EvidenceIndex) -> list[Fact]:
    location = record.get(name) or {}
    return [Fact(str(location[key]), "place", index.links(f"{name}.{key}"), key)
            for key in ("venue", "city", "province") if location.get(key)]


def _scopes(record: Mapping, name: str, index: _EvidenceIndex) -> list[Fact]:
    return [Fact(str(scope.get("text", "")), "scope", index.links(f"{name}[{i}]"), scope.get("category"))
            for i, scope in enumerate(record.get(name) or [])]


def _references(record: Mapping, name: str, index: _EvidenceIndex) -> list[Fact]:
    return [Fact(str(number), "reference", index.links(f"{name}[{i}]"))
            for i, number in enumerate(record.get(name) or [])]


def _text(record: Mapping, name: str, index: _EvidenceIndex) -> Fact | None:
    """A field of one value (the generic kind a new field can start with)."""
    value = record.get(name)
    return None if value is None else Fact(str(value), name, index.links(name))


def _list(record: Mapping, name: str, index: _EvidenceIndex) -> list[Fact]:
    """A field listing values (the generic kind a new list field can start with)."""
    return [Fact(str(value), name, index.links(f"{name}[{i}]")) for i, value in enumerate(record.get(name) or [])]


_SHOWN_AS: dict[str, Callable[[Mapping, str, _EvidenceIndex], object]] = {
    "parties": _parties, "people": _people, "date": _date, "places": _places, "scopes": _scopes,
    "references": _references, "text": _text, "list": _list,
    "parent": lambda record, name, _: record.get(name),
    "number": lambda record, name, _: float(record.get(name) or 0.0),
}


def _line(record: Mapping, name: str, row: CardRow, index: _EvidenceIndex) -> CardLine:
    value = _SHOWN_AS[row.kind](record, name, index)
    return CardLine(name, row.label, row.kind, value, shown=bool(value) or not row.hide_empty)


def build_card(record: Mapping, record_index: int, sentence_ids: Mapping[tuple[int, int], str]) -> Card:
    """The card for one record; `sentence_ids` comes from `highlight_article`."""
    index = _EvidenceIndex(record, record_index, sentence_ids)
    trigger_links = index.links("trigger", "type")
    return Card(
        number=record_index + 1,
        type=str(record.get("type", "")),
        status=str(record.get("status", "")),
        title=record.get("title"),
        lines=[_line(record, entry.name, entry.card, index) for entry in RECORD_FIELDS if entry.card],
        trigger=Fact(str(record.get("type", "")), "trigger", trigger_links) if trigger_links else None,
        json_text=json.dumps(record, ensure_ascii=False, indent=2),
    )


def build_cards(records: Sequence[Mapping], sentence_ids: Mapping[tuple[int, int], str]) -> list[Card]:
    return [build_card(record, i, sentence_ids) for i, record in enumerate(records)]
