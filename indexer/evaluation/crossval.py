"""Choosing levers by k-fold cross-validation over query kinds.

A lever is a family of settings (off, and one or more ways on). In each fold the setting
with the best mean nDCG on the other folds is chosen and scored on the held-out fold, so no
figure here comes from the queries that picked it. Per-query scores are computed once per
setting; folds only regroup them.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence

KEEP_MIN_FOLD_WINS = 3  # of 5: a lever must beat the baseline on most held-out folds
KEYWORD_TOLERANCE = 0.002  # held-out keyword nDCG may not fall by more than this


def stratified_folds(kinds: Sequence[str], n_folds: int = 5, seed: int = 18) -> list[int]:
    """The fold of each query: each kind's queries shuffled (fixed seed) and dealt round-robin,
    so every fold holds about 1/n of every kind."""
    rng = random.Random(seed)
    fold = [0] * len(kinds)
    offset = 0
    for kind in sorted(set(kinds)):
        members = [i for i, k in enumerate(kinds) if k == kind]
        rng.shuffle(members)
        for j, i in enumerate(members):
            fold[i] = (offset + j) % n_folds
        offset += len(members)  # the next kind starts where this one stopped: folds stay even
    return fold


def cross_validate(
    settings: dict[str, Sequence[float]],
    kinds: Sequence[str],
    folds: Sequence[int],
    baseline: str,
) -> dict:
    """Nested choice over `settings` (name -> per-query nDCG, all in the same query order).

    Returns, per held-out fold, the chosen setting and its held-out mean overall and per kind,
    the baseline's held-out means, and summary rows: mean and spread (population standard
    deviation over folds) per kind, fold wins against the baseline, and whether to keep it.
    """
    n_folds = max(folds) + 1
    kind_names = sorted(set(kinds))
    per_fold = []
    for f in range(n_folds):
        train = [i for i, g in enumerate(folds) if g != f]
        test = [i for i, g in enumerate(folds) if g == f]
        chosen = max(settings, key=lambda name: (_mean(settings[name], train), name == baseline))
        per_fold.append(
            {
                "fold": f,
                "chosen": chosen,
                "held_out": _by_kind(settings[chosen], test, kinds, kind_names),
                "baseline": _by_kind(settings[baseline], test, kinds, kind_names),
            }
        )
    summary = {}
    for kind in ["all", *kind_names]:
        held = [p["held_out"][kind] for p in per_fold if kind in p["held_out"]]
        base = [p["baseline"][kind] for p in per_fold if kind in p["baseline"]]
        summary[kind] = {
            "mean": round(statistics.mean(held), 4),
            "spread": round(statistics.pstdev(held), 4),
            "delta": round(statistics.mean(held) - statistics.mean(base), 4),
        }
    wins = sum(p["held_out"]["all"] > p["baseline"]["all"] + 1e-9 for p in per_fold)
    keyword = summary.get("keyword", {"delta": 0.0})["delta"]
    return {
        "folds": per_fold,
        "summary": summary,
        "fold_wins": wins,
        "keep": wins >= KEEP_MIN_FOLD_WINS and summary["all"]["delta"] > 0 and keyword >= -KEYWORD_TOLERANCE,
    }


def per_query(retrieve: Callable[[dict], list], gold: list[dict], k: int = 10) -> list[float]:
    """nDCG@k of `retrieve(row)` (hits) for each gold row, in order."""
    from indexer.evaluation.evaluate import score_one

    return [score_one([h.to_dict() for h in retrieve(row)], row["gold"], k)["ndcg"] for row in gold]


def _mean(values: Sequence[float], rows: list[int]) -> float:
    return statistics.mean(values[i] for i in rows) if rows else 0.0


def _by_kind(
    values: Sequence[float], rows: list[int], kinds: Sequence[str], names: list[str]
) -> dict[str, float]:
    out = {"all": _mean(values, rows)}
    for kind in names:
        members = [i for i in rows if kinds[i] == kind]
        if members:
            out[kind] = _mean(values, members)
    return out
