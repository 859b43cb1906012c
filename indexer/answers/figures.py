"""Quantity questions and the numbers in report sentences that can answer them.

A question asking 多少/几/比例/金额 is answered only by a sentence holding a number followed
by a unit of the kind asked: "罚了多少钱" wants 元, "几名成员" wants 人/名, "比例" wants %.
A sentence on the right topic with no such number ("执法大队6月揭牌成立" for "执法大队有多少人")
is not an answer, however close it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import cn2an

from indexer.answers.respective import RESPECTIVELY
from indexer.answers.terms import is_noun, is_verb
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import get_tokenizer

# Units a number can carry, by the kind of quantity they measure. Counters of things are one
# kind because reports and askers use them interchangeably (多少件 / 15起, 多少个 / 149处).
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "people": ("人次", "人", "名", "位"),
    "money": ("亿元", "万元", "元"),
    "percent": ("%", "％", "百分点", "成"),
    "years": ("年",),
    # 个钟头 is the spoken 小时 (压缩了87.3个钟头), not a count of 个.
    "days": ("个工作日", "工作日", "天", "日", "个月", "个小时", "小时", "个钟头", "钟头", "分钟"),
    "count": (
        "个", "起", "家", "件", "项", "次", "场", "期", "支", "处", "条", "份", "辆", "台", "所",
        "座", "批", "户", "种", "类", "部", "本", "册", "篇", "张", "套", "轮", "余",
    ),
}  # fmt: skip
# The measure word right after 多少/几 in a question, mapped to the kind of unit it asks for.
_ASKED_UNIT = {unit: kind for kind, units in UNIT_KINDS.items() for unit in units if unit != "余"}
_ASKED_UNIT.update(
    {"个人": "people", "钱": "money", "块": "money", "元钱": "money", "倍": "percent", "年": "years"}
)
# Spoken counters of times (练了几回, 查了几遍): reports count the same events in 次 or 场.
_ASKED_UNIT.update(dict.fromkeys(("回", "遍", "趟"), "count"))
# Counters of times something was done, one another's answer (几回 / 会商10次). Not 场: 活动759场
# counts events of a kind, and 几次 of another kind of event found it.
_TIMES = ("次", "回", "遍", "趟")
# Nouns that ask for a quantity of a known kind without a measure word (金额是多少, 持证率是多少).
_KIND_NOUNS = (
    # (罚了多少 with no measure word after it asks the sum: 罚了多少家 says its own kind first)
    ("money", ("金额", "费用", "经费", "资金", "罚款", "罚金", "花了", "钱", "罚了多少", "罚多少")),
    ("percent", ("比例", "百分比", "百分之", "占比", "率", "增长", "下降", "压缩", "提高", "降低")),
    ("people", ("人数", "多少人", "几人", "队员", "成员", "人员")),
    ("count", _COUNT_NOUNS := ("起数", "条数", "件数", "家数", "个数", "宗数", "户数", "场数", "场次")),
)
# Nouns that name the quantity itself (持证比例, 罚款金额, 参训人数): the unit kind check stands
# for them, so an answer need not word them (持证率100% answers 持证比例).
MEASURE_NOUNS = frozenset(
    "比例 百分比 占比 比率 比重 数量 总数 总量 数目 人数 次数 金额 数额 排名 名次 数据 总额 总数额".split()
) | frozenset(_COUNT_NOUNS)
# Counted nouns that are people: 几个队员 (or 队员有几个) asks for 19人, not for a count of things.
_PEOPLE = r"(?:员|人|者|专家|干部|代表|委员|律师|顾问|骨干|专干|民兵|干事)"
# ... but a body of them is a thing (26个专项应急委员会, 几个人民调解委员会).
_PERSON_AFTER = re.compile(rf"^[^，。？?、；;！!]{{0,6}}?{_PEOPLE}(?!会)")
_PERSON_BEFORE = re.compile(
    rf"{_PEOPLE}(?:加起来|合起来|加在一起|分别|各自|各)?(?:一共|总共|共|现在|目前)?(?:有|是)?$"
)
# 几月, 几号 ask for a date (slots.TIME), not for a quantity.
# 这几份报告, 那几个区 point at things; they ask no count (nor 在几份报告中, among them).
# (好几, 就几台, 没几个: a few, said, not asked; 八十几场 a figure claimed, stated_figures.named_in)
_QUANTITY_WORD = re.compile(
    r"(?<![哪这那])(多少|(?<![就才仅好没十百千万])几)(?!个区(?!级)|个县|个地方|乎|月|号|份报告[里中内当])"
)
_QUANTITY_NOUN = re.compile(
    r"比例|百分比|占比|百分之(?![百零一二两三四五六七八九十\d])|金额|排名|名次|数量|总数|人数|次数|"
    # (哪个数字化应用 asks which one: 个数 across 哪个 + 数字 counts nothing)
    + "|".join(n if n != "个数" else r"(?<![哪这那每])个数(?!字|据|码)" for n in _COUNT_NOUNS)
    + r"|率(?:是|为|达|有)"
)
_MEASURE_AFTER = re.compile(
    r"(?<![哪这那])(?:多少|(?<![就才仅好没十百千万])几)(?!个区(?!级)|个县|个地方)(个工作日|工作日|个月|个人|人次|万元|元钱|[^\s，。？?、的]?)"
)
# A question asking for a place in an order (排第几, 第几名, 名次), and nothing else countable.
_RANK_ASKED = re.compile(r"第几|名次|排名(?:如何|怎样|怎么样|情况)")
# A place in an order a question claims (是全国第一吗, 排在前三名吗).
_RANK_CLAIMED = re.compile(r"第[一二三四五六七八九十\d]+名?|前[一二三四五六七八九十\d]+名|率先|领先")
# An ordinal of a ranking in a report sentence: 位列全市第一, 第二方阵, 前三名. Not every 第N
# ranks (第一时间, 第二阶段): it must follow a ranking verb or carry a ranking unit.
_ORDINAL = re.compile(
    r"(?:位列|位居|位于|名列|排名|排在|排)[^，。；;]{0,6}?第[一二三四五六七八九十\d]+"
    r"|第[一二三四五六七八九十\d]+(?:名|位|方阵)|前[一二三四五六七八九十\d]+[名位强]"
)
_ARABIC = re.compile(r"\d+(?:\.\d+)?")
# A run of Chinese numerals; a lone 一 is left out (一是, 统一, 进一步 are not figures).
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}|[两三四五六七八九十]")
_YEAR_NUMBER = re.compile(r"^(19|20)\d{2}$")
# How far from a number the counted noun may stand and still be what it counts, in characters
# of normalised text (calibrated on evalsets/ask.jsonl, docs/ask-calibration.md).
BIND_BEFORE = 16
BIND_AFTER = 8


@dataclass(frozen=True)
class QuantityAsked:
    # The unit kinds that answer it; () when any counted number does; ("rank",) for a place in
    # an order, which only an ordinal answers.
    kinds: tuple[str, ...]
    measure: str = ""  # the measure word asked with (多少起 -> 起), "" when none


# Where a question's clauses end: each may ask its own figure.
CLAUSE_BREAK = re.compile(r"[，,？?；;。！!]+")
# A clause asking only how much the figure just asked changed (同比增长了多少, 比上年少了多少).
CHANGE_ONLY = re.compile(
    r"^(?:比上年|比去年|较上年|比以前|同比)?(?:又|则)?"
    r"(?:(?:增长|增加|上升|下降|下跌|减少|降低|变化|多了|少了|多出|增多|变多|变少)了?"
    r"|(?:增幅|涨幅|降幅|增速|变化幅度)(?:是|为|有)?)(?:多少|几)"
)
# How much a figure changed, with no unit asked: the answer may be a percentage.
CHANGE_ASKED = re.compile(
    r"(?:上升|增加|增长|提高|增多|下降|下跌|减少|降低|减小|变多|变少|多了|少了|多出|降|涨|跌|升)了?(?:多少|几)"
)


# Which way something changed, presuming neither (多了还是少了, 上升还是下降, 变化了多少): the
# answer is a change, which reports write as a percentage.
UP_SAID = r"(?:多|增|升|上升|上涨|增加|增长|涨)"
DOWN_SAID = r"(?:少|减|降|下降|下跌|减少|降低|跌)"
_WHICH_WAY = re.compile(
    rf"{UP_SAID}了?还是{DOWN_SAID}|{DOWN_SAID}了?还是{UP_SAID}|有没有变化|有无变化|是增是减|增减|涨跌|升降"
)
# What a change is measured against: without one, 多还是少 compares two districts, 有没有变化
# asks of anything.
_BASE_SAID = re.compile(
    r"比(?:上年|去年|前年|上一年|前一年|往年|\d{4}年)|同比|较(?:上年|去年|\d{4}年)"
    r"|(?:跟|和|与|同)(?:上年|去年|前年|上一年|前一年|往年|\d{4}年)(?:相)?比"
)
_CHANGED_HOW_MUCH = re.compile(r"变化了?多少|变动了?多少")
_CHANGE_CLAIMED = re.compile(rf"(?:{_BASE_SAID.pattern})(?:明显|大幅|有所|略有|又)?(?:{UP_SAID}|{DOWN_SAID})")


def claims_change(text: str) -> bool:
    """Whether the text says which way something went against a base (比上一年少了, 同比下降)."""
    return bool(_CHANGE_CLAIMED.search(normalize_for_matching(text)))


def asks_which_way(text: str) -> bool:
    """Whether the text asks which way something changed, presuming neither: a direction pair
    or 有没有变化 measured against a base (比上年多了还是少了), or 变化了多少."""
    text = normalize_for_matching(text)
    return bool(_CHANGED_HOW_MUCH.search(text) or (_BASE_SAID.search(text) and _WHICH_WAY.search(text)))


# Nouns of a change (涨幅, 降幅): what they measure is a percentage, whatever they change.
_CHANGE_NOUN = re.compile(r"涨幅|增幅|降幅|跌幅|增速|增长率|(?:增长|上涨|上升|下降|减少)幅度")


def quantity_asked(question: str) -> QuantityAsked | None:
    """What kind of number the question asks for, or None when it asks for no number."""
    text = normalize_for_matching(question)
    if asks_which_way(text):  # 跟上年比，是上升了还是下降了: a change, whatever its subject counts
        return QuantityAsked(("percent",))
    if not _quantity_match(text):
        return None
    if _RANK_ASKED.search(text) and "多少" not in text:  # 罚款是多少、排第几: the amount first
        return QuantityAsked(("rank",))
    if _RANK_CLAIMED.search(text) and not _QUANTITY_WORD.search(text):
        return None  # 答题率是全国第一吗: a place claimed, checked as a claim, not a share asked
    # Each clause asking a figure says its own kind (接受了多少群众咨询，入户检查了多少户: people,
    # then households); one asking with no unit or noun of a kind takes any number.
    asking = [c for c in CLAUSE_BREAK.split(text) if _QUANTITY_WORD.search(c) or _QUANTITY_NOUN.search(c)]
    kinds, measures = [], []
    for clause in asking or [text]:
        clause_kinds, clause_measures = _kinds_asked(clause)
        if not clause_kinds:
            # 会商次数: the noun asks how many times, as 多少次 would
            times = ["次"] if "次数" in clause and not _QUANTITY_WORD.search(clause) else []
            return QuantityAsked((), (measures + clause_measures + times or [""])[0])
        kinds += clause_kinds
        measures += clause_measures
    if _CHANGE_HOW.search(text):  # 事故起数变化如何: the rate of change answers it, as the count would
        kinds.append("percent")
    return QuantityAsked(tuple(dict.fromkeys(kinds)), measures[0] if measures else "")


# How a figure changed, asked openly (变化如何, 有什么变化, 增减情况).
_CHANGE_HOW = re.compile(r"变化如何|有什么变化|有何变化|变化情况|变化怎么样|增减情况|增减如何|怎么变")


def _kinds_asked(text: str) -> tuple[list[str], list[str]]:
    """The unit kinds one clause asks for, by its measure words or else its nouns, and the
    measure words."""
    kinds, measures = [], []
    for match in _MEASURE_AFTER.finditer(text):
        unit = match.group(1)
        kind = _ASKED_UNIT.get(unit) or _ASKED_UNIT.get(unit[:1])
        if kind:
            if unit == "个" and (
                _PERSON_AFTER.match(text[match.end() :]) or _PERSON_BEFORE.search(text[: match.start()])
            ):
                kind = "people"
            kinds.append(kind)
            measures.append(unit if unit in _ASKED_UNIT else unit[:1])
    if not kinds and (_CHANGE_NOUN.search(text) or asks_which_way(text)):  # 罚款金额的涨幅: the rate
        kinds = ["percent"]
    if not kinds and _COUNTED_HEAD.search(text):  # 罚款的企业数是多少: firms are counted, not the fine
        kinds = ["count"]
    fined = _OF_THE_FINED.search(text)
    if not kinds and fined:
        kinds = ["count", "people"]  # 被罚款的个人和企业各有多少: the people and firms fined
    if not kinds:
        kinds = noun_kinds(text)
        if kinds and CHANGE_ASKED.search(text):  # 死亡人数减少了多少: reports say 下降27.8%
            kinds.append("percent")
        elif not kinds and CHANGE_ASKED.search(text):  # 检查企业的数量同比上升了多少: the change
            kinds = ["percent"]
    return kinds, measures


# A count named by its thing and 数 right before the quantity word (企业数是多少, 单位数有几个).
# Not 罚款数 or 金额数 (an amount), 人数 (people), 次数, 总数 or 分数, whose kind is said elsewhere.
_COUNTED_HEAD = re.compile(
    r"[\u4e00-\u9fff](?<!罚款)(?<!罚金)(?<!金额)(?<!资金)(?<!经费)(?<![人次总分倍岁])数"
    r"(?:是|为|有|达|一共|总共|共|合计)*(?:多少|几)"
)


# Those a doing was done to, counted (被罚款的企业有多少): the fine names who, not how much (罚款的
# 总额是多少 asks the amount).
_OF_THE_FINED = re.compile(
    r"(?:罚款|处罚|罚)的(?P<noun>[\u4e00-\u9fff]{0,6}?(?:企业|个人|单位|公司|人员|对象|商户|人))"
    r"(?:分别|各自|各|一共|总共|共)?(?:有|是)(?:多少|几)"
)


def noun_kinds(text: str) -> list[str]:
    """The unit kinds the text's nouns name (罚款 money, 人数 people, 占比 percent)."""
    return [kind for kind, nouns in _KIND_NOUNS if any(n in text for n in nouns)]


