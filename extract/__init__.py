"""Sepakat: cooperation agreements (MoU, nota kesepahaman, PKS) from Indonesian news.

Public API:
    extract_text(text, doc_id=..., published=...) -> list[dict]   records of one article
    extract_documents(docs) -> iterator of (Document, list[dict])  many articles, streamed
    load_pipeline(use_ner=True) -> spacy.Language                   the spaCy pipeline
"""
from __future__ import annotations

from extract.api import extract_documents, extract_text, load_pipeline
from extract.document import Document
from extract.schema import SCHEMA_VERSION, Record, record_json_schema

__all__ = [
    "Document",
    "Record",
    "SCHEMA_VERSION",
    "extract_documents",
    "extract_text",
    "load_pipeline",
    "record_json_schema",
]
