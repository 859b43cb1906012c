"""Any sentence-transformers model a user has: a local directory or a hub name already cached."""

from __future__ import annotations

import atexit

import numpy as np

from models.base import QueryCache, normalize_rows
from models.errors import EncoderError

INSTALL_HINT = "pip install 'reportsearch[st]'"
QUERY_CACHE = 2048  # query vectors remembered


class SentenceTransformerEncoder:
    """Wraps `SentenceTransformer`; prefixes let asymmetric models (E5, BGE) see 'query: ' etc.

    `device` None lets sentence-transformers pick a GPU when one is present; several devices
    ("cuda:0,cuda:1") embed passages in one process per device (sentence-transformers' own
    multi-process pool), while queries stay on the first device.
    """

    def __init__(
        self,
        model: str,
        query_prefix: str = "",
        passage_prefix: str = "",
        device: str | None = None,
        batch_size: int = 32,
        allow_download: bool = False,
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EncoderError(f"The sentence-transformers backend is not installed: {INSTALL_HINT}") from e
        _quiet_transformers()
        self.devices = [d.strip() for d in device.split(",") if d.strip()] if device else []
        try:
            # Without local_files_only, a hub name on a machine with no hub access hangs on retries.
            self._model = SentenceTransformer(
                model, device=self.devices[0] if self.devices else None, local_files_only=not allow_download
            )
        except Exception as e:  # the library raises many types (OSError, ValueError, HTTP errors)
            raise EncoderError(
                f"Could not load sentence-transformers model {model!r}: {e}. "
                "Give a local model directory, or a hub name that is already in the local cache "
                "(this machine may have no access to a model hub)."
            ) from e
        self.name = f"st:{model}"
        get_dimension = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(get_dimension())
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.batch_size = batch_size
        self._pool = None
        self._queries = QueryCache(QUERY_CACHE)
        # What a build hands over per call: a pool is fed large chunks, or its processes idle.
        self.build_batch = 256 * len(self.devices) if len(self.devices) > 1 else 32

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._queries.vectors(
            texts, lambda new: self._encode([self.query_prefix + t for t in new]), self.dimension
        )

    def forget_queries(self) -> None:
        """Empty the query cache (benchmarks time embedding, not a dictionary lookup)."""
        self._queries.clear()

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts], pooled=len(self.devices) > 1)

    def _encode(self, texts: list[str], pooled: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if pooled and self._pool is None:
            self._pool = self._model.start_multi_process_pool(target_devices=self.devices)
            atexit.register(self.close)
        vectors = self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            pool=self._pool if pooled else None,
        )
        return normalize_rows(np.asarray(vectors))

    def close(self) -> None:
        """Stop the processes of a several-device pool (also done at exit)."""
        if self._pool is not None:
            self._model.stop_multi_process_pool(self._pool)
            self._pool = None


def _quiet_transformers() -> None:
    """Loading bars from transformers would interleave with our own output and errors."""
    try:
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover - sentence-transformers always brings transformers
        pass
