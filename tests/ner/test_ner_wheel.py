"""The trained NER model, and the data files the code reads, must travel inside the built wheel."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from extract.ner.model import MODEL_NAME, model_path

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(model_path() is None, reason="NER model not packaged")
def test_wheel_contains_the_model(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
    )
    (wheel,) = tmp_path.glob("sepakat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = f"extract/models/{MODEL_NAME}/"
    for relative in ("meta.json", "config.cfg", "ner/model", "tok2vec/model", "vocab/strings.json"):
        assert prefix + relative in names
    assert "sepakat/__init__.py" in names  # `import sepakat` travels too
    assert {"extract/warm_up.txt", "extract/_patterns/assembly.yaml", "extract/_patterns/README.md",
            "extract/_patterns/institutions/gazetteers.yaml", "extract/_patterns/institutions/universities_world.csv",
            "extract/_patterns/lexicon/person_name_lexicon.tsv"} <= names
