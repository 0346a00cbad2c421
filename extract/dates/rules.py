"""The date rules: one compiled regex per written form, each with a handler.

Regexes are built from patterns/dates.yaml (see `lexicon`), compiled once, and a
bad pattern fails at import of the first call rather than mid-batch. Each handler
receives the match and the reference date and returns a DateMention or None (a
match the handler rejects on context, e.g. "Rp 12/10").
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import regex

from extract.dates.calendar import (
    add_months,
    iso_month,
    last_weekday_before,
    latest_weekday_on_or_before,
    next_weekday_after,
    spoken,
    week_days,
    year_before_reference,
    year_from_reference_on,
)
from extract.dates.fallback import parse_loose_day_month_year
from extract.dates.lexicon import COUNTED_PAST_WORDS, date_lexicon, month_number, weekday_number
from extract.dates.mention import DateMention
from extract.dates.resolve import resolve_day, widen_to_range

Handler = Callable[[regex.Match, date, bool], DateMention | None]

B = r"(?<![\p{L}\p{N}])"  # no letter or digit before
E = r"(?![\p{L}\p{N}])"  # no letter or digit after
NB = r"(?<![\p{L}\p{N}.,/:\-])"  # number start: not inside 1.500 / 10:30 / 08/ORI
DAY_AFTER_CONNECTOR = r"(?<![\p{L}\p{N}.,/:])"  # like NB, but "12-13 Oktober" ends a range
YE = r"(?![\p{L}\p{N}]|[/.\-]\d)"  # year end: not the head of 2023-07-03
WS = r"[^\S\n]+"
WS0 = r"[^\S\n]*"
Y4 = r"(?:19|20)\d{2}"

# Context that turns a number pair into something that is not a date.
NOT_DATE_BEFORE = regex.compile(r"(?i)(?:rp\.?|nomor|nomer|no\.|nmr\.?|nrp|nip|skor)[^\S\n]*:?[^\S\n]*$")
NUMBERED_INSTRUMENT_BEFORE = regex.compile(r"(?i)(?:\d[\w.\-/]*|nomor|no\.?|nomer)[^\S\n]*:?[^\S\n]*$")
DAY_NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\d{1,2}[^\S\n]*$")
DATELINE_AFTER = regex.compile(r"[^\S\n]*[-–—]")
CAPITALS_BEFORE = regex.compile(r"\p{Lu}{3,}[,]?[^\S\n]*$")
# A dateline written "Kota Bogor, 12/3 (ANTARA) -": a line that opens with a capitalised place
# and a comma, the day/month, a bracketed agency tag and a dash.
PLACE_COMMA_AT_LINE_START = regex.compile(r"(?:^|\n)[^\S\n]*\p{Lu}[\p{L}.\- ]{1,40},[^\S\n]*$")
TAG_DASH_AFTER = regex.compile(r"[^\S\n]*\([^()\n]{2,30}\)[^\S\n]*[-–—]")
SENTENCE_START_BEFORE = regex.compile(r"(?:^|[.!?\"”“\n])[^\S\n]*$")


@dataclass(frozen=True, slots=True)
class DateRule:
    name: str
    pattern: regex.Pattern
    handler: Handler
    # what any match must contain: "digit", or lexicon words ("month", "weekday",
    # "relative"); a text lacking one is not scanned by this rule at all
    needs: frozenset[str]


def _span(match: regex.Match) -> tuple[int, int, str]:
    """The match, minus a leading "tanggal" when no weekday precedes it."""
    start = match.start()
    groups = match.groupdict()
    if groups.get("tgl") and not groups.get("wd"):
        start = match.end("tgl")
        while match.string[start].isspace():
            start += 1
    return start, match.end(), match.string[start:match.end()]


def _weekday(match: regex.Match) -> int | None:
    return weekday_number(match.group("wd")) if match.group("wd") else None


def _before(match: regex.Match, chars: int = 40) -> str:
    text = match.string
    return text[max(0, match.start() - chars):match.start()]


# --- day-month-year written with digits: Selasa (12/10), 3-7-2023, (18/04/2025) ---

def _numeric(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    separator, year = match.group("sep"), match.group("y")
    if separator != "/" and year is None:  # 2-1 is a score, 10.00 a time
        return None
    if separator == "." and len(year) != 4:  # 1.2.23 is a version or a number
        return None
    weekday = _weekday(match)
    if weekday is None and NOT_DATE_BEFORE.search(_before(match, 12)):
        return None
    if year is None and weekday is None and not match.group("tgl"):
        bracketed = match.group("open") and match.group("close")
        after = match.string[match.end():match.end() + 4]
        dateline = DATELINE_AFTER.match(after) or CAPITALS_BEFORE.search(_before(match, 30))
        tagged_dateline = TAG_DASH_AFTER.match(match.string, match.end()) \
            and PLACE_COMMA_AT_LINE_START.search(_before(match, 50))
        if not (bracketed and dateline or tagged_dateline):
            return None
    rule = "weekday_numeric" if weekday is not None else "numeric_dmy"
    day, month = int(match.group("d")), int(match.group("m"))
    if year is None and match.group("ahead"):
        return _ahead(match, day, month, weekday, reference, rule)
    return resolve_day(_span(match), day, month, year, weekday, reference, rule)


def _ahead(match: regex.Match, day: int, month: int, weekday: int | None, reference: date,
           rule: str) -> DateMention | None:
    """A day without a year written as lying ahead ("15 Juli mendatang", "Senin (17/7)
    mendatang"): in the first year it falls on or after the reference."""
    if not (1 <= month <= 12):
        return None
    year = year_from_reference_on(month, day, reference)
    return resolve_day(_span(match), day, month, str(year), weekday, reference, rule, "relative")


# --- day month year in words, with optional range start: Senin, 11 Desember 2023 ---

def _range(match: regex.Match, reference: date, rule: str,
           day: int, month: int, year: str | None) -> DateMention | None:
    """'12-13 Oktober 2023', '30 Desember 2023 s.d. 2 Januari 2024' (value = start)."""
    first_day = int(match.group("d1"))
    first_month = month_number(match.group("m1")) if match.group("m1") else month
    first_year = match.group("y1")
    weekday = _weekday(match)
    if first_year is None and year is None and weekday is not None:
        start = resolve_day(_span(match), first_day, first_month, None, weekday, reference, rule)
        if start is None or start.value is None:
            return None
        start_year = int(start.value[:4])
        end_year = start_year + 1 if (month, day) < (first_month, first_day) else start_year
        end = resolve_day(_span(match), day, month, str(end_year), None, reference, rule)
    else:
        end = resolve_day(_span(match), day, month, year, None, reference, rule)
        if end is None or end.value is None:
            return None
        end_year = int(end.value[:4])
        if first_year is None:
            first_year = str(end_year - 1 if (first_month, first_day) > (month, day) else end_year)
        start = resolve_day(_span(match), first_day, first_month, first_year, weekday,
                            reference, rule)
    if start is None or end is None or start.value > end.value:
        return None
    return widen_to_range(start, end.value, rule)


def _day_month_words(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    day, month, year = int(match.group("d")), month_number(match.group("m")), match.group("y")
    if match.group("d1"):
        return _range(match, reference, "day_month_range", day, month, year)
    rule = "weekday_day_month" if match.group("wd") else "day_month"
    if year is None and match.group("ahead"):
        return _ahead(match, day, month, _weekday(match), reference, rule)
    return resolve_day(_span(match), day, month, year, _weekday(match), reference, rule)


def _month_day_year(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    """English order, year required: 'October 12, 2023', 'Oct. 12-13, 2023'."""
    day, month, year = int(match.group("d")), month_number(match.group("m")), match.group("y")
    single = resolve_day(_span(match), day, month, year, _weekday(match), reference,
                         "month_day_year")
    if single is None or not match.group("d2"):
        return single
    end = resolve_day(_span(match), int(match.group("d2")), month, year, None, reference,
                      "month_day_year")
    if end is None or end.value < single.value:
        return None
    return widen_to_range(single, end.value, "month_day_year_range")


def _iso(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    return resolve_day(_span(match), int(match.group("d")), int(match.group("m")),
                       match.group("y"), None, reference, "iso")


# --- month precision: Juli 2023, awal Juli, bulan Mei, Juli lalu, Juli-Agustus 2023 ---

def _part_note(match: regex.Match) -> str | None:
    part = match.group("part")
    if not part:
        return None
    return f"{part.lower()} = {date_lexicon().period_parts.get(part.lower(), 'part')} of the period"


def _month_year(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    if not (match.group("y") or match.group("part") or match.group("bulan") or match.group("lalu")
            or match.group("ahead")):
        return None  # a bare month name is too weak ("Mei" in a list of plans)
    if DAY_NUMBER_BEFORE.search(_before(match, 4)):
        return None  # "30 Februari 2023": the day rule rejected it, the month must not stand
    month = month_number(match.group("m"))
    first_month = month_number(match.group("m1")) if match.group("m1") else None
    notes = [_part_note(match)]
    if match.group("y"):
        year, kind = int(match.group("y")), "absolute"
    elif match.group("ahead"):
        year, kind = year_from_reference_on(month, None, reference), "relative"
        notes.append(f"no year written; {year} is the first on or after the reference")
    else:
        year, kind = year_before_reference(month, None, reference), "relative"
        notes.append(f"no year written; {year} is the latest not after the reference")
    note = "; ".join(n for n in notes if n) or None
    start, end = match.start(), match.end()
    if first_month is None:
        return DateMention(start, end, match.group(0), iso_month(year, month), "month", kind,
                           None, False, (), "month_year", note)
    first_year = year if first_month <= month else year - 1
    return DateMention(start, end, match.group(0), iso_month(first_year, first_month), "month",
                       "range", None, False, (iso_month(year, month),), "month_range", note)


# --- year precision: tahun 2020, sejak 2013, 2020-2024, UU 25 tahun 2009 ---

def _year(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    year, second = match.group("y"), match.group("y2")
    rule, note = "year", _part_note(match)
    if match.group("kw") and NUMBERED_INSTRUMENT_BEFORE.search(_before(match)):
        rule = "law_year"
        note = "year of a numbered instrument (law, decree, letter); not an event date"
    if second:
        if int(second) < int(year):
            return None
        return DateMention(match.start(), match.end(), match.group(0), year, "year", "range",
                           None, False, (second,), "year_range", note)
    return DateMention(match.start(), match.end(), match.group(0), year, "year", "year", None,
                       False, (), rule, note)


# --- relative: kemarin, pekan lalu, tahun ini, dua bulan lalu, akhir tahun lalu ---

def _relative_value(unit: str, offset: int, reference: date) -> tuple[str, str, tuple[str, ...], str]:
    """(value, precision, alternatives, note) for `offset` units from the reference."""
    if unit == "day":
        day = date.fromordinal(reference.toordinal() + offset)
        return day.isoformat(), "day", (), spoken(day)
    if unit == "week":
        days = week_days(reference, offset)
        months = list(dict.fromkeys(iso_month(d.year, d.month) for d in days))
        alternatives = tuple(months[1:]) + tuple(d.isoformat() for d in days)
        return months[0], "month", alternatives, f"week {days[0]} .. {days[-1]}"
    if unit == "month":
        year, month = add_months(reference.year, reference.month, offset)
        return iso_month(year, month), "month", (), None
    return str(reference.year + offset), "year", (), None


def _relative(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    lexicon = date_lexicon()
    written = match.group(0)
    if "Minggu" in written and not SENTENCE_START_BEFORE.search(_before(match)):
        return None  # mid-sentence "Minggu lalu" is last Sunday: the weekday rule's
    if match.group("phrase"):
        phrase = lexicon.relative[" ".join(match.group("phrase").lower().split())]
        unit, offset, rule = phrase.unit, phrase.offset, "relative_phrase"
    else:
        count_text = (match.group("n") or "").lower()
        count = 1 if match.group("se") else int(lexicon.number_words.get(count_text, count_text))
        unit, offset, rule = lexicon.counted_units[match.group("unit").lower()], -count, "relative_count"
    value, precision, alternatives, note = _relative_value(unit, offset, reference)
    notes = "; ".join(n for n in (_part_note(match), note, f"from reference {reference}") if n)
    return DateMention(match.start(), match.end(), written, value, precision, "relative", None,
                       False, alternatives, rule, notes)


def _anchored(match: regex.Match, _reference: date, _given: bool) -> DateMention | None:
    """"keesokan harinya", "sehari sebelumnya": a day counted from the day the text named before
    it, which the date component (it reads the whole article) resolves; no value here."""
    return DateMention(match.start(), match.end(), match.group(0), None, "none", "anchored", None,
                       False, (), "anchored_day", "a day counted from the day written before it")


# --- weekdays: Sabtu, Senin lalu, Kamis pekan lalu ---

def _weekday_mention(match: regex.Match, reference: date, given: bool) -> DateMention | None:
    weekday = _weekday(match)
    start, end, written = _span(match)
    if match.group("rel"):
        direction = match.group("dir").lower()
        offset = 0 if direction == "ini" else 1 if direction == "depan" else -1
        day = week_days(reference, offset)[weekday]
        return DateMention(start, end, written, day.isoformat(), "day", "relative", weekday,
                           False, (), "weekday_week", f"{spoken(day)}, from reference {reference}")
    if match.group("ahead"):
        day = next_weekday_after(reference, weekday)
        return DateMention(start, end, written, day.isoformat(), "day", "relative", weekday,
                           False, (), "weekday_ahead",
                           f"first {spoken(day)} after reference {reference}")
    if match.group("lalu"):
        day = last_weekday_before(reference, weekday)
        return DateMention(start, end, written, day.isoformat(), "day", "relative", weekday,
                           False, (), "weekday_past",
                           f"latest {spoken(day)} before reference {reference}")
    alternatives = (latest_weekday_on_or_before(reference, weekday).isoformat(),) if given else ()
    return DateMention(start, end, written, None, "none", "weekday_only", weekday, False,
                       alternatives, "weekday", "weekday without a date" + (
                           f"; the latest one on or before {reference} is {alternatives[0]}"
                           if given else ""))


# --- loose "3 <word> 2023" whose word is no month we know: fuzzy month, then dateparser ---

def _loose(match: regex.Match, reference: date, _given: bool) -> DateMention | None:
    word = match.group("word").lower()
    lexicon = date_lexicon()
    if month_number(word) is not None or word in lexicon.counted_units or word in lexicon.year_words:
        return None  # the day_month rule owns it, or it is "13 Tahun 2023" (a numbered act)
    return parse_loose_day_month_year(_span(match), int(match.group("d")),
                                      match.group("word"), match.group("y"), reference)


# What every match of a rule contains (see DateRule.needs).
RULE_NEEDS: dict[str, frozenset[str]] = {
    "day_month": frozenset({"digit", "month"}),
    "month_day_year": frozenset({"digit", "month"}),
    "numeric_dmy": frozenset({"digit"}),
    "iso": frozenset({"digit"}),
    "month_year": frozenset({"month"}),
    "relative": frozenset({"relative"}),
    "anchored": frozenset({"anchored"}),
    "year": frozenset({"digit"}),
    "weekday": frozenset({"weekday"}),
    "loose": frozenset({"digit"}),
}


@lru_cache(maxsize=1)
def date_rules() -> tuple[DateRule, ...]:
    """All rules, most specific first: on equal spans the earlier rule wins."""
    lx = date_lexicon()
    weekday_prefix = rf"(?:(?P<wd>{B}{lx.weekday_alt}){E}(?:{WS}{lx.day_part_alt}{E})?(?:{WS0},)?{WS0})?"
    day_word = rf"(?:(?P<tgl>{B}{lx.day_word_alt}){WS0})?"
    past = rf"(?:(?P<lalu>{WS}{lx.past_alt}{E})|(?P<ahead>{WS}{lx.future_alt}{E}))?"
    month = lx.month_alt
    conn = lx.connector_alt
    sources: list[tuple[str, str, Handler]] = [
        ("day_month", rf"""
            {weekday_prefix}{day_word}(?P<open>\({WS0})?
            (?:{NB}(?P<d1>\d{{1,2}})(?:{WS}(?P<m1>{month}){E})?(?:{WS}(?P<y1>{Y4}))?
               {WS0}{conn}{WS0})?
            {DAY_AFTER_CONNECTOR}(?P<d>\d{{1,2}}){WS0}(?P<m>{month}){E}
            (?:{WS0},?{WS0}(?P<y>{Y4}){YE})?
            (?(open)(?:{WS0}\))?){past}""", _day_month_words),
        ("month_day_year", rf"""
            {weekday_prefix}{B}(?P<m>{month}){E}{WS0}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?
            (?:{WS0}[-–]{WS0}(?P<d2>\d{{1,2}}))?{WS0},?{WS0}(?P<y>{Y4}){YE}""", _month_day_year),
        ("numeric_dmy", rf"""
            {weekday_prefix}{day_word}(?P<open>\({WS0})?
            {NB}(?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?
            (?![\p{{L}}\p{{N}}/]|[.\-,]\d)
            (?(open)(?P<close>{WS0}\))?){past}""", _numeric),
        ("iso", rf"""{NB}(?P<y>{Y4})(?P<sep>[-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})
            (?![\p{{L}}\p{{N}}/]|[.\-]\d)""", _iso),
        ("month_year", rf"""
            (?:(?P<part>{B}{lx.part_alt}){WS})?(?:(?P<bulan>{B}bulan){WS})?
            (?:(?P<m1>{B}{month}){E}{WS0}{conn}{WS0})?
            {B}(?P<m>{month}){E}(?:{WS0},?{WS0}(?P<y>{Y4}){YE})?{past}""", _month_year),
        ("relative", rf"""
            (?:(?P<part>{B}{lx.part_alt}){WS})?{B}
            (?:(?P<phrase>{lx.relative_alt})
              |(?:(?P<se>se)|(?P<n>\d{{1,2}}|{lx.number_word_alt}){WS})
               (?P<unit>{lx.unit_alt}){WS}(?:yang{WS})?(?:{"|".join(COUNTED_PAST_WORDS)}))
            {E}""", _relative),
        ("anchored", rf"""{B}(?P<phrase>{lx.anchored_alt}){E}""", _anchored),
        ("year", rf"""
            (?:(?P<part>{B}{lx.part_alt}){WS})?
            (?:(?P<kw>{B}{lx.year_word_alt}){WS0}|(?<={B}{lx.year_preposition_alt}{WS}))
            {B}(?P<y>{Y4})(?:{WS0}(?:{conn}|/){WS0}(?P<y2>{Y4}))?{YE}{past}""", _year),
        ("weekday", rf"""
            (?P<wd>{B}{lx.weekday_alt}){E}
            (?:{WS}(?P<rel>pekan|minggu){WS}(?P<dir>lalu|kemarin|ini|depan){E}
              |{past})""", _weekday_mention),
        ("loose", rf"""{NB}(?P<d>\d{{1,2}}){WS}(?P<word>\p{{L}}{{3,12}})\.?{WS}(?P<y>{Y4}){YE}""",
         _loose),
    ]
    flags = regex.IGNORECASE | regex.VERBOSE
    # Every date starts at a word start; saying so first halves the positions tried.
    return tuple(DateRule(name, regex.compile(B + source, flags), handler, RULE_NEEDS[name])
                 for name, source, handler in sources)
