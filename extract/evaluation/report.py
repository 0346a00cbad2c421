"""Evaluation results: counts per field, per document, and their text and JSON forms."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.fields import SCORED_FIELDS

FIELDS = SCORED_FIELDS  # the evaluation table's rows, in the record's order (extract/fields.py)


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one field (or of records).

    Precision, recall and F1 are None where undefined (nothing predicted, nothing in the
    gold), so an empty field reads as "-" rather than as a perfect or a failed score.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
        }


def empty_field_counts() -> dict[str, Counts]:
    return {name: Counts() for name in FIELDS}


@dataclass(slots=True)
class DocumentResult:
    """One article's counts and the record-level mistakes behind them."""

    doc_id: str
    records: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=empty_field_counts)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    weak_pairs: list[dict] = field(default_factory=list)
    neutral: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "records": self.records.as_dict(),
            "fields": {name: counts.as_dict() for name, counts in self.fields.items()},
            "missed": self.missed,
            "spurious": self.spurious,
            "weak_pairs": self.weak_pairs,
            "neutral": self.neutral,
        }


@dataclass(slots=True)
class EvaluationReport:
    """Corpus totals; `overall` is the micro-average over all fields (records excluded)."""

    records: Counts = field(default_factory=Counts)
    fields: dict[str, Counts] = field(default_factory=empty_field_counts)
    documents: list[DocumentResult] = field(default_factory=list)
    docs_without_gold: list[str] = field(default_factory=list)
    gold_without_docs: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total += counts
        return total

    def add(self, document: DocumentResult) -> None:
        self.documents.append(document)
        self.records += document.records
        for name, counts in document.fields.items():
            self.fields[name] += counts

    def as_dict(self) -> dict:
        return {
            "records": self.records.as_dict(),
            "fields": {name: counts.as_dict() for name, counts in self.fields.items()},
            "overall": self.overall.as_dict(),
            "documents": [document.as_dict() for document in self.documents],
            "docs_without_gold": self.docs_without_gold,
            "gold_without_docs": self.gold_without_docs,
        }


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(report: EvaluationReport) -> str:
    """An aligned plain-text table: records first, then each field, overall last."""
    rows = [("records", report.records)]
    rows += list(report.fields.items())
    rows.append(("overall", report.overall))
    header = ("field", "P", "R", "F1", "TP", "FP", "FN")
    cells = [header] + [
        (name, _ratio(c.precision), _ratio(c.recall), _ratio(c.f1), str(c.tp), str(c.fp), str(c.fn))
        for name, c in rows
    ]
    widths = [max(len(row[column]) for row in cells) for column in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths))
        )
        for row in cells
    ]
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    lines.append(f"documents scored: {len(report.documents)}")
    if report.gold_without_docs:
        lines.append("gold without a document (counted as missed): " + ", ".join(report.gold_without_docs))
    if report.docs_without_gold:
        lines.append("documents without gold (skipped): " + ", ".join(report.docs_without_gold))
    return "\n".join(lines)


def format_details(report: EvaluationReport) -> str:
    """Per-document record-level mistakes, for finding out why a score is low."""
    lines = []
    for document in report.documents:
        if not (document.missed or document.spurious or document.weak_pairs or document.neutral):
            continue
        c = document.records
        lines.append(f"{document.doc_id}  records tp={c.tp} fp={c.fp} fn={c.fn}")
        for entry in document.missed:
            lines.append(f"  missed   gold[{entry['gold_index']}] {entry['status']}: {' + '.join(entry['parties'])}")
        for entry in document.spurious:
            lines.append(f"  spurious record[{entry['record_index']}] {entry['status']}: {' + '.join(entry['parties'])}")
        for entry in document.weak_pairs:
            lines.append(
                f"  weak     record[{entry['record_index']}] ~ gold[{entry['gold_index']}]: "
                f"only {entry['matched_parties']} party matched"
            )
        for entry in document.neutral:
            lines.append(f"  neutral  record[{entry['record_index']}] ~ optional[{entry['optional_index']}]")
    return "\n".join(lines) if lines else "no record-level mistakes"
