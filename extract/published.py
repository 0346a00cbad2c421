"""Publication dates in whatever form feeds and people write them: the one parser behind the
batch readers (`--published-column`), the Python API (`extract_text(published=...)`) and the
web page and API."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache

_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_EPOCH = re.compile(r"^\d{9,13}$")
_ISO_SHAPED = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\b")


def parse_published(value: object) -> date | None:
    """A date from an ISO string, `dd/mm/yyyy`, an epoch, or a written form.

    Written forms ("31 Juli 2024", "Jul 31, 2024") go through dateparser,
    which is slow, so the common machine forms are tried first. Returns
    None when nothing sensible can be read: a bad date is not fatal.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if _EPOCH.match(text):
        return _from_epoch(float(text))
    if _ISO_SHAPED.match(text):  # an impossible ISO date ("2023-13-01") is not a date in another order
        return None
    return _parse_written(text)


def _from_epoch(seconds: float) -> date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _parse_written(text: str) -> date | None:
    import dateparser

    # absolute dates only: "kemarin" (yesterday) would depend on the day of the run
    parsed = dateparser.parse(
        text[:100], languages=["id", "en"],
        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PARSERS": ["absolute-time"]},
    )
    return parsed.date() if parsed else None


READABLE_FORMS = "2024-07-31, 2024-07-31T09:00:00+07:00, 31/07/2024, an epoch number, or 31 Juli 2024"


def published_date(value: object) -> date | None:
    """Like `parse_published`, but a value given and not readable is an error, not None:
    what a person typed (API argument, web form) deserves an answer, a feed's odd field does not.

    Raises ValueError naming the value and the forms that are understood.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise ValueError(f"the publication date {value!r} cannot be read; write it as {READABLE_FORMS}")
    return parsed
