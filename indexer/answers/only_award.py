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

# 仅获…, 只拿了个…, 光得了…: what follows is claimed to be all of it.
_ONLY_WON = re.compile(
    r"(?:仅|只|就|光|才)(?:获得|获评|获|拿到|拿了个|拿了|拿个|拿|得到|得了个|得了|得|混了个|混了|混到|捞了个|捞了)了?"
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
