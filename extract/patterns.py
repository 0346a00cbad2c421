"""Find and load the data files in `patterns/` (rules, lexicons, gazetteers).

In a source checkout or editable install the files live in the top-level
`patterns/` folder; an installed wheel carries them as `extract/_patterns`.
Files are parsed once and cached; a malformed file fails at load time, naming it.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_PACKAGE_DIR = Path(__file__).resolve().parent


class PatternFileError(ValueError):
    """A file in patterns/ is missing or malformed."""


@lru_cache(maxsize=1)
def patterns_dir() -> Path:
    """The directory holding the pattern files, wheel location first."""
    for candidate in (_PACKAGE_DIR / "_patterns", _PACKAGE_DIR.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise PatternFileError(
        f"patterns directory not found (looked in {_PACKAGE_DIR / '_patterns'} and "
        f"{_PACKAGE_DIR.parent / 'patterns'})"
    )


def pattern_path(name: str) -> Path:
    path = patterns_dir() / name
    if not path.is_file():
        raise PatternFileError(f"pattern file {name!r} not found in {patterns_dir()}")
    return path


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    path = pattern_path(name)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PatternFileError(f"{path}: invalid YAML: {exc}") from exc


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV gazetteer as dicts; lines starting with '#' are comments."""
    path = pattern_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        rows = tuple(csv.DictReader(lines))
    if not rows:
        raise PatternFileError(f"{path}: no rows")
    return rows


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[dict, ...]:
    path = pattern_path(name)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise PatternFileError(f"{path}:{number}: invalid JSON: {exc}") from exc
    return tuple(rows)


@lru_cache(maxsize=None)
def load_wordlist(name: str) -> frozenset[str]:
    """A plain word list: one entry per line, '#' comments, compared lower-cased."""
    path = pattern_path(name)
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            words.add(entry.lower())
    return frozenset(words)
