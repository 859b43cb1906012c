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
# "flat" is exact; the others trade a little recall for speed on large corpora.
INDEX_TYPES = {"flat": "Flat", "hnsw": "HNSW32", "ivf": "IVF{nlist},Flat"}


def _faiss():
    try:
        import faiss
    except ImportError as e:  # pragma: no cover - faiss-cpu is a hard dependency
        raise ImportError("Faiss is not available: pip install faiss-cpu") from e
    return faiss


def build_faiss(vectors: np.ndarray, index_type: str = "flat"):
    faiss = _faiss()
    if index_type not in INDEX_TYPES:
        raise ValueError(f"Unknown dense index type {index_type!r}; choose one of {', '.join(INDEX_TYPES)}")
    n, dim = vectors.shape
    spec = INDEX_TYPES[index_type].format(nlist=max(1, min(4096, int(np.sqrt(max(n, 1))) * 4)))
    index = faiss.index_factory(dim, spec, faiss.METRIC_INNER_PRODUCT)
    if not index.is_trained:
        index.train(vectors)
    index.add(vectors)
    return index


def save_dense(
    directory: Path,
    passage_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    sentences: np.ndarray,
    index_type: str,
) -> None:
    faiss = _faiss()
    faiss.write_index(build_faiss(passage_vectors, index_type), str(directory / PASSAGE_INDEX_FILE))
    faiss.write_index(build_faiss(sentence_vectors, index_type), str(directory / SENTENCE_INDEX_FILE))
    np.save(directory / PASSAGE_VECTORS_FILE, passage_vectors)
    np.save(directory / SENTENCE_VECTORS_FILE, sentence_vectors)
    np.save(directory / SENTENCES_FILE, sentences.astype(np.int32).reshape(-1, 3))


def _search(index, vector: np.ndarray, k: int, allowed: np.ndarray | None):
    faiss = _faiss()
    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64)))
    scores, ids = index.search(vector.reshape(1, -1).astype(np.float32), k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]


@dataclass
class DenseIndex:
    passage_index: object
    sentence_index: object
    passage_vectors: np.ndarray
    sentence_vectors: np.ndarray
    sentences: np.ndarray  # (n_sentences, 3): passage row, start, end

    @classmethod
    def load(cls, directory: Path, mmap: bool = False) -> DenseIndex:
        faiss = _faiss()
        flags = faiss.IO_FLAG_MMAP if mmap else 0
        mode = "r" if mmap else None
        return cls(
            faiss.read_index(str(directory / PASSAGE_INDEX_FILE), flags),
            faiss.read_index(str(directory / SENTENCE_INDEX_FILE), flags),
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
        _, passage_rows = _search(self.passage_index, query_vector, n, allowed)
        candidates = set(passage_rows.tolist())
        if sentence_weight > 0 and self.sentence_index.ntotal:
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
                best[i] = float(np.max(np.asarray(self.sentence_vectors[lo:hi]) @ query_vector))
        return (1 - sentence_weight) * passage_scores + sentence_weight * best
