"""Whom something was sent to (向同级司法行政部门报送…): a question naming another recipient
(报给了自治区应急管理厅) finds the sentence on the sending, every other word covered, and a
chatbot repeating it under the plain notice would confirm the wrong recipient."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.terms import CLAUSE_MARKS
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
_ASKED_WHOM = re.compile(r"什么|哪|谁|何|啥")
_PARTICLES = re.compile(r"[的之了]")
# Of the question's sent thing, the share of character pairs the sentence must write.
MIN_SHARED = 0.5


def _sendings(text: str) -> list[tuple[str, str]]:
    """(recipient, the words of what is sent) of every sending the text writes: after the verb
    in 向X报送Y, before the recipient (after 把) in 把Y报给X."""
    found = []
    for match in _SENT_TO.finditer(text):
        if match.group("to"):
            clause_start = max(text.rfind(mark, 0, match.start()) for mark in "，,。；;？?")
            before = text[clause_start + 1 : match.start()]
            marked = _OBJECT_MARK.split(before)
            found.append((match.group("to"), marked[-1] if len(marked) > 1 else before))
        else:
            found.append((match.group("before"), CLAUSE_MARKS.split(text[match.end() :])[0]))
    return found


def other_recipient(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one writing the sending first, and what to say, when the question
    sends a thing the sentence sends to another body: one of another kind (厅 vs 部), or one
    sharing no words with the question's recipient."""
    for claimed, thing in _sendings(normalize_for_matching(question)):
        if _ASKED_WHOM.search(claimed):  # 向什么机关报送: the recipient asked, not claimed
            continue
        sent = set(char_bigrams(_PARTICLES.sub("", thing)))  # (上一年的执法年报: 的执 is no word)
        for citation in citations:
            text = normalize_for_matching(citation.text)
            if not sent or len(sent & set(char_bigrams(text))) < MIN_SHARED * len(sent):
                continue
            for recipient, _ in _sendings(text):
                if recipient in claimed or claimed in recipient:
                    return None
                if _other_body(recipient, claimed):
                    rest = [c for c in citations if c is not citation]
                    return [citation, *rest], f"报告写的是“向{recipient}”报送，不是问题所说的“{claimed}”"
    return None


# The kind of body a name ends in: 应急管理部 and 湖北省应急管理厅 share words and are two
# bodies. 部门 (同级司法行政部门) says no kind.
_BODY = re.compile(r"(部|厅|局|委|委员会|办|办公室|院|署|政府|队|中心)$")


def _other_body(recipient: str, claimed: str) -> bool:
    """Whether the question's recipient is another body than the sentence's: bodies of different
    kinds, or names sharing no character pair."""
    kinds = [_BODY.search(name) for name in (recipient, claimed)]
    if all(kinds) and kinds[0].group(1) != kinds[1].group(1):
        return True
    # 同级 says which level, not which body (同级司法行政部门, 同级人大常委会)
    recipient, claimed = (_LEVEL.sub("", name) for name in (recipient, claimed))
    return not set(char_bigrams(recipient)) & set(char_bigrams(claimed))


_LEVEL = re.compile(r"^(?:同级|本级|上级|上一级|区级|市级|省级)")
