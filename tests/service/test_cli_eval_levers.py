"""reportsearch eval: first-stage recall and lever cross-validation, on gold written for this test."""

from __future__ import annotations

import json
import shutil
import subprocess

from indexer.evaluation.lever_study import CANDIDATES, KEPT_LEVERS, WEIGHT_FAMILIES


def run(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("reportsearch")
    assert exe, "the reportsearch console script is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=900)


GOLD = [
    ("keyword", "微型消防站 建设", "微型消防站", "004_6c2235596314ce6f.txt"),
    ("keyword", "委托执法 行政警告", "委托了行政警告", "003_0a1174e0e61f44a7.txt"),
    ("keyword", "执法记录仪", "按组配发执法记录仪", "002_efacd56a1967a3ad.txt"),
    ("question", "北碚区把哪些处罚权交给了街道？", "委托了行政警告", "003_0a1174e0e61f44a7.txt"),
    ("question", "普陀区执法人员拍视频用什么设备", "按组配发执法记录仪", "002_efacd56a1967a3ad.txt"),
    ("question", "硚口区在小区里建了什么救火的点", "微型消防站", "004_6c2235596314ce6f.txt"),
]


def _gold(tmp_path, rows=GOLD):
    path = tmp_path / "gold.jsonl"
    lines = [
        {"id": f"t{i}", "kind": kind, "query": q, "gold": [{"snippet": s, "grade": 2, "source": src}]}
        for i, (kind, q, s, src) in enumerate(rows)
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8")
    return path


def test_candidate_recall_is_printed_per_mode_and_kind(real_index, tmp_path):
    path = _gold(tmp_path)
    done = run("eval", "--queries", str(path), "--candidate-recall", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "top 100" in done.stdout and "top 50" in done.stdout
    data = json.loads(
        run("eval", "--queries", str(path), "--candidate-recall", "--json", "--index", str(real_index)).stdout
    )
    for mode in ("bm25", "dense", "hybrid"):
        shares = data["candidate_recall"][mode]
        assert set(shares["100"]) == {"all", "keyword", "question"}
        assert shares["100"]["all"]["items"] == len(GOLD)
        # A deeper list holds at least what a shallower one does.
        assert shares["100"]["all"]["recall"] >= shares["20"]["all"]["recall"]
        assert shares["20"]["all"]["recall"] >= data["modes"][mode]["kinds"]["all"]["recall"]
    assert data["modes"]["hybrid"]["latency_ms"]["p50"] > 0
    # Each of these rows has one gold item, so a perfect ranking of the passages reaches 1.
    assert data["best_possible_ndcg"] == {"all": 1.0, "keyword": 1.0, "question": 1.0}
    assert "Best possible nDCG@10" in done.stdout


def test_crossval_reports_every_lever_over_five_folds_of_both_files(real_index, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    done = run(
        "eval",
        "--queries",
        str(_gold(first, GOLD[:3] * 2)),
        "--with",
        str(_gold(second, GOLD[3:] * 2)),
        "--crossval",
        "--json",
        "--index",
        str(real_index),
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"system", *(name for name, _ in KEPT_LEVERS), *WEIGHT_FAMILIES, *CANDIDATES}
    for row in data.values():
        assert len(row["folds"]) == 5
        assert set(row["summary"]) == {"all", "keyword", "question"}
    # The questions come only from the --with file: it was read.
    assert data["system"]["summary"]["question"]["mean"] > 0


def test_crossval_needs_a_gold_file(real_index):
    done = run("eval", "--crossval", "--index", str(real_index))
    assert done.returncode == 2
    assert "--queries" in done.stderr + done.stdout
