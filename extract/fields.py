"""The field registry: one entry per key of the record (extract/schema.py), saying how it is
filled, which CSV columns and database columns it has, how `sepakat evaluate` scores it and
how the web card shows it. The CSV writer, the database tables, the scorer and the card all
follow this table, so a new field is: its pattern file, its component, its filler in
extract/assembly/, its entry here, its tests.

Values are read from records as the schema writes them (JSON-ready dicts). Nothing here
imports a consumer: column types, scorer kinds and card kinds are names the consumers
implement (extract/io/db.py, extract/evaluation/scoring.py, extract/web/cards.py).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from extract.schema import Record

LIST_SEPARATOR = " | "
Value = Callable[[Mapping], Any]
SqlType = Literal["text", "code", "short", "date", "integer", "float"]
"""text: any length; code: a code or kind (32 characters); short: a type or status (16);
date: an ISO date at day, month or year precision (10); integer; float."""


@dataclass(frozen=True, slots=True)
class CsvColumn:
    """One column of the CSV output (one row per record); lists are joined with ` | `."""

    name: str
    value: Callable[[Mapping], str]


@dataclass(frozen=True, slots=True)
class DbColumn:
    name: str
    type: SqlType
    value: Value
    nullable: bool = True
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class ChildTable:
    """A table with one row per item of a list field, keyed by agreement and item index."""

    name: str
    index: str
    columns: tuple[DbColumn, ...]  # each reads one item (an extra `role` in people rows)


@dataclass(frozen=True, slots=True)
class ChildRows:
    """A field stored as rows of a child table; `items` are the rows' sources in order."""

    table: ChildTable
    items: Callable[[Mapping], list[Mapping]]


@dataclass(frozen=True, slots=True)
class Scored:
    """A field of the evaluation table: its name and the scorer kind that compares it with
    the gold agreement (extract/evaluation/scoring.py implements the kinds)."""

    name: str
    kind: Literal["type", "single", "parties", "people", "date", "location", "scopes", "references", "parent"]


@dataclass(frozen=True, slots=True)
class CardRow:
    """A line of the web card: its label and how the value is shown (extract/web/cards.py:
    "text" and "list" suit a new field of one value or a list of values)."""

    label: str
    kind: Literal["parties", "people", "date", "places", "scopes", "references", "parent", "number", "text", "list"]
    hide_empty: bool = False


@dataclass(frozen=True, slots=True)
class RecordField:
    name: str  # the key in the record
    filled_by: str  # where extract/assembly/ selects it (a module, and what decides)
    csv: tuple[CsvColumn, ...] = ()
    db: tuple[DbColumn, ...] | ChildRows = ()
    scored: tuple[Scored, ...] = ()
    card: CardRow | None = None


# --- reading values ---------------------------------------------------------------------


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _joined(values) -> str:
    return LIST_SEPARATOR.join(_text(value) for value in values)


def _items(key: str) -> Callable[[Mapping], list]:
    return lambda record: record.get(key) or []


def _key(key: str, default: object = None) -> Value:
    return lambda record: record.get(key, default)


def _location(key: str) -> Value:
    return lambda record: (record.get("location") or {}).get(key)


def _as_json(read: Value) -> Value:
    return lambda record: json.dumps(read(record) or [], ensure_ascii=False)


def _person(person: Mapping) -> str:
    position = person.get("position")
    return f"{person['name']} ({position})" if position else person["name"]


def _signatory_parties(record: Mapping) -> str:
    parties = record.get("parties") or []
    return _joined(parties[person["party"]]["name"] if isinstance(person.get("party"), int)
                   and 0 <= person["party"] < len(parties) else None
                   for person in record.get("signatories") or [])


def _csv(name: str, read: Value) -> CsvColumn:
    """A column showing one value ("" when missing)."""
    return CsvColumn(name, lambda record: _text(read(record)))


def _csv_list(name: str, key: str, show: Callable[[Mapping], object]) -> CsvColumn:
    """A column joining one value per item of list `key`."""
    return CsvColumn(name, lambda record: _joined(show(item) for item in record.get(key) or []))


def _confidence(record: Mapping) -> str:
    confidence = record.get("confidence")
    return "" if confidence is None else f"{confidence:g}"


# --- child tables -----------------------------------------------------------------------

