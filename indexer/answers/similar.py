"""Passages in other reports that say the same kind of thing as a given passage.

Methods (compared in docs/quality.md):
- "dense": cosine of the two passage vectors.
- "aligned" (default): dense candidates from passage and sentence vectors and BM25, scored by
  how well the candidate's sentences cover the source's sentences (each source sentence
  finds its best match), plus passage cosine, lexical overlap and a same-section-type bonus.
  A passage of several items is "similar" when another covers one of its items well, which
  one averaged vector hides.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from indexer.errors import BadQueryError
from indexer.filters import Filters
from indexer.fusion import scale_by_max, scale_min_max
from indexer.records import Hit
from indexer.retrieval.search import MAX_K, Searcher

METHODS = ("aligned", "dense")
CANDIDATES = 100


@dataclass(frozen=True)
class SimilarConfig:
    method: str = "aligned"
    passage_weight: float = 1.0
    alignment_weight: float = 1.0
    lexical_weight: float = 1.0
    same_type_bonus: float = 0.1


def similar_passages(
    searcher: Searcher,
    passage_id: str,
    k: int = 10,
    same_report: bool = False,
    config: SimilarConfig | None = None,
) -> list[Hit]:
    config = config or SimilarConfig()
    if config.method not in METHODS:
        raise BadQueryError(f"Unknown method {config.method!r}; choose one of: {', '.join(METHODS)}.")
    if not 1 <= k <= MAX_K:
        raise BadQueryError(f"k must be between 1 and {MAX_K}, got {k}.")
    row = searcher.row_of(passage_id)
    source = searcher.passages[row]
    backend = searcher.backend
    vector = backend.passage_vectors(np.array([row]))[0]
    filters = Filters(
        exclude_passage=source.passage_id, exclude_report=None if same_report else source.report_id
    )
    if config.method == "dense":
        rows, scores = backend.dense_candidates(vector, k, 0.0, filters)
        return _hits(searcher, rows, scores)

    rows, _ = backend.dense_candidates(vector, CANDIDATES, 0.0, filters)
    candidates = set(rows.tolist())
    _, source_sentence_vectors = backend.sentences_of(np.array([row]))
    for sentence_vector in source_sentence_vectors:
        found, _ = backend.dense_candidates(sentence_vector, 10, 1.0, filters)
        candidates.update(found.tolist())
    lexical_rows, lexical_scores = backend.lexical_candidates(
        searcher.tokenize(source.text), [], 0.0, CANDIDATES, filters
    )
    lexical_of = {r: s for r, s in zip(lexical_rows.tolist(), lexical_scores.tolist(), strict=True) if s > 0}
    candidates.update(lexical_of)
    if not candidates:
        return []

    rows = np.array(sorted(candidates), dtype=np.int64)
    passage_cos = backend.passage_vectors(rows) @ vector
    spans, sentence_vectors = backend.sentences_of(rows)
    alignment = np.array(
        [
            _alignment(source_sentence_vectors, sentence_vectors[spans[:, 0] == r], passage_cos[i])
            for i, r in enumerate(rows.tolist())
        ]
    )
    lexical = scale_by_max(np.array([lexical_of.get(r, 0.0) for r in rows.tolist()]))
    same_type = np.array(
        [searcher.passages[r].section_type == source.section_type for r in rows], dtype=float
    )
    scores = (
        config.passage_weight * scale_min_max(passage_cos)
        + config.alignment_weight * scale_min_max(alignment)
        + config.lexical_weight * lexical
        + config.same_type_bonus * same_type
    )
    order = np.lexsort((rows, -scores))[:k]
    return _hits(searcher, rows[order], scores[order])


def _alignment(source_sentence_vectors: np.ndarray, target: np.ndarray, fallback: float) -> float:
    """Mean over the source's sentences of the best cosine with any sentence of the candidate."""
    if len(source_sentence_vectors) == 0 or len(target) == 0:
        return fallback
    similarity = source_sentence_vectors @ target.T
    return float(similarity.max(axis=1).mean())


def _hits(searcher: Searcher, rows: np.ndarray, scores: np.ndarray) -> list[Hit]:
    return [
        Hit(rank=i + 1, score=float(s), passage=searcher.passages[int(r)])
        for i, (r, s) in enumerate(zip(rows, scores, strict=True))
    ]
