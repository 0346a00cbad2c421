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


SLOTS = (("triggers", "TRIGGER"), ("people", "PERSON"), ("orgs", "ORG"), ("dates", "DATE"), ("places", "PLACE"),
         ("venues", "VENUE"), ("references", "REFERENCE"), ("scopes", "SCOPE"))


def test_one_span_per_candidate_and_position_at_its_offsets():
    doc = load_pipeline(use_ner=False)(ARTICLE)
    found = candidates(doc)
    wanted = [(c.start, c.end, "SIGNING" if slot == "triggers" and c.kind == "verb" else label)
              for slot, label in SLOTS for c in getattr(found, slot)]
    wanted += [(p.position_start, p.position_end, "POSITION") for p in found.people if p.position_start is not None]
    shown = [(span.start_char, span.end_char, span.label_) for span in show_candidates(doc)]
    assert len(wanted) > 10 and sorted(shown) == sorted(wanted)
    assert [(s.start_char, s.end_char, s.label_) for s in doc.spans[SPAN_GROUP]] == shown


def test_the_group_renders_in_displacy():
    doc = load_pipeline(use_ner=False)(ARTICLE)
    show_candidates(doc)
    html = displacy.render(doc, style="span", options={"spans_key": SPAN_GROUP})
    assert "Harapan" in html and "ORG" in html and "POSITION" in html