def unit_kind(unit: str) -> str | None:
    """The kind of a measure word (元 money, 家 count), None for one of no kind."""
    return _ASKED_UNIT.get(unit)


def quantity_target(question: str, terms: list[str]) -> str | None:
    """The term whose quantity is asked: the head (last) noun of the phrase after the measure
    word (多少名执法队员 -> 队员), else the last term before the quantity word (播放量有多少)."""
    after, before, just_before = _around_quantity(question, terms)
    given = _GIVEN_AFTER.search(normalize_for_matching(question))
    if given:  # 举报奖励…发了多少钱给举报人: whom it went to is not what is measured
        earlier = [t for t in terms if t in normalize_for_matching(question)[: given.start()]]
        if earlier:
            return before or earlier[-1]
    done = len(after) > 1 and re.search(re.escape(after[-1]) + "[了过]", normalize_for_matching(question))
    if done and is_verb(after[-1]) and is_noun(after[-2]):
        return after[-2]  # 帮几家企业修复了信用: the firms are counted, 修复 is what was done for them
    if len(after) > 1 and _counts_the_first(question, after[0]):
        return after[0]  # 几个主题的视频: the themes are counted, the videos are of them
    if after:
        return after[-1]
    container = _elided_head(question, before, terms)
    if container:  # 35支救援队里街道的有几支: the teams are counted, 街道 says which of them
        return container
    if before in REACHING:  # 培训一共覆盖了多少人: the people trained are counted, 覆盖 is how far it went
        text = normalize_for_matching(question)
        earlier = [t for t in terms if t != before and 0 <= text.find(t) < text.find(before)]
        if earlier:
            return earlier[-1]
    given_to = _GIVEN_TO.search(normalize_for_matching(question)) if before else None
    if given_to and given_to.group("to") == before:
        # 举报奖励给举报人发了多少钱: the reward is measured, not whom it went to
        earlier = [
            t for t in terms if t != before and t in normalize_for_matching(question)[: given_to.start()]
        ]
        if earlier:
            return earlier[-1]
    if before and is_verb(before) and _FIRMS_COUNT.search(normalize_for_matching(question)):
        # 完成失信企业信用修复审批家数: the firms are counted, 审批 is what was done for them
        text = normalize_for_matching(question)
        firms = [t for t in terms if 0 <= text.find(t) < text.find(before) and _FIRM.search(t)]
        if firms:
            return firms[-1]
    if before and is_noun(before) and not is_verb(before) and not _PERSON_LIKE.search(before):
        asked = quantity_asked(question)
        if asked is not None and asked.kinds == ("people",):
            # “252”机制是多少人: people are counted, not the thing named before (a mechanism);
            # after a doing (死亡了多少人) the doing says which people
            return None
    if before is None and just_before and _PERSON_NOUN.search(just_before[-1]):
        asked = quantity_asked(question)
        if asked is not None and asked.kinds == ("people",):
            return just_before[-1]  # 应急专干加起来一共有多少人: the people named are counted
    return before


