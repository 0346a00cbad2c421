"""The candidate store: every candidate can be shown as a span for displaCy."""
from __future__ import annotations

from spacy import displacy

from extract.api import load_pipeline
from extract.components.state import SPAN_GROUP, candidates, show_candidates

ARTICLE = ("Klaten - Pemerintah Kabupaten Klaten dan Universitas Tunas Harapan menandatangani nota "
           "kesepahaman di Pendopo Kabupaten Klaten, Senin (12/2/2024). Penandatanganan dilakukan oleh "
           "Bupati Klaten Sri Mulyani dan Rektor Universitas Tunas Harapan Prof. Dr. Bambang Irawan, M.Si.")


def test_every_candidate_is_shown_with_its_label():
    doc = load_pipeline(use_ner=False)(ARTICLE)
    found = candidates(doc)
    shown = {(span.label_, span.text) for span in show_candidates(doc)}
    assert {("ORG", "Pemerintah Kabupaten Klaten"), ("ORG", "Universitas Tunas Harapan"),
            ("DATE", "Senin (12/2/2024)"), ("TRIGGER", "nota kesepahaman"), ("SIGNING", "menandatangani"),
            ("VENUE", "Pendopo Kabupaten Klaten"), ("PERSON", "Sri Mulyani"), ("PERSON", "Bambang Irawan"),
            ("POSITION", "Bupati Klaten"), ("POSITION", "Rektor Universitas Tunas Harapan")} <= shown
    assert {("PERSON", person.name) for person in found.people} <= shown
    assert len(doc.spans[SPAN_GROUP]) >= len(shown)


def test_the_group_renders_in_displacy():
    doc = load_pipeline(use_ner=False)(ARTICLE)
    show_candidates(doc)
    html = displacy.render(doc, style="span", options={"spans_key": SPAN_GROUP})
    assert "Harapan" in html and "ORG" in html and "POSITION" in html
