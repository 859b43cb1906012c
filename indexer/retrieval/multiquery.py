"""Dense multi-query: the query rewritten in the reports' official words is embedded too.

A model that never saw a plain word (打官司, 一把手) reads the report's term in its place
(expansion.query_variants). Each list is min-max scaled (E5 cosines crowd in a narrow band,
and a rewording can shift the whole band) and a passage keeps its best scaled score: a
rewording can bring a passage up, never drag down what the user's own words found.
"""

from __future__ import annotations

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
