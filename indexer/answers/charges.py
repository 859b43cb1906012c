"""The charge a case was handed over under (the report's 重大责任事故罪): a question naming another
(以危险作业罪移送的那2起) finds the sentence on the handover, and a chatbot repeating it under the
plain notice would confirm the charge the question names."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching

_CHARGE_RUN = re.compile(r"[\u4e00-\u9fff]+罪")
# What runs into a charge's name in a sentence (以涉嫌…罪, 对…罪的打击), or a count of the
# cases before it (2起重大责任事故罪案件, 那两起…罪).
_BEFORE_NAME = re.compile(r"涉嫌|按照|按|以|对|的|了|是|为|[一二两三四五六七八九十几][起件宗]|^[起件宗]")
_ASKING = re.compile(r"哪|什么|何|啥")  # 哪种罪 asks for the charge


def _charges(text: str) -> list[str]:
    """The charges the text names (重大责任事故罪), not 犯罪 in general (违法犯罪)."""
    runs = _CHARGE_RUN.findall(re.sub(r"\d", " ", normalize_for_matching(text)))
    names = (_BEFORE_NAME.split(run)[-1] for run in runs)
    return [n for n in names if len(n) >= 3 and not n.endswith("犯罪") and not _ASKING.search(n)]


def other_charge(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one naming a charge first, and what to say of them, when the
    question names a charge no quoted sentence names and one names another; None otherwise."""
    asked = _charges(question)
    if not asked or any(name in normalize_for_matching(c.text) for c in citations for name in asked):
        return None
    for citation in citations:
        written = [n for n in _charges(citation.text) if n not in asked]
        if written:
            rest = [c for c in citations if c is not citation]
            return [citation, *rest], f"报告写的是“{written[0]}”，不是问题所说的“{asked[0]}”"
    return None
