#!/usr/bin/env python3
"""Check snippet-based evaluation sets against the corpus (standard library only).

Usage:
    python3 evalsets/verify.py [FILES...]

Without arguments every evalsets/*.jsonl that holds at least one row with a "gold" key is
checked. For each row:

* the row is a JSON object with a unique, non-empty string "id";
* "kind", when the file has an allowed set below, is one of that set; otherwise any non-empty
  string is accepted (counts per kind are always printed);
* "gold", when present, is a non-empty list;
* every object anywhere in the row that has both "snippet" and "source" keys (gold items, and
  nested lists such as "citations" or "evidence") names a file that exists in ../corpus
  relative to this script, and norm(snippet) occurs EXACTLY ONCE in norm(report text), where
  norm(s) = "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isalnum());
* a "grade", when present on such an object, is a non-negative integer;
* in a ranked-retrieval file (retrieval.jsonl), no two gold items of one row lie in the same
  report sentence: score.py credits a returned passage once, so a second marker of the same
  place can never be earned and only lowers the row's best possible nDCG.

A snippet whose normalised form only matches across a line break of the report is reported as
a warning (it may straddle two passages), not as a problem.

Importable: problems(path) -> list[str] returns the problems of one file (empty when clean).
Exit status is 1 when any checked file has a problem.
"""

from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"

# Allowed kinds per file name; files not listed accept any non-empty string kind.
ASK_KINDS = {"single", "multi", "figure", "yesno"}
ALLOWED_KINDS: dict[str, set[str]] = {
    "retrieval.jsonl": {"keyword", "question", "paraphrase", "colloquial", "multi"},
    "retrieval_blind.jsonl": {"keyword", "question", "paraphrase", "colloquial", "multi"},
    "ask.jsonl": ASK_KINDS,
    "ask_extra.jsonl": ASK_KINDS,
}
# Question-answering sets: every row says whether it can be answered and why (the reasons of
# indexer/answers/answer_types.py); only answerable rows carry gold snippets.
ASK_FILES = {"ask.jsonl", "ask_extra.jsonl"}
ASK_REASONS = {"answered", "no_report_for_scope", "no_figure", "not_covered", "unknown_district", "meta"}
# Files scored by nDCG, where each gold item must mark its own place in a report.
ONE_ITEM_PER_SENTENCE = {"retrieval.jsonl", "retrieval_blind.jsonl"}
# Sentence ends and line breaks: the places a gold item marks are report sentences (and the
# clauses between semicolons), which no chunking of ours decides.
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|\n")
# Minimum row counts per kind, checked for the files listed here.
MIN_KINDS: dict[str, dict[str, int]] = {
    "retrieval.jsonl": {"keyword": 40, "question": 25, "paraphrase": 30, "colloquial": 40, "multi": 30},
}


def norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


_CACHE: dict[str, tuple[str, list[str]] | None] = {}


def _sentences(source: str) -> list[str]:
    """Normalised sentences of a corpus file that exists."""
    raw = (CORPUS / source).read_text(encoding="utf-8")
    return [norm(s) for s in _SENTENCE_END.split(raw) if norm(s)]


def _same_place_problems(row: dict) -> list[str]:
    """Gold items of one row that share a report sentence with an earlier item."""
    out, first_at = [], {}
    for item in row.get("gold", []):
        if not isinstance(item, dict) or _report(item.get("source", "")) is None:
            continue
        wanted = norm(item.get("snippet", ""))
        hits = [i for i, s in enumerate(_sentences(item["source"])) if wanted and wanted in s]
        if len(hits) != 1:
            continue
        place = (item["source"], hits[0])
        if place in first_at:
            out.append(f"gold {item['snippet']!r} is in the same sentence as {first_at[place]!r}")
        else:
            first_at[place] = item["snippet"]
    return out


def _report(source: str) -> tuple[str, list[str]] | None:
    """(normalised text, normalised lines) of a corpus file, or None when it does not exist."""
    if source not in _CACHE:
        path = CORPUS / source
        if (
            not source
            or Path(source).name != source
            or not path.is_file()
        ):
            _CACHE[source] = None
        else:
            raw = path.read_text(encoding="utf-8")
            _CACHE[source] = (norm(raw), [norm(line) for line in raw.splitlines()])
    return _CACHE[source]


def _cited(value, where: str = "row"):
    """Yield (location, object) for every dict with "snippet" and "source" keys inside value."""
    if isinstance(value, dict):
        if "snippet" in value and "source" in value:
            yield where, value
        for key, sub in value.items():
            yield from _cited(sub, f"{where}.{key}")
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from _cited(sub, f"{where}[{i}]")


def _load(path: Path) -> tuple[list[tuple[int, object]], list[str]]:
    rows, errors = [], []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc.msg})")
    return rows, errors


