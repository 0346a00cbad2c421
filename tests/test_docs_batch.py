"""What docs/batch.md tells users to do works (issue 14, item 15): reading Sepakat's CSV
keeps region codes as text (the documented pandas call and extract.frames), the database
URL and password stay off the command line."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "batch.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)


@pytest.fixture
def agreements_csv(tmp_path: Path) -> Path:
    from extract.io.writers import open_writer
    from extract.schema import Record

    record = Record.model_validate({
        "doc_id": "b1", "type": "MoU", "status": "signed", "confidence": 0.8,
        "parties": [{"name": "Pemerintah Kota Makassar"}, {"name": "Universitas Hasanuddin"}],
        "location": {"city": "Makassar", "province": "Sulawesi Selatan", "code": "73.10"}}).model_dump()
    path = tmp_path / "agreements.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = open_writer("csv", handle)
        writer.write(record)
        writer.close()
    return path


def test_the_documented_pandas_call_keeps_region_codes_as_text(agreements_csv: Path, monkeypatch) -> None:
    [snippet] = [block for block in _python_blocks() if "read_csv" in block]
    monkeypatch.chdir(agreements_csv.parent)
    namespace: dict = {}
    exec(snippet, namespace)  # noqa: S102 - the documentation's own example
    assert namespace["agreements"]["region_code"].tolist() == ["73.10"]


def test_the_loader_keeps_region_codes_as_text(agreements_csv: Path) -> None:
    from extract.frames import read_records

    frames = read_records(str(agreements_csv))
    assert frames.agreements["region_code"].tolist() == ["73.10"]


@pytest.mark.postgres
def test_the_documented_postgres_setup_keeps_the_password_off_the_command_line(tmp_path: Path, monkeypatch) -> None:
    """SEPAKAT_DB_URL without a password, and PGPASSWORD for libpq, as the docs say."""
    url = os.environ.get("SEPAKAT_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("SEPAKAT_TEST_POSTGRES_URL not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from typer.testing import CliRunner

    import extract.api
    from extract.cli import app
    from extract.io.db import database_url

    monkeypatch.setattr(extract.api, "extract_documents", lambda documents, **_: ((d, []) for d in documents))
    parsed = make_url(url)
    article = tmp_path / "docs-postgres.txt"
    article.write_text("Kabar tanpa kerja sama.", encoding="utf-8")
    environment = {"SEPAKAT_DB_URL": parsed.set(password=None).render_as_string(hide_password=False),
                   "PGPASSWORD": parsed.password or ""}
    result = CliRunner().invoke(app, ["extract", str(article), "-q", "--no-prefilter"], env=environment)
    assert result.exit_code == 0, result.output
    engine = create_engine(database_url(url))
    with engine.begin() as connection:
        assert connection.execute(text("select count(*) from articles where doc_id = 'docs-postgres'")).scalar() == 1
        connection.execute(text("delete from articles where doc_id = 'docs-postgres'"))
    engine.dispose()
