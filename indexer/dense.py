"""Dense retrieval: FAISS inner product over L2-normalised vectors (= cosine similarity)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

FAISS_FILE = "dense.faiss"
# "flat" is exact; the others trade a little recall for speed on large corpora.
INDEX_TYPES = {"flat": "Flat", "hnsw": "HNSW32", "ivf": "IVF{nlist},Flat"}


def _faiss():
    try:
        import faiss
    except ImportError as e:  # pragma: no cover - faiss-cpu is a hard dependency
        raise ImportError("Faiss is not available: pip install faiss-cpu") from e
    return faiss


def build_dense_index(vectors: np.ndarray, index_type: str = "flat"):
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


def save_dense_index(index, directory: Path) -> None:
    _faiss().write_index(index, str(directory / FAISS_FILE))


def load_dense_index(directory: Path, mmap: bool = False):
    faiss = _faiss()
    flags = faiss.IO_FLAG_MMAP if mmap else 0
    return faiss.read_index(str(directory / FAISS_FILE), flags)


def dense_search(index, query_vector: np.ndarray, k: int, allowed: np.ndarray | None = None):
    """Top-k (scores, row ids) for one query; `allowed` (row ids) restricts the search."""
    faiss = _faiss()
    k = min(k, index.ntotal if allowed is None else len(allowed))
    if k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    params = None
    if allowed is not None:
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64)))
    scores, ids = index.search(query_vector.reshape(1, -1).astype(np.float32), k, params=params)
    keep = ids[0] >= 0
    return scores[0][keep], ids[0][keep]
