"""Hand-made articles and records (shaped like extract/schema.py) for the web tests.

The page is tested against these so it does not depend on what the pipeline finds; the
records are validated with `Record.model_validate`, so they stay true to the contract.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from extract.schema import Record

REPO = Path(__file__).resolve().parents[2]
SEED_ARTICLE = REPO / "corpus" / "articles" / "003_e4755516e6de3fa0.txt"

SAMPLE_TEXT = (
    "Salatiga – Pemerintah Kota (Pemkot) Salatiga dan Universitas Tunas Bangsa menandatangani "
    "nota kesepahaman tentang pengembangan desa wisata di Aula Rumah Dinas Wali Kota Salatiga, "
    "Senin (3/7/2023).\n\n"
    "Penandatanganan dilakukan oleh Wali Kota Salatiga, Dewi Lestari, dan Rektor Universitas "
    "Tunas Bangsa, Prof. Dr. Bambang Sutrisno. Acara itu disaksikan Sekretaris Daerah, Rudi Hartono.\n\n"
    "Kerja sama tersebut mencakup penelitian, pelatihan perangkat desa, dan promosi wisata. "
    "Naskah bernomor 415/PKS/VII/2023 itu berlaku lima tahun.\n\n"
    "Sebagai tindak lanjut, kedua pihak menyiapkan perjanjian kerja sama (PKS) tentang pelatihan "
    "pemandu wisata yang akan diteken bulan depan."
)


def evidence(text: str, field: str, value: str, sentence: str, rule: str = "test", surface: str | None = None) -> dict:
    """An evidence entry with offsets computed from the text (the fact inside its sentence)."""
    sentence_start = text.index(sentence)
    start = text.index(surface or value, sentence_start)
    return {
        "field": field,
        "value": value,
        "start": start,
        "end": start + len(surface or value),
        "sentence_start": sentence_start,
        "sentence_end": sentence_start + len(sentence),
        "sentence": sentence,
        "rule": rule,
    }


def sample_records(text: str = SAMPLE_TEXT, doc_id: str = "sample") -> list[dict]:
    s1 = text[: text.index("(3/7/2023).") + len("(3/7/2023).")].removeprefix("Salatiga – ")
    s2 = "Penandatanganan dilakukan oleh Wali Kota Salatiga, Dewi Lestari, dan Rektor Universitas Tunas Bangsa, Prof. Dr. Bambang Sutrisno."
    s3 = "Acara itu disaksikan Sekretaris Daerah, Rudi Hartono."
    s4 = "Kerja sama tersebut mencakup penelitian, pelatihan perangkat desa, dan promosi wisata."
    s5 = "Naskah bernomor 415/PKS/VII/2023 itu berlaku lima tahun."
    s6 = text[text.index("Sebagai tindak lanjut"):]
    mou = {
        "doc_id": doc_id,
        "type": "MoU",
        "status": "signed",
        "title": "pengembangan desa wisata",
        "parties": [
            {"name": "Pemerintah Kota Salatiga", "acronym": "Pemkot Salatiga", "kind": "regional_government",
             "canonical": None, "region_code": "33.73", "aliases": ["Pemkot Salatiga"]},
            {"name": "Universitas Tunas Bangsa", "acronym": None, "kind": "university",
             "canonical": None, "region_code": None, "aliases": []},
        ],
        "signatories": [
            {"name": "Dewi Lestari", "titles": [], "position": "Wali Kota Salatiga", "party": 0},
            {"name": "Bambang Sutrisno", "titles": ["Prof.", "Dr."], "position": "Rektor Universitas Tunas Bangsa", "party": 1},
        ],
        "witnesses": [{"name": "Rudi Hartono", "titles": [], "position": "Sekretaris Daerah"}],
        "date": "2023-07-03",
        "date_text": "Senin (3/7/2023)",
        "location": {"venue": "Aula Rumah Dinas Wali Kota Salatiga", "city": "Salatiga",
                     "province": "Jawa Tengah", "code": "33.73"},
        "scopes": [{"text": "penelitian", "category": None},
                   {"text": "pelatihan perangkat desa", "category": None},
                   {"text": "promosi wisata", "category": "pariwisata"}],
        "reference_numbers": ["415/PKS/VII/2023"],
        "parent": None,
        "confidence": 0.9,
        "evidence": [
            evidence(text, "type", "MoU", s1, surface="nota kesepahaman"),
            evidence(text, "parties[0]", "Pemerintah Kota Salatiga", s1, surface="Pemerintah Kota (Pemkot) Salatiga"),
            evidence(text, "parties[1]", "Universitas Tunas Bangsa", s1),
            evidence(text, "parties[1]", "Universitas Tunas Bangsa", s2),
            evidence(text, "signatories[0].name", "Dewi Lestari", s2),
            evidence(text, "signatories[0].position", "Wali Kota Salatiga", s2),
            evidence(text, "signatories[1].name", "Bambang Sutrisno", s2),
            evidence(text, "signatories[1].position", "Rektor Universitas Tunas Bangsa", s2),
            evidence(text, "witnesses[0].name", "Rudi Hartono", s3),
            evidence(text, "witnesses[0].position", "Sekretaris Daerah", s3),
            evidence(text, "date", "2023-07-03", s1, surface="Senin (3/7/2023)"),
            evidence(text, "location.venue", "Aula Rumah Dinas Wali Kota Salatiga", s1),
            evidence(text, "location.city", "Salatiga", text[: text.index(" – ")], surface="Salatiga"),
            evidence(text, "scopes[0]", "penelitian", s4),
            evidence(text, "scopes[1]", "pelatihan perangkat desa", s4),
            evidence(text, "scopes[2]", "promosi wisata", s4),
            evidence(text, "reference_numbers[0]", "415/PKS/VII/2023", s5),
        ],
    }
    pks = {
        "doc_id": doc_id,
        "type": "PKS",
        "status": "planned",
        "title": "pelatihan pemandu wisata",
        "parties": mou["parties"],
        "signatories": [],
        "witnesses": [],
        "date": None,
        "date_text": None,
        "location": {"venue": None, "city": None, "province": None, "code": None},
        "scopes": [{"text": "pelatihan pemandu wisata", "category": None}],
        "reference_numbers": [],
        "parent": 0,
        "confidence": 0.6,
        "evidence": [
            evidence(text, "type", "PKS", s6, surface="perjanjian kerja sama (PKS)"),
            evidence(text, "scopes[0]", "pelatihan pemandu wisata", s6),
        ],
    }
    return [Record.model_validate(record).model_dump() for record in (mou, pks)]


@pytest.fixture
def seed_article() -> str:
    """A corpus seed article (Ombudsman RI and Pemkab Banyumas sign an MoU on 26 May 2023)."""
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_TEXT


@pytest.fixture
def records() -> list[dict]:
    return sample_records()


@pytest.fixture
def fake_extract() -> Callable[..., list[dict]]:
    """An extractor that returns the sample records for the sample text and none otherwise."""

    def extract(text: str, doc_id: str = "doc", published: object = None) -> list[dict]:
        return sample_records(text, doc_id) if text == SAMPLE_TEXT else []

    return extract
