"""The unit of work every engine runs: one chunk of input items through the pipeline.

Engines prefilter and gate a chunk where the input is read (`plan_chunk`), send only
the candidate documents to a worker (`extract_candidates`) and get back one
small `ItemResult` per candidate, never the documents themselves, so little
travels between processes: in a news dump most articles never leave the reader.
"""
from __future__ import annotations

import gc

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from extract.budget import TimeLimitExceeded, time_limit
from extract.document import Document
from extract.io.errors import ReadError
from extract.gate import may_hold_record
from extract.options import ExtractionOptions
from extract.prefilter import may_hold_agreement
from extract.unicode import readable_text

Item = Document | ReadError

DEFAULT_TIME_LIMIT = 60.0
"""Seconds one document may take before it becomes an error entry (a 2 MB article of ordinary
news takes a few seconds; see benchmarks/growth.py)."""


@dataclass(frozen=True, slots=True)
class ChunkOptions:
    """What a worker needs to process a chunk the same way everywhere."""

    extraction: ExtractionOptions = field(default_factory=ExtractionOptions)
    prefilter: bool = True
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds per document; None: no limit


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The outcome for one input item, in the chunk's order.

    `records` is None for items that are errors (read errors, or `failure`
    when the pipeline raised on the document).
    """

    candidate: bool = False
    records: list[dict] | None = None
    failure: str | None = None


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def plan_chunk(items: list[Item], options: ChunkOptions) -> tuple[list[ItemResult | None], list[Document]]:
    """Results for the items decided without the pipeline, and the candidates that need it.

    A candidate passed the prefilter (a cue word) and the relevance gate (an instrument,
    or a signing with what is signed). Engines run this where the input is read, so that
    only candidates travel to workers (a few percent of a news dump).
    """
    results: list[ItemResult | None] = [None] * len(items)
    candidates: list[Document] = []
    for index, item in enumerate(items):
        if isinstance(item, ReadError):
            results[index] = ItemResult()
        elif options.prefilter and not (may_hold_agreement(text := readable_text(item.text)[0])
                                        and may_hold_record(text)):
            results[index] = ItemResult(records=[])
        else:
            candidates.append(item)
    return results, candidates


def merge_results(planned: list[ItemResult | None], extracted: list[ItemResult]) -> list[ItemResult]:
    """Fill the candidates' places in the planned results, in order."""
    filled = iter(extracted)
    return [next(filled) if result is None else result for result in planned]


_READY: set[ExtractionOptions] = set()  # options this process is ready for


def ready_process(options: ChunkOptions) -> None:
    """Load the pipeline, the model and the gazetteers (`extract.api.warm_up`), then move
    everything alive to the garbage collector's permanent generation: a long run's full
    collections no longer walk the gazetteers and the model each time (about a tenth of the
    run time on the benchmark corpus), and forked workers do not copy their pages by
    touching them."""
    from extract.api import warm_up

    if options.extraction in _READY:
        return
    warm_up(options.extraction)
    gc.freeze()
    _READY.add(options.extraction)


def process_chunk(items: list[Item], options: ChunkOptions) -> list[ItemResult]:
    """Prefilter, then run the pipeline on the candidates; results in input order."""
    planned, candidates = plan_chunk(items, options)
    return merge_results(planned, extract_candidates(candidates, options))


def extract_candidates(documents: list[Document], options: ChunkOptions) -> list[ItemResult]:
    """Records for each document; a document the pipeline raises on, or that runs past the time
    limit, gets a failure instead.

    The documents stream through the pipeline in batches, the limit restarting with each
    document done. When the pipeline raises or the limit passes (while a batch is in the
    model, one wait covers several documents), the documents not done yet are run one by
    one, each with the whole limit, so only the culprit fails.
    """
    from extract.api import extract_documents

    results: list[ItemResult] = []
    try:
        with time_limit(options.time_limit) as clock:
            for _, records in extract_documents(documents, options=options.extraction):
                results.append(ItemResult(candidate=True, records=records))
                clock.restart()
    except (Exception, TimeLimitExceeded):  # one bad document must not sink the chunk
        results += [_extract_one(document, options) for document in documents[len(results):]]
    return results


def _extract_one(document: Document, options: ChunkOptions) -> ItemResult:
    from extract.api import extract_documents

    try:
        with time_limit(options.time_limit):
            [(_, records)] = list(extract_documents([document], options=options.extraction))
    except TimeLimitExceeded:
        return ItemResult(candidate=True, failure=f"extraction took longer than {options.time_limit:g} s, the "
                                                  "per-document time limit (--time-limit): skipped")
    except Exception as exc:
        return ItemResult(candidate=True, failure=f"extraction failed: {type(exc).__name__}: {exc}")
    return ItemResult(candidate=True, records=records)
