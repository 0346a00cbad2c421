"""What grouping compares: a small key per record (a "report" of an agreement).

A record is reduced once to a `ReportKey`: its parties as canonical keys (and, for a
regional office, the national body it belongs to), type, status, the interval of days its
date allows, normalised reference numbers. Only keys are compared, never the records, so
a million reports fit in memory as keys while their records wait on disk. The block key
(the sorted parent-level party keys) decides which reports are compared at all.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.consolidation.settings import ConsolidationSettings
from extract.institutions import institution_key, parent_body

_REF_NOISE = regex.compile(r"[\s.\-\u2013_]+")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_BLOCK_SEPARATOR = "\x1f"
_SINGLETON_PREFIX = "\x00"


@dataclass(frozen=True, slots=True)
class ReportRef:
    """Where a report comes from: an article and the record's position in it."""

    doc_id: str
    record_index: int

    def text(self) -> str:
        return f"{self.doc_id}#{self.record_index}"


@dataclass(frozen=True, slots=True)
class ReportKey:
    ref: ReportRef
    block: str
    parties: tuple[tuple[str, str], ...]   # (parent-level key, the party's own key), sorted
    type: str
    status: str
    lo: int | None                          # first and last day (proleptic ordinal) the date allows
    hi: int | None
    precision: int                          # 3 day, 2 month, 1 year, 0 none (published only or nothing)
    references: frozenset[str]
    parent_index: int | None
    title_words: frozenset[str]             # tells apart two agreements signed at one event

    def to_json(self) -> list:
        return [self.ref.doc_id, self.ref.record_index, self.block, [list(p) for p in self.parties],
                self.type, self.status, self.lo, self.hi, self.precision, sorted(self.references),
                self.parent_index, sorted(self.title_words)]

    @classmethod
    def from_json(cls, data: list) -> ReportKey:
        doc_id, index, block, parties, type_, status, lo, hi, precision, references, parent, title = data
        return cls(ReportRef(doc_id, index), block, tuple((a, b) for a, b in parties), type_, status,
                   lo, hi, precision, frozenset(references), parent, frozenset(title))


@lru_cache(maxsize=262144)
def party_keys(name: str) -> tuple[str, str]:
    """(parent-level key, own key) of a party name: an office of a national body is
    compared under its body ("Ombudsman RI Perwakilan Jateng" under "Ombudsman RI")."""
    own = institution_key(name)
    parent = parent_body(name)
    return (institution_key(parent) if parent else own), own


def normalised_reference(text: str) -> str:
    return _REF_NOISE.sub("", text).upper()


def date_interval(value: str | None) -> tuple[int | None, int | None, int]:
    """First day, last day and precision of an ISO date, month or year (None when absent or bad)."""
    if not value:
        return None, None, 0
    try:
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts).toordinal()
            return day, day, 3
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            following = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1, 2
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal(), 1
    except ValueError:
        pass
    return None, None, 0


def published_ordinal(value: object) -> int | None:
    """The publication day of the report's article, from a date, datetime or ISO string."""
    if isinstance(value, dt.datetime):
        return value.date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10]).toordinal()
        except ValueError:
            return None
    return None


def report_key(record: dict, ref: ReportRef, published: object, settings: ConsolidationSettings) -> ReportKey:
    """The key of one record; `published` bounds the date of a record that has none."""
    pairs = sorted({party_keys(name) for name in _party_names(record)})
    roots = sorted({root for root, _ in pairs})
    if len(roots) >= settings.min_parties:
        block = _BLOCK_SEPARATOR.join(roots)
    else:
        block = _SINGLETON_PREFIX + ref.text()
    status = record.get("status") or "signed"
    lo, hi, precision = date_interval(record.get("date"))
    if precision == 0:
        lo, hi = _undated_interval(status, published_ordinal(published), settings)
    references = frozenset(normalised_reference(text) for text in record.get("reference_numbers") or [] if text)
    parent = record.get("parent")
    title = frozenset(_WORD.findall((record.get("title") or "").casefold()))
    return ReportKey(ref, block, tuple(pairs), record.get("type") or "other", status, lo, hi, precision,
                     references, parent if isinstance(parent, int) else None, title)


def _party_names(record: dict) -> list[str]:
    names = []
    for party in record.get("parties") or []:
        name = party.get("canonical") or party.get("name")
        if name and name.strip():
            names.append(name)
    return names


def _undated_interval(status: str, published: int | None,
                      settings: ConsolidationSettings) -> tuple[int | None, int | None]:
    if published is None:
        return None, None
    window = settings.undated_signed_days
    if status == "signed":
        return published - window, published
    if status == "referenced":
        return None, published
    return published - window, None
