"""ASGI middleware: a request-body size limit (413) and a last-resort 500 that hides details."""

from __future__ import annotations

import json
import logging

from starlette.exceptions import HTTPException

log = logging.getLogger("reportsearch")


class BodyTooLarge(HTTPException):
    """An HTTPException, so frameworks that wrap body-reading errors pass it through as a 413."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"Request body too large; the limit is {max_bytes} bytes.")


class BodySizeLimit:
    """Pure ASGI middleware: checks Content-Length, and counts bytes of bodies sent without one."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._reject(send)
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._reject(send)

    async def _reject(self, send) -> None:
        await send_json(send, 413, f"Request body too large; the limit is {self.max_bytes} bytes.")


class HideInternalErrors:
    """Turn an unhandled exception into a plain 500 JSON body and keep the connection usable.

    Starlette's own last-resort handler re-raises after answering, which makes the server drop
    the keep-alive connection; a chatbot backend reusing connections would see resets.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if not started:
                await send_json(send, 500, "Internal error. The server log has the details.")


async def send_json(send, status: int, message: str) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
