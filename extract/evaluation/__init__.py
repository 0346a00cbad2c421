"""The scorer behind `sepakat evaluate`: predicted records against gold agreements."""
from __future__ import annotations

from extract.evaluation.gold import GoldFormatError, load_gold
from extract.evaluation.report import (
    FIELDS,
    Counts,
    DocumentResult,
    EvaluationReport,
    format_details,
    format_report,
)
from extract.evaluation.scoring import score_document, score_documents

__all__ = [
    "FIELDS",
    "Counts",
    "DocumentResult",
    "EvaluationReport",
    "GoldFormatError",
    "format_details",
    "format_report",
    "load_gold",
    "score_document",
    "score_documents",
]
