"""Turns the candidates found on a Doc into agreement records."""
from __future__ import annotations

from spacy.tokens import Doc

from extract.document import Document


def records_for_doc(doc: Doc, document: Document) -> list[dict]:
    return []