# A count of firms asked by its noun (家数, 户数), and the nouns of what such a count counts.
_FIRMS_COUNT = re.compile(r"家数|户数")
_FIRM = re.compile(r"(?:企业|单位|公司|场所|机构|门店|工厂)$")
# Nouns of persons, not of teams (应急专干, 网格员; not 志愿队, whose members a count of people
# rescued is not).
_PERSON_NOUN = re.compile(rf"{_PEOPLE}$")
# Nouns of people (队员, 执法人员, 群众, 专家): a count of people may be of them.
_PERSON_LIKE = re.compile(r"[人员者队伍户工民众生家部士师长]$|群众|干部|专家|代表|委员|专干|干事")


def _elided_head(question: str, before: str | None, terms: list[str]) -> str | None:
    """The noun a "的" before the quantity word stands for, when an earlier clause names the
    whole it is taken from (35支救援队里街道的有几支: 救援队); None for any other question."""
    if before is None:
        return None
    text = normalize_for_matching(question)
    elided = re.search(re.escape(before) + r"的(?:有|是|占)?(?:多少|几)", text)
    if elided is None:
        return None
    wholes = [
        t
        for t in terms
        if t != before and re.search(re.escape(t) + r"(?:里面|里头|里|当中|之中|中)", text[: elided.start()])
    ]
    return wholes[-1] if wholes else None


