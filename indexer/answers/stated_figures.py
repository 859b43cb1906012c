"""A figure a question names (罚款七万一千元的是哪个区, 发放15万份资料的是哪个区) is matched by
value, not by its characters: the reports write 71000元 where a reader says 七万一千元 or
7.1万元, and 15万份 where a reader types 150000份. Matched as characters, a figure in Chinese
numerals was "not in the reports", and an Arabic one let any sentence on the topic answer
(罚款226万元 for 罚款71000元).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from indexer.answers.figures import BIND_BEFORE, CLAUSE_BREAK, UNIT_KINDS, in_name, noun_kinds, unit_kind
from indexer.answers.respective import OTHER, RESPECTIVELY, respective_owner
from indexer.answers.terms import is_verb, wordings
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import MULTIPLIERS, Numeral, find_numbers
from indexer.text.tokens import char_bigrams, get_tokenizer

# A Chinese numeral names a figure only with a place value or more than one digit: 三项制度,
# 一把手 and 一是 are names and list markers, 十五万 and 一百二十七 are figures.
_PLACE_VALUE = re.compile(r"[十百千万亿]|[零〇一二两三四五六七八九]{2,}")
_DATE_AFTER = re.compile(r"^(?:年(?:度|底|初)?|月|日|号)")
# 7个人 counts people, as 7人 does: a reader's way of writing it.
_UNITS = (*(u for units in UNIT_KINDS.values() for u in units), "个人")
# A lone digit counts people, cases, firms and times it stands before (五人, 三起, 两家, 四次);
# before other units it names (三项制度, 两个责任, 五大行动), and 一 before any is a phrase (一件事).
_COUNTED_BY_ONE_DIGIT = ("人", "个人", "名", "位", "起", "件", "家", "次")


# 五个专项指挥部分别是哪些: a lone digit counting things whose list is asked is a count claimed
# (两个责任 and 五大行动 name things, and no list is asked of them).
_LISTED_BY_COUNT = re.compile(
    r"^个(?![区县报])[\u4e00-\u9fff]{2,8}?(?:分别是|各自是|都是|是哪|有哪|包括哪|指哪)"
)


# 八成, 三成多, 两成左右: tenths, as speech gives a share (成员, 成效, 成立 are other words),
# after a word of change or share (涨了八成, 占三成, 近九成); 八成没有 is "most likely".
_TENTHS = re.compile(r"成(?![员效立果绩本为功熟交长就型品年人都份分像全不])")
_SHARE_BEFORE = re.compile(r"(?:了|涨|降|增|减|长|升|占|达|近|快|约|有|超|过|到|为|是|足|差不多|大概|大约)$")


def _tenths(number: Numeral) -> Numeral:
    """八成 as a share: 80%, standing for any of 80 to 90 (an 80.93% written), as 八十多 does."""
    share = number.value * 10
    return replace(
        number, end=number.end + 1, raw=f"{number.raw}成", value=share, base=share, approx="多", percent=True
    )


# 翻了一番, 翻两番, 增长了一倍: a rise said in doublings, +100% for each (两番: fourfold, +300%);
# 增长了两倍 is +200% (threefold), as statistical usage reads it.
_DOUBLED = re.compile(r"翻了?(?P<times>[一两二三])?番|(?:增长|增加|提高|多)了?(?P<fold>[一两二三四五])倍")
_SMALL = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _doublings(text: str) -> list[Numeral]:
    found = []
    for match in _DOUBLED.finditer(text):
        if match["fold"]:
            rise = _SMALL[match["fold"]] * 100.0
        else:
            rise = (2 ** _SMALL[match["times"] or "一"] - 1) * 100.0
        # (至少多了一倍, 起码翻了一番: a bound, which any larger rise meets)
        bound = "至少" if _AT_LEAST.search(text[max(0, match.start() - 3) : match.start()]) else None
        found.append(
            Numeral(
                match.start(),
                match.end(),
                match.group(0),
                rise,
                rise,
                "",
                percent=True,
                chinese=True,
                approx=bound,
            )
        )
    return found


_AT_LEAST = re.compile(r"(?:至少|起码|最少|不止|超过)$")


# 12个月每个月都…: the months of the year, said again as each of them; no count claimed.
_EACH_MONTH_AFTER = re.compile(r"个月(?:里|中|内|来)?(?:每|都|全|天天|月月)")


def named_in(question: str) -> tuple[Numeral, ...]:
    """The figures the question states, in order; none for years, dates, ordinals, list
    markers, vague counts (十几起) and numerals that are part of a name."""
    text = normalize_for_matching(question)
    doubled = _doublings(text)
    named = list(doubled)
    for number in find_numbers(text):
        if any(d.start <= number.start < d.end for d in doubled):
            continue
        before, after = text[max(0, number.start - 1) : number.start], text[number.end :]
        if (
            before in ("第", "几")
            or _DATE_AFTER.match(after)
            or (number.value == 12 and _EACH_MONTH_AFTER.match(after))
        ):
            continue
        magnitude = after[1:2]
        if after[:1] == "来" and magnitude in MULTIPLIERS and number.value % _place(number.value) == 0:
            # 七十来万: about 700000, in 万 (71000元 is not it); 来 before the multiplier
            named.append(
                replace(
                    number,
                    end=number.end + 2,
                    raw=f"{number.raw}来{magnitude}",
                    value=number.value * MULTIPLIERS[magnitude],
                    multiplier=magnitude,
                    approx="来",
                )
            )
            continue
        if after[:1] in ("几", "来"):
            # 80来场, 四十来起: about a round number (71 to 89 场); 十几篇, 二十几家: a round number
            # and some (11 to 19 篇), checked as 多 is; 5来个, 几 alone or after a unit (三万几) count
            # nothing
            if (
                number.value >= 10
                and number.value % _place(number.value) == 0
                and after[1:].startswith(_UNITS)
            ):
                named.append(
                    replace(number, end=number.end + 1, raw=f"{number.raw}{after[0]}", approx=after[0])
                )
            continue
        tenths = _TENTHS.match(after) and _SHARE_BEFORE.search(text[: number.start])
        if tenths and number.value < 10 and number.value.is_integer():
            named.append(_tenths(number))  # 涨了八成: about 80%, 80.93% among what it stands for
            continue
        if (
            number.chinese
            and not _PLACE_VALUE.search(number.raw)
            and (number.value == 1 or not after.startswith(_COUNTED_BY_ONE_DIGIT))
            and not (number.value > 1 and _LISTED_BY_COUNT.match(after))
        ):
            continue
        measured = number.percent or after.lstrip("余多").startswith(_UNITS)
        if (before and before in "〔[［(（") or after.startswith(("号", "〕", "]", "］")):
            continue  # 〔2023〕13号: a document's number, not a figure
        if before and before in '“「"' and after.startswith(("”", "」", '"')):
            continue  # “12350”, “252”: a hotline's or a mechanism's name
        year_like = not number.chinese and 1900 <= number.value <= 2100 and number.value.is_integer()
        # 12350热线, 110报警: a number with a noun right after it and no unit names a line
        a_name = "\u4e00" <= after[:1] <= "\u9fff"
        # 80万吗: a magnitude written after the digits is a quantity, never a name's number
        # (那72.8万罚款里 points at a total taken as given: no claim)
        magnitude = number.multiplier in ("万", "亿") and before not in ("那", "这", "该", "此")
        if measured or magnitude or (number.value >= 100 and not year_like and not a_name):
            named.append(number)
    return tuple(sorted((_below_if_said(text, n) for n in named), key=lambda n: n.start))


# 将近九成, 快两百万, 不到一半: a value approached from below, not reached.
_APPROACHED = re.compile(r"(?:将近|接近|近|快要|快|不到|不足|没到|没有到|未到|没达到|未达到|没有达到)$")
# 还没到百分之百, 不足100人: any value below it, the value itself not.
_SHORT_OF = re.compile(r"(?:不到|不足|没到|没有到|未到|没达到|未达到|没有达到)$")
# How far below such a value a written one may be and still be what was meant (将近九成 is 81%
# or more: 80.93% is 八成多, not 将近九成).
NEAR_BELOW = 0.1


# 差不多三成, 大约两百人: a value either side of it.
_AROUND = re.compile(r"(?:差不多|大概|大约|约)$")


# 是否超过三十篇, 逾千人: a bound, which any larger figure written meets (38篇 is no other figure).
_BEYOND = re.compile(r"(?:超过|超出|多于|高于|大于|不少于|不低于|(?<![逾])逾|突破)了?$")


def _below_if_said(text: str, figure: Numeral) -> Numeral:
    if figure.raw.endswith(("番", "倍")):
        return figure
    if _BEYOND.search(text[: figure.start]):
        return replace(figure, approx="至少")
    if _SHORT_OF.search(text[: figure.start]):
        return replace(figure, approx="未")
    if _APPROACHED.search(text[: figure.start]):
        return replace(figure, approx="近")
    if _AROUND.search(text[: figure.start]) and figure.approx in (None, "多") and figure.chinese:
        return replace(figure, approx="约")
    return figure


def in_digits_only(figure: Numeral) -> str:
    """The figure's number as a report writes it in digits, without its 万 or 多 (3.86万 -> 3.86,
    七百五十九 -> 759)."""
    if not figure.chinese:
        return re.match(r"[\d.]+", normalize_for_matching(figure.raw)).group(0)
    return f"{figure.value:g}"


_DURATION_AFTER = "(?:" + "|".join(sorted(UNIT_KINDS["days"], key=len, reverse=True)) + ")?"
# 将近九成: the word of approach is the figure's, no topic.
_APPROACHED_BEFORE = "(?:将近|接近|快要|不到|不足|没到|没有到|未到|没达到|未达到|没有达到|差不多|大概|大约)?"


def without_figures(text: str, figures: tuple[Numeral, ...]) -> str:
    """The text with the stated figures taken out, and the vague counts (四十来起, 十几家) no
    figure stands for: the topic is what they count, not 四十 as a word to find. A span of time
    goes with its figure (压缩了87.3个钟头): whether the report measures it so is the figure's
    check, and 钟头 is no topic a report must word; so too a word of approach before it (将近)."""
    for number in figures:
        text = re.sub(_APPROACHED_BEFORE + re.escape(number.raw) + _DURATION_AFTER, " ", text)
    normal = normalize_for_matching(text)
    if len(normal) != len(text):  # positions in the normal form would not be the text's
        return text
    for number in find_numbers(normal):
        if normal[number.end : number.end + 1] in ("几", "来"):
            text = text[: number.start] + " " * (number.end + 1 - number.start) + text[number.end + 1 :]
        elif normal[number.start - 1 : number.start] == "几":  # 几十家, 几百人
            text = text[: number.start - 1] + " " * (number.end + 1 - number.start) + text[number.end :]
    return text


def in_digits(text: str, figures: tuple[Numeral, ...]) -> str:
    """The text with each stated figure in Arabic digits, as reports mostly write them (七万一千
    -> 71000, 十五万 -> 15万), for the search that finds the passages."""
    for number in figures:
        if number.chinese:
            value = number.value
            # (六十二点八万 as 62.8万, the reports' way, not 628000)
            in_wan = value >= 10000 and (value % 10000 == 0 or "万" in number.raw)
            digits = f"{value / 10000:g}万" if in_wan else f"{value:g}"
            text = text.replace(number.raw, digits + ("%" if number.percent else ""), 1)
    return text


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _within(found: Numeral, figure: Numeral) -> bool:
    """Whether a number written states the figure asked: the same value, or for a figure with
    余/多/几 (四十多起, 十几篇) one in its place (44起, not 40 nor 50); for one approached (将近九成) one
    a little below it."""
    if figure.approx == "未":
        return found.value < figure.value
    if figure.approx == "至少":  # 至少多了一倍: any rise of 100% or more
        return found.value >= figure.value
    if _same(found.value, figure.value):
        return True
    if figure.approx == "近":
        return figure.value * (1 - NEAR_BELOW) <= found.value < figure.value
    if figure.approx == "约":
        return abs(found.value - figure.value) <= figure.value * NEAR_BELOW
    if figure.approx == "来":
        return abs(found.value - figure.value) < _place(figure.value)
    if (
        figure.approx is None
        or found.approx is not None
        or figure.value <= 0
        or not figure.value.is_integer()
    ):
        return False
    return figure.value < found.value < figure.value + _place(figure.value)


def _place(value: float) -> int:
    """The place of a round number's last non-zero digit (10 of 80, 100 of 200, 1 of 83)."""
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return step


