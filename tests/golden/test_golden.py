"""Golden test: each corpus article's records equal the reviewed ones in expected/.

After an intended change to the rules, regenerate and review the diff:

    python -m tests.golden.regenerate && git diff tests/golden/expected
"""
from __future__ import annotations

import difflib
import json

import pytest

from golden.regenerate import EXPECTED, article_paths, as_json

REGENERATE = "python -m tests.golden.regenerate"


def test_every_article_has_an_expected_file():
    articles = {path.stem for path in article_paths()}
    expected = {path.stem for path in EXPECTED.glob("*.json")}
    assert articles == expected, (
        f"articles without expected file: {sorted(articles - expected)}; expected files without "
        f"article: {sorted(expected - articles)}. Run `{REGENERATE}` and review the new files."
    )


@pytest.mark.parametrize("doc_id", [path.stem for path in article_paths()])
def test_records_match_expected(corpus_records, doc_id):
    path = EXPECTED / f"{doc_id}.json"
    if not path.exists():
        pytest.fail(f"{path.name} missing: run `{REGENERATE}`")
    expected = path.read_text("utf-8")
    current = as_json(corpus_records[doc_id])
    if current != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), current.splitlines(keepends=True),
            fromfile=f"expected/{path.name}", tofile="current output", n=2))
        pytest.fail(
            f"records of {doc_id} changed ({len(json.loads(expected))} expected, "
            f"{len(corpus_records[doc_id])} now):\n{diff}\n"
            f"If the change is intended, run `{REGENERATE}` and commit the reviewed diff.",
            pytrace=False,
        )
