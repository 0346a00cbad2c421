"""Lines of an article: offsets kept, related headlines and boilerplate marked, not removed."""
from __future__ import annotations

import pytest

from extract.text import Line, split_lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Baca juga: Bupati Klaten Resmikan Pasar Baru", "related_headline"),
        ("Baca Juga : Pemkot Salatiga Raih Penghargaan", "related_headline"),
        ("BACA JUGA - Warga Sragen Gelar Kirab Budaya", "related_headline"),
        ("Baca: Harga Cabai Turun", "related_headline"),
        ("Lihat juga: Foto Kegiatan", "related_headline"),
        ("Berita Terkait: Banjir di Klaten", "related_headline"),
        ("Editor: Budi Santoso", "boilerplate"),
        ("Pewarta: Sri Wahyuni", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Bagikan:", "boilerplate"),
        ("Foto: Penandatanganan MoU antara Pemkab Klaten dan Bank Sejahtera, Jumat (26/4/2024).", "caption"),
        ("(Foto: Humas Pemkab Klaten)", "caption"),
        ("Fotografer muda itu dilatih Dinas Pariwisata.", None),
        ("Pemkab Klaten menandatangani MoU dengan Universitas Tunas Harapan.", None),
        ("Ia membaca juga laporan tahunan.", None),
        ("Bacaan doa dipimpin Ustaz Ahmad.", None),
    ],
)
def test_line_reason(line, reason):
    assert split_lines(line)[0].excluded == reason


def test_offsets_strip_surrounding_space_and_skip_blank_lines():
    text = "  Judul berita  \n\n   \nIsi pertama.\n"
    assert split_lines(text) == [
        Line(2, 14, "Judul berita", None),
        Line(22, 34, "Isi pertama.", None),
    ]


def test_excluded_lines_point_at_the_text():
    text = "Isi berita.\nBaca juga: Berita Lain\nEditor: Budi\nPenutup."
    ranges = [(line.start, line.end, line.excluded) for line in split_lines(text) if line.excluded]
    assert [(text[s:e], reason) for s, e, reason in ranges] == [
        ("Baca juga: Berita Lain", "related_headline"),
        ("Editor: Budi", "boilerplate"),
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "   "])
def test_empty_text_has_no_lines(text):
    assert split_lines(text) == []
