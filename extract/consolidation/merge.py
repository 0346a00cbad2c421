"""One agreement from the records of a group: each field chosen from its reports.

A scalar field takes the most specific value (a day over a month) and, among equals, the
value most reports give (ties: the longer text, which usually says more). Lists (parties,
signatories, scopes...) are the union over the reports, one item per person or body.
How each field was chosen goes to `provenance`; fields whose reports disagree go to
`conflicts` with every value and the reports that gave it.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.consolidation.grouping import Group
from extract.consolidation.keys import ReportKey, ReportRef, normalised_reference, party_keys
from extract.consolidation.settings import ConsolidationSettings

_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_LOCATION_FIELDS = ("venue", "city", "province", "code")


@dataclass(frozen=True, slots=True)
class Member:
    """A report in a group: its key, its record and where the article was published."""

    key: ReportKey
    record: dict
    published: str | None = None
    url: str | None = None


def agreement_id(block: str, type_: str, members: Sequence[ReportKey]) -> str:
    """Derived from content: the parties, the type and the first report (by doc id), so
    consolidating the same inputs again gives the same id."""
    anchor = min(member.ref.text() for member in members)
    digest = hashlib.sha256(f"{block}\x1e{type_}\x1e{anchor}".encode("utf-8", "surrogatepass")).hexdigest()
    return "agr-" + digest[:20]


def build_agreement(group: Group, members: Sequence[Member], settings: ConsolidationSettings
                    ) -> tuple[dict, list[ReportRef]]:
    """The agreement of a group, and the records its reports name as their parent."""
    ordered = sorted(members, key=lambda m: (m.published is None, m.published or "", m.key.ref.doc_id,
                                             m.key.ref.record_index))
    builder = _Builder(ordered)
    identifier = group.agreement_id or agreement_id(group.members[0].block, group.type, group.members)
    records = [member.record for member in ordered]
    status = next(s for s in settings.status_order if any(r.get("status") == s for r in records))
    builder.choose("status", [r.get("status") for r in records], lambda v: v, rule="most_advanced", fixed=status)
    date, date_reports = _choose_date(builder, records)
    date_texts = [r.get("date_text") if i in date_reports else None for i, r in enumerate(records)]
    location = {name: builder.choose(f"location.{name}", [(r.get("location") or {}).get(name) for r in records])
                for name in _LOCATION_FIELDS}
    parties, party_index = _merge_parties(builder, ordered, group)
    agreement = {
        "agreement_id": identifier,
        "type": group.type,
        "status": status,
        "title": builder.choose("title", [r.get("title") for r in records]),
        "parties": parties,
        "signatories": _merge_people(builder, ordered, "signatories", party_index),
        "witnesses": _merge_people(builder, ordered, "witnesses", None),
        "date": date,
        "date_text": builder.choose("date_text", date_texts, record=False),
        "location": location,
        "scopes": _merge_scopes(builder, records),
        "reference_numbers": _merge_references(builder, records),
        "parent_id": None,
        "confidence": max(float(r.get("confidence") or 0.0) for r in records),
        "reports": [{"doc_id": m.key.ref.doc_id, "record_index": m.key.ref.record_index,
                     "published": m.published, "url": m.url} for m in ordered],
        "conflicts": builder.conflicts,
        "provenance": builder.provenance,
    }
    parents = [ReportRef(m.key.ref.doc_id, m.key.parent_index) for m in ordered if m.key.parent_index is not None]
    return agreement, parents


class _Builder:
    """Collects provenance and conflicts while fields are chosen."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.count = len(members)
        self.conflicts: list[dict] = []
        self.provenance: list[dict] = []

    def choose(self, field: str, values: Sequence[object], normalise: Callable[[str], str] | None = None, *,
               rule: str | None = None, fixed: object = None, record: bool = True) -> object:
        """The most supported non-empty value (ties: the longest); conflicts when values differ."""
        normalise = normalise or _normal_text
        by_form: dict[str, list[int]] = {}
        surface: dict[str, str] = {}
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            form = normalise(str(value))
            by_form.setdefault(form, []).append(index)
            if len(str(value)) > len(surface.get(form, "")):
                surface[form] = str(value)
        if not by_form:
            return None
        if fixed is not None:
            chosen = normalise(str(fixed))
        else:
            chosen = max(by_form, key=lambda form: (len(by_form[form]), len(surface[form]), -by_form[form][0]))
        if record:
            agreed = len(by_form) == 1
            self.provenance.append({"field": field, "rule": rule or ("agreed" if agreed else "most_supported"),
                                    "reports": by_form[chosen]})
            if not agreed and rule != "most_advanced":
                self.conflicts.append({"field": field, "values": [
                    {"value": surface[form], "reports": reports} for form, reports in by_form.items()]})
        original = next(v for v in values if v is not None and v != "" and normalise(str(v)) == chosen)
        return surface[chosen] if isinstance(original, str) else original

    def union(self, field: str, reports: list[int]) -> None:
        self.provenance.append({"field": field, "rule": "union", "reports": sorted(set(reports))})


@lru_cache(maxsize=262144)
def _normal_text(value: str) -> str:
    return " ".join(_WORDS.findall(value.casefold()))


