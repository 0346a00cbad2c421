"""Sections: sentence breaks at line ends, excluded lines, title-case headlines."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.api import load_pipeline
from extract.components.sections import is_title_case, punctuation_starts
from extract.components.state import candidates


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(use_ner=False)


def sentences(nlp, text: str):
    return candidates(nlp(text)).sentences


def test_baca_juga_line_is_excluded(nlp):
    text = "Klaten - Pemkab Klaten teken MoU.\nBaca juga: Bupati Klaten Resmikan Pasar Baru\nIsi berita di sini."
    assert [(s.text, s.excluded) for s in sentences(nlp, text)] == [
        ("Klaten - Pemkab Klaten teken MoU.", None),
        ("Baca juga: Bupati Klaten Resmikan Pasar Baru", "related_headline"),
        ("Isi berita di sini.", None),
    ]


def test_a_line_break_ends_a_sentence(nlp):
    text = "Pemkab Klaten Teken MoU dengan Universitas Tunas Harapan\nKLATEN - Kerja sama itu diteken kemarin."
    assert [s.text for s in sentences(nlp, text)] == [
        "Pemkab Klaten Teken MoU dengan Universitas Tunas Harapan",
        "KLATEN - Kerja sama itu diteken kemarin.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "MoU diteken Rektor Prof.Sari Wulandari dan Bupati Drs.Bambang Irawan kemarin.",
        "Hadir pula (Prof.Sari Wulandari) dan Ir.Bambang Irawan, S.T., M.T. di Kantor Bupati.",
        "Naskah diteken Drs. Bambang Irawan, M.Si. Dari pihak kampus hadir Dr.Sari.",
        "Hadir Kepala Dinas Ir. Joko Santoso, S.Pi., M.M. di Aula Kab. Sleman, No. 5 dll. kemarin.",
        "Rektor Hendra Wijaya, ST.,M.Eng.Sc dan Bupati Sleman meneken naskah itu.",
        # a bracket closed on its line after a degree, a title of economics
        "Diteken Prof. Dr. Ir. Sari Wulandari, MP. (Rektor Universitas Tunas Harapan) dan Dr. Ec. Budi Santoso.",
        "Naskah diteken Rektor Sari Wulandari, M.A, Ph.D, yang disaksikan oleh Bupati Klaten.",
        # religious titles
        "Bupati Sikka dan Uskup Maumere Mgr. Yohanes Sedu serta Pdt. Markus Lela meneken naskah itu.",
        # a foreign company's legal form before the rest of it
        "PT Inalum meneken MoU dengan Kanto Battery Materials Co. Ltd di Jakarta kemarin.",
    ],
)
def test_no_sentence_ends_inside_an_abbreviation_or_title(nlp, text):
    """Titles glued to the name ("Prof.Sari") and degrees keep one sentence; a degree
    before a capitalised ordinary word ("M.Si. Dari") ends one."""
    found = [s.text for s in sentences(nlp, text)]
    if "M.Si. Dari" in text:
        assert found == ["Naskah diteken Drs. Bambang Irawan, M.Si.", "Dari pihak kampus hadir Dr.Sari."]
    else:
        assert found == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Naskah diteken Rektor Prof. DR. Sutrisno Wijoyo dan Bupati Klaten kemarin.",
        "Naskah diteken Rektor Prof. DR. H. Sutrisno Wijoyo, M.Si. dan Bupati Klaten kemarin.",
        "Naskah diteken Sekretaris Jenderal Drs.Tb. Sutrisno Wijoyo dengan Dekan Fakultas Hukum.",
        "Naskah diteken Kepala Dinas Dr.IR. Sutrisno Wijoyo dengan Direktur PT Sinar Jaya.",
    ],
)
def test_a_run_of_titles_ends_no_sentence(nlp, text):
    """After a listed title a further one, in capitals or glued to it, is still a title:
    the name after the run belongs to the same sentence."""
    assert [s.text for s in sentences(nlp, text)] == [text]


def test_a_capitalised_acronym_after_a_title_run_still_ends_a_sentence(nlp):
    """Only listed abbreviations go on with a run: an acronym after a name ends a sentence."""
    text = "Naskah diteken Drs. Sutrisno Wijoyo dengan BPS. Selanjutnya acara ditutup."
    assert [s.text for s in sentences(nlp, text)] == [
        "Naskah diteken Drs. Sutrisno Wijoyo dengan BPS.", "Selanjutnya acara ditutup."]


def test_a_period_after_capitals_is_split_off_and_ends_the_sentence(nlp):
    doc = nlp("Kedua pihak meneken MoU. Kerja sama dengan Ombudsman RI. Lalu PT. Sinar Jaya hadir.")
    assert [s.text for s in candidates(doc).sentences] == [
        "Kedua pihak meneken MoU.", "Kerja sama dengan Ombudsman RI.", "Lalu PT. Sinar Jaya hadir."]
    assert ["MoU", "."] == [t.text for t in doc[3:5]]


def test_a_line_ending_with_a_word_no_sentence_ends_with_goes_on(nlp):
    """Hard-wrapped text: "oleh", "bersama" end no sentence, so the capitalised next line
    continues it; a line ending with a name still ends one."""
    text = ("Naskah diteken Bupati Klaten Joko Santoso\nbersama\nRektor Universitas Tunas Harapan Sari "
            "Wulandari dan disaksikan oleh\nGubernur Jawa Tengah Budi Hartono.\nKLATEN - Acara berlangsung "
            "meriah\nRektor Sari Wulandari hadir.")
    assert [s.text for s in sentences(nlp, text)] == [
        "Naskah diteken Bupati Klaten Joko Santoso\nbersama\nRektor Universitas Tunas Harapan Sari Wulandari "
        "dan disaksikan oleh\nGubernur Jawa Tengah Budi Hartono.",
        "KLATEN - Acara berlangsung meriah",
        "Rektor Sari Wulandari hadir.",
    ]


def test_title_case_headline_is_flagged(nlp):
    text = "Pemkab Klaten Teken Kerja Sama Dengan Universitas Tunas Harapan\nKerja sama itu diteken kemarin."
    assert [s.headline for s in sentences(nlp, text)] == [True, False]


def test_sentence_offsets_point_into_the_text(nlp):
    text = "  Kalimat pertama di sini.\n\nKalimat kedua, sesudah baris kosong.  "
    for sentence in sentences(nlp, text):
        assert text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pemkab Klaten Teken Kerja Sama Dengan Universitas Tunas Harapan", True),
        ("Pemkab Klaten menandatangani kerja sama dengan universitas.", False),
        ("Pemkab Klaten Teken Kerja Sama Dengan Universitas.", False),
        ("Teken MoU", False),
        # a capitalised line cut from a longer sentence: too long, or ending in a lower-case word
        ("Kepala Dinas Pendidikan Provinsi Jawa Tengah Sari Wulandari Bersama Direktur PT Sinar "
         "Jaya Budi Santoso Di Semarang Jawa Tengah", False),
        ("Rektor Universitas Tunas Harapan Rina Astuti Dan Bupati Klaten Wahyu Hidayat disaksikan oleh", False),
    ],
)
def test_is_title_case(line, expected):
    assert is_title_case(line) is expected


_SENTENCE_PIECES = st.lists(st.sampled_from(
    ["Kerja", "sama", "MoU", ".", "!", "?", "...", ",", '"', "”", "(", ")", "-", "Ya.", "S.Pd.", "\n", " ", "。"]
), max_size=30)


@pytest.fixture(scope="module")
def sentencizer_nlp():
    blank = spacy.blank("id")
    blank.add_pipe("sentencizer")
    return blank


@settings(max_examples=200, deadline=None)
@given(pieces=_SENTENCE_PIECES)
def test_punctuation_starts_are_the_sentencizers(sentencizer_nlp, pieces):
    """The array version must put starts exactly where spaCy's sentencizer puts them."""
    doc = sentencizer_nlp.make_doc(" ".join(pieces))
    if not len(doc):
        return
    expected = [bool(guess) for guess in sentencizer_nlp.get_pipe("sentencizer").predict([doc])[0]]
    assert list(punctuation_starts(doc)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BeritaKita.ID, Klaten – Pemkab Klaten meneken MoU dengan Unsoed.",
        "Dikutip dari laman resmi klatenkab.go.id, MoU diteken kemarin.",
        "SUARAWARGA.COM - Bupati Sleman meneken naskah kerja sama.",
    ],
)
def test_no_sentence_ends_inside_a_web_name(nlp, text):
    """The period of a web or outlet name ("BeritaKita.ID") ends no sentence."""
    assert [s.text for s in sentences(nlp, text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Naskah diteken Dandim Letkol Inf. Sutrisno Wijoyo dan Kapolres Klaten kemarin.",
        "Naskah diteken Danrem Kolonel Czi. Sutrisno Wijoyo, S.E. dan Bupati Klaten kemarin.",
        "Naskah diteken Ustaz Sutrisno Wijoyo, Lc. dan Rektor Sari Wulandari kemarin.",
        "Rombongan dipimpin Konsul Jenderal Mr. Wang Lei, sedangkan Rektor menyambutnya.",
    ],
)
def test_an_unlisted_short_abbreviation_ends_no_sentence(nlp, text):
    """A capitalised word of two or three letters before a period that is neither an ordinary
    word nor a personal name is an abbreviation (a corps, a degree, an honorific)."""
    assert [s.text for s in sentences(nlp, text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Naskah diteken Rektor Prof. Ir. Bambang Pramujati, S.T., M.Sc.Eng., Ph.D. dan Bupati Klaten.",
        "Naskah diteken Rektor Prof. Bambang Pramujati, M.Eng., M.Sc.Eng. dan Bupati Klaten kemarin.",
    ],
)
def test_a_degree_longer_than_a_listed_one_ends_no_sentence(nlp, text):
    """"M.Sc." is listed, "M.Sc.Eng." is not: the whole degree is read, not its listed start."""
    assert [s.text for s in sentences(nlp, text)] == [text]


