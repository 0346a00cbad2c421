"""Optional extras (issue 14, item 14): a base install extracts on its own; what needs an extra
says which one. The extras' packages are hidden from a child process to stand in for a base
install, then the README's main command runs."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXTRA_PACKAGES = {"web": ["fastapi", "starlette", "uvicorn", "multipart", "python_multipart"],  # spaCy needs jinja2
                  "dask": ["dask", "distributed"], "postgres": ["psycopg", "psycopg_binary"]}

WITHOUT_EXTRAS = '''
import sys
HIDDEN = {hidden!r}

class HideExtras:
    """Imports of the extras' packages fail, as in a base install."""
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name.split(".")[0])
        return None

sys.meta_path.insert(0, HideExtras())
from extract.cli import app
sys.argv = ["sepakat", *sys.argv[1:]]
app()
'''


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_base_install_leaves_the_extras_out() -> None:
    project = _project()
    base = " ".join(project["dependencies"]).lower()
    for packages in EXTRA_PACKAGES.values():
        assert not any(package.replace("_", "-") in base for package in packages if package != "multipart")
    extras = project["optional-dependencies"]
    assert {"web", "dask", "postgres", "all", "test"} <= set(extras)
    assert "sepakat[all]" in extras["test"]  # the README's test command needs every extra


@pytest.fixture
def without_extras(tmp_path: Path):
    script = tmp_path / "sepakat_base.py"
    hidden = sorted(package for packages in EXTRA_PACKAGES.values() for package in packages)
    script.write_text(WITHOUT_EXTRAS.format(hidden=hidden), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(script), *args], cwd=REPO, capture_output=True, text=True,
                              timeout=600)
    return run


@pytest.mark.slow
def test_a_base_install_extracts_the_corpus(without_extras, tmp_path: Path) -> None:
    article = sorted((REPO / "corpus" / "articles").glob("*.txt"))[0]
    output = tmp_path / "records.jsonl"
    result = without_extras("extract", str(article), "--no-ner", "--output", str(output), "-q")
    assert result.returncode == 0, result.stderr
    assert json.loads(output.read_text(encoding="utf-8").splitlines()[0])["doc_id"] == article.stem


@pytest.mark.parametrize(("args", "extra"), [
    (["serve"], "web"),
    (["extract", "corpus/articles", "--engine", "dask", "-q"], "dask"),
    (["extract", "corpus/articles", "--db", "postgresql://u@localhost/berita", "-q"], "postgres"),
])
def test_what_needs_an_extra_names_it(without_extras, args: list[str], extra: str) -> None:
    result = without_extras(*args)
    assert result.returncode == 2, result.stderr
    assert f"pip install 'sepakat[{extra}]'" in result.stderr and "Traceback" not in result.stderr
