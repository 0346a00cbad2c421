"""Work grows linearly with the input (issue 14, item 6), measured as counts of work done
(characters scanned, function calls), which are the same on every machine: timings belong in
benchmarks/growth.py. Each test doubles a generated input and bounds the growth of the work;
the shapes once cost the square of their size. Plus the per-document time limit that turns
anything unforeseen into an error entry."""
from __future__ import annotations

import cProfile
import pstats
import threading
import time
from collections.abc import Iterator

import pytest
import spacy

from extract.document import Document
from extract.engines.chunks import ChunkOptions, extract_candidates

LINEAR = 2.6  # doubling the input may multiply the work by at most this (the square gives ~4)


def _growth(work, small: int) -> float:
    return work(2 * small) / work(small)


def test_tokenizing_long_affix_chains_is_linear() -> None:
    from extract.tokenizer import linear_affixes

    nlp = spacy.blank("id")  # a tokenizer of its own: the counting wrappers below must not reach the shared one
    linear_affixes(nlp)
    tokenizer = nlp.tokenizer
    scanned = [0]

    def counted(search):
        def count(text: str):
            scanned[0] += len(text)
            return search(text)
        return count

    tokenizer.prefix_search = counted(tokenizer.prefix_search)
    tokenizer.suffix_search = counted(tokenizer.suffix_search)
    tokenizer.token_match = counted(tokenizer.token_match)

    def work(size: int) -> int:
        scanned[0] = 0
        tokenizer("MoU " + "(" * size + "x" + ")" * size + " dan " + "!" * size + " selesai.")
        return scanned[0]

    assert _growth(work, 2000) < LINEAR


def test_canonicalising_long_capitalised_runs_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.institutions as institutions
    import extract.name_keys as name_keys

    scanned = [0]
    words = name_keys.name_words

    def counted(text: str) -> list[str]:
        scanned[0] += len(text)
        return words(text)

    institutions.canonicalize("Dinas Pendidikan Kota Bandung")  # the region tables load outside the count
    for module in (institutions, name_keys):  # name_key reads name_words in its own module
        monkeypatch.setattr(module, "name_words", counted)

    def work(count: int) -> int:
        institutions.canonicalize.cache_clear()
        name_keys.body_keys.cache_clear()
        scanned[0] = 0
        institutions.canonicalize(" ".join(["Dinas Badan Kantor Lembaga Pusat"] * (count // 5)))
        return scanned[0]

    assert _growth(work, 400) < LINEAR


PARAGRAPH = ("Pemerintah Kota Bandung dan Universitas Padjadjaran menandatangani nota kesepahaman tentang "
             "kerja sama pendidikan di Balai Kota Bandung, Selasa (5/3/2024). Ruang lingkup kerja sama "
             "meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat.\n\n"
             "Pemerintah Kabupaten Sleman dan Universitas Gadjah Mada meneken perjanjian kerja sama "
             "tentang kesehatan. Kerja sama itu mencakup pelatihan tenaga kesehatan dan penelitian.\n\n")


@pytest.mark.slow
def test_articles_with_many_agreements_cost_linear_work() -> None:
    from extract.api import extract_text, load_pipeline

    nlp = load_pipeline(use_ner=False)
    extract_text(PARAGRAPH, nlp=nlp)  # patterns and gazetteers load outside the count

    def work(paragraphs: int) -> int:
        profile = cProfile.Profile()
        profile.runcall(extract_text, PARAGRAPH * paragraphs, nlp=nlp)
        return pstats.Stats(profile).total_calls

    assert _growth(work, 60) < LINEAR


# --- the per-document time limit ------------------------------------------------------------

def _fake_pipeline(documents, **_: object) -> Iterator[tuple[Document, list[dict]]]:
    """Stands in for the pipeline: 'macet' (stuck) never finishes."""
    for document in documents:
        while "macet" in document.text:
            time.sleep(0.01)
        yield document, []


@pytest.fixture
def stuck_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.api

    monkeypatch.setattr(extract.api, "extract_documents", _fake_pipeline)


def _documents() -> list[Document]:
    return [Document(id="a", text="MoU satu"), Document(id="b", text="MoU macet"), Document(id="c", text="MoU tiga")]


def test_a_document_past_the_time_limit_is_an_error_entry_and_the_rest_go_on(stuck_pipeline) -> None:
    results = extract_candidates(_documents(), ChunkOptions(time_limit=0.3))
    assert [result.failure is None for result in results] == [True, False, True]
    assert "longer than 0.3 s" in results[1].failure and results[2].records == []


def test_the_time_limit_also_holds_in_a_worker_thread(stuck_pipeline) -> None:
    """Dask runs tasks in threads, where no timer signal can reach."""
    found: list = []
    worker = threading.Thread(target=lambda: found.extend(extract_candidates(_documents(),
                                                                              ChunkOptions(time_limit=0.3))))
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert [result.failure is None for result in found] == [True, False, True]


def test_the_cli_turns_a_stuck_document_into_an_error(stuck_pipeline, tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from extract.cli import app

    source = tmp_path / "berita.jsonl"
    source.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in _documents()),
                      encoding="utf-8")
    errors = tmp_path / "galat.jsonl"
    result = CliRunner().invoke(app, ["extract", str(source), "--time-limit", "0.3", "-q", "--errors", str(errors),
                                      "-o", str(tmp_path / "hasil.jsonl")])
    assert result.exit_code == 1
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["doc_id"] == "b" and "time limit" in error["reason"]
