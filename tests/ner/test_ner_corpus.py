"""Reading the NER sources: IOB tags, inferred spaces, marked-up silver lines."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from extract.ner.corpus import conll_docs, infer_spaces, iob_to_spans, markup_docs, parse_markup

HELDOUT = Path(__file__).parent / "data" / "heldout.txt"


def test_iob_spans_map_source_labels() -> None:
    tags = ["B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "I-ORGANISATION", "B-PLACE"]
    assert iob_to_spans(tags) == [(0, 2, "PER"), (3, 5, "ORG"), (5, 6, "LOC")]


def test_iob_stray_inside_tag_starts_a_span() -> None:
    assert iob_to_spans(["O", "I-LOC", "I-LOC", "B-PER"]) == [(1, 3, "LOC"), (3, 4, "PER")]


def test_iob_unknown_labels_become_outside() -> None:
    assert iob_to_spans(["B-EVT", "I-EVT", "B-ORG"]) == [(2, 3, "ORG")]


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["kata", "Anis", "di", "Samarinda", ",", "Selasa", "(", "29/10", ")", "."], "kata Anis di Samarinda, Selasa (29/10)."),
        (["sumber", "-", "sumber", "air", '"', "Beji", '"', "di", "dusun"], 'sumber-sumber air "Beji" di dusun'),
        (["sekitar", "2", ".", "500", "mm"], "sekitar 2.500 mm"),
    ],
)
def test_inferred_spaces_read_like_prose(words: list[str], text: str) -> None:
    spaces = infer_spaces(words)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text


def test_conll_docs_keep_entities(tmp_path: Path) -> None:
    source = tmp_path / "mini.txt"
    source.write_text("Rektor NOUN O\r\nUnair PROPN B-ORG\r\ndi ADP O\r\nSurabaya PROPN B-LOC\r\n\r\n", encoding="utf-8")
    (doc,) = conll_docs(spacy.blank("id"), source)
    assert doc.text == "Rektor Unair di Surabaya"
    assert [(e.text, e.label_) for e in doc.ents] == [("Unair", "ORG"), ("Surabaya", "LOC")]


def test_markup_gives_text_and_char_spans() -> None:
    text, spans = parse_markup("diteken <PER>Sri Lestari</PER> di <LOC>Kudus</LOC>.")
    assert text == "diteken Sri Lestari di Kudus."
    assert [(text[s:e], label) for s, e, label in spans] == [("Sri Lestari", "PER"), ("Kudus", "LOC")]


def test_markup_rejects_unbalanced_tags() -> None:
    with pytest.raises(ValueError):
        parse_markup("diteken <PER>Sri Lestari di Kudus.")


def test_heldout_file_parses_on_token_boundaries() -> None:
    docs = list(markup_docs(spacy.blank("id"), HELDOUT))
    assert len(docs) == 30
    assert all(doc.ents for doc in docs)
