"""Dense retrieval on the local backend: FAISS inner product over L2-normalised vectors (= cosine).

Each passage is scored by a mix of its own similarity to the query and that of its best
piece: a question usually matches one sentence of a passage, or one clause of a long
sentence, and averaging the whole passage into one vector blurs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexer.backends.base import ANN_PROBES
from indexer.index.options import dense_index_type
from indexer.index.vectors import (
    CLAUSE_FILES,
    SENTENCE_FILES,
    Pieces,
    has_clauses,
    load_passage_vectors,
    piece_rows,
)

PASSAGE_INDEX_FILE = "dense.faiss"
FAISS_SPECS = {"flat": "Flat", "hnsw": "HNSW32", "ivf": "IVF{nlist},Flat"}
DEFAULT_PROBES = ANN_PROBES  # IVF lists visited (nprobe) or HNSW efSearch
ADD_BATCH = 100_000


def _faiss():
    try:
        import faiss
    except ImportError as e:  # pragma: no cover - faiss-cpu is a hard dependency
        raise ImportError("Faiss is not available: pip install faiss-cpu") from e
    return faiss


def build_faiss(vectors: np.ndarray, index_type: str = "flat"):
    faiss = _faiss()
    n, dim = vectors.shape
    nlist = ivf_lists(n)
    spec = FAISS_SPECS[dense_index_type(index_type, n)].format(nlist=nlist)
    index = faiss.index_factory(dim, spec, faiss.METRIC_INNER_PRODUCT)
    if not index.is_trained:
        # k-means on a sample: 64 points a list is plenty, and training on 1M vectors would not be.
        sample = vectors[np.random.default_rng(0).choice(n, size=min(n, 64 * nlist), replace=False)]
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
    for start in range(0, n, ADD_BATCH):
        index.add(np.ascontiguousarray(vectors[start : start + ADD_BATCH], dtype=np.float32))
    return index


def ivf_lists(n: int) -> int:
    """IVF lists for n vectors: about 2·sqrt(n). At a million synthetic passages (200 queries,
    10 probes), sqrt(n) lists searched in 5.3 ms at recall@10 0.945, 2·sqrt(n) in 3.9 ms at
    0.958 for 9 s more build, 3·sqrt(n) in 3.0 ms for 21 s more; the textbook 4·sqrt(n) made
    k-means training on all vectors take 150 s on 2 cores (docs/scale.md)."""
    return max(1, min(4096, int(2 * np.sqrt(max(n, 1)))))


# Lists are visited until about this many vectors are scanned on average, however few probes
# were asked for. At 100k synthetic passages (652 lists of ~160) 10 probes gave ANN recall@10
# 0.917 and 25 gave 0.99 in 1.5 ms; at 1M (2,065 lists of ~520) the floor is 8 and the 10
# probes asked for stand (recall 0.97, 3.9 ms).
MIN_SCANNED_VECTORS = 4000


def ivf_probes(lists: int, vectors: int, probes: int) -> int:
    """IVF lists to visit: `probes`, or enough to scan MIN_SCANNED_VECTORS, at most all."""
    floor = -(-MIN_SCANNED_VECTORS * lists // max(vectors, 1))
    return max(1, min(lists, max(probes, floor)))


def write_faiss_indexes(directory: Path, passage_vectors: np.ndarray, pieces: dict, index_type: str) -> None:
    """The passage index; exact indexes also get one per kind of piece, so a passage can be
    found through one sentence or clause (with an ANN index pieces only rescore)."""
    faiss = _faiss()
    index_type = dense_index_type(index_type, len(passage_vectors))
    faiss.write_index(build_faiss(passage_vectors, index_type), str(directory / PASSAGE_INDEX_FILE))
    if index_type == "flat":
        for files, (vectors, _) in pieces.items():
            faiss.write_index(build_faiss(vectors, "flat"), str(directory / files.index))


def read_faiss(path: Path, mmap: bool):
    """The FAISS index at `path`, or None where the version has none."""
    if not path.exists():
        return None
    faiss = _faiss()
    return faiss.read_index(str(path), _mmap_flag(faiss) if mmap else 0)


def _mmap_flag(faiss) -> int:
    # IO_FLAG_MMAP maps IVF lists through on-disk inverted lists, which a million-passage index
    # searched at 11 ms a query against 6.4 ms with the zero-copy mapping (IO_FLAG_MMAP_IFC,
    # faiss >= 1.9) and 5.8 ms read into memory (which takes 1.4-4.6 s to open).
    return getattr(faiss, "IO_FLAG_MMAP_IFC", faiss.IO_FLAG_MMAP)


def faiss_search(index, vector: np.ndarray, k: int, allowed: np.ndarray | None, probes: int = DEFAULT_PROBES):
    faiss = _faiss()
    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    selector = None if allowed is None else faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
    if isinstance(index, faiss.IndexIVF):
        params = faiss.SearchParametersIVF(sel=selector, nprobe=ivf_probes(index.nlist, index.ntotal, probes))
    elif isinstance(index, faiss.IndexHNSW):
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(probes, k))
    else:
        params = faiss.SearchParameters(sel=selector) if selector is not None else None
    scores, ids = index.search(vector.reshape(1, -1).astype(np.float32), k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]


@dataclass
class DenseIndex:
    """The passage index, the vectors of passages and pieces, and the piece indexes (exact only)."""

    passage_index: object
    passage_vectors: np.ndarray
    sentences: Pieces
    clauses: Pieces | None = None
    sentence_index: object | None = None
    clause_index: object | None = None
    probes: int = DEFAULT_PROBES

    @classmethod
    def load(cls, directory: Path, mmap: bool = False) -> DenseIndex:
        clauses = has_clauses(directory)
        return cls(
            read_faiss(directory / PASSAGE_INDEX_FILE, mmap),
            load_passage_vectors(directory, mmap),
            Pieces.load(directory, SENTENCE_FILES, mmap),
            Pieces.load(directory, CLAUSE_FILES, mmap) if clauses else None,
            read_faiss(directory / SENTENCE_FILES.index, mmap),
            read_faiss(directory / CLAUSE_FILES.index, mmap) if clauses else None,
        )

    def __post_init__(self) -> None:
        n = len(self.passage_vectors)
        self.first_sentence = self.sentences.ranges(n)
        self._pieces = [(self.sentences, self.first_sentence, self.sentence_index)]
        if self.clauses is not None and len(self.clauses.spans):
            self._pieces.append((self.clauses, self.clauses.ranges(n), self.clause_index))

    def search(
        self, query_vector: np.ndarray, n: int, sentence_weight: float, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-n passage rows and scores: (1 - w) * cos(passage) + w * max cos(piece of passage)."""
        _, passage_rows = faiss_search(self.passage_index, query_vector, n, allowed, self.probes)
        candidates = set(passage_rows.tolist())
        if sentence_weight > 0:
            for pieces, first, index in self._pieces:
                if index is None or not index.ntotal:
                    continue
                allowed_pieces = None if allowed is None else piece_rows(first, allowed)
                _, piece_ids = faiss_search(index, query_vector, 3 * n, allowed_pieces)
                candidates.update(pieces.spans[piece_ids, 0].tolist())
        rows = np.array(sorted(candidates), dtype=np.int64)
        scores = self.score(query_vector, rows, sentence_weight)
        order = np.lexsort((rows, -scores))[:n]
        return rows[order], scores[order]

    def score(self, query_vector: np.ndarray, rows: np.ndarray, sentence_weight: float) -> np.ndarray:
        passage_scores = np.asarray(self.passage_vectors[rows]) @ query_vector
        if sentence_weight <= 0:
            return passage_scores
        # One matrix product per kind of piece for all candidates, not one per passage: in
        # Python the loop took a quarter of a search's time.
        best = np.full(len(rows), -np.inf, dtype=np.float32)
        for pieces, first, _ in self._pieces:
            starts, counts = first[rows], first[rows + 1] - first[rows]
            has = counts > 0
            if not has.any():
                continue
            counts = counts[has]
            offsets = np.cumsum(counts) - counts  # where each passage's pieces begin in `ids`
            ids = np.repeat(starts[has] - offsets, counts) + np.arange(int(counts.sum()))
            similarities = np.asarray(pieces.vectors[ids], dtype=np.float32) @ query_vector
            best[has] = np.maximum(best[has], np.maximum.reduceat(similarities, offsets))
        # A passage too short to have pieces is its own piece.
        best = np.where(np.isfinite(best), best, passage_scores)
        return (1 - sentence_weight) * passage_scores + sentence_weight * best

    def sentences_of(self, passage_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = piece_rows(self.first_sentence, passage_rows)
        return self.sentences.spans[rows], np.asarray(self.sentences.vectors[rows], dtype=np.float32)
