"""The public entry points: one article, or a stream of them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from spacy.language import Language

from extract.document import Document


@lru_cache(maxsize=4)
def load_pipeline(use_ner: bool = True) -> Language:
    """The spaCy pipeline, built once per process (cached)."""
    from extract.pipeline import build_pipeline

    return build_pipeline(use_ner=use_ner)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def extract_text(
    text: str,
    doc_id: str = "doc",
    published: date | str | None = None,
    *,
    use_ner: bool = True,
    nlp: Language | None = None,
) -> list[dict]:
    """Agreement records (as JSON-ready dicts) reported in one article."""
    document = Document(id=doc_id, text=text, published=_as_date(published))
    return next(extract_documents([document], use_ner=use_ner, nlp=nlp))[1]


def extract_documents(
    documents: Iterable[Document],
    *,
    use_ner: bool = True,
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Document, list[dict]]]:
    """Records for each document, in input order, streaming through nlp.pipe."""
    from extract.assembly import assemble
    from extract.components.state import candidates

    nlp = nlp or load_pipeline(use_ner)

    def prepared():
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.published = document.published
            yield doc, document

    for doc, document in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size):
        yield document, assemble(candidates(doc), document)
