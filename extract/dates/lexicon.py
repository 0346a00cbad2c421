"""Date vocabulary from patterns/dates.yaml, checked once and turned into regex pieces.

The YAML is the single place where month spellings, weekday names and relative
phrases live; this module only validates it and builds alternations (longest first,
so "Agustus" wins over "Agus" and "sampai dengan" over "sampai").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.patterns import PatternFileError, load_yaml

PATTERN_FILE = "dates.yaml"
UNITS = frozenset({"day", "week", "month", "year"})
COUNTED_PAST_WORDS = ("lalu", "silam")  # "3 hari (yang) lalu", "sebulan silam"


@dataclass(frozen=True, slots=True)
class RelativePhrase:
    unit: str
    offset: int


@dataclass(frozen=True, slots=True)
class DateLexicon:
    months: dict[str, int]  # lower-cased spelling -> month number
    full_month_names: dict[str, int]  # only full spellings, for fuzzy matching
    weekdays: dict[str, int]  # lower-cased name -> 0..6
    relative: dict[str, RelativePhrase]  # lower-cased phrase, single-spaced
    anchored: dict[str, int]  # lower-cased phrase -> days from the day the text named before it
    counted_units: dict[str, str]
    number_words: dict[str, int]
    period_parts: dict[str, str]
    year_words: frozenset[str]
    # regex source fragments (no named groups: rules name their own)
    month_alt: str
    weekday_alt: str
    day_part_alt: str
    day_word_alt: str
    connector_alt: str
    part_alt: str
    past_alt: str
    future_alt: str
    relative_alt: str
    anchored_alt: str
    unit_alt: str
    number_word_alt: str
    year_word_alt: str
    year_preposition_alt: str
    # letter runs a rule's match must contain, for the cheap per-text prescreen in find_dates
    cue_words: dict[str, frozenset[str]]


def _alternation(words: list[str], case_sensitive: frozenset[str] = frozenset()) -> str:
    """Longest-first alternation; multi-word entries match any run of spaces."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        piece = r"\s+".join(regex.escape(token) for token in word.split())
        parts.append(f"(?-i:{piece})" if word in case_sensitive else piece)
    return "(?:" + "|".join(parts) + ")"


LETTER_RUN = re.compile(r"[^\W\d_]+")  # stdlib re: faster than regex for this class


def letter_runs(text: str) -> frozenset[str]:
    """The lower-cased runs of letters in `text`: what the prescreen compares."""
    return frozenset(LETTER_RUN.findall(text.lower()))


def _runs_of(words) -> frozenset[str]:
    return frozenset(run for word in words for run in letter_runs(word))


def _require(data: dict, key: str, kind: type) -> object:
    value = data.get(key)
    if not isinstance(value, kind):
        raise PatternFileError(f"{PATTERN_FILE}: '{key}' must be a {kind.__name__}")
    return value


def _month_table(raw: dict) -> tuple[dict[str, int], dict[str, int], str]:
    months: dict[str, int] = {}
    full: dict[str, int] = {}
    full_words: list[str] = []
    abbreviations: list[str] = []
    for number, spellings in raw.items():
        if not isinstance(number, int) or not 1 <= number <= 12:
            raise PatternFileError(f"{PATTERN_FILE}: month key {number!r} is not 1..12")
        for word in spellings.get("full", []):
            months[word.lower()] = full[word.lower()] = number
            full_words.append(word.lower())
        for word in spellings.get("abbreviations", []):
            months[word.lower()] = number
            abbreviations.append(word.lower())
    if sorted(set(months.values())) != list(range(1, 13)):
        raise PatternFileError(f"{PATTERN_FILE}: every month 1..12 needs a spelling")
    # A full name never takes a dot (it would swallow the sentence's full stop).
    alternation = f"(?:{_alternation(full_words)}|{_alternation(abbreviations)}\\.?)"
    return months, full, alternation


