"""The default backend: FAISS for vectors and bm25s for words and character bigrams, all
files in the index's version directory, searched in this process."""

from __future__ import annotations

from pathlib import Path

from indexer.backends.base import BackendSpec, OpenedVersion
from indexer.errors import IndexMismatchError


def make_writer(spec: BackendSpec, index_dir: Path):
    from indexer.backends.local.writer import LocalWriter

    return LocalWriter()


def open_reader(version: OpenedVersion, uri: str | None):
    if uri is not None:
        raise IndexMismatchError("--uri applies to the milvus backend; this index is local.")
    from indexer.backends.local.reader import LocalBackend

    return LocalBackend.open(version)
