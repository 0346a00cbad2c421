"""Reading gold annotation files (format: GOLD_FORMAT.md, one JSON file per article)."""
from __future__ import annotations

import json
from pathlib import Path


class GoldFormatError(ValueError):
    """A gold file is unreadable or does not follow the gold format."""


_AGREEMENT_LISTS = ("agreements", "optional")


def load_gold(directory: str | Path) -> dict[str, dict]:
    """Every gold file in a directory, keyed by doc_id (the file stem)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldFormatError(f"{directory}: gold directory not found")
    return {path.stem: load_gold_file(path) for path in sorted(directory.glob("*.json"))}


def load_gold_file(path: Path) -> dict:
    """One gold file, checked for the keys the scorer relies on."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: expected a JSON object")
    doc_id = data.setdefault("doc_id", path.stem)
    if doc_id != path.stem:
        raise GoldFormatError(f"{path}: doc_id {doc_id!r} does not match the file name")
    for key in _AGREEMENT_LISTS:
        agreements = data.setdefault(key, [])
        if not isinstance(agreements, list):
            raise GoldFormatError(f"{path}: {key!r} must be a list")
        for index, agreement in enumerate(agreements):
            _check_agreement(agreement, f"{path}: {key}[{index}]")
    return data


def _check_agreement(agreement: object, where: str) -> None:
    if not isinstance(agreement, dict):
        raise GoldFormatError(f"{where}: expected an object")
    parties = agreement.get("parties")
    if not isinstance(parties, list) or not all(
        isinstance(forms, list) and forms and all(isinstance(form, str) for form in forms)
        for forms in parties
    ):
        raise GoldFormatError(f"{where}: 'parties' must be a list of non-empty name lists")
