"""REPORTSEARCH_API_KEYS: with keys set every API and MCP call needs a bearer key (401 JSON
otherwise) while /health and the page stay open; without keys nothing asks for one."""

from __future__ import annotations

from pathlib import Path

import anyio
import httpx
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from service.settings import Settings

KEYS = ("first-key-7f3a", "second-key-91bc")
PROTECTED = [
    ("GET", "/search?q=行刑衔接", None),
    ("POST", "/search", {"query": "行刑衔接"}),
    ("POST", "/ask", {"query": "北碚区如何化解行政争议？"}),
    ("POST", "/ask", {"query": "北碚区如何化解行政争议？", "stream": True}),
    ("GET", "/reports", None),
    ("GET", "/districts", None),
    ("GET", "/compare?topic=危险化学品", None),
    ("GET", "/tool", None),
]
OPEN = ["/health", "/", "/static/app.js", "/openapi.json", "/docs"]


@pytest.fixture(scope="module")
def keyed_url(real_index: Path):
    from tests.service.conftest import ServerThread

    with ServerThread(Settings(index_dir=real_index, api_keys=",".join(KEYS))) as url:
        yield url


def bearer(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
def test_calls_without_a_valid_key_get_401_json(keyed_url, method, path, body):
    for headers in ({}, bearer("not-a-key"), {"Authorization": KEYS[0]}, bearer(KEYS[0] + "x")):
        response = httpx.request(method, keyed_url + path, json=body, headers=headers, timeout=60)
        assert response.status_code == 401, headers
        assert set(response.json()) == {"error"}
        assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "path", "body"), PROTECTED)
@pytest.mark.parametrize("key", KEYS)
def test_calls_with_any_configured_key_succeed(keyed_url, method, path, body, key):
    response = httpx.request(method, keyed_url + path, json=body, headers=bearer(key), timeout=60)
    assert response.status_code == 200


@pytest.mark.parametrize("path", OPEN)
def test_health_and_the_page_stay_open(keyed_url, path):
    assert httpx.get(keyed_url + path, timeout=60).status_code == 200


def test_a_browser_opening_a_report_gets_the_reading_view_but_not_the_text(keyed_url):
    report_id = httpx.get(keyed_url + "/reports", headers=bearer(KEYS[0]), timeout=60).json()[0]["report_id"]
    page = httpx.get(f"{keyed_url}/reports/{report_id}", headers={"accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert httpx.get(f"{keyed_url}/reports/{report_id}", timeout=60).status_code == 401


def test_without_keys_nothing_asks_for_one(api):
    for method, path, body in PROTECTED:
        assert api.request(method, path, json=body).status_code == 200, path


def _mcp_tools(url: str, headers: dict) -> list[str]:
    async def run() -> list[str]:
        async with (
            create_mcp_http_client(headers=headers) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            return [t.name for t in (await client.list_tools()).tools]

    return anyio.run(run)


def test_mcp_needs_the_key_too(keyed_url):
    url = keyed_url + "/mcp"
    refused = httpx.post(
        url,
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        headers={"accept": "application/json, text/event-stream"},
        timeout=60,
    )
    assert refused.status_code == 401 and set(refused.json()) == {"error"}
    with pytest.raises(Exception):  # noqa: B017 - the SDK's own error type for an HTTP 401 varies
        _mcp_tools(url, bearer("not-a-key"))
    assert "search_reports" in _mcp_tools(url, bearer(KEYS[1]))


def test_mcp_without_keys_is_open(api_url):
    assert "search_reports" in _mcp_tools(api_url + "/mcp", {})


def test_keys_do_not_show_in_the_settings_repr():
    settings = Settings(api_keys=",".join(KEYS))
    assert settings.api_keys == KEYS
    assert all(key not in repr(settings) and key not in str(settings) for key in KEYS)
