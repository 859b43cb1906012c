"""Dense retrieval: FAISS inner product over L2-normalised vectors (= cosine similarity).

Each passage is scored by a mix of its own similarity to the query and that of its best
sentence: a question usually matches one sentence of a passage, and averaging the whole
passage into one vector blurs that sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

PASSAGE_INDEX_FILE = "dense.faiss"
SENTENCE_INDEX_FILE = "dense_sentences.faiss"
PASSAGE_VECTORS_FILE = "embeddings.npy"
SENTENCE_VECTORS_FILE = "sentence_embeddings.npy"
SENTENCES_FILE = "sentences.npy"  # int32 rows: passage row, start, end (offsets in the cleaned report)
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
    sentence_vectors: np.ndarray,
    sentences: np.ndarray,
    index_type: str,
    with_indexes: bool = True,
) -> None:
    """Write the passage index, and sentence vectors for best-sentence scoring.

    Exact indexes also get a sentence index, so a passage can be found through one sentence.
    With an ANN index (large corpora) sentences only rescore the passage candidates, stored
    as float16: three times as many vectors as passages would otherwise dominate memory.
    Without indexes (another backend searches) only the vectors are kept: they are the
    embedding cache of the next build and what answers and comparisons read.
    """
    faiss = _faiss()
    index_type = resolve_index_type(index_type, len(passage_vectors))
    if with_indexes:
        faiss.write_index(build_faiss(passage_vectors, index_type), str(directory / PASSAGE_INDEX_FILE))
    np.save(directory / PASSAGE_VECTORS_FILE, passage_vectors)
    if index_type == "flat":
        if with_indexes:
            faiss.write_index(build_faiss(sentence_vectors, "flat"), str(directory / SENTENCE_INDEX_FILE))
        np.save(directory / SENTENCE_VECTORS_FILE, sentence_vectors)
    else:
        np.save(directory / SENTENCE_VECTORS_FILE, sentence_vectors.astype(np.float16))
    np.save(directory / SENTENCES_FILE, sentences.astype(np.int32).reshape(-1, 3))


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
class DenseIndex:
    passage_index: object | None  # None when another backend (Milvus) searches the vectors
    sentence_index: object | None  # only beside an exact passage index
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentences: np.ndarray  # (n_sentences, 3): passage row, start, end
    probes: int = DEFAULT_PROBES  # IVF nprobe / HNSW efSearch: recall against speed

    @classmethod
    def load(cls, directory: Path, mmap: bool = False) -> DenseIndex:
        faiss = _faiss()
        flags = faiss.IO_FLAG_MMAP if mmap else 0
        mode = "r" if mmap else None
        sentence_file = directory / SENTENCE_INDEX_FILE
        passage_file = directory / PASSAGE_INDEX_FILE
        return cls(
            faiss.read_index(str(passage_file), flags) if passage_file.exists() else None,
            faiss.read_index(str(sentence_file), flags) if sentence_file.exists() else None,
            np.load(directory / PASSAGE_VECTORS_FILE, mmap_mode=mode),
            np.load(directory / SENTENCE_VECTORS_FILE, mmap_mode=mode),
            np.load(directory / SENTENCES_FILE),
        )

    def __post_init__(self) -> None:
        rows = self.sentences[:, 0] if len(self.sentences) else np.zeros(0, np.int32)
        n = len(self.passage_vectors)
        # Sentences are stored in passage order, so each passage owns one contiguous range.
        self._first_sentence = np.searchsorted(rows, np.arange(n + 1))

    def sentence_rows_of(self, passage_rows: np.ndarray) -> np.ndarray:
        return np.concatenate(
            [np.arange(self._first_sentence[r], self._first_sentence[r + 1]) for r in passage_rows]
            or [np.zeros(0, np.int64)]
        )

    def search(
        self, query_vector: np.ndarray, n: int, sentence_weight: float, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-n passage rows and scores: (1 - w) * cos(passage) + w * max cos(sentence of passage)."""
        _, passage_rows = _search(self.passage_index, query_vector, n, allowed, self.probes)
        candidates = set(passage_rows.tolist())
        if sentence_weight > 0 and self.sentence_index is not None and self.sentence_index.ntotal:
            allowed_sentences = None if allowed is None else self.sentence_rows_of(allowed)
            _, sentence_ids = _search(self.sentence_index, query_vector, 3 * n, allowed_sentences)
            candidates.update(self.sentences[sentence_ids, 0].tolist())
        rows = np.array(sorted(candidates), dtype=np.int64)
        scores = self.score(query_vector, rows, sentence_weight)
        order = np.lexsort((rows, -scores))[:n]
        return rows[order], scores[order]

    def score(self, query_vector: np.ndarray, rows: np.ndarray, sentence_weight: float) -> np.ndarray:
        passage_scores = np.asarray(self.passage_vectors[rows]) @ query_vector
        if sentence_weight <= 0:
            return passage_scores
        best = passage_scores.copy()  # a passage too short to have sentences is its own sentence
        for i, row in enumerate(rows.tolist()):
            lo, hi = self._first_sentence[row], self._first_sentence[row + 1]
            if hi > lo:
                sentence_vectors = np.asarray(self.sentence_vectors[lo:hi], dtype=np.float32)
                best[i] = float(np.max(sentence_vectors @ query_vector))
        return (1 - sentence_weight) * passage_scores + sentence_weight * best
