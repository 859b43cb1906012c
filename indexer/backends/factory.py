"""The one place that knows which backends exist: a backend is a package with
`make_writer(spec, index_dir)` and `open_reader(version, uri)`."""

from __future__ import annotations

import importlib
from pathlib import Path

from indexer.backends.base import BackendReader, BackendSpec, BackendWriter, OpenedVersion
from indexer.errors import IndexMismatchError, ReportSearchError

BACKENDS = {
    "local": "indexer.backends.local",
    "milvus": "indexer.backends.milvus",
}


def _package(name: str):
    if name not in BACKENDS:
        raise ReportSearchError(f"Unknown backend {name!r}; choose one of {', '.join(BACKENDS)}.")
    return importlib.import_module(BACKENDS[name])


def make_writer(spec: BackendSpec, index_dir: Path) -> BackendWriter:
    """The writer a build uses; refuses a spec the backend cannot take (e.g. milvus without a URI)."""
    return _package(spec.name).make_writer(spec, index_dir)


def open_reader(version: OpenedVersion, expected: str | None = None, uri: str | None = None) -> BackendReader:
    """The reader of the backend the manifest names. `expected`, when given, must be that
    backend; `uri` points a Milvus-backed index at another address of the same data."""
    name = version.record["name"]
    if expected is not None and expected != name:
        raise IndexMismatchError(
            f"This index keeps its data in the {name!r} backend, not {expected!r}. "
            f"Search it with --backend {name}, or rebuild it: reportsearch index --backend {expected}"
        )
    return _package(name).open_reader(version, uri)
