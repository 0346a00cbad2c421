"""Pass 2 on a Dask LocalCluster gives exactly the agreements of a local run."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.consolidation import ConsolidationOptions, run_consolidation

TEST_SET = Path(__file__).resolve().parents[2] / "corpus" / "consolidation" / "records.jsonl"


@pytest.mark.slow
def test_dask_local_cluster_equals_local_run(tmp_path: Path) -> None:
    local, distributed = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_consolidation([str(TEST_SET)], output=local, options=ConsolidationOptions(partitions=8))
    stats = run_consolidation([str(TEST_SET)], output=distributed,
                              options=ConsolidationOptions(engine="dask", workers=1, partitions=8))
    assert stats.agreements == 18
    assert distributed.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
