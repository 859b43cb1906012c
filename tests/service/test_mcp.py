"""The MCP server driven by the SDK's own client: over stdio (a real `reportsearch mcp`
subprocess) and over streamable HTTP (a real uvicorn), on the real index."""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import httpx
import pytest
import uvicorn
from mcp import Client, StdioServerParameters
from starlette.applications import Starlette
from starlette.routing import Route

from indexer.errors import ReportSearchError
from indexer.retrieval.search import Filters
from indexer.text.section_types import SECTION_TYPES
from service.api.schemas import CitationOut, SearchHit
from service.mcp.server import build_mcp_server, mcp_http_app
from service.server import free_port

TOOLS = {
    "search_reports",
    "ask_reports",
    "similar_passages",
    "compare_districts",
    "list_reports",
    "indicator_table",
}
QUERY = "行刑衔接 移送案件"
QUESTION = "各区在危险化学品监管上做了什么？"
BAD_PASSAGE = "999_0000000000000000-p001"


def _reportsearch() -> list[str]:
    exe = shutil.which("reportsearch")
    return [exe] if exe else [sys.executable, "-c", "from service.cli import app; app()"]


class McpServerThread:
    """uvicorn on a free loopback port serving mcp_http_app at /mcp, as the API mounts it."""

    def __init__(self, searcher) -> None:
        mcp_app = mcp_http_app(lambda: searcher)

        @contextlib.asynccontextmanager
        async def lifespan(app):
            async with mcp_app.router.lifespan_context(mcp_app):
                yield

        app = Starlette(routes=[Route("/mcp", mcp_app)], lifespan=lifespan)
        self.port = free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}/mcp"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


async def _session(client: Client, searcher) -> dict:
    """One client session: list the tools, call each, and call them with bad arguments."""
    passage_id = searcher.search(QUERY, k=1)[0].passage.passage_id
    district = searcher.districts()[0]
    calls = {
        "search": ("search_reports", {"query": QUERY, "k": 5}),
        "search_filtered": ("search_reports", {"query": QUERY, "k": 5, "district": district}),
        "ask": ("ask_reports", {"question": QUESTION}),
        "similar": ("similar_passages", {"passage_id": passage_id, "k": 3}),
        "compare": (
            "compare_districts",
            {"topic": "危险化学品", "districts": searcher.districts()[:2], "k": 2},
        ),
        "reports": ("list_reports", {}),
        "indicators": ("indicator_table", {"district": district}),
        "compare_year": ("compare_districts", {"topic": "安全生产培训", "year": max(searcher.years())}),
        "search_year": ("search_reports", {"query": QUERY, "k": 3, "year": max(searcher.years())}),
        "search_year_written": (
            "search_reports",
            {"query": QUERY, "k": 3, "year": f"{max(searcher.years())}年"},
        ),
        "empty_query": ("search_reports", {"query": "   "}),
        "unknown_district": ("search_reports", {"query": QUERY, "district": "火星区"}),
        "unknown_passage": ("similar_passages", {"passage_id": BAD_PASSAGE}),
        "compare_unknown_district": ("compare_districts", {"topic": "危险化学品", "districts": ["火星区"]}),
        "k_out_of_range": ("search_reports", {"query": QUERY, "k": 0}),
        "misspelt_argument": ("search_reports", {"query": QUERY, "distirct": district}),
        "ask_with_a_filter": ("ask_reports", {"question": QUESTION, "district": district}),
        "search_province": ("search_reports", {"query": QUERY, "k": 5, "province": "湖北省"}),
        "search_report": (
            "search_reports",
            {"query": QUERY, "k": 5, "report": searcher.reports[0]["report_id"]},
        ),
    }
    tools = (await client.list_tools()).tools
    results = {name: await client.call_tool(tool, arguments) for name, (tool, arguments) in calls.items()}
    return {"tools": {t.name: t for t in tools}, "passage_id": passage_id, "district": district, **results}


@pytest.fixture(scope="module")
def stdio_session(real_index: Path, searcher) -> dict:
    # stdio_client passes the child only a few environment variables, as chatbot clients do.
    command, *args = _reportsearch()
    params = StdioServerParameters(command=command, args=[*args, "mcp", "--index", str(real_index)])

    async def run() -> dict:
        async with Client(params) as client:
            return await _session(client, searcher)

    return anyio.run(run)


@pytest.fixture(scope="module")
def mcp_url(searcher):
    with McpServerThread(searcher) as url:
        yield url


@pytest.fixture(scope="module")
def http_session(mcp_url: str, searcher) -> dict:
    async def run() -> dict:
        async with Client(mcp_url) as client:
            return await _session(client, searcher)

    return anyio.run(run)


@pytest.fixture(params=["stdio", "http"])
def session(request) -> dict:
    return request.getfixturevalue(f"{request.param}_session")


