"""Where an index's vectors and lexical postings live, behind one interface.

The index directory always holds the manifest, the passage table and the cleaned reports
(what citations point into). The retrieval structures live in a backend:
- "local" (default): FAISS and bm25s files beside the manifest, searched in this process;
- "milvus": one Milvus collection (embedded milvus-lite for a file path, a Milvus server or
  cluster for http://host:19530), searched by the engine, lexical BM25 included.

A backend returns candidate passage rows with scores; fusion, query understanding and
diversity stay in Searcher, so both backends rank with the same logic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np

from indexer.errors import IndexMismatchError
from indexer.filters import Filters

if TYPE_CHECKING:
    from indexer.search import Searcher

BACKENDS = ("local", "milvus")
DEFAULT_COLLECTION = "reportsearch"


@dataclass(frozen=True)
class BackendSpec:
    """Where a build puts the retrieval data: `uri` and `collection` apply to milvus."""

    name: str = "local"
    uri: str | None = None
    collection: str = DEFAULT_COLLECTION

    def __post_init__(self) -> None:
        if self.name not in BACKENDS:
            raise ValueError(f"Unknown backend {self.name!r}; choose one of {', '.join(BACKENDS)}")
        if self.name == "milvus" and not self.uri:
            raise ValueError("The milvus backend needs --uri: a path ending in .db, or http://host:19530")
        if self.name == "milvus" and "://" not in self.uri and not self.uri.endswith(".db"):
            raise ValueError(
                f"A local Milvus URI is a file path ending in .db (milvus-lite), got {self.uri!r}; "
                "a server is http://host:19530."
            )


Ranked = tuple[np.ndarray, np.ndarray]  # passage rows, scores; best first


def empty_ranked() -> Ranked:
    return np.zeros(0, np.int64), np.zeros(0, np.float32)


class RetrievalBackend(Protocol):
    name: str

    def dense_candidates(
        self, vector: np.ndarray, n: int, sentence_weight: float, filters: Filters
    ) -> Ranked:
        """Top-n rows by (1 - w)·cos(passage) + w·max cos(sentence of the passage)."""
        ...

    def lexical_candidates(
        self, tokens: list[str], bigrams: list[str], bigram_weight: float, n: int, filters: Filters
    ) -> Ranked:
        """Top-n rows by bm25(words)/max + w·bm25(character bigrams)/max."""
        ...


def backend_of(manifest: dict) -> dict:
    """The manifest's backend record; indexes from before backends existed are local."""
    return manifest.get("backend") or {"name": "local"}


def open_backend(searcher: Searcher, expected: str | None, uri: str | None, mmap: bool) -> RetrievalBackend:
    record = backend_of(searcher.manifest)
    name = record["name"]
    if expected is not None and expected != name:
        raise IndexMismatchError(
            f"The index at {searcher.index_dir} keeps its data in the {name!r} backend, not {expected!r}. "
            f"Search it with --backend {name}, or rebuild it: reportsearch index --backend {expected}"
        )
    if name == "milvus":
        from indexer.milvus_backend import MilvusBackend

        return MilvusBackend.open(searcher, record, uri)
    if uri is not None:
        raise IndexMismatchError(
            f"--uri applies to the milvus backend; the index at {searcher.index_dir} is local."
        )
    from indexer.local_backend import LocalBackend

    return LocalBackend(
        searcher.version_dir, searcher.passages, searcher.dense, searcher.options.char_bigrams, mmap=mmap
    )
