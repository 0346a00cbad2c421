"""Records as downloadable files: JSON (the records as they are) and CSV (one row per record)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

LIST_SEPARATOR = " | "

CSV_COLUMNS = (
    "doc_id", "type", "status", "title", "parties", "party_kinds", "signatories", "witnesses",
    "date", "date_text", "venue", "city", "province", "region_code", "scopes",
    "reference_numbers", "parent", "confidence",
)


def _person(person: Mapping) -> str:
    position = person.get("position")
    return f"{person.get('name', '')} ({position})" if position else str(person.get("name", ""))


def csv_row(record: Mapping) -> dict[str, object]:
    """The flat CSV row of one record; lists joined with ` | ` as the CLI's CSV does."""
    location = record.get("location") or {}
    parties = record.get("parties") or []

    def joined(values: object) -> str:
        return LIST_SEPARATOR.join(str(value) for value in values)  # type: ignore[union-attr]

    return {
        "doc_id": record.get("doc_id"),
        "type": record.get("type"),
        "status": record.get("status"),
        "title": record.get("title"),
        "parties": joined(party.get("name", "") for party in parties),
        "party_kinds": joined(party.get("kind", "") for party in parties),
        "signatories": joined(_person(person) for person in record.get("signatories") or []),
        "witnesses": joined(_person(person) for person in record.get("witnesses") or []),
        "date": record.get("date"),
        "date_text": record.get("date_text"),
        "venue": location.get("venue"),
        "city": location.get("city"),
        "province": location.get("province"),
        "region_code": location.get("code"),
        "scopes": joined(scope.get("text", "") for scope in record.get("scopes") or []),
        "reference_numbers": joined(record.get("reference_numbers") or []),
        "parent": record.get("parent"),
        "confidence": record.get("confidence"),
    }


def records_csv(records: Sequence[Mapping]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_row(record) for record in records)
    return buffer.getvalue()


def records_json(records: Sequence[Mapping]) -> str:
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"
