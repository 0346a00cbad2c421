"""Idempotent loads into SQLite, and into PostgreSQL when a server is given."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from extract.document import Document
from extract.io.db import (
    CHILD_TABLES, DB_SCHEMA_VERSION, ArticleDatabase, agreements, article_key, articles, database_url,
    metadata, schema_version,
)
from extract.schema import SCHEMA_VERSION

POSTGRES_URL = os.environ.get("SEPAKAT_TEST_POSTGRES_URL")
TABLES = (articles, agreements, *CHILD_TABLES)


def _postgres_url() -> str:
    if POSTGRES_URL:
        return POSTGRES_URL
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but SEPAKAT_TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI")
    pytest.skip("SEPAKAT_TEST_POSTGRES_URL not set (run .ci/install-postgres.sh)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_target(request, tmp_path: Path):
    if request.param == "sqlite":
        yield str(tmp_path / "sepakat.db")
        return
    url = _postgres_url()
    engine = create_engine(database_url(url))
    metadata.drop_all(engine)
    engine.dispose()
    yield url
    engine = create_engine(database_url(url))
    metadata.drop_all(engine)
    engine.dispose()


def _results(make_record) -> list[tuple[Document, list[dict]]]:
    mou = Document(id="b1", text="Pemkot Bandung dan Unpad meneken MoU.", title="MoU", url="https://contoh.id/1",
                   published=date(2024, 3, 5), source="berita.jsonl:1")
    pair = Document(id="b2", text="MoU lalu PKS diteken di Surabaya.", source="berita.jsonl:2")
    sports = Document(id="b3", text="Persebaya menang tipis.", source="berita.jsonl:3")
    return [(mou, [make_record("b1")]), (pair, [make_record("b2"), make_record("b2", type_="PKS")]), (sports, [])]


def _dump(target: str) -> dict[str, list[tuple]]:
    engine = create_engine(database_url(target))
    with engine.connect() as connection:
        dump = {table.name: sorted(tuple(map(str, row)) for row in connection.execute(select(table)))
                for table in (*TABLES, schema_version)}
    engine.dispose()
    return dump


def test_load_twice_changes_nothing(database_target: str, make_record) -> None:
    database = ArticleDatabase(database_target)
    database.load(_results(make_record))
    first = _dump(database_target)
    database.load(_results(make_record))
    database.close()
    ArticleDatabase(database_target).load(_results(make_record))
    assert _dump(database_target) == first
    counts = {name: len(rows) for name, rows in first.items()}
    assert counts == {"articles": 3, "agreements": 3, "parties": 6, "people": 9, "scopes": 6, "evidence": 3,
                      "schema_version": 2}


def test_schema_version_is_recorded(database_target: str) -> None:
    ArticleDatabase(database_target).close()
    versions = dict(_dump(database_target)["schema_version"])
    assert versions == {"tables": DB_SCHEMA_VERSION, "record": SCHEMA_VERSION}


def test_fewer_records_on_reload_remove_stale_rows(database_target: str, make_record) -> None:
    database = ArticleDatabase(database_target)
    results = _results(make_record)
    database.load(results)
    document, records = results[1]
    shorter = dict(records[0], parties=records[0]["parties"][:1], signatories=[], witnesses=[])
    database.load([(document, [shorter])])
    engine = create_engine(database_url(database_target))
    with engine.connect() as connection:
        key = article_key(document)
        kept = connection.execute(select(func.count()).select_from(agreements)
                                  .where(agreements.c.article_key == key)).scalar_one()
        party_rows = connection.execute(text("select count(*) from parties")).scalar_one()
        people_rows = connection.execute(text("select count(*) from people")).scalar_one()
    engine.dispose()
    database.close()
    assert (kept, party_rows, people_rows) == (1, 2 + 1, 3)


def test_article_keys_follow_content() -> None:
    one = Document(id="a", text="teks")
    assert article_key(one) == article_key(Document(id="a", text="teks", title="lain"))
    assert article_key(one) != article_key(Document(id="a", text="teks berubah"))


@pytest.mark.parametrize(("target", "url"), [
    ("postgresql://u:p@localhost/db", "postgresql+psycopg://u:p@localhost/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
])
def test_database_url(target: str, url: str) -> None:
    assert database_url(target) == url


def test_file_path_becomes_sqlite_url(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"


def _counts(target: str) -> dict[str, int]:
    return {name: len(rows) for name, rows in _dump(target).items()}


def test_an_edited_article_replaces_its_earlier_version_and_records(database_target: str, make_record) -> None:
    """News sites edit articles: a reload under the same doc_id keeps only the new text's records."""
    database = ArticleDatabase(database_target)
    database.load(_results(make_record))
    before = _counts(database_target)
    edited = Document(id="b2", text="MoU lalu PKS diteken di Surabaya (diperbarui).", source="berita.jsonl:2")
    database.load([(edited, [make_record("b2")])])
    database.close()
    after = _counts(database_target)
    assert after["articles"] == before["articles"] == 3
    assert after["agreements"] == before["agreements"] - 1 == 2
    assert after["parties"] == before["parties"] - 2
    engine = create_engine(database_url(database_target))
    with engine.connect() as connection:
        texts = list(connection.execute(select(articles.c.text).where(articles.c.doc_id == "b2")).scalars())
    engine.dispose()
    assert texts == [edited.text]


def test_two_versions_in_one_batch_keep_the_last(database_target: str, make_record) -> None:
    database = ArticleDatabase(database_target)
    first, second = Document(id="b1", text="versi satu"), Document(id="b1", text="versi dua")
    database.load([(first, [make_record("b1"), make_record("b1", type_="PKS")]), (second, [make_record("b1")])])
    database.close()
    assert (_counts(database_target)["articles"], _counts(database_target)["agreements"]) == (1, 1)


def test_history_is_kept_when_asked(database_target: str, make_record) -> None:
    database = ArticleDatabase(database_target, keep_history=True)
    database.load([(Document(id="b1", text="versi satu"), [make_record("b1")])])
    database.load([(Document(id="b1", text="versi dua"), [make_record("b1")])])
    database.close()
    assert (_counts(database_target)["articles"], _counts(database_target)["agreements"]) == (2, 2)
