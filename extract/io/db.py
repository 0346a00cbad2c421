"""Load articles and their agreement records into SQLite or PostgreSQL.

Normalised tables (articles, agreements, parties, people, scopes, evidence)
keyed by hashes of their content: an article by its id and text, an
agreement by its article, position and type. Every write is an upsert
(`INSERT ... ON CONFLICT DO UPDATE`), and child rows beyond the new counts
are removed, so loading the same articles again leaves the database exactly
as it was, and a re-run after a pipeline change replaces what it changed.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import (
    Column, Date, Engine, Float, ForeignKey, Integer, MetaData, String, Table, Text,
    create_engine, delete, event, select,
)
from sqlalchemy.engine import Connection

from extract.document import Document
from extract.schema import SCHEMA_VERSION

DB_SCHEMA_VERSION = "1"
"""Version of the table layout below; bump it when a table or column changes."""

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("component", String(32), primary_key=True),
    Column("version", String(32), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("article_key", String(64), primary_key=True, comment="sha256 of doc_id NUL text"),
    Column("doc_id", Text, nullable=False, index=True),
    Column("source", Text),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("record_count", Integer, nullable=False),
)

agreements = Table(
    "agreements", metadata,
    Column("agreement_key", String(64), primary_key=True,
           comment="sha256 of article_key, record index and type"),
    Column("article_key", String(64), ForeignKey("articles.article_key"), nullable=False, index=True),
    Column("record_index", Integer, nullable=False),
    Column("doc_id", Text, nullable=False),
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
    Column("parent_index", Integer, comment="record_index of the agreement this one implements"),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False, comment="the full record as JSON"),
)


def _child_table(name: str, index_name: str, *columns: Column) -> Table:
    return Table(
        name, metadata,
        Column("agreement_key", String(64), ForeignKey("agreements.agreement_key"), primary_key=True),
        Column(index_name, Integer, primary_key=True),
        *columns,
    )


parties = _child_table(
    "parties", "party_index",
    Column("name", Text, nullable=False), Column("acronym", Text), Column("kind", String(32)),
    Column("canonical", Text), Column("region_code", String(32)), Column("aliases", Text, comment="JSON array"),
)
people = _child_table(
    "people", "person_index",
    Column("role", String(16), nullable=False, comment="signatory or witness"),
    Column("name", Text, nullable=False), Column("titles", Text, comment="JSON array"),
    Column("position", Text), Column("party_index", Integer),
)
scopes = _child_table("scopes", "scope_index", Column("text", Text, nullable=False), Column("category", Text))
evidence = _child_table(
    "evidence", "evidence_index",
    Column("field", Text, nullable=False), Column("value", Text), Column("start", Integer),
    Column("end", Integer), Column("sentence_start", Integer), Column("sentence_end", Integer),
    Column("sentence", Text), Column("rule", Text), Column("note", Text),
)
CHILD_TABLES = (parties, people, scopes, evidence)


class DatabaseError(RuntimeError):
    """The database cannot be used (wrong schema version, bad URL)."""


def database_url(target: str) -> str:
    """SQLAlchemy URL from a file path, a sqlite:/// URL or a postgresql:// URL (psycopg 3)."""
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def article_key(document: Document) -> str:
    return hashlib.sha256(f"{document.id}\0{document.text}".encode("utf-8", "surrogatepass")).hexdigest()


def agreement_key(article: str, index: int, record: dict) -> str:
    return hashlib.sha256(f"{article}:{index}:{record.get('type')}".encode()).hexdigest()