# Units counting the same things: a case is 一件 or 一起 (受理举报70起, 立案查处68件).
_CASES = frozenset({"件", "起"})


def counted_alike(unit: str | None, other: str | None) -> bool:
    """Whether two measure words count the same kind of thing."""
    return unit == other or (unit in _CASES and other in _CASES)


def unit_after(text: str, number: Numeral) -> str:
    """The measure word right after a number of normalised `text` (家 of 15家), "" when none."""
    after = text[number.end :].lstrip("余多")
    if _VERB_NOT_UNIT.match(after):
        return ""  # 通过12350处罚: 处 of the verb 处罚, not of 12350处 hazards
    return next((u for u in sorted(_UNITS, key=len, reverse=True) if after.startswith(u)), "")


# A measure word that starts a verb instead (处罚, 处理, 处置, 次日).
_VERB_NOT_UNIT = re.compile(r"处[罚理置分]|次日")


def _asked_unit(asked: str, figure: Numeral) -> str:
    """The unit a question gives its figure, with the 次 of visits (516家次, 8750人次): such a
    count is matched by the same visits, not by another thing's 25家."""
    unit = unit_after(asked, figure)
    after = asked[figure.end :].lstrip("余多")[len(unit) :]
    return unit + "次" if unit and unit not in _EVENTS and after.startswith("次") else unit


