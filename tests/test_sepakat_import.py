"""`import sepakat` (issue 14, item 12): the documented Python entry point, which a user's own
extract.py beside their script cannot shadow."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
USERS_EXTRACT = 'raise SystemExit("the user\'s own extract.py was imported")\n'
ARTICLE = ("Salatiga – Pemerintah Kota Salatiga dan Universitas Kristen Satya Wacana menandatangani "
           "nota kesepahaman tentang pendidikan, Senin (3/7).")


def _python(code: str, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args] if args else [sys.executable, "-c", code], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def users_project(tmp_path: Path) -> Path:
    (tmp_path / "extract.py").write_text(USERS_EXTRACT, encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_import_sepakat_beside_a_users_extract_py_extracts(users_project: Path) -> None:
    code = ("import sepakat, sys\n"
            f"records = sepakat.extract_text({ARTICLE!r}, published='3 Juli 2023', use_ner=False)\n"
            "print(records[0]['date'], sys.modules['extract'].__file__)\n")
    result = _python(code, users_project)
    assert result.returncode == 0, result.stderr
    found_date, module_file = result.stdout.split()
    assert found_date == "2023-07-03"
    assert Path(module_file).resolve().parent == REPO / "extract"


def test_a_users_script_named_extract_py_can_import_sepakat(tmp_path: Path) -> None:
    script = tmp_path / "extract.py"
    script.write_text("import sepakat\nprint(sepakat.SCHEMA_VERSION, sepakat.record_json_schema()['title'])\n",
                      encoding="utf-8")
    result = _python("", tmp_path, str(script))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "record"


def test_a_users_extract_module_imported_first_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "extract.py").write_text("VALUE = 1\n", encoding="utf-8")
    result = _python("import extract\nimport sepakat\n", tmp_path)
    assert result.returncode != 0
    assert "another module named 'extract'" in result.stderr and str(tmp_path / "extract.py") in result.stderr


def test_sepakat_offers_the_public_api() -> None:
    import extract
    import sepakat

    assert set(sepakat.__all__) == set(extract.__all__) >= {"extract_text", "extract_documents", "load_pipeline"}
    assert sepakat.extract_text is extract.extract_text
