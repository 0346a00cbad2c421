"""Assembly tests run short articles written for them through the rules-only pipeline."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.api import extract_text, load_pipeline


@pytest.fixture(scope="session")
def extract() -> Callable[..., list[dict]]:
    nlp = load_pipeline(use_ner=False)

    def run(text: str, published: str = "2024-03-20") -> list[dict]:
        return extract_text(text, doc_id="uji", published=published, use_ner=False, nlp=nlp)

    return run


def parties(record: dict) -> list[str]:
    return [p["name"] for p in record["parties"]]
