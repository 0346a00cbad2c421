"""A request body size limit enforced before any route reads the body.

Content-Length is checked first; a chunked body is read up to the limit and replayed, so
no route ever holds more than the limit in memory and every route gets the same 413.
"""
from __future__ import annotations

import json

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only annotations: `sepakat --help` must not need the web extra
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY_BYTES = 2_000_000


def too_large_message(limit: int) -> str:
    return f"Request body too large: the limit is {limit:,} bytes. Send a shorter article."


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES):
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_body_bytes:
            await self._reject(scope, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._reject(scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _reject(self, scope: Scope, send: Send) -> None:
        message = too_large_message(self.max_body_bytes)
        if scope.get("path", "").startswith("/api/"):
            payload = json.dumps({"detail": message}).encode()
            content_type = b"application/json"
        else:
            payload = (
                "<!doctype html><meta charset=utf-8><title>Too large</title>"
                f"<p>{message}</p><p><a href=\"/\">Back</a></p>"
            ).encode()
            content_type = b"text/html; charset=utf-8"
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", content_type), (b"content-length", str(len(payload)).encode()),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": payload})
