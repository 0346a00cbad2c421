"""Heavy libraries load where used: `sepakat --help` and `import extract` pull in none of
them, and every public name still resolves."""
from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("spacy", "thinc", "pandas", "pyarrow", "sqlalchemy", "dateparser", "trafilatura", "dask", "fastapi", "uvicorn")


def _loaded_after(code: str) -> list[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(set(m.split('.')[0] for m in sys.modules))))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [name for name in json.loads(done.stdout.splitlines()[-1]) if name in HEAVY]


def test_the_command_line_and_the_package_load_no_heavy_library() -> None:
    assert _loaded_after("import extract.cli") == []
    assert _loaded_after("import extract, extract.report") == []


def test_every_public_name_resolves() -> None:
    import extract
    import extract.report

    for package in (extract, extract.report):
        for name in package.__all__:
            assert getattr(package, name) is not None, name