def check(path) -> dict:
    """Full result for one file: rows, kinds (Counter), problems, warnings."""
    path = Path(path)
    rows, problems_ = _load(path)
    warnings: list[str] = []
    kinds: collections.Counter = collections.Counter()
    allowed = ALLOWED_KINDS.get(path.name)
    seen_ids: dict[str, int] = {}

    for lineno, row in rows:
        if not isinstance(row, dict):
            problems_.append(f"line {lineno}: row is not a JSON object")
            continue
        rid = row.get("id")
        label = f"line {lineno} ({rid})" if isinstance(rid, str) and rid else f"line {lineno}"
        if not isinstance(rid, str) or not rid.strip():
            problems_.append(f"{label}: missing or empty id")
        elif rid in seen_ids:
            problems_.append(f"{label}: duplicate id, first on line {seen_ids[rid]}")
        else:
            seen_ids[rid] = lineno

        if "kind" in row or allowed is not None:
            kind = row.get("kind")
            if not isinstance(kind, str) or not kind.strip():
                problems_.append(f"{label}: missing or empty kind")
                kinds["(none)"] += 1
            else:
                kinds[kind] += 1
                if allowed is not None and kind not in allowed:
                    problems_.append(f"{label}: kind {kind!r} not in {sorted(allowed)}")
        else:
            kinds["(none)"] += 1

        if "gold" in row and (not isinstance(row["gold"], list) or not row["gold"]):
            problems_.append(f"{label}: gold must be a non-empty list")
        if path.name in ASK_FILES:
            problems_ += [f"{label}: {p}" for p in _ask_problems(row)]
        if path.name in ONE_ITEM_PER_SENTENCE:
            problems_ += [f"{label}: {p}" for p in _same_place_problems(row)]

        for where, item in _cited(row):
            snippet, source = item.get("snippet"), item.get("source")
            at = f"{label} {where}"
            if not isinstance(source, str) or _report(source) is None:
                problems_.append(f"{at}: source {source!r} not found in {CORPUS}")
                continue
            if not isinstance(snippet, str) or not norm(snippet):
                problems_.append(f"{at}: empty snippet")
                continue
            text, lines = _report(source)
            wanted = norm(snippet)
            count = text.count(wanted)
            if count != 1:
                problems_.append(f"{at}: snippet {snippet!r} occurs {count} times in {source} (need exactly 1)")
            elif not any(wanted in line for line in lines):
                warnings.append(f"{at}: snippet {snippet!r} spans a line break in {source}")
            if "grade" in item:
                grade = item["grade"]
                if isinstance(grade, bool) or not isinstance(grade, int) or grade < 0:
                    problems_.append(f"{at}: grade {grade!r} is not a non-negative integer")

    for kind, minimum in MIN_KINDS.get(path.name, {}).items():
        if kinds.get(kind, 0) < minimum:
            problems_.append(f"kind {kind!r}: {kinds.get(kind, 0)} rows, need at least {minimum}")

    return {"path": path, "rows": len(rows), "kinds": kinds, "problems": problems_, "warnings": warnings}


def _ask_problems(row: dict) -> list[str]:
    """A question-answering row: a known reason, gold exactly when answerable, and a question
    over several districts citing at least two reports."""
    out = []
    reason, answerable = row.get("reason"), row.get("answerable")
    if reason not in ASK_REASONS:
        out.append(f"reason {reason!r} not in {sorted(ASK_REASONS)}")
    if answerable is not (reason == "answered"):
        out.append(f"answerable {answerable!r} does not fit reason {reason!r}")
    if not isinstance(row.get("question"), str) or not row.get("question", "").strip():
        out.append("missing question")
    if answerable and "gold" not in row:
        out.append("an answerable question needs gold snippets")
    if not answerable and "gold" in row:
        out.append("an unanswerable question has no gold snippets")
    sources = {g.get("source") for g in row.get("gold", []) if isinstance(g, dict)}
    if answerable and row.get("kind") == "multi" and len(sources) < 2:
        out.append("a several-district question cites at least two reports")
    return out


def problems(path) -> list[str]:
    """The problems of one evaluation file (an empty list when it is clean)."""
    return check(path)["problems"]


def _has_gold(path: Path) -> bool:
    rows, _ = _load(path)
    return any(isinstance(row, dict) and "gold" in row for _, row in rows)


def default_files() -> list[Path]:
    return [p for p in sorted(HERE.glob("*.jsonl")) if _has_gold(p)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    files = [Path(a) for a in args] if args else default_files()
    if not files:
        print("no evaluation files with gold rows found")
        return 1
    failed = False
    for path in files:
        if not path.is_file():
            print(f"{path}: no such file")
            failed = True
            continue
        result = check(path)
        kinds = ", ".join(f"{k}={n}" for k, n in sorted(result["kinds"].items()))
        print(f"{path}: {result['rows']} rows; kinds: {kinds}")
        for warning in result["warnings"]:
            print(f"  warning: {warning}")
        for problem in result["problems"]:
            print(f"  problem: {problem}")
        print(f"  {len(result['problems'])} problem(s), {len(result['warnings'])} warning(s)")
        failed = failed or bool(result["problems"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
