"""Whom something was sent to (向同级司法行政部门报送…): a question naming another recipient
(报给了自治区应急管理厅) finds the sentence on the sending, every other word covered, and a
chatbot repeating it under the plain notice would confirm the wrong recipient."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

_SEND = r"(?:报送|上报|提交|报告|呈报|递交)"
_NAME = r"[^，,。；;？?！!、]{2,20}?"
# 报给了X, 提交给X吗 in a question; 向X报送 in either.
_SENT_TO = re.compile(
    rf"(?:{_SEND}给|报给|报到|交给|送给|报送至|上报至)了?(?P<to>{_NAME})(?:了|没有|没)?(?=吗|吧|呢|[，,。？?]|$)"
    rf"|向(?P<before>{_NAME}){_SEND}"
)
_OBJECT_MARK = re.compile(r"把|将")
# Of the question's sent thing, the share of character pairs the sentence must write.
MIN_SHARED = 0.5


def _sendings(text: str) -> list[tuple[str, str]]:
    """(recipient, the clause's words before it) of every sending the text writes."""
    found = []
    for match in _SENT_TO.finditer(text):
        recipient = match.group("to") or match.group("before")
        clause_start = max(text.rfind(mark, 0, match.start()) for mark in "，,。；;？?")
        found.append((recipient, text[clause_start + 1 : match.start()]))
    return found


def other_recipient(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one writing the sending first, and what to say, when the question
    sends a thing the sentence sends to someone sharing no words with the question's recipient."""
    for claimed, before in _sendings(normalize_for_matching(question)):
        marked = _OBJECT_MARK.split(before)
        sent = set(char_bigrams(marked[-1] if len(marked) > 1 else before))
        for citation in citations:
            text = normalize_for_matching(citation.text)
            if not sent or len(sent & set(char_bigrams(text))) < MIN_SHARED * len(sent):
                continue
            for recipient, _ in _sendings(text):
                if recipient in claimed or claimed in recipient:
                    return None
                if not set(char_bigrams(recipient)) & set(char_bigrams(claimed)):
                    rest = [c for c in citations if c is not citation]
                    return [citation, *rest], f"报告写的是“向{recipient}”报送，不是问题所说的“{claimed}”"
    return None
