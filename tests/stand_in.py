"""A stand-in for the pipeline in tests of what surrounds it (batch runs, the CLI): one MoU
record for each article whose text says "MoU", none otherwise. Importable by name, so that
child processes can use it too."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.document import Document
from extract.schema import Record


def mou_records(documents: Iterable[Document], **_: object) -> Iterator[tuple[Document, list[dict]]]:
    for document in documents:
        records = [Record.model_validate({"doc_id": document.id, "type": "MoU", "status": "signed",
                                          "confidence": 0.7}).model_dump()] if "MoU" in document.text else []
        yield document, records
