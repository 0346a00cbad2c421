"""The page: a form posting to `/`, the result with highlighted sentences and cards, and the
download of the records shown."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.datastructures import UploadFile

from extract.web.cards import Card, build_cards
from extract.web.context import WEB_DIR, web_context
from extract.web.downloads import records_csv, records_json
from extract.web.highlight import Highlighted, highlight_article
from extract.web.inputs import (
    Article,
    InputError,
    article_from_upload,
    article_text,
    check_unicode,
    headline,
    parse_published,
)

router = APIRouter(include_in_schema=False)


@dataclass
class DocumentView:
    """One article on the result page."""

    article: Article
    records: list[dict]
    highlighted: Highlighted
    cards: list[Card] = field(default_factory=list)
    filename: str | None = None  # the uploaded file it came from; None for pasted text


@router.get("/favicon.ico")
async def favicon() -> FileResponse:
    return FileResponse(WEB_DIR / "static" / "favicon.svg", media_type="image/svg+xml")


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    return web_context(request).page(request, "index.html")


async def _articles_of(form, text: str) -> list[tuple[Article, str | None]]:
    """The pasted text and each uploaded file, with the file name it came from."""
    articles = [(Article("article", text, headline(text)), None)] if text.strip() else []
    for upload in form.getlist("files"):
        if isinstance(upload, UploadFile) and upload.filename:
            articles.append((article_from_upload(upload.filename, await upload.read()), upload.filename))
    if not articles:
        raise InputError("Paste an article or choose a .txt or .html file.")
    return articles


@router.post("/", response_class=HTMLResponse)
async def submit(request: Request) -> HTMLResponse:
    web = web_context(request)
    form = await web.read_form(request)
    text = article_text(str(form.get("text") or ""))
    published_field = str(form.get("published") or "")
    try:
        published = parse_published(published_field)
        articles = await _articles_of(form, text)
    except InputError as error:
        return web.form_page(request, error, text, published_field)
    documents: list[DocumentView] = []
    next_number = 1  # sentence numbers run on across the articles of one page
    for article, filename in articles:
        article_published = published or article.published
        records = await web.records_for(request, article, article_published)
        highlighted = highlight_article(article.text, records, first_number=next_number)
        next_number += highlighted.sentence_count
        documents.append(DocumentView(
            article=Article(article.doc_id, article.text, article.title, article_published),
            records=records,
            highlighted=highlighted,
            cards=build_cards(records, highlighted.sentence_ids),
            filename=filename,
        ))
    return web.page(request, "result.html", documents=documents, published=published_field,
                    record_count=sum(len(document.records) for document in documents))


def _safe_filename(doc_ids: list[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", doc_ids[0]).strip("._") if len(doc_ids) == 1 else ""
    return f"sepakat-{stem}" if stem else "sepakat-records"


@router.post("/download")
async def download(request: Request) -> Response:
    web = web_context(request)
    form = await web.read_form(request)
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
        records.extend(await web.records_for(request, Article(doc_id, text), parse_published(published)))
    filename = f"{_safe_filename(doc_ids)}.{output_format}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if output_format == "csv":
        return Response(records_csv(records), media_type="text/csv; charset=utf-8", headers=headers)
    return Response(records_json(records), media_type="application/json", headers=headers)
