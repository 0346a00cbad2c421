"""Grouping the reports of one block (same parties) into agreements.

A report joins a group only when it is compatible with the whole group, not just with
one member, so a chain of near dates cannot weld two signings a year apart into one.
What a group must agree on is kept as a summary (type, statuses, the narrowest date
window, reference numbers, the regional office standing for each party, the articles
already in it), so joining costs the same for a group of two reports or two hundred.
Reports are taken most precise date first, so the dated reports found the groups and the
vague ones ("bulan lalu", no date at all) join the group they fit best.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.consolidation.keys import ReportKey
from extract.consolidation.settings import ConsolidationSettings


@dataclass(slots=True)
class Group:
    """Reports of one agreement, and what any further report must agree with."""

    type: str
    members: list[ReportKey] = field(default_factory=list)
    statuses: set[str] = field(default_factory=set)
    offices: dict[str, str] = field(default_factory=dict)   # party's parent-level key -> office key
    latest_start: int | None = None                        # max of the members' first days
    earliest_end: int | None = None                        # min of the members' last days
    references: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    agreement_id: str | None = None                        # set for a group already stored
    changed: bool = False

    def add(self, key: ReportKey) -> None:
        self.members.append(key)
        self.statuses.add(key.status)
        for root, own in key.parties:
            if own != root:
                self.offices[root] = own
        self.latest_start, self.earliest_end = self._window_with(key)
        self.references |= key.references
        self.documents.add(key.ref.doc_id)
        self.title_words |= key.title_words
        self.changed = True

    def _window_with(self, key: ReportKey) -> tuple[int | None, int | None]:
        start = key.lo if self.latest_start is None else self.latest_start if key.lo is None \
            else max(self.latest_start, key.lo)
        end = key.hi if self.earliest_end is None else self.earliest_end if key.hi is None \
            else min(self.earliest_end, key.hi)
        return start, end

    def spread_with(self, key: ReportKey) -> int | None:
        """Days by which the members' date windows would miss each other (<= 0: they overlap)."""
        start, end = self._window_with(key)
        return None if start is None or end is None else start - end

    def accepts(self, key: ReportKey, settings: ConsolidationSettings) -> bool:
        if key.type != self.type or key.ref.doc_id in self.documents:
            return False
        if not all(settings.statuses_compatible(key.status, status) for status in self.statuses):
            return False
        if key.references and self.references and not key.references & self.references:
            return False
        for root, own in key.parties:
            if own != root and self.offices.get(root, own) != own:
                return False
        spread = self.spread_with(key)
        return spread is None or spread <= settings.date_tolerance_days

    @property
    def latest_day(self) -> int:
        return max((member.hi or member.lo or 0) for member in self.members)


def cluster(keys: Iterable[ReportKey], settings: ConsolidationSettings,
            existing: Iterable[Group] = ()) -> list[Group]:
    """Groups of one block: `existing` groups (from the database) extended, and new ones."""
    groups = list(existing)
    for key in sorted(keys, key=_order):
        chosen = _best_group(key, [group for group in groups if group.accepts(key, settings)])
        if chosen is None:
            chosen = Group(type=key.type)
            groups.append(chosen)
        chosen.add(key)
    return groups


def _order(key: ReportKey) -> tuple:
    return (-key.precision, key.lo if key.lo is not None else key.hi if key.hi is not None else 0,
            key.ref.doc_id, key.ref.record_index)


def _best_group(key: ReportKey, candidates: list[Group]) -> Group | None:
    """The group whose dates fit the report most tightly, then whose titles share most words
    with the report's (two MoUs signed at one event); with several fits still equal, a report
    with no date at all stays alone, one bounded by its publication day joins the most
    recent group (an article refers to the latest signing)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    spreads = [(group.spread_with(key), group) for group in candidates]
    known = [(spread, group) for spread, group in spreads if spread is not None]
    if known:
        best = min(spread for spread, _ in known)
        candidates = [group for spread, group in known if spread == best]
    if len(candidates) > 1 and key.title_words:
        overlaps = [(_overlap(key.title_words, group.title_words), group) for group in candidates]
        best_overlap = max(overlap for overlap, _ in overlaps)
        if best_overlap > 0:
            candidates = [group for overlap, group in overlaps if overlap == best_overlap]
    if len(candidates) == 1:
        return candidates[0]
    if key.lo is None and key.hi is None:
        return None
    return max(candidates, key=lambda group: group.latest_day)


def _overlap(first: frozenset[str] | set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first and second else 0.0