# 两个(涉嫌犯罪的)案子: an asker counts cases with the all-purpose 个, where the reports write 起
# or 件.
_CASES_BY_GE = re.compile(r"个[^，,。；;？?的]{0,6}的?(?:案子|案件|案例)")


# 五十个队员: people counted with 个, where the reports write 名 or 人.
_PEOPLE_BY_GE = re.compile(r"个[\u4e00-\u9fff]{0,6}?(?:队员|人员|专家|律师|干部|职工|民警|志愿者)")


def fitting_unit(asked: str, figure: Numeral) -> str:
    """The unit a written figure has to fit: the asked one, with 个 of cases read as 件 and 个
    of people as 名."""
    unit = _asked_unit(asked, figure)
    if unit == "个" and _PEOPLE_BY_GE.match(asked, figure.end):
        return "名"
    return "件" if unit == "个" and _CASES_BY_GE.match(asked, figure.end) else unit


def _shown(number: Numeral, unit: str) -> str:
    """A number as a notice names it: as written, a share with its % unless written in words."""
    percent = (
        number.percent
        and not number.raw.endswith(("%", "％", "成", "番", "倍"))
        and "百分之" not in number.raw
    )
    return number.raw + ("%" if percent else "") + ("人" if unit == "个人" else unit)


def is_spoken(figure: Numeral) -> bool:
    """Whether the figure is a share or a rise said in words (八成, 翻了一番), not a number."""
    return figure.raw.endswith(("成", "番", "倍"))


def share_in(text: str, figure: Numeral) -> str | None:
    """The percentage the text writes that a spoken share or rise stands for (80.93% for 八成,
    100% for 翻了一番), as written; None for any other figure or when the text writes none."""
    if not is_spoken(figure):
        return None
    # A rise said in doublings is one a report writes after 增长/同比 (not a rate of 100%).
    changes = figure.raw.endswith(("番", "倍"))
    return next(
        (
            n.raw
            for n in find_numbers(text)
            if n.percent and _within(n, figure) and (not changes or _CHANGE_BEFORE.search(text[: n.start]))
        ),
        None,
    )


_CHANGE_BEFORE = re.compile(r"(?:增长|增加|上升|提高|下降|减少|降低|同比)[^，,。；;]{0,3}$")


def as_written(question: str, figure: Numeral) -> str:
    """The figure with the unit the question gives it (15家, 80%, 25个百分点) and a word of
    approach before it (将近九成), as a notice names it."""
    text = normalize_for_matching(question)
    approached = (
        _APPROACHED.search(text[: figure.start])
        if figure.approx in ("近", "未")
        else _BEYOND.search(text[: figure.start])
        if figure.approx == "至少"
        else None
    )
    shown = (
        figure.raw + "个百分点"
        if text[figure.end :].startswith("个百分点")
        else _shown(figure, _asked_unit(text, figure))
    )
    return (approached.group(0) if approached else "") + shown


_SENTENCE_ENDS = "。！？!?；;\n"


def _sentence_around(text: str, number: Numeral) -> tuple[int, int]:
    """The span of the sentence holding the number (a report's whole text may be given)."""
    start = max(text.rfind(mark, 0, number.start) for mark in _SENTENCE_ENDS) + 1
    ends = [at for at in (text.find(mark, number.end) for mark in _SENTENCE_ENDS) if at >= 0]
    return start, min(ends, default=len(text))


def _changed_kinds(question: str, figure: Numeral) -> frozenset[str]:
    """The kinds of figure whose change a stated share is said to be (罚款增长了200%: money);
    none when the question names no such noun, or the figure is no share. The noun may sit in a
    clause before the share's (罚没金额涨了三倍，也就是300%), not in one stating its own figure."""
    if not figure.percent:
        return frozenset()
    end = CLAUSE_BREAK.search(question, figure.end)
    clauses = CLAUSE_BREAK.split(question[: end.start() if end else len(question)])
    for i, clause in enumerate(reversed(clauses)):
        if i and named_in(clause):
            break
        kinds = frozenset(noun_kinds(clause)) - {"percent"}
        if kinds:
            return kinds
    return frozenset()


def _changes_kind(text: str, share: Numeral, kinds: frozenset[str]) -> bool:
    """Whether a share the text writes may be the change of a figure of those kinds: in
    查处企业4家，同比增长300% it is the change of a count of firms, not of the fines."""
    if not kinds:
        return True
    start, _ = _sentence_around(text, share)
    for base in reversed(find_numbers(text, start, share.start)):
        kind = unit_kind(unit_after(text, base))
        # 较上一年 or 与2021年相比: a year says when, not what changed.
        if kind and kind not in ("percent", "years"):
            # …10个重点领域开展整治,2023年事故和死亡人数较2022年分别下降25%、27.8%: the noun
            # between names what changed, not the count before it.
            named = frozenset(noun_kinds(text[base.end : share.start])) - {"percent"}
            return kind in kinds or bool(named & kinds)
    return True


