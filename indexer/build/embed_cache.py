"""Embedding with reuse: vectors are keyed by the hash of the text embedded, so re-indexing
embeds only text that changed, and an interrupted build resumes from its checkpoints."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import numpy as np

from indexer.backends.base import ProgressCallback
from indexer.errors import ReportSearchError
from indexer.index import store
from indexer.index.options import HALF_PRECISION_TEXTS
from indexer.index.vectors import stored_vector_files
from models import Encoder

EMBED_BATCH = 32
CHECKPOINT_TEXTS = 2048


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def embed_with_cache(
    index_dirs: list[Path], encoder: Encoder, texts: list[str], keys: list[str], progress: ProgressCallback
) -> tuple[np.ndarray, int]:
    """Vectors of `texts` (rows in order) and how many were sent to the model."""
    cached: dict[str, np.ndarray] = {}
    for index_dir in index_dirs:
        cached.update(_previous_embeddings(index_dir, encoder))
    checkpoints = EmbeddingCheckpoints(index_dirs[0], encoder)
    cached.update(checkpoints.load())
    dtype = np.float16 if len(texts) > HALF_PRECISION_TEXTS else np.float32
    vectors = np.zeros((len(texts), encoder.dimension), dtype=dtype)
    first_row_of: dict[str, int] = {}
    todo, copies = [], []
    for row, key in enumerate(keys):
        if key in cached:
            vectors[row] = cached[key]
        elif key in first_row_of:
            copies.append((row, first_row_of[key]))  # the same text twice (a one-sentence passage)
        else:
            first_row_of[key] = row
            todo.append(row)
    # Texts of like length batched together: the model pads a batch to its longest text, and
    # the bundled corpus mixes 150-character passages with 10-character clauses.
    if getattr(encoder, "batch_by_length", True):
        todo.sort(key=lambda row: len(texts[row]))
    progress("embed", 0, len(todo))
    unsaved: list[int] = []
    batch = getattr(encoder, "build_batch", EMBED_BATCH)  # a several-device pool takes more a call
    for done in range(0, len(todo), batch):
        rows = todo[done : done + batch]
        vectors[rows] = encoder.encode_passages([texts[r] for r in rows])
        unsaved += rows
        if len(unsaved) >= CHECKPOINT_TEXTS:
            checkpoints.save([keys[r] for r in unsaved], vectors[unsaved])
            unsaved = []
        progress("embed", min(done + batch, len(todo)), len(todo))
    for row, source in copies:
        vectors[row] = vectors[source]
    return vectors, len(todo)


class EmbeddingCheckpoints:
    """Embeddings of a build in progress, saved every few thousand texts under the index
    directory, so an interrupted build resumes where it stopped instead of starting over."""

    DIRECTORY = "embedding-checkpoints"

    def __init__(self, index_dir: Path, encoder: Encoder) -> None:
        tag = hashlib.sha256(f"{encoder.name}|{getattr(encoder, 'passage_prefix', '')}".encode()).hexdigest()
        self.directory = index_dir / self.DIRECTORY / tag[:12]
        self.dimension = encoder.dimension

    def load(self) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for part in sorted(self.directory.glob("part-*.npz")) if self.directory.is_dir() else []:
            try:
                with np.load(part) as data:
                    if data["vectors"].shape[1:] == (self.dimension,):
                        found.update(zip(data["keys"].tolist(), data["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                continue  # a part cut short by the interruption itself
        return found

    def save(self, keys: list[str], vectors: np.ndarray) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        part = self.directory / f"part-{time.time_ns()}.npz"
        temporary = part.with_suffix(".tmp.npz")
        np.savez(temporary, keys=np.array(keys), vectors=vectors)
        os.replace(temporary, part)  # a part is either whole or absent

    def clear(self) -> None:
        shutil.rmtree(self.directory.parent, ignore_errors=True)


def _previous_embeddings(index_dir: Path, encoder: Encoder) -> dict[str, np.ndarray]:
    """Vectors of the served index, if it was built with the same model and prefixes."""
    version = same_model_version(index_dir, encoder, "passage_prefix")
    if version is None:
        return {}
    try:
        vectors = np.concatenate([np.load(path, mmap_mode="r") for path in stored_vector_files(version)])
        keys = (version / store.EMBEDDING_KEYS_FILE).read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError, ReportSearchError):
        return {}  # an unreadable old index only costs a full re-embed
    if len(keys) != len(vectors):
        return {}
    return dict(zip(keys, vectors, strict=True))


def same_model_version(index_dir: Path, encoder: Encoder, prefix: str) -> Path | None:
    """The served version, if it was built with this encoder's model and dimension and the same
    `prefix` ("passage_prefix" or "query_prefix"): its vectors can be reused. None when there is
    none, or its manifest cannot be read."""
    version = store.current_version_dir(index_dir)
    if version is None:
        return None
    try:
        manifest = store.read_manifest(version)
    except (OSError, ValueError, ReportSearchError):
        return None
    same_model = (
        manifest.get("model") == encoder.name
        and manifest.get("dimension") == encoder.dimension
        and manifest.get(prefix, "") == getattr(encoder, prefix, "")
    )
    return version if same_model else None