def _error_of(call) -> str:
    with pytest.raises(ReportSearchError) as raised:
        call()
    return str(raised.value)


def test_lists_the_tools_with_structured_output(session):
    assert set(session["tools"]) == TOOLS
    for tool in session["tools"].values():
        assert tool.description and tool.output_schema is not None
        assert tool.annotations.read_only_hint


def test_filter_enums_match_the_index(session, searcher):
    tools = session["tools"]
    properties = tools["search_reports"].input_schema["properties"]

    def enum_of(spec: dict) -> list:
        return next(option["enum"] for option in spec["anyOf"] if "enum" in option)

    assert enum_of(properties["district"]) == searcher.districts()
    assert enum_of(properties["year"]) == searcher.years()
    assert enum_of(properties["section_type"]) == list(SECTION_TYPES)
    compare_districts = tools["compare_districts"].input_schema["properties"]["districts"]
    assert next(o for o in compare_districts["anyOf"] if o.get("type") == "array")["items"]["enum"] == (
        searcher.districts()
    )
    for name in ("search_reports", "ask_reports", "compare_districts"):
        description = tools[name].description
        assert all(d in description for d in searcher.districts())
        assert all(str(y) in description for y in searcher.years())
        assert all(t in description for t in SECTION_TYPES)


def test_search_carries_the_api_citation_fields(session, searcher):
    result = session["search"]
    assert not result.is_error
    hits = result.structured_content["results"]
    expected = [h.passage.passage_id for h in searcher.search(QUERY, k=5)]
    assert [h["passage_id"] for h in hits] == expected
    assert all(set(h) == set(SearchHit.model_fields) - {"highlights", "explain"} for h in hits)
    for hit in hits:
        assert searcher.cleaned_text(hit["report_id"])[hit["start"] : hit["end"]] == hit["text"]
    # The text block is the same JSON, for clients that ignore structured content.
    assert json.loads(result.content[0].text) == result.structured_content


def test_a_year_written_with_年_filters_as_the_number_does(session):
    written, number = session["search_year_written"], session["search_year"]
    assert not written.is_error and written.structured_content["results"]
    assert written.structured_content["results"] == number.structured_content["results"]


def test_search_filters_by_district(session):
    hits = session["search_filtered"].structured_content["results"]
    assert hits and {h["district"] for h in hits} == {session["district"]}


def test_ask_answers_with_citations(session, searcher):
    assert not session["ask"].is_error, session["ask"].content[0].text
    answer = session["ask"].structured_content
    assert answer["query"] == QUESTION and answer["answered"] and answer["citations"]
    for citation in answer["citations"]:
        assert set(citation) == set(CitationOut.model_fields)
        assert (
            searcher.cleaned_text(citation["report_id"])[citation["start"] : citation["end"]]
            == citation["text"]
        )


def test_similar_passages_come_from_other_reports(session, searcher):
    similar = session["similar"].structured_content
    source = searcher.passage(session["passage_id"])
    assert similar["passage_id"] == source.passage_id and len(similar["results"]) == 3
    assert all(hit["report_id"] != source.report_id for hit in similar["results"])


def test_compare_lists_the_asked_districts(session, searcher):
    entries = session["compare"].structured_content["districts"]
    assert {e["district"] for e in entries} == set(searcher.districts()[:2])
    assert all(len(e["passages"]) <= 2 for e in entries)


def test_list_reports(session, searcher):
    reports = session["reports"].structured_content["reports"]
    assert [r["report_id"] for r in reports] == [r["report_id"] for r in searcher.reports]
    assert {"source", "district", "year", "passages"} <= set(reports[0])


def test_bad_arguments_are_tool_errors_with_the_library_message(session, searcher):
    expected = {
        "empty_query": _error_of(lambda: searcher.search("   ")),
        "unknown_district": _error_of(lambda: searcher.search(QUERY, filters=Filters(district="火星区"))),
        "unknown_passage": _error_of(lambda: searcher.passage(BAD_PASSAGE)),
        "compare_unknown_district": _error_of(lambda: searcher.resolve_district("火星区")),
    }
    for name, message in expected.items():
        result = session[name]
        assert result.is_error and result.structured_content is None
        assert result.content[0].text == message
    assert (
        "火星区" in expected["unknown_district"] and searcher.districts()[0] in expected["unknown_district"]
    )
    # Outside the published schema: refused by the SDK's validation, still a tool error, said
    # as the HTTP API says it (which argument, why), not as pydantic's dump.
    refused = session["k_out_of_range"]
    assert refused.is_error
    text = refused.content[0].text
    assert (
        text.startswith("Invalid arguments for search_reports: k:") and "greater than or equal to 1" in text
    )
    assert "pydantic" not in text and "validation error for" not in text and "input_value" not in text


