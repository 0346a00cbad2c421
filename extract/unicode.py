"""Text that is not valid Unicode (lone surrogates), and characters web pages carry that
no reader sees (no-break spaces, soft hyphens, zero-width spaces).

A Python string can hold surrogate code points (U+D800-U+DFFF) that no UTF-8 file can: a JSON
escape such as "\\ud800" without its pair, or bytes decoded with `surrogateescape`. spaCy
cannot hash them and no writer can store them, so every entry point (readers, the Python
API, the web page) refuses such text with the same message, per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """Offset of the first surrogate code point in `text`; None when it is valid Unicode."""
    found = _SURROGATE.search(text)
    return found.start() if found else None


def surrogate_problem(text: str, what: str) -> str | None:
    """Why `text` (called `what` in the message) is not valid Unicode, or None when it is."""
    offset = lone_surrogate(text)
    if offset is None:
        return None
    return (f"{what} is not valid Unicode: a lone surrogate U+{ord(text[offset]):04X} at character {offset} "
            "(an escape like \\ud800 without its pair, or a byte that is not UTF-8)")


# Spaces a web page writes for layout ("Bupati&nbsp;Klaten"), the zero-width space, and the tab:
# read as the plain space.
_SPACE_LIKE = "\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"
_SPACES = str.maketrans(_SPACE_LIKE, " " * len(_SPACE_LIKE))
# What the rules do not read: characters that show nothing (a soft hyphen, "ditanda\u00adtangani";
# zero-width joiners, the word joiner, a byte-order mark), which cut words they read whole, and
# spaces after a space ("Sri  Mulyani"), which their phrases never hold.
_UNREAD = re.compile("[\u00ad\u200c\u200d\u2060\ufeff]+|(?<= ) +")


@dataclass(frozen=True)
class SourceText:
    """The text as given, for a document whose readable text (readable_text) differs from it:
    `kept[i]` is the offset in `original` of the readable text's i-th character, None when no
    character was left out (only spaces replaced: the offsets are the same)."""

    original: str
    kept: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a readable span: from its first character to past its last."""
        if self.kept is None:
            return start, end
        first = self.kept[start] if start < len(self.kept) else len(self.original)
        return first, (self.kept[end - 1] + 1 if start < end <= len(self.kept) else first)


def readable_text(text: str) -> tuple[str, SourceText | None]:
    """The text the rules read: layout spaces as plain spaces, invisible characters and repeated
    spaces left out; and the text as given with the way back to its offsets, None when the two
    are the same (the usual case)."""
    if text.isascii() and "  " not in text and "\t" not in text:
        return text, None  # nothing to read otherwise (most articles): no scan
    spaced = text.translate(_SPACES)
    pieces, position = [], 0
    for unread in _UNREAD.finditer(spaced):
        pieces.append(range(position, unread.start()))
        position = unread.end()
    if not pieces:
        return spaced, None if spaced == text else SourceText(text)
    pieces.append(range(position, len(spaced)))
    readable = "".join(spaced[piece.start:piece.stop] for piece in pieces)
    return readable, SourceText(text, tuple(chain.from_iterable(pieces)))
