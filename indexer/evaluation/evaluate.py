"""Scoring ranked passages against snippet-based gold judgments.

Same semantics as the reference scorer shipped with the eval set: a passage covers a gold
item when it comes from the item's source file and the normalised snippet is a substring
of the normalised passage text; nDCG@k uses gain 2^grade - 1.
"""

from __future__ import annotations

import json
import math
import statistics
import time
import unicodedata
from pathlib import Path

from indexer.errors import ReportSearchError

METRICS = ("ndcg", "recall", "mrr")


def norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def score_one(results: list[dict], gold: list[dict], k: int = 10) -> dict[str, float]:
    credited: set[int] = set()
    gains = []
    for result in results[:k]:
        text, source, gain = norm(result.get("text", "")), result.get("source"), 0
        for j, item in enumerate(gold):
            if j not in credited and source == item["source"] and norm(item["snippet"]) in text:
                credited.add(j)
                gain = max(gain, item["grade"])
        gains.append(gain)
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((item["grade"] for item in gold), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    mrr = next((1 / (i + 1) for i, g in enumerate(gains) if g > 0), 0.0)
    return {
        "ndcg": dcg / idcg if idcg else 0.0,
        "recall": len(credited) / len(gold) if gold else 0.0,
        "mrr": mrr,
    }


def summarize(rows: list[tuple[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Mean of each metric per query kind and over all ("all"), with counts."""
    by_kind: dict[str, list[dict[str, float]]] = {}
    for kind, scores in rows:
        by_kind.setdefault(kind, []).append(scores)
        by_kind.setdefault("all", []).append(scores)
    return {
        kind: {m: round(statistics.mean(s[m] for s in group), 4) for m in METRICS} | {"n": len(group)}
        for kind, group in by_kind.items()
    }


def load_gold(path: Path) -> list[dict]:
    """The gold rows, each checked for the fields scoring reads: a row that would fail deep
    inside a run is refused here, with its line number."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        rows = [(n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReportSearchError(f"{path}: cannot read the gold file as UTF-8 JSON lines ({e}).") from e
    if not rows:
        raise ReportSearchError(f"{path}: the gold file has no rows.")
    for number, row in rows:
        problem = _gold_problem(row)
        if problem:
            raise ReportSearchError(f"{path}, line {number}: {problem} (see the eval README).")
    return [row for _, row in rows]


def _is_item(item) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("source"), str)
        and isinstance(item.get("snippet"), str)
        and isinstance(item.get("grade"), int | float)
    )


def _gold_problem(row) -> str | None:
    if not isinstance(row, dict) or "id" not in row or "gold" not in row:
        return 'every line needs "id" and "gold"'
    if not isinstance(row["gold"], list) or not row["gold"] or not all(_is_item(i) for i in row["gold"]):
        return '"gold" must be a list of {"source", "snippet", "grade"} items'
    if "source" in row:  # a similar-passages row: the passage holding this snippet is the query
        source = row["source"]
        if isinstance(source, dict) and _is_item({**source, "grade": 0}):
            return None
        return '"source" must be {"source", "snippet"}'
    if not isinstance(row.get("query"), str) or not row["query"].strip():
        return 'a search row needs a non-empty "query"'
    return None


def evaluate_modes(searcher, gold_path: Path, modes: list[str], k: int = 10) -> dict:
    """Run every gold query through each mode; return per-kind metrics and passage lengths."""
    gold = load_gold(gold_path)
    return {
        mode: _score_rows(
            gold,
            lambda row, mode=mode: searcher.search(row["query"], k=k, mode=mode),
            k,
            _forgetting(searcher),
        )
        for mode in modes
    }


def candidate_recall(
    searcher, gold_path: Path, modes: list[str], depths: tuple[int, ...] = (20, 50, 100)
) -> dict:
    """Per mode, depth and kind, the share of gold items in the top `depth`: what the first
    stage finds at all, so a low Recall@10 beside a high share here is the ranking's fault,
    and a low share here the candidates'. (50 is the hybrid's candidates per list; 100 is the
    most a search returns, a large share of a small corpus.)"""
    gold = load_gold(gold_path)
    table: dict = {}
    for mode in modes:
        found: dict[int, dict[str, list[int]]] = {d: {} for d in depths}
        for row in gold:
            for depth in depths:
                results = [h.to_dict() for h in searcher.search(row["query"], k=depth, mode=mode)]
                covered = round(score_one(results, row["gold"], depth)["recall"] * len(row["gold"]))
                for kind in {"all", row.get("kind", "all")}:
                    counts = found[depth].setdefault(kind, [0, 0])
                    counts[0] += covered
                    counts[1] += len(row["gold"])
        table[mode] = {
            str(depth): {kind: {"recall": round(c / n, 4), "items": n} for kind, (c, n) in kinds.items()}
            for depth, kinds in found.items()
        }
    return table


def best_possible_ndcg(searcher, gold_path: Path, k: int = 10) -> dict:
    """Per kind, the nDCG@k of the best ordering of this index's own passages (greedy: the
    passage adding the highest grade not yet credited, then the one covering fewest items).
    Below 1 when gold items share a passage, which is credited once: the ceiling any ranking
    of these passages can reach on this gold."""
    gold = load_gold(gold_path)
    # Only the passages of reports the gold names are ever credited; normalise each once.
    named = {g["source"] for row in gold for g in row["gold"]}
    by_source: dict[str, list] = {}
    for passage in searcher.passages:
        if passage.source in named:
            by_source.setdefault(passage.source, []).append((passage, norm(passage.text)))
    rows = []
    for row in gold:
        items = row["gold"]
        covering = []
        for source in sorted({g["source"] for g in items}):
            for passage, text in by_source.get(source, []):
                covered = {
                    j for j, g in enumerate(items) if g["source"] == source and norm(g["snippet"]) in text
                }
                if covered:
                    covering.append((passage, covered))
        order = _best_order(covering, items, k)
        rows.append((row.get("kind", "all"), score_one(order, items, k)))
    return {kind: metrics["ndcg"] for kind, metrics in summarize(rows).items()}


def _best_order(covering: list[tuple], items: list[dict], k: int) -> list[dict]:
    """Greedy best ranking of (passage, covered item indexes): highest fresh grade first."""
    credited: set[int] = set()
    order = []

    def gain(entry) -> tuple[int, int]:
        fresh = entry[1] - credited
        return (max((items[j]["grade"] for j in fresh), default=-1), -len(fresh))

    while covering and len(order) < k:
        best = max(covering, key=gain)
        if not best[1] - credited:
            break
        order.append({"source": best[0].source, "text": best[0].text})
        credited |= best[1]
        covering.remove(best)
    return order


def _forgetting(searcher):
    """What empties the encoder's query cache: each mode embeds the same queries again, and
    its latency should be that of new queries, not of a cache filled by the mode before."""
    return getattr(searcher.encoder, "forget_queries", None) or (lambda: None)


def _score_rows(gold: list[dict], retrieve, k: int, before_each=lambda: None) -> dict:
    """Per-kind metrics of `retrieve(row)` over the gold rows, and the returned passages' lengths."""
    rows, lengths, times = [], [], []
    for row in gold:
        before_each()
        started = time.perf_counter()
        hits = retrieve(row)
        times.append((time.perf_counter() - started) * 1000)
        results = [h.to_dict() for h in hits]
        lengths += [len(r["text"]) for r in results]
        rows.append(
            (row.get("kind", "similar" if "source" in row else "all"), score_one(results, row["gold"], k))
        )
    return {
        "kinds": summarize(rows),
        "passage_chars": {
            "median": statistics.median(lengths) if lengths else 0,
            "max": max(lengths) if lengths else 0,
        },
        # The first query of a mode pays for warming caches; later ones are what a user waits.
        "latency_ms": {
            "p50": round(statistics.median(times[1:] or times), 2),
            "p90": round(statistics.quantiles(times[1:], n=10)[-1], 2) if len(times) > 2 else None,
        },
    }


def evaluate_similar(searcher, gold_path: Path, methods: list[str], k: int = 10) -> dict:
    """Score similar-passage methods: each row's query is the passage holding its source snippet."""
    from indexer.answers.similar import SimilarConfig, similar_passages

    gold = load_gold(gold_path)

    def retrieve(row: dict, method: str):
        passage_id = find_passage(searcher, row["source"]["snippet"], row["source"]["source"])
        return similar_passages(searcher, passage_id, k=k, config=SimilarConfig(method=method))

    return {
        method: _score_rows(gold, lambda row, method=method: retrieve(row, method), k) for method in methods
    }


def find_passage(searcher, snippet: str, source: str) -> str:
    """The id of the passage of `source` whose text contains `snippet` (compared after norm())."""
    wanted = norm(snippet)
    for p in searcher.passages:
        if p.source == source and wanted in norm(p.text):
            return p.passage_id
    raise ReportSearchError(f"No passage of {source} contains {snippet!r}.")


def compare_indexes(first, second, gold_path: Path, modes: list[str], k: int = 10) -> dict:
    """Per mode: how much the two indexes' top-k lists overlap (shared passages / k, averaged
    over the gold queries), and each one's median query latency in milliseconds."""
    gold = load_gold(gold_path)
    searchers = (first, second)
    for searcher in searchers:  # load the model and warm caches before timing
        searcher.search(gold[0]["query"], k=k)
    table = {}
    for mode in modes:
        overlaps, latencies = [], ([], [])
        for row in gold:
            lists = []
            for i, searcher in enumerate(searchers):
                _forgetting(searcher)()
                started = time.perf_counter()
                hits = searcher.search(row["query"], k=k, mode=mode)
                latencies[i].append((time.perf_counter() - started) * 1000)
                lists.append({h.passage.passage_id for h in hits})
            overlaps.append(len(lists[0] & lists[1]) / max(len(lists[0]), len(lists[1]), 1))
        table[mode] = {
            "overlap": round(statistics.mean(overlaps), 4),
            "median_ms": [round(statistics.median(t), 2) for t in latencies],
        }
    return table
