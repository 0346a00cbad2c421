"""What a reader reports instead of a document when an input cannot be used."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class ReadError:
    """One input document (or file) that could not be read.

    `source` names the input location (`file`, `file:line`, `file:row N`) so
    a user can find it; `doc_id` is the id the document would have had.
    """

    source: str
    doc_id: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)