def test_a_long_degree_before_a_capitalised_ordinary_word_still_ends_a_sentence(nlp):
    text = "Naskah diteken Drs. Bambang Irawan, M.Sc.Eng. Dari pihak kampus hadir Dr.Sari."
    assert [s.text for s in sentences(nlp, text)] == [
        "Naskah diteken Drs. Bambang Irawan, M.Sc.Eng.", "Dari pihak kampus hadir Dr.Sari."]


def test_a_nurses_or_pharmacists_title_ends_no_sentence(nlp):
    text = "Nota diteken Ketua STIKES Kudus Ns. Sri Wahyuni dan Kepala Dinkes Klaten apt. Budi Santoso kemarin."
    assert [s.text for s in sentences(nlp, text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Naskah diteken Direktur RSUD Wonosari dr. Heru Sulistyo, Sp.PD dan Kepala Dinkes Ismono.",
        "Naskah diteken Direktur RSUD Wonosari dr. Heru Sulistyo Sp.BS dan Kepala Dinkes Ismono.",
        "Naskah diteken dr. Heru Sulistyo, Sp.OG, M.Kes. dan Kepala Dinkes Ismono kemarin.",
    ],
)
def test_a_specialist_degree_written_onto_its_field_ends_no_sentence(nlp, text):
    """A doctor's specialist degree glued to its field ("Sp.PD", "Sp.BS") is one degree."""
    assert [s.text for s in sentences(nlp, text)] == [text]


