"""Readable text: layout spaces, invisible characters and repeated spaces, and the way back to
the offsets of the text as given (extract.unicode.readable_text)."""
from __future__ import annotations

import pytest

from extract.api import extract_text
from extract.unicode import readable_text


def test_plain_text_is_read_as_given():
    assert readable_text("Bupati Klaten Sri Mulyani") == ("Bupati Klaten Sri Mulyani", None)


@pytest.mark.parametrize(("given", "readable"), [
    ("Bupati\u00a0Klaten", "Bupati Klaten"),            # a no-break space
    ("Sri\u200bMulyani", "Sri Mulyani"),                # a zero-width space
    ("ditanda\u00adtangani", "ditandatangani"),         # a soft hyphen
    ("\ufeffKlaten -", "Klaten -"),                     # a byte-order mark
    ("Sri  Mulyani\t dan", "Sri Mulyani dan"),          # repeated spaces and a tab
    ("baris satu\n\nbaris dua", "baris satu\n\nbaris dua"),  # line breaks stay
])
def test_readable_text(given, readable):
    assert readable_text(given)[0] == readable


def test_a_readable_span_maps_back_to_the_text_as_given():
    given = "MoU ditanda\u00adtangani  Sri Mulyani."
    readable, source = readable_text(given)
    start = readable.index("Sri Mulyani")
    first, last = source.span(start, start + len("Sri Mulyani"))
    assert given[first:last] == "Sri Mulyani"
    word = readable.index("ditandatangani")
    first, last = source.span(word, word + len("ditandatangani"))
    assert given[first:last] == "ditanda\u00adtangani"


ARTICLE = ("Klaten - Pemerintah Kabupaten Klaten menandatangani nota kesepahaman dengan Universitas Sebelas "
           "Maret (UNS) di Pendopo Klaten, Senin (3/6/2024).\nMoU ditandatangani Bupati Klaten Sri Mulyani dan "
           "Rektor UNS Hadi Prasetyo.\nKerja sama itu meliputi pendidikan, penelitian, dan pengabdian masyarakat.")


@pytest.mark.parametrize("given", [
    ARTICLE.replace(" ", "\u00a0"),
    ARTICLE.replace("ditandatangani", "ditanda\u00adtangani").replace("kesepahaman", "kesepa\u00adhaman"),
    ARTICLE.replace(" ", "  "),
    ARTICLE.replace("Sri Mulyani", "Sri\u200bMulyani"),
])
def test_web_page_characters_change_no_record_and_evidence_points_into_the_text_as_given(given):
    expected = extract_text(ARTICLE, published="2024-06-05", use_ner=False)
    [record] = extract_text(given, published="2024-06-05", use_ner=False)
    for field in ("parties", "signatories", "scopes", "date", "location"):
        assert record[field] == expected[0][field]
    for entry in record["evidence"]:
        assert given[entry["sentence_start"]:entry["sentence_end"]] == entry["sentence"]
        assert entry["sentence_start"] <= entry["start"] <= entry["end"] <= entry["sentence_end"]


def test_the_prefilter_reads_a_cue_word_cut_by_a_soft_hyphen():
    from extract.document import Document
    from extract.engines.chunks import ChunkOptions, plan_chunk

    text = ARTICLE.replace("nota kesepahaman", "nota kesepa\u00adhaman").replace("MoU", "Naskah") \
        .replace("tandatangani", "tanda\u00adtangani").replace("Kerja sama", "Program")
    decided, candidates = plan_chunk([Document(id="a", text=text)], ChunkOptions())
    assert decided == [None] and [d.id for d in candidates] == ["a"]
