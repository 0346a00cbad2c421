"""Evaluation gate: extraction on corpus/articles scored against corpus/gold must not fall
below the floors pinned in corpus/floors.yaml, and the seeds (000-004) must meet issue 2's
acceptance bar. After a real improvement, raise the floors (measured - 0.03, rounded down);
never lower them to let a regression through."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extract.evaluation import EvaluationReport, load_gold, score_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED_PREFIX = "00"
SEED_RECORD_F1 = 0.90
SEED_OVERALL_F1 = 0.85


def _score(corpus_records: dict[str, list[dict]], prefix: str = "") -> EvaluationReport:
    gold = {doc_id: doc for doc_id, doc in load_gold(CORPUS / "gold").items() if doc_id.startswith(prefix)}
    predicted = {doc_id: records for doc_id, records in corpus_records.items() if doc_id in gold}
    return score_documents(gold, predicted)


def _figures(report: EvaluationReport) -> str:
    fields = ", ".join(f"{name} {counts.f1:.3f}" for name, counts in report.fields.items() if counts.f1 is not None)
    return f"records F1 {report.records.f1:.3f}, overall F1 {report.overall.f1:.3f} ({fields})"


@pytest.fixture(scope="module")
def floors() -> dict[str, float]:
    return yaml.safe_load((CORPUS / "floors.yaml").read_text("utf-8"))


def test_every_article_has_gold():
    articles = {path.stem for path in (CORPUS / "articles").glob("*.txt")}
    assert articles == set(load_gold(CORPUS / "gold"))


def test_corpus_scores_stay_above_pinned_floors(corpus_records, floors):
    report = _score(corpus_records)
    assert report.records.f1 >= floors["record_f1"], _figures(report)
    assert report.overall.f1 >= floors["overall_f1"], _figures(report)


def test_seeds_meet_the_acceptance_bar(corpus_records):
    report = _score(corpus_records, SEED_PREFIX)
    assert len(report.documents) == 5
    assert report.records.f1 >= SEED_RECORD_F1, _figures(report)
    assert report.overall.f1 >= SEED_OVERALL_F1, _figures(report)