def test_a_specialist_degree_at_the_end_of_a_sentence_still_ends_it(nlp):
    text = "Naskah diteken dr. Heru Sulistyo, Sp.PD, kemarin. Selanjutnya acara ditutup."
    assert [s.text for s in sentences(nlp, text)] == [
        "Naskah diteken dr. Heru Sulistyo, Sp.PD, kemarin.", "Selanjutnya acara ditutup."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a personal name ends the sentence
        ("Naskah itu diteken kemarin, kata Edi. Sutrisno Wijoyo lalu menyerahkan plakat.",
         "Naskah itu diteken kemarin, kata Edi."),
        # an ordinary word after the period starts the next one
        ("Naskah itu diteken kemarin, kata Wu. Menurutnya kerja sama itu penting.",
         "Naskah itu diteken kemarin, kata Wu."),
    ],
)
def test_a_short_name_or_an_ordinary_word_after_it_still_ends_a_sentence(nlp, text, first):
    assert [s.text for s in sentences(nlp, text)][0] == first


@pytest.mark.parametrize(
    ("line", "excluded"),
    [
        ('Artikel ini telah tayang di Kompas.com dengan judul "Pemkab Pemalang dan Unnes Teken MoU Pendidikan"',
         "related_headline"),
        ("Artikel ini sudah terbit di TribunJateng.com dengan judul Pemkab Tegal Teken MoU", "related_headline"),
        # the article speaking of itself in its text is content
        ("Artikel ini menjelaskan isi nota kesepahaman kedua pihak.", None),
    ],
)
def test_the_syndication_note_is_a_related_headline(nlp, line, excluded):
    text = f"Klaten - Pemkab Klaten teken MoU.\n{line}\nIsi berita di sini."
    assert [s.excluded for s in sentences(nlp, text)][1] == excluded


@pytest.mark.parametrize(
    "line",
    ["(Baca juga: Pemkab Boyolali dan UNS Teken MoU Penanganan Stunting)",
     "[Baca Juga: Pemkab Sukoharjo Teken MoU dengan BPJS Ketenagakerjaan]",
     "BACA JUGA >> Pemkab Karanganyar dan Bank BRI Jalin Kerja Sama"],
)
def test_a_related_headline_in_brackets_or_after_arrows_is_excluded(nlp, line):
    text = f"Klaten - Pemkab Klaten teken MoU.\n{line}\nIsi berita di sini."
    assert [s.excluded for s in sentences(nlp, text)] == [None, "related_headline", None]


