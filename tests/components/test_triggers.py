"""Triggers: agreement terms and signing verbs, not office names or reference numbers."""
from __future__ import annotations

import pytest

from extract.api import load_pipeline
from extract.components.state import candidates


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(use_ner=False)


def triggers(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.kind, t.type) for t in candidates(nlp(text)).triggers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kedua pihak menandatangani nota kesepahaman di Klaten.",
         [("menandatangani", "verb", None), ("nota kesepahaman", "term", "MoU")]),
        ("Kedua pihak meneken perjanjian kerja sama tentang pendidikan.",
         [("meneken", "verb", None), ("perjanjian kerja sama", "term", "PKS")]),
        ("Pemkot Salatiga dan Pemkab Magelang menyepakati kesepakatan bersama.",
         [("menyepakati", "verb", None), ("kesepakatan bersama", "term", "MoU")]),
        ("Pemkab Klaten dan Universitas Tunas Harapan menandatangani nota kesepahaman (MoU).",
         [("menandatangani", "verb", None), ("nota kesepahaman", "term", "MoU"), ("MoU", "term", "MoU")]),
        # a contract of cooperation is a cooperation agreement; a record of discussion another instrument
        ("Universitas Tunas Harapan dan PT Sinar Jaya meneken kontrak kerja sama penelitian tebu.",
         [("meneken", "verb", None), ("kontrak kerja sama", "term", "PKS")]),
        ("Pemprov Jawa Barat dan JICA menandatangani Record of Discussion tentang pengendalian banjir.",
         [("menandatangani", "verb", None), ("Record of Discussion", "term", "other")]),
        # the instruments of state-to-state and lending deals are agreements of another kind
        ("Pemerintah Indonesia dan Pemerintah Jepang menandatangani Exchange of Notes proyek irigasi.",
         [("menandatangani", "verb", None), ("Exchange of Notes", "term", "other")]),
        ("Kementerian Keuangan dan JICA meneken Loan Agreement pembangunan jalan tol.",
         [("meneken", "verb", None), ("Loan Agreement", "term", "other")]),
        ("Pemkab Bantul meneken Surat Perjanjian Kerja Sama dengan PT Angkasa Pura I.",
         [("meneken", "verb", None), ("Surat Perjanjian Kerja Sama", "term", "PKS")]),
        # an airline codeshare and a trade partnership between countries are agreements of another kind
        ("Maskapai Nusa Air dan Bintang Airways menandatangani perjanjian codeshare rute Medan-Penang.",
         [("menandatangani", "verb", None), ("perjanjian codeshare", "term", "other")]),
        ("Indonesia dan Maroko meneken Comprehensive Economic Partnership Agreement di Rabat.",
         [("meneken", "verb", None), ("Comprehensive Economic Partnership Agreement", "term", "other")]),
        # counter-example: a codeshare flight names no agreement
        ("Penerbangan codeshare Nusa Air ke Penang dibuka pekan lalu.", []),
        # counter-example: a contract alone, or one of work, names no cooperation agreement
        ("Pemkab Klaten meneken kontrak kerja pembangunan jalan.", [("meneken", "verb", None)]),
        # two names of one instrument joined by a slash are both its names (no digit: no number)
        ("Kedua pihak meneken Memorandum of Understanding/Nota Kesepahaman tentang irigasi.",
         [("meneken", "verb", None), ("Memorandum of Understanding", "term", "MoU"),
          ("Nota Kesepahaman", "term", "MoU")]),
    ],
)
def test_terms_and_verbs(nlp, text, expected):
    assert triggers(nlp, text) == expected


def test_longest_term_wins_over_the_kerja_sama_inside_it(nlp):
    assert [t for t, _, _ in triggers(nlp, "Draf perjanjian kerja sama sudah siap.")] == ["perjanjian kerja sama"]


@pytest.mark.parametrize(
    "text",
    [
        "Kabag Kerja Sama Setda Klaten, Joko Santoso, hadir.",
        "Dokumen itu bernomor: 12/ABC-MOU/2020 dan disimpan.",
        "Dokumen itu bernomor: 12/MOU/BPS dan disimpan.",
        # the plural written doubled speaks of agreements in general
        "Jangan lagi menghitung MoU-MoU yang tidak dijalankan.",
        "Bupati meresmikan pasar baru di Klaten.",
    ],
)
def test_not_triggers(nlp, text):
    assert triggers(nlp, text) == []


def test_terms_on_related_headline_lines_are_ignored(nlp):
    text = "Pemkab Klaten teken MoU.\nBaca juga: Pemkot Salatiga Teken MoU Baru\nIsi berita di sini."
    assert [t.sentence for t in candidates(nlp(text)).triggers] == [0, 0]


def test_sentences_with_vocabulary_and_the_two_after_are_relevant(nlp):
    lead = "Kalimat satu.\nKalimat dua.\nKalimat tiga.\n"
    body = "Kalimat empat.\nPemkab Klaten menandatangani MoU.\nKalimat enam.\nKalimat tujuh.\nKalimat delapan."
    relevant = [s.relevant for s in candidates(nlp(lead + body)).sentences]
    assert relevant == [True, True, True, False, True, True, True, False]


def test_an_article_with_signing_verbs_but_no_agreement_vocabulary_has_no_relevant_sentence(nlp):
    """Signing verbs alone make no record, so nothing is read further (not even the lead)."""
    text = "Kalimat satu.\nPetugas menandatangani maklumat pelayanan.\nKalimat tiga.\nKalimat empat."
    found = candidates(nlp(text))
    assert [t.kind for t in found.triggers] == ["verb"]
    assert not any(s.relevant for s in found.sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing verb after an office's word is the verb of that subject, no office's name
        ("Kedua lembaga menandatangani perjanjian kerja sama teknis.",
         [("menandatangani", "verb", None), ("perjanjian kerja sama", "term", "PKS")]),
        ("Kedua unit meneken nota kesepahaman.", [("meneken", "verb", None), ("nota kesepahaman", "term", "MoU")]),
        # counter-example: a term after an office's word names the office
        ("Kepala Biro Kerja Sama hadir.", []),
    ],
)
def test_a_signing_verb_after_an_office_word_is_a_verb(nlp, text, expected):
    assert triggers(nlp, text) == expected
