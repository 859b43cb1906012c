"""Where an index's vectors and lexical postings live, behind one protocol for both directions.

The index directory always holds the manifest, the passage table, the cleaned reports and
the spans of sentences and clauses (what citations point into). The retrieval structures
live in a backend:
- "local" (default): FAISS and bm25s files beside the manifest, searched in this process;
- "milvus": one Milvus collection (embedded milvus-lite for a file path, a Milvus server or
  cluster for http://host:19530), searched by the engine, lexical BM25 included.

A build hands a backend's writer the version's contents; a searcher opens its reader. A
reader returns candidate passage rows with scores, and the vectors answers and comparisons
need; fusion, query understanding and diversity stay in retrieval, so every backend ranks
with the same logic. A new backend is a folder with `open_reader` and `make_writer`, plus one
line in backends.factory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from indexer.filters import Filters
from indexer.index.options import IndexOptions
from indexer.index.passage_store import PassageStore
from indexer.ingest.report import ParsedReport
from indexer.records import Passage

DEFAULT_COLLECTION = "reportsearch"
# IVF lists visited (nprobe) or HNSW ef on large indexes: recall against speed. With about
# 2·sqrt(n) lists (backends.local.dense.ivf_lists), at a million synthetic passages (200
# queries): 8 of 2,064 lists gave ANN recall@10 0.946, 10 gave 0.958, 14 gave 0.966 at 1.4
# times the cost (docs/scale.md). Smaller IVF indexes visit more lists than this, enough to
# scan ~4,000 vectors (backends.local.dense.ivf_probes).
ANN_PROBES = 10

Ranked = tuple[np.ndarray, np.ndarray]  # passage rows, scores; best first
ProgressCallback = Callable[[str, int, int], None]


def empty_ranked() -> Ranked:
    return np.zeros(0, np.int64), np.zeros(0, np.float32)


@dataclass(frozen=True)
class BackendSpec:
    """Where a build puts the retrieval data: `uri` and `collection` apply to milvus."""

    name: str = "local"
    uri: str | None = None
    collection: str = DEFAULT_COLLECTION


@dataclass(frozen=True)
class VersionContents:
    """What a build hands a backend's writer: one index version, embedded."""

    index_dir: Path
    model: str
    dimension: int
    options: IndexOptions
    reports: list[ParsedReport]
    passages: list[Passage]
    passage_vectors: np.ndarray
    sentences: np.ndarray  # (n, 3) spans: passage row, start, end
    clauses: np.ndarray  # (m, 3); empty without clause vectors
    piece_vectors: np.ndarray  # sentences' rows, then clauses'

    def lexical_texts(self) -> list[str]:
        """What BM25 indexes: headings above a passage and its text (when context_lexical)."""
        return [contextual_text(p, self.options.context_lexical) for p in self.passages]


@dataclass(frozen=True)
class OpenedVersion:
    """What a backend's reader is given of the index version it serves."""

    index_dir: Path
    version_dir: Path
    manifest: dict
    passages: PassageStore
    options: IndexOptions
    mmap: bool = False
    ann_probes: int = ANN_PROBES

    @property
    def record(self) -> dict:
        return backend_record(self.manifest)


class BackendWriter(Protocol):
    name: str

    def check(self) -> None:
        """Fail before the slow part of a build (e.g. Milvus cannot be reached)."""
        ...

    def write(self, contents: VersionContents, version_dir: Path, progress: ProgressCallback) -> dict:
        """Write the retrieval structures; return the manifest's backend record."""
        ...

    def published(self, record: dict) -> None:
        """The version with this record now serves: drop what no kept version uses."""
        ...


class BackendReader(Protocol):
    name: str

    def dense_candidates(
        self, vector: np.ndarray, n: int, sentence_weight: float, filters: Filters
    ) -> Ranked:
        """Top-n rows by (1 - w)·cos(passage) + w·max cos(piece of the passage)."""
        ...

    def lexical_candidates(
        self, tokens: list[str], bigrams: list[str], bigram_weight: float, n: int, filters: Filters
    ) -> Ranked:
        """Top-n rows by bm25(words)/max + w·bm25(character bigrams)/max."""
        ...

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        """The embeddings of these passage rows (float32, in the given order)."""
        ...

    def sentences_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Spans (passage row, start, end) and embeddings of the sentences of these passages."""
        ...


def backend_record(manifest: dict) -> dict:
    """The manifest's backend record; indexes from before backends existed are local."""
    return manifest.get("backend") or {"name": "local"}


def contextual_text(passage: Passage, with_context: bool) -> str:
    if not with_context or not passage.section_path:
        return passage.text
    return "；".join(passage.section_path) + "\n" + passage.text
