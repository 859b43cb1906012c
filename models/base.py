"""What every encoder backend must provide."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors.

    Queries and passages are encoded separately because asymmetric models (E5, BGE)
    expect different prefixes for the two sides.
    """

    name: str
    dimension: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Return float32 rows of unit length, so inner product is cosine similarity."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


class QueryCache:
    """The vectors of recent query texts, each remembered on its own whatever batch it came in:
    `ask` and paging repeat a query, its rewordings and its terms (a several-district answer
    searches once per district), and embedding them is most of a search's cost."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()  # a server embeds from several threads

    def vectors(
        self, texts: list[str], embed: Callable[[list[str]], np.ndarray], dimension: int
    ) -> np.ndarray:
        """Rows for `texts` (copies: a caller may write into them); only unseen texts are embedded,
        in one call."""
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in known:
                self._vectors.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            # Own copies: a row of the batch would keep the whole batch alive in the cache.
            fresh = {text: row.copy() for text, row in zip(missing, embed(missing), strict=True)}
            known.update(fresh)
            with self._lock:
                self._vectors.update(fresh)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, dimension), dtype=np.float32)
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=True)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()
