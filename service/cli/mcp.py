"""The mcp command: the index as an MCP server over stdio, for chatbot clients that launch it."""

from __future__ import annotations

from typing import Annotated

import typer

from service.cli.common import BackendOpt, IndexOpt, UriOpt, open_searcher, settings


def mcp(
    index_dir: IndexOpt = settings.index_dir,
    backend: BackendOpt = None,
    uri: UriOpt = None,
    llm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint for ask_reports (or REPORTSEARCH_LLM_URL).")
    ] = None,
    llm_model: Annotated[
        str | None, typer.Option(help="Model name at that endpoint (or REPORTSEARCH_LLM_MODEL).")
    ] = None,
) -> None:
    """Serve search, ask, similar, compare and the report list as MCP tools over stdio."""
    import contextlib
    import logging
    import sys

    from service.api.index_holder import IndexHolder
    from service.mcp.server import build_mcp_server

    # stdout carries the protocol and nothing else: logs, and anything a library prints while
    # the index loads, go to stderr (the SDK diverts stdout itself once it serves).
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="reportsearch mcp: %(message)s")
    generation = settings.model_copy(
        update={"llm_url": llm_url or settings.llm_url, "llm_model": llm_model or settings.llm_model}
    ).generation()
    with contextlib.redirect_stdout(sys.stderr):
        searcher = open_searcher(index_dir, backend, uri)  # a missing index fails here, exit code 2
    # A client keeps this process for its whole session: like the HTTP server, it follows the
    # index as `reportsearch index` publishes new versions (it had kept answering from the first).
    holder = IndexHolder(index_dir, backend or settings.backend or None, uri or settings.milvus_uri or None)
    holder.adopt(searcher)
    holder.start()
    try:
        build_mcp_server(lambda: holder.searcher, generation).run("stdio")
    finally:
        holder.stop()


COMMANDS = {"mcp": mcp}
