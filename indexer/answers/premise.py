"""A question that presumes a change in one direction the reports state in the other.

"普陀区处罚金额下降了多少" was declined as "报告…没有给出‘下降’的具体数字", which a chatbot
repeats as if the fall were real; the report says the amount rose 373.33%. When the sentences
on the question's subject state the opposite change, that is the answer, said as a correction.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.evidence import Scored
from indexer.answers.figures import MEASURE_NOUNS, UNIT_KINDS, asks_which_way
from indexer.answers.question_forms import ANSWER_TYPES
from indexer.answers.stated_figures import named_in
from indexer.answers.terms import wordings, words_term
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import find_numbers

# 快多了, 方便多了: an adjective made stronger, no count grown (办证快多了 is time cut)
# (少多了, 低多了: much less, a count fallen; 至少多了 is at least more)
_MORE_OF_A_COUNT = "(?<![快慢好便易简捷省顺近低小])(?:(?<=至少)|(?<!少))多了(?!解)"

# More or fewer than a year before (比2022年还多, 比去年少): a change said as a comparison.
_THAN_A_YEAR = r"比(?:\d{4}年|上一?年|去年|前一年|往年|上年同期|去年同期)(?:还|更|都)?"
_THAN_A_YEAR_UP = _THAN_A_YEAR + r"(?:多|高)(?!少|久|长|样)"
_THAN_A_YEAR_DOWN = _THAN_A_YEAR + r"(?:少|低)(?!于)"

_UP_WORDS = (
    _THAN_A_YEAR_UP,
    "上升",
    "增加",
    "增长",
    "提高",
    "上涨",
    "攀升",
    "增多",
    "变多",
    "扩大",
    "翻番",
    "翻了(?!翻)",  # not 翻了翻 (leafed through)
    _MORE_OF_A_COUNT,
    "多出",
)
# (压缩, 缩短: a time or a span cut, 审批用时压缩了一半)
_DOWN_WORDS = (
    _THAN_A_YEAR_DOWN,
    "下降",
    "下跌",
    "减少",
    "降低",
    "回落",
    "下滑",
    "缩小",
    "减轻",
    "变少",
    "减少了",
    "少了",
    "(?<!至)(?:少|低|小)多了",
    "压缩",
    "缩短",
)
# Speech says a change with one character (涨了25%, 降了三成); alone, before no figure, 涨 and
# 降 are too short to tell what changed (同比涨了多少 keeps its direction word out of the terms).
# Nor does one asked at the end (跟去年比是降了吧, 罚款涨了吗): the change itself is claimed.
_SPOKEN_SIZE = (
    r"(?=了?(?:约|近|将近|接近|差不多|大概|大约|快|不到|[0-9]|百分之|[一二三四五六七八九两]成)"
    r"|了(?:吧|吗|嘛|呢|啊|呀)?(?:[？?。！!]|$))"
)
_SPOKEN_UP = rf"(?<![上高])涨{_SPOKEN_SIZE}|(?<![上提晋])升{_SPOKEN_SIZE}"
_SPOKEN_DOWN = rf"(?<![下])降{_SPOKEN_SIZE}"
_UP = "|".join((*_UP_WORDS, _SPOKEN_UP))
_DOWN = "|".join((*_DOWN_WORDS, _SPOKEN_DOWN))
_DIRECTIONS = {"up": re.compile(_UP), "down": re.compile(_DOWN)}
# A stated change has its size right after the word (同比增长80.93%, 分别下降25%): 提高执法水平
# states none.
_CHANGE = {d: re.compile(rf"(?:{words})[^，。；;]{{0,4}}\d") for d, words in (("up", _UP), ("down", _DOWN))}
OPPOSITE = {"up": "down", "down": "up"}
SAID = {"up": "增长（上升）", "down": "下降（减少）"}


# What a change is measured against; reports write 同比 or 较2022年 for the asker's 比上年.
_BASELINES = frozenset(
    "上年 去年 前年 上一年 前一年 同期 同比 往年 以前 之前 上期 去年同期 上年同期 上年度".split()
)


# The question takes a change of a figure as fact (增加了25%, 减少了多少, 为什么下降): 如何减少事故
# asks for a way, and 提高了执法质量 / 扩大了覆盖面 speak of quality, which no figure states.
_COUNTED = "|".join(
    (
        *(w for w in (*_UP_WORDS, *_DOWN_WORDS) if w not in ("提高", "扩大", "缩小", "减轻")),
        _SPOKEN_UP,
        _SPOKEN_DOWN,
    )
)
_PRESUMED = re.compile(
    rf"(?:{_COUNTED})(?:了|多少|幅度|的?原因|[0-9]|百分之|几|[一二三四五六七八九两]成)|{_THAN_A_YEAR_UP}|{_THAN_A_YEAR_DOWN}|少了|(?<!至)(?:少|低|小)多了|翻了(?!翻)|{_MORE_OF_A_COUNT}"
    rf"|(?:为什么|为何|怎么会)[^，。？?]*(?:{_COUNTED})"
)


def presumes_change(question: str) -> bool:
    """Whether the question takes a change of a figure as fact (the check of which decides
    between the answer, its correction, and a decline)."""
    return bool(_PRESUMED.search(normalize_for_matching(question)))


_AT_END = re.compile(r"(?:涨|升|降)了(?:吧|吗|嘛|呢|啊|呀)?(?:[？?。！!]|$)")


def claimed_at_end_only(question: str) -> bool:
    """Whether the change is claimed only by a closing 降了吧 or 涨了吗, no other word of change."""
    text = normalize_for_matching(question)
    return bool(_AT_END.search(text)) and not _PRESUMED.search(_AT_END.sub("", text))


def asked_direction(question: str) -> str | None:
    """The direction of change the question presumes, when it presumes exactly one."""
    text = normalize_for_matching(question)
    found = [d for d, pattern in _DIRECTIONS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def asks_either_direction(question: str) -> bool:
    """Whether the question asks which way something changed, presuming neither (多了还是少了,
    上升还是下降, 有没有变化)."""
    return asks_which_way(question)


def unstated_change_notice(terms: list[str]) -> str:
    """The notice of a question on which way something changed, when no sentence states a change."""
    subject = "”“".join(_subject(terms)) or "所问的事"
    return f"报告没有给出“{subject}”增减变化的数字，说不出是多了还是少了。"


def correction_notice(direction: str) -> str:
    """The notice of an answer that corrects the question's direction."""
    return f"报告写的是{SAID[OPPOSITE[direction]]}，与问题所说的{SAID[direction]}相反；以下是报告原句。"


