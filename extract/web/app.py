"""The Sepakat web app: a page for checking one article's agreements, and a JSON API.

`create_app()` builds a FastAPI app; `sepakat serve` runs it with uvicorn. The page works
without JavaScript (a plain form posting to `/`); the script only adds smooth scrolling
and copy buttons. The routes are in `pages.py` and `api.py`; what they share in `context.py`.
"""
from __future__ import annotations

import os

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from extract.web import api, pages
from extract.web.context import WEB_DIR, WebContext, web_context
from extract.web.extractors import ExtractFunction, PoolExtractor, ThreadExtractor
from extract.web.inputs import InputError
from extract.web.limits import DEFAULT_MAX_BODY_BYTES, BodyLimitMiddleware
from extract.web.pool import ExtractionPool

MAX_BODY_ENV = "SEPAKAT_MAX_BODY_BYTES"


def _max_body_from_env() -> int:
    value = os.environ.get(MAX_BODY_ENV, "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_BODY_BYTES


def _templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(WEB_DIR / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=environment)


async def _input_error(request: Request, error: InputError) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": str(error)}, status_code=error.status)
    return web_context(request).form_page(request, error)


async def _unexpected_error(request: Request, error: Exception) -> Response:
    """A clear answer instead of a bare 500; Starlette re-raises so the server logs the traceback."""
    message = "Sepakat failed on this input. This is a bug; please report it with the article."
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=500)
    return web_context(request).page(request, "index.html", 500, error=message)


def create_app(max_body_bytes: int | None = None, extract: ExtractFunction | None = None,
               pool: ExtractionPool | None = None) -> FastAPI:
    """The web app. `max_body_bytes` defaults to $SEPAKAT_MAX_BODY_BYTES or 2 MB. Extraction
    runs in `pool` (default: two worker processes with the real pipeline); a given `extract`
    function runs in a thread instead (tests, embedding)."""
    limit = max_body_bytes if max_body_bytes is not None else _max_body_from_env()
    extractor = ThreadExtractor(extract) if extract is not None else PoolExtractor(pool or ExtractionPool())
    app = FastAPI(
        lifespan=extractor.running,
        title="Sepakat",
        summary="Cooperation agreements (MoU, nota kesepahaman, PKS) found in Indonesian news articles",
        version="1.0",
    )
    app.state.web = WebContext(_templates(), limit, extractor)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=limit)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(Exception, _unexpected_error)
    app.include_router(pages.router)
    app.include_router(api.router)
    return app