# How far a doing reached, said of the people it reached (覆盖, 惠及): what is counted is the doing's.
REACHING = frozenset({"覆盖", "惠及", "辐射", "覆盖到"})
# ... or after the amount asked (发了多少钱给举报人).
_GIVEN_AFTER = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,2}?(?:给|发给|付给)")
# Whom a sum went to (给举报人发了多少钱); not 给企业补了多少, where the sum may be of something else.
_GIVEN_TO = re.compile(r"给(?P<to>[\u4e00-\u9fff]{1,6}?)(?:一共|总共|共|累计|都)?(?:发|付|奖|兑现|支付|发放)")


def counted_modifiers(question: str, terms: list[str]) -> list[str]:
    """The terms narrowing the counted noun (多少家危化企业 -> 危化; 有隐患的企业有多少家 -> 隐患):
    a count of 企业 in general does not answer for 危化企业."""
    after, before, _ = _around_quantity(question, terms)
    if after or before is None:
        return after[:-1]
    if _elided_head(question, before, terms):
        return [before]
    # The counted noun before the quantity word: its modifiers are the terms of its phrase.
    text = normalize_for_matching(question)
    match = _quantity_match(text)
    at = text.rfind(before, 0, match.start()) if match else -1
    if at < 0:
        return []
    phrase = _PHRASE_BREAK.split(text[:at])[-1]
    return sorted((t for t in terms if t != before and t in phrase and t not in _MEANS), key=phrase.find)


