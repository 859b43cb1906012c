"""A place the question claims (排进了第一方阵, 拿了第二名) against the place the reports write.

Asked 排进第一方阵了吗 of a report writing 位于第二方阵, the sentence was quoted under the plain
notice: 第一 is worded elsewhere (位列全市第一), 方阵 here, and every term looked covered. A
chatbot repeating that answer says yes. The place written is the answer, said as a correction.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import parse_numeral

_PLACE = "一二三四五六七八九十"
# 第 + a place + the one- or two-character noun it ranks (方阵, 名, 梯队), up to a particle.
# (拿了第二名对吧, 第二名没错吧: a claim put for checking)
# (not an event's number: 第一届的大比武 names the contest, 第二名 is the place)
_CLAIMED = re.compile(
    rf"第([{_PLACE}\d]{{1,2}})(?![届期次批轮章条款])([\u4e00-\u9fff]{{0,2}}?)(?=[吗呢吧了的啊对没？?，,。!！\s]|$)"
)
# A verb written before a place, not part of what the place is (位于第二方阵, 单项第三名 is).
_PLACING_WORD = re.compile(r"^(?:位于|位列|位居|名列|排在|排名|荣获|获得|取得|获)")
# What an ordinal numbers when it counts events or parts, not places (第一届大比武, 第六期, 第二条).
_EVENT_NUMBER = "[届期次批轮季章条款项个年天步阶段]"
# What a bare place (全市第一) may rank in a report: 第二方阵, 第三名.
_RANK_NOUNS = "方阵|名|位|梯队"
_TIER = re.compile(r"(?:方阵|梯队)$")


# The verb placing the subject, between what is ranked and its place (总分是第三名, 排在全市第一方阵),
# and where in it (进展里排在第二方阵: 进展 is ranked).
_PLACING = re.compile(
    r"(?:是|为|排在|排名|排|位列|位于|位居|居|获得|获|拿了|拿到|拿|得了|进了|进入|进|在|了|里|中|当中)+$"
)


def _place(written: str) -> int:
    return int(parse_numeral(written))


def claims(question: str, term: str) -> bool:
    """Whether the term is the place the question claims, part of it (第二名, 第二), the place
    with its reach (全市第一方阵, a compound the question writes in one piece), or the word
    placing it cut with its 第 (排名第 of 排名第2)."""
    text = normalize_for_matching(question)
    claimed = _CLAIMED.search(text)
    if claimed is None:
        return False
    placing = term.endswith("第") and text.find(term) + len(term) - 1 == claimed.start()
    return term in claimed.group(0) or claimed.group(0) in term or placing


# Words that place or reach, not what is placed (全市排名第二: the 2023行动 before it is ranked).
_RANKING_WORDS = re.compile(r"^(?:全市|全区|全省|全国|市里|排名|排在|排|名列|位列|位居|位于|排行|名次)$")


def ranking_word(term: str) -> bool:
    return _RANKING_WORDS.match(term) is not None


def claim_clause(question: str) -> str:
    """The clause of the question claiming a place (位列第一方阵，它一共明确了多少项任务: the
    first); what is ranked is named there, whatever else the question asks."""
    text = normalize_for_matching(question)
    claimed = _CLAIMED.search(text)
    if claimed is None:
        return text
    start = max(text.rfind(mark, 0, claimed.start()) for mark in "，,。；;？?！!") + 1
    ends = [at for at in (text.find(mark, claimed.end()) for mark in "，,。；;？?！!") if at >= 0]
    return text[start : min(ends, default=len(text))]


def other_place(
    question: str, citations: list[Citation], subject: list[frozenset[str]] | None = None
) -> tuple[list[Citation], str] | None:
    """The sentences writing another place of the noun the question ranks, and the notice saying
    so, when none writes the place claimed; None otherwise. A place of something named before it
    (总分第三名) confirms only in sentences naming that too. Given the wordings of the question's
    other terms (`subject`), only the sentences wording most of them are on what is ranked: 答题
    率位列全市第一 does not place the 2023行动, nor 综合执法大比武's 第一名 the 基层队伍大比武."""
    text = normalize_for_matching(question)
    claimed = _CLAIMED.search(text)
    if claimed is None:
        return None
    place, noun = _place(claimed.group(1)), claimed.group(2)
    ranked = re.search(r"[\u4e00-\u9fff]{2}$", _PLACING.sub("", text[: claimed.start()]))
    # 第一名 claimed of a standing the report gives in 方阵 (位于第二方阵) is a place too
    ranking = (
        f"(?:{_RANK_NOUNS})" if noun in ("名", "位") else re.escape(noun) if noun else f"(?:{_RANK_NOUNS})?"
    )
    # 第一届, 第六期 number an event, not a place in it.
    written = re.compile(rf"(?:[\u4e00-\u9fff]{{2}})?第([{_PLACE}\d]{{1,2}})(?!{_EVENT_NUMBER}){ranking}")
    sentences = [normalize_for_matching(c.text) for c in citations]
    covered = [sum(any(w in s for w in ways) for ways in subject or ()) for s in sentences]
    on_subject = [not subject or cover == max(covered) for cover in covered]
    stating: list[Citation] = []
    places: list[str] = []
    for citation, sentence, on in zip(citations, sentences, on_subject, strict=True):
        named = not ranked or ranked.group() in sentence
        if not on or not (named or subject):
            continue
        found = list(written.finditer(sentence))
        # 第二方阵 is the second of five tiers, not second place: it confirms 第二方阵 only.
        by_rank = noun in ("", "名", "位")
        if named and any(
            _place(match.group(1)) == place and not (by_rank and _TIER.search(match.group(0)))
            for match in found
        ):
            return None
        if found:
            stating.append(citation)
            places += [_PLACING_WORD.sub("", match.group(0)) for match in found]
    if not stating or claimed.group(0) in places:  # the very place claimed is no correction of it
        return None
    said = "、".join(dict.fromkeys(places))
    by_rank = noun in ("", "名", "位")  # 第二名 claimed, 第二方阵 written: say what a tier is
    tier = "（方阵、梯队是分档，不是名次）" if by_rank and any(_TIER.search(p) for p in places) else ""
    return stating, f"报告写的是“{said}”{tier}，不是问题所说的“{claimed.group(0)}”；以下是报告原句。"
