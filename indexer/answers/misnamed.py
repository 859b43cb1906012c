"""A system, platform or mechanism the question names with another's first words (森林防火决策
指挥系统, where the report built a 防汛… one).

The sentence writes the name's head and the question's first word is written elsewhere (森林防火
of the drills), so every word was found and the answer stood under a plain notice, describing
the flood system as the fire one.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# The heads of names of things built or set up; a name ends in one.
# (Not 品牌, 体系 or 队伍: a question describes them in its own words, 安全宣传品牌 of “沙小安”.)
_HEAD = r"(?:系统|平台|中心|数据库|小程序)"
# A name's head of this many characters or more (决策指挥系统) tells which thing it is; 系统
# alone is every system.
_MIN_HEAD = 4
_MIN_FIRST = 2
# Where a name's first words start: after a doing or a mark (率先建成防汛…, 建成的森林防火…).
_BOUNDARY = re.compile(r"建成|建立|打造|开发|上线|推出|搭建|研发|开通|组建|启用|的|、|，|,|了|在|是")
_CJK_RUN = re.compile(rf"[\u4e00-\u9fff]{{{_MIN_FIRST + _MIN_HEAD},}}?{_HEAD}")
_FIRST_REACH = 8
_JOINING = re.compile(r"[和与及、跟同]")
_WORDS_ONLY = re.compile(rf"[\u4e00-\u9fff]{{{_MIN_FIRST},}}")


def other_first_words(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the name's head with other first words, and the correction; None
    when no quoted sentence does, or one writes the question's own."""
    asked = normalize_for_matching(question)
    for run in _CJK_RUN.finditer(asked):
        for citation in citations:
            text = normalize_for_matching(citation.text)
            found = _written_otherwise(run.group(0), text)
            if found:
                written, claimed = found
                notice = f"报告写的是“{written}”，不是问题所说的“{claimed}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None


def _written_otherwise(run: str, text: str) -> tuple[str, str] | None:
    """(the text's name, the question's) sharing the longest head of the run that the text
    writes, when their first words differ; None when the text writes no such head or writes the
    question's first words beside it."""
    for cut in range(_MIN_FIRST, len(run) - _MIN_HEAD + 1):
        head = run[cut:]
        at = text.find(head)
        if at < 0:
            continue
        claimed = _first_words(run[:cut])
        written = _first_words(text[max(0, at - _FIRST_REACH * 2) : at])
        if len(claimed) < _MIN_FIRST or not _WORDS_ONLY.fullmatch(written):
            return None  # (a name in quotation marks, “四指”组织指挥体系, is the report's own)
        near = text[max(0, at - _FIRST_REACH * 2) : at + len(head) + _FIRST_REACH]
        # (内涝和交通信号… of 城市内涝与交通信号…: joined otherwise, the same words)
        core = _JOINING.sub("", claimed)
        if all(core[i : i + 2] in near for i in range(len(core) - 1)) or written in claimed:
            return None
        # (生产资讯… of 生产信息…: a word said another way; another thing's name shares none)
        if set(char_bigrams(core)) & set(char_bigrams(written)):
            return None
        return written + head, claimed + head
    return None


def _first_words(before: str) -> str:
    """The words of a name before its head: from the last doing or mark on, at most a few; ""
    when a doing or mark closes the text (建成的: the head is the whole name)."""
    ends = [m.end() for m in _BOUNDARY.finditer(before)]
    start = max(ends, default=max(0, len(before) - _FIRST_REACH // 2))
    return before[start:][-_FIRST_REACH:]


# A name the report puts in 《》 or “” (《应急侠》), which a question may give unquoted with other
# first characters (安全侠普法微电影): the same length and last character, and the words beside it
# the report's words beside the name.
_TITLED = re.compile(r"[《“]([\u4e00-\u9fff]{3,8})[》”]")
_BESIDE = 3


def other_title(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence titling a thing the question names unquoted with other first characters,
    and the correction; None when the question writes the title, or none stands alike."""
    asked = normalize_for_matching(question)
    for citation in citations:
        text = normalize_for_matching(citation.text)
        for titled in _TITLED.finditer(text):
            title = titled.group(1)
            if title in asked:
                return None
            before = re.sub(r"[^\u4e00-\u9fff]", "", text[max(0, titled.start() - 8) : titled.start()])
            after = re.sub(r"[^\u4e00-\u9fff]", "", text[titled.end() : titled.end() + 8])
            pattern = rf"[\u4e00-\u9fff]{{{len(title) - 1}}}{re.escape(title[-1])}"
            for typed in re.finditer(pattern, asked):
                said_after = asked[typed.end() : typed.end() + _BESIDE]
                # (what the question says the thing is, after it: 安全侠普法微电影; 结合消防宣传月
                # sets another event beside the report's “安全生产月”)
                beside = len(said_after) == _BESIDE and said_after in before + after
                # (企业负责人带头 holds no name 人带头: the report writes 责人, the typed run starts
                # inside its words)
                opening = asked[max(0, typed.start() - 1) : typed.start() + 1]
                inside = len(opening) == 2 and opening in text
                if beside and not inside and typed.group(0) not in text and typed.group(0)[0] != title[0]:
                    notice = f"报告写的是{titled.group(0)}，不是问题所说的“{typed.group(0)}”"
                    return [citation, *(c for c in citations if c is not citation)], notice
    return None
