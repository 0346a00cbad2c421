"""Sepakat: cooperation agreements (MoU, nota kesepahaman, PKS) from Indonesian news.

Public API:
    extract_text(text, doc_id=..., published=...) -> list[dict]   records of one article
    extract_documents(docs) -> iterator of (Document, list[dict])  many articles, streamed
    load_pipeline(use_ner=True) -> spacy.Language                   the spaCy pipeline
    to_frames(records) / read_records(path_or_url) -> Frames        long-form pandas tables
    consolidate(records) -> list[dict]                              one agreement per group of reports
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import exports_on_first_use

if TYPE_CHECKING:
    from extract.api import extract_documents, extract_text, load_pipeline
    from extract.consolidation import consolidate
    from extract.document import Document
    from extract.frames import Frames, read_records, to_frames
    from extract.schema import SCHEMA_VERSION, Record, record_json_schema

# name -> module; imported on first use, so `sepakat --help` and the batch reader do not
# pay for spaCy, pandas and pydantic before they need them
_EXPORTS = {
    "Document": "extract.document",
    "Frames": "extract.frames",
    "Record": "extract.schema",
    "SCHEMA_VERSION": "extract.schema",
    "consolidate": "extract.consolidation",
    "extract_documents": "extract.api",
    "extract_text": "extract.api",
    "load_pipeline": "extract.api",
    "read_records": "extract.frames",
    "record_json_schema": "extract.schema",
    "to_frames": "extract.frames",
}

__all__ = [
    "Document",
    "Frames",
    "Record",
    "SCHEMA_VERSION",
    "consolidate",
    "extract_documents",
    "extract_text",
    "load_pipeline",
    "read_records",
    "record_json_schema",
    "to_frames",
]


__getattr__ = exports_on_first_use(__name__, _EXPORTS)
