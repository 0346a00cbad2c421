"""Regenerates tests/golden/expected/<doc_id>.json from the current extractor.

Run from the repository root after an intended change to the rules:

    python -m tests.golden.regenerate

then read `git diff tests/golden/expected` before committing: every changed line is a
changed record. Each article is extracted with the rules alone (use_ner off, so the files
do not depend on a trained model) and the reference date `today` fixed at FROZEN_TODAY:
an article without a publication date resolves "Selasa (12/10)" and "tahun ini" against
it, and the expected files must not change with the calendar.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

from extract.options import ExtractionOptions

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "corpus" / "articles"
EXPECTED = Path(__file__).resolve().parent / "expected"
FROZEN_TODAY = date(2026, 11, 23)
OPTIONS = ExtractionOptions(today=FROZEN_TODAY, use_ner=False)


def article_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))


@lru_cache(maxsize=1)
def corpus_records() -> dict[str, list[dict]]:
    """Current records of every corpus article, by doc_id (extracted once per process)."""
    from extract.api import extract_text

    return {path.stem: extract_text(path.read_text("utf-8"), doc_id=path.stem, options=OPTIONS)
            for path in article_paths()}


def as_json(records: list[dict]) -> str:
    return json.dumps(records, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    records = corpus_records()
    for stale in EXPECTED.glob("*.json"):
        if stale.stem not in records:
            stale.unlink()
    for doc_id, doc_records in records.items():
        (EXPECTED / f"{doc_id}.json").write_text(as_json(doc_records), "utf-8")
    print(f"wrote {len(records)} files to {EXPECTED.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
