"""Find and normalise the dates Indonesian news writes, resolved against a reference.

`find_dates(text, reference)` returns every date mention with character offsets,
an ISO value at the precision the text supports, and the rule and reasoning that
produced it. `reference` is the article's publication date when known, else today.

Numbered instruments ("UU 25 tahun 2009", "Nomor 3 Tahun 2020") are returned as
kind 'year' with rule 'law_year': their year can date a referenced agreement, but
callers choosing an event date should skip them.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from extract.dates.fallback import dateparser_mention
from extract.dates.lexicon import date_lexicon, letter_runs
from extract.dates.mention import DateMention
from extract.dates.rules import date_rules

__all__ = ["DateMention", "find_dates", "normalize_date"]

_PRECISION_RANK = {"none": 0, "year": 1, "month": 2, "day": 3}


def _as_date(reference: date | None) -> date:
    if reference is None:
        return date.today()
    return reference.date() if isinstance(reference, datetime) else reference


_DIGIT = re.compile(r"\d")


def _cues(text: str) -> frozenset[str]:
    """Which kinds of date vocabulary `text` contains (see DateRule.needs)."""
    runs = letter_runs(text)
    present = {kind for kind, words in date_lexicon().cue_words.items() if not runs.isdisjoint(words)}
    if _DIGIT.search(text):
        present.add("digit")
    return frozenset(present)


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """All non-overlapping date mentions in `text`, in text order.

    Where rules overlap, the mention starting first wins, then the longest, then
    the rule listed first in `date_rules()`.
    """
    if not text:
        return []
    given = reference is not None
    resolved_reference = _as_date(reference)
    candidates: list[tuple[int, int, int, DateMention]] = []
    cues = _cues(text)
    for order, rule in enumerate(date_rules()):
        if not rule.needs <= cues:
            continue
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            mention = rule.handler(match, resolved_reference, given)
            if mention is not None:
                candidates.append((mention.start, -(mention.end - mention.start), order, mention))
    candidates.sort(key=lambda item: item[:3])
    chosen: list[DateMention] = []
    taken_until = -1
    for start, _length, _order, mention in candidates:
        if start >= taken_until:
            chosen.append(mention)
            taken_until = mention.end
    return chosen


def normalize_date(text: str, reference: date | None = None) -> DateMention | None:
    """Read one candidate string ("Selasa (12/10)") as a date, offsets into `text`.

    The longest mention the rules find wins when it covers the whole candidate.
    Otherwise the rules read it only loosely, and dateparser reads the whole string
    (the one place the library calls it on a caller's text); its answer is taken
    when it is at least as precise as the rules' partial one.
    """
    found = find_dates(text, reference)
    dated = [m for m in found if m.kind != "weekday_only"]
    best = max(dated, key=lambda m: (m.end - m.start, -m.start)) if dated else None
    if best is not None and best.text == text.strip():
        return best
    fallback = dateparser_mention(text, _as_date(reference))
    if fallback is not None and (
        best is None or _PRECISION_RANK[fallback.precision] >= _PRECISION_RANK[best.precision]
    ):
        return fallback
    return best or (found[0] if found else None)
