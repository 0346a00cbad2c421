from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.web.highlight import (
    Span,
    highlight_article,
    kind_of_field,
    render_spans,
    resolve_overlaps,
)


def visible_text(markup: str) -> str:
    """What a reader sees: the markup without tags, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def marked(markup: str) -> list[tuple[str, str]]:
    return re.findall(r'<mark class="fact fact--(\w+)"[^>]*>(.*?)</mark>', markup)


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        ("parties[0]", "party"),
        ("parties[12].acronym", "party"),
        ("signatories[1].name", "person"),
        ("signatories[1]", "person"),
        ("witnesses[0].name", "person"),
        ("signatories[0].position", "position"),
        ("witnesses[3].position", "position"),
        ("date", "date"),
        ("date_text", "date"),
        ("location.venue", "place"),
        ("location.city", "place"),
        ("scopes[2]", "scope"),
        ("scopes[2].text", "scope"),
        ("reference_numbers[0]", "reference"),
        ("type", "trigger"),
        ("trigger", "trigger"),
        ("status", "trigger"),
        ("title", None),
        ("confidence", None),
        ("parentheses", None),
    ],
)
def test_field_paths_map_to_highlight_kinds(field: str, kind: str | None) -> None:
    assert kind_of_field(field) == kind


def test_longest_overlapping_span_wins_and_the_shorter_is_dropped_whole() -> None:
    spans = [Span(0, 6, "position"), Span(0, 20, "party"), Span(10, 25, "person")]
    assert resolve_overlaps(spans) == [Span(0, 20, "party")]


def test_adjacent_spans_are_both_kept_in_text_order() -> None:
    spans = [Span(5, 9, "date"), Span(0, 5, "party"), Span(9, 12, "place")]
    assert [(s.start, s.kind) for s in resolve_overlaps(spans)] == [(0, "party"), (5, "date"), (9, "place")]


def test_equal_length_overlap_keeps_the_earlier_span() -> None:
    assert resolve_overlaps([Span(3, 8, "scope"), Span(1, 6, "party")]) == [Span(1, 6, "party")]


def test_empty_and_inverted_spans_are_ignored() -> None:
    assert resolve_overlaps([Span(4, 4, "date"), Span(6, 2, "date")]) == []


def test_adjacent_facts_render_as_separate_marks() -> None:
    text = "Pemkab Banyumas2023"
    markup = render_spans(text, [Span(0, 15, "party"), Span(15, 19, "date")])
    assert marked(markup) == [("party", "Pemkab Banyumas"), ("date", "2023")]
    assert visible_text(markup) == text


def test_article_markup_is_escaped_and_shows_as_text() -> None:
    text = 'Lihat <script>alert("x")</script> & <b>tebal</b>'
    markup = render_spans(text, [Span(6, 14, "party")])
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "&amp;" in markup
    assert visible_text(markup) == text


def test_facts_at_both_ends_of_the_text() -> None:
    text = "Bupati menandatangani MoU"
    markup = render_spans(text, [Span(0, 6, "position"), Span(22, 25, "trigger")])
    assert markup.startswith("<mark") and markup.endswith("</mark>")
    assert marked(markup) == [("position", "Bupati"), ("trigger", "MoU")]


def test_non_ascii_text_keeps_character_offsets() -> None:
    text = "Kerja sama “Desa Cerdas” — ditandatangani di Café Ñusa, 5 Mei 2024 🎉."
    start = text.index("Café Ñusa")
    markup = render_spans(text, [Span(start, start + len("Café Ñusa"), "place")])
    assert marked(markup) == [("place", "Café Ñusa")]
    assert visible_text(markup) == text


def test_sentence_wraps_its_facts_and_gets_the_id() -> None:
    text = "Judul. Wali Kota Dewi meneken MoU. Penutup."
    sentence = Span(7, 34, "sentence", "ev-1")
    markup = render_spans(text, [Span(17, 21, "person")], [sentence])
    assert '<span class="ev-sentence" id="ev-1" data-start="7" data-end="34">Wali Kota <mark' in markup
    assert markup.count("<span") == markup.count("</span>") == 1


def test_fact_crossing_a_sentence_edge_is_split_into_well_nested_marks() -> None:
    text = "Satu dua. Tiga empat."
    markup = render_spans(text, [Span(5, 14, "scope")], [Span(0, 9, "sentence", "ev-1")])
    assert marked(markup) == [("scope", "dua."), ("scope", " Tiga")]
    assert re.search(r"</mark></span><mark", markup)
    assert visible_text(markup) == text


def test_empty_text_renders_empty() -> None:
    assert render_spans("", []) == ""


def test_highlight_article_links_every_evidence_entry_to_a_sentence(sample_text: str, records: list[dict]) -> None:
    result = highlight_article(sample_text, records)
    linked = {key for key in result.sentence_ids}
    expected = {(r, e) for r, record in enumerate(records) for e in range(len(record["evidence"]))}
    assert linked == expected
    for sentence_id in set(result.sentence_ids.values()):
        assert f'id="{sentence_id}"' in result.html
    assert visible_text(result.html) == sample_text
    assert result.kinds_present == ["trigger", "party", "person", "position", "date", "place", "scope", "reference"]


def test_sentence_numbering_can_continue_from_an_earlier_article(sample_text: str, records: list[dict]) -> None:
    first = highlight_article(sample_text, records)
    second = highlight_article(sample_text, records, first_number=first.sentence_count + 1)
    assert set(second.sentence_ids.values()).isdisjoint(first.sentence_ids.values())


def test_offsets_outside_the_text_are_clamped_or_dropped(records: list[dict]) -> None:
    short_text = "Pemkot Salatiga"
    result = highlight_article(short_text, records)
    assert visible_text(result.html) == short_text


spans_strategy = st.lists(
    st.tuples(st.integers(-5, 60), st.integers(-5, 60), st.sampled_from(["party", "date", "scope"])),
    max_size=12,
)


@given(text=st.text(max_size=50), facts=spans_strategy, sentences=spans_strategy)
def test_rendering_never_loses_or_alters_text(text: str, facts: list, sentences: list) -> None:
    def clamp(items: list) -> list[Span]:
        return [
            Span(max(0, min(a, len(text))), max(0, min(b, len(text))), kind, f"ev-{i}")
            for i, (a, b, kind) in enumerate(items)
        ]

    markup = render_spans(text, resolve_overlaps(clamp(facts)), resolve_overlaps(clamp(sentences)))
    assert visible_text(markup) == text
    assert markup.count("<mark") == markup.count("</mark>")
    assert markup.count("<span") == markup.count("</span>")