@pytest.mark.parametrize(
    ("name", "method", "path", "payload"),
    [
        ("unknown_district", "POST", "/search", {"query": QUERY, "district": "火星区"}),
        ("unknown_passage", "GET", f"/passages/{BAD_PASSAGE}/similar", None),
        ("compare_unknown_district", "GET", "/compare?topic=危险化学品&districts=火星区", None),
    ],
)
def test_tool_errors_say_what_the_api_says(http_session, api, name, method, path, payload):
    response = api.request(method, path, json=payload)
    assert 400 <= response.status_code < 500
    assert http_session[name].content[0].text == response.json()["error"]


def test_handshake_era_clients_are_served_too(mcp_url):
    """Most chatbot clients still open with the initialize handshake (protocol 2025-xx)."""

    async def run() -> tuple:
        async with Client(mcp_url, mode="legacy") as client:
            tools = (await client.list_tools()).tools
            result = await client.call_tool("search_reports", {"query": QUERY, "k": 1})
            return client.protocol_version, tools, result

    version, tools, result = anyio.run(run)
    assert version.startswith("2025") and {t.name for t in tools} == TOOLS
    assert len(result.structured_content["results"]) == 1


def test_get_is_refused_rather_than_held_open(mcp_url):
    """Stateless, the server never speaks first, so there is no GET stream to wait on."""
    response = httpx.get(mcp_url, headers={"accept": "text/event-stream"}, timeout=10)
    assert response.status_code == 405


def test_tools_follow_the_index_the_provider_returns(searcher):
    """No index yet: plain parameters and a clear error; once one is loaded, its enums."""
    loaded = {"searcher": None}
    server = build_mcp_server(lambda: loaded["searcher"])

    async def run() -> tuple:
        async with Client(server) as client:
            before = (await client.list_tools(cache_mode="refresh")).tools
            failed = await client.call_tool("list_reports", {})
            loaded["searcher"] = searcher
            after = (await client.list_tools(cache_mode="refresh")).tools
            listed = await client.call_tool("list_reports", {})
            return before, failed, after, listed

    before, failed, after, listed = anyio.run(run)
    district = next(t for t in before if t.name == "search_reports").input_schema["properties"]["district"]
    assert all("enum" not in option for option in district["anyOf"])
    assert failed.is_error and "No index is loaded" in failed.content[0].text
    district = next(t for t in after if t.name == "search_reports").input_schema["properties"]["district"]
    assert any(option.get("enum") == searcher.districts() for option in district["anyOf"])
    assert len(listed.structured_content["reports"]) == len(searcher.reports)


def test_stdio_command_refuses_a_missing_index_without_touching_stdout(tmp_path):
    run = subprocess.run(
        [*_reportsearch(), "mcp", "--index", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert "index" in run.stderr.lower()


def test_the_indicator_tool_gives_rows_whose_sentence_holds_the_figure(session, searcher):
    result = session["indicators"]
    assert not result.is_error
    rows = result.structured_content["rows"]
    assert rows and result.structured_content["count"] == len(rows)
    for row in rows:
        assert row["district"] == session["district"]
        assert searcher.cleaned_text(row["report_id"])[row["start"] : row["end"]] == row["sentence"]
        assert row["raw"] in row["sentence"]
    assert "行政处罚案件数" in session["tools"]["indicator_table"].description


def test_compare_by_year_marks_the_districts_without_that_year(session, searcher):
    result = session["compare_year"]
    assert not result.is_error
    year = max(searcher.years())
    for entry in result.structured_content["districts"]:
        if year not in entry["years"]:
            assert entry["note"] == f"没有{year}年的报告。" and not entry["has_evidence"]


def test_an_argument_a_tool_does_not_take_is_refused_not_ignored(session):
    # Ignored, a misspelt filter answered for every district as if it had been applied.
    misspelt = session["misspelt_argument"]
    assert misspelt.is_error and misspelt.content[0].text.startswith(
        "Unknown argument distirct for search_reports"
    )
    assert "district" in misspelt.content[0].text
    asked = session["ask_with_a_filter"]
    assert asked.is_error and "Unknown argument district for ask_reports" in asked.content[0].text
    assert all(tool.input_schema.get("additionalProperties") is False for tool in session["tools"].values())


def test_search_filters_by_province_and_report_as_the_api_does(session, searcher):
    by_province = session["search_province"].structured_content["results"]
    hubei = {r["district"] for r in searcher.reports if r.get("province") == "湖北省"}
    assert by_province and {hit["district"] for hit in by_province} == hubei
    report_id = searcher.reports[0]["report_id"]
    by_report = session["search_report"].structured_content["results"]
    assert by_report and {hit["report_id"] for hit in by_report} == {report_id}
