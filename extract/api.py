"""The public entry points: one article, or a stream of them.

Every entry point takes an `options` object (extract.options.ExtractionOptions); without one,
the environment's and the config file's apply. `use_ner` overrides the options' setting.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from extract.document import Document
from extract.memory import batch_zone
from extract.published import published_date
from extract.unicode import readable_text, surrogate_problem
from extract.options import ExtractionOptions, run_options

if TYPE_CHECKING:
    from spacy.language import Language

_WARM_UP = Path(__file__).with_name("warm_up.txt")  # a short agreement article every component reads


def load_pipeline(use_ner: bool | None = None, *, options: ExtractionOptions | None = None) -> Language:
    """The spaCy pipeline for the options, built once per process and options (cached)."""
    return _pipeline(run_options(options, use_ner))


@lru_cache(maxsize=4)
def _pipeline(options: ExtractionOptions) -> Language:
    from extract.pipeline import build_pipeline

    return build_pipeline(options)


def warm_up(options: ExtractionOptions | None = None, *, use_ner: bool | None = None) -> Language:
    """The pipeline with everything a first article would load: pattern files and gazetteers
    (components load them on first use, hence one short article) and the NER model (asked
    only about some sentences, so loaded here explicitly). Batch workers and the web server
    call this before their first document."""
    options = run_options(options, use_ner)
    nlp = _pipeline(options)
    article = Document(id="warm-up", text=_WARM_UP.read_text(encoding="utf-8"))
    list(extract_documents([article], options=options, nlp=nlp))
    if options.use_ner:
        from extract.ner.model import load_ner

        load_ner()
    return nlp


def extract_text(
    text: str,
    doc_id: str = "doc",
    published: date | str | int | None = None,
    *,
    options: ExtractionOptions | None = None,
    use_ner: bool | None = None,
    nlp: Language | None = None,
) -> list[dict]:
    """Agreement records (as JSON-ready dicts) reported in one article.

    `published` takes what `sepakat extract` reads from a feed: a date, "2024-03-07", an ISO
    timestamp, "07/03/2024", an epoch number or "7 Maret 2024". Raises ValueError for a
    publication date that cannot be read and for text that is not valid Unicode.
    """
    document = Document(id=doc_id, text=text, published=published_date(published))
    return next(extract_documents([document], options=options, use_ner=use_ner, nlp=nlp))[1]


def extract_documents(
    documents: Iterable[Document],
    *,
    options: ExtractionOptions | None = None,
    use_ner: bool | None = None,
    nlp: Language | None = None,
) -> Iterator[tuple[Document, list[dict]]]:
    """Records for each document, in input order, streaming through nlp.pipe a batch at a time;
    each batch runs in a spaCy memory zone once the vocabulary is full (extract.memory), so
    memory stays flat however many new words the stream brings."""
    from extract.assembly import assemble
    from extract.components.state import candidates

    options = run_options(options, use_ner)
    nlp = nlp or _pipeline(options)

    def prepared(batch: list[Document]):
        for document in batch:
            problem = surrogate_problem(document.text, "its text") or surrogate_problem(document.id, "its doc_id")
            if problem:
                raise ValueError(f"document {document.id!r}: {problem}")
            readable, source = readable_text(document.text)
            doc = nlp.make_doc(readable)
            doc._.published = document.published
            candidates(doc).source = source  # evidence offsets point into the text as given
            yield doc, document

    batch_size = options.limits.batch_size
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        with batch_zone(nlp):
            done = [(document, assemble(candidates(doc), document, options))
                    for doc, document in nlp.pipe(prepared(batch), as_tuples=True, batch_size=batch_size)]
        yield from done
