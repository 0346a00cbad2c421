"""Parent links: a PKS signed beside an MoU between the same parties implements it."""
from __future__ import annotations


def test_a_pks_between_the_parties_of_an_mou_implements_it(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman di bidang "
            "pendidikan, Selasa (12/3/2024).\n"
            "Kemudian dilanjutkan penandatanganan perjanjian kerja sama antara Pemkab Klaten dan "
            "Universitas Tunas Harapan tentang program magang.")
    records = extract(text)
    assert [(r["type"], r["parent"]) for r in records] == [("MoU", None), ("PKS", 0)]


def test_a_pks_between_other_bodies_has_no_parent(extract):
    text = ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman, Selasa (12/3/2024).\n"
            "Di tempat yang sama, Bank Sejahtera dan Koperasi Tani Makmur menandatangani perjanjian kerja sama "
            "tentang kredit usaha.")
    assert [r["parent"] for r in extract(text)] == [None, None]
