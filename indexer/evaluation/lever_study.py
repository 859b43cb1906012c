"""Every retrieval lever, old and candidate, cross-validated the same way (crossval.py).

Old levers are SearchConfig switches, measured on/off through Searcher.search; candidate
levers run through levers.lever_search, each as a small family of settings whose member is
chosen on the training folds.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from indexer.evaluation.crossval import cross_validate, per_query, stratified_folds
from indexer.evaluation.levers import Levers, lever_search
from indexer.retrieval.search import SearchConfig, Searcher

# Levers already in SearchConfig: (name, the change that turns it off).
KEPT_LEVERS: tuple[tuple[str, dict], ...] = (
    ("synonym expansion (BM25)", {"expand_synonyms": False}),
    ("thesaurus BM25 expansion", {"thesaurus_weight": 0.0}),
    ("thesaurus dense rewordings, averaged", {"rewording_weight": 0.0}),
    ("feedback when lexical evidence is weak", {"feedback_coverage": 0.0}),
    ("character-bigram BM25", {"bigram_weight": 0.0}),
    ("district/year in query as filter", {"understand_query": False}),
    ("district spread for 哪些区/各区", {"diversify": False}),
    ("scope words left out of the ranked text", {"scope_words": ()}),
    ("best-piece dense scoring", {"sentence_weight": 0.0}),
    ("section cue boost", {"section_boost": 0.0}),
    ("weighted fusion (vs RRF)", {"fusion": "rrf"}),
)

# SearchConfig settings re-chosen by the folds; the current defaults are one member of the grid.
WEIGHT_FAMILIES: dict[str, dict[str, dict]] = {
    "feedback settings (coverage, beta, terms)": {
        f"coverage < {c}, beta {b}, terms {w}": {
            "feedback_coverage": c,
            "feedback_beta": b,
            "feedback_term_weight": w,
        }
        for c in (0.3, 0.5)
        for b in (0.25, 0.5)
        for w in (0.25, 0.5)
    },
    "fusion weights (dense, bigram)": {
        f"dense {d}, bigram {b}": {"dense_weight": d, "bigram_weight": b}
        for d in (0.75, 1.0, 1.5, 2.0)
        for b in (0.25, 0.5)
    },
    "best-piece share of the dense score": {
        f"share {w}": {"sentence_weight": w} for w in (0.3, 0.5, 0.7, 0.85, 1.0)
    },
    "section cue boost size": {f"x{1 + b}": {"section_boost": b} for b in (0.15, 0.3, 0.5)},
    "candidates per list": {f"{n}": {"candidates": n} for n in (30, 50, 80)},
    "which scope words are left out of the ranked text": {
        "kept": {"scope_words": ()},
        "place": {"scope_words": ("place",)},
        "place, year": {"scope_words": ("place", "year")},
        "place, year, bureau": {"scope_words": ("place", "year", "bureau")},
        "bureau": {"scope_words": ("bureau",)},
    },
    "rewordings embedded, or the query vector shifted by term vectors": {
        ("embedded" if s == 0 else f"shift {s}"): {"rewording_shift": s}
        for s in (0.0, 0.5, 0.75, 1.0, 1.25, 1.5)
    },
}

CANDIDATES: dict[str, dict[str, Levers]] = {
    "thesaurus BM25 weight": {f"w={w}": Levers(expand_weight=w) for w in (0.25, 0.5, 2.0)},
    "thesaurus dense rewording, best of": {
        f"{n} rewordings{', discount ' + str(d) if d < 1 else ''}": Levers(
            variant_limit=n, variant_discount=d, variant_weight=0.0
        )
        for n in (1, 3)
        for d in (1.0, 0.8)
    },
    "thesaurus dense variants, averaged": {f"w={w}": Levers(variant_weight=w) for w in (0.5, 1.0, 2.0)},
    "thesaurus both": {
        f"bm25 {e}, dense {v}": Levers(expand_weight=e, variant_weight=v)
        for e in (0.25, 0.5)
        for v in (0.5, 1.0)
    },
    "lexical weight by query shape": {
        f"question {q}, conversational {c}": Levers(shape_lexical={"question": q, "conversational": c})
        for q in (1.0, 0.75, 0.5)
        for c in (0.75, 0.5, 0.25)
    },
    "lexical weight by shape, cross-district exempt": {
        f"question {q}, conversational {c}": Levers(
            shape_lexical={"question": q, "conversational": c}, shape_cross_district=False
        )
        for q in (1.0, 0.75, 0.5)
        for c in (0.75, 0.5, 0.25)
    },
    "Rocchio feedback (dense)": {
        f"beta {b}, top {n}": Levers(rocchio_beta=b, feedback=n) for b in (0.25, 0.5) for n in (2, 3, 5)
    },
    "query clauses (dense, long queries)": {f"w={w}": Levers(clause_weight=w) for w in (0.25, 0.5, 1.0)},
    "per-district retrieval + interleaving": {
        f"depth {d}": Levers(per_district=True, per_district_depth=d) for d in (1, 2, 3)
    },
    "district spread: rounds and floor": {
        f"{r} rounds, floor {f}": Levers(spread_rounds=r, spread_floor=f)
        for r in (1, 2)
        for f in (0.0, 0.3, 0.5, 0.7)
        if (r, f) != (1, 0.5)
    },
    "weak lexical evidence -> dense": {
        f"coverage < {c}, lexical x{f}": Levers(weak_coverage=c, weak_factor=f)
        for c in (0.2, 0.3, 0.5)
        for f in (0.0, 0.25, 0.5)
    },
    "RM3 feedback (BM25)": {
        f"w {w}, docs {d}, terms {t}": Levers(rm3_weight=w, rm3_docs=d, rm3_terms=t)
        for w in (0.25, 0.5)
        for d in (3, 5)
        for t in (10, 20)
    },
    "RM3 feedback, weak evidence only": {
        f"coverage < {c}, w {w}, docs {d}": Levers(
            rm3_weight=w, rm3_docs=d, rm3_terms=10, rm3_weak_only=True, weak_coverage=c
        )
        for c in (0.3, 0.5)
        for w in (0.25, 0.5)
        for d in (3, 5)
    },
    "feedback: Rocchio only (instead of both)": {
        f"coverage < {c}, beta {b}": Levers(feedback_coverage=c, feedback_beta=b, feedback_term_weight=0.0)
        for c in (0.3, 0.5)
        for b in (0.25, 0.5)
    },
    "feedback: RM3 only (instead of both)": {
        f"coverage < {c}, terms {w}": Levers(feedback_coverage=c, feedback_beta=0.0, feedback_term_weight=w)
        for c in (0.3, 0.5)
        for w in (0.25, 0.5)
    },
    "query clauses, best of (dense, long queries)": {
        f"from {m} chars": Levers(clause_weight=1.0, clause_max=True, clause_min_chars=m)
        for m in (16, 20, 30)
    },
    "best-sentence BM25 share": {f"w={w}": Levers(sentence_bm25=w) for w in (0.1, 0.25, 0.5)},
    "query without filler words (dense, best of)": {
        f"from {m} chars": Levers(filler_variant=True, clause_min_chars=m) for m in (0, 12, 20)
    },
}


def config_scores(searcher: Searcher, gold: list[dict], config: SearchConfig) -> list[float]:
    saved = searcher.config
    searcher.config = config
    try:
        return per_query(lambda row: searcher.search(row["query"], k=10), gold)
    finally:
        searcher.config = saved


def lever_scores(searcher: Searcher, gold: list[dict], levers: Levers) -> list[float]:
    return per_query(lambda row: lever_search(searcher, row["query"], 10, levers), gold)


class _RememberingEncoder:
    """The searcher's encoder with its query vectors kept: every setting asks for the same
    queries again, and embedding is most of a search's time."""

    def __init__(self, encoder) -> None:
        self._encoder, self._seen = encoder, {}
        self.name, self.dimension = encoder.name, encoder.dimension

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if missing:
            self._seen.update(zip(missing, self._encoder.encode_queries(missing), strict=True))
        return np.stack([self._seen[t] for t in texts])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encoder.encode_passages(texts)