PARTIES = ChildTable("parties", "party_index", (
    DbColumn("name", "text", _key("name"), nullable=False),
    DbColumn("acronym", "text", _key("acronym")),
    DbColumn("kind", "code", _key("kind")),
    DbColumn("canonical", "text", _key("canonical")),
    DbColumn("region_code", "code", _key("region_code")),
    DbColumn("aliases", "text", _as_json(_key("aliases")), comment="JSON array"),
))
PEOPLE = ChildTable("people", "person_index", (
    DbColumn("role", "short", _key("role"), nullable=False, comment="signatory or witness"),
    DbColumn("name", "text", _key("name"), nullable=False),
    DbColumn("titles", "text", _as_json(_key("titles")), comment="JSON array"),
    DbColumn("position", "text", _key("position")),
    DbColumn("party_index", "integer", _key("party")),
))
SCOPES = ChildTable("scopes", "scope_index", (
    DbColumn("text", "text", _key("text"), nullable=False),
    DbColumn("category", "text", _key("category")),
))
EVIDENCE = ChildTable("evidence", "evidence_index", (
    DbColumn("field", "text", _key("field"), nullable=False),
    DbColumn("value", "text", _key("value")),
    DbColumn("start", "integer", _key("start")),
    DbColumn("end", "integer", _key("end")),
    DbColumn("sentence_start", "integer", _key("sentence_start")),
    DbColumn("sentence_end", "integer", _key("sentence_end")),
    DbColumn("sentence", "text", _key("sentence")),
    DbColumn("rule", "text", _key("rule")),
    DbColumn("note", "text", _key("note")),
))


def _with_role(role: str, key: str) -> Callable[[Mapping], list[Mapping]]:
    return lambda record: [{**person, "role": role} for person in record.get(key) or []]


# --- the registry -------------------------------------------------------------------------

