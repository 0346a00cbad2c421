"""`sepakat consolidate` and `sepakat evaluate-consolidation` from the command line."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.consolidation.output import AGREEMENT_CSV_COLUMNS

REPO = Path(__file__).resolve().parents[2]
TEST_SET = REPO / "corpus" / "consolidation"
FLOORS = {"pairwise_f1": 0.95, "bcubed_f1": 0.97, "pairwise_precision": 1.0}
"""The grouping on corpus/consolidation may not fall below these (measured: 0.962 / 0.981 / 1.000)."""

runner = CliRunner()


def test_evaluation_on_the_bundled_test_set_holds_its_floors() -> None:
    result = runner.invoke(app, ["evaluate-consolidation", str(TEST_SET / "records.jsonl"),
                                 "--gold", str(TEST_SET / "groups.yaml")])
    assert result.exit_code == 0, result.output
    figures = {name: [float(v) for v in values.split()] for name, values in
               re.findall(r"^(pairwise|B-cubed)\s+([\d.\s]+)$", result.output, re.M)}
    assert figures["pairwise"][0] >= FLOORS["pairwise_precision"]
    assert figures["pairwise"][2] >= FLOORS["pairwise_f1"]
    assert figures["B-cubed"][2] >= FLOORS["bcubed_f1"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_every_output_format_holds_every_report_once(fmt: str, tmp_path: Path) -> None:
    output = tmp_path / f"agreements.{fmt}"
    result = runner.invoke(app, ["consolidate", str(TEST_SET / "records.jsonl"), "-f", fmt, "-o", str(output)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        reports = [r["doc_id"] for line in output.read_text().splitlines() for r in json.loads(line)["reports"]]
    elif fmt == "json":
        reports = [r["doc_id"] for a in json.loads(output.read_text()) for r in a["reports"]]
    elif fmt == "csv":
        with output.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert tuple(rows[0]) == AGREEMENT_CSV_COLUMNS
        reports = [ref.rsplit("#", 1)[0] for row in rows for ref in row["reports"].split(" | ")]
    else:
        reports = [r["doc_id"] for a in pq.read_table(output).to_pylist() for r in a["reports"]]
    lines = (TEST_SET / "records.jsonl").read_text().splitlines()
    assert sorted(reports) == sorted(json.loads(line)["doc_id"] for line in lines)
    assert "18 agreements" in result.output


def test_bad_lines_are_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    good = (TEST_SET / "records.jsonl").read_text().splitlines()[:3]
    records.write_text("\n".join([good[0], "{not json", good[1], '{"agreement_id": "agr-x"}', good[2]]) + "\n")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["consolidate", str(records), str(tmp_path / "missing.jsonl"), "-o", str(output)])
    assert result.exit_code == 1
    assert f"{records}:2: invalid JSON" in result.output
    assert "already a consolidated agreement" in result.output
    assert "missing.jsonl: no such file or directory" in result.output
    assert sum(len(json.loads(line)["reports"]) for line in output.read_text().splitlines()) == 3


def test_parquet_to_stdout_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["consolidate", str(TEST_SET / "records.jsonl"), "-f", "parquet"])
    assert result.exit_code == 2 and "needs a file" in result.output
