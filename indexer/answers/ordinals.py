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
_CLAIMED = re.compile(rf"第([{_PLACE}\d]{{1,2}})([\u4e00-\u9fff]{{1,2}}?)(?=[吗呢吧了的啊？?，,。!！\s]|$)")


# The verb placing the subject, between what is ranked and its place (总分是第三名, 排在全市第一方阵).
_PLACING = re.compile(
    r"(?:是|为|排在|排名|排|位列|位于|位居|居|获得|获|拿了|拿到|拿|得了|进了|进入|进|在|了)+$"
)


def _place(written: str) -> int:
    return int(parse_numeral(written))


def claims(question: str, term: str) -> bool:
    """Whether the term is the place the question claims, part of it (第二名, 第二), or the place
    with its reach (全市第一方阵, a compound the question writes in one piece)."""
    claimed = _CLAIMED.search(normalize_for_matching(question))
    return claimed is not None and (term in claimed.group(0) or claimed.group(0) in term)


def other_place(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentences writing another place of the noun the question ranks, and the notice saying
    so, when none writes the place claimed; None otherwise. A place of something named before it
    (总分第三名) is read only in sentences naming that too: 单项第三名 is another contest's."""
    text = normalize_for_matching(question)
    claimed = _CLAIMED.search(text)
    if claimed is None:
        return None
    place, noun = _place(claimed.group(1)), claimed.group(2)
    ranked = re.search(r"[\u4e00-\u9fff]{2}$", _PLACING.sub("", text[: claimed.start()]))
    written = re.compile(rf"第([{_PLACE}\d]{{1,2}}){re.escape(noun)}")
    stating: list[Citation] = []
    places: list[str] = []
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        if ranked and ranked.group() not in sentence:
            continue
        found = list(written.finditer(sentence))
        if any(_place(match.group(1)) == place for match in found):
            return None
        if found:
            stating.append(citation)
            places += [match.group(0) for match in found]
    if not stating:
        return None
    said = "、".join(dict.fromkeys(places))
    return stating, f"报告写的是“{said}”，不是问题所说的“{claimed.group(0)}”；以下是报告原句。"
