"""The Milvus backend: vectors and BM25 postings in Milvus collections (milvus-lite for a
.db path, a server or cluster for http://host:19530); the index directory keeps the rest."""

from __future__ import annotations

from pathlib import Path

from indexer.backends.base import BackendSpec, OpenedVersion
from indexer.errors import ReportSearchError


def make_writer(spec: BackendSpec, index_dir: Path):
    if not spec.uri:
        raise ReportSearchError("The milvus backend needs --uri: a path ending in .db, or http://host:19530")
    if "://" not in spec.uri and not spec.uri.endswith(".db"):
        raise ReportSearchError(
            f"A local Milvus URI is a file path ending in .db (milvus-lite), got {spec.uri!r}; "
            "a server is http://host:19530."
        )
    from indexer.backends.milvus.writer import MilvusWriter

    return MilvusWriter(spec, index_dir)


def open_reader(version: OpenedVersion, uri: str | None):
    from indexer.backends.milvus.reader import MilvusBackend

    return MilvusBackend.open(version, uri)