# The way a thing came in (通过12350机制受理的举报): how, not which of them are counted.
_MEANS = frozenset({"机制", "渠道", "途径", "方式", "办法"})

_PHRASE_BREAK = re.compile(r"[，,。？?！!；;、：:]")


def quantity_verb(question: str, terms: list[str]) -> str | None:
    """The term right before the quantity word (立案查处了多少起 -> 立案查处)."""
    return _around_quantity(question, terms)[1]


def figure_terms(question: str, terms: list[str]) -> set[str]:
    """The terms that name the figure itself (接入了多少个监测点: 接入, 监测点). When the reports
    never use them, the topic may still be there without the figure: no_figure, not not_covered."""
    after, _, measured = _around_quantity(question, terms)
    return {*after, *measured}


def _around_quantity(question: str, terms: list[str]) -> tuple[list[str], str | None, list[str]]:
    """(terms of the counted phrase after the quantity word, the term right before it, the
    terms just before it)."""
    text = normalize_for_matching(question)
    match = _quantity_match(text)
    if match is None:
        return [], None, []
    phrase_end = match.end()
    # The counted noun phrase ends at a punctuation mark or a verb's particle (多少家重点监管企业被列入…),
    # but not at one inside a term: 为 ends 多少项不规范执法行为 only in 行为's middle.
    in_term = {i for t in terms for at in _occurrences(text, t, match.end()) for i in range(at, at + len(t))}
    while phrase_end < len(text) and (
        text[phrase_end] not in "，。？?！!、；;,(（和及与被是有在为了把将对向由从" or phrase_end in in_term
    ):
        # 几家企业列入…名单 counts 企业 (多少人参加 names nothing before the verb)
        # (a noun the terms hold only inside a longer one counts too: 企业 of 企业码)
        counted = text[match.end() : phrase_end]
        if (
            text.startswith(_PREDICATES, phrase_end)
            # (a modal inside a word is none: 要 of 重要)
            and not (text.startswith(_MODALS, phrase_end) and phrase_end in in_term)
            and (any(t in counted for t in terms) or len(counted) >= 2)
        ):
            break
        phrase_end += 1
    tail = text[match.end() : phrase_end]
    after = sorted((tail.find(t), t) for t in terms if t in tail)
    if not after and tail:
        # 企业码…有多少家企业要贴: the noun counted is in the terms only inside a longer one
        words = get_tokenizer().words(tail)
        first = words[1] if len(words[0]) == 1 and len(words) > 1 else words[0]  # (家 企业)
        if len(first) >= 2 and is_noun(first) and any(first in t and first != t for t in terms):
            after = [(0, first)]
    before = [(text.rfind(t, 0, match.start()), t) for t in terms]
    before = [(at + len(t), t) for at, t in before if at >= 0]
    verb = max((b for b in before if _next_to_quantity(text[b[0] : match.start()])), default=None)
    # 单期最高点击量是多少: every term of the measured phrase names the figure, not the topic.
    measured = [t for end, t in before if match.start() - end <= 8]
    return [t for _, t in after], (verb[1] if verb else None), measured


