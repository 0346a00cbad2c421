"""The relevance gate: an instrument, an everyday instrument word with agreement context, or
a signing with what is signed, in one sentence; nothing with gold agreements is lost."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import extract.gate
from extract.gate import may_hold_record, relevant_cue, vocabulary
from extract.patterns import PatternFileError, load_yaml

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


@pytest.mark.parametrize("text", [
    "Pemkot Surabaya dan Universitas Airlangga menandatangani nota kesepahaman, Senin (4/3).",
    "MoU itu berlaku lima tahun.",
    "Kedua lembaga meneken perjanjian kerja sama tentang beasiswa.",
    "Penandatanganan PKS digelar di aula rektorat.",
    "Naskah PKS itu dibawa Drs. Ahmad ke kantor dinas.",
    "PKS Nomor 12/2023 mengatur pelatihan guru.",
    "Rektor dan bupati menandatangani kerja sama di bidang pendidikan.",
    "Kesepakatan itu diteken kedua pihak di Balai Kota.",
    "Kemitraan itu ditandatangani di Jakarta.",
    "Berkas kerja-sama itu ditandatangani kemarin.",
])
def test_agreement_sentences_pass(text: str) -> None:
    assert may_hold_record(text), text


@pytest.mark.parametrize("text", [
    "Ketua DPP PKS menyatakan partainya tetap di luar koalisi.",
    "Fraksi PKS di DPRD menolak kenaikan tarif air.",
    "Kedua negara sepakat meningkatkan kerja sama perdagangan.",
    "Kerja sama tim menjadi kunci kemenangan Persib.",
    "Pemain itu menandatangani kontrak tiga tahun dengan klub barunya.",
    "Kader PKS hadir. Naskah pidato dibacakan ketua panitia.",
    "Rusia dan Belarus menandatangani perjanjian perbatasan.",
])
def test_everyday_news_is_rejected(text: str) -> None:
    assert relevant_cue(text) is None, relevant_cue(text)


def test_the_cue_says_why() -> None:
    assert relevant_cue("Fraksi PKS menandatangani naskah kesepakatan koalisi.") == "'pks' with 'naskah'"
    assert relevant_cue("Kesepakatan itu diteken kemarin.") == "'diteken' with 'kesepakatan'"
    assert relevant_cue("Mereka meneken MoU.") == "instrument 'mou'"


def test_every_trigger_term_passes_where_it_names_an_agreement() -> None:
    """Strong terms start records in the pipeline: each one passes alone, or (an everyday
    word) in a signing sentence."""
    everyday = set(load_yaml("gate.yaml")["everyday_instruments"])
    for term in load_yaml("triggers.yaml")["terms"]:
        if term["strength"] != "strong":
            continue
        word = term["text"].upper()
        text = f"Penandatanganan {word} itu digelar kemarin." if term["text"] in everyday else f"{word} itu dibahas."
        assert may_hold_record(text), term["text"]


def test_a_malformed_vocabulary_fails_naming_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract.gate, "load_yaml", lambda name: {"signing": []} if name == "gate.yaml"
                        else load_yaml(name))
    vocabulary.cache_clear()
    try:
        with pytest.raises(PatternFileError, match="gate.yaml"):
            vocabulary()
    finally:
        vocabulary.cache_clear()
