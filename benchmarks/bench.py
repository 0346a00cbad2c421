"""Throughput benchmark on real news text: `python benchmarks/bench.py` (or `sepakat bench`).

Builds dumps of real Indonesian news (benchmarks/news.py: ordinary documents made of real
news sentences, a small share of agreement articles from corpus/articles) and prints:

* how much faster 2 (the most workers asked) processes burn CPU than one on the machine now:
  near 1 means its cores are busy with other work, and worker counts cannot be compared;
* how many ordinary and agreement documents pass the prefilter, and the relevance gate after it;
* the pipeline against spaCy's bare Indonesian tokenizer on the agreement articles, in this
  process, in CPU time (these passes run on one thread; CPU time is what other work on a
  shared machine disturbs least): after one warm-up pass (pattern files, gazetteers, model and vocabulary load once
  per process) everything loaded is frozen out of the garbage collector's passes, as a batch
  worker does (without it, one full collection walking the model lands in a random round and
  moves that round's time by a tenth), then tokenizer and pipeline passes alternate for --repeat rounds, each from cold
  caches (the tokenizer's cache of strings and Sepakat's text-keyed caches are emptied
  first); the round with the median pipeline/tokenizer ratio is printed, so both figures
  come from the same machine conditions;
* one small article through `sepakat extract` against `python -c "import spacy;
  spacy.blank('id')"`, fresh processes alternating for --repeat rounds, median ratio of
  wall and of CPU time;
* each dump through `sepakat extract` in a fresh process per worker count (the counts
  alternating for --dump-rounds rounds on dumps of up to 5,000 documents, median round):
  wall time with start-up, and steady (minus the start-up of a one-document run with the
  same settings), and CPU time of the process and its workers; records per 1,000 ordinary
  documents, and whether the worker counts agree.

`--ordinary-records FILE` writes every record an ordinary document produced (doc id, its
text, the record, the sentences of its evidence), to sort true agreements hidden in
ordinary news from invented ones.
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `sepakat bench` loads this file by path

from news import ORDINARY_PREFIX, ROOT, Article, build_dump, news_sets, reporting_agreements, write_jsonl  # noqa: E402

SEED = 20240305
ROUNDS_UP_TO = 5000  # larger dumps run once per worker count
BLANK_SPACY = "import spacy; spacy.blank('id')"


def _timed(action: Callable[[], object], repeat: int = 1, before: Callable[[], object] | None = None) -> float:
    """Best CPU time of this process over `repeat` runs: all in-process passes are single
    threaded, and CPU time is what other work on a shared machine disturbs least."""
    best = float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best


def forget_tokenizations(nlp) -> None:
    """Empty a spaCy tokenizer's cache of tokenized strings, so a repeated pass tokenizes
    every word again (re-setting token_match reloads the rules and flushes the cache). The
    vocabulary stays: both the floor and the pipeline keep theirs."""
    tokenizer = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)  # Sepakat wraps spaCy's
    tokenizer.token_match = tokenizer.token_match


def clear_text_caches() -> None:
    """Empty Sepakat's caches keyed by text (sentences, names; maxsize >= 256), so a repeated
    pass over the same articles is not flattered by them. Pattern and model loaders
    (maxsize 1 or unbounded) stay loaded, as in any long run."""
    for cache in _text_caches():
        cache.cache_clear()


@functools.lru_cache(maxsize=1)
def _text_caches() -> tuple:
    """The text-keyed caches, found once: after `gc.freeze()` the garbage collector no longer
    lists the objects it froze, these among them."""
    return tuple(obj for obj in gc.get_objects()
                 if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("extract")
                 and (obj.cache_parameters()["maxsize"] or 0) >= 256)


def _line(stream: TextIO, label: str, count: int, size: int, seconds: float, note: str = "") -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stream.write(f"{label:<44} {count:>6} docs {seconds:>7.2f} s cpu {count / seconds:>9.1f} docs/s "
                 f"{size / seconds / 1e6:>6.2f} MB/s peak {peak:>5.0f} MB{note}\n")
    stream.flush()


def _share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({100 * part / whole:.1f} %)" if whole else "none"


def sepakat_command() -> list[str]:
    """The installed `sepakat` script beside this Python, else the module."""
    script = Path(sys.executable).with_name("sepakat")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "extract.cli"]


@dataclass(frozen=True, slots=True)
class Run:
    """A fresh process: wall seconds, CPU seconds (its own and its workers'), peak memory
    (MB, of its largest process)."""

    wall: float
    cpu: float
    peak: float


def run_process(command: list[str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(command)} failed ({process.returncode}):\n"
                         f"{stderr.decode(errors='replace')[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def parallel_headroom(stream: TextIO, workers: int, count: int = 10_000_000) -> None:
    """How much faster `workers` processes burn CPU than one, on this machine now: on a
    shared machine whose cores are busy this is near 1, and worker counts cannot be compared."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return
    started = time.perf_counter()
    for _ in range(workers):
        _burn(count)
    serial = time.perf_counter() - started
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_burn, [count] * workers)
    parallel = time.perf_counter() - started
    stream.write(f"machine check: {workers} processes burn CPU {serial / parallel:.2f}x as fast as one "
                 f"(about {workers} on an idle machine with {workers} free cores)\n")
    stream.flush()