def study(
    searcher: Searcher,
    gold: list[dict],
    only: set[str] | None = None,
    seed: int = 18,
    candidates: dict[str, dict[str, Levers]] | None = None,
) -> dict:
    """name -> cross_validate result, for the kept levers (on vs off) and the candidates
    (off vs each setting); `only` restricts to the named levers."""
    encoder = searcher.encoder
    searcher.encoder = _RememberingEncoder(encoder)
    try:
        return _study(searcher, gold, only, seed, CANDIDATES if candidates is None else candidates)
    finally:
        searcher.encoder = encoder


def _study(searcher: Searcher, gold: list[dict], only: set[str] | None, seed: int, candidates) -> dict:
    kinds = [g.get("kind", "all") for g in gold]
    folds = stratified_folds(kinds, 5, seed)
    base = searcher.config
    baseline = config_scores(searcher, gold, base)
    out: dict[str, dict] = {"system": cross_validate({"on": baseline}, kinds, folds, "on")}
    for name, off in KEPT_LEVERS:
        if only is None or name in only:
            settings = {"on": baseline, "off": config_scores(searcher, gold, replace(base, **off))}
            out[name] = cross_validate(settings, kinds, folds, "off")
    for name, family in WEIGHT_FAMILIES.items():
        if only is None or name in only:
            settings = {
                s: baseline
                if all(getattr(base, f) == v for f, v in change.items())
                else config_scores(searcher, gold, replace(base, **change))
                for s, change in family.items()
            }
            current = next(
                s for s, change in family.items() if all(getattr(base, f) == v for f, v in change.items())
            )
            out[name] = cross_validate(settings, kinds, folds, current)
    for name, family in candidates.items():
        if only is None or name in only:
            settings = {"off": baseline} | {s: lever_scores(searcher, gold, lv) for s, lv in family.items()}
            out[name] = cross_validate(settings, kinds, folds, "off")
    return out
