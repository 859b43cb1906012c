"""What a change asked for is a change of (北碚火灾下降了多少: 火灾): only a share in a clause
naming that thing answers it.

The change verb was the whole target, so 生产安全事故和死亡人数…分别下降25% answered a question
on fires, because the sentence's earlier clause names 火灾防控; a chatbot then said fires fell by
a quarter.
"""

from __future__ import annotations

import re

from indexer.answers.figures import CLAUSE_BREAK, clause_of, percent_positions
from indexer.answers.terms import wordings
from indexer.text.normalize import normalize_for_matching

CHANGE_VERBS = frozenset("下降 上升 增长 减少 降低 提高 增加 提升 下滑 回落".split())
# Between the thing and its change: a count word, a comparison, a joining "each" (各, 分别).
_BETWEEN = re.compile(
    r"(?:的|起数|件数|次数|数量|总数|人数)?(?:(?:比|较|同比|相比)(?:去年|上年|前年|上一年|\d{2,4}年)?)?"
    r"(?:都|各|分别|各自)?$"
)
_JOINERS = re.compile(r"和|与|及|跟|、")


def change_verb(question: str, terms: list[str]) -> str | None:
    """The question's change verb (下降 of 火灾下降了多少), None when it has none."""
    text = normalize_for_matching(question)
    return next((t for t in terms if t in CHANGE_VERBS and t in text), None)


def changed_things(question: str, terms: list[str]) -> list[str]:
    """The terms the change verb of the question is said of (火灾 of 火灾下降了多少; 事故 and 火灾
    of 事故和火灾各下降多少); [] when no change is asked or nothing stands right before it."""
    text = normalize_for_matching(question)
    verb = change_verb(question, terms)
    if verb is None:
        return []
    before = text[: text.find(verb)]
    things: list[str] = []
    while True:
        gap = _BETWEEN.search(before)
        head = before[: gap.start()] if gap else before
        found = max((t for t in terms if t not in CHANGE_VERBS and head.endswith(t)), key=len, default=None)
        if found is None:
            return things
        things.insert(0, found)
        rest = head[: -len(found)]
        joiner = re.search(rf"(?:{_JOINERS.pattern})$", rest)
        if joiner is None:
            return things
        before = rest[: joiner.start()]


# What may stand before a share in its clause when the clause names no subject of its own (…共检查
# 各类企业579家（次），同比增长80.93%): a comparison, a joining "each", the change.
_SUBJECTLESS = re.compile(
    r"^(?:(?:比|较|同比|相比|与)[^，,。；;\u4e00-\u9fff]*(?:去年|上年|前年|上一年|同期|年)?(?:相比)?)?"
    rf"(?:分别|各|都|均|则|又)?(?:{'|'.join(sorted(CHANGE_VERBS))})(?:了|为|到|至)?(?:约|近)?$"
)


# A count of a thing named by the thing and 数 (企业数, 人数): the thing's own count.
_COUNT_OF = re.compile(r"(?:数量|数目|个数|总数|家数|数)$")


def changes_of(sentence: str, thing: str, question: str) -> bool:
    """Whether a share in the sentence is said of the thing: its clause words it, or, when the
    clause names no subject (同比增长80.93%), the sentence before the clause does."""
    text = normalize_for_matching(sentence)
    words = wordings(thing, question)
    counted = _COUNT_OF.sub("", thing)
    if counted != thing and len(counted) >= 2:  # 企业数: the change of the firms' count
        words |= wordings(counted, question)
    for start, end in percent_positions(text):
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
        said_of = text[:end] if _SUBJECTLESS.match(text[clause_start:start]) else clause_of(text, start, end)
        if any(w in said_of for w in words):
            return True
    return False
