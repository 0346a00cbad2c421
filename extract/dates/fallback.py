"""Last resort for candidates the rules found but could not read.

Only spans a rule already matched loosely ("3 <word> 2023", or a string handed to
`normalize_date`) come here. First a one-edit fuzzy match against full month names
(typos like "Septmber" that the YAML does not list yet), then dateparser with a
parser built once per reference date. `search_dates` is never used: it scans whole
texts and is what the rules replace. dateparser is imported on first use: most articles
never need it, and importing it costs a quarter of a second at start-up.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.dates.lexicon import date_lexicon
from extract.dates.mention import DateMention
from extract.dates.resolve import resolve_day

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

# Shorter names ("Juni"/"Juli", "Mei") are one edit from ordinary words and each other.
FUZZY_MIN_LENGTH = 6
# normalize_date hands dateparser a candidate, not a paragraph.
MAX_CANDIDATE_LENGTH = 60


def _one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


@lru_cache(maxsize=4096)
def fuzzy_month(word: str) -> int | None:
    """Month of a one-edit misspelling of a full month name, if exactly one month fits."""
    word = word.lower()
    if len(word) < FUZZY_MIN_LENGTH - 1:
        return None
    months = {month for name, month in date_lexicon().full_month_names.items()
              if len(name) >= FUZZY_MIN_LENGTH and _one_edit_apart(word, name)}
    return months.pop() if len(months) == 1 else None


@lru_cache(maxsize=64)
def _parser(reference: date) -> DateDataParser:
    """One configured parser per reference date (building one costs milliseconds)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime.combine(reference, datetime.min.time()),
        },
    )


@lru_cache(maxsize=4096)
def dateparser_value(candidate: str, reference: date) -> tuple[str, str] | None:
    """(ISO value, precision) dateparser reads from one candidate span, or None."""
    data = _parser(reference).get_date_data(candidate)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = data.period if data.period in ("day", "month", "year") else "day"
    value = {"day": found.isoformat(), "month": found.isoformat()[:7],
             "year": str(found.year)}[precision]
    return value, precision


def parse_loose_day_month_year(
    span: tuple[int, int, str], day: int, word: str, year: str, reference: date
) -> DateMention | None:
    """Read "3 <word> 2023" when <word> is not a month spelling the YAML lists."""
    month = fuzzy_month(word)
    if month is not None:
        found = resolve_day(span, day, month, year, None, reference, "fuzzy_month")
        if found is None:
            return None
        note = f"'{word}' read as month {month} (one edit from a month name)"
        return DateMention(found.start, found.end, found.text, found.value, found.precision,
                           found.kind, None, False, (), found.rule, note)
    parsed = dateparser_value(span[2], reference)
    if parsed is None or parsed[1] != "day":
        return None
    start, end, text = span
    return DateMention(start, end, text, parsed[0], "day", "absolute", None, False, (),
                       "dateparser_fallback", f"rules could not read '{word}'; dateparser did")


def dateparser_mention(text: str, reference: date) -> DateMention | None:
    """A whole candidate string read by dateparser (used by `normalize_date`)."""
    stripped = text.strip()
    if not any(ch.isdigit() for ch in stripped) or len(stripped) > MAX_CANDIDATE_LENGTH:
        return None  # without a number dateparser reads almost any word as a date
    parsed = dateparser_value(stripped, reference)
    if parsed is None:
        return None
    start = text.index(stripped)
    return DateMention(start, start + len(stripped), stripped, parsed[0], parsed[1], "absolute",
                       None, False, (), "dateparser_fallback", "read by dateparser")
