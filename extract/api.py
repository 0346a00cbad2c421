"""The public entry points: one article, or a stream of them.

Every entry point takes an `options` object (extract.options.ExtractionOptions); without one,
the environment's and the config file's apply. `use_ner` overrides the options' setting.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from spacy.language import Language

from extract.document import Document
from extract.options import ExtractionOptions, run_options


def load_pipeline(use_ner: bool | None = None, *, options: ExtractionOptions | None = None) -> Language:
    """The spaCy pipeline for the options, built once per process and options (cached)."""
    return _pipeline(run_options(options, use_ner))


@lru_cache(maxsize=4)
def _pipeline(options: ExtractionOptions) -> Language:
    from extract.pipeline import build_pipeline

    return build_pipeline(options)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def extract_text(
    text: str,
    doc_id: str = "doc",
    published: date | str | None = None,
    *,
    options: ExtractionOptions | None = None,
    use_ner: bool | None = None,
    nlp: Language | None = None,
) -> list[dict]:
    """Agreement records (as JSON-ready dicts) reported in one article."""
    document = Document(id=doc_id, text=text, published=_as_date(published))
    return next(extract_documents([document], options=options, use_ner=use_ner, nlp=nlp))[1]


def extract_documents(
    documents: Iterable[Document],
    *,
    options: ExtractionOptions | None = None,
    use_ner: bool | None = None,
    nlp: Language | None = None,
) -> Iterator[tuple[Document, list[dict]]]:
    """Records for each document, in input order, streaming through nlp.pipe."""
    from extract.assembly import assemble
    from extract.components.state import candidates

    options = run_options(options, use_ner)
    nlp = nlp or _pipeline(options)

    def prepared():
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.published = document.published
            yield doc, document

    for doc, document in nlp.pipe(prepared(), as_tuples=True, batch_size=options.limits.batch_size):
        yield document, assemble(candidates(doc), document, options)
