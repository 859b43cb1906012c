"""The serve command: the HTTP API and page under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from service.cli.common import (
    BackendOpt,
    IndexOpt,
    UriOpt,
    settings,
)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).", min=0, max=65535)] = 8000,
    index_dir: IndexOpt = settings.index_dir,
    workers: Annotated[int, typer.Option(help="Worker processes (each maps the index read-only).")] = 1,
    backend: BackendOpt = None,
    uri: UriOpt = None,
) -> None:
    """Run the HTTP API and the web page (uvicorn)."""
    import os

    import uvicorn

    from service.server import UVICORN_OPTIONS

    if workers < 1:
        from indexer.errors import BadQueryError

        raise BadQueryError("--workers must be at least 1.")
    settings.generation()  # half an LLM configuration fails here, not in each worker
    if workers == 1:
        from service.api.app import create_app

        chosen = settings.model_copy(
            update={
                "index_dir": index_dir,
                "backend": backend or settings.backend,
                "milvus_uri": uri or settings.milvus_uri,
            }
        )
        uvicorn.run(create_app(chosen), host=host, port=port, log_level="info", **UVICORN_OPTIONS)
        return
    # Worker processes build their own app from the environment (several processes need a
    # Milvus server: an embedded milvus-lite file opens in one process only).
    os.environ["REPORTSEARCH_INDEX"] = str(index_dir)
    if backend:
        os.environ["REPORTSEARCH_BACKEND"] = backend
    if uri:
        os.environ["REPORTSEARCH_MILVUS_URI"] = uri
    uvicorn.run(
        "service.api.app:factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        **UVICORN_OPTIONS,
    )


COMMANDS = {"serve": serve}
