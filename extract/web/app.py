"""The Sepakat web app: a page for checking one article's agreements, and a JSON API.

`create_app()` builds a FastAPI app; `sepakat serve` runs it with uvicorn. The page works
without JavaScript (a plain form posting to `/`); the script only adds smooth scrolling
and copy buttons.
"""
from __future__ import annotations

import contextlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from extract.published import READABLE_FORMS, published_date
from extract.schema import Record, record_json_schema
from extract.web.cards import Card, build_cards
from extract.web.downloads import records_csv, records_json
from extract.web.highlight import KIND_LABELS, Highlighted, highlight_article
from extract.web.inputs import (
    Article,
    InputError,
    article_from_upload,
    article_text,
    check_unicode,
    headline,
    parse_published,
)
from extract.web.limits import DEFAULT_MAX_BODY_BYTES, BodyLimitMiddleware
from extract.web.pool import ClientGone, ExtractionPool, ExtractionTimeout, PoolBusy

WEB_DIR = Path(__file__).parent
MAX_BODY_ENV = "SEPAKAT_MAX_BODY_BYTES"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# extract_text(text, doc_id=..., published=...) -> list of record dicts
ExtractFunction = Callable[..., list[dict]]


PUBLISHED_HELP = (f"Publication date, resolves dates without a year: YYYY-MM-DD, or what `sepakat extract` "
                  f"reads from a feed ({READABLE_FORMS})")
# Read by the one parser the batch reader and the Python API use (extract.published). The
# schema promises the ISO form; the other forms that parser reads are accepted too.


def _published_text(value: object) -> date | None:
    """A JSON string (or null) read as a publication date; an empty string is not a date."""
    if value is not None and not isinstance(value, (str, date)):
        raise ValueError("the publication date must be a string")
    if isinstance(value, str) and not value.strip():
        raise ValueError("the publication date is empty: leave it out or give a date such as 2024-07-31")
    return published_date(value)


ReadableDate = Annotated[date | None, BeforeValidator(_published_text),
                         WithJsonSchema({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]})]


