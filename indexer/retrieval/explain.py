"""Why a passage ranked where it did (the hit test): the dense, BM25 and bigram scores behind a
search, each one's share of the fused score, the query terms it matched and the filters applied.

`Searcher.search(..., trace=SearchTrace())` records the candidate lists its ranking was made
of while it ranks, so an explanation describes the ranking `ask` and `/search` really use,
never a second search that could disagree with it. Only the split of the lexical score into its
word and bigram parts asks the backend again, for the passages already ranked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np

from indexer.filters import Filters
from indexer.records import Hit
from indexer.text.tokens import char_bigrams

# Wide enough that a result's word and bigram scores are both in the lists asked for; one
# missing is recovered from the combined lexical score, which the trace holds exactly.
PART_CANDIDATES = 1000


@dataclass
class SearchTrace:
    """Filled by `Searcher.search`; pass a fresh one per search."""

    mode: str = ""
    fusion: str = ""
    requested: Filters = field(default_factory=Filters)  # as the caller gave them
    applied: Filters = field(default_factory=Filters)  # resolved, plus what the query's words named
    tokens: list[str] = field(default_factory=list)  # the lexical query, synonyms included
    bigram_weight: float = 0.0
    dense: dict[int, float] = field(default_factory=dict)  # row -> dense score, as ranked
    lexical: dict[int, float] = field(default_factory=dict)  # row -> word + weighted bigram score
    boosted: frozenset[int] = frozenset()  # rows whose section type the query asked about
    boost: float = 1.0
    # The official terms of the query's plain words (thesaurus), when they changed the lexical side.
    thesaurus: dict[int, float] = field(default_factory=dict)  # row -> BM25 of the official terms
    thesaurus_weight: float = 0.0
    lexical_strength: float = 1.0  # how much the lexical side counted (below 1: the words disagree)
    # Pseudo-relevance feedback (feedback.py), when the query's words were not the reports':
    # the first ranking's rows it came from, its terms and their BM25 list mixed into the lexical side.
    feedback_rows: list[int] = field(default_factory=list)
    feedback_terms: list[str] = field(default_factory=list)
    feedback: dict[int, float] = field(default_factory=dict)  # row -> BM25 of the feedback terms
    feedback_weight: float = 0.0
    # The query reworded in official words, embedded: (share, row -> dense score) per rewording.
    rewordings: list[tuple[float, dict[int, float]]] = field(default_factory=list)

    def start(self, mode: str, fusion: str, requested: Filters, applied: Filters, lexical_query) -> None:
        self.mode, self.fusion, self.requested, self.applied = mode, fusion, requested, applied
        self.tokens, _, self.bigram_weight = lexical_query

    def record_lists(self, dense, lexical) -> None:
        if dense is not None:
            self.dense = dict(
                zip(dense[0].tolist(), np.asarray(dense[1], dtype=np.float64).tolist(), strict=True)
            )
        if lexical is not None:
            self.lexical = dict(
                zip(lexical[0].tolist(), np.asarray(lexical[1], dtype=np.float64).tolist(), strict=True)
            )

    def record_rewordings(self, reworded) -> None:
        self.rewordings = [
            (share, dict(zip(rows.tolist(), np.asarray(scores, dtype=np.float64).tolist(), strict=True)))
            for share, (rows, scores) in reworded
        ]

    def record_thesaurus(self, expanded, weight: float, strength: float) -> None:
        rows, scores = expanded
        positive = np.asarray(scores) > 0
        self.thesaurus = dict(
            zip(
                np.asarray(rows)[positive].tolist(),
                np.asarray(scores, dtype=np.float64)[positive].tolist(),
                strict=True,
            )
        )
        self.thesaurus_weight, self.lexical_strength = weight, strength

    def record_feedback(self, fed, weight: float, strength: float) -> None:
        """What feedback.applied did (nothing when `fed` is empty), and the lexical strength after it."""
        self.lexical_strength = strength
        if not fed.passages:
            return
        self.feedback_rows, self.feedback_terms = list(fed.passages), list(fed.terms)
        if fed.terms_list is not None and len(fed.terms_list[0]):
            rows, scores = fed.terms_list
            self.feedback = dict(
                zip(np.asarray(rows).tolist(), np.asarray(scores, dtype=np.float64).tolist(), strict=True)
            )
            self.feedback_weight = weight


def explain_hits(searcher, trace: SearchTrace, hits: list[Hit], query: str) -> dict:
    """The search-level facts (filters, weights, query terms) and one breakdown per hit."""
    config = searcher.config
    rows = [searcher.row_of(h.passage.passage_id) for h in hits]
    words, bigrams = _lexical_parts(searcher, trace, query)
    query_terms = list(dict.fromkeys(trace.tokens))
    return {
        "mode": trace.mode,
        "fusion": trace.fusion if trace.mode == "hybrid" else None,
        "weights": {
            "dense": config.dense_weight,
            "lexical": config.lexical_weight,
            "bigram": trace.bigram_weight,
            "section_boost": config.section_boost,
        },
        "query_terms": query_terms,
        "feedback": {
            "passages": [searcher.passages[r].passage_id for r in trace.feedback_rows],
            "terms": list(trace.feedback_terms),
        }
        if trace.feedback_rows
        else None,
        "filters": _filled(trace.applied),
        "filters_from_query": {
            name: value
            for name, value in _filled(trace.applied).items()
            if _filled(trace.requested).get(name) is None
        },
        "results": [
            _breakdown(searcher, trace, hit, row, words, bigrams, query_terms, query)
            for hit, row in zip(hits, rows, strict=True)
        ],
    }


def _breakdown(searcher, trace, hit, row, words, bigrams, query_terms, query) -> dict:
    config = searcher.config
    dense = trace.dense.get(row)
    lexical = trace.lexical.get(row)
    word, bigram = _split(lexical, words.get(row), bigrams.get(row), trace.bigram_weight)
    boost = trace.boost if row in trace.boosted else 1.0
    # Fusion counts a passage outside a candidate list as 0 there, whatever it would score.
    shares = (word, bigram) if lexical is not None else (None, None)
    contributions = _contributions(trace, config, row, dense, *shares, boost)
    passage_tokens = set(searcher.tokenize(hit.passage.text))
    passage_bigrams = set(char_bigrams(hit.passage.text))
    return {
        "passage_id": hit.passage.passage_id,
        "rank": hit.rank,
        "score": round(float(hit.score), 6),
        "dense": _rounded(dense),
        "bm25": _rounded(word),
        "bigram": _rounded(bigram),
        "contributions": contributions,
        "section_boost": boost,
        "matched_terms": [t for t in query_terms if t in passage_tokens],
        "matched_bigrams": sum(1 for g in dict.fromkeys(char_bigrams(query)) if g in passage_bigrams),
    }


def _contributions(trace, config, row, dense, word, bigram, boost) -> dict:
    """Each score's share of the fused score; they add up to it (before rounding)."""
    if trace.mode == "dense":
        return {"dense": _rounded(dense), "bm25": None, "bigram": None}
    if trace.mode == "bm25":
        return {
            "dense": None,
            "bm25": _rounded(word),
            "bigram": _rounded(_times(bigram, trace.bigram_weight)),
        }
    if trace.fusion == "weighted":
        # The dense side is the weighted mean of the user's words (share 1) and the rewordings.
        dense_total = 1.0 + sum(share for share, _ in trace.rewordings)
        dense_part = config.dense_weight * 1.0 / dense_total * _min_max(trace.dense, dense)
        reworded_part = sum(
            config.dense_weight * share / dense_total * _min_max(scores, scores.get(row))
            for share, scores in trace.rewordings
        )
        top = max(trace.lexical.values(), default=0.0)
        # With the thesaurus (and feedback) the fused lexical score is lexical_weight * (own +
        # official * w + feedback * wf) / (1 + w + wf), each list scaled by its best (expansion.mixed).
        w = trace.thesaurus_weight if trace.thesaurus else 0.0
        wf = trace.feedback_weight if trace.feedback else 0.0
        total = 1 + w + wf
        scale = config.lexical_weight / total / top if top > 0 else 0.0
        word_part = scale * (word or 0.0)
        bigram_part = scale * trace.bigram_weight * (bigram or 0.0)
        parts = {
            "dense": round(boost * dense_part, 6),
            "bm25": round(boost * word_part, 6),
            "bigram": round(boost * bigram_part, 6),
        }
        if trace.rewordings:
            parts["reworded"] = round(boost * reworded_part, 6)
        for name, scores, weight in (("thesaurus", trace.thesaurus, w), ("feedback", trace.feedback, wf)):
            if scores:
                share = scores.get(row, 0.0) / max(scores.values())
                parts[name] = round(boost * config.lexical_weight * weight / total * share, 6)
        return parts
    if trace.fusion == "rrf":
        from indexer.fusion import RRF_K

        def rrf(ranked: dict[int, float], weight: float) -> float:
            # The lists are recorded in rank order, so a row's position is its rank.
            if row not in ranked:
                return 0.0
            return weight / (RRF_K + list(ranked).index(row) + 1)

        # Rank fusion credits the lexical list as a whole (the thesaurus's official terms
        # mixed in); its word/bigram split has no share.
        lexical_list = _merged_lexical(trace)
        return {
            "dense": round(boost * rrf(trace.dense, config.dense_weight), 6),
            "lexical": round(boost * rrf(lexical_list, config.lexical_weight * trace.lexical_strength), 6),
        }
    return {}  # the engine's own fusion (Milvus) does not say how it combined the lists


