"""Searching the local backend's files: FAISS for vectors, bm25s for words and character bigrams."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from indexer.backends.base import OpenedVersion, Ranked, empty_ranked
from indexer.backends.local.dense import DenseIndex
from indexer.backends.local.lexical import BIGRAM_BM25_DIR, bm25_scores, load_bm25
from indexer.backends.local.shortlist import TokenPostings, shortlist_scores
from indexer.filters import Filters
from indexer.fusion import scale_by_max
from indexer.index.options import LARGE_INDEX_PASSAGES
from indexer.index.passage_store import PassageStore

MASK_CACHE = 64  # filter combinations remembered (a mask is one byte per passage)


class LocalBackend:
    name = "local"

    def __init__(
        self,
        version_dir: Path,
        passages: PassageStore,
        dense: DenseIndex,
        char_bigrams: bool,
        mmap: bool = False,
    ) -> None:
        self.passages = passages
        self.dense = dense
        self._masks: dict[Filters, np.ndarray | None] = {}
        self._masks_lock = threading.Lock()
        self.bm25 = load_bm25(version_dir, mmap=mmap)
        # Indexes built before the bigram view existed simply search without it.
        has_bigrams = char_bigrams and (version_dir / BIGRAM_BM25_DIR).is_dir()
        self.bigram_bm25 = load_bm25(version_dir, mmap=mmap, name=BIGRAM_BM25_DIR) if has_bigrams else None
        # Large indexes score common query tokens on a shortlist only (see shortlist.py).
        self._postings = None
        if len(passages) >= LARGE_INDEX_PASSAGES:
            bigram_postings = TokenPostings(self.bigram_bm25) if self.bigram_bm25 is not None else None
            self._postings = (TokenPostings(self.bm25), bigram_postings)

    @classmethod
    def open(cls, version: OpenedVersion) -> LocalBackend:
        dense = DenseIndex.load(version.version_dir, mmap=version.mmap)
        dense.probes = version.ann_probes
        return cls(version.version_dir, version.passages, dense, version.options.char_bigrams, version.mmap)

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        return np.asarray(self.dense.passage_vectors[np.asarray(rows, dtype=np.int64)], dtype=np.float32)

    def sentences_of(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return self.dense.sentences_of(np.asarray(rows, dtype=np.int64))

    def dense_candidates(
        self, vector: np.ndarray, n: int, sentence_weight: float, filters: Filters
    ) -> Ranked:
        allowed = self.allowed_rows(filters)
        if allowed is not None and len(allowed) == 0:
            return empty_ranked()
        return self.dense.search(vector, n, sentence_weight, allowed)

    def lexical_candidates(
        self, tokens: list[str], bigrams: list[str], bigram_weight: float, n: int, filters: Filters
    ) -> Ranked:
        inside = self._mask(filters)
        allowed = None if inside is None else np.flatnonzero(inside)
        if allowed is not None and len(allowed) == 0:
            return empty_ranked()

        def view(scores: np.ndarray) -> np.ndarray:
            # Scaled by the best passage the filters allow, as an engine filtering first would.
            return scale_by_max(scores if inside is None else np.where(inside, scores, 0))

        if self._postings is not None:
            rows, scores = shortlist_scores(*self._postings, tokens, bigrams, bigram_weight, inside, n)
            top = np.lexsort((rows, -scores))[:n]
            return rows[top], scores[top]
        scores = bm25_scores(self.bm25, tokens)
        if self.bigram_bm25 is not None and bigram_weight > 0:
            scores = view(scores) + bigram_weight * view(bm25_scores(self.bigram_bm25, bigrams))
        if inside is not None:
            scores = np.where(inside, scores, -np.inf)
        n = min(n, len(scores) if allowed is None else len(allowed))
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        top = top[np.lexsort((top, -scores[top]))]
        top = top[np.isfinite(scores[top])]
        return top.astype(np.int64), scores[top]

    def allowed_rows(self, filters: Filters) -> np.ndarray | None:
        """Rows passing canonical filters (see Searcher.resolve_filters), or None for all."""
        mask = self._mask(filters)
        return None if mask is None else np.flatnonzero(mask)

    def _mask(self, filters: Filters) -> np.ndarray | None:
        # A hybrid query asks twice (dense, then lexical) with the same filters.
        with self._masks_lock:  # server threads share the backend
            if filters not in self._masks:
                if len(self._masks) >= MASK_CACHE:
                    self._masks.pop(next(iter(self._masks)))
                self._masks[filters] = self._build_mask(filters)
            return self._masks[filters]

    def _build_mask(self, filters: Filters) -> np.ndarray | None:
        if filters.is_empty():
            return None
        mask = np.ones(len(self.passages), dtype=bool)
        for field in ("district", "province", "section_type"):
            value = getattr(filters, field)
            if value is not None:
                mask &= self._coded(field, value)
        if filters.year is not None:
            mask &= self.passages.codes("year") == filters.year
        if filters.report is not None:
            mask &= self._coded("report_id", filters.report)
        if filters.exclude_report is not None:
            mask &= ~self._coded("report_id", filters.exclude_report)
        if filters.exclude_passage is not None:
            row = self.passages.row_of(filters.exclude_passage)
            if row is not None:
                mask[row] = False
        mask.flags.writeable = False  # shared by every query with these filters
        return mask

    def _coded(self, field: str, value: str) -> np.ndarray:
        return self.passages.codes(field) == self.passages.code(field, value)
