"""Whether a district's quoted sentences name the thing a several-district question asks about.

Asked which districts did 隐患整治 in 城镇燃气, a district was listed for a sentence on 隐患整治 in
general; asked about 危险化学品监管, one for sentences on 监管 alone. The evidence check lets
such sentences through when the district's report words the subject somewhere else (a plan, a
heading) or when their embeddings sit close. In a list of districts each line is read as "this
district did it", so each district's own sentences must name the subject: the question's rarest
nouns, in one of their wordings (terms.wordings), or in a part that carries them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from indexer.answers.figures import MEASURE_NOUNS
from indexer.answers.question_forms import ANSWER_TYPES
from indexer.answers.terms import is_verb, wordings, words_term
from indexer.text.normalize import normalize_for_matching

# A part of a compound carries it when it is at least this rare against the whole: 举报 (IDF
# 3.2) of 举报投诉 (4.7) does, as either half of a pair of things, and 司法 (2.6) of 司法机关
# (4.7) in 刑事司法衔接; a part as common as 服务 does not.
PART_RARITY = 0.5
# Only a noun at least this share as rare as a word in one passage is a subject: 党政 (in one
# passage of eight) of 党政主要负责人 is a modifier a report may leave out (党委书记、局长).
RARE = 0.6
# jieba joins a preposition to a one-character word after it at a question's start (对本单位).
_PREPOSITIONS = "对把被向从给在比让"
# Verbs of an outcome that happened or did not (入选, 成立, 获得): asked which districts attained
# it, a district writing the thing without the outcome (报送典型案例 beside 入选…案例, 执法大队 of
# its standing set-up beside 新成立执法大队) did not. Such a verb counts as the subject however
# common, and must stand in one sentence with a rare noun of the question.
ATTAINED = frozenset(
    "入选 获选 当选 成立 组建 挂牌 揭牌 获得 荣获 获评 评为 被评为 授予 获奖 获批 兑现 通过验收".split()
)
# The unit a count is given in (场次, 人次, 家次) says what kind of figure is wanted, as 次数 and
# 金额 do; a report writes it its own way (579家（次）) or counts in another unit.
_COUNT_UNIT = re.compile(r"[场人家户批频架车班轮件起项]次")


def unworded_subject(
    texts: Iterable[str],
    asked: SubjectAsked,
    share: float,
) -> str:
    """The first subject term none of the texts words, "" when they word them all. Subject
    terms are the rare nouns (RARE) at least `share` as rare as the rarest noun. Verbs say how
    the work was done (开展, 签订), which a sentence may word otherwise; nouns naming a kind of
    answer (哪些数据, 什么不足, 多少场次) say what is wanted of the subject, not what it is."""
    texts = [normalize_for_matching(t) for t in texts]
    nouns = [
        t
        for t in asked.terms
        if (not is_verb(t) or _ends_topic(t, asked.topic))
        and not _kind_of_answer(t)
        and t not in asked.unknown
        and not _cut_across(t)
    ]
    if not nouns:
        return ""
    # The verb ending the question (出庭应诉 of 哪些区的负责人去法院应诉) is what was done, the subject
    # as much as a noun: weighed at its own rarity, not the half the evidence check gives verbs,
    # and not worded by the noun written beside it (法院).
    rarity = {t: asked.rarity_of(t) if is_verb(t) else asked.rarity.get(t, 0.0) for t in nouns}
    floor = max(share * max(rarity.values()), RARE * asked.rarest)
    worded = {t for t in asked.terms if _worded(t, asked.text, texts)}
    attained = _attainment_unworded(texts, asked, nouns, rarity, floor)
    if attained:
        return attained
    unworded = [
        term
        for term in nouns
        if rarity[term] >= floor
        and term not in worded
        and not _other_item_worded(term, asked, worded)
        and not _part_worded(term, asked, texts)
        and (is_verb(term) or not _written_beside_worded(term, asked, worded, floor))
    ]
    return unworded[0] if unworded else ""


@dataclass(frozen=True)
class SubjectAsked:
    """What the subject check reads of a question."""

    text: str
    topic: str  # normalised (normalize_for_matching), as the terms are found in it
    terms: list[str]
    rarity: Mapping[str, float]  # each term's, as the evidence check weighs it
    lists: tuple[tuple[frozenset[str], ...], ...]  # question_forms.item_lists
    unknown: frozenset[str]  # terms no report words
    rarity_of: Callable[[str], float]  # any word's IDF (for a compound's parts)
    rarest: float  # the IDF of a word in one passage


def _attainment_unworded(
    texts: list[str], asked: SubjectAsked, nouns: list[str], rarity: Mapping[str, float], floor: float
) -> str:
    """The outcome verb of the question no text words in one sentence with a subject noun, ""
    when every such verb is (or the question has none)."""
    subjects = [t for t in nouns if rarity[t] >= floor and not is_verb(t)]
    for verb in (t for t in asked.terms if t in ATTAINED):
        # The same outcome in other words: 荣获 for 获得, 揭牌 for 挂牌, 当选 for 入选.
        outcome = [verb, *(v for v in ATTAINED if v != verb and set(v) & set(verb) - {"为", "被"})]
        together = [
            text
            for text in texts
            if any(_worded(v, asked.text, [text]) for v in outcome)
            and (not subjects or any(_worded(n, asked.text, [text]) for n in subjects))
        ]
        if not together:
            return verb
    return ""


def _ends_topic(term: str, topic: str) -> bool:
    """Whether the term is the question's last word, particles aside."""
    return bool(re.search(re.escape(term) + r"[了过吗呢的？?。!！\s]*$", topic))