def _merged_lexical(trace: SearchTrace) -> dict[int, float]:
    """The lexical list fusion ranked: the user's own words, with the official terms and the
    feedback terms mixed in."""
    if not trace.thesaurus and not trace.feedback:
        return trace.lexical
    from indexer.retrieval.expansion import mixed

    def as_list(scores: dict[int, float]):
        return np.array(list(scores), dtype=np.int64), np.array(list(scores.values()), dtype=np.float64)

    extras = [
        (as_list(scores), weight)
        for scores, weight in (
            (trace.thesaurus, trace.thesaurus_weight),
            (trace.feedback, trace.feedback_weight),
        )
        if scores
    ]
    rows, scores = mixed(as_list(trace.lexical), extras)
    return dict(zip(rows.tolist(), scores.tolist(), strict=True))


def _lexical_parts(searcher, trace: SearchTrace, query: str) -> tuple[dict, dict]:
    """Word-BM25 and bigram-BM25 scores, each over its best passage within the filters."""
    if trace.mode == "dense" or not trace.tokens and not trace.bigram_weight:
        return {}, {}
    n = min(PART_CANDIDATES, len(searcher.passages))
    backend, filters = searcher.backend, trace.applied
    words = _scaled(backend.lexical_candidates(trace.tokens, [], 0.0, n, filters)) if trace.tokens else {}
    bigrams = {}
    if trace.bigram_weight > 0:
        bigrams = _scaled(backend.lexical_candidates([], char_bigrams(query), 1.0, n, filters))
    return words, bigrams


