"""What a journalist meets on the page (issue 14, item 13): plain labels, a favicon, a clear
error for a binary upload. The working state and the way back to the card on a phone are
checked in a real browser (test_browser.py)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from extract.web.app import create_app


@pytest.fixture
def client(fake_extract: Callable[..., list[dict]]) -> TestClient:
    return TestClient(create_app(extract=fake_extract))


def test_a_binary_upload_is_refused_with_a_clear_error(client: TestClient) -> None:
    response = client.post("/", files={"files": ("berita.txt", bytes(range(256)) * 4, "text/plain")})
    assert response.status_code == 415
    assert "berita.txt is not a text file" in response.text


def test_the_page_says_where_an_article_came_from_not_its_doc_id(client: TestClient, sample_text: str) -> None:
    pasted = client.post("/", data={"text": sample_text}).text
    assert "Pasted text" in pasted and "doc id" not in pasted
    uploaded = client.post("/", files={"files": ("salatiga.txt", sample_text.encode(), "text/plain")}).text
    assert "File <code>salatiga.txt</code>" in uploaded


def test_favicon(client: TestClient) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text


def test_the_form_has_a_working_state_for_the_script(client: TestClient) -> None:
    page = client.get("/").text
    assert 'data-working="Working' in page and 'class="working" role="status" hidden' in page