# 名 and 人 count the same people: 队员19人 states 19名队员 (and 19个人).
_PEOPLE_UNITS = frozenset("人 名 位 个人".split())
# Characters that make the two before a figure a verb's tail (检查了579家), not a noun.
_NOT_A_NOUN = re.compile(r"[了有是为共达约近超过和及等计至到的]")


# Units counting events, where 次 after them counts the same events (宣传活动407场次).
_EVENTS = frozenset({"场", "次"})


def _unit_fits(text: str, found: Numeral, unit: str, documents: bool = False) -> bool:
    """Whether the number found is written in the unit (or one counting alike); `documents`
    when the question counts documents, whose 件 and 个 are one."""
    after = text[found.end :].lstrip("余多")
    if unit.endswith("次") and re.match(rf"{re.escape(unit[:-1])}[(（]次[)）]", after):
        return True  # 579家次 asked, 579家（次） written
    if after.startswith(unit) and not (after[len(unit) : len(unit) + 1] == "次" and unit not in _EVENTS):
        return True  # 516家次 counts visits, not 516家 of firms; 407场次 counts 场 (events all the same)
    own = unit_after(text, found)
    if unit in _PEOPLE_UNITS and own in _PEOPLE_UNITS:
        return True
    if unit in _MONEY_UNITS and own in _MONEY_UNITS:  # 71万元 claimed, 71000 元 written
        return True
    if hazards_alike(own, unit, text[max(0, found.start - _CASE_REACH) : found.end + _CASE_REACH]):
        return True  # 142处 asked, 重大事故隐患142个 written
    # Of cases, 起 and 件 count alike (3起行政诉讼 asked, 3件…案件进入行政诉讼 written); 件 of
    # proposals or documents (提案3件) counts no case.
    if documents and unit in _DOCUMENT_UNITS and own in _DOCUMENT_UNITS and _of_documents(text, found):
        return True  # 两件举报奖励实施办法 asked, 2个规范性文件《…办法》 written
    return unit in _CASE_UNITS and own in _CASE_UNITS and _of_cases(text, found)


# Of documents, 件, 个 and 份 count alike (两件规范性文件, 2个规范性文件).
_DOCUMENT_UNITS = frozenset("件个份部")
_DOCUMENTS_AFTER = re.compile(r"(?:规范性|行政规范性)?文件|办法|制度|规定|细则|《")


def _counts_documents(asked: str, figure: Numeral) -> bool:
    """Whether the question's figure counts documents (两件举报奖励实施办法), not cases."""
    return bool(
        re.search(r"^[件个份部][^，,。？?]{0,10}?(?:文件|办法|制度|规定|细则|《)", asked[figure.end :])
    )


def _of_documents(text: str, found: Numeral) -> bool:
    """Whether the count is of documents: one named right after it (2个规范性文件《…》)."""
    return bool(_DOCUMENTS_AFTER.match(text, found.end + 1))


def _of_cases(text: str, found: Numeral) -> bool:
    """Whether the count is of cases: 案 named after it (3件行政处罚案件), or cases named right
    before it (移送案件2起, 典型案例6起, 立案8起); 提案3件 counts proposals."""
    return "案" in text[found.end : found.end + _CASE_REACH] or bool(
        _CASES_BEFORE.search(text, max(0, found.start - _CASE_REACH), found.start)
    )


_CASE_UNITS = frozenset({"起", "件", "宗"})
# Of hazards, 处, 个 and 项 count alike (隐患2661处 in one report, 17435个 in another).
_HAZARD_UNITS = frozenset({"处", "个", "项"})


def hazards_alike(written: str, asked: str, text: str) -> bool:
    """Whether both units count hazards alike: the text (a sentence, or a window of one) is on
    隐患."""
    return written in _HAZARD_UNITS and asked in _HAZARD_UNITS and "隐患" in text


_MONEY_UNITS = frozenset({"元", "万元", "亿元"})
_CASE_REACH = 14  # characters after the count where its case is named (3件行政处罚案件)
_CASES_BEFORE = re.compile(r"案件|案子|案例|立案")


# Words between a noun and its figure in a question (示范站是不是有86个).
# 调查的有5人, 调查的那5个人: 的 and a pointer join the noun to its figure.
_LINKING = re.compile(r"(?:是不是|是否|有没有|一共|总共|共计|共|有|是|为|达到|达|了|的|那|这)+$")


def _noun_before(text: str, number: Numeral) -> str:
    """The two characters naming what a figure counts when they sit right before it, or before
    a linking word (示范站86个, 示范站是不是有86个: 范站), "" when they are no noun's."""
    head = _LINKING.sub("", text[: number.start])
    before = head[-2:]
    cjk = len(before) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in before)
    return before if cjk and not _NOT_A_NOUN.search(before) and before not in _CHANGE_VERBS else ""


# A change before a share names no thing it is of (死亡人数下降了27.8%: 下降 is no noun; in
# 分别下降25%、27.8% it stands before both).
_CHANGE_VERBS = frozenset("下降 增长 上升 减少 降低 提高 增加 提升 压缩 同比 环比 增幅 降幅".split())


def _said_of_another(text: str, found: Numeral, noun: str, asked_clause: str = "") -> bool:
    """Whether the sentence gives the question's noun a figure of its own and this one to
    something else: 示范站40个，标准站86个 does not state 示范站86个. When the question's clause
    (`asked_clause`: 社会力量应急队伍) shares more with this one's clause than with the other's
    (社会力量2支, beside 应急救援队伍35支), it is the asked thing's."""
    if not noun or text[: found.start].endswith(noun):
        return False
    if re.search(rf"{re.escape(noun)}\d+[\u4e00-\u9fff]、?$", text[: found.start]):
        return False  # 队伍22支555人: the people of the teams counted just before, the noun's too
    others = [
        other
        for other in find_numbers(text, *_sentence_around(text, found))
        if text[: other.start].endswith(noun) and not _same(other.value, found.value)
    ]
    own_clause = _clause_before(text, found)
    if not others or not re.search(r"[\u4e00-\u9fff]", own_clause):
        return False  # (活动759场，8750人次参与: a figure opening its clause goes on with the same subject)
    if asked_clause:
        asked = set(char_bigrams(asked_clause))
        own = len(asked & set(char_bigrams(own_clause)))
        return own <= max(len(asked & set(char_bigrams(_clause_before(text, o)))) for o in others)
    return True


