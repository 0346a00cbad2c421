"""Hand-made records for the consolidation tests (validated against the record schema), and
the grouping they get, as sets of `doc_id#record_index`."""
from __future__ import annotations

from extract.consolidation import consolidate
from extract.schema import Record


def report(doc_id: str, parties: tuple[str, ...] | list[str], date: str | None, *, type_: str = "MoU",
           status: str = "signed", title: str | None = None, venue: str | None = None,
           references: tuple[str, ...] = (), signatories: tuple[tuple[str, str, int], ...] = (),
           scopes: tuple[str, ...] = (), parent: int | None = None, published: str | None = None,
           url: str | None = None, confidence: float = 0.9) -> dict:
    """A record as `extract` writes it (plus the `published`/`url` keys a feed may carry)."""
    record = Record.model_validate({
        "doc_id": doc_id, "type": type_, "status": status, "title": title,
        "parties": [{"name": name, "kind": "other"} for name in parties],
        "signatories": [{"name": name, "position": position, "party": party} for name, position, party in signatories],
        "date": date, "location": {"venue": venue},
        "scopes": [{"text": text} for text in scopes], "reference_numbers": list(references),
        "parent": parent, "confidence": confidence,
    }).model_dump()
    if published:
        record["published"] = published
    if url:
        record["url"] = url
    return record


def groups_of(records: list[dict]) -> list[set[str]]:
    """The grouping `consolidate` makes, each group a set of doc_id#record_index, sorted."""
    agreements = consolidate(records)
    groups = [{f"{r['doc_id']}#{r['record_index']}" for r in agreement["reports"]} for agreement in agreements]
    return sorted(groups, key=lambda group: sorted(group))
