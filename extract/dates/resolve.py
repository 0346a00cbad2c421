"""Turn the parts a rule matched (day, month, year, weekday) into a DateMention.

This is where the resolution policy lives: a written year wins (a contradicting
weekday is reported, not obeyed); a missing year comes from the written weekday,
else from the reference date.
"""
from __future__ import annotations

from datetime import date, timedelta

from extract.dates.calendar import (
    WEEKDAY_NAMES_ID,
    full_year,
    nearest_weekday,
    safe_date,
    spoken,
    year_before_reference,
    year_from_weekday,
)
from extract.dates.mention import DateMention

# A weekday-resolved date may also be an upcoming event ("akan diteken Selasa (12/10)"):
# a matching date this soon after the reference is offered as an alternative.
UPCOMING_DAYS = 31


def _mismatch_alternatives(written: date, weekday: int) -> tuple[str, ...]:
    """Dates that fit the written weekday: nearest by days, then same day-month ±1 year."""
    found = [nearest_weekday(written, weekday)]
    for shift in (-1, 1):
        other = safe_date(written.year + shift, written.month, written.day)
        if other and other.weekday() == weekday:
            found.append(other)
    return tuple(dict.fromkeys(day.isoformat() for day in found))


def resolve_day(
    span: tuple[int, int, str],
    day: int,
    month: int,
    year_text: str | None,
    weekday: int | None,
    reference: date,
    rule: str,
    kind: str | None = None,
) -> DateMention | None:
    """A day-precision mention, or None when the date cannot exist (31/2)."""
    start, end, text = span
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year_text is not None:
        written = safe_date(full_year(year_text, reference), month, day)
        if written is None:
            return None
        if weekday is not None and written.weekday() != weekday:
            alternatives = _mismatch_alternatives(written, weekday)
            note = (
                f"written weekday {WEEKDAY_NAMES_ID[weekday]} contradicts {spoken(written)}; "
                f"{alternatives[0]} fits the weekday"
            )
            return DateMention(start, end, text, written.isoformat(), "day", kind or "absolute",
                               weekday, True, alternatives, rule, note)
        note = f"two-digit year {year_text} read as {written.year}" if len(year_text) == 2 else None
        return DateMention(start, end, text, written.isoformat(), "day", kind or "absolute",
                           weekday, False, (), rule, note)

    if safe_date(2000, month, day) is None:  # 2000 is a leap year: this rejects 30/2, 31/4
        return None
    plain_year = year_before_reference(month, day, reference)
    plain = safe_date(plain_year, month, day)
    if weekday is None:
        note = f"no year written; {plain_year} is the latest not after the reference {reference}"
        return DateMention(start, end, text, plain.isoformat() if plain else None,
                           "day" if plain else "none", kind or "relative", None, False, (),
                           rule, note)

    year = year_from_weekday(month, day, weekday, reference)
    if year is None:
        note = f"no year makes {WEEKDAY_NAMES_ID[weekday]} true; took {plain_year}"
        return DateMention(start, end, text, plain.isoformat() if plain else None,
                           "day" if plain else "none", kind or "weekday_resolved", weekday, True,
                           (), rule, note)
    resolved = date(year, month, day)
    alternatives = []
    if plain and plain != resolved:
        alternatives.append(plain.isoformat())
    for upcoming_year in (reference.year, reference.year + 1):
        upcoming = safe_date(upcoming_year, month, day)
        if (upcoming and reference < upcoming <= reference + timedelta(days=UPCOMING_DAYS)
                and upcoming.weekday() == weekday):
            alternatives.append(upcoming.isoformat())
    note = f"weekday {WEEKDAY_NAMES_ID[weekday]} fixes year {year}"
    if plain and plain != resolved:
        note += f" (the reference year would give {spoken(plain)})"
    return DateMention(start, end, text, resolved.isoformat(), "day", kind or "weekday_resolved",
                       weekday, False, tuple(dict.fromkeys(alternatives)), rule, note)


def widen_to_range(single: DateMention, end_value: str, rule: str) -> DateMention:
    """The same mention as a range: start value kept, the end as first alternative."""
    alternatives = (end_value, *(a for a in single.alternatives if a != end_value))
    note = f"range {single.value} .. {end_value}" + (f"; {single.note}" if single.note else "")
    return DateMention(single.start, single.end, single.text, single.value, single.precision,
                       "range", single.weekday, single.weekday_mismatch, alternatives, rule, note)
