"""The FastAPI application: `create_app(settings)` loads the index once and serves it read-only."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from indexer.errors import (
    BadQueryError,
    IndexMismatchError,
    IndexMissingError,
    ReportSearchError,
    UnknownFilterError,
    UnknownIdError,
)
from service.api import STATIC_DIR
from service.api.auth import RequireApiKey
from service.api.exports import router as exports_router
from service.api.index_holder import IndexHolder
from service.api.indicators import router as indicators_router
from service.api.middleware import BodySizeLimit, HideInternalErrors
from service.api.parameters import reject_unknown_parameters
from service.api.routes import router
from service.api.strict_utf8 import StrictUtf8
from service.mcp.server import mcp_http_app
from service.settings import Settings
from service.validation import describe

log = logging.getLogger("reportsearch")

_STATUS = {
    BadQueryError: 422,
    UnknownFilterError: 422,
    UnknownIdError: 404,
    IndexMissingError: 503,
    IndexMismatchError: 503,
}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Serve /health and 503s rather than refusing to start: the index may be built (or
        # repaired) later, and the watcher picks it up then.
        holder = IndexHolder(settings.index_dir, settings.backend or None, settings.milvus_uri or None)
        holder.load()
        holder.start()
        app.state.index = holder
        try:
            async with mcp_app.router.lifespan_context(mcp_app):  # the MCP SDK's session manager
                yield
        finally:
            holder.stop()

    # Swagger UI and ReDoc from files shipped with fastapi-offline: the docs work offline.
    app = FastAPIOffline(
        title="reportsearch",
        summary="Search, ask and compare Chinese government work reports (法治政府建设年度报告).",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    mcp_app = mcp_http_app(lambda: _served_searcher(app), settings.generation())
    app.add_middleware(StrictUtf8)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HideInternalErrors)
    if settings.api_keys:  # added before CORS, so CORS stays outermost and preflights pass
        app.add_middleware(RequireApiKey, keys=settings.api_keys)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )
    _install_error_handlers(app)
    strict = [Depends(reject_unknown_parameters)]
    app.include_router(router, dependencies=strict)
    app.include_router(indicators_router, dependencies=strict)
    app.include_router(exports_router, dependencies=strict)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # A route, not a mount: a mount answers /mcp with a redirect to /mcp/, which clients trip on.
    app.add_route("/mcp", mcp_app, include_in_schema=False)
    return app


def _served_searcher(app: FastAPI):
    """The MCP tools' index: the version the server holds at each call, as the routes use."""
    holder = app.state.index
    if holder.searcher is None:
        raise IndexMissingError(f"No index is loaded: {holder.load_error or 'the index is still loading'}")
    return holder.searcher


def factory() -> FastAPI:
    """Entry point for `uvicorn --factory` (several workers): settings come from REPORTSEARCH_*."""
    return create_app(Settings())


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ReportSearchError)
    async def report_search_error(request: Request, exc: ReportSearchError) -> JSONResponse:
        status = next((code for kind, code in _STATUS.items() if isinstance(exc, kind)), 400)
        return JSONResponse({"error": str(exc)}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _describe_validation(request, exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = str(exc.detail)
        if isinstance(exc.__cause__, UnicodeDecodeError):  # FastAPI's "error parsing the body"
            bad = exc.__cause__
            detail = (
                f"body: not UTF-8 (byte 0x{bad.object[bad.start]:02x} at {bad.start}; GBK or GB18030?); "
                "send the JSON encoded in UTF-8"
            )
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=exc.headers)


def _describe_validation(request: Request, exc: RequestValidationError) -> str:
    return describe(exc.errors(), _body_fields(request))


def _body_fields(request: Request) -> tuple[str, ...]:
    """The keys the matched route's JSON body takes (none for a route without a body model)."""
    body = getattr(request.scope.get("route"), "body_field", None)
    model = getattr(getattr(body, "field_info", None), "annotation", None)
    return tuple(getattr(model, "model_fields", {}))
