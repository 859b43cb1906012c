"""A share of a whole claimed in words (行业部门的队伍占了一半多吗, 街道的不到三分之一吧), held
against the figures a sentence gives of the whole and of the part (备案应急救援队伍35支，其中…
行业部门应急救援队伍22支).

The reports write counts, not such shares: the share words matched no sentence, so the question
was declined though its figures are there; or, with the words dropped, the sentence on the topic
was quoted under a plain notice, and a chatbot would repeat the share as the report's. The share
is worked out from the two figures and said to be worked out; when no sentence gives both, the
answer says the report states no such share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.answers.answer_types import Citation
from indexer.answers.stated_figures import unit_after
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral, find_numbers
from indexer.text.tokens import char_bigrams

# Shares said in words, each with the range of the part's fraction it claims; the longest
# wording first (一半多 before 一半, 绝大多数 before 大多数 before 多数).
_CLAIMED = {
    "绝大多数": (0.8, 1.0),
    "绝大部分": (0.8, 1.0),
    "一半以上": (0.5, 1.0),
    "一半多": (0.5, 1.0),
    "超过一半": (0.5, 1.0),
    "超过半数": (0.5, 1.0),
    "多于一半": (0.5, 1.0),
    "大多数": (0.5, 1.0),
    "大部分": (0.5, 1.0),
    "过半": (0.5, 1.0),
    "多数": (0.5, 1.0),
    "少数": (0.0, 0.5),
    "不到一半": (0.0, 0.5),
    "少于一半": (0.0, 0.5),
    "不足一半": (0.0, 0.5),
    "将近一半": (0.4, 0.5),
    "接近一半": (0.4, 0.5),
    "一半左右": (0.4, 0.6),
    "差不多一半": (0.4, 0.6),
    "三分之二": (0.62, 0.72),
    "三分之一": (0.28, 0.38),
    "四分之一": (0.2, 0.3),
    "一半": (0.45, 0.55),
}
# Said of a part: 占了一半多, 是不是过半, 超过一半了吧; 一半 alone elsewhere is no share (一半是计划).
_SHARE = re.compile(
    r"(?:占|占了|占到|有|达|达到|是|都|算)?(?:" + "|".join(sorted(_CLAIMED, key=len, reverse=True)) + ")"
)
# 压缩了一半（50%）: the percent in brackets says the share in figures.
_RESTATED_IN_PERCENT = re.compile(
    r"(?:"
    + "|".join(sorted(_CLAIMED, key=len, reverse=True))
    + r")\s*[(（]\s*(\d+(?:\.\d+)?\s*[%％])\s*[)）]"
)
_BEFORE_CLAIM = re.compile(r"(?:的|是不是|是否|有没有|已经|都|就|也|只|仅|才)+$")
_OPEN_QUESTION = re.compile(r"什么|哪|怎么|如何|多少|几|为什么|为何|啥|咋")
# What holds of the part, after the share words: 都整改到位了吧 -> 整改到位.
_AROUND_PREDICATE = re.compile(r"^(?:都|已经|已|也|均|是|的)+|(?:了|吧|吗|呢|啊|没有|没|嘛)+$")
# A part read against a whole the sentence names first: 35支，其中…22支.
_PART_OF = re.compile(r"其中|当中|中有")
# Characters a clause of the sentence may run to before the part's figure.
_PART_REACH = 16


@dataclass(frozen=True)
class ShareClaim:
    words: str  # as the question writes them: 一半多
    low: float
    high: float
    part: str  # what the share is claimed of: 行业部门, 整改到位
    whole: str = ""  # what it is a share of, when the question says (重大事故隐患…大部分都整改到位)


def claimed_share(question: str) -> ShareClaim | None:
    """The share the question claims in words, and of what; None when it claims none. Said of
    a part (行业部门的占了一半多), the whole is the total a sentence gives; said of a whole with
    what holds of the part after it (隐患大部分都整改到位了), both are the question's words."""
    text = normalize_for_matching(question)
    clauses = re.split(r"[，,？?；;。！!]", text)
    for at, clause in enumerate(clauses):
        match = _SHARE.search(clause)
        if match is None or _OPEN_QUESTION.search(clause):
            continue  # 大部分企业是怎么整改的: a quantifier of an open question, no claim
        words = next(w for w in sorted(_CLAIMED, key=len, reverse=True) if w in match.group(0))
        before = _BEFORE_CLAIM.sub("", clause[: match.start()])
        if len(before) < 2 and at > 0:  # 排查出来的问题隐患，绝大多数都整改到位了吗
            before = _BEFORE_CLAIM.sub("", clauses[at - 1])
        after = _AROUND_PREDICATE.sub("", clause[match.end() :])
        if len(before) < 2:
            continue
        if len(after) >= 2:
            return ShareClaim(words, *_CLAIMED[words], part=after, whole=before)
        return ShareClaim(words, *_CLAIMED[words], part=before)
    return None


