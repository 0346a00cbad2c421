"""Where the article is: lines that are not content ("Baca juga: ...", boilerplate), list lines.

Nothing is removed from the text: excluded lines are returned as character ranges so every
offset the extractor reports still points into the article as given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.vocabulary import load


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    excluded: str | None  # reason ('related_headline', 'boilerplate', 'caption') or None


@lru_cache(maxsize=1)
def _line_rules() -> tuple[tuple[str, regex.Pattern], ...]:
    sections = load("sections.yaml")  # checked there: every pattern compiles
    return tuple((reason, regex.compile(pattern, regex.IGNORECASE))
                 for reason in ("related_headline", "boilerplate", "caption") for pattern in getattr(sections, reason))


@lru_cache(maxsize=1)
def _any_line_rule() -> regex.Pattern:
    """All line rules in one pattern: a screen, so the rules are tried one by one (the first
    that matches names the reason) only on the few lines one of them matches."""
    return regex.compile("|".join(f"(?:{rule.pattern})" for _, rule in _line_rules()), regex.IGNORECASE)


_SENTENCE_END = (".", "!", "?", '"', "”")


@lru_cache(maxsize=1)
def _label_rule() -> regex.Pattern:
    """A line that is only the label of a related headline ("Baca Juga"; patterns/sections.yaml)."""
    return regex.compile("|".join(f"(?:{p})" for p in load("sections.yaml").related_label), regex.IGNORECASE)


def split_lines(text: str) -> list[Line]:
    """All non-empty lines with their offsets and, for non-content lines, why. A line that is
    only "Baca Juga" is a related headline, and so is the next line when it ends as a headline
    does, without a sentence mark (the headline it labels; a scraper may have dropped it)."""
    lines = []
    after_label = False
    for match in regex.finditer(r"[^\n]+", text):
        stripped = match.group().strip()
        if not stripped:
            continue
        lead = len(match.group()) - len(match.group().lstrip())
        start = match.start() + lead
        end = start + len(stripped)
        reason = next((r for r, rule in _line_rules() if rule.search(stripped)), None) \
            if _any_line_rule().search(stripped) else None
        label = bool(_label_rule().search(stripped))
        if reason is None and (label or (after_label and not stripped.endswith(_SENTENCE_END))):
            reason = "related_headline"
        after_label = label
        lines.append(Line(start, end, stripped, reason))
    return lines


@lru_cache(maxsize=1)
def web_name_pattern() -> regex.Pattern:
    """Web and outlet names ("BeritaNasional.ID", "antaranews.com"; patterns/sections.yaml)."""
    endings = sorted(load("sections.yaml").web_name_endings, key=len, reverse=True)
    alternatives = "|".join(regex.escape(e) for e in endings)
    return regex.compile(rf"(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:{alternatives})(?![\w.])", regex.IGNORECASE)


_DOTTED = re.compile(r"(?<![\w.])[\w-]+(?:\.[\w-]+)+(?![\w.])")


def web_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the web and outlet names in a text. Words with an inner period are
    found first (one fast scan: most words have none), then checked against the endings."""
    pattern = web_name_pattern()
    return [match.span() for match in _DOTTED.finditer(text) if pattern.fullmatch(match.group())]


# a list line: "- item", "• item", "1) item", "a. item"
LIST_ITEM = regex.compile(r"^\s*(?:[-•*▪·]|\d{1,2}[.)]|[a-h][.)])\s+")
