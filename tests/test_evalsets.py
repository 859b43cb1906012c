"""Our own evaluation sets stay true to the reports: every gold snippet exists, once."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

EVALSETS = Path(__file__).resolve().parents[1] / "evalsets"


def _verify():
    spec = importlib.util.spec_from_file_location("evalsets_verify", EVALSETS / "verify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["retrieval.jsonl", "retrieval_blind.jsonl", "ask.jsonl", "ask_extra.jsonl"])
def test_every_gold_snippet_occurs_once_in_its_report(name):
    assert _verify().problems(EVALSETS / name) == []


def test_a_question_answering_row_must_fit_its_reason(tmp_path):
    """The checks for ask sets fail on rows that contradict themselves."""
    source = sorted(p.name for p in (EVALSETS.parent / "corpus").glob("*.txt"))[0]
    rows = [
        {"id": "y1", "answerable": False, "reason": "answered", "kind": "single", "question": "问题一"},
        {"id": "y2", "answerable": True, "reason": "answered", "kind": "multi", "question": "问题二",
         "gold": [{"snippet": "__none__", "source": source}]},
        {"id": "y3", "answerable": False, "reason": "made_up", "kind": "single", "question": "问题三"},
    ]  # fmt: skip
    path = tmp_path / "ask_extra.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    found = " ".join(_verify().problems(path))
    assert "does not fit reason" in found
    assert "at least two reports" in found
    assert "'made_up' not in" in found


def test_two_gold_items_in_one_sentence_are_one_place_too_many(tmp_path):
    """score.py credits a passage once, so a second marker in the same sentence could never be
    earned: verify refuses it in a ranked-retrieval file and accepts the same items apart."""
    verify = _verify()
    source = sorted(p.name for p in (EVALSETS.parent / "corpus").glob("*.txt"))[0]
    text = verify.norm((EVALSETS.parent / "corpus" / source).read_text(encoding="utf-8"))
    sentence = next(s for s in verify._sentences(source) if len(s) >= 40 and text.count(s[:12]) == 1
                    and text.count(s[-12:]) == 1)  # fmt: skip
    other = next(s for s in verify._sentences(source) if len(s) >= 20 and s != sentence
                 and text.count(s[:12]) == 1)  # fmt: skip
    head, tail, elsewhere = sentence[:12], sentence[-12:], other[:12]

    def write(items):
        row = {"id": "p1", "kind": "keyword", "query": "某个词", "gold": [
            {"snippet": s, "grade": 2, "source": source} for s in items]}  # fmt: skip
        path = tmp_path / "retrieval.jsonl"
        path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
        return [p for p in verify.problems(path) if "same sentence" in p]

    assert write([head, tail]) == [f"line 1 (p1): gold {tail!r} is in the same sentence as {head!r}"]
    assert write([head, elsewhere]) == []
