"""Find and load the data files in `patterns/` (rules, lexicons, gazetteers).

In a source checkout or editable install the files live in the top-level
`patterns/` folder; an installed wheel carries them as `extract/_patterns`.
$SEPAKAT_PATTERNS names another folder (a copy to try a change on), for the whole process.
Files are parsed once and cached (each caller gets its own copy of a YAML file's data); a
malformed file fails at load time, naming it. The schemas of the word lists are in
extract/vocabulary.py.
"""
from __future__ import annotations

import copy
import csv
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

_PACKAGE_DIR = Path(__file__).resolve().parent
PATTERNS_ENV = "SEPAKAT_PATTERNS"
# libyaml's parser when PyYAML has it: the same data, several times faster to load
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Lines = dict[tuple, int]  # path in the data (keys and list indexes) -> line in the file (1-based)


class PatternFileError(ValueError):
    """A file in patterns/ is missing or malformed."""


@lru_cache(maxsize=1)
def patterns_dir() -> Path:
    """The directory holding the pattern files: $SEPAKAT_PATTERNS, else the wheel's, else the checkout's."""
    override = os.environ.get(PATTERNS_ENV, "").strip()
    if override:
        if not Path(override).is_dir():
            raise PatternFileError(f"{PATTERNS_ENV}={override}: not a directory")
        return Path(override)
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


def load_yaml(name: str) -> Any:
    """A YAML pattern file's data: the caller's own copy, so no caller changes another's."""
    return copy.deepcopy(load_yaml_with_lines(name)[0])


@lru_cache(maxsize=None)
def load_yaml_with_lines(name: str) -> tuple[Any, Lines]:
    """A YAML pattern file's data (shared: do not change it) and the line of every entry."""
    return parse_yaml(pattern_path(name))


def parse_yaml(path: Path) -> tuple[Any, Lines]:
    """The data of a YAML file and the line of every mapping value and list item in it."""
    try:
        text = path.read_text(encoding="utf-8")
        loader = _YAML_LOADER(text)  # one parse: the nodes give the lines, and the data is built from them
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
        lines: Lines = {}
    except (OSError, yaml.YAMLError) as exc:
        raise PatternFileError(f"{path}: invalid YAML: {exc}") from exc
    if node is not None:
        _index_lines(node, (), lines)
    return data, lines


def _index_lines(node: yaml.Node, path: tuple, lines: Lines) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, yaml.constructor.SafeConstructor().construct_object(key, deep=True))
            _index_lines(value, child, lines)
            lines[child] = key.start_mark.line + 1  # a bad value is reported on its key's line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*path, index), lines)


def line_of(lines: Lines, path: tuple) -> int:
    """The line of `path`, or of the nearest enclosing entry that has one."""
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


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
def load_csv_lines(name: str) -> tuple[tuple[int, Mapping[str, str]], ...]:
    """Rows of a CSV gazetteer (read-only) with the file's line number of each (for load-time
    errors that name the row); '#' comment lines are skipped but counted."""
    path = pattern_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = [(number, line) for number, line in enumerate(handle, 1)
                    if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    rows = tuple((numbered[reader.line_num - 1][0], MappingProxyType(row)) for row in reader)
    if not rows:
        raise PatternFileError(f"{path}: no rows")
    return rows


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
