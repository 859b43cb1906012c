"""Dense retrieval: FAISS inner product over L2-normalised vectors (= cosine similarity).

Each passage is scored by a mix of its own similarity to the query and that of its best
piece: a question usually matches one sentence of a passage, or one clause of a long
sentence, and averaging the whole passage into one vector blurs it. Pieces are sentences
and, where an index has them, clauses (see sentences.clause_spans).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

PASSAGE_INDEX_FILE = "dense.faiss"
PASSAGE_VECTORS_FILE = "embeddings.npy"


@dataclass(frozen=True)
class PieceFiles:
    """Where one kind of passage piece lives: its exact index, its vectors, and its spans
    (int32 rows: passage row, start, end, offsets in the cleaned report)."""

    index: str
    vectors: str
    spans: str


SENTENCE_FILES = PieceFiles("dense_sentences.faiss", "sentence_embeddings.npy", "sentences.npy")
CLAUSE_FILES = PieceFiles("dense_clauses.faiss", "clause_embeddings.npy", "clauses.npy")
SENTENCE_INDEX_FILE = SENTENCE_FILES.index
SENTENCE_VECTORS_FILE = SENTENCE_FILES.vectors
SENTENCES_FILE = SENTENCE_FILES.spans
# "flat" is exact; the others trade a little recall for speed on large corpora. "auto" picks
# flat below EXACT_MAX_PASSAGES and IVF above (docs/scale.md has the measurements behind it).
INDEX_TYPES = {"flat": "Flat", "hnsw": "HNSW32", "ivf": "IVF{nlist},Flat"}
INDEX_CHOICES = ("auto", *INDEX_TYPES)
EXACT_MAX_PASSAGES = 100_000
DEFAULT_PROBES = 32  # IVF lists visited (nprobe) or HNSW efSearch


def resolve_index_type(requested: str, n_passages: int) -> str:
    if requested not in INDEX_CHOICES:
        raise ValueError(f"Unknown dense index type {requested!r}; choose one of {', '.join(INDEX_CHOICES)}")
    if requested != "auto":
        return requested
    return "flat" if n_passages < EXACT_MAX_PASSAGES else "ivf"


def _faiss():
    try:
        import faiss
    except ImportError as e:  # pragma: no cover - faiss-cpu is a hard dependency
        raise ImportError("Faiss is not available: pip install faiss-cpu") from e
    return faiss


def build_faiss(vectors: np.ndarray, index_type: str = "flat"):
    faiss = _faiss()
    n, dim = vectors.shape
    spec = INDEX_TYPES[resolve_index_type(index_type, n)].format(
        nlist=max(1, min(4096, int(np.sqrt(max(n, 1))) * 4))
    )
    index = faiss.index_factory(dim, spec, faiss.METRIC_INNER_PRODUCT)
    if not index.is_trained:
        # k-means on a sample: 64 points a list is plenty, and training on 1M vectors would not be.
        sample = vectors[np.random.default_rng(0).choice(n, size=min(n, 64 * 4096), replace=False)]
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
    for start in range(0, n, 100_000):
        index.add(np.ascontiguousarray(vectors[start : start + 100_000], dtype=np.float32))
    return index


def save_dense(
    directory: Path,
    passage_vectors: np.ndarray,
    pieces: dict[PieceFiles, tuple[np.ndarray, np.ndarray]],
    index_type: str,
    with_indexes: bool = True,
) -> None:
    """Write the passage index, and the vectors of each kind of piece (`pieces` maps
    SENTENCE_FILES / CLAUSE_FILES to (vectors, spans)) for best-piece scoring.

    Exact indexes also get an index per kind of piece, so a passage can be found through one
    sentence or clause. With an ANN index (large corpora) pieces only rescore the passage
    candidates, stored as float16: several times as many vectors as passages would otherwise
    dominate memory. Without indexes (another backend searches) only the vectors are kept:
    they are the embedding cache of the next build and what answers and comparisons read.
    """
    faiss = _faiss()
    index_type = resolve_index_type(index_type, len(passage_vectors))
    if with_indexes:
        faiss.write_index(build_faiss(passage_vectors, index_type), str(directory / PASSAGE_INDEX_FILE))
    np.save(directory / PASSAGE_VECTORS_FILE, passage_vectors)
    for files, (vectors, spans) in pieces.items():
        if index_type == "flat":
            if with_indexes:
                faiss.write_index(build_faiss(vectors, "flat"), str(directory / files.index))
            np.save(directory / files.vectors, vectors)
        else:
            np.save(directory / files.vectors, vectors.astype(np.float16))
        np.save(directory / files.spans, spans.astype(np.int32).reshape(-1, 3))


def _read_index(path: Path, mmap: bool):
    """The FAISS index at `path`, or None where the index has none (another backend searches)."""
    if not path.exists():
        return None
    faiss = _faiss()
    return faiss.read_index(str(path), faiss.IO_FLAG_MMAP if mmap else 0)


def _search(index, vector: np.ndarray, k: int, allowed: np.ndarray | None, probes: int = DEFAULT_PROBES):
    faiss = _faiss()
    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    selector = None if allowed is None else faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
    if isinstance(index, faiss.IndexIVF):
        params = faiss.SearchParametersIVF(sel=selector, nprobe=probes)
    elif isinstance(index, faiss.IndexHNSW):
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(probes, k))
    else:
        params = faiss.SearchParameters(sel=selector) if selector is not None else None
    scores, ids = index.search(vector.reshape(1, -1).astype(np.float32), k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]


@dataclass
class Pieces:
    """Sentences (or clauses) of the passages, in passage order: each passage owns one
    contiguous range of rows."""

    index: object | None  # only beside an exact passage index
    vectors: np.ndarray
    spans: np.ndarray  # (n, 3): passage row, start, end

    @classmethod
    def load(cls, directory: Path, files: PieceFiles, mmap: bool) -> Pieces:
        return cls(
            _read_index(directory / files.index, mmap),
            np.load(directory / files.vectors, mmap_mode="r" if mmap else None),
            np.load(directory / files.spans),
        )

    def ranges(self, n_passages: int) -> np.ndarray:
        """first[r]:first[r + 1] are the rows of passage r."""
        rows = self.spans[:, 0] if len(self.spans) else np.zeros(0, np.int32)
        return np.searchsorted(rows, np.arange(n_passages + 1))


@dataclass
class DenseIndex:
    passage_index: object | None  # None when another backend (Milvus) searches the vectors
    sentence_index: object | None  # only beside an exact passage index
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentences: np.ndarray  # (n_sentences, 3): passage row, start, end
    probes: int = DEFAULT_PROBES  # IVF nprobe / HNSW efSearch: recall against speed
    clauses: Pieces | None = None  # absent from indexes built without clause vectors

    @classmethod
    def load(cls, directory: Path, mmap: bool = False) -> DenseIndex:
        sentences = Pieces.load(directory, SENTENCE_FILES, mmap)
        has_clauses = (directory / CLAUSE_FILES.spans).exists()
        return cls(
            _read_index(directory / PASSAGE_INDEX_FILE, mmap),
            sentences.index,
            np.load(directory / PASSAGE_VECTORS_FILE, mmap_mode="r" if mmap else None),
            sentences.vectors,
            sentences.spans,
            clauses=Pieces.load(directory, CLAUSE_FILES, mmap) if has_clauses else None,
        )

    def __post_init__(self) -> None:
        n = len(self.passage_vectors)
        self._sentence_pieces = Pieces(self.sentence_index, self.sentence_vectors, self.sentences)
        self._first_sentence = self._sentence_pieces.ranges(n)
        self._pieces = [(self._sentence_pieces, self._first_sentence)]
        if self.clauses is not None and len(self.clauses.spans):
            self._pieces.append((self.clauses, self.clauses.ranges(n)))

    def sentence_rows_of(self, passage_rows: np.ndarray) -> np.ndarray:
        return _rows_of(self._first_sentence, passage_rows)

    def search(
        self, query_vector: np.ndarray, n: int, sentence_weight: float, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-n passage rows and scores: (1 - w) * cos(passage) + w * max cos(piece of passage)."""
        _, passage_rows = _search(self.passage_index, query_vector, n, allowed, self.probes)
        candidates = set(passage_rows.tolist())
        if sentence_weight > 0:
            for pieces, first in self._pieces:
                if pieces.index is None or not pieces.index.ntotal:
                    continue
                allowed_pieces = None if allowed is None else _rows_of(first, allowed)
                _, piece_ids = _search(pieces.index, query_vector, 3 * n, allowed_pieces)
                candidates.update(pieces.spans[piece_ids, 0].tolist())
        rows = np.array(sorted(candidates), dtype=np.int64)
        scores = self.score(query_vector, rows, sentence_weight)
        order = np.lexsort((rows, -scores))[:n]
        return rows[order], scores[order]

    def score(self, query_vector: np.ndarray, rows: np.ndarray, sentence_weight: float) -> np.ndarray:
        passage_scores = np.asarray(self.passage_vectors[rows]) @ query_vector
        if sentence_weight <= 0:
            return passage_scores
        best = passage_scores.copy()  # a passage too short to have pieces is its own piece
        for i, row in enumerate(rows.tolist()):
            found = [
                _best_cosine(pieces.vectors[first[row] : first[row + 1]], query_vector)
                for pieces, first in self._pieces
                if first[row + 1] > first[row]
            ]
            if found:
                best[i] = max(found)
        return (1 - sentence_weight) * passage_scores + sentence_weight * best


def _best_cosine(vectors: np.ndarray, query_vector: np.ndarray) -> float:
    return float(np.max(np.asarray(vectors, dtype=np.float32) @ query_vector))


def _rows_of(first: np.ndarray, passage_rows: np.ndarray) -> np.ndarray:
    return np.concatenate(
        [np.arange(first[r], first[r + 1]) for r in passage_rows] or [np.zeros(0, np.int64)]
    )