def _split(lexical, word, bigram, bigram_weight) -> tuple[float | None, float | None]:
    """The lexical score is word + bigram_weight * bigram; recover a part a list left out."""
    if lexical is None:
        return word, bigram
    if bigram_weight <= 0:
        return lexical, None
    if word is None and bigram is not None:
        word = max(0.0, lexical - bigram_weight * bigram)
    elif bigram is None:
        bigram = max(0.0, (lexical - (word or 0.0)) / bigram_weight)
        word = word or 0.0
    return word, bigram


def _scaled(ranked) -> dict[int, float]:
    rows, scores = ranked
    scores = np.asarray(scores, dtype=np.float64)
    top = float(scores.max()) if len(scores) else 0.0
    return dict(zip(rows.tolist(), (scores / top if top > 0 else scores).tolist(), strict=True))


def _min_max(scores: dict[int, float], value: float | None) -> float:
    if value is None or not scores:
        return 0.0
    low, high = min(scores.values()), max(scores.values())
    return (value - low) / (high - low) if high > low else 1.0


def _times(value, weight):
    return None if value is None else value * weight


def _rounded(value):
    return None if value is None else round(float(value), 6)


def _filled(filters: Filters) -> dict:
    return {f.name: getattr(filters, f.name) for f in fields(filters) if getattr(filters, f.name) is not None}


def with_explanation(result: dict, explanation: dict) -> dict:
    """A search result ({"query", "results"}) with the search-level facts under "explain" and
    each passage's breakdown under its own "explain": the shape of /search and search --json."""
    summary = {key: value for key, value in explanation.items() if key != "results"}
    per_hit = [
        {key: value for key, value in breakdown.items() if key not in ("passage_id", "rank", "score")}
        for breakdown in explanation["results"]
    ]
    return {
        **result,
        "explain": summary,
        "results": [
            {**hit, "explain": breakdown} for hit, breakdown in zip(result["results"], per_hit, strict=True)
        ],
    }
