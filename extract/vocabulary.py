"""The agreement vocabulary of patterns/triggers.yaml, loaded once for every layer."""
from __future__ import annotations

from functools import lru_cache

from extract.patterns import load_yaml


@lru_cache(maxsize=1)
def trigger_lexicon() -> dict:
    data = load_yaml("triggers.yaml")
    terms = {t["text"].lower(): t for t in data["terms"]}
    return {
        "terms": terms,
        "verbs": [v.lower() for v in data["signing_verbs"]],
        "planned": [c.lower() for c in data["planned_cues"]],
        "referenced": [c.lower() for c in data["referenced_cues"]],
        "office_before": sorted((w.lower() for w in data["office_words_before"]), key=len, reverse=True),
    }
