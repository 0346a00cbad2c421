"""Installed size of Sepakat's dependencies: the base install and each optional extra.

    python benchmarks/install_size.py

Reads the requirements from pyproject.toml, follows them through the distributions installed
in this environment (so run it where `pip install -e ".[all]"` was done) and sums the files
each distribution installed. Shared dependencies count once per line.
"""
from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> tuple[str, set[str]]:
    match = re.match(r"\s*([A-Za-z0-9_.-]+)\s*(?:\[([^\]]*)\])?", requirement)
    extras = {extra.strip() for extra in (match.group(2) or "").split(",") if extra.strip()}
    return match.group(1).lower().replace("_", "-"), extras


def _closure(requirements: list[str], own: dict[str, list[str]]) -> set[str]:
    """Every distribution these requirements pull in (markers are read for this interpreter)."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    pending = list(requirements)
    while pending:
        name, extras = _name(pending.pop())
        if name == "sepakat":
            for extra in extras:
                pending.extend(own[extra])
            continue
        if name in seen:
            continue
        seen.add(name)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            print(f"  (not installed here: {name})", file=sys.stderr)
            continue
        for text in distribution.requires or []:
            requirement = Requirement(text)
            environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if requirement.marker is None or any(requirement.marker.evaluate(env) for env in environments):
                pending.append(str(requirement).split(";")[0])
    return seen


def _megabytes(names: set[str]) -> float:
    total = 0
    for name in names:
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in distribution.files or []:
            path = Path(distribution.locate_file(file))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    own = project.get("optional-dependencies", {})
    base = _closure(project["dependencies"], own)
    print(f"base install: {_megabytes(base):,.0f} MB in {len(base)} distributions")
    for extra in sorted(own):
        pulled = _closure(project["dependencies"] + own[extra], own)
        print(f"  + [{extra}]: {_megabytes(pulled):,.0f} MB ({len(pulled - base)} more distributions)")


if __name__ == "__main__":
    main()
