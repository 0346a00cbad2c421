"""Finishing a run is safe to die in: a kill -9 at any step of it, then `--resume`, gives the
output of an uninterrupted run (issue 14, item 1).

Each crash is a real SIGKILL of a forked child that runs the batch in-process: no handler,
no flush, no cleanup. The child counts the file-system steps of finishing (fsync, rename,
unlink, each record written to the final file) and kills itself at the k-th; k grows until
a run completes with nothing left to kill, so every window of finishing is tried.
"""
from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.batch import BatchError, BatchOptions, Outputs, ResultSink, run_batch
from extract.document import Document
from extract.engines.chunks import ItemResult
from extract.io.readers import ReaderOptions
from stand_in import mou_records

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="crash injection forks a child")


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.api

    monkeypatch.setattr(extract.api, "extract_documents", mou_records)


def _inputs(tmp_path: Path) -> Path:
    source = tmp_path / "berita.jsonl"
    lines = []
    for number in range(40):
        if number % 7 == 3:
            lines.append('{"id": "rusak", "text": \n')  # malformed: goes to the error report
        else:
            text = f"MoU nomor {number} diteken." if number % 2 else f"Kabar {number}."
            lines.append(json.dumps({"id": f"b{number}", "text": text}) + "\n")
    source.write_text("".join(lines), encoding="utf-8")
    return source


def _run(source: Path, output: Path, errors: Path, fmt: str, *, resume: bool = False):
    return run_batch([str(source)], ReaderOptions(), BatchOptions(chunk_size=8),
                     Outputs(fmt=fmt, output=output, errors=errors, resume=resume))


_STEPS = ("fsync", "replace", "rename", "unlink", "remove")


def _die_at_finishing_step(step: int, source: Path, output: Path, errors: Path, fmt: str) -> bool:
    """Run in a forked child that SIGKILLs itself at the `step`-th step of finishing.

    Returns whether the child died (False: the run finished before reaching that step).
    """
    pid = os.fork()
    if pid == 0:  # the child: never returns to pytest
        try:
            count = 0
            finishing = False

            def counted(original: Callable) -> Callable:
                def step_then_maybe_die(*args, **kwargs):
                    nonlocal count
                    if finishing:
                        count += 1
                        if count == step:
                            os.kill(os.getpid(), signal.SIGKILL)
                    return original(*args, **kwargs)
                return step_then_maybe_die

            for name in _STEPS:
                setattr(os, name, counted(getattr(os, name)))
            import extract.io.writers as writers

            original_open_writer = writers.open_writer

            def open_writer(*args, **kwargs):
                writer = original_open_writer(*args, **kwargs)
                writer.write = counted(writer.write)
                return writer

            writers.open_writer = open_writer
            original_finish = ResultSink.finish

            def finish(self) -> None:
                nonlocal finishing
                finishing = True
                original_finish(self)

            ResultSink.finish = finish
            _run(source, output, errors, fmt)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_a_kill_at_any_step_of_finishing_then_resume_gives_the_uninterrupted_output(
        tmp_path: Path, fake_pipeline, fmt: str) -> None:
    source = _inputs(tmp_path)
    reference, reference_errors = tmp_path / f"utuh.{fmt}", tmp_path / "utuh-galat.jsonl"
    expected = _run(source, reference, reference_errors, fmt)
    output, errors = tmp_path / f"hasil.{fmt}", tmp_path / "galat.jsonl"
    windows = 0
    for step in range(1, 200):
        for leftover in (output, errors):
            leftover.unlink(missing_ok=True)
        if not _die_at_finishing_step(step, source, output, errors, fmt):
            break
        windows += 1
        summary = _run(source, output, errors, fmt, resume=True)
        assert output.read_bytes() == reference.read_bytes(), f"killed at step {step} of finishing"
        assert errors.read_bytes() == reference_errors.read_bytes(), f"killed at step {step} of finishing"
        assert summary == expected, f"killed at step {step} of finishing"
        assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
            ["berita.jsonl", reference.name, reference_errors.name, output.name, errors.name])
    assert windows >= 4  # fsyncs, renames, the checkpoint's removal (and each CSV/JSON row)


def test_resume_refuses_a_record_log_shorter_than_its_checkpoint(tmp_path: Path) -> None:
    """A part file that lost bytes is never padded with zeros: resuming says what is wrong."""
    output = tmp_path / "hasil.jsonl"
    sink = ResultSink(Outputs(output=output), key="run")
    sink.commit([Document(id="a", text="MoU")], [ItemResult(candidate=True, records=[
        {"doc_id": "a", "type": "MoU"}])])
    sink.save_checkpoint()
    sink.close()
    part = tmp_path / "hasil.jsonl.part"
    part.write_bytes(part.read_bytes()[:5])
    with pytest.raises(BatchError, match=r"hasil\.jsonl\.part.*5 bytes.*rerun without --resume"):
        ResultSink(Outputs(output=output, resume=True), key="run")
    assert part.read_bytes() != b"\0" * len(part.read_bytes())


def test_resume_names_an_unreadable_checkpoint(tmp_path: Path) -> None:
    output = tmp_path / "hasil.jsonl"
    (tmp_path / "hasil.jsonl.checkpoint.json").write_text('{"run_key": "ru', encoding="utf-8")
    with pytest.raises(BatchError, match=r"hasil\.jsonl\.checkpoint\.json.*cannot be read"):
        ResultSink(Outputs(output=output, resume=True), key="run")