def _kind_of_answer(term: str) -> bool:
    return term in ANSWER_TYPES or term in MEASURE_NOUNS or bool(_COUNT_UNIT.fullmatch(term))


def _cut_across(term: str) -> bool:
    """jieba's cut across a preposition (对本 of 对本单位): no noun of the question."""
    return len(term) == 2 and term[0] in _PREPOSITIONS


def _worded(term: str, question: str, texts: list[str]) -> bool:
    ways = wordings(term, question)
    return any(words_term(ways, text) for text in texts)


def _other_item_worded(term: str, asked: SubjectAsked, worded: set[str]) -> bool:
    """视频或微电影: a district speaking of 视频 need not speak of 电影; nor, in a list of
    districts, one speaking of 消防演练 of the 防汛演练 beside it: each line says what that
    district did."""
    return any(
        any(term in item for item in items) and any(_item_worded(item, asked, worded) for item in items)
        for items in asked.lists
    )


def _item_worded(item: frozenset[str], asked: SubjectAsked, worded: set[str]) -> bool:
    """An item is worded by its rarer terms: 法制审核 of 法制审核等制度 (the list's shared head),
    案例 of 典型案例入选; a common word alone (建设) does not word it."""
    floor = PART_RARITY * max(asked.rarity.get(t, 0.0) for t in item)
    return any(t in worded and asked.rarity.get(t, 0.0) >= floor for t in item)


_OBSERVANCE_ENDS = ("日", "周", "节")


def _parts(term: str) -> tuple[str, ...]:
    """The parts that may stand for a compound: either half of four characters (举报 / 投诉 of
    举报投诉), the head of a longer one (化学品 of 危险化学品, 消防站 of 微型消防站)."""
    if len(term) > 3 and term.endswith(_OBSERVANCE_ENDS):
        return ()  # a named day or week is carried whole: 减灾日 of 国际减灾日 is 防灾减灾日's too
    if len(term) == 4:
        return (term[:2], term[2:])
    if len(term) > 4:
        return (term[2:], term[-2:])
    return ()


def _part_worded(term: str, asked: SubjectAsked, texts: list[str]) -> bool:
    floor = PART_RARITY * asked.rarity.get(term, 0.0)
    return any(asked.rarity_of(part) >= floor and _worded(part, asked.text, texts) for part in _parts(term))


def _written_beside_worded(term: str, asked: SubjectAsked, worded: set[str], floor: float) -> bool:
    """志愿服务队, cut 志愿 / 服务队: a district writing 志愿队 words the compound's rare part."""
    at = asked.topic.find(term)
    if at < 0:
        return False
    for other in worded:
        if asked.rarity.get(other, 0.0) < floor:
            continue
        where = asked.topic.find(other)
        if where >= 0 and (where + len(other) == at or at + len(term) == where):
            return True
    return False
