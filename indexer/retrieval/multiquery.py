"""Dense multi-query: the query rewritten in the reports' official words is embedded too.

A model that never saw a plain word (打官司, 一把手) reads the report's term in its place
(expansion.query_variants). Each list is min-max scaled (E5 cosines crowd in a narrow band,
and a rewording can shift the whole band) and a passage keeps its best scaled score: a
rewording can bring a passage up, never drag down what the user's own words found.

The search itself averages the rewordings' dense lists with the user's (SearchConfig.
rewording_weight) and, by default, does not embed them: shifted_rewordings moves the query's
vector by the swapped words' vectors, which the build stores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from indexer.fusion import scale_min_max
from indexer.retrieval.expansion import query_variants
from indexer.text.normalize import normalize_for_matching

Ranked = tuple[np.ndarray, np.ndarray]


def queries_to_embed(query: str, limit: int, table: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The query in its matching form, then up to `limit` rewordings in official words."""
    text = normalize_for_matching(query)
    return [text, *(query_variants(text, table, limit=limit) if limit > 0 else [])]


def best_of_scaled(lists: list[Ranked], discount: float = 1.0) -> Ranked:
    """Rows of any list, each with its best min-max scaled score, best first (ties by row); the
    lists after the first (the rewordings) count `discount` as much. One list comes back as it
    was: nothing to take the best of."""
    if len(lists) == 1:
        return lists[0]
    best: dict[int, float] = {}
    for i, (rows, scores) in enumerate(lists):
        scaled = scale_min_max(np.asarray(scores, dtype=np.float64)) * (1.0 if i == 0 else discount)
        for row, score in zip(np.asarray(rows).tolist(), scaled.tolist(), strict=True):
            best[row] = max(best.get(row, -np.inf), score)
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    return np.array([r for r, _ in ranked], dtype=np.int64), np.array(
        [s for _, s in ranked], dtype=np.float64
    )


def multi_query_dense(
    query: str,
    limit: int,
    encode: Callable[[list[str]], np.ndarray],
    search: Callable[[np.ndarray], Ranked],
) -> tuple[Ranked, list[str]]:
    """The dense list of the query and its official rewordings (best of each passage), and the
    rewordings used. The texts are embedded in one call; a query without a plain word costs
    exactly one embedding, as before."""
    texts = queries_to_embed(query, limit)
    vectors = encode(texts)
    return best_of_scaled([search(v) for v in vectors]), texts[1:]


def shifted_rewordings(
    vector: np.ndarray,
    swaps: list[tuple[tuple[str, str], ...]],
    term_vectors: Callable[[list[str]], np.ndarray],
    shift: float,
) -> list[np.ndarray]:
    """Each rewording's vector without embedding the rewording: the query's vector moved, for
    every (plain, official) swap it makes, by `shift` times the official term's vector minus the
    plain word's, then of unit length again. Terms are short and repeat across queries, so their
    vectors cost a lookup where a reworded sentence costs a model call."""
    terms = list(dict.fromkeys(term for pairs in swaps for pair in pairs for term in pair))
    if not terms:
        return []
    of = dict(zip(terms, term_vectors(terms), strict=True))
    moved = []
    for pairs in swaps:
        target = vector + shift * sum(
            (of[official] - of[plain] for plain, official in pairs), np.zeros_like(vector)
        )
        moved.append((target / max(np.linalg.norm(target), 1e-12)).astype(np.float32))
    return moved


class TermVectors:
    """Query vectors of thesaurus terms, kept for the searcher's life: loaded with the index when
    the build embedded them, else embedded at first use. They are kept apart from the encoder's
    query cache, which new queries push terms out of and a benchmark empties to time the model."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], known: dict[str, np.ndarray] | None = None):
        self._encode, self._known = encode, dict(known or {})
        self._lock = threading.Lock()

    def __call__(self, terms: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(terms) if t not in self._known]
        if missing:
            fresh = dict(zip(missing, (row.copy() for row in self._encode(missing)), strict=True))
            with self._lock:
                self._known.update(fresh)
        return np.stack([self._known[t] for t in terms])
