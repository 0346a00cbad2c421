"""Organisations: bodies with their heads, defined acronyms and generic phrases (find_orgs)."""
from __future__ import annotations

import pytest

from extract.organisations import clean_name, find_orgs


def orgs(sentence: str, covered: list[tuple[int, int]] | None = None) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in find_orgs(sentence, 0, frozenset(), {}, covered or [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pemerintah Kabupaten (Pemkab) Klaten menjalin kerja sama dengan Universitas Tunas Harapan.",
         [("Pemerintah Kabupaten Klaten", "Pemkab"), ("Universitas Tunas Harapan", None)]),
        ("Ombudsman Republik Indonesia (ORI) Perwakilan Jawa Tengah hadir.",
         [("Ombudsman Republik Indonesia Perwakilan Jawa Tengah", "ORI")]),
        ("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah menggelar rapat.",
         [("Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah", None)]),
        ("PT Bank Pembangunan Daerah Jawa Tengah menandatangani MoU dengan Pemkot Salatiga.",
         [("PT Bank Pembangunan Daerah Jawa Tengah", None), ("Pemkot Salatiga", None)]),
    ],
)
def test_bodies_in_a_sentence(sentence, expected):
    assert orgs(sentence) == expected


def test_generic_heads_without_a_name_are_not_bodies():
    assert orgs("Kerja sama antara Pemerintah Daerah dan Perguruan Tinggi penting.") == []


def test_agreement_acronyms_are_not_bodies():
    assert orgs("Naskah MoU dan PKS sudah disiapkan.") == []


def test_ranges_covered_by_people_are_skipped():
    sentence = "Pemkot Salatiga menggandeng Universitas Tunas Harapan."
    start = sentence.index("Universitas")
    assert orgs(sentence, [(start, len(sentence))]) == [("Pemkot Salatiga", None)]


def test_offsets_and_surface_include_the_parenthesised_acronym():
    sentence = "Hari ini Pemerintah Kabupaten (Pemkab) Klaten menandatangani MoU."
    org = find_orgs(sentence, 10, frozenset(), {}, [])[0]
    assert org.text == "Pemerintah Kabupaten (Pemkab) Klaten"
    assert (org.start, org.end) == (10 + 9, 10 + 9 + len(org.text))
    assert org.rule == "org_head"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Pemerintah Kota (Pemkot) Salatiga", ("Pemerintah Kota Salatiga", "Pemkot")),
        ("Badan Pusat Statistik (BPS)", ("Badan Pusat Statistik", "BPS")),
        ("Universitas Tunas Harapan", ("Universitas Tunas Harapan", None)),
    ],
)
def test_clean_name(surface, expected):
    assert clean_name(surface) == expected
