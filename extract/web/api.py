"""The JSON API: POST /api/extract (one article in, its records out) and GET /api/schema."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema

from extract.published import READABLE_FORMS, published_date
from extract.schema import Record, record_json_schema
from extract.web.context import charset, media_type, web_context
from extract.web.inputs import Article, InputError, article_text, check_unicode, parse_published

router = APIRouter()

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


def _query_date(request: Request, published: str | None) -> date | None:
    """The query's doc_id and published, each given at most once; published never empty."""
    for name in ("doc_id", "published"):
        given = len(request.query_params.getlist(name))
        if given > 1:
            raise InputError(f"{name} is given {given} times in the query: give it once.")
    if published is not None and not published.strip():
        raise InputError("published is empty: leave it out or give a date such as 2024-07-31.")
    return parse_published(published)


def _plain_request(request: Request, body: bytes, doc_id: str | None,
                   published: date | None) -> ExtractRequest:
    try:
        text = body.decode(charset(request))
    except (LookupError, UnicodeDecodeError) as error:
        raise InputError(f"The body could not be decoded as {charset(request)}.") from error
    return ExtractRequest(text=text, doc_id=doc_id or "doc", published=published)


def _json_request(body: bytes, doc_id: str | None, published: date | None) -> ExtractRequest:
    """The JSON body; the query's doc_id and published fill what the body leaves out."""
    payload = ExtractRequest.model_validate_json(body)
    if payload.published is None and published:
        payload.published = published
    if doc_id and "doc_id" not in payload.model_fields_set:
        payload.doc_id = doc_id
    return payload


@router.post(
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
    published_query = _query_date(request, published)
    kind = media_type(request)
    body = await request.body()
    if kind == "text/plain":
        payload = _plain_request(request, body, doc_id, published_query)
    elif kind == "application/json" or kind.endswith("+json"):
        try:
            payload = _json_request(body, doc_id, published_query)
        except ValidationError as error:
            detail = error.errors(include_url=False, include_input=False, include_context=False)
            return JSONResponse({"detail": detail}, status_code=422)
    else:
        raise InputError("Send the article as text/plain or as application/json.", 415)
    article = Article(check_unicode(payload.doc_id), article_text(payload.text))
    records = await web_context(request).records_for(request, article, payload.published)
    return JSONResponse({"doc_id": payload.doc_id, "records": records})


@router.get("/api/schema", summary="JSON Schema of one agreement record")
async def api_schema() -> JSONResponse:
    return JSONResponse(record_json_schema())
