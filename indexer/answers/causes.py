"""A cause the question puts for checking (三月十月没巡查，是不是因为执法人手不够), where the sentence
answering the rest gives another (因受疫情影响): the question's own words for the cause are in no
report, so it was declined as unwritten, and a chatbot was left to guess.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# 是不是因为…, 是因为…吧, 难道是由于…: the cause claimed, closing the question.
_CAUSE_CLAIMED = re.compile(
    r"[，,\s]*(?:是不是|是否|难道是?|莫非是?|是)?(?:因为|由于)(?P<cause>[^，,。？?！!；;]{2,20}?)"
    r"(?:的缘故|的原因)?(?:吗|吧|呢|的吧|的吗|呀|啊)?[？?！!。]*$"
)
# A cause as reports state it: 因受疫情影响, 由于人员调整, 因为….
_CAUSE_STATED = re.compile(
    r"因?受(?P<by>[^，。；;,]{1,12})影响|由于(?P<since>[^，。；;,]{2,16})|因为(?P<as>[^，。；;,]{2,16})"
)


def claimed_cause(question: str) -> tuple[str, str] | None:
    """(the question without its claimed cause, the cause) when it closes with one; None
    otherwise, or when nothing is left to answer."""
    found = _CAUSE_CLAIMED.search(question)
    if found is None:
        return None
    rest = question[: found.start()].rstrip("，, ")
    return (rest, found["cause"]) if len(rest) >= _LEFT_TO_ASK else None


_LEFT_TO_ASK = 6


def other_cause(claimed: str, citations: list[Citation]) -> tuple[Citation, str] | None:
    """The first sentence stating a cause sharing no words with the claimed one, and the cause
    as written; None when none does, or one states the claimed cause."""
    said = set(char_bigrams(normalize_for_matching(claimed)))
    found = None
    for citation in citations:
        text = normalize_for_matching(citation.text)
        # (企业停产停业: the sentence gives it beside the stated cause, …处于停产停业状态，故…)
        if len(said & set(char_bigrams(text))) * 2 >= len(said):
            return None
        for stated in _CAUSE_STATED.finditer(text):
            if said & set(char_bigrams(stated.group(0))):
                return None
            found = found or (citation, stated.group(0))
    return found
