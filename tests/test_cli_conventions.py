"""Command-line conventions (issue 14, items 10 and 11): database problems in one line with
exit status 2, the URL from SEPAKAT_DB_URL, --version and -h, a closed pipe, and where a
resumed run resumes."""
from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.document import Document
from stand_in import mou_records

runner = CliRunner()
POSTGRES_URL = os.environ.get("SEPAKAT_TEST_POSTGRES_URL")


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.api

    monkeypatch.setattr(extract.api, "extract_documents", mou_records)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "sleman.txt"
    path.write_text("Pemkab Sleman dan UGM meneken MoU.", encoding="utf-8")
    return path


def _one_line_error(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return lines[0]


@pytest.mark.parametrize(("target", "expected"), [
    ("mysql://pengguna:rahasia@localhost/berita", "'mysql' is not supported"),
    ("{tmp}/tidak/ada/sepakat.db", "directory {tmp}/tidak/ada does not exist"),
    ("postgresql://pengguna:rahasia@127.0.0.1:1/berita", "cannot connect"),
], ids=["missing-driver", "missing-directory", "refused"])
def test_database_problems_are_one_line_naming_the_url_with_exit_2(
        article: Path, tmp_path: Path, target: str, expected: str) -> None:
    target, expected = target.format(tmp=tmp_path), expected.format(tmp=tmp_path)
    result = runner.invoke(app, ["extract", str(article), "--db", target, "-q"])
    assert result.exit_code == 2, result.output
    line = _one_line_error(result)
    assert line.startswith("error: cannot use database ") and expected in line
    assert "rahasia" not in line and ("***" in line or "rahasia" not in target)


def test_a_locked_sqlite_file_says_so(article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.io.db

    monkeypatch.setattr(extract.io.db, "SQLITE_LOCK_WAIT_SECONDS", 0.05)
    target = tmp_path / "sepakat.db"
    assert runner.invoke(app, ["extract", str(article), "--db", str(target), "-q"]).exit_code == 0
    holder = sqlite3.connect(target)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = runner.invoke(app, ["extract", str(article), "--db", str(target), "-q"])
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 2
    assert "locked by another program" in _one_line_error(result)


@pytest.mark.postgres
def test_a_wrong_password_is_one_line_with_the_password_masked(article: Path) -> None:
    if not POSTGRES_URL:
        pytest.skip("SEPAKAT_TEST_POSTGRES_URL not set")
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_URL).set(password="salah-sandi").render_as_string(hide_password=False)
    result = runner.invoke(app, ["extract", str(article), "--db", url, "-q"])
    assert result.exit_code == 2
    line = _one_line_error(result)
    assert "salah-sandi" not in line and "***" in line and "user or password" in line


def test_the_database_url_can_come_from_the_environment(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "dari-env.db"
    result = runner.invoke(app, ["extract", str(article), "-q"], env={"SEPAKAT_DB_URL": str(target)})
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as connection:
        assert connection.execute("select doc_id from articles").fetchall() == [("sleman",)]


def test_version_and_short_help() -> None:
    from importlib.metadata import version

    assert runner.invoke(app, ["--version"]).stdout.strip() == f"sepakat {version('sepakat')}"
    assert "Usage: sepakat" in runner.invoke(app, ["-h"], prog_name="sepakat").stdout
    assert "--max-bytes" in runner.invoke(app, ["extract", "-h"]).stdout


RUNNER = '''
import sys
sys.path.insert(0, {tests!r})
import extract.api
from stand_in import mou_records
extract.api.extract_documents = mou_records
from extract.cli import app
sys.argv = ["sepakat", "extract", *sys.argv[1:]]
app()
'''


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """`sepakat extract ... | head -1`: no traceback, the status of a tool whose pipe closed."""
    source = tmp_path / "banyak.jsonl"
    source.write_text("".join(f'{{"id": "b{n}", "text": "MoU nomor {n} diteken."}}\n' for n in range(20000)),
                      encoding="utf-8")
    script = tmp_path / "runner.py"
    script.write_text(RUNNER.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), str(source), "-q"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141, stderr
    assert b'"doc_id": "b0"' in first
    assert stderr == ""


def test_resume_says_where_it_resumes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from extract.batch import Outputs, ResultSink
    from extract.engines.chunks import ItemResult

    output = tmp_path / "hasil.jsonl"
    sink = ResultSink(Outputs(output=output), key="run")
    sink.commit([Document(id=f"d{n}", text="MoU") for n in range(3)], [ItemResult(records=[])] * 3)
    sink.save_checkpoint()
    sink.close()
    with caplog.at_level(logging.INFO, logger="sepakat"):
        ResultSink(Outputs(output=output, resume=True), key="run").close()
    assert "resuming after input 3" in caplog.text


def test_progress_counts_bytes_read_towards_a_known_total(tmp_path: Path) -> None:
    from extract.io.readers import ReadProgress, iter_documents

    source = tmp_path / "berita.jsonl"
    source.write_text("".join(f'{{"id": "b{n}", "text": "Kabar {n}."}}\n' for n in range(50)), encoding="utf-8")
    progress = ReadProgress([str(source)])
    seen = []
    for _ in iter_documents([str(source)], progress=progress):
        seen.append(progress.bytes_read())
    assert progress.total == source.stat().st_size
    assert seen == sorted(seen) and progress.bytes_read() == progress.total


def test_the_progress_line_starts_its_refresh_thread_only_with_the_first_results(tmp_path: Path) -> None:
    """'loading the model' is drawn without rich's refresh thread: the batch runner forks its
    workers then, and forks only while no other thread runs (extract.engines.local.worker_context).
    The thread (spinner, ETA) starts with the first results, after the workers."""
    import threading
    from types import SimpleNamespace

    from extract.batch_cli import _ProgressDisplay
    from extract.io.readers import ReadProgress

    source = tmp_path / "berita.jsonl"
    source.write_text('{"id": "a", "text": "MoU"}\n', encoding="utf-8")
    before = threading.active_count()
    display = _ProgressDisplay(quiet=False, read_progress=ReadProgress([str(source)]))
    with display:
        assert threading.active_count() == before
        display.update(SimpleNamespace(inputs=1, candidates=1, records=0, errors=0), [])
        assert threading.active_count() == before + 1
    for thread in threading.enumerate():  # rich stops its thread on closing, without waiting for it
        if thread is not threading.current_thread() and type(thread).__name__ == "_RefreshThread":
            thread.join(timeout=10)
    assert threading.active_count() == before
