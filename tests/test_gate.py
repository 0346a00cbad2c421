"""The relevance gate: an instrument, an everyday instrument word with agreement context, or
a signing with what is signed, in one sentence; nothing with gold agreements is lost."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import vocabulary as pattern_files
from extract.gate import may_hold_record, relevant_cue

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "dev"


def _gold_positive(articles: Path, gold: Path) -> list[Path]:
    """Articles whose gold file lists at least one (required) agreement."""
    return [path for path in sorted(articles.glob("*.txt"))
            if (gold / f"{path.stem}.json").is_file()
            and json.loads((gold / f"{path.stem}.json").read_text(encoding="utf-8")).get("agreements")]


def test_every_corpus_article_with_gold_agreements_passes() -> None:
    articles = _gold_positive(REPO / "corpus" / "articles", REPO / "corpus" / "gold")
    assert articles
    assert [path.stem for path in articles if not may_hold_record(path.read_text(encoding="utf-8"))] == []


def test_every_dev_article_with_gold_agreements_passes() -> None:
    if not DEV.is_dir():
        pytest.skip("shared dev articles are not available in this checkout")
    articles = _gold_positive(DEV / "articles", DEV / "gold")
    assert [path.stem for path in articles if not may_hold_record(path.read_text(encoding="utf-8"))] == []


@pytest.mark.parametrize("text", pattern_files.gate().examples)
def test_examples_pass(text: str) -> None:
    assert may_hold_record(text), text


@pytest.mark.parametrize("text", pattern_files.gate().counter_examples)
def test_counter_examples_are_rejected(text: str) -> None:
    assert relevant_cue(text) is None, relevant_cue(text)


def test_the_cue_says_why() -> None:
    assert relevant_cue("Fraksi PKS menandatangani naskah kesepakatan koalisi.") == "'pks' with 'naskah'"
    assert relevant_cue("Kesepakatan itu diteken kemarin.") == "'diteken' with 'kesepakatan'"
    assert relevant_cue("Mereka meneken MoU.") == "instrument 'mou'"


def test_every_instrument_passes_where_it_names_an_agreement() -> None:
    """Instruments start records in the pipeline: each one passes alone, or (an everyday
    word) in a signing sentence."""
    everyday = set(pattern_files.gate().everyday_instruments)
    for term in pattern_files.triggers().terms:
        if term.purpose != "instrument":
            continue
        word = term.text.upper()
        text = f"Penandatanganan {word} itu digelar kemarin." if term.text in everyday else f"{word} itu dibahas."
        assert may_hold_record(text), term.text


def test_every_signing_verb_signs_a_cooperation_word() -> None:
    for verb in pattern_files.triggers().verb_words("signing") + pattern_files.triggers().verb_words("signing_word"):
        assert may_hold_record(f"Kerja sama itu {verb} kemarin."), verb
