"""Percent-escapes that are not UTF-8 (`?q=%FF`, an encoded surrogate `%ED%A0%80`) are refused
with 422 before routing. Left alone, the framework decodes them to U+FFFD and the request runs
on text the client never sent."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from service.api.middleware import send_json


def _is_utf8(raw: bytes) -> bool:
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class StrictUtf8:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            raw_path = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
            for part, raw in (("path", raw_path), ("query string", scope.get("query_string", b""))):
                if not _is_utf8(raw):
                    await send_json(
                        send, 422, f"The request's {part} is not valid UTF-8 once percent-decoded."
                    )
                    return
        await self.app(scope, receive, send)
