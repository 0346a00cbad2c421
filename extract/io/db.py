"""Load articles and their agreement records into SQLite or PostgreSQL.

Normalised tables (articles, agreements, parties, people, scopes, evidence)
keyed by hashes of their content: an article by its id and text, an
agreement by its article, position and type. The agreement columns and the
child tables follow the field registry (extract/fields.py). Every write is an upsert
(`INSERT ... ON CONFLICT DO UPDATE`), and child rows beyond the new counts
are removed, so loading the same articles again leaves the database exactly
as it was, and a re-run after a pipeline change replaces what it changed.
An article is its doc_id: loading one whose text changed (news sites edit
articles) replaces the earlier version and its records in the same
transaction, unless the database keeps history.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import (
    Column, Date, Engine, Float, ForeignKey, Integer, MetaData, String, Table, Text,
    create_engine, delete, event, select,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from extract.document import Document
from extract.fields import AGREEMENT_COLUMNS, CHILD_TABLES as CHILD_TABLE_FIELDS, ChildTable, DbColumn, child_rows
from extract.io import db_errors
from extract.schema import SCHEMA_VERSION

SQLITE_LOCK_WAIT_SECONDS = 5.0
"""How long a write waits for another program's lock on a SQLite file before failing."""

DB_SCHEMA_VERSION = "1"
"""Version of the table layout below; bump it when a table or column changes."""

metadata = MetaData()
_TYPES = {"text": Text, "code": lambda: String(32), "short": lambda: String(16), "date": lambda: String(10),
          "integer": Integer, "float": Float}


def _column(column: DbColumn) -> Column:
    return Column(column.name, _TYPES[column.type](), nullable=column.nullable, comment=column.comment)


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
    *(_column(column) for column in AGREEMENT_COLUMNS),
    Column("record", Text, nullable=False, comment="the full record as JSON"),
)


def _child_table(table: ChildTable) -> Table:
    return Table(
        table.name, metadata,
        Column("agreement_key", String(64), ForeignKey("agreements.agreement_key"), primary_key=True),
        Column(table.index, Integer, primary_key=True),
        *(_column(column) for column in table.columns),
    )


_CHILDREN: dict[ChildTable, Table] = {table: _child_table(table) for table in CHILD_TABLE_FIELDS}
CHILD_TABLES = tuple(_CHILDREN.values())
parties, people, scopes, evidence = (metadata.tables[name] for name in ("parties", "people", "scopes", "evidence"))


class DatabaseError(RuntimeError):
    """The database cannot be used (wrong schema version, bad URL, refused connection, a
    locked file): the message is one line saying which database, what failed, what to do."""


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
    """A connection that creates the tables once and loads batches idempotently.

    `keep_history` keeps earlier versions of an edited article (another text under the same
    doc_id) next to the new one instead of replacing them.
    """

    def __init__(self, target: str, *, keep_history: bool = False) -> None:
        self.keep_history = keep_history
        self.target = target
        url = database_url(target)
        try:
            backend = make_url(url).get_backend_name()
        except ArgumentError as exc:
            raise DatabaseError(db_errors.unsupported(target, target.split("://")[0])) from exc
        if backend not in ("sqlite", "postgresql"):
            raise DatabaseError(db_errors.unsupported(target, backend))
        database = make_url(url).database if backend == "sqlite" else None
        self._sqlite_file = Path(database) if database and database != ":memory:" else None
        with self._failures_said_plainly():
            connect_args = {"timeout": SQLITE_LOCK_WAIT_SECONDS} if backend == "sqlite" else {}
            self.engine: Engine = create_engine(url, connect_args=connect_args)
            if backend == "sqlite":
                event.listen(self.engine, "connect", _sqlite_foreign_keys)
            metadata.create_all(self.engine)
            with self.engine.begin() as connection:
                self._check_version(connection)

    @contextlib.contextmanager
    def _failures_said_plainly(self) -> Iterator[None]:
        """Driver and connection failures become a one-line DatabaseError."""
        try:
            yield
        except DatabaseError:
            raise
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise DatabaseError(db_errors.describe(self.target, exc, self._sqlite_file)) from exc

    def _check_version(self, connection: Connection) -> None:
        found = dict(connection.execute(select(schema_version.c.component, schema_version.c.version)).all())
        if found.get("tables", DB_SCHEMA_VERSION) != DB_SCHEMA_VERSION:
            raise DatabaseError(f"cannot use database {db_errors.masked(self.target)}: its tables are version "
                                f"{found['tables']}, this Sepakat writes version {DB_SCHEMA_VERSION}; "
                                "load into a new database")
        self._upsert(connection, schema_version, [
            {"component": "tables", "version": DB_SCHEMA_VERSION},
            {"component": "record", "version": SCHEMA_VERSION},
        ])

    def load(self, results: Sequence[tuple[Document, list[dict]]]) -> None:
        """Upsert articles with their records in one transaction."""
        if not results:
            return
        if not self.keep_history:  # one version per doc_id: the last one loaded
            results = list({document.id: (document, records) for document, records in results}.values())
        rows: dict[Table, list[dict]] = {table: [] for table in (articles, agreements, *CHILD_TABLES)}
        counts: list[tuple[str, int]] = []
        for document, records in results:
            key = article_key(document)
            rows[articles].append(_article_row(key, document, len(records)))
            counts.append((key, len(records)))
            for index, record in enumerate(records):
                _add_agreement_rows(rows, key, index, record)
        with self._failures_said_plainly(), self.engine.begin() as connection:
            if not self.keep_history:
                self._remove_earlier_versions(connection, rows[articles])
            for table in (articles, agreements, *CHILD_TABLES):
                self._upsert(connection, table, _unique_rows(table, rows[table]))
            self._remove_stale(connection, counts, rows)

    def _remove_earlier_versions(self, connection: Connection, article_rows: list[dict]) -> None:
        """Delete other versions (other texts) of these doc_ids, with their agreements."""
        current = {row["article_key"] for row in article_rows}
        doc_ids = sorted({row["doc_id"] for row in article_rows})
        earlier = [key for key in connection.execute(
            select(articles.c.article_key).where(articles.c.doc_id.in_(doc_ids))).scalars() if key not in current]
        if not earlier:
            return
        stale = select(agreements.c.agreement_key).where(agreements.c.article_key.in_(earlier))
        for table in CHILD_TABLES:
            connection.execute(delete(table).where(table.c.agreement_key.in_(stale)))
        connection.execute(delete(agreements).where(agreements.c.article_key.in_(earlier)))
        connection.execute(delete(articles).where(articles.c.article_key.in_(earlier)))

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


def _add_agreement_rows(rows: dict[Table, list[dict]], article: str, index: int, record: dict) -> None:
    """The agreement row and the child rows of one record, as the field registry lays them out."""
    key = agreement_key(article, index, record)
    rows[agreements].append({
        "agreement_key": key, "article_key": article, "record_index": index,
        **{column.name: column.value(record) for column in AGREEMENT_COLUMNS},
        "record": json.dumps(record, ensure_ascii=False),
    })
    for child, items in child_rows(record).items():
        table = _CHILDREN[child]
        for position, item in enumerate(items):
            rows[table].append({"agreement_key": key, child.index: position,
                                **{column.name: column.value(item) for column in child.columns}})
