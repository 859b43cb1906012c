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


@pytest.mark.parametrize("name", ["retrieval.jsonl", "ask.jsonl", "ask_extra.jsonl"])
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
