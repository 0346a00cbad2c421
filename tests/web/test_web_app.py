"""The page and the API through FastAPI's TestClient, with hand-made records (and, once,
the real pipeline on a seed article)."""
from __future__ import annotations

import asyncio
import csv
import html
import io
import json
import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from extract.schema import Record, record_json_schema
from extract.web.app import create_app
from extract.web.pool import ExtractionPool, PoolSettings
from extract.web.inputs import MAX_TEXT_CHARS

SMALL_LIMIT = 5_000


@pytest.fixture
def client(fake_extract: Callable[..., list[dict]]) -> TestClient:
    return TestClient(create_app(max_body_bytes=SMALL_LIMIT, extract=fake_extract))


# --- API ---------------------------------------------------------------------------------

def test_api_extract_json_body(client: TestClient, sample_text: str) -> None:
    response = client.post("/api/extract", json={"text": sample_text, "published": "2023-07-04", "doc_id": "s1"})
    assert response.status_code == 200
    body = response.json()
    assert body["doc_id"] == "s1"
    assert [record["type"] for record in body["records"]] == ["MoU", "PKS"]
    assert all(record["doc_id"] == "s1" for record in body["records"])
    for record in body["records"]:
        Record.model_validate(record)


def test_api_extract_plain_text_body_with_query_parameters(client: TestClient, sample_text: str) -> None:
    response = client.post(
        "/api/extract?doc_id=teks&published=2023-07-04",
        content=sample_text.encode(),
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    assert response.json()["doc_id"] == "teks" and len(response.json()["records"]) == 2


def test_api_extract_decodes_the_declared_charset(client: TestClient) -> None:
    response = client.post(
        "/api/extract", content="Café".encode("latin-1"), headers={"Content-Type": "text/plain; charset=latin-1"}
    )
    assert response.status_code == 200 and response.json() == {"doc_id": "doc", "records": []}


def test_api_extract_passes_published_date_to_the_pipeline(sample_text: str) -> None:
    seen: list[object] = []

    def extract(text: str, doc_id: str = "doc", published: object = None) -> list[dict]:
        seen.append(published)
        return []

    client = TestClient(create_app(extract=extract))
    client.post("/api/extract", json={"text": "satu", "published": "2023-07-04"})
    client.post("/api/extract?published=2022-01-02", content=b"dua", headers={"Content-Type": "text/plain"})
    assert [str(value) for value in seen] == ["2023-07-04", "2022-01-02"]


def test_api_article_without_agreement_gives_no_records(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "Cuaca cerah di Semarang hari ini."})
    assert response.json() == {"doc_id": "doc", "records": []}


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"text": "MoU"', "application/json"),
        (b"[1, 2]", "application/json"),
        (b'{"published": "2023-01-01"}', "application/json"),
        (b'{"text": 5}', "application/json"),
        (b'{"text": "MoU", "published": "kemarin"}', "application/json"),
        (b'{"text": "MoU", "extra": 1}', "application/json"),
        (b'"just a string"', "application/json"),
        (b"\xff\xfe\xfa", "text/plain; charset=utf-8"),
        (b'{"text": "bad \\ud800 surrogate"}', "application/json"),
    ],
)
def test_api_malformed_input_is_422_with_a_message(client: TestClient, body: bytes, content_type: str) -> None:
    response = client.post("/api/extract", content=body, headers={"Content-Type": content_type})
    assert response.status_code == 422
    assert response.json()["detail"]


def test_api_bad_published_query_parameter_is_422(client: TestClient) -> None:
    response = client.post("/api/extract?published=kemarin", content=b"MoU", headers={"Content-Type": "text/plain"})
    assert response.status_code == 422
    assert "cannot be read" in json.dumps(response.json()["detail"])


@pytest.mark.parametrize("query", ["doc_id=a&doc_id=b", "published=2024-01-02&published=2024-03-04"])
def test_api_a_query_parameter_given_twice_is_422(client: TestClient, query: str) -> None:
    """The description says one doc_id and one published; which of two to take would be a
    guess (the last one was taken silently, which the OpenAPI fuzz test caught)."""
    response = client.post(f"/api/extract?{query}", content=b"MoU", headers={"Content-Type": "text/plain"})
    assert response.status_code == 422
    assert "2 times" in json.dumps(response.json()["detail"])


@pytest.mark.parametrize("content_type", ["application/xml", "multipart/form-data; boundary=x", "image/png", ""])
def test_api_wrong_content_type_is_415(client: TestClient, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/extract", content=b"<text>MoU</text>", headers=headers)
    assert response.status_code == 415
    assert "text/plain" in response.json()["detail"]


def test_api_body_over_the_limit_is_413(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "a" * (SMALL_LIMIT + 1)})
    assert response.status_code == 413
    assert f"{SMALL_LIMIT:,} bytes" in response.json()["detail"]