@lru_cache(maxsize=1)
def date_lexicon() -> DateLexicon:
    """Parse and validate patterns/dates.yaml; a bad file fails here, naming itself."""
    data = load_yaml(PATTERN_FILE)
    if not isinstance(data, dict):
        raise PatternFileError(f"{PATTERN_FILE}: top level must be a mapping")
    months, full_months, month_alt = _month_table(_require(data, "months", dict))
    case_sensitive = frozenset(_require(data, "case_sensitive", list))

    weekdays: dict[str, int] = {}
    weekday_words: list[str] = []
    for number, names in _require(data, "weekdays", dict).items():
        if not isinstance(number, int) or not 0 <= number <= 6:
            raise PatternFileError(f"{PATTERN_FILE}: weekday key {number!r} is not 0..6")
        for name in names:
            weekdays[name.lower()] = number
            weekday_words.append(name)

    relative: dict[str, RelativePhrase] = {}
    for entry in _require(data, "relative", list):
        if entry.get("unit") not in UNITS or not isinstance(entry.get("offset"), int):
            raise PatternFileError(f"{PATTERN_FILE}: bad relative entry {entry!r}")
        relative[" ".join(entry["phrase"].lower().split())] = RelativePhrase(
            entry["unit"], entry["offset"]
        )
    anchored: dict[str, int] = {}
    for entry in _require(data, "anchored", list):
        if not isinstance(entry.get("phrase"), str) or not isinstance(entry.get("offset"), int):
            raise PatternFileError(f"{PATTERN_FILE}: bad anchored entry {entry!r}")
        anchored[" ".join(entry["phrase"].lower().split())] = entry["offset"]
    counted_units = dict(_require(data, "counted_units", dict))
    if not set(counted_units.values()) <= UNITS:
        raise PatternFileError(f"{PATTERN_FILE}: counted_units values must be {sorted(UNITS)}")
    number_words = dict(_require(data, "number_words", dict))
    period_parts = dict(_require(data, "period_parts", dict))

    return DateLexicon(
        months=months,
        full_month_names=full_months,
        weekdays=weekdays,
        relative=relative,
        anchored=anchored,
        counted_units=counted_units,
        number_words=number_words,
        period_parts=period_parts,
        year_words=frozenset(w.lower() for w in _require(data, "year_words", list)),
        month_alt=month_alt,
        weekday_alt=_alternation(weekday_words, case_sensitive),
        day_part_alt=_alternation(_require(data, "day_parts", list)),
        day_word_alt=_alternation(_require(data, "day_words", list)) + r"\.?",
        connector_alt=_alternation(_require(data, "range_connectors", list)),
        part_alt=_alternation(list(period_parts)),
        past_alt=_alternation(_require(data, "past_suffixes", list)),
        future_alt=_alternation(_require(data, "future_suffixes", list)),
        relative_alt=_alternation(list(relative), case_sensitive),
        anchored_alt=_alternation(list(anchored)),
        unit_alt=_alternation(list(counted_units)),
        number_word_alt=_alternation(list(number_words)),
        year_word_alt=_alternation(_require(data, "year_words", list)) + r"\.?",
        year_preposition_alt=_alternation(_require(data, "year_prepositions", list)),
        cue_words={
            "month": _runs_of(months),
            "weekday": _runs_of(weekdays),
            # a fixed phrase, or a counted "N hari lalu" / "sebulan silam", which always ends
            # in one of the past words
            "relative": _runs_of(relative) | _runs_of(COUNTED_PAST_WORDS),
            # an anchored phrase always holds its last word ("kemudian", "sebelumnya", "harinya")
            "anchored": _runs_of(phrase.split()[-1] for phrase in anchored),
        },
    )


def month_number(word: str) -> int | None:
    """Month for a spelling as written ("Okt.", "Desmber"), or None."""
    return date_lexicon().months.get(word.lower().rstrip(".").strip())


def weekday_number(word: str) -> int | None:
    return date_lexicon().weekdays.get(word.lower())