def relevance(stream: TextIO, articles: Sequence[Article], repeat: int) -> None:
    """Pass rates of the prefilter and of the relevance gate after it, and their speed."""
    from extract.gate import may_hold_record
    from extract.prefilter import may_hold_agreement

    texts = [article.text for article in articles]
    size = sum(len(text.encode("utf-8")) for text in texts)
    prefiltered: list[bool] = []
    gated: list[bool] = []

    def prefilter_all() -> None:
        prefiltered[:] = [may_hold_agreement(text) for text in texts]

    def gate_all() -> None:
        gated[:] = [passed and may_hold_record(text) for passed, text in zip(prefiltered, texts)]

    prefilter_seconds = _timed(prefilter_all, repeat)
    gate_seconds = _timed(gate_all, repeat)
    for label, passed in (("prefilter", prefiltered), ("prefilter + gate", gated)):
        ordinary = [p for p, a in zip(passed, articles) if not a.agreement]
        agreements = [p for p, a in zip(passed, articles) if a.agreement]
        stream.write(f"{label} passes: ordinary documents {_share(sum(ordinary), len(ordinary))}; "
                     f"agreement documents {_share(sum(agreements), len(agreements))}\n")
    _line(stream, "prefilter alone (all documents)", len(texts), size, prefilter_seconds)
    _line(stream, "gate after the prefilter (all documents)", len(texts), size, gate_seconds)


