"""Calendar arithmetic for resolving partial dates against a reference date.

Kept free of regex and text so each rule of the resolution policy (two-digit years,
the weekday that fixes a year, the nearest past occurrence) is one small function.
"""
from __future__ import annotations

from datetime import date, timedelta

WEEKDAY_NAMES_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTH_NAMES_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# A day-month falls on every weekday within 28 years (the Gregorian cycle, ignoring
# century years), so searching this far back always finds one for a valid date.
WEEKDAY_SEARCH_YEARS = 28


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for impossible ones like 31/2."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_year(written: str, reference: date) -> int:
    """Four-digit year from a written one; '18' -> 2018, never after reference year + 1."""
    if len(written) == 4:
        return int(written)
    year = 2000 + int(written)
    return year - 100 if year > reference.year + 1 else year


def year_from_weekday(month: int, day: int, weekday: int, reference: date) -> int | None:
    """Nearest year whose day-month falls on `weekday`, on or before the reference."""
    for year in range(reference.year, reference.year - WEEKDAY_SEARCH_YEARS - 1, -1):
        candidate = safe_date(year, month, day)
        if candidate and candidate <= reference and candidate.weekday() == weekday:
            return year
    return None


def year_before_reference(month: int, day: int | None, reference: date) -> int:
    """The reference year, or the one before when the day/month would be after it."""
    if day is None:
        return reference.year if month <= reference.month else reference.year - 1
    year = reference.year
    for year in range(reference.year, reference.year - 9, -1):  # 29/2 needs a leap year
        candidate = safe_date(year, month, day)
        if candidate and candidate <= reference:
            return year
    return year


def year_from_reference_on(month: int, day: int | None, reference: date) -> int:
    """The reference year, or the one after when the day/month lies before it ("15 Juli
    mendatang": the first such day on or after the reference)."""
    if day is None:
        return reference.year if month >= reference.month else reference.year + 1
    for year in range(reference.year, reference.year + 9):  # 29/2 needs a leap year
        candidate = safe_date(year, month, day)
        if candidate and candidate >= reference:
            return year
    return reference.year


def next_weekday_after(reference: date, weekday: int) -> date:
    """The first `weekday` strictly after the reference ("Senin mendatang")."""
    return reference + timedelta(days=(weekday - reference.weekday()) % 7 or 7)


def nearest_weekday(around: date, weekday: int) -> date:
    """The date with `weekday` closest to `around` (the earlier one on a tie)."""
    shift = (weekday - around.weekday()) % 7
    return around + timedelta(days=shift) if shift <= 3 else around - timedelta(days=7 - shift)


def last_weekday_before(reference: date, weekday: int) -> date:
    """Most recent `weekday` strictly before the reference ("Senin lalu")."""
    shift = (reference.weekday() - weekday) % 7 or 7
    return reference - timedelta(days=shift)


def latest_weekday_on_or_before(reference: date, weekday: int) -> date:
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def week_days(reference: date, offset_weeks: int) -> list[date]:
    """Monday..Sunday of the week `offset_weeks` away from the reference's week."""
    monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=offset_weeks)
    return [monday + timedelta(days=i) for i in range(7)]


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def spoken(day: date) -> str:
    """'Selasa, 12 Oktober 2021' — for notes a reader can check at a glance."""
    return f"{WEEKDAY_NAMES_ID[day.weekday()]}, {day.day} {MONTH_NAMES_ID[day.month - 1]} {day.year}"
