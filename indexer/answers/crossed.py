"""Two like names the question gives to two holders the other way round from the report (区里是
执法大队、镇街是执法支队, where the report writes 区应急管理局由执法支队、镇街由执法大队).

The sentence writes every word of the question, so it passed as an answer under a plain notice;
only the pairing is wrong. paired_figures does the same for two figures.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching

# Characters a holder is written with before its name (区里头是…, 镇街由…): not the holder.
_LINKS = re.compile(r"里头|里面|这边|那边|一级|层面|是|由|为|的|里|设|有|叫|都|就|则|呢|用|靠|那|这")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_NAME_LENGTHS = (4, 3)  # 执法大队 and 执法支队; shorter names tell too little apart


def crossed_pairs(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence pairing the question's two like names with its two holders the other way
    round, and the notice saying so; None otherwise."""
    asked = normalize_for_matching(question)
    for citation in citations[:1]:
        text = normalize_for_matching(citation.text)
        for first, second in _like_names(asked, text):
            if _crossed(asked, text, first, second):
                notice = (
                    f"报告写的是“{_pairing(citation.text, text, second, first)}”："
                    f"问题所说的“{first}”和“{second}”所对应的事项与报告相反"
                )
                return [citation], notice
    return None


def _like_names(asked: str, text: str) -> list[tuple[str, str]]:
    """Pairs of names the question writes in this order, both written in the text, of one length
    and one last character, differing in one or two characters (执法大队, 执法支队)."""
    pairs = []
    for length in _NAME_LENGTHS:
        names = []
        for run in _CJK.finditer(asked):
            for i in range(run.start(), run.end() - length + 1):
                name = asked[i : i + length]
                if name in text and name not in names:
                    names.append(name)
        for a, first in enumerate(names):
            for second in names[a + 1 :]:
                differ = sum(x != y for x, y in zip(first, second, strict=True))
                if first[-1] == second[-1] and 1 <= differ <= 2:
                    pairs.append((first, second))
    return pairs


def _crossed(asked: str, text: str, first: str, second: str) -> bool:
    """Whether the question writes first…second, each after its holder, and the text writes each
    after the holder the other has in the question (in either order: 区里是执法大队、镇街是执法
    支队 or 镇街那一级叫执法支队、区应急局那一级叫执法大队, of 区应急管理局由执法支队、镇街由执法大队)."""
    q_first = asked.find(first)
    q_second = asked.find(second, q_first + len(first))
    t_first, t_second = text.find(first), text.find(second)
    if min(q_first, q_second, t_first, t_second) < 0:
        return False
    holder_of_first = _holder(asked[:q_first])
    holder_of_second = _holder(asked[q_first + len(first) : q_second])
    before_first = _written_before(text, t_first, (t_second, second))
    before_second = _written_before(text, t_second, (t_first, first))
    return bool(
        holder_of_first
        and holder_of_second
        and holder_of_first != holder_of_second
        and _holds(holder_of_first, before_second)
        and _holds(holder_of_second, before_first)
        and not _holds(holder_of_second, before_second)
    )


def _written_before(text: str, at: int, other: tuple[int, str]) -> str:
    """The dozen characters before the name at `at`, not reaching back past the other name."""
    other_at, other_name = other
    start = max(0, at - 12)
    if other_at < at:
        start = max(start, other_at + len(other_name))
    return text[start:at]


def _holds(holder: str, before: str) -> bool:
    """Whether the characters before a name write the holder, its characters in order (应急局
    for 区应急管理局由)."""
    at = 0
    for char in holder:
        at = before.find(char, at)
        if at < 0:
            return False
        at += 1
    return True


def _holder(before: str) -> str:
    """The holder written right before a name: the last clause's words, links aside."""
    clause = _LINKS.sub("", re.split(r"[，,、；;。？?和与及]", before)[-1])
    # 北碚区里是…: the district's own level, whose bureau the report names (区应急管理局)
    return "区" if clause.endswith("区") else clause[-2:]


def _pairing(original: str, normal: str, first: str, second: str) -> str:
    """The sentence's words from the holder of the first of the two names to the second, as
    written."""
    # (the two in either order)
    at = min(normal.find(first), normal.find(second))
    clause_start = max(normal.rfind(mark, 0, at) for mark in "，,。；;") + 1
    start = clause_start or max(0, at - 8)  # no clause mark before it: a few characters before
    end = max(normal.find(first) + len(first), normal.find(second) + len(second))
    shown = original if len(original) == len(normal) else normal
    return shown[start:end]
