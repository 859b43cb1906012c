"""Which retrieval levers earn their place: an on/off table, and fusion weights chosen by
cross-validation over query kinds (never by fitting every query of the gold file)."""

from __future__ import annotations

import itertools
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

from indexer.build.pipeline import build_index
from indexer.evaluation.evaluate import load_gold, score_one
from indexer.retrieval.search import SearchConfig, Searcher

QUERY_LEVERS: tuple[tuple[str, dict], ...] = (
    ("- synonym expansion (BM25)", {"expand_synonyms": False}),
    ("- thesaurus expansion (BM25)", {"thesaurus_weight": 0.0}),
    ("- character-bigram BM25", {"bigram_weight": 0.0}),
    ("- district/year in query as filter", {"understand_query": False}),
    ("- district diversity for 哪些区/各区", {"diversify": False}),
    ("- best-piece dense scoring", {"sentence_weight": 0.0}),
    ("- section cue boost (不足/下一步)", {"section_boost": 0.0}),
    ("RRF instead of weighted fusion", {"fusion": "rrf"}),
)
INDEX_LEVERS: tuple[tuple[str, dict], ...] = (
    ("- headings in BM25 text", {"context_lexical": False}),
    ("+ headings in embedded text", {"context_dense": True}),
    ("- heading-aware passage cuts", {"follow_headings": False}),
    ("passages of ~200 chars", {"target_chars": 200}),
    ("- clause pieces (sentences only)", {"clause_vectors": False}),
)
WEIGHT_GRID = {
    "dense_weight": (0.5, 0.75, 1.0, 1.5),
    "sentence_weight": (0.25, 0.5, 0.75),
    "bigram_weight": (0.25, 0.5, 1.0),
}


def score_config(
    searcher: Searcher, gold: list[dict], config: SearchConfig, mode: str = "hybrid", k: int = 10
) -> dict:
    """Mean metrics over all queries, the paraphrase kind's nDCG, and per-query nDCG by kind."""
    saved = searcher.config
    searcher.config = config
    try:
        rows = [
            (
                g.get("kind", "all"),
                score_one([h.to_dict() for h in searcher.search(g["query"], k=k, mode=mode)], g["gold"], k),
            )
            for g in gold
        ]
    finally:
        searcher.config = saved
    para = [s["ndcg"] for kind, s in rows if kind == "paraphrase"]
    return {
        "ndcg": statistics.mean(s["ndcg"] for _, s in rows),
        "recall": statistics.mean(s["recall"] for _, s in rows),
        "mrr": statistics.mean(s["mrr"] for _, s in rows),
        "paraphrase_ndcg": statistics.mean(para) if para else None,
        "by_kind": {kind: [s["ndcg"] for k2, s in rows if k2 == kind] for kind in {k for k, _ in rows}},
    }


def ablation_table(searcher: Searcher, gold_path: Path, corpus_dir: Path | None = None) -> list[dict]:
    """Rows of (lever, metrics): the full system, then each lever turned off or swapped."""
    gold = load_gold(gold_path)
    base = searcher.config
    rows = [{"lever": "full system (hybrid)", **_metrics(score_config(searcher, gold, base))}]
    for mode in ("bm25", "dense"):
        rows.append({"lever": f"{mode} only", **_metrics(score_config(searcher, gold, base, mode=mode))})
    for name, change in QUERY_LEVERS:
        rows.append({"lever": name, **_metrics(score_config(searcher, gold, replace(base, **change)))})
    if corpus_dir is not None:
        with tempfile.TemporaryDirectory(prefix="reportsearch-ablation-") as work:
            for i, (name, change) in enumerate(INDEX_LEVERS):
                variant = _variant_index(searcher, corpus_dir, Path(work) / f"v{i}", change)
                rows.append({"lever": name, **_metrics(score_config(variant, gold, base))})
    full = rows[0]["ndcg"]
    for row in rows:
        row["delta_ndcg"] = round(row["ndcg"] - full, 4)
    none = SearchConfig(
        sentence_weight=0.0,
        expand_synonyms=False,
        thesaurus_weight=0.0,
        bigram_weight=0.0,
        understand_query=False,
        diversify=False,
        section_boost=0.0,
    )
    rows.append({"lever": "all query levers off", **_metrics(score_config(searcher, gold, none))})
    rows[-1]["delta_ndcg"] = round(rows[-1]["ndcg"] - full, 4)
    return rows


def cross_validate_weights(searcher: Searcher, gold_path: Path) -> dict:
    """Leave one query kind out: pick weights on the other kinds, score them on the held-out kind."""
    gold = load_gold(gold_path)
    kinds = sorted({g.get("kind", "all") for g in gold})
    grid = [
        dict(zip(WEIGHT_GRID, values, strict=True)) for values in itertools.product(*WEIGHT_GRID.values())
    ]
    results = {
        tuple(c.values()): score_config(searcher, gold, replace(searcher.config, **c))["by_kind"]
        for c in grid
    }
    folds = []
    for held_out in kinds:

        def train_score(key, held_out=held_out):
            return statistics.mean(
                v for kind, values in results[key].items() if kind != held_out for v in values
            )

        best = max(
            results,
            key=lambda key: (
                train_score(key),
                key == tuple(searcher.config.__dict__[n] for n in WEIGHT_GRID),
            ),
        )
        folds.append(
            {
                "held_out": held_out,
                "chosen": dict(zip(WEIGHT_GRID, best, strict=True)),
                "held_out_ndcg": round(statistics.mean(results[best][held_out]), 4),
            }
        )
    return {"grid": WEIGHT_GRID, "folds": folds}


def _variant_index(searcher: Searcher, corpus_dir: Path, index_dir: Path, change: dict) -> Searcher:
    options = searcher.options
    chunk_fields = {k: v for k, v in change.items() if k in ("target_chars", "max_chars", "follow_headings")}
    other = {k: v for k, v in change.items() if k not in chunk_fields}
    options = replace(options, chunking=replace(options.chunking, **chunk_fields), **other)
    build_index(corpus_dir, index_dir, searcher.encoder, options, reuse_from=searcher.index_dir)
    return Searcher(index_dir, encoder=searcher.encoder, config=searcher.config)


def _metrics(scores: dict) -> dict:
    return {
        "ndcg": round(scores["ndcg"], 4),
        "recall": round(scores["recall"], 4),
        "mrr": round(scores["mrr"], 4),
        "paraphrase_ndcg": None if scores["paraphrase_ndcg"] is None else round(scores["paraphrase_ndcg"], 4),
    }
