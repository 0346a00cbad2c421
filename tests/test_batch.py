"""The batch runner: every input accounted for, resumable after a kill, same results in parallel."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from extract.batch import BatchOptions, Outputs, ResultSink, run_batch
from extract.document import Document
from extract.engines.chunks import ChunkOptions, ItemResult
from extract.io.readers import ReaderOptions
from extract.options import ExtractionOptions
from extract.schema import Record

REPO = Path(__file__).resolve().parents[1]

FAKE_PIPELINE = '''
from extract.schema import Record


def fake_extract_documents(documents, *, options=None, use_ner=None, nlp=None):
    """One record per article that names an MoU: stands in for the pipeline in batch tests."""
    for document in documents:
        records = []
        if "MoU" in document.text:
            records.append(Record.model_validate({
                "doc_id": document.id, "type": "MoU", "status": "signed", "confidence": 0.8,
                "title": document.text[:30]}).model_dump())
        yield document, records
'''


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    (tmp_path / "fake_pipeline.py").write_text(FAKE_PIPELINE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import fake_pipeline

    import extract.api

    monkeypatch.setattr(extract.api, "extract_documents", fake_pipeline.fake_extract_documents)
    return fake_pipeline


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def _mixed_directory(root: Path) -> Path:
    """Good files, an empty file, a binary file, a latin-1 file and a JSONL with a malformed line."""
    inputs = root / "masukan"
    inputs.mkdir()
    (inputs / "mou_bandung.txt").write_text("Pemkot Bandung dan Unpad meneken MoU, Selasa (5/3).", encoding="utf-8")
    (inputs / "sepak_bola.txt").write_text("Persib menang 2-0 di kandang sendiri.", encoding="utf-8")
    (inputs / "kosong.txt").write_bytes(b"")
    (inputs / "gambar.txt").write_bytes(bytes(range(256)))
    (inputs / "latin.txt").write_bytes("Kerja sama di Café Bogor".encode("latin-1"))
    (inputs / "arsip.jsonl").write_text(
        '{"id": "j1", "text": "MoU pariwisata diteken di Bali."}\n'
        '{"id": "j2", "text": \n'
        '{"id": "j3", "text": "Cuaca cerah berawan di Jakarta."}\n',
        encoding="utf-8",
    )
    return inputs


def _jsonl_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_input_is_in_the_output_or_the_error_report(tmp_path: Path, fake_pipeline) -> None:
    inputs = _mixed_directory(tmp_path)
    output, errors = tmp_path / "hasil.jsonl", tmp_path / "galat.jsonl"
    summary = run_batch([str(inputs)], ReaderOptions(), BatchOptions(chunk_size=2),
                        Outputs(output=output, errors=errors))
    records, failed = _jsonl_lines(output), _jsonl_lines(errors)
    assert sorted(record["doc_id"] for record in records) == ["j1", "mou_bandung"]
    assert sorted(error["doc_id"] for error in failed) == ["arsip-2", "gambar", "kosong", "latin"]
    assert all(error["source"] and error["reason"] for error in failed)
    assert summary.inputs == 8 == summary.with_records + summary.without_agreement + summary.errors
    assert (summary.with_records, summary.without_agreement, summary.errors, summary.records) == (2, 2, 4, 2)
    assert summary.candidates == 2  # the sports and weather reports never reach the pipeline
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob("*.checkpoint.json"))


def test_without_prefilter_every_document_is_a_candidate(tmp_path: Path, fake_pipeline) -> None:
    inputs = _mixed_directory(tmp_path)
    options = BatchOptions(chunk=ChunkOptions(prefilter=False))
    summary = run_batch([str(inputs)], ReaderOptions(), options, Outputs(output=tmp_path / "hasil.jsonl"))
    assert summary.candidates == 4


def test_a_pipeline_crash_on_one_document_is_an_error_for_that_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.api

    def fragile(documents: Iterable[Document], **_: object) -> Iterator[tuple[Document, list[dict]]]:
        for document in documents:
            if "rusak" in document.text:
                raise ValueError("komponen gagal")
            yield document, []

    monkeypatch.setattr(extract.api, "extract_documents", fragile)
    path = tmp_path / "b.jsonl"
    _write_jsonl(path, [{"id": "a", "text": "MoU satu"}, {"id": "b", "text": "MoU rusak"}, {"id": "c", "text": "MoU"}])
    errors = tmp_path / "galat.jsonl"
    summary = run_batch([str(path)], ReaderOptions(), BatchOptions(), Outputs(output=tmp_path / "o.jsonl", errors=errors))
    assert (summary.without_agreement, summary.errors) == (2, 1)
    [failure] = _jsonl_lines(errors)
    assert failure["doc_id"] == "b" and "komponen gagal" in failure["reason"] and failure["source"] == f"{path}:2"


def _record(doc_id: str) -> dict:
    return Record.model_validate({"doc_id": doc_id, "type": "PKS", "status": "signed", "confidence": 0.5}).model_dump()


def test_resume_cuts_back_what_was_written_after_the_last_checkpoint(tmp_path: Path) -> None:
    output = tmp_path / "hasil.jsonl"
    documents = [Document(id=f"d{i}", text="MoU") for i in range(6)]
    results = [ItemResult(candidate=True, records=[_record(f"d{i}")]) for i in range(6)]
    sink = ResultSink(Outputs(output=output), key="run")
    sink.commit(documents[:3], results[:3])
    sink.save_checkpoint()
    sink.commit(documents[3:5], results[3:5])  # written, never checkpointed: a crash comes now
    sink._record_log.flush()
    sink.close()
    resumed = ResultSink(Outputs(output=output, resume=True), key="run")
    assert resumed.position == 3 and resumed.summary.records == 3
    resumed.commit(documents[3:], results[3:])
    resumed.finish()
    assert [record["doc_id"] for record in _jsonl_lines(output)] == [f"d{i}" for i in range(6)]


def test_resume_refuses_a_checkpoint_of_another_run(tmp_path: Path) -> None:
    from extract.batch import BatchError

    output = tmp_path / "hasil.jsonl"
    sink = ResultSink(Outputs(output=output), key="satu")
    sink.commit([Document(id="a", text="x")], [ItemResult(records=[])])
    sink.save_checkpoint()
    sink.close()
    with pytest.raises(BatchError, match="other inputs"):
        ResultSink(Outputs(output=output, resume=True), key="dua")


RUNNER = '''
import sys, time
sys.path.insert(0, {fake_dir!r})
import fake_pipeline
import extract.api

slow = sys.argv[1] == "slow"
def extract_documents(documents, **options):
    for pair in fake_pipeline.fake_extract_documents(documents, **options):
        if slow:
            time.sleep(0.01)
        yield pair
extract.api.extract_documents = extract_documents

from extract.cli import app
sys.argv = ["sepakat", "extract", *sys.argv[2:]]
app()
'''


def test_resume_after_kill_gives_the_same_output_as_an_uninterrupted_run(tmp_path: Path) -> None:
    (tmp_path / "fake_pipeline.py").write_text(FAKE_PIPELINE, encoding="utf-8")
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER.format(fake_dir=str(tmp_path)), encoding="utf-8")
    source = tmp_path / "berita.jsonl"
    _write_jsonl(source, ({"id": f"b{i}", "text": f"MoU nomor {i} diteken." if i % 3 else f"Kabar {i}."}
                          for i in range(600)))
    common = [str(source), "--chunk-size", "10", "--quiet", "--format", "csv"]

    def run(mode: str, output: Path, *extra: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, str(runner), mode, *common, "--output", str(output), *extra],
                                cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    reference = tmp_path / "utuh.csv"
    assert run("fast", reference).wait(timeout=120) == 0

    output = tmp_path / "hasil.csv"
    checkpoint = tmp_path / "hasil.csv.checkpoint.json"
    victim = run("slow", output)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if checkpoint.is_file() and json.loads(checkpoint.read_text())["position"] >= 100:
            break
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    assert not output.exists(), "the final file must only appear when the run completes"
    assert json.loads(checkpoint.read_text())["position"] < 600
    resumed = run("fast", output, "--resume")
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read().decode()
    assert output.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")
    assert not checkpoint.exists()


@pytest.mark.slow
def test_two_workers_give_the_same_output_as_one(tmp_path: Path) -> None:
    articles = tmp_path / "artikel"
    articles.mkdir()
    for path in sorted((REPO / "corpus" / "articles").glob("*.txt"))[:6]:
        (articles / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    one, two = tmp_path / "satu.jsonl", tmp_path / "dua.jsonl"
    chunk = ChunkOptions(ExtractionOptions(use_ner=False))
    first = run_batch([str(articles)], ReaderOptions(), BatchOptions(chunk=chunk, chunk_size=2), Outputs(output=one))
    second = run_batch([str(articles)], ReaderOptions(), BatchOptions(chunk=chunk, workers=2, chunk_size=2),
                       Outputs(output=two))
    assert first == second
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


FORK_CHECK = """
import json, sys, threading
from pathlib import Path

