"""What every route of the web app shares: the templates, the body limit and the extractor,
kept on `app.state.web` so that the routes can live in their own modules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from extract.web.extractors import Extractor
from extract.web.highlight import KIND_LABELS
from extract.web.inputs import Article, InputError
from extract.web.pool import ClientGone, ExtractionTimeout, PoolBusy

WEB_DIR = Path(__file__).parent
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(slots=True)
class WebContext:
    templates: Jinja2Templates
    max_body_bytes: int
    extractor: Extractor

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("kinds", KIND_LABELS)
        context.setdefault("max_body_bytes", self.max_body_bytes)
        return self.templates.TemplateResponse(request, name, context, status_code=status)

    def form_page(self, request: Request, error: InputError, text: str = "",
                  published: str = "") -> HTMLResponse:
        """The form again, with the error and what the user had typed."""
        return self.page(request, "index.html", error.status, error=str(error), text=text, published=published)

    async def records_for(self, request: Request, article: Article, published: date | None) -> list[dict]:
        """The article's records; a busy pool, a time-out or a client that left is an InputError."""
        try:
            return await self.extractor.records(article.text, article.doc_id, published,
                                                request.is_disconnected)
        except PoolBusy as error:
            raise InputError("The server is busy with other articles. Try again in a minute.", 503) from error
        except ExtractionTimeout as error:
            raise InputError(f"Extracting this article took {error}, longer than the server allows. "
                             "Try it in parts, or with `sepakat extract`.", 422) from error
        except ClientGone as error:
            raise InputError("The client closed the connection before the records were ready.", 499) from error

    async def read_form(self, request: Request) -> Any:
        if media_type(request) not in FORM_TYPES:
            raise InputError("Send the form as application/x-www-form-urlencoded or multipart/form-data.", 415)
        try:
            return await request.form(max_files=50, max_fields=200, max_part_size=self.max_body_bytes)
        except StarletteHTTPException as error:
            raise InputError(f"The form could not be read: {error.detail}", 422) from error


def web_context(request: Request) -> WebContext:
    return request.app.state.web


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def charset(request: Request) -> str:
    match = re.search(r"charset=\"?([\w.:-]+)", request.headers.get("content-type", ""), re.IGNORECASE)
    return match.group(1) if match else "utf-8"