def in_percent(question: str) -> str:
    """The question with a share it also gives as a percent said by the percent alone (压缩了一半
    （50%） -> 压缩了50%): the percent is checked as any stated figure is, and 一半 read beside it
    was a figure 一 no sentence writes."""
    return _RESTATED_IN_PERCENT.sub(r"\1", question)


def share_words() -> frozenset[str]:
    """The words of a claimed share: no topic a sentence must write."""
    return frozenset(_CLAIMED)


def checked_share(claim: ShareClaim, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """[The sentence] giving the whole and the part the share is claimed of, and the notice
    saying what share its figures make and whether that is the one claimed; None when no
    sentence gives both figures."""
    for citation in citations:
        # The part's and the whole's figures first: 到期整改率100% is of the items due, where
        # 142个…整改到位135个 counts all of them.
        # A rate claimed (整改率只有一半左右) is held to the rate written, not to counts worked out.
        rate_claimed = "率" in claim.part and _stated_rate(citation.text, claim.part)
        worked = None if rate_claimed else _part_and_whole(citation.text, claim)
        rate = None if worked else _stated_rate(citation.text, claim.part)
        if worked:
            part, whole, unit = worked
            fraction = part.value / whole.value
            said = (
                f"按报告的数字算，“{claim.part}”{part.raw}{unit}占{whole.raw}{unit}的{fraction:.1%}"
                "（比例是由报告数字算出的，报告本身没有写）"
            )
        elif rate:  # 持证率100%: the report states the share itself
            fraction, said = rate[0].value / 100, f"报告写的是“{rate[1]}”"
        else:
            continue
        below = claim.low == 0.0  # 不到一半: under the bound, not up to it
        if (fraction < claim.high) if below else (claim.low < fraction <= claim.high):
            notice = f"{said}，合乎问题所说的“{claim.words}”"
        else:
            notice = f"{said}，不是问题所说的“{claim.words}”"
        return [citation], notice
    return None


def unstated_notice(claim: ShareClaim) -> str:
    return (
        f"报告没有写“{claim.part}”所占的比例，所引句子也没有同时给出总数和“{claim.part}”的数字，"
        f"说不出是否“{claim.words}”。"
    )


def _part_and_whole(sentence: str, claim: ShareClaim) -> tuple[Numeral, Numeral, str] | None:
    """The part's figure and the whole's, in one unit, the whole written first: the whole the
    figure whose words best match the claim's whole, the part the next one after it whose words
    match the part; with no whole named, the whole a figure before the part's with 其中 between."""
    text = normalize_for_matching(sentence)
    numbers = find_numbers(text)
    units = [unit_after(text, n) for n in numbers]
    part_shared = [_shared(text, n, claim.part) for n in numbers]
    if claim.whole:
        whole_shared = [
            _shared(text, n, claim.whole) if unit else 0 for n, unit in zip(numbers, units, strict=True)
        ]
        best = max(whole_shared, default=0)
        for i in (i for i, shared in enumerate(whole_shared) if shared and shared == best):
            parts = [
                j
                for j in range(i + 1, len(numbers))
                if units[j] == units[i] and numbers[j].value < numbers[i].value and part_shared[j]
            ]
            if parts:
                j = max(parts, key=lambda j: (part_shared[j], -j))
                return numbers[j], numbers[i], units[i]
        return None
    # The part the number whose words match best (行业部门应急救援队伍22支, not 街道…队伍11支).
    for j in sorted(range(len(numbers)), key=lambda j: (-part_shared[j], j)):
        if not part_shared[j]:
            break
        if not units[j]:
            continue
        for i in reversed(range(j)):
            between = text[numbers[i].end : numbers[j].start]
            if units[i] == units[j] and numbers[i].value > numbers[j].value and _PART_OF.search(between):
                return numbers[j], numbers[i], units[j]
    return None


def _stated_rate(sentence: str, part: str) -> tuple[Numeral, str] | None:
    """A percentage the sentence writes of the part (持证率100% for 持证), as written with the
    words before it in its clause."""
    text = normalize_for_matching(sentence)
    for number in find_numbers(text):
        if number.percent and _shared(text, number, part):
            clause_start = max(text.rfind(mark, 0, number.start) for mark in "，,、；;。") + 1
            return number, text[clause_start : number.end].strip()
    return None


def _shared(text: str, number: Numeral, words: str) -> int:
    """How many character pairs of `words` the number's clause writes right before it."""
    clause_start = max(text.rfind(mark, 0, number.start) for mark in "，,、；;。") + 1
    before = text[max(clause_start, number.start - _PART_REACH) : number.start]
    return len(set(char_bigrams(words)) & set(char_bigrams(before)))
