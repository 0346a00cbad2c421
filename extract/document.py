"""One input article as it travels through readers, the extractor and writers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Document:
    """An article: its text plus the metadata readers could find.

    `source` says where the document came from (file, line, record) so that an
    error report can point a user back at the input.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str = ""
    meta: dict = field(default_factory=dict)
