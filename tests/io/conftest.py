"""Hand-built records for writer and database tests, validated against the schema."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.schema import Record


@pytest.fixture
def make_record() -> Callable[..., dict]:
    return agreement_record


def agreement_record(doc_id: str, *, type_: str = "MoU", parties: tuple[str, ...] = (
        "Pemerintah Kota Bandung", "Universitas Padjadjaran")) -> dict:
    record = Record.model_validate({
        "doc_id": doc_id,
        "type": type_,
        "status": "signed",
        "title": "peningkatan layanan kesehatan",
        "parties": [{"name": name, "acronym": "Unpad" if "Universitas" in name else None,
                     "kind": "university" if "Universitas" in name else "regional_government"}
                    for name in parties],
        "signatories": [{"name": "Siti Rahmawati", "titles": ["Dr."], "position": "Wali Kota Bandung", "party": 0},
                        {"name": "Budi Santoso", "position": "Rektor", "party": 1}],
        "witnesses": [{"name": "Agus Salim", "position": "Sekretaris Daerah"}],
        "date": "2024-03-05",
        "date_text": "Selasa (5/3/2024)",
        "location": {"venue": "Balai Kota", "city": "Bandung", "province": "Jawa Barat"},
        "scopes": [{"text": "pendidikan", "category": "education"}, {"text": "kesehatan", "category": None}],
        "reference_numbers": ["01/MOU/III/2024"],
        "confidence": 0.9,
        "evidence": [{"field": "date", "value": "Selasa (5/3/2024)", "start": 10, "end": 27,
                      "sentence_start": 0, "sentence_end": 40, "sentence": "x" * 40, "rule": "date.weekday"}],
    })
    return record.model_dump()
