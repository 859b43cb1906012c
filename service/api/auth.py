"""API keys: with REPORTSEARCH_API_KEYS set, every API and MCP call needs `Authorization: Bearer <key>`.

What stays open carries no index content: /health (for load balancers and probes), the page
and its static files (it asks the user for a key and sends it on its own calls), the OpenAPI
docs, and a browser's navigation to a report's reading view, which is the static page that
then fetches the report with the key. Keys are compared in constant time and never logged.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable

OPEN_PATHS = frozenset(
    {"/", "/health", "/favicon.ico", "/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"}
)
OPEN_PREFIXES = ("/static/", "/static-offline-docs/")
MISSING = "This server needs an API key: send the header 'Authorization: Bearer <key>'."
WRONG = "The API key is not valid. Ask the server's operator for one."


class RequireApiKey:
    """Pure ASGI middleware, so it covers the routes, the mounted /mcp app and streamed answers alike."""

    def __init__(self, app, keys: Iterable[str]) -> None:
        self.app = app
        self._keys = [k.encode("utf-8") for k in keys if k]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self._keys or _is_open(scope):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        scheme, _, given = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            return await _refuse(send, MISSING)
        if not self._matches(given.strip().encode("latin-1")):
            return await _refuse(send, WRONG)
        return await self.app(scope, receive, send)

    def _matches(self, given: bytes) -> bool:
        # Every key is compared, so the time taken says nothing about which one came close.
        found = False
        for key in self._keys:
            found |= hmac.compare_digest(given, key)
        return found


def _is_open(scope) -> bool:
    path = scope.get("path", "")
    if scope.get("method") == "OPTIONS":  # CORS preflights carry no credentials by design
        return True
    if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
        return True
    # A browser opening /reports/{id} gets the static reading view, which fetches the JSON with the key.
    accept = dict(scope.get("headers") or []).get(b"accept", b"")
    return scope.get("method") == "GET" and path.startswith("/reports/") and b"text/html" in accept


async def _refuse(send, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"www-authenticate", b'Bearer realm="reportsearch"'),
    ]
    await send({"type": "http.response.start", "status": 401, "headers": headers})
    await send({"type": "http.response.body", "body": body})
