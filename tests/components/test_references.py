"""Reference numbers: "Nomor: ..." agreement numbers, not regulation numbers."""
from __future__ import annotations

import pytest

from extract.reference_numbers import find_reference_numbers


def numbers(text: str) -> list[str]:
    return [value for _, _, value in find_reference_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MoU dengan Nomor: 119/PKS/UN.25/2022 itu berlaku lima tahun.", ["119/PKS/UN.25/2022"]),
        ("tertuang dalam nota kesepahaman Nomor 08/ABC-MOU/VII/2019.", ["08/ABC-MOU/VII/2019"]),
        ("perjanjian No. 12/ABC-MOU/2020 ditandatangani", ["12/ABC-MOU/2020"]),
        ("kesepakatan Nomor: HK.01/02 tahun 2021 disepakati", ["HK.01/02 tahun 2021"]),
        ("MoU itu tertuang dalam surat AB.01.2/307/2019 - nomor 180/22.4/VII/2019.",
         ["AB.01.2/307/2019", "180/22.4/VII/2019"]),
        ("PERJANJIAN KERJA SAMA NOMOR: 05/PKS/III/2022", ["05/PKS/III/2022"]),
        ("nota kesepahaman bernomor 12/MOU/III/2024 itu diteken", ["12/MOU/III/2024"]),
        ("PKS Nomor 07/PKS/ABC/V/2023 dan 415/22/DEF/2023 itu berlaku tiga tahun",
         ["07/PKS/ABC/V/2023", "415/22/DEF/2023"]),
        ("MoU nomor 3/MOU/2021 dan 5 lembaga lain", ["3/MOU/2021"]),
        # each party's number, joined by a dash or a semicolon
        ("perjanjian kerja sama Nomor 415.4/123/2024 – 07/UTH/2024, Senin", ["415.4/123/2024", "07/UTH/2024"]),
        ("nota kesepahaman nomor: 119/MoU/KLT/2024; 003/UTH/MoU/2024 tentang pendidikan",
         ["119/MoU/KLT/2024", "003/UTH/MoU/2024"]),
        # ... but not a dash or a semicolon before other words or a bare year
        ("PKS Nomor 12/PKS/2024 - kata Budi", ["12/PKS/2024"]),
        ("PKS Nomor 12/PKS/2024; 2024 menjadi tahun kerja sama", ["12/PKS/2024"]),
    ],
)
def test_agreement_numbers_found(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "berdasarkan Peraturan Bupati Nomor 13 Tahun 2023 tentang pajak daerah",
        "sesuai Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "nomor 45 tahun 2020",
        "Nomor telepon pengaduan tersedia.",
        "surat pengaduan warga dikirim pada 12/3/2024 lalu",
        "berdasarkan surat keputusan nomor 12/KEP/2020",
        "sesuai Perda bernomor 5/2020 tentang retribusi",
    ],
)
def test_regulations_and_plain_numbers_are_not_references(text):
    assert numbers(text) == []


def test_offsets_point_at_the_number():
    text = "MoU dengan Nomor: 119/PKS/UN.25/2022 itu berlaku lima tahun."
    (start, end, value), = find_reference_numbers(text)
    assert text[start:end] == value
