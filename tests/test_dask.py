"""The Dask engine on a LocalCluster gives exactly the records of a single-process run."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.batch import BatchOptions, Outputs, run_batch
from extract.engines.chunks import ChunkOptions
from extract.io.readers import ReaderOptions
from extract.options import ExtractionOptions

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_dask_local_cluster_equals_single_process(tmp_path: Path) -> None:
    articles = tmp_path / "artikel"
    articles.mkdir()
    for path in sorted((REPO / "corpus" / "articles").glob("*.txt"))[:6]:
        (articles / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "kosong.txt").write_text("", encoding="utf-8")
    chunk = ChunkOptions(ExtractionOptions(use_ner=False))
    local, distributed = tmp_path / "lokal.jsonl", tmp_path / "dask.jsonl"
    expected = run_batch([str(articles)], ReaderOptions(), BatchOptions(chunk=chunk, chunk_size=2),
                         Outputs(output=local))
    found = run_batch([str(articles)], ReaderOptions(), BatchOptions(chunk=chunk, chunk_size=2, engine="dask"),
                      Outputs(output=distributed))
    assert found == expected and expected.errors == 1
    assert distributed.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
