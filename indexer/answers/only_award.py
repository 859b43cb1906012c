"""A prize claimed to be all that was won (仅获优秀组织奖，并未取得名次吧; 只拿了个单项第三), where
the sentence writing that prize writes another beside it (…获得优秀组织奖，取得了总分第一名).

Quoted plainly, the sentence would stand under the claim as if it bore it out; a chatbot
repeating both says the team won nothing more.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.terms import CLAUSE_MARKS
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# 仅获…, 只拿了个…, 光得了…: what follows is claimed to be all of it.
_ONLY_WON = re.compile(
    r"(?:仅|只|就|光|才)(?:获得|获评|获|拿到|拿了个|拿了|拿个|拿|得到|得了个|得了|得|混了个|混了|混到|捞了个|捞了"
    r"|捧回来一个|捧回来个|捧回来|捧回|捧了个|捧了)了?"
    r"(?P<prize>[^，,。？?！!；;]{2,20}?)"
    r"(?=[，,。？?！!；;]|回来|吧|吗|呢|而已|罢了|$)"
)
# A prize or place as reports write them.
_PRIZE = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:奖|称号)|(?:总分|团体|个人|单项|[\u4e00-\u9fff]{2,6})?第[一二三四五六七八九十\d]+名"
    r"|(?:冠军|亚军|季军)"
)
# The words of a prize that name it, without 第 and 名 (单项第三 of 单项第三名).
_CORE = re.compile(r"第|名$|奖$")


def more_than_claimed(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the prize claimed to be all, and another it writes, first, with the
    correction; None when no claim is made or no quoted sentence writes more."""
    claim = _ONLY_WON.search(normalize_for_matching(question))
    if claim is None:
        return None
    claimed = _CORE.sub("", claim["prize"])
    for citation in citations:
        text = normalize_for_matching(citation.text)
        if claimed not in _CORE.sub("", text):
            continue
        for clause in CLAUSE_MARKS.split(text):
            others = [p.group(0) for p in _PRIZE.finditer(clause) if _CORE.sub("", p.group(0)) not in claimed]
            others = [p for p in others if claimed not in _CORE.sub("", p)]
            if others:
                notice = f"报告写的是“{clause}”，不是问题所说的只有“{claim['prize']}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None


# A prize claimed won (拿了冠军, 获得了一等奖): what the sentence on that contest writes instead.
_WON = re.compile(
    r"(?:拿了|拿到了?|获得了?|夺得了?|得了|摘得了?|捧回了?)(?:团体|个人|单项|总分)?"
    r"(?P<prize>冠军|亚军|季军|[一二三]等奖|金奖|银奖|铜奖|第[一二三四五六七八九十\d]+名)"
)
_CONTEST_PAIRS = 2
_PLACE_OF = {"冠军": "第一名", "亚军": "第二名", "季军": "第三名"}


def other_prize(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing another prize of the contest than the one claimed (拿了冠军, where
    the report writes 获得了…总决赛优秀组织奖), and the correction; None when the question claims
    no prize, a quoted sentence writes it, or none writes the contest with another prize."""
    asked = normalize_for_matching(question)
    claim = _WON.search(asked)
    if claim is None:
        return None
    ways = {claim["prize"], _PLACE_OF.get(claim["prize"], claim["prize"])}  # 冠军 is 第一名
    contest = set(char_bigrams(asked[: claim.start()]))
    # The sentence on the contest claimed is the one sharing most of its words: another
    # contest's 总分第一名 (执法大比武) neither bears out nor corrects a 基层队伍大比武 冠军.
    if not citations:
        return None
    shared = [len(contest & set(char_bigrams(normalize_for_matching(c.text)))) for c in citations]
    on_contest = [c for c, n in zip(citations, shared, strict=True) if n == max(shared)]
    if any(way in normalize_for_matching(c.text) for c in on_contest for way in ways):
        return None
    for citation in on_contest:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text)):
            prizes = [p.group(0) for p in _PRIZE.finditer(clause)]
            if prizes and len(contest & set(char_bigrams(clause))) >= _CONTEST_PAIRS:
                notice = f"报告写的是“{clause}”，不是问题所说的“{claim['prize']}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None