def test_api_chunked_body_over_the_limit_is_413(client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield b"x" * 1_000

    response = client.post("/api/extract", content=chunks(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 413


def test_text_longer_than_the_pipeline_accepts_is_413_even_under_a_large_body_limit(fake_extract: Callable) -> None:
    client = TestClient(create_app(max_body_bytes=3_000_000, extract=fake_extract))
    too_long = "a" * (MAX_TEXT_CHARS + 1)
    response = client.post("/api/extract", content=too_long.encode(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 413 and "too long" in response.json()["detail"]
    assert client.post("/", data={"text": too_long}).status_code == 413


def test_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, fake_extract: Callable) -> None:
    monkeypatch.setenv("SEPAKAT_MAX_BODY_BYTES", "10")
    client = TestClient(create_app(extract=fake_extract))
    assert client.post("/api/extract", content=b"x" * 11, headers={"Content-Type": "text/plain"}).status_code == 413


def test_api_schema_is_the_record_json_schema(client: TestClient) -> None:
    response = client.get("/api/schema")
    assert response.status_code == 200 and response.json() == record_json_schema()


def test_openapi_documents_the_extract_endpoint(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/api/extract"]["post"]
    assert set(operation["requestBody"]["content"]) == {"application/json", "text/plain"}
    assert {"200", "413", "415", "422"} <= set(operation["responses"])
    assert "/api/schema" in spec["paths"]


def test_pipeline_failure_is_a_clear_500_not_a_crash() -> None:
    def broken(text: str, doc_id: str = "doc", published: object = None) -> list[dict]:
        raise RuntimeError("boom")

    client = TestClient(create_app(extract=broken), raise_server_exceptions=False)
    response = client.post("/api/extract", json={"text": "MoU"})
    assert response.status_code == 500 and "bug" in response.json()["detail"]


# --- The page ----------------------------------------------------------------------------

def test_index_has_the_plain_form(client: TestClient) -> None:
    page = client.get("/").text
    assert '<form class="article-form" method="post" action="/" enctype="multipart/form-data">' in page
    assert 'name="text"' in page and 'name="published"' in page and 'type="file"' in page


def test_posted_form_renders_cards_highlights_and_legend(client: TestClient, sample_text: str) -> None:
    response = client.post("/", data={"text": sample_text.replace("\n", "\r\n"), "published": ""})
    assert response.status_code == 200
    page = response.text
    assert "2 agreements found" in page
    assert page.count('<article class="card"') == 2
    assert '<mark class="fact fact--party"' in page and '<mark class="fact fact--trigger"' in page
    assert 'class="legend"' in page and "reference number" in page
    assert 'href="#agreement-1-1">Agreement 1</a>' in page


def test_every_card_link_points_at_an_existing_sentence(client: TestClient, sample_text: str) -> None:
    page = client.post("/", data={"text": sample_text}).text
    targets = set(re.findall(r'href="#(ev-\d+)"', page))
    sentence_ids = set(re.findall(r'<span class="ev-sentence" id="(ev-\d+)"', page))
    assert targets and targets <= sentence_ids
    link = re.search(r'<a class="fact-link fact--person" href="#(ev-\d+)"[^>]*>Dewi Lestari</a>', page)
    assert link is not None
    sentence = re.search(rf'id="{link.group(1)}"[^>]*>(.*?)</span>(?!</mark>)', page, re.DOTALL)
    assert "Penandatanganan dilakukan oleh" in sentence.group(1)


def test_article_with_no_agreement_says_so(client: TestClient) -> None:
    page = client.post("/", data={"text": "Wali Kota meresmikan taman baru di pusat kota."}).text
    assert "No agreement found in this article." in page
    assert "Wali Kota meresmikan taman baru" in page
    assert "Download CSV" not in page


def test_script_in_the_article_is_shown_as_text(client: TestClient) -> None:
    text = 'Judul <script>alert("xss")</script> dan <img src=x onerror=alert(1)> MoU'
    page = client.post("/", data={"text": text}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in page


def test_uploaded_files_are_each_an_article(client: TestClient, sample_text: str) -> None:
    html_page = b"<html><body><article><p>Pemerintah desa menggelar kerja bakti bersama warga.</p></article></body></html>"
    files = [
        ("files", ("salatiga.txt", sample_text.encode(), "text/plain")),
        ("files", ("desa.html", html_page, "text/html")),
    ]
    page = client.post("/", data={"text": ""}, files=files).text
    assert "2 agreements found in 2 articles" in page
    assert "File <code>salatiga.txt</code>" in page and "File <code>desa.html</code>" in page
    assert "No agreement found in this article." in page
    ids = re.findall(r'<span class="ev-sentence" id="(ev-\d+)"', page)
    assert len(ids) == len(set(ids))


def test_unsupported_upload_is_415_with_the_form_again(client: TestClient) -> None:
    response = client.post("/", data={"text": ""}, files=[("files", ("scan.pdf", b"%PDF-1.4", "application/pdf"))])
    assert response.status_code == 415
    assert "only .txt and .html" in response.text and '<form class="article-form"' in response.text


def test_empty_form_asks_for_an_article(client: TestClient) -> None:
    response = client.post("/", data={"text": "   "})
    assert response.status_code == 422 and "Paste an article" in response.text


def test_bad_published_date_keeps_the_text(client: TestClient) -> None:
    response = client.post("/", data={"text": "MoU <b>diteken</b>", "published": "kemarin lusa"})
    assert response.status_code == 422
    assert "cannot be read" in response.text and "MoU &lt;b&gt;diteken&lt;/b&gt;" in response.text


def test_form_with_a_json_body_is_415(client: TestClient) -> None:
    assert client.post("/", json={"text": "MoU"}).status_code == 415


def test_form_over_the_limit_is_413(client: TestClient) -> None:
    response = client.post("/", data={"text": "a" * (SMALL_LIMIT + 1)})
    assert response.status_code == 413 and "too large" in response.text


def test_result_page_downloads_csv_and_json(client: TestClient, sample_text: str) -> None:
    page = client.post("/", data={"text": sample_text}).text
    form = re.search(r'<form class="downloads".*?</form>', page, re.DOTALL).group(0)
    text = re.search(r'<textarea name="text" hidden>\n(.*?)</textarea>', form, re.DOTALL).group(1)
    fields = {"doc_id": "article", "published": "", "text": html.unescape(text)}
    as_csv = client.post("/download", data={**fields, "format": "csv"})
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    assert 'filename="sepakat-article.csv"' in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [row["type"] for row in rows] == ["MoU", "PKS"]
    as_json = client.post("/download", data={**fields, "format": "json"})
    assert [record["status"] for record in json.loads(as_json.text)] == ["signed", "planned"]


def test_download_rejects_unmatched_fields_and_unknown_formats(client: TestClient) -> None:
    assert client.post("/download", data={"text": "MoU", "format": "csv"}).status_code == 422
    fields = {"text": "MoU", "doc_id": "a", "published": ""}
    assert client.post("/download", data={**fields, "format": "xlsx"}).status_code == 422


def test_card_offers_copy_as_json_and_the_record_json(client: TestClient, sample_text: str) -> None:
    page = client.post("/", data={"text": sample_text}).text
    assert page.count('class="copy-json" data-source="json-1-') == 2
    pre = re.search(r'<pre class="record-json" id="json-1-1">(.*?)</pre>', page, re.DOTALL).group(1)
    assert json.loads(html.unescape(pre))["type"] == "MoU"


# --- The real pipeline -------------------------------------------------------------------

@pytest.mark.slow
def test_real_pipeline_on_a_seed_article(seed_article: str) -> None:
    """Runs once the pipeline finds records (it returns [] until the lead's pipeline lands)."""
    pool = ExtractionPool(PoolSettings(workers=1))
    client = TestClient(create_app(pool=pool))
    try:
        _check_seed_article(client, seed_article)
    finally:
        asyncio.run(pool.close())  # its worker process holds the pipeline


def _check_seed_article(client: TestClient, seed_article: str) -> None:
    response = client.post("/api/extract", json={"text": seed_article, "doc_id": "003"})
    assert response.status_code == 200
    records = response.json()["records"]
    assert records, "the pipeline found no agreement in the seed article"
    for record in records:
        Record.model_validate(record)
    signed = [record for record in records if record["status"] == "signed"]
    names = " ".join(party["name"] for party in signed[0]["parties"])
    assert "Ombudsman" in names and "Banyumas" in names
    assert signed[0]["date"] == "2023-05-26"
    page = client.post("/", data={"text": seed_article}).text
    assert "2023-05-26" in page and 'class="fact-link fact--party"' in page


@pytest.mark.slow
def test_the_servers_workers_load_the_pipeline_before_its_first_request(monkeypatch: pytest.MonkeyPatch,
                                                                        seed_article: str) -> None:
    """The first answer is as quick as the next: the app's start-up (which uvicorn runs before
    accepting connections) returns once each extraction worker has loaded the pipeline and the
    model and said ready. The server process itself loads no pipeline."""
    import asyncio

    import extract.api
    from extract.web.pool import ExtractionPool, PoolSettings

    monkeypatch.setattr(extract.api, "warm_up", lambda *args, **kwargs: pytest.fail("the server loaded the pipeline"))
    builds = extract.api._pipeline.cache_info().misses
    pool = ExtractionPool(PoolSettings(workers=1))
    app = create_app(pool=pool)
    assert pool.worker_pids() == []
    try:
        with TestClient(app) as client:
            assert len(pool.worker_pids()) == 1  # started, pipeline loaded, ready
            response = client.post("/api/extract", json={"text": seed_article, "doc_id": "003"})
    finally:
        asyncio.run(pool.close())  # its worker process holds the pipeline
    assert response.status_code == 200 and response.json()["records"]
    assert extract.api._pipeline.cache_info().misses == builds


def test_an_app_with_its_own_extract_function_loads_no_pipeline(monkeypatch: pytest.MonkeyPatch,
                                                                 fake_extract) -> None:
    import extract.api

    monkeypatch.setattr(extract.api, "warm_up", lambda *args, **kwargs: pytest.fail("loaded the pipeline"))
    with TestClient(create_app(extract=fake_extract)) as client:
        assert client.get("/").status_code == 200
