"""How a question asks, besides what it asks about: lists of alternatives (A或B), the kind of
answer it wants (哪些问题, 什么经验), a judgement between districts (哪个区做得最好) and a
judgement of an amount (罚款高不高). Read from the question's wording alone; the terms
themselves come from indexer/answers/terms.py."""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# What makes a list of alternatives: 或, 或者, 还是. Inside such a list 、, 和, 及 and 与 join
# items too (行政复议、行政诉讼或信访); a list of 、 alone is usually all of them (落实公示、记录、
# 审核三项制度), and 和 alone joins the parts of one subject (预案修订和演练).
_OR_MARKS = ("或者", "或", "还是")
_LIST_MARKS = ("、", "和", "及", "以及", "与")
# Items of one list are comparable phrases; one far longer than another holds a head the whole
# list shares (制定、修改执法制度: is 执法制度 asked of both, or is 修改执法制度 one item?).
# Such a list is left whole: every term asked, as without this reading.
_ITEM_LENGTH_RATIO = 2


def alternatives(topic: str, terms: list[str]) -> tuple[tuple[frozenset[str], ...], ...]:
    """The lists of the question whose items are alternatives: 安全培训、应急演练或隐患排查
    is answered by a report that speaks of any one of them. Each list is a tuple of items, each
    item the set of terms written together in it (隐患 + 排查)."""
    text = normalize_for_matching(topic)
    placed, cursor = [], 0
    for term in terms:  # each term at its first place after the one before
        at = text.find(term, cursor)
        if at < 0:
            break
        placed.append((at, term))
        cursor = at + len(term)
    lists, items, marks = [], [[placed[0][1]]] if placed else [], []
    for (before_at, before), (at, term) in zip(placed, placed[1:], strict=False):
        gap = text[before_at + len(before) : at].strip()
        if not gap:
            items[-1].append(term)
        elif gap in _OR_MARKS or gap in _LIST_MARKS:
            items.append([term])
            marks.append(gap)
        else:
            lists.append((items, marks))
            items, marks = [[term]], []
    lists.append((items, marks))
    return tuple(
        tuple(frozenset(item) for item in items)
        for items, marks in lists
        if len(items) > 1 and any(m in _OR_MARKS for m in marks) and _comparable(items)
    )


def _comparable(items: list[list[str]]) -> bool:
    lengths = [len("".join(item)) for item in items]
    return max(lengths) <= _ITEM_LENGTH_RATIO * min(lengths)


# Words asking what kind of thing the answer is (哪些问题, 什么特色, 啥经验), and how many
# characters of a modifier may stand between one and its noun (什么好的经验, 哪些新的做法).
_WHICH = re.compile(r"(?:什么样的|什么|哪些|哪种|哪类|哪几种|何种|啥|怎样的)")
_KIND_MODIFIER_CHARS = 3


# Nouns that name what kind of answer is wanted, from general Chinese question phrasing
# (…有哪些问题, 有什么特色, 取得了哪些成效): after a subject they frame the question. Any other
# noun in that place (参加了哪些培训) is the thing asked about.
ANSWER_TYPES = frozenset(
    "问题 不足 短板 困难 难点 特色 亮点 特点 经验 做法 措施 举措 办法 规定 要求 成效 成绩 效果 作用 "
    "变化 进展 意义 影响 目标 思路 打算 安排 方面 内容 情况 工作 方式 方法 形式 途径 手段 "
    "动作 动静 招 招数 新招 高招 名堂 花样 路子 门道 法子 事 事情 东西 好处 用处 结果".split()
)


def answer_kinds(topic: str, terms: list[str]) -> frozenset[str]:
    """The terms right after a which-word (a modifier like 好的 between them is allowed), when
    the question names its subject before it: in 行政复议存在哪些问题 the subject is 行政复议
    and 问题 says what is wanted of it (a sentence on its problems need not say 问题). Alone
    (组织了哪些演练) they are the subject."""
    text = normalize_for_matching(topic)
    kinds = set()
    for match in _WHICH.finditer(text):
        before = text[: match.start()]
        if not any(t in before for t in terms):
            continue
        after = text[match.end() :]
        starts = [
            (after.find(t), t)
            for t in terms
            if t not in before and 0 <= after.find(t) <= _KIND_MODIFIER_CHARS
        ]
        if starts:
            at, term = min(starts)
            kinds.add(term)
            after = after[at + len(term) :]
            for term in terms:  # 经验做法: the kind may take two words
                if after.startswith(term):
                    kinds.add(term)
                    after = after[len(term) :]
    return frozenset(kinds)


# A judgement between districts (哪个区做得最好, 谁的普法更好): the reports each record their
# own district's work and never rank one against another. Only with words that compare
# districts: 如何更好地发挥, 比较突出的问题, 最严格的制度 judge nothing. Not 最多/最少:
# figures can be compared.
_JUDGEMENT = re.compile(
    r"(?:最|更|更加|比较|相对)(?:好|差|优秀|优|强|弱|规范|突出|有效|到位|严格|出色|扎实|成功|先进|落后|有力)"
    r"(?![地的])"
)
_COMPARED = re.compile(r"哪个区|哪一个区|哪个地方|哪家|谁|比.{0,8}区|几个区里|各区(?:中|里|之间|当中)")


# 案件多不多, 罚款高不高: a judgement of an amount that no report makes of itself.
_AMOUNT_JUDGED = re.compile(
    r"([多少高低大小严])不\1|(?<![不差])多吗|(?<!多)少吗|(?<![提升增])高吗|(?<![降减])低吗"
)


def amount_judged(question: str) -> bool:
    return bool(_AMOUNT_JUDGED.search(normalize_for_matching(question)))


def judgement_asked(question: str) -> bool:
    text = normalize_for_matching(question)
    return bool(_JUDGEMENT.search(text) and _COMPARED.search(text))


def without_judgement(text: str) -> str:
    """The text without its judgement words: what is judged is the topic the answer must cover."""
    return _JUDGEMENT.sub(" ", text)
