"""The HTTP API and the page: app factory, routes, schemas, middleware, static files."""

from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"
