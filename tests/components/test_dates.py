"""Date extractor: a marked-up table of written dates, mismatches, non-dates, offsets.

Cases live in tests/components/data/dates_cases.yaml as EDS-NLP-style markup; the
YAML examples in patterns/dates.yaml are checked here too so the data file cannot
drift from the code.
"""
from __future__ import annotations

import markup

from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.dates import DateMention, find_dates, normalize_date
from extract.patterns import load_yaml

CASES = yaml.safe_load((Path(__file__).parent / "data" / "dates_cases.yaml").read_text("utf-8"))
DEFAULT_REFERENCE: date = CASES["reference"]
TAG = markup.tag_pattern("DATE")


def parse_markup(marked: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    return markup.parse_markup(marked, TAG)


def _case(entry: str | dict) -> tuple[str, date]:
    if isinstance(entry, dict):
        return entry["text"], entry.get("reference", DEFAULT_REFERENCE)
    return entry, DEFAULT_REFERENCE


def check_markup(marked: str, reference: date) -> None:
    text, expected = parse_markup(marked)
    found = find_dates(text, reference)
    assert [(m.start, m.end) for m in found] == [(s, e) for s, e, _ in expected], (
        f"spans differ: found {[m.text for m in found]}"
    )
    for mention, (_, _, attributes) in zip(found, expected):
        if "norm" in attributes:
            norm = None if attributes["norm"] == "none" else attributes["norm"]
            assert mention.value == norm, mention.note
        if "kind" in attributes:
            assert mention.kind == attributes["kind"]
        if "rule" in attributes:
            assert mention.rule == attributes["rule"]
        if "alt" in attributes:
            expected_alternatives = tuple(a for a in attributes["alt"].split(",") if a)
            assert mention.alternatives == expected_alternatives
        assert mention.weekday_mismatch == (attributes.get("mismatch") == "1")


@pytest.mark.parametrize("entry", CASES["cases"], ids=lambda e: _case(e)[0][:60])
def test_written_dates(entry: str | dict) -> None:
    check_markup(*_case(entry))


def test_table_is_large_enough() -> None:
    assert len(CASES["cases"]) >= 60


@pytest.mark.parametrize("marked", CASES["mismatches"], ids=lambda e: e[:60])
def test_weekday_mismatch_keeps_written_date(marked: str) -> None:
    check_markup(marked, DEFAULT_REFERENCE)
    mention = find_dates(parse_markup(marked)[0], DEFAULT_REFERENCE)[0]
    assert mention.weekday is not None and "contradicts" in mention.note


@pytest.mark.parametrize("text", CASES["negatives"], ids=lambda e: e[:60])
def test_not_a_date(text: str) -> None:
    assert find_dates(text, DEFAULT_REFERENCE) == []


@pytest.mark.parametrize("example", load_yaml("dates.yaml")["examples"], ids=lambda e: e["text"])
def test_pattern_file_examples(example: dict) -> None:
    mention = normalize_date(example["text"], DEFAULT_REFERENCE)
    assert mention is not None and mention.value == example["value"]


@pytest.mark.parametrize("text", load_yaml("dates.yaml")["counter_examples"])
def test_pattern_file_counter_examples(text: str) -> None:
    assert find_dates(text, DEFAULT_REFERENCE) == []


def test_law_year_is_marked_for_skipping() -> None:
    (mention,) = find_dates("berdasarkan UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    assert (mention.kind, mention.rule, mention.value) == ("year", "law_year", "2014")


def test_two_digit_year_never_far_in_future() -> None:
    mention = normalize_date("Jumat (9/11/98)", date(2023, 7, 10))
    assert mention.value == "1998-11-09"


def test_impossible_day_is_rejected() -> None:
    found = find_dates("Senin (31/2/2023) dan 30 Februari 2023", DEFAULT_REFERENCE)
    assert [(m.text, m.kind) for m in found] == [("Senin", "weekday_only")]


def test_bare_weekday_without_reference_has_no_alternative() -> None:
    (mention,) = find_dates("Sabtu pagi")
    assert (mention.kind, mention.value, mention.alternatives) == ("weekday_only", None, ())


def test_normalize_date_offsets_point_into_input() -> None:
    candidate = "  Senin, 3 Juli 2023 "
    mention = normalize_date(candidate, DEFAULT_REFERENCE)
    assert candidate[mention.start:mention.end] == mention.text == "Senin, 3 Juli 2023"


def test_normalize_date_falls_back_to_dateparser() -> None:
    mention = normalize_date("12th of October 2023", DEFAULT_REFERENCE)
    assert (mention.value, mention.rule) == ("2023-10-12", "dateparser_fallback")


def test_normalize_date_without_date_is_none() -> None:
    assert normalize_date("tanpa tanggal", DEFAULT_REFERENCE) is None


def test_mention_is_immutable() -> None:
    (mention,) = find_dates("kemarin", DEFAULT_REFERENCE)
    assert isinstance(mention, DateMention)
    with pytest.raises(AttributeError):
        mention.value = "2000-01-01"  # type: ignore[misc]


ALPHABET = st.sampled_from(list("0123456789/-.() ,") + ["Selasa", "Juli", "tahun", "lalu", "s.d.",
                                                       "Minggu", "2023", "Okt", "\n", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_offsets_always_point_into_text(text: str) -> None:
    previous_end = 0
    for mention in find_dates(text, DEFAULT_REFERENCE):
        assert text[mention.start:mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
        assert mention.precision in {"day", "month", "year", "none"}
