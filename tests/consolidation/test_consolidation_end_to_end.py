"""From articles to agreements: the bundled corpus, and a generated corpus where each signing
is reported by several articles (benchmarks/multi_article.py), through the database."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from typer.testing import CliRunner

from extract.cli import app
from extract.consolidation import consolidate, iter_agreements
from extract.consolidation.evaluation import load_gold, predicted_groups, score_grouping
from extract.consolidation.model import Agreement
from extract.frames import read_records
from extract.io.record_sources import iter_records

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _multi_article():
    spec = importlib.util.spec_from_file_location("multi_article", REPO / "benchmarks" / "multi_article.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_bundled_corpus_every_record_in_exactly_one_agreement(corpus_records: dict[str, list[dict]]) -> None:
    records = [record for doc_id in sorted(corpus_records) for record in corpus_records[doc_id]]
    agreements = consolidate(records)
    for agreement in agreements:
        Agreement.model_validate(agreement)
    reported = sorted((r["doc_id"], r["record_index"]) for a in agreements for r in a["reports"])
    expected = sorted((doc_id, index) for doc_id, found in corpus_records.items() for index in range(len(found)))
    assert reported == expected
    parents = {a["parent_id"] for a in agreements} - {None}
    assert parents <= {a["agreement_id"] for a in agreements}


def test_generated_multi_article_corpus_through_the_database(tmp_path: Path) -> None:
    articles, gold = _multi_article().write_corpus(tmp_path / "corpus", signings=8)
    db = str(tmp_path / "sepakat.db")
    result = runner.invoke(app, ["extract", str(articles), "--db", db, "--no-ner", "-q", "-o", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["consolidate", db, "--db", db])
    assert result.exit_code == 0, result.output

    scores = score_grouping(predicted_groups(iter_agreements(iter_records([db]))), load_gold(gold))
    assert scores.pairwise.precision == 1.0 and scores.pairwise.recall >= 0.9, scores

    records = read_records(db)                               # the article records, one agreement each
    assert len(records.agreements) == scores.reports and records.reports["published"].notna().all()
    assert (records.reports["agreement_id"] == records.reports["doc_id"] + "#" +
            records.reports["record_index"].astype(str)).all()
    frames = read_records(db, consolidated=True)
    assert set(frames.reports["url"].dropna().str.startswith("https://")) == {True}
    assert frames.reports["published"].notna().all()         # the articles' dates came from the database
    assert len(frames.agreements) == scores.predicted_groups

    report = tmp_path / "report.html"
    result = runner.invoke(app, ["report", db, "-o", str(report), "--graph", str(tmp_path / "net.gexf")])
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    assert page.count('<tr id="agr-') == len(frames.agreements)
    assert (tmp_path / "net.gexf").stat().st_size > 0
