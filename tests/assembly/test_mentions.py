"""Mentions: which bodies of a sentence are the parties of the agreement it reports."""
from __future__ import annotations

from tests.assembly.conftest import parties


def test_regions_written_with_their_level_are_the_parties(extract):
    text = ("SLEMAN - Kabupaten Sleman bersama Kota Magelang menandatangani nota kesepahaman tentang "
            "promosi wisata, Selasa (12/3/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemerintah Kabupaten Sleman", "Pemerintah Kota Magelang"]]


def test_a_region_where_the_signing_happens_is_no_party(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di Kabupaten "
            "Klaten, Selasa (12/3/2024).")
    assert [parties(r) for r in extract(text)] == [["Pemkab Klaten", "Universitas Tunas Harapan"]]


def test_the_dateline_place_is_no_party(extract):
    text = ("SURABAYA, KabarWarga.co - Rektor Universitas Tunas Harapan menandatangani nota kesepahaman "
            "dengan Universitas Kertajaya, Selasa (12/3/2024).")
    assert all("Surabaya" not in name for r in extract(text) for name in parties(r))


def test_a_bare_head_shares_the_place_of_the_next_body(extract):
    text = "Pemprov dan Polda Jambi menandatangani nota kesepakatan pengamanan pilkada, Selasa (12/3/2024)."
    assert [parties(r) for r in extract(text)] == [["Pemprov Jambi", "Polda Jambi"]]
