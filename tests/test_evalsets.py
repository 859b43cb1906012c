"""Our own evaluation sets stay true to the reports: every gold snippet exists, once."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EVALSETS = Path(__file__).resolve().parents[1] / "evalsets"


def _verify():
    spec = importlib.util.spec_from_file_location("evalsets_verify", EVALSETS / "verify.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["retrieval.jsonl", "ask.jsonl"])
def test_every_gold_snippet_occurs_once_in_its_report(name):
    assert _verify().problems(EVALSETS / name) == []
