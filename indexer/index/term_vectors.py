"""The thesaurus's words embedded as queries, stored with each version: a search moves its
query vector toward the reports' wording with them (retrieval/multiquery.shifted_rewordings)
instead of embedding a reworded query."""

from __future__ import annotations

from pathlib import Path

import numpy as np

TERM_VECTORS_FILE = "term_vectors.npz"


def write_term_vectors(path: Path, terms: list[str], vectors: np.ndarray) -> None:
    # float16 halves the file; a term's vector is only added to a query's, never searched alone.
    np.savez(path, terms=np.array(terms, dtype=str), vectors=np.asarray(vectors, dtype=np.float16))


def read_term_vectors(path: Path, dimension: int) -> dict[str, np.ndarray]:
    """term -> float32 vector; nothing for a file that is absent (a version built before terms
    were stored: the search embeds a term when it first needs it)."""
    if not path.is_file():
        return {}
    with np.load(path) as data:
        terms, vectors = data["terms"].tolist(), data["vectors"].astype(np.float32)
    if vectors.shape != (len(terms), dimension):
        raise ValueError(
            f"{path.name} holds vectors of shape {vectors.shape}, not ({len(terms)}, {dimension})"
        )
    return dict(zip(terms, vectors, strict=True))