_MEASURE_WORD = re.compile(
    "(?:"
    + "|".join(sorted({u for units in UNIT_KINDS.values() for u in units}, key=len, reverse=True))
    + ")次?"
)


_BASELINE_PREFIX = re.compile("^较?(?:" + "|".join(sorted(_BASELINES, key=len, reverse=True)) + ")")


def is_direction_word(term: str) -> bool:
    """增加, or a change said with its baseline as one word (同比增加, 较上年下降)."""
    term = _BASELINE_PREFIX.sub("", term)
    return any(pattern.fullmatch(term) for pattern in _DIRECTIONS.values())


def contradicting(
    candidates: list[Scored], direction: str, terms: list[str], question: str
) -> list[Citation]:
    """Sentences wording every subject term of the question and stating the opposite change."""
    opposite = _CHANGE[OPPOSITE[direction]]
    subject = _subject(terms)
    if not subject:
        return []
    shares = {f.value for f in named_in(question) if f.percent}
    found = []
    for candidate in candidates:
        text = normalize_for_matching(candidate.citation.text)
        if opposite.search(text) and not _DIRECTIONS[direction].search(text):
            flips = _flips(text, shares, OPPOSITE[direction])
            if flips or all(words_term(wordings(t, question) | {t}, text) for t in subject):
                found.append((not flips, len(found), candidate.citation))
    # The sentence flipping the question's own share leads (同比增长80.93% for 下降了80.93%).
    return [citation for *_, citation in sorted(found)]


