"""The MCP server over the loaded index: `build_mcp_server` for stdio, `mcp_http_app` for /mcp."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import suppress
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.routing import Route

from indexer.errors import ReportSearchError
from service.mcp.tools import READ_ONLY, SearcherProvider, current_searcher, tool_specs
from service.validation import describe

INSTRUCTIONS = (
    "Search, ask and compare the annual 法治政府建设 reports of district emergency-management "
    "bureaus (应急管理局). Every passage and cited sentence carries passage_id, report_id, source, "
    "district, year, section_path and start/end offsets in the report's cleaned text: cite them. "
    "list_reports shows what the index holds."
)

_UNBUILT = object()


def _version() -> str:
    try:
        return version("reportsearch")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return ""


class ReportSearchMCP(MCPServer):
    """An MCPServer whose tools follow the index the provider returns now: when the served index
    is replaced, the next tools/list or tools/call rebuilds the tools with the new index's enums."""

    def __init__(self, searcher_provider: SearcherProvider, generation=None) -> None:
        # MCPServer configures the root logger (basicConfig with a rich handler); how a process
        # logs belongs to its edge (the mcp command, uvicorn), so that is undone here.
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        super().__init__(name="reportsearch", version=_version(), instructions=INSTRUCTIONS)
        root.handlers[:] = handlers
        root.setLevel(level)
        self._provider = searcher_provider
        self._generation = generation
        self._tools_for: Any = _UNBUILT

    def sync_tools(self) -> None:
        try:
            searcher = current_searcher(self._provider)
        except ReportSearchError:
            searcher = None  # tools without enums; each call then says why there is no index
        # The version, not the searcher: holding the searcher kept a replaced version's files
        # and memory until the next MCP call.
        served = None if searcher is None else str(searcher.version_dir)
        if served == self._tools_for:
            return
        for spec in tool_specs(self._provider, searcher, self._generation):
            name = spec["fn"].__name__
            with suppress(ToolError):  # not registered yet
                self.remove_tool(name)
            self.add_tool(**spec, annotations=READ_ONLY)
            # Published as closed: a client learns that a misspelt or unsupported argument fails
            self._tool_manager.get_tool(name).parameters["additionalProperties"] = False
        self._tools_for = served

    async def list_tools(self):
        self.sync_tools()
        return await super().list_tools()

    async def call_tool(self, name: str, arguments: dict[str, Any], context=None):
        self.sync_tools()
        tool = self._tool_manager.get_tool(name)
        unknown = sorted(set(arguments or {}) - set(tool.parameters.get("properties", {}))) if tool else []
        if unknown:
            # Ignored, a filter the tool does not take (distirct, province) would answer for all
            # districts as if it had been applied: refused, as the HTTP API refuses it.
            takes = ", ".join(tool.parameters.get("properties", {})) or "no arguments"
            raise ToolError(f"Unknown argument {', '.join(unknown)} for {name}. This tool takes: {takes}.")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as e:
            # The SDK's message is pydantic's whole dump (model name, input echoed, doc URL);
            # a chatbot needs which argument is wrong and why, as the HTTP API says it.
            if isinstance(e.__cause__, ValidationError):
                raise ToolError(f"Invalid arguments for {name}: {describe(e.__cause__.errors())}") from None
            raise


def build_mcp_server(searcher_provider: SearcherProvider, generation=None) -> ReportSearchMCP:
    """The MCP server. `searcher_provider()` returns the Searcher to use now (None, or raising our
    error, while no index is loaded), called on each tools/list and tools/call, never before;
    `generation` is an optional GenerationConfig for ask_reports."""
    return ReportSearchMCP(searcher_provider, generation)


def mcp_http_app(
    searcher_provider: SearcherProvider,
    generation=None,
    allowed_hosts: Sequence[str] | None = None,
) -> Starlette:
    """The streamable-HTTP app (stateless, JSON responses) answering at the path /mcp.

    Route it at /mcp of the outer app (`app.add_route("/mcp", mcp_app)`, which avoids the
    redirect a Mount adds for /mcp without a slash) and run its lifespan inside the outer app's:
    `async with mcp_app.router.lifespan_context(mcp_app): yield` (the SDK's session manager
    runs there, once per app). `allowed_hosts` (e.g. ["127.0.0.1:*", "localhost:*"]) turns on the
    SDK's DNS-rebinding check of Host and Origin; by default, like the rest of the API, any Host
    is served, so chatbot platforms in containers can reach it by name.
    """
    if allowed_hosts is None:
        security = TransportSecuritySettings(enable_dns_rebinding_protection=False)
    else:
        hosts = list(allowed_hosts)
        origins = [f"{scheme}://{host}" for host in hosts for scheme in ("http", "https")]
        security = TransportSecuritySettings(allowed_hosts=hosts, allowed_origins=origins)
    server = build_mcp_server(searcher_provider, generation)
    sdk_app = server.streamable_http_app(
        streamable_http_path="/mcp",
        stateless_http=True,
        json_response=True,
        transport_security=security,
    )
    # Stateless, the server never speaks first: the GET stream the protocol allows for that
    # would stay open and silent forever, so GET is refused (405, which clients expect).
    return Starlette(
        routes=[Route("/mcp", sdk_app, methods=["POST"])],
        lifespan=lambda _: sdk_app.router.lifespan_context(sdk_app),
    )
