"""Throughput benchmark: `python benchmarks/bench.py --articles 2000 --workers 1,2` (or `sepakat bench`).

Builds a mixed corpus (a small share of agreement articles from corpus/articles
with light variations, the rest generated filler news from
benchmarks/data/news_templates.yaml) and prints articles/s, MB/s and peak
memory for: the prefilter alone, the full pipeline on the agreement articles,
spaCy's bare Indonesian tokenizer over the same texts (the floor), and the
whole mixed run through `sepakat extract`'s runner for each worker count.
After one warm-up pass each (pattern files, gazetteers, model and vocabulary load
once per process), tokenizer and pipeline passes alternate for --repeat rounds, each
from cold caches (the tokenizer's cache of strings and Sepakat's text-keyed caches are
emptied before every pass); the round with the median pipeline/tokenizer ratio is
printed, so both figures come from the same machine conditions. Wall times of the pooled runs include starting the workers and loading the
pipeline in each; "steady" figures subtract that start-up, measured on a
one-document run with the same settings.
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import yaml

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = Path(__file__).resolve().parent / "data" / "news_templates.yaml"
NEAR_MISS_SHARE = 0.05
SEED = 20240305


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    agreement: bool


def _numbers(rng: random.Random) -> dict[str, str]:
    return {
        "n1": str(rng.randint(1, 5)), "n2": str(rng.randint(0, 4)), "minute": str(rng.randint(2, 90)),
        "rank": str(rng.randint(1, 18)), "points": str(rng.randint(5, 60)), "thousands": str(rng.randint(5, 60)),
        "temp_low": str(rng.randint(21, 25)), "temp_high": str(rng.randint(28, 34)),
        "percent": str(rng.randint(10, 95)), "price": f"{rng.randint(20, 120)}.000",
        "decimal": f"0,{rng.randint(1, 9)}", "hundreds": str(rng.randint(100, 900)),
    }


def filler_article(rng: random.Random, templates: dict, number: int) -> Article:
    topic = rng.choice(sorted(templates["topics"]))
    paragraphs = templates["topics"][topic]
    chosen = [f"{rng.choice(paragraphs)} {rng.choice(paragraphs)}" for _ in range(rng.randint(8, 12))]
    if rng.random() < NEAR_MISS_SHARE:
        chosen.insert(rng.randint(1, len(chosen)), rng.choice(templates["near_miss"]))
    values = {slot: rng.choice(options) for slot, options in templates["slots"].items()} | _numbers(rng)
    dateline = f"{values['city']} - "
    text = dateline + "\n\n".join(paragraph.format(**values) for paragraph in chosen)
    return Article(f"berita-{number:06d}", text, agreement=False)


def agreement_articles(rng: random.Random, count: int) -> list[Article]:
    """Corpus articles, cycled; copies after the first get a shifted weekday/date and city swap."""
    sources = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    if not sources:
        raise SystemExit("benchmark: corpus/articles is empty")
    articles = []
    for number in range(count):
        text = sources[number % len(sources)]
        if number >= len(sources):
            day = rng.randint(1, 28)
            text = re.sub(r"\((\d{1,2})/(\d{1,2})\)", lambda m: f"({day}/{m.group(2)})", text, count=1)
        articles.append(Article(f"kerjasama-{number:06d}", text, agreement=True))
    return articles


def build_corpus(total: int, agreement_share: float) -> list[Article]:
    rng = random.Random(SEED)
    templates = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
    agreements = agreement_articles(rng, max(1, round(total * agreement_share)))
    articles = agreements + [filler_article(rng, templates, number) for number in range(total - len(agreements))]
    rng.shuffle(articles)
    return articles


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child so far (MB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _timed(action: Callable[[], object], repeat: int = 1, before: Callable[[], object] | None = None) -> float:
    """Best wall time of `repeat` runs (the least disturbed by other load on the machine)."""
    best = float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
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
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("extract"):
            maxsize = obj.cache_parameters()["maxsize"]
            if maxsize is not None and maxsize >= 256:
                obj.cache_clear()


def _line(stream: TextIO, label: str, count: int, size: int, seconds: float, note: str = "") -> None:
    own, children = peak_memory_mb()
    rate, megabytes = count / seconds, size / seconds / 1e6
    stream.write(f"{label:<44} {count:>6} art {seconds:>8.2f} s {rate:>9.1f} art/s {megabytes:>7.2f} MB/s "
                 f"peak {own:>5.0f} MB (children {children:>4.0f} MB){note}\n")
    stream.flush()


def run_benchmark(total: int, worker_counts: Sequence[int], *, agreement_share: float = 0.02,
                  use_ner: bool = True, repeat: int = 3, stream: TextIO = sys.stdout) -> None:
    import spacy

    from extract.api import extract_documents, load_pipeline
    from extract.batch import BatchOptions, Outputs, run_batch
    from extract.document import Document
    from extract.engines.chunks import ChunkOptions
    from extract.io.readers import ReaderOptions
    from extract.options import ExtractionOptions
    from extract.prefilter import may_hold_agreement

    articles = build_corpus(total, agreement_share)
    texts = [article.text for article in articles]
    agreement_texts = [article.text for article in articles if article.agreement]
    size = sum(len(text.encode("utf-8")) for text in texts)
    agreement_size = sum(len(text.encode("utf-8")) for text in agreement_texts)
    stream.write(f"corpus: {len(articles)} articles ({len(agreement_texts)} agreement), {size / 1e6:.1f} MB; "
                 f"use_ner={use_ner}\n")

    passed = 0

    def prefilter_all() -> None:
        nonlocal passed
        passed = sum(may_hold_agreement(text) for text in texts)

    _line(stream, "prefilter alone (all articles)", len(texts), size, _timed(prefilter_all, repeat),
          f"  passed {passed}")

    tokenizer = spacy.blank("id")
    list(tokenizer.pipe(agreement_texts))  # warm-up: lazy tables load, the vocabulary fills
    documents = [Document(id=f"a{index}", text=text) for index, text in enumerate(agreement_texts)]

    def load() -> None:
        """Build the pipeline and load the model and gazetteers (components load them lazily,
        on first use), with one warm-up pass like the tokenizer's."""
        list(extract_documents(documents, nlp=load_pipeline(use_ner)))

    load_seconds = _timed(load)
    records = 0

    def tokenizer_all() -> None:
        list(tokenizer.pipe(agreement_texts))

    def pipeline_all() -> None:
        nonlocal records
        records = sum(len(found) for _, found in extract_documents(documents, use_ner=use_ner))

    def cold_pipeline() -> None:
        forget_tokenizations(load_pipeline(use_ner))
        clear_text_caches()

    # interleaved rounds, so both sides of the ratio see the same machine load
    floors, fulls = [], []
    for _ in range(repeat):
        floors.append(_timed(tokenizer_all, before=lambda: forget_tokenizations(tokenizer)))
        fulls.append(_timed(pipeline_all, before=cold_pipeline))
    # the round with the median ratio: both figures printed come from the same round
    median_round = sorted(range(repeat), key=lambda r: fulls[r] / floors[r])[repeat // 2]
    floor, full = floors[median_round], fulls[median_round]
    _line(stream, "bare spaCy tokenizer (agreement articles)", len(agreement_texts), agreement_size, floor)
    _line(stream, "full pipeline (agreement articles)", len(documents), agreement_size, full,
          f"  {full / floor:.1f}x tokenizer (median round of {repeat}); {records} records; load {load_seconds:.1f} s")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        source = folder / "campuran.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps({"id": article.id, "text": article.text}, ensure_ascii=False) + "\n")
        single = folder / "satu.jsonl"
        single.write_text(json.dumps({"id": "x", "text": agreement_texts[0]}) + "\n", encoding="utf-8")
        for workers in worker_counts:
            options = BatchOptions(chunk=ChunkOptions(ExtractionOptions(use_ner=use_ner)), workers=workers)

            def run(path: Path) -> None:
                run_batch([str(path)], ReaderOptions(), options, Outputs(output=folder / "hasil.jsonl"))

            startup = _timed(lambda: run(single)) if workers > 1 else 0.0
            wall = _timed(lambda: run(source))
            steady = wall - startup
            _line(stream, f"whole mixed run, {workers} worker(s), wall", len(articles), size, wall)
            if workers > 1 and steady > 0.1 * wall:
                _line(stream, f"whole mixed run, {workers} worker(s), steady", len(articles), size, steady,
                      f"  (start-up {startup:.1f} s)")
            elif workers > 1:
                stream.write(f"whole mixed run, {workers} worker(s), steady: not measurable at this size "
                             f"(start-up {startup:.1f} s of {wall:.1f} s wall); use more --articles\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2", help="comma separated worker counts")
    parser.add_argument("--agreement-share", type=float, default=0.02)
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--repeat", type=int, default=5,
                        help="time the prefilter, tokenizer and pipeline passes this many times; best counts")
    arguments = parser.parse_args(argv)
    counts = [int(part) for part in arguments.workers.split(",") if part.strip()]
    run_benchmark(arguments.articles, counts, agreement_share=arguments.agreement_share,
                  use_ner=not arguments.no_ner, repeat=arguments.repeat)


if __name__ == "__main__":
    main()
