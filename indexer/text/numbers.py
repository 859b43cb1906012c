"""Numbers as reports write them: 17435, 2.3 万, 110余万, 72.8, 80.93%, 一百三十六, 两, 3至5, ７２．８.

`find_numbers` returns every numeral with its exact span in the text (so a citation can quote
it as written) and its value; what the number counts is decided by indexer.ingest.indicators.
Chinese numerals go through cn2an, so 一百三十六, 一万二千 and 零点五 need no rules of our own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from indexer.errors import BadQueryError

_DIGITS = "0-9０-９"
# An Arabic numeral: digits, optional ASCII thousands groups (17,435), optional decimals (full-width too).
_ARABIC = rf"[{_DIGITS}]+(?:,[{_DIGITS}]{{3}}(?![{_DIGITS}]))*(?:[.．][{_DIGITS}]+)?"
_CN_DIGIT = "零〇一二两三四五六七八九"
_CN_UNIT = "十百千万亿"
# A Chinese numeral must hold a digit or start with 十 (十一, 十); 千万 alone is an adverb.
_CHINESE = rf"(?:[{_CN_DIGIT}]|十)[{_CN_DIGIT}{_CN_UNIT}]*(?:点[{_CN_DIGIT}]+)?"
_ONE = rf"(?:{_ARABIC}|{_CHINESE})"
_APPROX = r"余|多"
_MULTIPLIER = r"万|亿"
_RANGE = r"至|到|～|~|-|－|—"
NUMBER = re.compile(
    rf"(?P<percent_word>百分之)?"
    rf"(?P<low>{_ONE})"
    rf"(?:\s?(?P<approx1>{_APPROX}))?"
    rf"(?:\s?(?P<mult>{_MULTIPLIER})(?![{_CN_DIGIT}]))?"
    rf"(?:(?P<approx2>{_APPROX}))?"
    rf"(?:\s?(?:{_RANGE})\s?(?P<high>{_ONE})(?:\s?(?P<mult_high>{_MULTIPLIER})(?![{_CN_DIGIT}]))?)?"
    rf"(?P<percent>\s?[%％])?"
)
MULTIPLIERS = {"万": 1e4, "亿": 1e8}
_ARABIC_ONLY = re.compile(rf"{_ARABIC}")


@dataclass(frozen=True)
class Numeral:
    """One number as written: text[start:end] == raw.

    `value` folds 万/亿 in (2.3 万 -> 23000); `base` and `multiplier` keep them apart for
    units that carry the multiplier themselves (72.8 万元 stays 72.8 in 万元).
    """

    start: int
    end: int
    raw: str
    value: float
    base: float
    multiplier: str  # "", "万" or "亿"
    value_max: float | None = None  # upper end of a range (3至5 -> 5)
    approx: str | None = None  # 余 or 多: the value is a lower bound
    percent: bool = False
    chinese: bool = False  # written in Chinese numerals (一百三十六, 两)


def parse_numeral(text: str) -> float:
    """The value of one numeral in either script: "136", "１３６", "17,435", "一百三十六", "两", "2.3万"."""
    text = text.strip()
    if not text:
        raise BadQueryError("An empty string is not a number.")
    return _numeral_value(text)


@lru_cache(maxsize=4096)
def _numeral_value(text: str) -> float:
    # Cached: reports repeat the same few hundred numerals (years, small counts), and cn2an's
    # checks cost 30 µs each; extracting figures from 56k reports called it 2.8M times.
    plain = unicodedata.normalize("NFKC", text).replace(",", "")
    multiplier = 1.0
    if plain[-1] in MULTIPLIERS and len(plain) > 1 and _ARABIC_ONLY.fullmatch(plain[:-1].strip()):
        multiplier, plain = MULTIPLIERS[plain[-1]], plain[:-1].strip()
    if _ARABIC_ONLY.fullmatch(plain):
        return float(plain) * multiplier
    try:
        import cn2an

        return float(cn2an.cn2an(plain, "normal")) * multiplier  # normal accepts 两
    except (ValueError, KeyError) as e:
        raise BadQueryError(f"{text!r} is not a number in Arabic or Chinese numerals.") from e


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Numeral]:
    """Every numeral in text[start:end] with its exact span; Chinese runs that are not
    numbers to cn2an (一些 is never matched, 千万 alone neither) are skipped."""
    end = len(text) if end is None else end
    found = []
    for m in NUMBER.finditer(text, start, end):
        numeral = _numeral(m)
        if numeral is not None:
            found.append(numeral)
    # 百分之百: the one share whose number (百) holds no digit, so NUMBER misses it
    for m in _WHOLE_SHARE.finditer(text, start, end):
        found.append(Numeral(m.start(), m.end(), m.group(0), 100.0, 100.0, "", percent=True, chinese=True))
    return sorted(found, key=lambda n: n.start)


_WHOLE_SHARE = re.compile(rf"百分之百(?![{_CN_DIGIT}{_CN_UNIT}])")


def _numeral(m: re.Match) -> Numeral | None:
    try:
        base = parse_numeral(m["low"])
        high = parse_numeral(m["high"]) if m["high"] else None
    except BadQueryError:
        return None
    mult = m["mult"] or ""
    factor = MULTIPLIERS.get(mult, 1.0)
    value_max = None
    if high is not None:
        high_factor = MULTIPLIERS.get(m["mult_high"] or mult, 1.0)
        if m["mult_high"] and not mult:
            factor = high_factor  # 3至5万: the multiplier written once covers both ends
        value_max = high * high_factor
        if value_max <= base * factor:
            return None  # 2021-2025 is a span of years or a code, not a range of amounts
    return Numeral(
        start=m.start(),
        end=m.end(),
        raw=m.group(0),
        value=base * factor,
        base=base,
        multiplier=mult,
        value_max=value_max,
        approx=m["approx1"] or m["approx2"],
        percent=bool(m["percent"] or m["percent_word"]),
        chinese=not _ARABIC_ONLY.match(unicodedata.normalize("NFKC", m["low"])),
    )


# A month in Chinese numerals (三月, 十月底, 十二月): reports date in digits (今年6月, 截至10月底).
# Not 个月 (三个月 is a span) and not a month inside a longer numeral (二十三月 is no month).
# Nor a rate (一月一次, 三月两次: how often, not a month).
_CHINESE_MONTH = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万\d])(十[一二]?|[一二三四五六七八九])(?=月)(?!月[一两二三四五六七八九几]次)"
)
_MONTH_DIGITS = {"十": "10", "十一": "11", "十二": "12"} | {
    c: str(i) for i, c in enumerate("一二三四五六七八九", 1)
}


# ... and the day after such a month (3月十八日, 10月三十一号).
_CHINESE_DAY = re.compile(r"(?<=\d月)(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日|号)")


def months_in_digits(text: str) -> str:
    """The text with each month, and the day after it, written in Chinese numerals written in
    digits, as reports do."""
    text = _CHINESE_MONTH.sub(lambda m: _MONTH_DIGITS[m.group()], text)
    text = _CHINESE_DAY.sub(lambda m: str(int(_numeral_value(m.group()))), text)
    return _HALF_BEFORE_MONTHS.sub(_half_if_it_holds, text)


# A code said digit by digit (“二五二”机制, 幺二三五零热线): reports write it in digits (“252”,
# 12350). Three digits or more, with no place value (二百五十二 is a number, read as one), and
# not a year (二〇二二年).
# Only where a code stands: quoted, or before what it names (一二三季度, 二三四月份 are lists).
_SPOKEN_DIGITS = re.compile(
    r"(?<=[“「『\"'])[〇零一二三四五六七八九幺]{3,}(?=[”」』\"'])"
    r"|(?<![〇零一二三四五六七八九十百千万幺两])[〇零一二三四五六七八九幺]{3,}(?=机制|热线|电话|工作法|模式|举报|号码|平台|集结)"
)
_DIGIT_OF = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "幺": "1"}


def codes_in_digits(text: str) -> str:
    """The text with each code said digit by digit in Chinese written in digits, as reports do."""
    return _SPOKEN_DIGITS.sub(lambda m: "".join(_DIGIT_OF[c] for c in m.group()), text)


# Spans of time said in words, as minutes: a report's 半小时 is a question's 30分钟, and back.
MINUTES_IN_WORDS = {15: ("一刻钟",), 30: ("半小时", "半个小时"), 60: ("一小时", "一个小时")}
WORDS_IN_MINUTES = {word: minutes for minutes, words in MINUTES_IN_WORDS.items() for word in words}


# 上半年4月、5月: the months say when; the half they fall in is no word a report has to write.
# (下半年6月 keeps it: June is no month of the second half, and the claim is checked as typed.)
_HALF_BEFORE_MONTHS = re.compile(r"(?P<half>[上下])半年(?:的)?(?=(?P<months>(?:\d{1,2}月[、和及与,，]?)+))")


def _half_if_it_holds(found: re.Match[str]) -> str:
    months = [int(m) for m in re.findall(r"(\d{1,2})月", found["months"])]
    first = found["half"] == "上"
    return "" if all((m <= 6) == first for m in months) else found.group(0)


# A year of this decade said by its last two digits (21年查了多少, 去看24年的计划, ’22年): reports
# write 2021年. Not a span of years (连续12年, 近20年, 这20年来, 20年前, 20年一遇, 20年没出事),
# nor a range's end (21-25年), nor a figure's digits (3.21年).
# Not after a digit, a decimal point, a bracket of a 文号, 第 or a range's dash.
_SHORT_YEAR_START = r"(?<![\d.．〔\[【(（第\-－—~～])[’'‘]?"
_SHORT_YEAR = re.compile(
    _SHORT_YEAR_START + r"(2\d)"
    r"(?=\s*年(?!来|多|以上|以下|以内|之久|左右|之内|内|里|时间|半|间|前|后|一遇|没|未|不|都|了))"
)
_SPAN_BEFORE = re.compile(r"(?:连续|近|过去|最近|前|满|历时|长达|达|共|多|每|约|已|有|这|那|了|足足|整整)$")


# ... and one of the last decade only where a year's own words follow (18年的举报, 19年度): 10年没
# 出过事 and 判10年以下 are spans.
_SHORT_YEAR_BEFORE = re.compile(_SHORT_YEAR_START + r"(1\d)(?=\s*年(?:的|度|那|这|[，,]|报告))")


def years_in_full(text: str) -> str:
    """The text with each year said by its last two digits written in full, as reports do."""

    def in_full(match: re.Match[str]) -> str:
        if _SPAN_BEFORE.search(text[max(0, match.start() - 2) : match.start()]):
            return match.group(0)
        return "20" + match.group(1)

    return _SHORT_YEAR_BEFORE.sub(in_full, _SHORT_YEAR.sub(in_full, text))


# A fine said without 元 (罚了38万, 罚款72.8万): 万 and 亿 count yuan, as the reports write them
# (3.86万元), and so a spend (整改资金花了40万), also after the amount's name (罚款总额是80万). Not 万人, 万家: another unit follows. Not a reward:
# no report gives a reward's amount, and the fine beside it would be taken for one.
_UNSAID_YUAN = re.compile(
    r"((?:罚款|罚没款?|处罚|罚|花费|花|投入)(?:的?(?:总额|总金额|金额|数额|总数))?"
    r"(?:是不是|是否|是|为|有|达到|达)?了?(?:共|总共|一共|大概|大约|约|近|才|就)?)"
    # (七十多万, 70来万: about so many ten thousands, in words too)
    r"((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)(?:多|余|来)?[万亿](?:多|余)?)(?:块钱|块)?"
    r"(?![元\d零一二两三四五六七八九十百千人家件起次个名项处场条份期多余户张本册套台辆天小])"
)


# ... or before the fine it bounds (10万以内的罚款权, 5万以下罚款); not 那72.8万罚款里, which
# points at a total the question takes as given.
_YUAN_BEFORE_FINE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?[万亿])(?=(?:以内|以下|以上)的?(?:罚款|罚没|处罚|行政处罚))"
)


# Tens of thousands said with the thousands after (17万1千元, 3万8千): the reports write 17.1万元.
_WAN_THEN_QIAN = re.compile(r"(?<![\d.])(\d+)万([1-9])千(?=元|块)")


# ... or with the thousands' digit alone ending the amount (罚了7万1，…): 7.1万.
_WAN_THEN_DIGIT = re.compile(r"(?<![\d.])(\d+)万([1-9])(?=元|块|[，,。？?！!吧吗呢啊]|$)")


def yuan_said(text: str) -> str:
    """The text with 元 after each amount of money said in 万 or 亿 without it, and 罚了 before
    an amount said as the reports' 罚款 (罚了8万元: no sentence writes 罚了, and the fine's
    sentence was not found to correct it)."""
    text = _WAN_THEN_QIAN.sub(r"\1.\2万", text)
    if _MONEY_ASKED.search(text):  # 罚款才7万1: 7.1万 (a count, 3万5千人, keeps its own unit)
        text = _WAN_THEN_DIGIT.sub(r"\1.\2万", text)
    text = _UNSAID_YUAN.sub(lambda m: f"{m.group(1)}{m.group(2)}元", text)
    text = _YUAN_BEFORE_FINE.sub(r"\1元", text)
    if _MONEY_ASKED.search(text):  # 宣传用品有三万多块 counts pieces
        text = _WAN_KUAI_AT_END.sub(lambda m: f"{m.group(1)}元", text)
    return _FINED_AMOUNT.sub("罚款", text)


# 七万多块？ ending a claim on money, or bounding it (5万块以下的罚款, 五千块以内): 块 are yuan.
# (Not a reward: 奖励了2万块 would take a fine's figure; nor the 钱 of 块钱 itself.)
_MONEY_ASKED = re.compile(r"罚|(?<!块)钱|花|费|资金|投入|金额|收入|预算")
_WAN_KUAI_AT_END = re.compile(
    rf"((?:\d+(?:\.\d+)?|[{_CN_DIGIT}十百千]+)(?:[万亿](?:[{_CN_DIGIT}]千)?|(?<=千))(?:多|余)?)(?:块钱|块)"
    r"(?=左右|上下|以下|以内|以上|[吧吗呢啊呀，,。？?！!的]|$)"
)


_FINED_AMOUNT = re.compile(
    r"(?<![处惩])罚了(?=(?:共|总共|一共|大概|大约|约|近|才|就)?"
    rf"(?:\d+(?:\.\d+)?|[{_CN_DIGIT}十百千]+(?:点[{_CN_DIGIT}]+)?)[万亿]?(?:多|余)?元)"
)


# People counted with 个 (执法人员有三十多个, 队员就20个): the reports count them with 人 or 名, and
# a claimed 30多个 was read as a word no sentence writes.
_PEOPLE_BY_GE = re.compile(
    r"((?:人员|干部|队员|专家|律师|职工|民警|志愿者)(?:有|是|共|一共|总共|共计|才|就|大概|大约|约|近|不到|超过)*)"
    # (the count ends the claim: 专家是25个加油站 counts filling stations)
    rf"((?:{_ARABIC}|[{_CN_DIGIT}十百千]+)(?:多|来|余)?)个(?=[吧吗呢啊呀，,。？?！!]|左右|上下|$)"
)


# ... and 个人 after a count (15个人): people counted, not 个人 the individual (对5名个人),
# nor 一个人都没 (no one at all).
# (几个人 asked is read by the quantity check as it stands.)
# (一个人 is someone, not a count: 有没有一个人拿了第一名.)
_GE_REN = re.compile(
    rf"((?:{_ARABIC}|(?!一个)[{_CN_DIGIT}十百千两]+)(?:多|来|余)?)个人(?![防民大员才身都也])"
)


# ... and before a noun of people that ends the claim (现在有50多个队员吧): not inside a listing
# (200个队员半小时内集结, 22支555人), where the count may be of something else.
_GE_BEFORE_PEOPLE = re.compile(
    rf"((?:{_ARABIC}|[{_CN_DIGIT}十百千]+)(?:多|来|余)?)个"
    r"(?=(?:队员|人员|专家|律师|干部|职工|民警|志愿者)(?:[吧吗呢啊呀，,。？?！!]|左右|上下|$))"
)


# ... and 号, the spoken counter of people (一百多号队员, 几十号人).
_HAO_OF_PEOPLE = re.compile(
    rf"(?<![月\d])((?:{_ARABIC}|[{_CN_DIGIT}十百千两]+)(?:多|来|余)?)号(?=人(?!物)|队员|人员|专家|律师|干部|职工|民警|志愿者)"
)


def people_said(text: str) -> str:
    """The text with 人 for 个 counting people after a noun of people, or in 个人 after a count;
    名 for 个 before a noun of people ending the claim, and for the spoken 号 (一百多号队员)."""
    text = _HAO_OF_PEOPLE.sub(
        lambda m: m.group(1) + ("" if text[m.end() : m.end() + 1] == "人" else "名"), text
    )
    text = _GE_BEFORE_PEOPLE.sub(r"\1名", text)
    text = _PEOPLE_BY_GE.sub(lambda m: f"{m.group(1)}{m.group(2)}人", text)

    def counted(match: re.Match[str]) -> str:
        # 罚了13个人、5家企业: 个人 beside firms is the individual, as the reports write 5名个人
        listed = text[match.start() - 1 : match.start()] + text[match.end() : match.end() + 1]
        return match.group(0) if set(listed) & set("、和及与") else f"{match.group(1)}人"

    return _GE_REN.sub(counted, text)


# Spaces typed around a figure (71 万元, 2023 年, 同比增长 373.33%): Chinese writes none there.
# Only a figure with its unit is joined up: 通过 12350 热线 keeps the hotline's number a name.
_UNIT_CHARS = "年月日号万亿千百元人名位家起件个项次场支处条份篇期%％"
_SPACED_FIGURE = re.compile(
    rf"(?<=\d)[ \t\u3000]+(?=[{_UNIT_CHARS}])"
    rf"|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=\d+(?:\.\d+)?[ \t\u3000]*[{_UNIT_CHARS}])"
)


# A space between two words of Chinese (移送了10个人 是涉嫌什么犯罪): where a speaker paused, or a
# phone's voice input wrote one for a comma. Left as a space, the claim before it and the
# question after it were read as one clause, and the claim was never checked.
_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff%％）)”》])[ \t\u3000]+(?=[\u4e00-\u9fff“《(（])")


# A slash between Chinese words lists them (事故/死亡, 人大建议/政协提案), as 、 would.
_SLASH = re.compile(r"(?<=[\u4e00-\u9fff])\s*[/／]\s*(?=[\u4e00-\u9fff])")


def pauses_as_commas(text: str) -> str:
    """The text with each space between Chinese words read as the comma it stands for, and each
    slash as the 、 listing them; spaces before or after Latin letters or figures stay (Putuo
    执法大队, 2023 年)."""
    return _PAUSE.sub("，", _SLASH.sub("、", text))


def figures_unspaced(text: str) -> str:
    """The text without the spaces typed between a figure and the Chinese around it."""
    return _SPACED_FIGURE.sub("", text)


# 百分百, 百分之百: the whole, as the reports write a rate (持证率100%); before a doing it says all
# of them did it (百分百整改到位: 全部, which the report may deny with 17195个 of 17435个).
_WHOLE_PERCENT = re.compile(r"百分百(?!分)")  # (百分之百 is read as a figure already)
_WHOLE_DONE = re.compile(r"百分之?百(?=[都地]?[\u4e00-\u9fff])(?![的吗吧呢啊呀])")


def whole_percent_said(text: str) -> str:
    """The text with 百分百 written 100%, or 全部 before a doing."""
    return _WHOLE_PERCENT.sub("100%", _WHOLE_DONE.sub("全部", text))
