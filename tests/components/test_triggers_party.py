"""PKS the party (Partai Keadilan Sejahtera) and the other everyday instrument words."""
from __future__ import annotations

import pytest

from extract.api import extract_text, load_pipeline
from extract.components.state import candidates


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(use_ner=False)


def instruments(nlp, text: str) -> list[str]:
    return [t.text for t in candidates(nlp(text)).triggers if t.is_instrument]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua DPP PKS Budi Santoso menandatangani pakta integritas di Jakarta.",
        "Fraksi PKS di DPRD Klaten menolak kenaikan tarif air.",
        "Partai-partai yang ikut menandatangani kesepakatan itu adalah Golkar, PKS, PAN, PPP, dan Demokrat.",
        "Kader PKS hadir dalam rapat koalisi menjelang pilkada.",
        "PKS mengusung pasangan calon bupati pada pilkada tahun depan.",
    ],
)
def test_pks_the_party_is_no_instrument(nlp, text):
    assert instruments(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani PKS tentang magang.", ["PKS"]),
        ("Naskah PKS itu diserahkan kepada Dinas Pendidikan.", ["PKS"]),
        ("PKS Nomor 12/2023 mengatur pelatihan guru.", ["PKS"]),
        # the article names the instrument in full: a later bare "PKS" is the agreement
        ("Perjanjian kerja sama (PKS) antara Pemkab Klaten dan Bank Jateng diteken kemarin.\nPKS itu berlaku tiga tahun.",
         ["Perjanjian kerja sama", "PKS", "PKS"]),
    ],
)
def test_pks_the_agreement_is_an_instrument(nlp, text, expected):
    assert instruments(nlp, text) == expected


def test_a_party_coalition_statement_gives_no_pks_record():
    text = ("Jakarta - Partai-partai yang ikut menandatangani kesepakatan itu adalah Golkar, PKS, PAN, PPP, dan "
            "Demokrat, kata Ketua DPP PKS Budi Santoso, Selasa (7/10/2014).")
    assert all(r["type"] != "PKS" for r in extract_text(text, use_ner=False, published="2014-10-08"))


def test_an_everyday_kesepakatan_takes_no_bodies_from_elsewhere_in_the_article():
    text = ("Komisi Pemilihan Umum dan Badan Pengawas Pemilu menggelar rapat di Jakarta.\n"
            "Kedua pihak menandatangani sejumlah kesepakatan mengenai pengawasan perbatasan, kata juru bicara itu.")
    assert extract_text(text, use_ner=False, published="2014-10-08") == []