def pipeline_against_tokenizer(stream: TextIO, texts: list[str], use_ner: bool, repeat: int) -> None:
    """Full pipeline against spaCy's bare tokenizer on the same agreement articles."""
    import spacy

    from extract.api import extract_documents, load_pipeline
    from extract.document import Document

    size = sum(len(text.encode("utf-8")) for text in texts)
    tokenizer = spacy.blank("id")
    list(tokenizer.pipe(texts))  # warm-up: lazy tables load, the vocabulary fills
    documents = [Document(id=f"a{index}", text=text) for index, text in enumerate(texts)]
    load_seconds = _timed(lambda: list(extract_documents(documents, nlp=load_pipeline(use_ner))))  # and warm-up
    _text_caches()
    gc.freeze()  # as a batch worker does once warmed up (extract.engines.chunks.ready_process)
    records = 0

    def pipeline_all() -> None:
        nonlocal records
        records = sum(len(found) for _, found in extract_documents(documents, use_ner=use_ner))

    def cold_pipeline() -> None:
        forget_tokenizations(load_pipeline(use_ner))
        clear_text_caches()

    floors, fulls = [], []
    for _ in range(repeat):  # interleaved, so both sides of the ratio see the same machine load
        floors.append(_timed(lambda: list(tokenizer.pipe(texts)), before=lambda: forget_tokenizations(tokenizer)))
        fulls.append(_timed(pipeline_all, before=cold_pipeline))
    median_round = sorted(range(repeat), key=lambda r: fulls[r] / floors[r])[repeat // 2]
    floor, full = floors[median_round], fulls[median_round]
    _line(stream, "bare spaCy tokenizer (agreement articles)", len(texts), size, floor)
    _line(stream, "full pipeline (agreement articles)", len(texts), size, full,
          f"  {full / floor:.2f}x tokenizer (median round of {repeat}); {records} records; "
          f"first pass with loading {load_seconds:.1f} s")


def small_article_start(stream: TextIO, folder: Path, use_ner: bool, repeat: int) -> None:
    """One small article through the CLI in a fresh process against spaCy's bare start."""
    small = min(reporting_agreements(), key=lambda path: path.stat().st_size)
    command = [*sepakat_command(), "extract", str(small), "-q", "-o", str(folder / "small.jsonl"),
               *([] if use_ner else ["--no-ner"])]
    blanks, clis = [], []
    for _ in range(repeat):
        blanks.append(run_process([sys.executable, "-c", BLANK_SPACY]))
        clis.append(run_process(command))
    stream.write(f"one small article ({small.name}, {small.stat().st_size:,} bytes) through sepakat extract, "
                 f"against python -c \"{BLANK_SPACY}\" (median round of {repeat}):\n")
    for measure in ("wall", "cpu"):
        ratios = sorted(range(repeat), key=lambda r: getattr(clis[r], measure) / getattr(blanks[r], measure))
        middle = ratios[repeat // 2]
        cli, blank = getattr(clis[middle], measure), getattr(blanks[middle], measure)
        stream.write(f"  {measure:<4} {cli:.2f} s against {blank:.2f} s: {cli / blank:.2f}x\n")
    stream.flush()


def dump_runs(stream: TextIO, folder: Path, articles: list[Article], worker_counts: Sequence[int],
              use_ner: bool, rounds: int, ordinary_records: Path | None) -> None:
    """The dump through `sepakat extract` per worker count, the counts alternating for
    `rounds` rounds; the median round of each count is printed, and the median of the
    rounds' wall ratios against the first count."""
    source = folder / f"dump-{len(articles)}.jsonl"
    write_jsonl(articles, source)
    single = folder / "one.jsonl"  # an agreement article: the run loads and uses the whole pipeline
    write_jsonl([next(article for article in articles if article.agreement)], single)
    size = source.stat().st_size
    runs: dict[int, list[tuple[Run, Run]]] = {workers: [] for workers in worker_counts}
    outputs: dict[int, bytes] = {}
    for _ in range(rounds):
        for workers in worker_counts:
            output = folder / f"records-{len(articles)}-{workers}.jsonl"
            options = ["-q", "--workers", str(workers), *([] if use_ner else ["--no-ner"])]
            startup = run_process([*sepakat_command(), "extract", str(single), *options,
                                   "-o", str(folder / "one-out.jsonl")])
            run = run_process([*sepakat_command(), "extract", str(source), *options, "-o", str(output)])
            runs[workers].append((startup, run))
            outputs[workers] = output.read_bytes()
    for workers, measured in runs.items():
        startup, run = sorted(measured, key=lambda pair: pair[1].wall)[len(measured) // 2]
        steady = run.wall - startup.wall
        steady_text = (f"steady {len(articles) / steady:,.0f} docs/s" if steady > 0.1 * run.wall
                       else "steady: not measurable at this size")
        stream.write(f"dump of {len(articles):,} documents, {workers} worker(s): wall {run.wall:.2f} s = "
                     f"{len(articles) / run.wall:,.0f} docs/s, {size / run.wall / 1e6:.2f} MB/s "
                     f"(start-up {startup.wall:.2f} s; {steady_text}); cpu {run.cpu:.2f} s "
                     f"(start-up {startup.cpu:.2f} s); peak {run.peak:.0f} MB per process"
                     f"{f' (median round of {rounds})' if rounds > 1 else ''}\n")
    first = worker_counts[0]
    for workers in worker_counts[1:]:
        ratios = sorted(mine[1].wall / theirs[1].wall for mine, theirs in zip(runs[workers], runs[first]))
        stream.write(f"  wall of {workers} workers / {first} worker(s) on {len(articles):,} documents: "
                     f"{ratios[len(ratios) // 2]:.2f}x (median of {rounds} round(s): "
                     f"{', '.join(f'{ratio:.2f}' for ratio in ratios)})\n")
    if len(outputs) > 1:
        same = all(output == outputs[first] for output in outputs.values())
        stream.write(f"records identical with {', '.join(map(str, outputs))} workers: {'yes' if same else 'NO'}\n")
    _ordinary_records(stream, articles, outputs[first], ordinary_records)
    stream.flush()


def _ordinary_records(stream: TextIO, articles: list[Article], output: bytes, path: Path | None) -> None:
    """Records from ordinary documents: counted, and written to `path` for classifying."""
    by_id = {article.id: article for article in articles}
    records = [json.loads(line) for line in output.decode("utf-8").splitlines() if line.strip()]
    ordinary = [record for record in records if record["doc_id"].startswith(ORDINARY_PREFIX)]
    documents = len({record["doc_id"] for record in ordinary})
    count = sum(not article.agreement for article in articles)
    stream.write(f"records from ordinary documents: {len(ordinary)} records in {_share(documents, count)} documents "
                 f"= {1000 * len(ordinary) / count:.1f} per 1,000 ordinary documents "
                 f"({len(records) - len(ordinary)} records from agreement documents)\n")
    if path is None:
        return
    with path.open("w", encoding="utf-8") as handle:
        for record in ordinary:
            article = by_id[record["doc_id"]]
            sentences = list(dict.fromkeys(item["sentence"] for item in record["evidence"] if item.get("sentence")))
            handle.write(json.dumps({"doc_id": article.id, "source": article.source, "record": record,
                                     "sentences": sentences, "text": article.text}, ensure_ascii=False) + "\n")
    stream.write(f"  written to {path}\n")


def run_benchmark(sizes: Sequence[int], worker_counts: Sequence[int], *, agreement_share: float = 0.02,
                  news: str = "auto", use_ner: bool = True, repeat: int = 5, dump_rounds: int = 3,
                  ordinary_records: Path | None = None, stream: TextIO = sys.stdout) -> None:
    sets = news_sets(news)
    main_size = 5000 if 5000 in sizes else sizes[0]
    dumps = {size: build_dump(size, agreement_share, sets, SEED) for size in sizes}
    main = dumps[main_size]
    stream.write(f"news sentences: {', '.join(f'{name} {len(s):,}' for name, s in sets.items())}; "
                 f"agreement share {agreement_share:.0%}; use_ner={use_ner}; machine: {os.cpu_count()} cores, "
                 f"load {os.getloadavg()[0]:.1f}\n")
    stream.write(f"-- dump of {main_size:,} documents ({sum(a.agreement for a in main)} agreement articles), "
                 f"{sum(len(a.text.encode('utf-8')) for a in main) / 1e6:.1f} MB\n")
    if max(worker_counts) > 1:
        parallel_headroom(stream, max(worker_counts))
    relevance(stream, main, repeat)
    pipeline_against_tokenizer(stream, [a.text for a in main if a.agreement], use_ner, repeat)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        small_article_start(stream, folder, use_ner, repeat)
        for size in sizes:
            rounds = dump_rounds if size <= ROUNDS_UP_TO else 1
            dump_runs(stream, folder, dumps[size], worker_counts, use_ner, rounds,
                      ordinary_records if size == main_size else None)


def counts(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,50000", help="dump sizes (documents), comma separated")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma separated")
    parser.add_argument("--agreement-share", type=float, default=0.02)
    parser.add_argument("--news", default="auto", choices=("auto", "shared", "kumparan"),
                        help="sentences of ordinary documents: ../shared/data/ner, or the shipped kumparan set")
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of the in-process and start-up measurements")
    parser.add_argument("--dump-rounds", type=int, default=3,
                        help=f"rounds of the dumps of up to {ROUNDS_UP_TO:,} documents (larger ones run once)")
    parser.add_argument("--ordinary-records", type=Path, help="write records from ordinary documents here (JSONL)")
    arguments = parser.parse_args(argv)
    run_benchmark(counts(arguments.sizes), counts(arguments.workers), agreement_share=arguments.agreement_share,
                  news=arguments.news, use_ner=not arguments.no_ner, repeat=arguments.repeat,
                  dump_rounds=arguments.dump_rounds,
                  ordinary_records=arguments.ordinary_records)


if __name__ == "__main__":
    main()
