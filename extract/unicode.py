"""Text that is not valid Unicode: lone surrogates.

A Python string can hold surrogate code points (U+D800-U+DFFF) that no UTF-8 file can: a JSON
escape such as "\\ud800" without its pair, or bytes decoded with `surrogateescape`. spaCy
cannot hash them and no writer can store them, so every entry point (readers, the Python
API, the web page) refuses such text with the same message, per document.
"""
from __future__ import annotations

import re

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
