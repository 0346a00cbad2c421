"""The database tables: idempotent loads, incremental extension, changed records, PostgreSQL."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from consolidation_helpers import report
from extract.consolidation import run_consolidation
from extract.consolidation.store import read_agreements
from extract.io.db import database_url

SLEMAN, UNIVERSITY = "Pemerintah Kabupaten Sleman", "Universitas Tunas Bangsa"


def _write(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _dump(target: str) -> dict[str, list[tuple]]:
    engine = create_engine(database_url(target))
    with engine.connect() as connection:
        tables = {name: sorted(connection.execute(text(f"SELECT * FROM {name}")).all())
                  for name in ("consolidated_agreements", "agreement_reports")}
    engine.dispose()
    return tables


FIRST = [report("a", [SLEMAN, UNIVERSITY], "2024-03-12", published="2024-03-12"),
         report("b", ["Pemkab Sleman", UNIVERSITY], "2024-03-13"),
         report("c", ["Kejari Bantul", "Pemkab Bantul"], "2024-05-02")]
LATER = [report("d", [UNIVERSITY, SLEMAN], "2024-03", title="pengembangan SDM"),
         report("e", [SLEMAN, UNIVERSITY], "2025-03-11")]


def _run(records: str, db: str, tmp_path: Path) -> list[dict]:
    output = tmp_path / "run.jsonl"
    run_consolidation([records], db=db, output=output)
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def _check_idempotent_and_incremental(db: str, tmp_path: Path) -> None:
    first = _write(tmp_path / "first.jsonl", FIRST)
    written = _run(first, db, tmp_path)
    assert len(written) == 2
    before = _dump(db)
    assert _run(first, db, tmp_path) == []                      # nothing new: nothing written
    assert _dump(db) == before                                  # and nothing changed

    sleman_id = next(a["agreement_id"] for a in written if len(a["reports"]) == 2)
    extended = _run(_write(tmp_path / "later.jsonl", LATER), db, tmp_path)
    by_id = {a["agreement_id"]: a for a in extended}
    assert sleman_id in by_id                                   # the stored group grew, its id kept
    assert [r["doc_id"] for r in by_id[sleman_id]["reports"]] == ["a", "b", "d"]   # published first
    assert by_id[sleman_id]["title"] == "pengembangan SDM"
    assert len(extended) == 2                                   # the extended group and the 2025 signing
    stored = {a["agreement_id"]: a for a in read_agreements(db)}
    assert len(stored) == 3 and stored[sleman_id] == by_id[sleman_id]

    everything = _write(tmp_path / "all.jsonl", FIRST + LATER)
    rebuilt = tmp_path / "rebuilt.jsonl"
    run_consolidation([everything], output=rebuilt)             # from scratch, no database
    fresh = {json.loads(line)["agreement_id"] for line in rebuilt.read_text(encoding="utf-8").splitlines()}
    assert fresh == set(stored)                                 # the same ids as the incremental runs


def test_sqlite_idempotent_and_incremental(tmp_path: Path) -> None:
    _check_idempotent_and_incremental(str(tmp_path / "sepakat.db"), tmp_path)


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("SEPAKAT_TEST_POSTGRES_URL"), reason="SEPAKAT_TEST_POSTGRES_URL not set")
def test_postgres_idempotent_and_incremental(tmp_path: Path) -> None:
    url = os.environ["SEPAKAT_TEST_POSTGRES_URL"]
    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS consolidated_agreements, agreement_reports"))
    engine.dispose()
    _check_idempotent_and_incremental(url, tmp_path)


def test_a_changed_record_leaves_its_old_group(tmp_path: Path) -> None:
    db = str(tmp_path / "sepakat.db")
    _run(_write(tmp_path / "one.jsonl", FIRST), db, tmp_path)
    # article b extracted again: now a PKS of other parties
    changed = [FIRST[0], report("b", ["Polres Sleman", "RSUD Sleman"], "2024-03-13", type_="PKS"), FIRST[2]]
    _run(_write(tmp_path / "two.jsonl", changed), db, tmp_path)
    groups = sorted(sorted(r["doc_id"] for r in a["reports"]) for a in read_agreements(db))
    assert groups == [["a"], ["b"], ["c"]]
    _run(_write(tmp_path / "two.jsonl", changed), db, tmp_path)
    assert sorted(sorted(r["doc_id"] for r in a["reports"]) for a in read_agreements(db)) == groups