def _choose_date(builder: _Builder, records: Sequence[dict]) -> tuple[str | None, set[int]]:
    """The most precise date given (a day over a month over a year); among those, the most supported."""
    dates = [r.get("date") for r in records]
    precision = max((len(d) for d in dates if d), default=0)
    if not precision:
        return None, set()
    precise = [d if d and len(d) == precision else None for d in dates]
    chosen = builder.choose("date", precise, lambda v: v)
    rule = builder.provenance[-1]
    if len({d for d in dates if d}) > 1 and rule["rule"] == "agreed":
        rule["rule"] = "most_specific"
    return chosen, set(rule["reports"])


def _merge_parties(builder: _Builder, members: Sequence[Member], group: Group) -> tuple[list[dict], dict]:
    """One party per body; a parent body named in one report and its regional office in
    another become the office. Returns the parties and (report, party index) -> merged index."""
    order: list[str] = []
    entries: dict[str, list[tuple[int, dict]]] = {}
    index_of: dict[tuple[int, int], int] = {}
    for report, member in enumerate(members):
        for position, party in enumerate(member.record.get("parties") or []):
            name = party.get("canonical") or party.get("name")
            if not name:
                continue
            root, own = party_keys(name)
            merged = group.offices.get(root, own) if own == root else own
            if merged not in entries:
                order.append(merged)
                entries[merged] = []
            entries[merged].append((report, party))
            index_of[(report, position)] = order.index(merged)
    parties = []
    for number, merged in enumerate(order):
        found = entries[merged]
        reports = [report for report, _ in found]
        specific = [(r, p) for r, p in found if party_keys(p.get("canonical") or p["name"])[1] == merged] or found
        names = [p.get("name") for _, p in specific]
        name = builder.choose(f"parties[{number}].name", names, record=False)
        aliases = []
        for _, party in found:
            for alias in [party.get("name"), *(party.get("aliases") or [])]:
                if alias and alias != name and alias not in aliases:
                    aliases.append(alias)
        parties.append({
            "name": name,
            "acronym": builder.choose(f"parties[{number}].acronym", [p.get("acronym") for _, p in specific], record=False),
            "kind": builder.choose(f"parties[{number}].kind", [p.get("kind") for _, p in found], lambda v: v,
                                   record=False) or "other",
            "canonical": builder.choose(f"parties[{number}].canonical", [p.get("canonical") for _, p in specific],
                                        record=False),
            "region_code": builder.choose(f"parties[{number}].region_code", [p.get("region_code") for _, p in specific],
                                          lambda v: v, record=False),
            "aliases": aliases,
        })
        builder.union(f"parties[{number}]", reports)
    return parties, index_of


def _person_key(name: str) -> str:
    return _normal_text(name)


def _merge_people(builder: _Builder, members: Sequence[Member], field: str, party_index: dict | None) -> list[dict]:
    order: list[str] = []
    found: dict[str, list[tuple[int, dict]]] = {}
    for report, member in enumerate(members):
        for person in member.record.get(field) or []:
            key = _person_key(person.get("name") or "")
            if not key:
                continue
            if key not in found:
                order.append(key)
                found[key] = []
            found[key].append((report, person))
    people = []
    for number, key in enumerate(order):
        mentions = found[key]
        person = {
            "name": builder.choose(f"{field}[{number}].name", [p["name"] for _, p in mentions], record=False),
            "titles": list(dict.fromkeys(t for _, p in mentions for t in p.get("titles") or [])),
            "position": builder.choose(f"{field}[{number}].position", [p.get("position") for _, p in mentions]),
        }
        if party_index is not None:
            signed_for = Counter(party_index[(report, p["party"])] for report, p in mentions
                                 if (report, p.get("party")) in party_index)
            person["party"] = min(signed_for, key=lambda i: (-signed_for[i], i)) if signed_for else None
        people.append(person)
        builder.union(f"{field}[{number}]", [report for report, _ in mentions])
    return people


def _merge_scopes(builder: _Builder, records: Sequence[dict]) -> list[dict]:
    order: list[str] = []
    found: dict[str, list[tuple[int, dict]]] = {}
    for report, record in enumerate(records):
        for scope in record.get("scopes") or []:
            key = _normal_text(scope.get("text") or "")
            if key and key not in found:
                order.append(key)
                found[key] = []
            if key:
                found[key].append((report, scope))
    scopes = []
    for number, key in enumerate(order):
        mentions = found[key]
        scopes.append({"text": mentions[0][1]["text"],
                       "category": builder.choose(f"scopes[{number}].category",
                                                  [s.get("category") for _, s in mentions], lambda v: v,
                                                  record=False)})
    if scopes:
        builder.union("scopes", [report for key in order for report, _ in found[key]])
    return scopes


def _merge_references(builder: _Builder, records: Sequence[dict]) -> list[str]:
    printed: dict[str, str] = {}
    reports: list[int] = []
    for report, record in enumerate(records):
        for text in record.get("reference_numbers") or []:
            if text:
                printed.setdefault(normalised_reference(text), text)
                reports.append(report)
    if printed:
        builder.union("reference_numbers", reports)
    return list(printed.values())