def _done_to_another(text: str, found: Numeral, doing: str, unit: str) -> bool:
    """Whether the words right before the question's figure (`doing`: 整改到位, 立案查处), four
    characters or more as the text writes them right before a figure of the unit, stand before
    another value there and not before this one: 重大事故隐患142个、整改到位135个 does not state
    整改到位了142个, nor 举报查处70起,立案查处68件 立案查处70件."""
    # each figure of the unit with the words before it, read once for every phrase length
    of_unit = [
        (n, _THING_GAP.sub("", text[: n.start])) for n in find_numbers(text) if _unit_fits(text, n, unit)
    ]
    for size in range(len(doing), _DOING_WORDS - 1, -1):
        phrase = doing[-size:]
        done = [n for n, before in of_unit if before.endswith(phrase)]
        if done:
            return all(n.start != found.start and not _same(n.value, found.value) for n in done)
    return False


_DOING_WORDS = 4  # characters of a doing that tell it from others (立案查处, not 查处)


def _clause_before(text: str, number: Numeral) -> str:
    """The words of the number's clause before it."""
    return _CLAUSE_MARK.split(text[: number.start])[-1]


_CLAUSE_MARK = re.compile(r"[，,。；;：:]")


def states_as_written(text: str, figure: Numeral, question: str, of_what_is_asked: bool = True) -> bool:
    """Whether the text writes the figure's value with the unit the question gives it: 15分钟
    is not 15家, though both write 15; nor is a share of another thing's change the asked one
    (unless `of_what_is_asked` is False: then any share of that value will do)."""
    asked = normalize_for_matching(question)
    unit = fitting_unit(asked, figure)
    kinds = _changed_kinds(asked, figure) if of_what_is_asked else frozenset()
    noun = _noun_before(asked, figure) if of_what_is_asked else ""
    asked_clause = _clause_before(asked, figure) if noun else ""
    doing = _run_before(asked[: figure.start]) if of_what_is_asked else ""
    text = normalize_for_matching(text)
    respective = RESPECTIVELY.search(text) if figure.percent and of_what_is_asked else None
    if respective and respective_owner(asked, figure, respective) == OTHER:
        return False  # 死亡人数下降了25%, where 事故和死亡人数分别下降25%、27.8%
    return any(
        _within(found, figure)
        and found.percent == figure.percent
        and _unit_fits(text, found, unit, _counts_documents(asked, figure))
        and _changes_kind(text, found, kinds)
        and not _said_of_another(text, found, noun, asked_clause)
        and not _done_to_another(text, found, doing, unit)
        and not _another_rate(text, found, noun)
        for found in find_numbers(text)
    )


def _another_rate(text: str, found: Numeral, noun: str) -> bool:
    """Whether the question gives its share to one rate and the text this share to another:
    公示率达100% states no 配备率100%, 满意率 no 办结率. Only rates named on both sides count."""
    if not noun.endswith("率") or not found.percent:
        return False
    written = _noun_before(text, found)
    return written.endswith("率") and written != noun


_CHANGE_BEFORE = re.compile(r"(?:增长|增加|上升|下降|减少|降低|提高|提升|压缩|涨|降)了?(?:约|近|超过)?$")


def is_change_share(question: str, figure: Numeral) -> bool:
    """Whether the question's share is a change (罚款增长了200%), not a rate (配备率100%)."""
    text = normalize_for_matching(question)
    return figure.percent and bool(_CHANGE_BEFORE.search(text[: figure.start]))


# Modifiers between a figure's unit and the noun it counts (198家重点监管企业 counts 企业).
_MODIFIER_RANGE = range(2, 5)


def _modified(after_unit: str, noun: str) -> bool:
    """Whether the noun follows the unit after a short run of Chinese modifiers, no break between."""
    return any(
        after_unit[size : size + len(noun)] == noun
        and all("\u4e00" <= ch <= "\u9fff" for ch in after_unit[:size])
        for size in _MODIFIER_RANGE
    )


def _counts_noun(text: str, number: Numeral, after_unit: str, noun: str, verb: str = "") -> bool:
    """Whether the number counts the noun the question puts after its figure: written after it
    too, or, when nothing follows the number's unit, in the clause right before it (处置初期火灾
    44起 counts 初期火灾; 处置救援三个方面 counts 方面, not 救援), or after the verb the question
    puts before its figure (立案查处15起 counts what 立案查处13起安全生产违法案件 does)."""
    if after_unit.startswith(noun):
        return True
    if noun and _modified(after_unit, noun):
        return True
    if "\u4e00" <= after_unit[:1] <= "\u9fff":
        return False
    window = re.split(r"[，,、；;。：:\d]", text[max(0, number.start - 6) : number.start])[-1]
    return noun in window or bool(verb) and window.endswith(verb)


# Words between a verb and the figure it counts (查处了13起, 移送的7名, 处罚共计5家, 约谈过20家).
_BEFORE_FIGURE = re.compile(
    r"(?:了|过|的|共计|总共|一共|共|计|有|将近|接近|快要|不到|不足|超过|超出|多于|不少于|至少|起码|逾)+$"
)


def verb_before(text: str, number: Numeral) -> str:
    """The two characters of the question right before its figure, past 了, 的 and 共计, when
    they are Chinese: the doing the figure counts."""
    before = _BEFORE_FIGURE.sub("", text[: number.start])[-2:]
    return before if len(before) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in before) else ""


# Units of a date or a span of time: no other measure of a count, a sum or people.
_DATE_UNIT = re.compile(r"[日号月年天时分秒]|个月|小时|分钟|周|季度")


# Printed things counted (共印5份): never people in another unit.
_PRINTED = frozenset("份 张 本 册 页".split())


