"""Consolidated agreements in SQLite or PostgreSQL, written idempotently and incrementally.

Two tables beside the article tables of extract/io/db.py. The article-level table there is
already called `agreements` (a contract other tools read), so the consolidated ones are
`consolidated_agreements` (one row per agreement; the full agreement as JSON) and
`agreement_reports` (one row per report: which agreement it belongs to, its key and record).

Keeping each report's key and record lets a later run extend groups instead of rebuilding
them: a report already stored with the same content is skipped; a new one is grouped
together with the stored groups of its block, and only groups that changed are written.
A stored report whose record changed (the article was extracted again) leaves its old
group, which is rebuilt from the reports it still has, or removed when none are left.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, delete, select, update

from extract.consolidation.grouping import Group
from extract.consolidation.keys import ReportKey, ReportRef
from extract.consolidation.merge import Member, build_agreement
from extract.consolidation.partitions import GroupResult, Seeds
from extract.consolidation.settings import ConsolidationSettings
from extract.io.db import DatabaseError, database_url, upsert

_IN_CHUNK = 500

metadata = MetaData()

consolidated_agreements = Table(
    "consolidated_agreements", metadata,
    Column("agreement_id", String(32), primary_key=True),
    Column("block_hash", String(32), nullable=False, index=True, comment="blake2b of the block key"),
    Column("type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("title", Text),
    Column("date", String(10)),
    Column("date_text", Text),
    Column("venue", Text),
    Column("city", Text),
    Column("province", Text),
    Column("region_code", String(32)),
    Column("reference_numbers", Text, comment="JSON array"),
    Column("parent_id", String(32)),
    Column("confidence", Float, nullable=False),
    Column("report_count", Integer, nullable=False),
    Column("agreement", Text, nullable=False, comment="the full agreement as JSON"),
)

agreement_reports = Table(
    "agreement_reports", metadata,
    Column("doc_id", Text, primary_key=True),
    Column("record_index", Integer, primary_key=True),
    Column("agreement_id", String(32), nullable=False, index=True),
    Column("published", String(10)),
    Column("url", Text),
    Column("record_hash", String(64), nullable=False, comment="sha256 of the record (without evidence)"),
    Column("report_key", Text, nullable=False, comment="JSON: what grouping compares"),
    Column("record", Text, nullable=False, comment="the record without evidence, as JSON"),
)


def block_hash(block: str) -> str:
    return hashlib.blake2b(block.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def record_hash(member: Member) -> str:
    content = json.dumps([member.record, member.published, member.url], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


class AgreementStore:
    """One transaction per run: committed by `close()`, rolled back by `abort()`."""

    def __init__(self, target: str, settings: ConsolidationSettings) -> None:
        self.engine = create_engine(database_url(target))
        if self.engine.dialect.name not in ("sqlite", "postgresql"):
            raise DatabaseError(f"unsupported database {self.engine.dialect.name!r}: use SQLite or PostgreSQL")
        metadata.create_all(self.engine)
        self.settings = settings
        self.connection = self.engine.connect()
        self.transaction = self.connection.begin()
        self._dirty: set[str] = set()      # agreements that lost a report whose record changed
        self._written: set[str] = set()

    # ---------------------------------------------------------------- pass 1
    def accept(self, member: Member) -> bool:
        """False for a report stored with the same content; a changed one leaves its old group."""
        ref = member.key.ref
        row = self.connection.execute(
            select(agreement_reports.c.record_hash, agreement_reports.c.agreement_id).where(
                agreement_reports.c.doc_id == ref.doc_id, agreement_reports.c.record_index == ref.record_index)
        ).first()
        if row is None:
            return True
        if row.record_hash == record_hash(member):
            return False
        self.connection.execute(delete(agreement_reports).where(
            agreement_reports.c.doc_id == ref.doc_id, agreement_reports.c.record_index == ref.record_index))
        self._dirty.add(row.agreement_id)
        return True

    # ---------------------------------------------------------------- pass 2
    def seeds(self, blocks: set[str]) -> Seeds:
        """The stored groups of these blocks."""
        hashes = sorted({block_hash(block) for block in blocks})
        seeds: Seeds = {}
        for start in range(0, len(hashes), _IN_CHUNK):
            query = (select(consolidated_agreements.c.agreement_id, consolidated_agreements.c.type,
                            agreement_reports.c.report_key, agreement_reports.c.record,
                            agreement_reports.c.published, agreement_reports.c.url)
                     .join(agreement_reports, agreement_reports.c.agreement_id == consolidated_agreements.c.agreement_id)
                     .where(consolidated_agreements.c.block_hash.in_(hashes[start:start + _IN_CHUNK]))
                     .order_by(consolidated_agreements.c.agreement_id, agreement_reports.c.doc_id,
                               agreement_reports.c.record_index))
            groups: dict[str, tuple[Group, list[Member]]] = {}
            for identifier, type_, key, record, published, url in self.connection.execute(query):
                member = Member(ReportKey.from_json(json.loads(key)), json.loads(record), published, url)
                if identifier not in groups:
                    groups[identifier] = (Group(type=type_, agreement_id=identifier), [])
                groups[identifier][0].add(member.key)
                groups[identifier][1].append(member)
            for group, group_members in groups.values():
                group.changed = False
                seeds.setdefault(group_members[0].key.block, []).append((group, group_members))
        return seeds

    def save(self, result: GroupResult) -> None:
        """Write a new or extended group: its agreement row and a row per report."""
        agreement = result.agreement
        identifier = agreement["agreement_id"]
        upsert(self.connection, consolidated_agreements, [_agreement_row(agreement, result.members[0].key.block)])
        upsert(self.connection, agreement_reports, [
            {"doc_id": m.key.ref.doc_id, "record_index": m.key.ref.record_index, "agreement_id": identifier,
             "published": m.published, "url": m.url, "record_hash": record_hash(m),
             "report_key": json.dumps(m.key.to_json(), ensure_ascii=False),
             "record": json.dumps(m.record, ensure_ascii=False)} for m in result.members])
        self._written.add(identifier)

    # ---------------------------------------------------------------- pass 3
    def parent_of(self, ref: ReportRef) -> str | None:
        return self.connection.execute(select(agreement_reports.c.agreement_id).where(
            agreement_reports.c.doc_id == ref.doc_id, agreement_reports.c.record_index == ref.record_index)
        ).scalar()

    def set_parent(self, agreement: dict) -> None:
        self.connection.execute(update(consolidated_agreements).where(
            consolidated_agreements.c.agreement_id == agreement["agreement_id"]).values(
            parent_id=agreement["parent_id"], agreement=json.dumps(agreement, ensure_ascii=False)))

    def refresh_dirty(self) -> Iterable[dict]:
        """Rebuild the groups that lost a changed report and were not touched since."""
        for identifier in sorted(self._dirty - self._written):
            rows = self.connection.execute(
                select(agreement_reports.c.report_key, agreement_reports.c.record, agreement_reports.c.published,
                       agreement_reports.c.url).where(agreement_reports.c.agreement_id == identifier)).all()
            if not rows:
                self.connection.execute(delete(consolidated_agreements).where(
                    consolidated_agreements.c.agreement_id == identifier))
                continue
            members = [Member(ReportKey.from_json(json.loads(k)), json.loads(r), p, u) for k, r, p, u in rows]
            group = Group(type=members[0].key.type, agreement_id=identifier)
            for member in members:
                group.add(member.key)
            agreement, _ = build_agreement(group, members, self.settings)
            agreement["parent_id"] = self.connection.execute(select(consolidated_agreements.c.parent_id).where(
                consolidated_agreements.c.agreement_id == identifier)).scalar()
            self.save(GroupResult(agreement, [], members))
            yield agreement

    def close(self) -> None:
        self.transaction.commit()
        self.connection.close()
        self.engine.dispose()

    def abort(self) -> None:
        self.transaction.rollback()
        self.connection.close()
        self.engine.dispose()


def _agreement_row(agreement: dict, block: str) -> dict:
    location = agreement.get("location") or {}
    return {
        "agreement_id": agreement["agreement_id"], "block_hash": block_hash(block), "type": agreement["type"],
        "status": agreement["status"], "title": agreement.get("title"), "date": agreement.get("date"),
        "date_text": agreement.get("date_text"), "venue": location.get("venue"), "city": location.get("city"),
        "province": location.get("province"), "region_code": location.get("code"),
        "reference_numbers": json.dumps(agreement.get("reference_numbers") or [], ensure_ascii=False),
        "parent_id": agreement.get("parent_id"), "confidence": agreement.get("confidence") or 0.0,
        "report_count": len(agreement.get("reports") or []),
        "agreement": json.dumps(agreement, ensure_ascii=False),
    }


def read_agreements(target: str) -> list[dict]:
    """Every consolidated agreement stored in a database, by id."""
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as connection:
            if not engine.dialect.has_table(connection, consolidated_agreements.name):
                raise DatabaseError(f"{target}: no consolidated_agreements table (run sepakat consolidate --db)")
            rows = connection.execute(select(consolidated_agreements.c.agreement).order_by(
                consolidated_agreements.c.agreement_id)).scalars()
            return [json.loads(row) for row in rows]
    finally:
        engine.dispose()