# Verbs that end the counted phrase without a particle before them (多少家企业列入张贴范围).
# (… and a modal before the verb: 多少家重点监管企业要张贴企码 counts the firms, not the codes)
_MODALS = ("要", "需要", "必须", "应当")
_PREDICATES = ("列入", "纳入", "录入", "参加", "参与", "获得", "受到", "达到", *_MODALS)


# Words between the counted term and 多少 that change nothing it counts (事项一共具体是多少项).
# ... nor a time put between (联席会议在2023年一共开过几次), nor 人数 after what the people
# are counted by (死亡人数具体是多少人: the dead are counted).
_GAP_WORDS = re.compile(
    r"一共|总共|共计|总计|累计|具体|到底|究竟|大概|大约|分别|各自|现在|目前|^的?人数"
    # (举报奖励最高一笔能奖多少钱: the reward is what is measured)
    r"|最高|最多|最低|最少|单笔|一笔|每笔|单次|能够|可以|能"
    r"|在?(?:\d{4}|今|去|前|当)年度?(?:全年|一年|内|里)?|全年|一年"
)


def _next_to_quantity(gap: str) -> bool:
    """Whether a term this far before 多少 is what is counted: a few characters, or nothing but
    words that change nothing (一共具体是); 案件的数量分别是 puts another noun between."""
    rest = _GAP_WORDS.sub("", gap)
    return len(gap) <= 4 or len(rest) <= 2 or re.fullmatch(r"[是有为]?", rest) is not None


def asks_count(question: str) -> bool:
    """Whether the question asks a number in words (多少, 几), not only by a noun (金额)."""
    return bool(_QUANTITY_WORD.search(normalize_for_matching(question)))


# What leads from the count asked to a figure offered as its answer (多少家，是220家吗 / 是不是220家).
_GUESS_AFTER_COUNT = re.compile(
    r"[,，?？;；]\s*(?:那|我记得|听说|好像|大概|应该|是不是|是否|就)*(?:是|有|共|一共)?$"
)


def guessed_count(question: str, start: int) -> bool:
    """Whether the figure at `start` (of the normalised question) is offered as the answer to the
    count the question asks before it: the answer's figure to check, not a figure of another
    thing (68件举报里有多少件查实)."""
    text = normalize_for_matching(question)
    asked = _QUANTITY_WORD.search(text[:start])
    return asked is not None and bool(_GUESS_AFTER_COUNT.search(text[asked.end() : start]))


def asked_by_noun_only(question: str) -> bool:
    """Whether the question names a quantity (人数, 金额) without asking how much of it: with a
    figure stated (死亡人数降了27.8%吗), it asks whether the figure holds, not for one."""
    text = normalize_for_matching(question)
    return not _QUANTITY_WORD.search(text) and bool(_QUANTITY_NOUN.search(text))


def _counts_the_first(question: str, noun: str) -> bool:
    """Whether the measure word after the quantity asked counts the noun right after it, which
    a 的 then makes the owner of the phrase's head (几个主题的视频, 多少家企业的员工)."""
    text = normalize_for_matching(question)
    match = _quantity_match(text)
    # (not 几件老百姓的举报: 件 counts the reports, whoever made them)
    return (
        bool(match)
        and not _PERSON_LIKE.search(noun)
        and noun not in _PEOPLE_AT_LARGE
        and re.match(rf"[个家项类种支]?{re.escape(noun)}的", text[match.end() :]) is not None
    )


_PEOPLE_AT_LARGE = frozenset("老百姓 百姓 群众 市民 居民 村民 公众 人民".split())


def _quantity_match(text: str) -> re.Match[str] | None:
    """Where normalised question text asks its quantity (多少, 几, or a quantity noun: 比例)."""
    return _QUANTITY_WORD.search(text) or _QUANTITY_NOUN.search(text)


def _occurrences(text: str, term: str, start: int) -> list[int]:
    found, at = [], text.find(term, start) if term else -1
    while at >= 0:
        found.append(at)
        at = text.find(term, at + 1)
    return found


def numbers_with_units(text: str) -> list[tuple[float, str]]:
    """Every number in `text` (Arabic or Chinese numerals) with the unit kind right after it
    ("" when none): 72.8 万元 -> (72.8, "money"), 连续八年 -> (8, "years")."""
    return [(value, kind) for value, kind, _, _ in _figures(normalize_for_matching(text))]