class ArticleDatabase:
    """A connection that creates the tables once and loads batches idempotently."""

    def __init__(self, target: str) -> None:
        self.engine: Engine = create_engine(database_url(target))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_foreign_keys)
        elif self.engine.dialect.name != "postgresql":
            raise DatabaseError(f"unsupported database {self.engine.dialect.name!r}: use SQLite or PostgreSQL")
        metadata.create_all(self.engine)
        with self.engine.begin() as connection:
            self._check_version(connection)

    def _check_version(self, connection: Connection) -> None:
        found = dict(connection.execute(select(schema_version.c.component, schema_version.c.version)).all())
        if found.get("tables", DB_SCHEMA_VERSION) != DB_SCHEMA_VERSION:
            raise DatabaseError(f"database tables are version {found['tables']}, this Sepakat writes "
                                f"version {DB_SCHEMA_VERSION}: load into a new database")
        self._upsert(connection, schema_version, [
            {"component": "tables", "version": DB_SCHEMA_VERSION},
            {"component": "record", "version": SCHEMA_VERSION},
        ])

    def load(self, results: Sequence[tuple[Document, list[dict]]]) -> None:
        """Upsert articles with their records in one transaction."""
        if not results:
            return
        rows: dict[Table, list[dict]] = {table: [] for table in (articles, agreements, *CHILD_TABLES)}
        counts: list[tuple[str, int]] = []
        for document, records in results:
            key = article_key(document)
            rows[articles].append(_article_row(key, document, len(records)))
            counts.append((key, len(records)))
            for index, record in enumerate(records):
                _add_agreement_rows(rows, key, index, record)
        with self.engine.begin() as connection:
            for table in (articles, agreements, *CHILD_TABLES):
                self._upsert(connection, table, _unique_rows(table, rows[table]))
            self._remove_stale(connection, counts, rows)

    def _upsert(self, connection: Connection, table: Table, rows: list[dict]) -> None:
        upsert(connection, table, rows)

    def _remove_stale(self, connection: Connection, counts: list[tuple[str, int]],
                      rows: dict[Table, list[dict]]) -> None:
        """Delete agreements and child rows a previous load had beyond today's counts."""
        for key, count in counts:
            stale = select(agreements.c.agreement_key).where(
                agreements.c.article_key == key, agreements.c.record_index >= count)
            stale_keys = list(connection.execute(stale).scalars())
            if stale_keys:
                for table in CHILD_TABLES:
                    connection.execute(delete(table).where(table.c.agreement_key.in_(stale_keys)))
                connection.execute(delete(agreements).where(agreements.c.agreement_key.in_(stale_keys)))
        for table in CHILD_TABLES:
            index_column = table.primary_key.columns.values()[1]
            kept: dict[str, int] = {}
            for row in rows[table]:
                kept[row["agreement_key"]] = max(kept.get(row["agreement_key"], -1), row[index_column.name])
            for row in rows[agreements]:
                connection.execute(delete(table).where(
                    table.c.agreement_key == row["agreement_key"],
                    index_column > kept.get(row["agreement_key"], -1)))

    def close(self) -> None:
        self.engine.dispose()


def upsert(connection: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT (primary key) DO UPDATE, in SQLite's or PostgreSQL's dialect."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    keys = [column.name for column in table.primary_key.columns]
    updates = {column.name: statement.excluded[column.name] for column in table.columns
               if column.name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=updates), rows)


def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _unique_rows(table: Table, rows: list[dict]) -> list[dict]:
    """One row per key (the last): ON CONFLICT cannot touch a row twice in one statement."""
    keys = [column.name for column in table.primary_key.columns]
    return list({tuple(row[key] for key in keys): row for row in rows}.values())


def _article_row(key: str, document: Document, record_count: int) -> dict:
    return {"article_key": key, "doc_id": document.id, "source": document.source, "title": document.title,
            "url": document.url, "published": document.published, "text": document.text,
            "record_count": record_count}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _add_agreement_rows(rows: dict[Table, list[dict]], article: str, index: int, record: dict) -> None:
    key = agreement_key(article, index, record)
    location = record.get("location") or {}
    rows[agreements].append({
        "agreement_key": key, "article_key": article, "record_index": index,
        "doc_id": record.get("doc_id", ""), "type": record.get("type", "other"),
        "status": record.get("status", "signed"), "title": record.get("title"), "date": record.get("date"),
        "date_text": record.get("date_text"), "venue": location.get("venue"), "city": location.get("city"),
        "province": location.get("province"), "region_code": location.get("code"),
        "reference_numbers": _json(record.get("reference_numbers") or []), "parent_index": record.get("parent"),
        "confidence": record.get("confidence", 0.0), "record": _json(record),
    })
    for position, party in enumerate(record.get("parties") or []):
        rows[parties].append({
            "agreement_key": key, "party_index": position, "name": party["name"],
            "acronym": party.get("acronym"), "kind": party.get("kind"), "canonical": party.get("canonical"),
            "region_code": party.get("region_code"), "aliases": _json(party.get("aliases") or []),
        })
    people_of = [("signatory", person) for person in record.get("signatories") or []]
    people_of += [("witness", person) for person in record.get("witnesses") or []]
    for position, (role, person) in enumerate(people_of):
        rows[people].append({
            "agreement_key": key, "person_index": position, "role": role, "name": person["name"],
            "titles": _json(person.get("titles") or []), "position": person.get("position"),
            "party_index": person.get("party"),
        })
    for position, scope in enumerate(record.get("scopes") or []):
        rows[scopes].append({"agreement_key": key, "scope_index": position, "text": scope["text"],
                             "category": scope.get("category")})
    for position, item in enumerate(record.get("evidence") or []):
        rows[evidence].append({
            "agreement_key": key, "evidence_index": position, "field": item.get("field"),
            "value": item.get("value"), "start": item.get("start"), "end": item.get("end"),
            "sentence_start": item.get("sentence_start"), "sentence_end": item.get("sentence_end"),
            "sentence": item.get("sentence"), "rule": item.get("rule"), "note": item.get("note"),
        })