def in_other_units(text: str, figure: Numeral, question: str) -> list[str]:
    """The figure's value as the text writes it in another unit or measure (8750人次 for 8750名,
    25% for 25个百分点), as written; [] when the text has none."""
    asked = normalize_for_matching(question)
    unit = fitting_unit(asked, figure)
    text = normalize_for_matching(text)
    found = []
    for number in find_numbers(text):
        if not _same(number.value, figure.value) or (
            number.percent == figure.percent and _unit_fits(text, number, unit)
        ):
            continue
        if in_name(text, number.start):
            continue  # “四位一体” names a system; it counts nothing
        if text[max(0, number.start - 1) : number.start] == "第":
            continue  # 单项第三名 is a place in a contest, not three people
        own = unit_after(text, number)
        if text[number.end :].lstrip("余多")[len(own) : len(own) + 1] == "次" and own:
            own += "次"  # 516家次, 8750人次
        if unit_kind(unit) == unit_kind(own) == "count" and not own.startswith(unit):
            continue  # 2支 of teams is another thing than 2起 of cases, not 2起 in another unit
        if unit_kind(unit) == "people" and own in _PRINTED:
            continue  # 共印5份 counts copies, not the 5人 asked in another unit
        if _DATE_UNIT.fullmatch(own) and unit_kind(own) != unit_kind(unit):
            continue  # 3日 is a day of a month, not 三起 of cases in another unit
        if _DATE_UNIT.fullmatch(unit) and unit_kind(unit) != unit_kind(own) and not number.percent:
            continue  # 一支 of teams is no 1小时 in another unit: a span and a count differ
        if figure.percent and not number.percent and "百分点" not in own:
            continue  # 25家 is no 25% in another unit: a share and a count are different things
        if own or number.percent:
            found.append(_shown(number, own))
    return found


# Digits that may be another's figure only from this size up: 3人 is no 3万人 misread, 71000元
# may be 71000万元's.
DISTINCT_DIGITS = 10
# The kinds whose units stand for each other (个/处/项, 人/名, 元/万元); not days, months, years.
_KINDRED = frozenset({"count", "people", "money"})


def in_other_magnitudes(text: str, figure: Numeral, question: str) -> list[str]:
    """The figure's digits as the text writes them with another 万 or 亿 and the same money unit
    (71000元 for 71000万元), as written; [] when none."""
    unit = unit_after(normalize_for_matching(question), figure)
    if unit_kind(unit) != "money" or figure.percent or figure.base < DISTINCT_DIGITS:
        return []
    return [
        _shown(number, unit)
        for number in _numbers_of(text, figure, lambda n: _same(n.base, figure.base))
        if number.multiplier != figure.multiplier and unit_after(normalize_for_matching(text), number) == unit
    ]


def in_kindred_units(text: str, figure: Numeral, question: str) -> list[str]:
    """The figure's value as the text writes it with a unit of the asked unit's kind (149处 for
    一百四十九个: counters of things stand for each other), as written; [] when none."""
    kind = unit_kind(unit_after(normalize_for_matching(question), figure))
    if kind not in _KINDRED:
        return []
    normalised = normalize_for_matching(text)
    return [
        _shown(number, own)
        for number in _numbers_of(text, figure, lambda n: _same(n.value, figure.value))
        if (own := unit_after(normalised, number)) and unit_kind(own) == kind
    ]


def _numbers_of(text: str, figure: Numeral, same: Callable[[Numeral], bool]) -> list[Numeral]:
    """The numbers of the text that `same` holds equal to the figure, shares to shares."""
    return [n for n in find_numbers(normalize_for_matching(text)) if n.percent == figure.percent and same(n)]


def other_figures(sentence: str, figure: Numeral, question: str) -> list[str]:
    """The numbers the sentence writes of another value for the same thing, as written: the
    question's unit, and the noun after it when the question puts one there (北碚区 writes
    10个重点领域 where a question says 20个重点领域; 9个街镇 in that sentence counts no 领域)."""
    if _counts_not_done(normalize_for_matching(question), figure):
        return []  # 还有7个没整改: reports count what was done (整改到位135个), never what was not
    asked_as = _shown(figure, _asked_unit(normalize_for_matching(question), figure))
    if any(
        w.startswith(asked_as) or asked_as.startswith(w) for w in in_other_units(sentence, figure, question)
    ):
        return []  # 516家 asked, 516家次 written: the same count, of visits; not another figure
    found, done_by_verb = _other_figures(sentence, figure, question)
    named = _of_named_thing(sentence, found, figure, question)
    if named and done_by_verb:  # 大隐患整改了140个: 135个 fixed after 142个 found, not 142个
        named = _done_after(sentence, found, named, figure, question) or named
    # 处罚了8家企业 beside 检查各类企业579家 and 处罚企业6家: the count of the asked doing
    chosen = named or done_by_verb or found
    return _beside_stated(sentence, chosen, figure, question) if len(chosen) > 1 else chosen


# 7个没整改, 未整改的7个, 没有整改的还有7个: a count of what was not done.
_NOT_DONE_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:还|仍|尚)?(?:没有|没|未)")
_NOT_DONE_BEFORE = re.compile(r"(?<!有)(?:没有|没|未)[\u4e00-\u9fff]{1,4}的[\u4e00-\u9fff]{0,10}$")


def _counts_not_done(asked: str, figure: Numeral) -> bool:
    after = asked[figure.end :].lstrip("余多")[len(unit_after(asked, figure)) :]
    return bool(_NOT_DONE_AFTER.match(after) or _NOT_DONE_BEFORE.search(asked[: figure.start]))


def _beside_stated(sentence: str, chosen: list[str], figure: Numeral, question: str) -> list[str]:
    """Of several figures found, the one written nearest the question's other figure the
    sentence writes (142个重大事故隐患里整改到位了137个: 135个, right after 142个, not the
    17195个 of all 隐患); all of them when the question states no other figure written there."""
    text = normalize_for_matching(sentence)
    anchors = [
        n.start
        for other in named_in(question)
        if other.start != figure.start
        for n in find_numbers(text)
        if _within(n, other) and n.percent == other.percent
    ]
    placed = [(text.find(shown), shown) for shown in chosen if shown in text]
    if not anchors or len(placed) != len(chosen):
        return chosen
    return [min(placed, key=lambda p: min(abs(p[0] - a) for a in anchors))[1]]


# Words between a counted thing and its figure (隐患是142个, 队员有19人, 罚款达到72.8万元).
_THING_REACH = 4  # characters between the thing and its figure in a sentence (隐患共计142个)
_THING_GAP = re.compile(r"(?:是|为|有|共|计|达|达到|约|了|的|一共|总共|共计)+$")


# How far after a thing's figure the figure of what was done to them stands (142个、整改到位135个).
_DONE_AFTER_REACH = 12