def percent_positions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every share in normalised `text`."""
    return [(start, end) for _, kind, start, end in _figures(text) if kind == "percent"]


def _figures(text: str) -> list[tuple[float, str, int, int]]:
    """(value, unit kind, start, end) of every number of normalised `text`."""
    found = []
    for pattern, convert in ((_ARABIC, float), (_CHINESE, _chinese_number)):
        for match in pattern.finditer(text):
            value = convert(match.group())
            if value is None or text[max(0, match.start() - 1) : match.start()] == "第":
                continue  # 第十四: an ordinal names, it does not count
            after = text[match.end() : match.end() + 6].lstrip()
            kind = _unit_kind(after)
            if kind == "years" and _YEAR_NUMBER.match(match.group()):
                continue  # 2023年 dates the sentence; it counts no years
            if kind == "" and text[match.end() : match.end() + 1] in "月号":
                continue  # 6月, 3号: dates
            if in_name(text, match.start()):
                continue  # “三项制度”, “1+4+N”: a name, not a count
            found.append((value, kind, match.start(), match.end()))
    return found


def in_name(text: str, at: int) -> bool:
    """Whether the position sits inside quotation or title marks opened before it and closed
    after it within a few characters: a name such as “三项制度” or 《…三年行动》."""
    for opening, closing in (("“", "”"), ("《", "》"), ('"', '"')):
        start = text.rfind(opening, max(0, at - 8), at)
        if start >= 0 and closing not in text[start + 1 : at] and closing in text[at : at + 8]:
            return True
    return False


def has_figure(
    text: str,
    asked: QuantityAsked,
    target: frozenset[str] = frozenset(),
    verb: frozenset[str] = frozenset(),
    near: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the sentence holds a number of the kind the question asks for, bound to what is
    counted: one of the `target` wordings within BIND_BEFORE characters before the number or
    BIND_AFTER after it ("排查隐患17435个" counts 隐患; "10个领域" in a sentence about 事故
    does not count deaths), or the asked measure word after it with the asking verb nearby
    ("立案查处了多少起违法案件": "立案查处 15 起"). `near`, when given, is asked last whether
    the words around a number of the right kind name a close neighbour of the target (宣传手册
    for 宣传材料): reports word the same counted thing differently."""
    text = normalize_for_matching(text)
    if asked.kinds == ("rank",):
        # A place in an order ranks in the contest named before it in its sentence, however far
        # (在第一届…大比武中，我区代表队获得优秀组织奖，取得了总分第一名).
        windows = [
            text[_sentence_start(text, m.start()) : m.end() + BIND_AFTER] for m in _ORDINAL.finditer(text)
        ]
        return any(
            not target or any(w in window for w in target) or (near is not None and near(window))
            for window in windows
        )
    for _, kind, start, end in _figures(text):
        if asked.kinds and kind not in asked.kinds:
            continue
        measured = bool(asked.measure) and _measured_in(_unit_after(text, end), asked.measure)
        if kind == "count" and asked.measure not in ("", "个") and not measured:
            continue  # 多少份资料 is not answered by 220家企业; 多少个 takes any counter
        if not asked.kinds and kind in ("", "days"):
            continue  # 多少 with no measure: any counted or measured number
        window = text[max(0, start - BIND_BEFORE) : end + BIND_AFTER]
        # A count of things counts the noun right before it (示范站40个); people or money are
        # counted whatever noun stands there (微视频N期，覆盖受众M人). Times asked are the times
        # the thing was met, whatever noun describes the occasion (应对强降雨天气6次).
        times_asked = measured and asked.measure in _TIMES and _just_before(text, start, target)
        head_counted = kind == "count" and not times_asked and _counts_another(text, start, end, target)
        if not target or (any(w in window for w in target) and not head_counted):
            return True
        # A span of years holds for its whole clause (连续八年未发生…事故).
        if kind == "years" and any(w in clause_of(text, start, end) for w in target):
            return True
        # Things and their figures "respectively" (事故和死亡人数较2022年分别下降25%、27.8%): the
        # things stand as far before as the comparison takes.
        if _stated_respectively(text, start, target):
            return True
        if measured and any(w in window for w in verb):
            return True
        # The counter asked, and what became of the things counted said later in the number's
        # clause (已有198家重点监管企业列入企码张贴范围, asked how many firms put the code up).
        if measured and asked.measure != "个" and any(w in _rest_of_clause(text, end) for w in target):
            return True
        # A neighbour counts only in the number's own clause: in 受理举报查处70起，…，处罚3.86万元
        # the money is the fines', however close 举报查处 comes to 举报奖励.
        if near is not None and near(_own_clause(text, start, end)):
            return True
    return False


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in "。；;！!？?\n") + 1


