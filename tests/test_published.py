"""One publication-date parser for the batch reader, the Python API and the web (issue 14,
item 12): each accepts what the others accept, and refuses the same unreadable values."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extract.published import parse_published, published_date

FORMS = {
    "2024-07-31": date(2024, 7, 31),
    "2024-07-31T09:00:00+07:00": date(2024, 7, 31),
    "31/07/2024": date(2024, 7, 31),
    "31 Juli 2024": date(2024, 7, 31),
    "Rabu, 31 Juli 2024 09:00 WIB": date(2024, 7, 31),
    "Jul 31, 2024": date(2024, 7, 31),
}
UNREADABLE = ["kemarin", "2023-13-01", "tanggal"]


def test_relative_and_impossible_dates_are_not_dates() -> None:
    """"kemarin" would depend on the day of the run; 2023-13-01 is not 2023-01-13."""
    assert [parse_published(value) for value in UNREADABLE] == [None, None, None]


@pytest.fixture
def published_seen(monkeypatch: pytest.MonkeyPatch) -> list[date | None]:
    import extract.api

    seen: list[date | None] = []

    def fake(documents, **_: object):
        for document in documents:
            seen.append(document.published)
            yield document, []

    monkeypatch.setattr(extract.api, "extract_documents", fake)
    return seen


@pytest.mark.parametrize(("value", "expected"), FORMS.items())
def test_the_python_api_reads_what_the_batch_reader_reads(value: str, expected: date,
                                                         published_seen: list) -> None:
    from extract.api import extract_text

    extract_text("MoU diteken.", published=value)
    assert published_seen == [expected] == [parse_published(value)]


def test_the_python_api_refuses_an_unreadable_date(published_seen: list) -> None:
    from extract.api import extract_text

    with pytest.raises(ValueError, match="publication date 'kemarin' cannot be read"):
        extract_text("MoU diteken.", published="kemarin")


@pytest.fixture
def web_seen() -> tuple[TestClient, list]:
    from extract.web.app import create_app

    seen: list = []

    def extract(text: str, doc_id: str = "doc", published: object = None) -> list[dict]:
        seen.append(published)
        return []

    return TestClient(create_app(extract=extract)), seen


@pytest.mark.parametrize(("value", "expected"), FORMS.items())
def test_the_web_page_and_api_read_what_the_batch_reader_reads(value: str, expected: date, web_seen) -> None:
    client, seen = web_seen
    # three texts: the web app caches the records of a text it has seen
    assert client.post("/", data={"text": "MoU satu", "published": value}).status_code == 200
    assert client.post("/api/extract", json={"text": "MoU dua", "published": value}).status_code == 200
    assert client.post("/api/extract", params={"published": value}, content=b"MoU tiga",
                       headers={"Content-Type": "text/plain"}).status_code == 200
    assert seen == [expected] * 3


@pytest.mark.parametrize("value", UNREADABLE)
def test_every_entry_point_refuses_the_same_values(value: str, web_seen) -> None:
    client, _ = web_seen
    with pytest.raises(ValueError):
        published_date(value)
    assert client.post("/", data={"text": "MoU", "published": value}).status_code == 422
    assert client.post("/api/extract", json={"text": "MoU", "published": value}).status_code == 422


def test_the_batch_reader_uses_the_same_parser(tmp_path: Path) -> None:
    import json

    from extract.io.readers import iter_documents

    path = tmp_path / "berita.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": "MoU", "published": value}) + "\n"
                            for n, value in enumerate(FORMS)), encoding="utf-8")
    assert [document.published for document in iter_documents([str(path)])] == list(FORMS.values())