def _done_after(
    sentence: str, found: list[str], named: list[str], figure: Numeral, question: str
) -> list[str]:
    """The figures written right after the question's verb that follow the named thing's figures
    (隐患17435个，整改到位17195个；重大事故隐患142个、整改到位135个): what was done to the things
    counted; [] when the verb stands right before a named figure itself (排查隐患17435个)."""
    verb = verb_before(normalize_for_matching(question), figure)
    text = normalize_for_matching(sentence)
    at = {shown: text.find(shown) for shown in found}

    def by_verb(shown: str) -> bool:
        return bool(verb) and at[shown] >= 0 and verb in text[max(0, at[shown] - 6) : at[shown]]

    if not verb or any(by_verb(n) for n in named):
        return []
    return [
        d
        for d in found
        if by_verb(d) and any(0 < at[d] - at[n] <= _DONE_AFTER_REACH for n in named if at[n] >= 0)
    ]


def _of_named_thing(sentence: str, found: list[str], figure: Numeral, question: str) -> list[str]:
    """Those of the found figures written right after the thing the question names right
    before its own figure, in its longest form the sentence writes so (重大事故隐患是一百五十个:
    142个 of 其中重大事故隐患142个, not the 17435个 of 问题隐患); [] when none or all are."""
    asked = normalize_for_matching(question)
    run = _run_before(asked[: figure.start])
    if not run or len(found) < 2:
        return []
    # The noun before a verb first (重大事故隐患排查了160个: the 隐患 counted, not 排查's figure).
    things = [run]
    if is_verb(run[-2:]) and (noun := _run_before(run[:-2])):
        things.insert(0, noun)
    text = normalize_for_matching(sentence)
    for thing in things:
        for size in range(len(thing), 1, -1):
            if thing[-size] in _PLACE_PARTICLES:  # 上刊稿 of 在学习强国上刊稿: where, then the doing
                continue
            bound = [
                shown
                for shown in found
                if (at := text.find(shown)) >= 0
                and thing[-size:] in text[max(0, at - size - _THING_REACH) : at]
            ]
            if bound:
                if len(bound) < len(found):
                    return bound
                return _qualified(text, bound, asked[: figure.start], thing[-size:])
    return []


_PLACE_PARTICLES = frozenset("上里中内在于的")
# How far before a figure the word narrowing it may stand (其中学习强国刊稿7篇).
_QUALIFIER_REACH = 10


def _qualified(text: str, bound: list[str], before: str, thing: str) -> list[str]:
    """Of figures all written after the thing, those with another word of the question right
    before them (在学习强国上刊稿十几篇: 其中学习强国刊稿7篇, not the 刊稿38篇 of all media); [] when
    that picks out none or all."""
    words = [
        w
        for w in get_tokenizer().words(before)
        if len(w) >= 2 and not set(w) & set(thing) and not w.endswith(("区", "县"))
    ]
    narrowed = [
        shown
        for shown in bound
        if (at := text.find(shown)) >= 0 and any(w in text[max(0, at - _QUALIFIER_REACH) : at] for w in words)
    ]
    return narrowed if 0 < len(narrowed) < len(bound) else []


def counted_by_the_asked_doing(text: str, figure: Numeral, question: str, same_value: bool = False) -> bool:
    """Whether the text writes a number, in a unit fitting the asked one, right after the
    one-character verb the question puts before its figure (立了8个案子: 立案8起); with
    `same_value`, the figure's own value: the figure is then the report's, whatever words the
    question puts around it."""
    asked = normalize_for_matching(question)
    verb = re.search(r"([\u4e00-\u9fff])(?:了|过)?(?:一共|总共|共)?$", asked[: figure.start])
    if verb is None or _NOT_A_NOUN.match(verb.group(1)) or verb.group(1) in "不在区市县省镇街局":
        return False  # 是不是86个, 有2500多家: no doing; 全区500家: a place, no doing either
    unit = fitting_unit(asked, figure)
    text = normalize_for_matching(text)
    return any(
        (not same_value or _within(found, figure))
        and found.percent == figure.percent
        and _unit_fits(text, found, unit)
        and verb.group(1) in text[max(0, found.start - 4) : found.start]
        for found in find_numbers(text)
    )


def counted_after_the_asked_doing(text: str, figure: Numeral, question: str) -> bool:
    """Whether the text writes a number in the asked unit right after the thing the question
    counts, in a clause that words the question's doing before it (制定了4个规范性文件 asked,
    牵头制定的规范性文件3个 written): the count of that doing, the noun put first."""
    asked = normalize_for_matching(question)
    unit = fitting_unit(asked, figure)
    noun = asked[figure.end :].lstrip("余多")[len(unit) :][:2]
    verb = verb_before(asked, figure)
    if len(noun) < 2 or not verb or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        return False
    text = normalize_for_matching(text)
    for found in find_numbers(text):
        start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, found.start)), default=0)
        before = text[start : found.start]
        if (
            found.percent == figure.percent
            and _unit_fits(text, found, unit)
            and noun in before[-8:]
            and verb in before
        ):
            return True
    return False


def written_after_its_thing(text: str, figure: Numeral, question: str) -> bool:
    """Whether the text writes the figure, in the asked unit, right after the thing the question
    counts with it (3个规范性文件 or 规范性文件有3个 asked, 牵头制定的规范性文件3个 written): the
    report's own count."""
    asked = normalize_for_matching(question)
    unit = fitting_unit(asked, figure)
    noun = asked[figure.end :].lstrip("余多")[len(unit) :][:2]
    text = normalize_for_matching(text)
    if len(noun) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        # 牵头制定的规范性文件有3个: the thing put before the figure, as the report puts it
        thing = _run_before(asked[: figure.start])[-4:]
        return len(thing) >= 2 and any(
            _within(found, figure)
            and _unit_fits(text, found, unit)
            and thing in text[max(0, found.start - len(thing) - 2) : found.start]
            for found in find_numbers(text)
        )
    return any(
        _within(found, figure)
        and _unit_fits(text, found, unit)
        and noun in text[max(0, found.start - 6) : found.start]
        for found in find_numbers(text)
    )


def _run_before(text: str) -> str:
    """The run of Hanzi (at most eight) ending the text, past the words between a thing and its
    figure; "" when there is none of two or more."""
    run = re.search(r"[\u4e00-\u9fff]{2,8}$", _THING_GAP.sub("", text))
    return run.group() if run else ""