import extract.api
from extract.document import Document
from extract.engines.chunks import ChunkOptions, ready_process
from extract.engines.local import map_in_pool, map_in_process, worker_context
from extract.options import ExtractionOptions

report = {"alone": worker_context().get_start_method()}
release = threading.Event()
other = threading.Thread(target=release.wait)
other.start()
report["with_a_thread"] = worker_context().get_start_method()
release.set()
other.join()

paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:8]
documents = [Document(id=path.stem, text=path.read_text(encoding="utf-8")) for path in paths]
chunks = [documents[:3], documents[3:6], documents[6:]]
options = ChunkOptions(ExtractionOptions(use_ner=True).for_run())
alone = [results for _, results in map_in_process(iter(chunks), options)]
ready_process(options)
mark = Path(sys.argv[2])
real_warm_up = extract.api.warm_up
extract.api.warm_up = lambda *args, **kwargs: mark.touch() or real_warm_up(*args, **kwargs)
pooled = [results for _, results in map_in_pool(iter(chunks), options, workers=2)]
report["identical"] = pooled == alone
report["records"] = sum(len(result.records or []) for results in alone for result in results)
report["a_worker_loaded"] = mark.exists()
print(json.dumps(report))
"""


@pytest.mark.slow
def test_forked_workers_start_with_the_parents_pipeline_and_agree_with_one_process(tmp_path: Path) -> None:
    """The worker-start test, in a fresh interpreter (this one may run threads): workers are
    forked while the process runs no other thread, start with the pipeline the parent
    loaded (a load in a worker leaves a mark), and give the records of one process (NER on)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("this platform cannot fork")
    done = subprocess.run([sys.executable, "-c", FORK_CHECK, str(REPO / "corpus" / "articles"),
                           str(tmp_path / "a-worker-loaded-the-pipeline")],
                          capture_output=True, text=True, timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {"alone": "fork", "with_a_thread": "spawn", "identical": True,
                      "records": report["records"], "a_worker_loaded": False}
    assert report["records"] > 0


@pytest.mark.slow
def test_the_command_gives_the_same_records_with_one_and_two_workers(tmp_path: Path) -> None:
    """Through `sepakat extract` as a user runs it, progress line included (it starts after
    the workers are forked)."""
    outputs = []
    for workers in (1, 2):
        output = tmp_path / f"records-{workers}.jsonl"
        done = subprocess.run([sys.executable, "-m", "extract.cli", "extract", str(REPO / "corpus" / "articles"),
                               "--workers", str(workers), "-o", str(output)],
                              capture_output=True, text=True, timeout=600, cwd=REPO)
        assert done.returncode == 0, done.stderr
        outputs.append(output.read_text(encoding="utf-8"))
    assert outputs[0] and outputs[0] == outputs[1]
