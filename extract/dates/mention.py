"""The value object every date rule returns."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, with its resolved value and why.

    `start`/`end` are character offsets into the text given to `find_dates`, so
    `text[start:end] == mention.text`. `value` is ISO at the precision the text
    supports ('YYYY-MM-DD', 'YYYY-MM', 'YYYY') or None when it cannot be resolved.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str  # 'day' | 'month' | 'year' | 'none'
    kind: str  # 'absolute' | 'weekday_resolved' | 'relative' | 'range' | 'year' | 'weekday_only' | 'anchored'
    weekday: int | None  # 0 = Monday, when a weekday was written
    weekday_mismatch: bool
    alternatives: tuple[str, ...]
    rule: str
    note: str | None