RECORD_FIELDS: tuple[RecordField, ...] = (
    RecordField("doc_id", "the document's id (extract/assembly/records.py)",
                csv=(_csv("doc_id", _key("doc_id")),),
                db=(DbColumn("doc_id", "text", _key("doc_id", ""), nullable=False),)),
    RecordField("type", "the instrument of the record's mentions, else the article's (records.py)",
                csv=(_csv("type", _key("type")),),
                db=(DbColumn("type", "short", _key("type", "other"), nullable=False),),
                scored=(Scored("type", "type"),)),
    RecordField("status", "cue words around the instrument (mentions.py) and the clustering (clustering.py)",
                csv=(_csv("status", _key("status")),),
                db=(DbColumn("status", "short", _key("status", "signed"), nullable=False),),
                scored=(Scored("status", "single"),)),
    RecordField("title", '"tentang ..." after the first mention (records.py, patterns/assembly.yaml title)',
                csv=(_csv("title", _key("title")),),
                db=(DbColumn("title", "text", _key("title")),)),
    RecordField("parties", "the mentions' bodies, merged (mentions.py, clustering.py, parties.py)",
                csv=(_csv_list("parties", "parties", lambda p: p["name"]),
                     _csv_list("party_acronyms", "parties", lambda p: p.get("acronym")),
                     _csv_list("party_kinds", "parties", lambda p: p.get("kind"))),
                db=ChildRows(PARTIES, _items("parties")),
                scored=(Scored("parties", "parties"),),
                card=CardRow("Parties", "parties")),
    RecordField("signatories", "people with a signer's role in the mention sentences (roles.py, people.py)",
                csv=(_csv_list("signatories", "signatories", _person),
                     CsvColumn("signatory_parties", _signatory_parties)),
                db=ChildRows(PEOPLE, _with_role("signatory", "signatories")),
                scored=(Scored("signatories", "people"),),
                card=CardRow("Signatories", "people")),
    RecordField("witnesses", "people with a witness's role in and after the mention sentences (roles.py, people.py)",
                csv=(_csv_list("witnesses", "witnesses", _person),),
                db=ChildRows(PEOPLE, _with_role("witness", "witnesses")),
                scored=(Scored("witnesses", "people"),),
                card=CardRow("Witnesses", "people")),
    RecordField("date", "day precision first, nearest sentence first (dates.py); a rule's own (partners.py, "
                        "predecessors.py)",
                csv=(_csv("date", _key("date")),),
                db=(DbColumn("date", "date", _key("date")),),
                scored=(Scored("date", "date"),),
                card=CardRow("Date", "date")),
    RecordField("date_text", "the text the date was read from (dates.py)",
                csv=(_csv("date_text", _key("date_text")),),
                db=(DbColumn("date_text", "text", _key("date_text")),)),
    RecordField("location", "the venue, a city after 'di', else the dateline (location.py)",
                csv=(_csv("venue", _location("venue")), _csv("city", _location("city")),
                     _csv("province", _location("province")), _csv("region_code", _location("code"))),
                db=(DbColumn("venue", "text", _location("venue")), DbColumn("city", "text", _location("city")),
                    DbColumn("province", "text", _location("province")),
                    DbColumn("region_code", "code", _location("code"))),
                scored=(Scored("location.venue", "location"), Scored("location.city", "location"),
                        Scored("location.province", "location")),
                card=CardRow("Place", "places")),
    RecordField("scopes", "the lists after a scope cue in sentences owned by the record (ownership.py)",
                csv=(_csv_list("scopes", "scopes", lambda s: s["text"]),
                     _csv_list("scope_categories", "scopes", lambda s: s.get("category"))),
                db=ChildRows(SCOPES, _items("scopes")),
                scored=(Scored("scopes", "scopes"),),
                card=CardRow("Scopes", "scopes")),
    RecordField("reference_numbers", "numbers after the record's mention in its sentences (ownership.py)",
                csv=(_csv_list("reference_numbers", "reference_numbers", lambda n: n),),
                db=(DbColumn("reference_numbers", "text", _as_json(_key("reference_numbers")), comment="JSON array"),),
                scored=(Scored("reference_numbers", "references"),),
                card=CardRow("Reference numbers", "references", hide_empty=True)),
    RecordField("parent", "a referenced agreement the record implements (clustering.py, extract/assembly/__init__.py)",
                csv=(_csv("parent", _key("parent")),),
                db=(DbColumn("parent_index", "integer", _key("parent"),
                             comment="record_index of the agreement this one implements"),),
                scored=(Scored("parent", "parent"),),
                card=CardRow("Implements", "parent")),
    RecordField("confidence", "weights of what the record has (records.py, extract/options.py)",
                csv=(CsvColumn("confidence", _confidence),),
                db=(DbColumn("confidence", "float", _key("confidence", 0.0), nullable=False),),
                card=CardRow("Confidence", "number")),
    RecordField("evidence", "one entry per fact, where and by which rule (evidence.py)",
                csv=(_csv_list("evidence_fields", "evidence", lambda e: e["field"]),),
                db=ChildRows(EVIDENCE, _items("evidence"))),
)

CSV_COLUMNS: tuple[str, ...] = tuple(column.name for entry in RECORD_FIELDS for column in entry.csv)
SCORED_FIELDS: tuple[str, ...] = tuple(scored.name for entry in RECORD_FIELDS for scored in entry.scored)
AGREEMENT_COLUMNS: tuple[DbColumn, ...] = tuple(column for entry in RECORD_FIELDS if isinstance(entry.db, tuple)
                                                for column in entry.db)
CHILD_TABLES: tuple[ChildTable, ...] = tuple(dict.fromkeys(entry.db.table for entry in RECORD_FIELDS
                                                           if isinstance(entry.db, ChildRows)))


def csv_row(record: Mapping) -> dict[str, str]:
    """One flat CSV row: lists joined with ` | `, location spread over columns."""
    return {column.name: column.value(record) for entry in RECORD_FIELDS for column in entry.csv}


def child_rows(record: Mapping) -> dict[ChildTable, list[Mapping]]:
    """The items each child table stores for one record, in field order."""
    rows: dict[ChildTable, list[Mapping]] = {table: [] for table in CHILD_TABLES}
    for entry in RECORD_FIELDS:
        if isinstance(entry.db, ChildRows):
            rows[entry.db.table] += entry.db.items(record)
    return rows


def check_registry() -> None:
    """The registry covers the schema exactly, in its order (raises AssertionError)."""
    names = tuple(entry.name for entry in RECORD_FIELDS)
    assert names == tuple(Record.model_fields), f"registry {names} != schema {tuple(Record.model_fields)}"
