"""Embedding the thesaurus's words at build time, for searches that reword a query by moving
its vector (retrieval/multiquery.shifted_rewordings), not by a second model call.

The vectors depend on the model and the word lists, not on the corpus, so they are also kept in
a cache per machine: a fresh index of another corpus copies them instead of spending half a
minute embedding ~2,800 words again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from indexer.backends.base import ProgressCallback
from indexer.build.embed_cache import same_model_version
from indexer.index.term_vectors import TERM_VECTORS_FILE, read_term_vectors, write_term_vectors
from indexer.text.plain_words import all_terms
from models import Encoder

TERM_BATCH = 64


def cache_dir() -> Path:
    """REPORTSEARCH_CACHE_DIR, else the user's cache directory (XDG_CACHE_HOME or ~/.cache)."""
    given = os.environ.get("REPORTSEARCH_CACHE_DIR")
    if given:
        return Path(given)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reportsearch"


def write_version_terms(
    version_dir: Path, index_dir: Path, encoder: Encoder, progress: ProgressCallback
) -> int:
    """Write the thesaurus's vectors into a version being built; returns how many words were
    sent to the model (none when this index's served version or the machine's cache has them)."""
    terms = all_terms()
    known = _cached(encoder) | _served(index_dir, encoder)
    missing = [t for t in terms if t not in known]
    progress("thesaurus words", 0, len(missing))
    for done in range(0, len(missing), TERM_BATCH):
        batch = missing[done : done + TERM_BATCH]
        known.update(zip(batch, encoder.encode_queries(batch), strict=True))
        progress("thesaurus words", min(done + TERM_BATCH, len(missing)), len(missing))
    vectors = np.stack([known[t] for t in terms]) if terms else np.zeros((0, encoder.dimension), np.float32)
    write_term_vectors(version_dir / TERM_VECTORS_FILE, terms, vectors)
    if missing:
        _save_cache(encoder, terms, vectors)
    return len(missing)


def _cache_file(encoder: Encoder) -> Path:
    tag = f"{encoder.name}|{getattr(encoder, 'query_prefix', '')}|{encoder.dimension}"
    return cache_dir() / "term-vectors" / f"{hashlib.sha256(tag.encode()).hexdigest()[:16]}.npz"


def _cached(encoder: Encoder) -> dict[str, np.ndarray]:
    try:
        return read_term_vectors(_cache_file(encoder), encoder.dimension)
    except (OSError, ValueError, KeyError):
        return {}  # a cache cut short or from elsewhere: embed again


def _served(index_dir: Path, encoder: Encoder) -> dict[str, np.ndarray]:
    """The served version's vectors, if it was built with the same model and query prefix."""
    version = same_model_version(index_dir, encoder, "query_prefix")
    if version is None:
        return {}
    try:
        return read_term_vectors(version / TERM_VECTORS_FILE, encoder.dimension)
    except (OSError, ValueError, KeyError):
        return {}  # an unreadable old version only costs embedding the words again


def _save_cache(encoder: Encoder, terms: list[str], vectors: np.ndarray) -> None:
    path = _cache_file(encoder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.stem}.{os.getpid()}.npz")
        write_term_vectors(temporary, terms, vectors)
        os.replace(temporary, path)  # another build reading it sees the old file or the new one
    except OSError:
        pass  # a read-only home: the next build embeds the words again, nothing else is lost
