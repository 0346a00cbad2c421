"""What one agreement card shows: each fact with links to the sentences it came from."""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


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


@dataclass
class Card:
    number: int
    type: str
    status: str
    title: str | None
    confidence: float
    parties: list[Fact] = field(default_factory=list)
    signatories: list[PersonFact] = field(default_factory=list)
    witnesses: list[PersonFact] = field(default_factory=list)
    date: Fact | None = None
    places: list[Fact] = field(default_factory=list)
    scopes: list[Fact] = field(default_factory=list)
    references: list[Fact] = field(default_factory=list)
    trigger: Fact | None = None
    parent: int | None = None
    json_text: str = ""


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


def build_card(record: Mapping, record_index: int, sentence_ids: Mapping[tuple[int, int], str]) -> Card:
    """The card for one record; `sentence_ids` comes from `highlight_article`."""
    index = _EvidenceIndex(record, record_index, sentence_ids)
    parties = list(record.get("parties") or [])
    party_names = [str(party.get("name", "")) for party in parties]

    def party_name(position: object) -> str | None:
        return party_names[position] if isinstance(position, int) and 0 <= position < len(party_names) else None

    location = record.get("location") or {}
    date_fact = None
    if record.get("date") or record.get("date_text"):
        shown = record.get("date") or record.get("date_text")
        note = record.get("date_text") if record.get("date") and record.get("date_text") else None
        date_fact = Fact(str(shown), "date", index.links("date", "date_text"), note)
    trigger_links = index.links("trigger", "type")
    return Card(
        number=record_index + 1,
        type=str(record.get("type", "")),
        status=str(record.get("status", "")),
        title=record.get("title"),
        confidence=float(record.get("confidence", 0.0)),
        parties=[
            Fact(party_names[i], "party", index.links(f"parties[{i}]"), _party_note(party))
            for i, party in enumerate(parties)
        ],
        signatories=[
            _person(person, f"signatories[{i}]", index, party_name(person.get("party")))
            for i, person in enumerate(record.get("signatories") or [])
        ],
        witnesses=[
            _person(person, f"witnesses[{i}]", index) for i, person in enumerate(record.get("witnesses") or [])
        ],
        date=date_fact,
        places=[
            Fact(str(location[key]), "place", index.links(f"location.{key}"), key)
            for key in ("venue", "city", "province")
            if location.get(key)
        ],
        scopes=[
            Fact(str(scope.get("text", "")), "scope", index.links(f"scopes[{i}]"), scope.get("category"))
            for i, scope in enumerate(record.get("scopes") or [])
        ],
        references=[
            Fact(str(number), "reference", index.links(f"reference_numbers[{i}]"))
            for i, number in enumerate(record.get("reference_numbers") or [])
        ],
        trigger=Fact(str(record.get("type", "")), "trigger", trigger_links) if trigger_links else None,
        parent=record.get("parent"),
        json_text=json.dumps(record, ensure_ascii=False, indent=2),
    )


def build_cards(records: Sequence[Mapping], sentence_ids: Mapping[tuple[int, int], str]) -> list[Card]:
    return [build_card(record, i, sentence_ids) for i, record in enumerate(records)]
