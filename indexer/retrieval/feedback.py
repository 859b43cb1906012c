"""Pseudo-relevance feedback for queries whose words are not the reports' words.

When the best of the top BM25 passages holds under `coverage` of the query's IDF mass
(evidence.coverage), the query is taken to be written in other words than the reports
(a citizen's question, a paraphrase), and the first fused ranking is trusted more than the
words: its top passages move the query vector (Rocchio) and lend the lexical side their most
telling words (RM3). A query whose words the reports use, and any keyword-like query (expansion.query_shape),
is left alone: feedback would only pull it towards its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from indexer.retrieval.evidence import TermStats, best_coverage, feedback_terms
from indexer.retrieval.expansion import rocchio
from indexer.text.tokens import get_tokenizer

Ranked = tuple[np.ndarray, np.ndarray]

COVERAGE_PASSAGES = 3  # top lexical passages whose coverage is checked
VECTOR_PASSAGES = 2  # first-pass passages the query vector moves towards
TERM_PASSAGES = 5  # first-pass passages the feedback terms come from
TERMS = 10
PASSAGES_REMEMBERED = 20_000  # tokenized passage texts kept (a few MB)


@dataclass(frozen=True)
class Feedback:
    """What feedback did to one search (empty when the query's words carried it)."""

    passages: list[int] = field(default_factory=list)  # first-pass rows the feedback came from
    terms: list[str] = field(default_factory=list)
    terms_list: Ranked | None = None  # BM25 of the feedback terms, mixed into the lexical side


def weak_evidence(
    tokens: list[str],
    lexical_rows: np.ndarray,
    passage_tokens: Callable[[int], list[str]],
    stats: TermStats,
    coverage: float,
) -> bool:
    """True when no top lexical passage holds `coverage` of the query's IDF mass."""
    top = [set(passage_tokens(int(r))) for r in np.asarray(lexical_rows)[:COVERAGE_PASSAGES]]
    return best_coverage(tokens, top, stats) < coverage


def moved_vector(vector: np.ndarray, first_pass: list[int], passage_vectors, beta: float) -> np.ndarray:
    """The query vector moved towards the first pass's top passages (Rocchio)."""
    return rocchio(vector, passage_vectors(np.array(first_pass[:VECTOR_PASSAGES], dtype=np.int64)), beta)


def terms_of(
    tokens: list[str], first_pass: list[int], passage_tokens: Callable[[int], list[str]], stats: TermStats
) -> list[str]:
    """RM3 terms of the first pass's top passages (evidence.feedback_terms)."""
    return feedback_terms(tokens, [passage_tokens(r) for r in first_pass[:TERM_PASSAGES]], stats, TERMS)


@lru_cache(maxsize=PASSAGES_REMEMBERED)
def _tokens_of(text: str) -> tuple[str, ...]:
    """A passage's tokens, remembered: the same top passages come back query after query, and
    tokenizing eight of them would cost more than the rest of the search."""
    return tuple(get_tokenizer().tokenize(text))


def local_term_stats(backend) -> TermStats | None:
    """Document frequencies from the local backend's word BM25 index (bm25s keeps one posting
    list per token); None for a backend that does not expose them (Milvus): no feedback there."""
    bm25 = getattr(backend, "bm25", None)
    scores = getattr(bm25, "scores", None)
    if not isinstance(scores, dict) or "indptr" not in scores or not hasattr(bm25, "vocab_dict"):
        return None
    indptr, vocab = scores["indptr"], bm25.vocab_dict

    def frequency(token: str) -> int:
        i = vocab.get(token)
        return 0 if i is None else int(indptr[i + 1] - indptr[i])

    return TermStats(frequency, int(scores["num_docs"]))


@dataclass(frozen=True)
class SideLists:
    """The candidate lists one hybrid ranking is fused from."""

    dense: Ranked
    own: Ranked  # BM25 of the user's own words (positive scores)
    extras: tuple[tuple[Ranked, float], ...]  # mixed into the lexical side with these weights
    lexical: Ranked  # own and extras mixed (expansion.mixed), what fusion ranks
    strength: float  # how much the lexical side counts (the mixed list's best; 1.0 unmixed)


def applied(
    searcher,
    query: str,
    vector: np.ndarray,
    tokens: list[str],
    lists: SideLists,
    n: int,
    filters,
    fuse: Callable[[Ranked, Ranked, float], dict[int, float]],
    coverage: float,
    beta: float,
    term_weight: float,
) -> tuple[SideLists, Feedback]:
    """`lists` after feedback when the query's lexical evidence is weak, else unchanged.
    `searcher` gives tokenize, passages and backend; `fuse(dense, lexical, strength)` ranks
    the first pass as the search will rank the second."""
    from indexer.retrieval.expansion import mixed, query_shape

    if coverage <= 0 or query_shape(query) == "keyword":  # a few terms say what they mean
        return lists, Feedback()
    stats = local_term_stats(searcher.backend)
    if stats is None:
        return lists, Feedback()

    def passage_tokens(row: int) -> list[str]:
        return list(_tokens_of(searcher.passages[row].text))

    if not weak_evidence(tokens, lists.own[0], passage_tokens, stats, coverage):
        return lists, Feedback()
    fused = fuse(lists.dense, lists.lexical, lists.strength)
    first_pass = [r for r, _ in sorted(fused.items(), key=lambda item: (-item[1], item[0]))[:TERM_PASSAGES]]
    if not first_pass:
        return lists, Feedback()
    dense = lists.dense
    if beta > 0:
        moved = moved_vector(vector, first_pass, searcher.backend.passage_vectors, beta)
        dense = searcher.backend.dense_candidates(moved, n, searcher.config.sentence_weight, filters)
    terms = terms_of(tokens, first_pass, passage_tokens, stats) if term_weight > 0 else []
    extras, lexical, strength, terms_list = lists.extras, lists.lexical, lists.strength, None
    if terms:
        rows, scores = searcher.backend.lexical_candidates(terms, [], 0.0, n, filters)
        terms_list = (rows[scores > 0], scores[scores > 0])
        if len(terms_list[0]):
            extras = (*extras, (terms_list, term_weight))
            lexical = mixed(lists.own, list(extras))
            strength = float(np.max(lexical[1])) if len(lexical[1]) else 1.0
    changed = SideLists(dense, lists.own, extras, lexical, strength)
    return changed, Feedback(first_pass, terms, terms_list)