class ExtractRequest(BaseModel):
    """JSON body of POST /api/extract."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text")
    published: ReadableDate = Field(None, description=PUBLISHED_HELP)
    doc_id: str = Field("doc", max_length=500, description="Identifier copied into each record")


class ExtractResponse(BaseModel):
    doc_id: str
    records: list[Record]


class ErrorResponse(BaseModel):
    detail: Any


_CACHED_ARTICLES = 32  # a download after a page view does not extract again


class _ThreadExtractor:
    """A given extract function (tests, embedding) in a thread, behind one lock (spaCy is not
    meant to run one pipeline in parallel threads). It cannot be cancelled."""

    def __init__(self, extract: ExtractFunction):
        self._extract = extract
        self._lock = threading.Lock()
        self._cached = lru_cache(maxsize=_CACHED_ARTICLES)(self._records)

    def _records(self, text: str, doc_id: str, published: date | None) -> list[dict]:
        with self._lock:
            return self._extract(text, doc_id=doc_id, published=published)

    async def records(self, text: str, doc_id: str, published: date | None, disconnected) -> list[dict]:
        return await run_in_threadpool(self._cached, text, doc_id, published)

    @contextlib.asynccontextmanager
    async def running(self, _app: FastAPI):
        yield


class _PoolExtractor:
    """The pipeline in a pool of worker processes (extract.web.pool), with a small cache."""

    def __init__(self, pool: ExtractionPool):
        self.pool = pool
        self._cache: OrderedDict[tuple, list[dict]] = OrderedDict()

    async def records(self, text: str, doc_id: str, published: date | None, disconnected) -> list[dict]:
        key = (text, doc_id, published)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        records = await self.pool.extract(text, doc_id, published, disconnected)
        self._cache[key] = records
        if len(self._cache) > _CACHED_ARTICLES:
            self._cache.popitem(last=False)
        return records

    @contextlib.asynccontextmanager
    async def running(self, _app: FastAPI):
        """Workers load the pipeline before the server accepts requests. They are daemon
        processes: they end with the server's process (a test client may run the app's
        start-up and shut-down many times, so shut-down leaves them be)."""
        await self.pool.start()
        yield


@dataclass
class DocumentView:
    """One article on the result page."""

    article: Article
    records: list[dict]
    highlighted: Highlighted
    cards: list[Card] = field(default_factory=list)
    filename: str | None = None  # the uploaded file it came from; None for pasted text


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _charset(request: Request) -> str:
    match = re.search(r"charset=\"?([\w.:-]+)", request.headers.get("content-type", ""), re.IGNORECASE)
    return match.group(1) if match else "utf-8"


def _max_body_from_env() -> int:
    value = os.environ.get(MAX_BODY_ENV, "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_BODY_BYTES


def _safe_filename(doc_ids: list[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_ids[0]).strip("._") if len(doc_ids) == 1 else ""
    return f"sepakat-{stem}" if stem else "sepakat-records"


def create_app(max_body_bytes: int | None = None, extract: ExtractFunction | None = None,
               pool: ExtractionPool | None = None) -> FastAPI:
    """The web app. `max_body_bytes` defaults to $SEPAKAT_MAX_BODY_BYTES or 2 MB. Extraction
    runs in `pool` (default: two worker processes with the real pipeline); a given `extract`
    function runs in a thread instead (tests, embedding)."""
    limit = max_body_bytes if max_body_bytes is not None else _max_body_from_env()
    extractor = _ThreadExtractor(extract) if extract is not None else _PoolExtractor(pool or ExtractionPool())
    app = FastAPI(
        lifespan=extractor.running,
        title="Sepakat",
        summary="Cooperation agreements (MoU, nota kesepahaman, PKS) found in Indonesian news articles",
        version="1.0",
    )
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=limit)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(WEB_DIR / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates = Jinja2Templates(env=environment)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("kinds", KIND_LABELS)
        context.setdefault("max_body_bytes", limit)
        return templates.TemplateResponse(request, name, context, status_code=status)

    def form_page(request: Request, error: InputError, text: str = "", published: str = "") -> HTMLResponse:
        return page(request, "index.html", error.status, error=str(error), text=text, published=published)

    async def records_for(request: Request, article: Article, published: date | None) -> list[dict]:
        try:
            return await extractor.records(article.text, article.doc_id, published, request.is_disconnected)
        except PoolBusy as error:
            raise InputError("The server is busy with other articles. Try again in a minute.", 503) from error
        except ExtractionTimeout as error:
            raise InputError(f"Extracting this article took {error}, longer than the server allows. "
                             "Try it in parts, or with `sepakat extract`.", 422) from error
        except ClientGone as error:
            raise InputError("The client closed the connection before the records were ready.", 499) from error

    async def read_form(request: Request) -> Any:
        if _media_type(request) not in FORM_TYPES:
            raise InputError("Send the form as application/x-www-form-urlencoded or multipart/form-data.", 415)
        try:
            return await request.form(max_files=50, max_fields=200, max_part_size=limit)
        except StarletteHTTPException as error:
            raise InputError(f"The form could not be read: {error.detail}", 422) from error

    @app.exception_handler(InputError)
    async def input_error(request: Request, error: InputError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(error)}, status_code=error.status)
        return form_page(request, error)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, error: Exception) -> Response:
        """A clear answer instead of a bare 500; Starlette re-raises so the server logs the traceback."""
        message = "Sepakat failed on this input. This is a bug; please report it with the article."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=500)
        return page(request, "index.html", 500, error=message)

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> FileResponse:
        return FileResponse(WEB_DIR / "static" / "favicon.svg", media_type="image/svg+xml")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request) -> HTMLResponse:
        return page(request, "index.html")

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def submit(request: Request) -> HTMLResponse:
        form = await read_form(request)
        text = article_text(str(form.get("text") or ""))
        published_field = str(form.get("published") or "")
        try:
            published = parse_published(published_field)
        except InputError as error:
            return form_page(request, error, text, published_field)
        articles = [(Article("article", text, headline(text)), None)] if text.strip() else []
        for upload in form.getlist("files"):
            if isinstance(upload, UploadFile) and upload.filename:
                try:
                    articles.append((article_from_upload(upload.filename, await upload.read()),
                                     upload.filename))
                except InputError as error:
                    return form_page(request, error, text, published_field)
        if not articles:
            return form_page(request, InputError("Paste an article or choose a .txt or .html file."), text,
                             published_field)
        documents: list[DocumentView] = []
        next_number = 1
        for article, filename in articles:
            article_published = published or article.published
            records = await records_for(request, article, article_published)
            highlighted = highlight_article(article.text, records, first_number=next_number)
            next_number += highlighted.sentence_count
            documents.append(DocumentView(
                article=Article(article.doc_id, article.text, article.title, article_published),
                records=records,
                highlighted=highlighted,
                cards=build_cards(records, highlighted.sentence_ids),
                filename=filename,
            ))
        return page(request, "result.html", documents=documents, published=published_field,
                    record_count=sum(len(document.records) for document in documents))

    @app.post("/download", include_in_schema=False)
    async def download(request: Request) -> Response:
        form = await read_form(request)
        texts = [article_text(str(value)) for value in form.getlist("text")]
        doc_ids = [check_unicode(str(value)) for value in form.getlist("doc_id")]
        published_values = [str(value) for value in form.getlist("published")]
        if not texts or len(doc_ids) != len(texts) or len(published_values) != len(texts):
            raise InputError("Each text needs its doc_id and published field (the result page sends them).")
        output_format = str(form.get("format") or "json")
        if output_format not in ("csv", "json"):
            raise InputError("format must be csv or json.")
        records: list[dict] = []
        for text, doc_id, published in zip(texts, doc_ids, published_values):
            records.extend(await records_for(request, Article(doc_id, text), parse_published(published)))
        filename = f"{_safe_filename(doc_ids)}.{output_format}"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        if output_format == "csv":
            return Response(records_csv(records), media_type="text/csv; charset=utf-8", headers=headers)
        return Response(records_json(records), media_type="application/json", headers=headers)

    @app.post(
        "/api/extract",
        response_model=ExtractResponse,
        responses={
            413: {"model": ErrorResponse, "description": "Body over the size limit"},
            415: {"model": ErrorResponse, "description": "Neither text/plain nor application/json"},
            422: {"model": ErrorResponse, "description": "Malformed JSON, missing text or a bad date"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": ExtractRequest.model_json_schema()},
                    "text/plain": {"schema": {"type": "string"}},
                },
            }
        },
        summary="Extract the agreement records of one article",
    )
    async def api_extract(
        request: Request,
        doc_id: str | None = Query(None, max_length=500, description="Doc id (text/plain bodies)"),
        published: str | None = Query(None, description=f"{PUBLISHED_HELP} (text/plain bodies)",
                                      json_schema_extra={"format": "date"}),
    ) -> JSONResponse:
        """The article as a text/plain body (doc_id and published as query parameters) or as
        JSON `{"text", "published", "doc_id"}`. Returns `{"doc_id", "records"}`."""
        for name in ("doc_id", "published"):
            given = len(request.query_params.getlist(name))
            if given > 1:
                raise InputError(f"{name} is given {given} times in the query: give it once.")
        if published is not None and not published.strip():
            raise InputError("published is empty: leave it out or give a date such as 2024-07-31.")
        published_query = parse_published(published)
        media_type = _media_type(request)
        body = await request.body()
        if media_type == "text/plain":
            try:
                text = body.decode(_charset(request))
            except (LookupError, UnicodeDecodeError) as error:
                raise InputError(f"The body could not be decoded as {_charset(request)}.") from error
            payload = ExtractRequest(text=text, doc_id=doc_id or "doc", published=published_query)
        elif media_type == "application/json" or media_type.endswith("+json"):
            try:
                payload = ExtractRequest.model_validate_json(body)
            except ValidationError as error:
                detail = error.errors(include_url=False, include_input=False, include_context=False)
                return JSONResponse({"detail": detail}, status_code=422)
            if payload.published is None and published_query:
                payload.published = published_query
            if doc_id and "doc_id" not in payload.model_fields_set:
                payload.doc_id = doc_id
        else:
            raise InputError("Send the article as text/plain or as application/json.", 415)
        article = Article(check_unicode(payload.doc_id), article_text(payload.text))
        records = await records_for(request, article, payload.published)
        return JSONResponse({"doc_id": payload.doc_id, "records": records})

    @app.get("/api/schema", summary="JSON Schema of one agreement record")
    async def api_schema() -> JSONResponse:
        return JSONResponse(record_json_schema())

    return app
