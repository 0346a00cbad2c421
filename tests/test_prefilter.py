"""The prefilter and the relevance gate let through every article the pipeline finds a record in."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.api import extract_documents
from extract.document import Document
from extract.gate import may_hold_record
from extract.patterns import load_yaml
from extract.prefilter import first_cue, may_hold_agreement, spelling_variants

REPO = Path(__file__).resolve().parents[1]
DEV_ARTICLES = REPO.parent / "shared" / "dev" / "articles"


def _articles(directory: Path) -> list[Document]:
    return [Document(id=path.stem, text=path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.txt"))]


def _rejected_with_records(documents: list[Document]) -> list[str]:
    """Articles with records that the prefilter or the gate (what batch runs apply) rejects."""
    return [document.id for document, records in extract_documents(documents)
            if records and not (may_hold_agreement(document.text) and may_hold_record(document.text))]


def test_no_corpus_article_with_records_is_rejected() -> None:
    documents = _articles(REPO / "corpus" / "articles")
    assert documents, "corpus/articles is empty"
    assert _rejected_with_records(documents) == []


def test_no_dev_article_with_records_is_rejected() -> None:
    if not DEV_ARTICLES.is_dir():
        pytest.skip("shared dev articles are not available in this checkout")
    assert _rejected_with_records(_articles(DEV_ARTICLES)) == []


def test_every_corpus_article_with_gold_agreements_passes() -> None:
    """Independent of the pipeline's current recall: the gold says which articles matter."""
    import json

    for gold_path in sorted((REPO / "corpus" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = REPO / "corpus" / "articles" / f"{gold_path.stem}.txt"
        if gold.get("agreements") and article.is_file():
            assert may_hold_agreement(article.read_text(encoding="utf-8")), gold_path.stem


def test_every_trigger_term_is_a_cue() -> None:
    """The pipeline cannot start a record without a trigger term, so each one must pass."""
    triggers = load_yaml("triggers.yaml")
    for term in triggers["terms"]:
        text = f"Kedua pihak membahas {term['text'].upper()} itu kemarin."
        assert may_hold_agreement(text), term["text"]


@pytest.mark.parametrize("text", [
    "Pemkot Surabaya dan Universitas Airlangga menandatangani nota kesepahaman, Senin (4/3).",
    "Kerjasama itu diteken di Balai Kota.",
    "Bupati meneken naskah perjanjian dengan PT Sumber Air.",
    "Kedua lembaga sepakat memperpanjang MoU-nya tahun depan.",
    "Penandatanganan PKS digelar di aula rektorat.",
    "Dokumen kerja-sama itu belum dibahas.",
    "Berkas tanda\ntangan rektor dikirim.",
])
def test_agreement_sentences_pass(text: str) -> None:
    assert may_hold_agreement(text)


@pytest.mark.parametrize("text", [
    "Persib Bandung menang 2-0 atas tamunya dalam laga Liga 1 di Stadion Gelora Bandung Lautan Api.",
    "Hujan deras disertai angin kencang diperkirakan melanda Jakarta Selatan sore ini.",
    "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram.",
    "Anggota DPRD meminta warga memakai mouse dan keyboard hemat energi.",
])
def test_everyday_news_is_rejected(text: str) -> None:
    assert first_cue(text) is None


def test_spelling_variants_join_words_every_way() -> None:
    assert spelling_variants("tanda tangan") == ["tanda tangan", "tandatangan", "tanda-tangan", "tanda\ntangan"]
