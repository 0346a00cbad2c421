"""Sepakat: cooperation agreements (MoU, nota kesepahaman, PKS) from Indonesian news.

Public API:
    extract_text(text, doc_id=..., published=...) -> list[dict]   records of one article
    extract_documents(docs) -> iterator of (Document, list[dict])  many articles, streamed
    load_pipeline(use_ner=True) -> spacy.Language                   the spaCy pipeline
    to_frames(records) / read_records(path_or_url) -> Frames        long-form pandas tables
    consolidate(records) -> list[dict]                              one agreement per group of reports
"""
from __future__ import annotations

from extract.api import extract_documents, extract_text, load_pipeline
from extract.consolidation import consolidate
from extract.document import Document
from extract.frames import Frames, read_records, to_frames
from extract.schema import SCHEMA_VERSION, Record, record_json_schema

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
