"""Shared by the golden test and the corpus gate: the corpus is extracted once per session."""
from __future__ import annotations

import pytest

from golden.regenerate import corpus_records as _corpus_records


@pytest.fixture(scope="session")
def corpus_records() -> dict[str, list[dict]]:
    """Current records of every corpus/articles file, by doc_id (see golden/regenerate.py)."""
    return _corpus_records()
