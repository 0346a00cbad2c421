"""Marked-up test sentences, EDS-NLP style: `"pada <DATE norm=2021-10-12>Selasa (12/10)</DATE>"`."""
from __future__ import annotations

import regex


def tag_pattern(label: str) -> regex.Pattern:
    """`<LABEL key=value ...>text</LABEL>` with optional attributes."""
    return regex.compile(rf"<{label}((?:\s+\w+=[^\s>]*)*)\s*>(.*?)</{label}>")


def parse_markup(marked: str, tag: regex.Pattern) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text plus (start, end, attributes) for every tagged span."""
    plain, spans, cursor, length = [], [], 0, 0
    for match in tag.finditer(marked):
        before = marked[cursor:match.start()]
        plain.append(before)
        length += len(before)
        attributes = dict(pair.split("=", 1) for pair in match.group(1).split())
        spans.append((length, length + len(match.group(2)), attributes))
        plain.append(match.group(2))
        length += len(match.group(2))
        cursor = match.end()
    plain.append(marked[cursor:])
    return "".join(plain), spans