def test_the_headline_on_the_line_after_a_bare_label_is_excluded(nlp):
    text = ("Klaten - Pemkab Klaten teken MoU.\nBaca Juga\nPemkot Surakarta Gandeng UMS Kembangkan UMKM\n"
            "Isi berita di sini.")
    assert [s.excluded for s in sentences(nlp, text)] == [None, "related_headline", "related_headline", None]


def test_a_sentence_after_a_bare_label_whose_headline_was_dropped_is_content(nlp):
    text = "Klaten - Pemkab Klaten teken MoU.\nBaca Juga\nMoU diteken Bupati Klaten, Senin (12/6/2023)."
    assert [s.excluded for s in sentences(nlp, text)] == [None, "related_headline", None]


@pytest.mark.parametrize(
    ("line", "excluded"),
    [
        ("Baca berita selengkapnya: Pemkot Solo teken MoU dengan UGM soal smart city", "related_headline"),
        ("Baca artikel lainnya: Pemkab Boyolali dan Bank Jateng jalin kerja sama", "related_headline"),
        ("Tonton juga: Wali Kota Surakarta tandatangani PKS dengan UMS", "related_headline"),
        ("Berita lainnya - Pemkab Sragen teken MoU dengan Undip", "related_headline"),
        # ordinary sentences that open with the same words are content
        ("Baca berita itu, warga lalu mendatangi kantor desa.", None),
        ("Berita terkait MoU itu ramai dibicarakan warga.", None),
    ],
)
def test_further_related_link_labels_are_related_headlines(nlp, line, excluded):
    text = f"Klaten - Pemkab Klaten teken MoU.\n{line}\nIsi berita di sini."
    assert [s.excluded for s in sentences(nlp, text)][1] == excluded


def test_list_lines_after_an_open_word_and_a_colon_finish_its_sentence(nlp):
    text = ("Klaten - Pemkab Klaten teken MoU.\nPenandatanganan dilakukan oleh:\n- Bupati Klaten Sri Mulyani\n"
            "- Rektor UNS Hadi Prasetyo\nPenandatanganan disaksikan Wakil Bupati.")
    found = sentences(nlp, text)
    assert [s.text for s in found] == [
        "Klaten - Pemkab Klaten teken MoU.",
        "Penandatanganan dilakukan oleh:\n- Bupati Klaten Sri Mulyani\n- Rektor UNS Hadi Prasetyo",
        "Penandatanganan disaksikan Wakil Bupati.",
    ]
    assert not found[1].headline


def test_list_lines_after_another_colon_are_sentences_of_their_own(nlp):
    text = "Klaten - Pemkab Klaten teken MoU.\nRuang lingkupnya meliputi:\n- pendidikan;\n- penelitian."
    assert [s.text for s in sentences(nlp, text)] == [
        "Klaten - Pemkab Klaten teken MoU.", "Ruang lingkupnya meliputi:", "- pendidikan;", "- penelitian."]


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation mark with a space before it and none after opens the next sentence
    ('Kedua pihak meneken MoU, Rabu (14/8/2024). "MoU sebelumnya habis tahun ini," kata Budi.',
     ["Kedua pihak meneken MoU, Rabu (14/8/2024).", '"MoU sebelumnya habis tahun ini," kata Budi.']),
    ("Kedua pihak meneken MoU. “Kami siap,” kata Budi.", ["Kedua pihak meneken MoU.", "“Kami siap,” kata Budi."]),
    # counter-example: one right after the final mark closes the sentence before
    ('Ia berkata, "Kami siap." Lalu rapat ditutup.', ['Ia berkata, "Kami siap."', "Lalu rapat ditutup."]),
])
def test_an_opening_quotation_mark_starts_the_sentence_it_opens(nlp, text, expected):
    assert [s.text for s in sentences(nlp, text)] == expected


def test_the_number_or_letter_of_a_list_line_ends_no_sentence(nlp):
    text = ("Klaten - Pemkab Klaten teken MoU dengan dua kampus.\nKedua kampus itu adalah:\n"
            "1. Universitas Tunas Harapan\n2. Politeknik Rawa Jombor\nRuang lingkupnya:\na. Pelatihan guru.")
    assert [s.text for s in sentences(nlp, text)] == [
        "Klaten - Pemkab Klaten teken MoU dengan dua kampus.", "Kedua kampus itu adalah:",
        "1. Universitas Tunas Harapan", "2. Politeknik Rawa Jombor", "Ruang lingkupnya:", "a. Pelatihan guru."]


def test_a_number_ending_a_sentence_inside_a_line_still_ends_it(nlp):
    text = "Klaten - Pemkab Klaten meraih peringkat 1. Bupati menerima piala."
    assert [s.text for s in sentences(nlp, text)] == [
        "Klaten - Pemkab Klaten meraih peringkat 1.", "Bupati menerima piala."]
