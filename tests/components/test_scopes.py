"""Scopes: the cued list of cooperation areas, split into items and categorised."""
from __future__ import annotations

import pytest

from extract.components.scopes import categorise, find_scopes


def items(sentence: str) -> list[str]:
    return [text for _, _, text in find_scopes(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat.",
         ["pendidikan", "penelitian", "pengabdian kepada masyarakat"]),
        ("Kerja sama ini meliputi bidang pelatihan aparatur, pertukaran data serta pendampingan hukum.",
         ["pelatihan aparatur", "pertukaran data", "pendampingan hukum"]),
        # the instrument's own purpose phrase: "<instrument> untuk ..."
        ("Dinas Pertanian dan Universitas Tunas Harapan meneken MoU untuk pengembangan bibit unggul.",
         ["pengembangan bibit unggul"]),
        ("Kerja sama itu berkaitan dengan pengelolaan sampah, pemanfaatan air bersih, dan penghijauan.",
         ["pengelolaan sampah", "pemanfaatan air bersih", "penghijauan"]),
    ],
)
def test_listed_items(sentence, expected):
    assert items(sentence) == expected


def test_item_keeps_kepada_masyarakat():
    sentence = "Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat."
    assert items(sentence)[-1] == "pengabdian kepada masyarakat"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kedua pihak sepakat bekerja sama.",
        "Acara dimulai pukul 09.00 WIB.",
        # a purpose, not an area of cooperation
        "Pemkot Salatiga menjalin kerja sama untuk kemajuan kota.",
        "Nota kesepahaman untuk meningkatkan pelayanan itu diteken kemarin.",
        "",
    ],
)
def test_no_list_without_a_cue(sentence):
    assert find_scopes(sentence) == []


def test_offsets_point_at_the_items():
    sentence = "Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat."
    for start, end, text in find_scopes(sentence):
        assert sentence[start:end] == text


@pytest.mark.parametrize(
    ("item", "category"),
    [
        ("pendidikan", "education"),
        ("penelitian", "research"),
        ("pengabdian", "community_service"),
        ("pertukaran data", "data_information"),
    ],
)
def test_categories(item, category):
    assert categorise(item) == category
