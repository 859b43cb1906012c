"""Our scorer agrees with the reference scorer that ships with the eval set."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys

import pytest

from indexer.evaluation.evaluate import score_one, summarize
from tests.conftest import SHARED

REFERENCE = SHARED / "eval" / "score.py"

# Gold written for this test (not taken from any eval file).
GOLD = [
    {
        "id": "t1",
        "kind": "keyword",
        "query": "执法记录仪",
        "gold": [
            {"snippet": "按组配发执法记录仪", "grade": 2, "source": "002_efacd56a1967a3ad.txt"},
            {"snippet": "执法全过程记录制度", "grade": 1, "source": "000_bfa995e79c53abb1.txt"},
        ],
    },
    {
        "id": "t2",
        "kind": "question",
        "query": "哪里开展了森林防火？",
        "gold": [{"snippet": "修订完善森林火灾", "grade": 2, "source": "000_bfa995e79c53abb1.txt"}],
    },
]


def test_reference_scorer_is_present():
    # CI runs with ../shared beside the clone; without it this agreement test could not run.
    assert REFERENCE.is_file(), f"missing {REFERENCE}"


def test_scores_match_the_reference_scorer(searcher, tmp_path):
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)

    results_rows, ours = [], []
    for mode in ("bm25", "dense", "hybrid"):
        for row in GOLD:
            results = [h.to_dict() for h in searcher.search(row["query"], k=10, mode=mode)]
            mine = score_one(results, row["gold"], 10)
            theirs = reference.score_one(results, row["gold"], 10)
            assert mine == pytest.approx(theirs)
            if mode == "hybrid":
                results_rows.append({"id": row["id"], "results": results})
                ours.append((row["kind"], mine))

    gold_path, results_path = tmp_path / "gold.jsonl", tmp_path / "results.jsonl"
    gold_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD), encoding="utf-8")
    results_path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in results_rows), encoding="utf-8"
    )
    printed = subprocess.run(
        [sys.executable, str(REFERENCE), str(gold_path), str(results_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    reference_summary = json.loads(printed.stdout)
    for kind, metrics in summarize(ours).items():
        for name in ("ndcg", "recall", "mrr"):
            assert metrics[name] == pytest.approx(reference_summary[kind][name], abs=1e-4)


def test_score_one_edge_cases():
    gold = [
        {"snippet": "甲乙丙", "grade": 2, "source": "a.txt"},
        {"snippet": "丁戊", "grade": 1, "source": "a.txt"},
    ]
    perfect = [{"source": "a.txt", "text": "甲乙丙"}, {"source": "a.txt", "text": "丁戊"}]
    assert score_one(perfect, gold) == {"ndcg": 1.0, "recall": 1.0, "mrr": 1.0}
    wrong_file = [{"source": "b.txt", "text": "甲乙丙丁戊"}]
    assert score_one(wrong_file, gold) == {"ndcg": 0.0, "recall": 0.0, "mrr": 0.0}
    # Punctuation and width differences do not matter, as in the reference.
    assert score_one([{"source": "a.txt", "text": "甲，乙 丙"}], gold)["recall"] == 0.5


def test_candidate_recall_counts_gold_items_in_each_modes_top_100(searcher, tmp_path):
    from indexer.evaluation.evaluate import candidate_recall, norm

    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD), encoding="utf-8")
    table = {m: v["100"] for m, v in candidate_recall(searcher, gold_path, ["bm25", "hybrid"]).items()}
    for mode in ("bm25", "hybrid"):
        found = 0
        for row in GOLD:
            hits = searcher.search(row["query"], k=100, mode=mode)
            found += sum(
                any(
                    h.passage.source == g["source"] and norm(g["snippet"]) in norm(h.passage.text)
                    for h in hits
                )
                for g in row["gold"]
            )
        assert table[mode]["all"] == {"recall": round(found / 3, 4), "items": 3}
        assert set(table[mode]) == {"all", "keyword", "question"}
    # The top 100 of the hybrid list holds every gold item of these easy queries.
    assert table["hybrid"]["all"]["recall"] == 1.0


def test_best_possible_ndcg_is_below_one_only_when_gold_items_share_a_passage(searcher, tmp_path):
    """Two markers in one passage can be credited only once; markers in two passages can both be."""
    from indexer.evaluation.evaluate import best_possible_ndcg, norm

    passages = [p for p in searcher.passages if len(p.text) >= 60]
    first, second = passages[0], next(p for p in passages if p.source != passages[0].source)

    def unique_piece(passage, at):
        piece = passage.text[at : at + 12]
        assert sum(norm(piece) in norm(p.text) for p in searcher.passages if p.source == passage.source) == 1
        return {"snippet": piece, "grade": 2, "source": passage.source}

    rows = [
        {"id": "apart", "kind": "keyword", "query": "甲", "gold": [unique_piece(first, 0), unique_piece(second, 0)]},
        {"id": "together", "kind": "question", "query": "乙", "gold": [unique_piece(first, 0), unique_piece(first, 40)]},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    ceiling = best_possible_ndcg(searcher, path)
    assert ceiling["keyword"] == 1.0
    # One passage at gain 3 against an ideal of two: 3 / (3 + 3 / log2(3)).
    assert ceiling["question"] == round(1 / (1 + 1 / math.log2(3)), 4)


@pytest.mark.parametrize("module", ["indexer.evaluation.ask_eval", "indexer.evaluation.topic_probe"])
def test_the_ask_scripts_say_a_missing_index_in_one_line(module, tmp_path):
    import importlib

    with pytest.raises(SystemExit) as ended:
        importlib.import_module(module).main(["--index", str(tmp_path / "no-index")])
    # The path as given: its last part alone would name another directory from elsewhere.
    assert str(ended.value).startswith(f"Error: No index in {tmp_path / 'no-index'}")
    assert f"--index {tmp_path / 'no-index'}" in str(ended.value)
