"""The NER component: which sentences it asks the model about, and how a PER span the rules
missed becomes a person candidate (rules keep priority). The model is replaced by a stub
returning fixed spans, so these tests say what the component does with any model."""
from __future__ import annotations

import pytest

import extract.components.ner as ner_component
from extract.api import load_pipeline
from extract.components.state import candidates

TEXT = ("Klaten - Pemkab Klaten meneken MoU dengan Rektor UTH Rina Astuti.\n"
        "Penandatanganan dilakukan oleh Sukarjo dan Lestari di Klaten.\n"
        "Warga menyambut baik rencana itu.")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Sentences sent to the stub model; it tags "Sukarjo", "Lestari" and "Rina Astuti" as PER."""
    sent: list[str] = []

    def stub(texts: list[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
        sent.extend(texts)
        spans = []
        for text in texts:
            found = []
            for name in ("Sukarjo", "Lestari", "Rina Astuti"):
                if name in text:
                    found.append((text.index(name), text.index(name) + len(name), "PER"))
            spans.append(found)
        return spans

    monkeypatch.setattr(ner_component, "entities", stub)
    return sent


def test_only_sentences_saying_who_signs_where_the_rules_found_nobody_are_asked(asked):
    """The second sentence says who signs ("dilakukan oleh", patterns/people.yaml model_cues)
    and the rules found nobody there; the first has a signing verb but the rules read its
    signer ("Rektor UTH Rina Astuti"); the last has no cue."""
    load_pipeline(use_ner=True)(TEXT)
    assert asked == [TEXT.split("\n")[1]]


def test_a_person_the_rules_missed_is_added_and_a_rule_person_is_kept(asked):
    found = candidates(load_pipeline(use_ner=True)(TEXT))
    by_name = {p.name: p for p in found.people}
    assert by_name["Sukarjo"].rule == by_name["Lestari"].rule == "ner"
    assert TEXT[by_name["Sukarjo"].start:by_name["Sukarjo"].end] == "Sukarjo"
    assert by_name["Rina Astuti"].rule == "people"


def test_a_span_overlapping_a_rule_candidate_is_not_a_person(monkeypatch: pytest.MonkeyPatch):
    """Rules keep priority: a PER span over a rule's person, position or body adds nothing."""
    text = "Penandatanganan MoU dilakukan oleh Sukarjo di Kantor Bupati Klaten."
    def stub(texts, batch_size=64):
        return [[(t.index("Sukarjo"), t.index("Sukarjo") + len("Sukarjo"), "PER"),
                 (t.index("Kantor Bupati"), t.index("Kantor Bupati") + len("Kantor Bupati"), "PER")]
                for t in texts]
    monkeypatch.setattr(ner_component, "entities", stub)
    found = candidates(load_pipeline(use_ner=True)(text))
    assert [p.name for p in found.people if p.rule == "ner"] == ["Sukarjo"]


@pytest.mark.parametrize(
    ("text", "tagged", "people"),
    [
        # one unknown word with no office, joined by "dan" to a body, is a brand, not a person
        ("Penandatanganan MoU dilakukan oleh Telkomsel dan Grab di Jakarta.", "Grab", []),
        # counter-examples: a word of the name lexicon joined to a body, and an unknown word
        # joined to no body, stay persons
        ("Penandatanganan MoU dilakukan oleh Telkomsel dan Hartono di Jakarta.", "Hartono", ["Hartono"]),
        ("Penandatanganan MoU dilakukan oleh Nadiem di Jakarta.", "Nadiem", ["Nadiem"]),
    ],
)
def test_one_unknown_word_joined_to_a_body_is_a_brand(monkeypatch: pytest.MonkeyPatch, text, tagged, people):
    def stub(texts, batch_size=64):
        return [[(t.index(tagged), t.index(tagged) + len(tagged), "PER")] if tagged in t else [] for t in texts]
    monkeypatch.setattr(ner_component, "entities", stub)
    found = candidates(load_pipeline(use_ner=True)(text))
    assert [p.name for p in found.people] == people


@pytest.mark.parametrize(
    ("text", "tagged", "people"),
    [
        # the place of a dateline is no person, also when its first word is a personal name
        ("Abu Dhabi (ANTARA) - Penandatanganan MoU dilakukan oleh kedua pihak di Abu Dhabi.",
         "Abu Dhabi", []),
        # counter-example: the same span after the dateline stays the model's person
        ("Jakarta (ANTARA) - Penandatanganan MoU dilakukan oleh Abu Dhabi Sukarjo di Jakarta.",
         "Abu Dhabi Sukarjo", ["Abu Dhabi Sukarjo"]),
    ],
)
def test_a_span_in_the_dateline_is_no_person(monkeypatch: pytest.MonkeyPatch, text, tagged, people):
    def stub(texts, batch_size=64):
        return [[(t.index(tagged), t.index(tagged) + len(tagged), "PER")] if tagged in t else [] for t in texts]
    monkeypatch.setattr(ner_component, "entities", stub)
    found = candidates(load_pipeline(use_ner=True)(text))
    assert [p.name for p in found.people if p.rule == "ner"] == people


@pytest.mark.parametrize(
    ("text", "tagged", "people"),
    [
        # a country's name alone is no person
        ("Penandatanganan MoU dilakukan oleh kedua pihak di Lima, Peru.", "Peru", []),
        # counter-example: a name holding a country's name among its words stays a person
        ("Penandatanganan MoU dilakukan oleh Kenya Lestari di Jakarta.", "Kenya Lestari", ["Kenya Lestari"]),
    ],
)
def test_a_country_alone_is_no_person(monkeypatch: pytest.MonkeyPatch, text, tagged, people):
    def stub(texts, batch_size=64):
        return [[(t.index(tagged), t.index(tagged) + len(tagged), "PER")] if tagged in t else [] for t in texts]
    monkeypatch.setattr(ner_component, "entities", stub)
    found = candidates(load_pipeline(use_ner=True)(text))
    assert [p.name for p in found.people if p.rule == "ner"] == people
