"""A question that presumes a change in one direction the reports state in the other.

"普陀区处罚金额下降了多少" was declined as "报告…没有给出‘下降’的具体数字", which a chatbot
repeats as if the fall were real; the report says the amount rose 373.33%. When the sentences
on the question's subject state the opposite change, that is the answer, said as a correction.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.evidence import Scored
from indexer.answers.figures import UNIT_KINDS
from indexer.answers.terms import wordings, words_term
from indexer.text.normalize import normalize_for_matching

_UP = "上升|增加|增长|提高|上涨|攀升|增多|扩大|翻番|翻了"
_DOWN = "下降|减少|降低|回落|下滑|缩小|减轻|减少了|少了"
_DIRECTIONS = {"up": re.compile(_UP), "down": re.compile(_DOWN)}
# A stated change has its size right after the word (同比增长80.93%, 分别下降25%): 提高执法水平
# states none.
_CHANGE = {d: re.compile(rf"(?:{words})[^，。；;]{{0,4}}\d") for d, words in (("up", _UP), ("down", _DOWN))}
OPPOSITE = {"up": "down", "down": "up"}
SAID = {"up": "增长（上升）", "down": "下降（减少）"}


# What a change is measured against; reports write 同比 or 较2022年 for the asker's 比上年.
_BASELINES = frozenset("上年 去年 前年 上一年 前一年 同期 同比 往年 以前 之前 上期".split())


def asked_direction(question: str) -> str | None:
    """The direction of change the question presumes, when it presumes exactly one."""
    text = normalize_for_matching(question)
    found = [d for d, pattern in _DIRECTIONS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def correction_notice(direction: str) -> str:
    """The notice of an answer that corrects the question's direction."""
    return f"报告写的是{SAID[OPPOSITE[direction]]}，与问题所说的{SAID[direction]}相反；以下是报告原句。"


_MEASURE_WORD = re.compile(
    "(?:"
    + "|".join(sorted({u for units in UNIT_KINDS.values() for u in units}, key=len, reverse=True))
    + ")次?"
)


def is_direction_word(term: str) -> bool:
    return any(pattern.fullmatch(term) for pattern in _DIRECTIONS.values())


def contradicting(
    candidates: list[Scored], direction: str, terms: list[str], question: str
) -> list[Citation]:
    """Sentences wording every subject term of the question and stating the opposite change."""
    opposite = _CHANGE[OPPOSITE[direction]]
    # A measure word (家次 of 579家次) is how the figure is counted, not what: the report may
    # write it apart (家（次）).
    subject = [
        t
        for t in terms
        if not is_direction_word(t) and t not in _BASELINES and not _MEASURE_WORD.fullmatch(t)
    ]
    if not subject:
        return []
    found = []
    for candidate in candidates:
        text = normalize_for_matching(candidate.citation.text)
        if opposite.search(text) and not _DIRECTIONS[direction].search(text):
            if all(words_term(wordings(t, question) | {t}, text) for t in subject):
                found.append(candidate.citation)
    return found
