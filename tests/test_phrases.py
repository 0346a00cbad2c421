"""The phrase grammar's body scan: names after people with titles inside (eponym heads)."""
from __future__ import annotations

import pytest

from extract.phrases import article_acronyms, scan_body, tokenize


def body(text: str, inside_position: bool = False) -> str:
    tokens = tokenize(text)
    return " ".join(t.text for t in tokens[:scan_body(tokens, 0, inside_position=inside_position)])


@pytest.mark.parametrize(("text", "inside", "expected"), [
    ("RSUD Prof. Dr. Margono Soekarjo menandatangani", False, "RSUD Prof. Dr. Margono Soekarjo"),
    ("RSUD Prof. Dr. Margono Soekarjo dr. Tri Kuncoro", True, "RSUD Prof. Dr. Margono Soekarjo"),
    ("RSUD dr. Soetomo Surabaya hadir", False, "RSUD dr. Soetomo Surabaya"),
    ("Universitas Dr. Soetomo menjalin", False, "Universitas Dr. Soetomo"),
    ("RS Ir. Soekarno bersama", False, "RS Ir. Soekarno"),
    # inside a position the namesake takes at most three words: a signer follows
    ("RSUD Dr. Abdul Wahab Sjahranie Siti Rahma", True, "RSUD Dr. Abdul Wahab Sjahranie"),
    # no title after the head: unchanged
    ("RSUD Banyumas Budi Santoso", True, "RSUD Banyumas"),
    # a title with no name after it does not belong to the body
    ("RSUD dr.", False, "RSUD"),
    # other heads do not take titles
    ("Kejari Cilacap Dr. Budi", True, "Kejari Cilacap"),
])
def test_titles_inside_a_body_named_after_a_person(text, inside, expected):
    assert body(text, inside) == expected


def test_a_web_name_written_onto_the_next_word_is_a_token_of_its_own():
    text = "BALI, KABARKITA.COM-Kementerian Luar Negeri dan pasar Jawa-Bali"
    tokens = [t.text for t in tokenize(text)]
    assert tokens[2:5] == ["KABARKITA.COM", "-", "Kementerian"]
    assert "Jawa-Bali" in tokens
    assert all(text[t.start:t.end] == t.text for t in tokenize(text, 0))


def test_a_unit_named_with_its_parent_keeps_the_parents_list_of_portfolios():
    assert body("Unit Pengelola Klaten Command Center Dinas Komunikasi, Informatika dan Statistik Provinsi "
                "Jawa Tengah menandatangani") == (
        "Unit Pengelola Klaten Command Center Dinas Komunikasi , Informatika dan Statistik Provinsi Jawa Tengah")
    # a comma after a body without such a head ends it
    assert body("Unit Pengelola Klaten Command Center, Informatika dan Statistik") == "Unit Pengelola Klaten Command Center"


@pytest.mark.parametrize(("text", "expected"), [
    # a space lost before or after a function word no sentence ends with
    ("Rektor Undip SuharnomoDi Balai Kota", ["Rektor", "Undip", "Suharnomo", "Di", "Balai", "Kota"]),
    ("Rahayu danRektor Undip", ["Rahayu", "dan", "Rektor", "Undip"]),
    ("ditandatangani olehKepala Dinas", ["ditandatangani", "oleh", "Kepala", "Dinas"]),
    # words that only start or end like one stay whole
    ("Dian Kediri Dandi Budi", ["Dian", "Kediri", "Dandi", "Budi"]),
    ("aplikasi BukaLapak dan McDonald", ["aplikasi", "BukaLapak", "dan", "McDonald"]),
])
def test_a_function_word_glued_to_a_word_is_a_word_of_its_own(text, expected):
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_words_of_a_line_in_capitals_are_no_acronyms_of_the_article():
    text = ("MoU ditandatangani Bupati Klaten Sri Mulyani dan Rektor UNS Hadi Prasetyo di kantor BPKAD.\n"
            "FOTO: BUPATI KLATEN SRI MULYANI DAN REKTOR UNS HADI PRASETYO MENANDATANGANI MOU.\n"
            "KLATEN - Kerja sama dengan HIPMI juga dibahas.")
    known = article_acronyms(text)
    assert {"uns", "bpkad", "hipmi", "klaten"} <= known  # acronyms and a dateline in ordinary lines
    assert not {"hadi", "prasetyo", "mulyani", "menandatangani"} & known
