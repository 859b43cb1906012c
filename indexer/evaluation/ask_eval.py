"""How well `ask` answers what the reports say and declines what they do not (evalsets/ask.jsonl).

The set is split once, by a fixed seed and stratified by reason, into a calibration half
(where every threshold of indexer/answers/evidence.py is chosen) and a test half (reported
only). Per question the expected reason is compared with the one `ask` gives; answerable
questions are also scored on their gold snippets, like retrieval results.

    python3 -m indexer.evaluation.ask_eval --index DIR [--half test|calibration|all]
"""

from __future__ import annotations

import argparse
import json
import random
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from indexer.answers.answer import answer_question
from indexer.answers.answer_types import REASONS
from indexer.answers.evidence import EvidenceConfig
from indexer.errors import ReportSearchError
from indexer.retrieval.search import Searcher

ASK_SET = Path(__file__).resolve().parents[2] / "evalsets" / "ask.jsonl"
SPLIT_SEED = 20261129
MAX_CITATIONS = 8


def load_ask_set(path: Path = ASK_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split_halves(rows: list[dict], seed: int = SPLIT_SEED) -> tuple[list[dict], list[dict]]:
    """(calibration, test): each reason's questions, ordered by id, shuffled by one seeded
    generator (reasons in sorted order), the first half (rounded up) to calibration."""
    rng = random.Random(seed)
    calibration, test = [], []
    for reason in sorted({r["reason"] for r in rows}):
        items = sorted((r for r in rows if r["reason"] == reason), key=lambda r: r["id"])
        rng.shuffle(items)
        half = (len(items) + 1) // 2
        calibration += items[:half]
        test += items[half:]
    return calibration, test


def _norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def gold_scores(citations: list[dict], gold: list[dict]) -> tuple[float, float]:
    """(recall, reciprocal rank) of the gold snippets among the citations, as score.py credits them."""
    credited, first = set(), 0.0
    for rank, citation in enumerate(citations, 1):
        text = _norm(citation["text"])
        hit = False
        for j, item in enumerate(gold):
            if j not in credited and citation["source"] == item["source"] and _norm(item["snippet"]) in text:
                credited.add(j)
                hit = True
        if hit and not first:
            first = 1.0 / rank
    return len(credited) / len(gold), first


@dataclass
class AskReport:
    confusion: dict[str, dict[str, int]]  # expected reason -> given reason -> count
    declined_right: float  # share of unanswerable questions declined with the expected reason
    answered_share: float  # share of answerable questions answered
    recall: float  # mean gold-snippet recall over answerable questions
    mrr: float
    n: int
    latency_p50_ms: float
    misses: list[dict] = field(default_factory=list)  # id, expected, given: for reading, not tuning on test


def evaluate_ask(
    searcher: Searcher,
    rows: list[dict],
    config: EvidenceConfig | None = None,
    answer: Callable | None = None,
) -> AskReport:
    """Run `ask` on `rows` and compare each answer with what the set expects."""
    answer = answer or (lambda text: answer_question(searcher, text, MAX_CITATIONS, config))
    confusion = {expected: dict.fromkeys(REASONS, 0) for expected in REASONS}
    recalls, ranks, times, misses = [], [], [], []
    for row in rows:
        start = time.perf_counter()
        result = answer(row["question"]).to_dict()
        times.append(time.perf_counter() - start)
        given = result["reason"] if result["reason"] != "answered" or result["answered"] else "not_covered"
        confusion[row["reason"]][given] += 1
        if given != row["reason"]:
            misses.append({"id": row["id"], "expected": row["reason"], "given": given})
        if row["answerable"]:
            recall, reciprocal = gold_scores(result["citations"][:MAX_CITATIONS], row["gold"])
            recalls.append(recall)
            ranks.append(reciprocal)
    unanswerable = [r for r in REASONS if r != "answered"]
    declined_total = sum(sum(confusion[r].values()) for r in unanswerable)
    times.sort()
    return AskReport(
        confusion=confusion,
        declined_right=sum(confusion[r][r] for r in unanswerable) / declined_total if declined_total else 0.0,
        answered_share=_share(confusion["answered"]["answered"], sum(confusion["answered"].values())),
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        mrr=sum(ranks) / len(ranks) if ranks else 0.0,
        n=len(rows),
        latency_p50_ms=1000 * times[len(times) // 2] if times else 0.0,
        misses=misses,
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def format_report(report: AskReport, title: str) -> str:
    short = {"answered": "answered", "no_report_for_scope": "no_report", "no_figure": "no_figure",
             "not_covered": "not_cov", "unknown_district": "unknown", "meta": "meta"}  # fmt: skip
    lines = [
        f"## {title} ({report.n} questions)",
        "",
        "expected \\ given | " + " | ".join(short[r] for r in REASONS),
    ]
    lines.append("---|" + "---|" * len(REASONS))
    for expected in REASONS:
        counts = report.confusion[expected]
        if sum(counts.values()):
            lines.append(f"{expected} | " + " | ".join(str(counts[r]) for r in REASONS))
    lines += [
        "",
        f"unanswerable declined with the right reason: {report.declined_right:.1%}",
        f"answerable answered: {report.answered_share:.1%}",
        f"citation recall (gold snippets, answerable): {report.recall:.3f}   MRR: {report.mrr:.3f}",
        f"ask p50 latency: {report.latency_p50_ms:.1f} ms",
    ]
    return "\n".join(lines)


def open_searcher(index: Path) -> Searcher:
    """The index's searcher; a missing or damaged index ends the script with its one-line
    reason, not a traceback."""
    try:
        return Searcher(index)
    except ReportSearchError as e:
        raise SystemExit(f"Error: {e}") from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--half", choices=("test", "calibration", "all"), default="test")
    parser.add_argument("--set", type=Path, default=ASK_SET)
    parser.add_argument("--misses", action="store_true", help="list the ids answered with another reason")
    args = parser.parse_args(argv)
    searcher = open_searcher(args.index)
    calibration, test = split_halves(load_ask_set(args.set))
    halves = {"calibration": calibration, "test": test, "all": calibration + test}
    report = evaluate_ask(searcher, halves[args.half])
    print(format_report(report, f"ask on the {args.half} half"))
    if args.misses:
        for miss in report.misses:
            print(f"{miss['id']}: expected {miss['expected']}, given {miss['given']}")


if __name__ == "__main__":
    main()
