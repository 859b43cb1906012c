"""Combining the dense and lexical rankings into one."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RRF_K = 60


def reciprocal_rank_fusion(
    rankings: list[np.ndarray], weights: list[float], k: int = RRF_K
) -> dict[int, float]:
    """score(d) = sum_i w_i / (k + rank_i(d)); needs no score calibration at all."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, row in enumerate(ranking.tolist()):
            fused[row] = fused.get(row, 0.0) + weight / (k + rank + 1)
    return fused


def scale_by_max(scores: np.ndarray) -> np.ndarray:
    """BM25 scores over the best one: a query whose best match is weak stays weak relative to
    nothing, but its best passage still gets 1.0 only if it is really the best."""
    top = float(np.max(scores)) if len(scores) else 0.0
    return scores / top if top > 0 else np.zeros_like(scores)


def scale_min_max(scores: np.ndarray) -> np.ndarray:
    """Cosine similarities of E5-style models sit in a narrow band (0.75-0.9), so what carries
    information is where a passage falls between the best and the worst candidate."""
    if len(scores) == 0:
        return scores
    low, high = float(np.min(scores)), float(np.max(scores))
    return (scores - low) / (high - low) if high > low else np.ones_like(scores)


def weighted_score_fusion(
    dense: tuple[np.ndarray, np.ndarray],
    lexical: tuple[np.ndarray, np.ndarray],
    dense_weight: float,
    lexical_weight: float,
    more_dense: Sequence[tuple[float, tuple[np.ndarray, np.ndarray]]] = (),
) -> dict[int, float]:
    """score(d) = w_dense * minmax(cos) + w_lex * bm25 / max(bm25); absent from a list counts 0.
    `more_dense`: (share, list) of further dense lists (the query reworded); the dense side is
    then the lists' weighted mean, the first list counting 1."""
    fused: dict[int, float] = {}
    total = 1.0 + sum(share for share, _ in more_dense)
    sides = [(dense, scale_min_max, dense_weight * 1.0 / total)]
    sides += [(ranked, scale_min_max, dense_weight * share / total) for share, ranked in more_dense]
    sides.append((lexical, scale_by_max, lexical_weight))
    for (rows, scores), scale, weight in sides:
        for row, score in zip(
            rows.tolist(), scale(np.asarray(scores, dtype=np.float64)).tolist(), strict=True
        ):
            fused[row] = fused.get(row, 0.0) + weight * score
    return fused