_BOUNDS = frozenset({"以下", "以内", "以上", "左右", "上下"})
_ON_ITS_WAY = frozenset("去给到往向交送")


def _other_figures(sentence: str, figure: Numeral, question: str) -> tuple[list[str], list[str]]:
    """other_figures' numbers, and those of them right after the question's verb."""
    asked = normalize_for_matching(question)
    unit = fitting_unit(asked, figure)
    noun = asked[figure.end :].lstrip("余多")[len(unit) :][:2]
    noun = noun if len(noun) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in noun) else ""
    if noun[1:] in _ON_ITS_WAY:  # 5起案去司法机关: one character counted, then where it went
        noun = ""
    if _ASKING_AFTER.match(noun):  # 62.8万元对吗: the claim put for checking, no noun counted
        noun = ""
    if noun in _BOUNDS:  # 2万元以下 beside 1万元以内: a bound of the figure, not a thing counted
        noun = ""
    # 5起案子 counts what the report calls 案件: the noun in the report's words too
    nouns = (
        [noun, *sorted(w for w in wordings(noun, question) if len(w) == 2 and w != noun)] if noun else [""]
    )
    after_figure = asked[figure.end :].lstrip("余多")[len(unit) :]
    heads = [h for h in (_head_noun(after_figure), _first_word_head(after_figure)) if h]
    # (5起重大责任事故的案子: the head in the report's words, 案件)
    heads += sorted({w for h in heads for w in wordings(h, question) if len(w) == 2} - set(heads))
    verb = verb_before(asked, figure)
    kinds = _changed_kinds(asked, figure)
    text = normalize_for_matching(sentence)
    # 11个 stated of the 专项办公室 is no correction of the 5个 stated of the 指挥部 beside it
    others = [o for o in named_in(question) if (o.raw, o.value) != (figure.raw, figure.value)]
    found, done_by_verb = [], []
    for number in find_numbers(text):
        after = text[number.end :].lstrip("余多")
        if text[number.start - 1 : number.start] == "第":
            continue  # 第一名 is a place, not one person
        if any(_within(number, other) and number.percent == other.percent for other in others):
            continue
        written_unit = unit if after.startswith(unit) else unit_after(text, number)
        after_unit = after[len(written_unit) :]
        if written_unit in _EVENTS and after_unit.startswith("次"):
            written_unit += "次"  # 407场次 counts 场, as 80场 does
            after_unit = after_unit[1:]
        elif written_unit and re.match(r"[(（]次[)）]", after_unit):
            written_unit += after_unit[:3]  # 579家（次）, shown as written
        if not unit and not figure.percent and _led_alike(asked, figure, text, number):
            # 覆盖受众一千一百多万, no unit said: the report's figure after the same words (覆盖
            # 受众110余万人) is the same thing's
            if not _within(number, figure) and not number.percent:
                found.append(_shown(number, unit_after(text, number)))
            continue
        if (
            not _within(number, figure)
            and number.percent == figure.percent
            and (unit or number.percent)
            and _unit_fits(text, number, unit)
            and (
                any(_counts_noun(text, number, after_unit, each, verb) for each in nouns)
                or any(_counts_noun(text, number, after_unit, head) for head in heads)
            )
            and _changes_kind(text, number, kinds)
        ):
            # 5人 where the question says 7名: the report's figure as it writes it
            shown = _shown(number, written_unit or unit)
            found.append(shown)
            if verb and verb in text[max(0, number.start - BIND_BEFORE) : number.start]:
                done_by_verb.append(shown)
    return found, done_by_verb


def _led_alike(asked: str, figure: Numeral, text: str, number: Numeral) -> bool:
    """Whether the two characters before the question's figure stand right before the number."""
    lead = asked[max(0, figure.start - _LEAD) : figure.start]
    return (
        len(lead) == _LEAD
        and all("\u4e00" <= ch <= "\u9fff" for ch in lead)
        and text[max(0, number.start - _LEAD) : number.start] == lead
    )


_LEAD = 2


# What may close the noun a question counts (普法宣传活动吗): no part of the noun.
_ASKING_AFTER = re.compile(r"吗|呢|吧|对吗|对吧|对不|是吧|是不|没错|是吗|对么")
_QUESTION_TAIL = re.compile(r"(?:吗|呢|吧|了|没有|没|是不是|对不对|对吧|是吧)+$")


_PREDICATE_ADVERB = re.compile(r"都|也|均|全部|全都|已经|还")


def _head_noun(after_unit: str) -> str:
    """The last two characters of a noun of more than two the question writes after its
    figure's unit (活动 of 80场普法宣传活动): Chinese puts the head last, and a report may write
    the noun shorter (开展宣传活动407场次); "" for a noun of two characters or none."""
    run = re.match(r"[\u4e00-\u9fff]+", after_unit)
    noun = _QUESTION_TAIL.sub("", run.group(0)) if run else ""
    # 500家危化和重点工贸企业都建了: the adverb opens what is said of them; the noun ends before it
    noun = (
        _PREDICATE_ADVERB.split(noun, maxsplit=1)[0] if len(_PREDICATE_ADVERB.split(noun)[0]) >= 2 else noun
    )
    # 30名执法人员持证率100%: the rate names the next figure; the thing counted ends before it
    noun = _NEXT_MEASURE.sub("", noun) if re.match(r"[\u4e00-\u9fff]+\d", after_unit) else noun
    return noun[-2:] if len(noun) > 2 else ""


def _first_word_head(after_unit: str) -> str:
    """The last two characters of the first word after the figure's unit when it is longer
    (人员 of 31名执法人员全部持证): the run may go on into what is said of them."""
    run = re.match(r"[\u4e00-\u9fff]+", after_unit)
    words = get_tokenizer().words(run.group(0)) if run else []
    return words[0][-2:] if words and len(words[0]) > 2 else ""


# A measure closing a noun run right before another figure (持证率, 整改率, 罚款金额).
_NEXT_MEASURE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:率|比例|占比|金额)$")


def counted_by_asked_verb(sentence: str, figure: Numeral, question: str) -> bool:
    """Whether the sentence writes another figure right after the doing the question counts
    (处罚企业6家 for 处罚了8家企业), to quote it before sentences counting other doings."""
    return bool(_other_figures(sentence, figure, question)[1])