def _counts_another(text: str, start: int, end: int, target: frozenset[str]) -> bool:
    """Whether each wording of the target before the number names what another noun is (事故
    of 事故应急预案备案22件: the 22 count the plans filed), and none follows the number."""
    if any(w in text[end : end + BIND_AFTER] for w in target):
        return False
    window_start = max(0, start - BIND_BEFORE)
    ends = [m.end() for w in target for m in re.finditer(re.escape(w), text[window_start:start])]
    return bool(ends) and all(
        any(_names_another(w, target) for w in get_tokenizer().words(text[window_start + e : start]))
        for e in ends
    )


# Nouns saying how a thing is measured (处罚金额71000元), not what else is counted.
_HOW_MEASURED = MEASURE_NOUNS | {noun for _, nouns in _KIND_NOUNS for noun in nouns}


def _names_another(word: str, target: frozenset[str]) -> bool:
    return is_noun(word) and word not in target and word not in _HOW_MEASURED


# A spoken verb whose official word shares no character with it: calls and reports are 接 in
# speech and 受理 in a report (一年接了多少个举报).
# (出了多少期: issues are published, 制作发布…100期)
_OFFICIAL_FORMS = {"接": ("接", "受理"), "出": ("出", "发布", "推出", "播出", "制作")}


def counted_by(text: str, asked: QuantityAsked, verb: str) -> bool:
    """Whether a number of the asked kind shares its clause with a word holding the verb (救 in
    救援, 罚 in 罚款): 目前队员19人 counts members, not people saved."""
    text = normalize_for_matching(text)
    forms = _OFFICIAL_FORMS.get(verb, (verb,))
    return any(
        (not asked.kinds or kind in asked.kinds) and any(f in clause_of(text, start, end) for f in forms)
        for _, kind, start, end in _figures(text)
    )


def clause_of(text: str, start: int, end: int) -> str:
    """The whole clause holding the number."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_BREAK.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _own_clause(text: str, start: int, end: int) -> str:
    """The number's window cut at the clause breaks on either side of it."""
    window_start, window_end = max(0, start - BIND_BEFORE), end + BIND_AFTER
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, window_start, start)]
    after = CLAUSE_BREAK.search(text, end, window_end)
    return text[before[-1] if before else window_start : after.start() if after else window_end]


def _just_before(text: str, start: int, target: frozenset[str]) -> bool:
    """Whether a wording of the target ends at most two characters before the number, in one
    run of words (强降雨天气6次; not 科普日…“五带头”活动759场)."""
    return any(re.search(rf"{re.escape(w)}[\u4e00-\u9fff]{{0,2}}$", text[:start]) for w in target)


def _stated_respectively(text: str, start: int, target: frozenset[str]) -> bool:
    """Whether the number at `start` is one of two figures stated "respectively" of two things,
    and the thing in its place words the target (25% of 事故, 27.8% of 死亡人数)."""
    for match in RESPECTIVELY.finditer(text):
        for figure, thing in (("x", "a"), ("y", "b")):
            if start == match.start(figure) and any(w in match[thing] for w in target):
                return True
    return False


def _rest_of_clause(text: str, end: int) -> str:
    """What follows a number up to its clause's end, at most BIND_AFTER * 2 characters."""
    stop = CLAUSE_BREAK.search(text, end)
    return text[end : min(stop.start() if stop else len(text), end + 2 * BIND_AFTER)]


def _measured_in(unit_after: str, measure: str) -> bool:
    """Whether the unit after a number is the measure asked, or another counter of times when
    times are asked (几回 / 10次)."""
    if unit_after.startswith(measure):
        return True
    # (处置初期火灾44起: 起 counts times something happened too)
    return measure in _TIMES and unit_after.startswith((*_TIMES, "起")) and not unit_after.startswith("次数")


def _unit_after(text: str, end: int) -> str:
    """What follows a number once a multiplier or 余/多 is passed (2万余份 -> 份…)."""
    return text[end:].lstrip().lstrip("万亿千百").lstrip("余多")


def numbers_in(text: str) -> set[float]:
    """The values of every number in `text`, to check that a generated claim's figures are cited."""
    return {value for value, _ in numbers_with_units(text)}


def _unit_kind(after: str) -> str:
    if after[:1] in "万亿千" and not after.startswith(("万元", "亿元")):
        return _unit_kind(after[1:])  # 2万余份, 1.2万人次: the multiplier is part of the number
    for kind, units in UNIT_KINDS.items():
        if any(after.startswith(unit) for unit in units):
            # 余/多 before a unit (300余人, 20多家) still binds the number to that unit.
            return kind if kind != "count" or not after.startswith("余") else _unit_kind(after[1:]) or kind
    if after[:1] in "余多" and len(after) > 1:
        return _unit_kind(after[1:])
    return ""


def _chinese_number(run: str) -> float | None:
    try:
        return float(cn2an.cn2an(run, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