def _flips(text: str, shares: set[float], direction: str) -> bool:
    """Whether the text gives one of the question's shares right after a change the other way
    (下降了25% asked, 分别增长25%、27.8% written): the share itself says what changed, however the
    question words the rest (为什么降得这么厉害)."""
    return any(
        # Up to the share's end: a spoken 涨 or 降 is a direction only with its size after it.
        n.percent and n.value in shares and _DIRECTIONS[direction].search(text[max(0, n.start - 8) : n.end])
        for n in find_numbers(text)
    )


def states_change_like(term: str, text: str) -> bool:
    """Whether the text states a change of the direction the term says (提高 of 同比增长80.93%)."""
    direction = asked_direction(term)
    return direction is not None and bool(_CHANGE[direction].search(normalize_for_matching(text)))


def is_change_word(term: str) -> bool:
    """增加, 同比增加 or a baseline (上年): words of the change, not of what changed."""
    return is_direction_word(term) or term in _BASELINES


# What a question asking which way something went calls the change itself (变化了多少).
_CHANGE_NAMES = frozenset("变化 变动 增减 涨跌 升降".split())


# How much a figure rose or fell, asked (同比降了多少): a change asked, in no direction claimed.
_SIZE_OF_CHANGE = re.compile(r"[涨降升]了?(?:多少|几)")


def without_baselines(terms: list[str], question: str) -> list[str]:
    """A change's baseline (比上年, 同比) is how the question measures it, not what it asks
    about; without a change asked it stays (上年检查了多少家 asks about another year). Asked
    which way it went (上升还是下降), the direction words go too: a sentence writes one."""
    either = asks_either_direction(question)
    if asked_direction(question) is None and not either and not _SIZE_OF_CHANGE.search(question):
        return terms
    kept = [
        t
        for t in terms
        if t not in _BASELINES and not (either and (is_direction_word(t) or t in _CHANGE_NAMES))
    ]
    return kept or terms


def unstated_notice(direction: str, terms: list[str]) -> str:
    """The notice of a presumed change no sentence states."""
    subject = "”“".join(_subject(terms)) or "所问的事"
    return f"报告没有给出“{subject}”增减变化的数字，无法确认问题所说的{SAID[direction]}。"


def stating(citations: list[Citation], direction: str, terms: list[str], question: str) -> bool:
    """Whether a cited sentence states a change in the asked direction of the asked subject."""
    subject = _subject(terms)
    # (a long question's aside, 针对企业反映的办事难点, is one word in four the sentence may lack)
    spared = len(subject) // _ASIDE_IN
    return any(
        _CHANGE[direction].search(text)
        and sum(not words_term(wordings(t, question) | {t}, text) for t in subject) <= spared
        for text in (normalize_for_matching(c.text) for c in citations)
    )


_ASIDE_IN = 4


_COUNT_SUFFIX = re.compile(r"(?:数量|总数|次数|人数|数)$")
# What the question asks of the change (its cause, its effect), not what changed.
_ASKED_ABOUT_IT = ANSWER_TYPES | {"原因", "理由", "缘故", "缘由", "为什么"}


def _subject(terms: list[str]) -> list[str]:
    """The terms naming what changed. A measure word (家次 of 579家次) or noun (数量) is how it
    is counted, not what: the report may write it apart (家（次）) or not at all."""
    subject = [
        t
        for t in terms
        if not is_direction_word(t)
        and t not in _BASELINES
        and t not in MEASURE_NOUNS
        and t not in _ASKED_ABOUT_IT
        and not _MEASURE_WORD.fullmatch(t)
    ]
    # jieba keeps 企业数 / 检查次数 whole; the report writes 检查企业579家.
    return [_COUNT_SUFFIX.sub("", t) or t for t in subject]
