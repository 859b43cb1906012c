"""A month the question claims (执法大队是3月挂牌的吗, 2023年1月报送的吗) against the dates the
quoted sentences write.

Months are no content term: the evidence check reads 执法 / 大队 / 挂牌, finds the sentence
writing 今年6月…揭牌成立, and quoted it under the plain notice. A chatbot repeating that answer
says yes to 3月. The date written is the answer, said as a correction; a sentence writing no
date at all does not confirm the one claimed, and the notice says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.answers.answer_types import Citation, district_label
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import WORDS_IN_MINUTES, parse_numeral
from indexer.text.tokens import char_bigrams

_MONTH = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A month, with its year and the words bounding it (截至10月底); not a span (三个月, 几个月) nor
# part of a longer number (2023 in 2023年 is a year, 12 in 5.12 a day).
_DATE = re.compile(
    rf"(?<![\d.个几])((?:截至|截止)?(?:(\d{{4}})年|(今年|去年|上年|当年))?{_MONTH}月(?:份|底|末|初|中旬|上旬|下旬)?)"
)
_RELATIVE_YEAR = {"今年": 0, "当年": 0, "去年": -1, "上年": -1}

# What is said of a date the quoted sentences do not write: no contradiction, only unconfirmed.
UNDATED = "报告的相关句子没有写明时间"


# The end or start of a year said for a month (年底才成立的, 年初就印发了): a question's claim, read
# only there; a report's 年底前完成 is a deadline, no date of anything done.
# (2022年底, 去年底: the year's 年 is the season's too)
# (开年 of everyday speech, not 召开年度会议 or 开年会)
_SEASON = re.compile(
    r"(?<!\d)((?:(\d{4})年?|([今去上当])年?)?(年底|年末|年初|上半年|下半年|(?<![召展公])开年(?![会度终])))(?![前以])"
)
_UNTIL = re.compile(r"(?:到|至|截至|截止)$")
_SEASON_MONTH = {"年底": 12, "年末": 12, "年初": 1, "开年": 1, "上半年": 3, "下半年": 10}
# How many months either side a season may be (上半年 is 1月 to 6月).
_SEASON_LEEWAY = {"上半年": 3, "下半年": 3}
SEASON_WORDS = frozenset(_SEASON_MONTH)


@dataclass(frozen=True)
class Date:
    words: str  # as written: 截至10月底, 今年6月, 2022年1月
    year: int | None
    month: int
    leeway: int = 0  # months either side still the same date (年底: November too)


def dates_in(text: str, report_year: int | None = None, seasons: bool = False) -> list[Date]:
    """The months a text writes, each with its year where the text or its report gives it; with
    `seasons`, 年底 and 年初 too."""
    found = []
    normalized = normalize_for_matching(text)
    for match in _DATE.finditer(normalized):
        words, year, relative, month = match.groups()
        found.append(Date(words, _year(year, relative, report_year), int(parse_numeral(month))))
    if seasons:
        for match in _SEASON.finditer(normalized):
            until = _UNTIL.search(normalized, max(0, match.start() - 2), match.start())
            if until and not normalized.startswith(("才", "就", "便"), match.end()):
                continue  # 到年底还有多少没整改: how long the count runs (拖到年末才挂牌 dates one)
            words, year, relative, season = match.groups()
            relative = f"{relative}年" if relative else None
            leeway = _SEASON_LEEWAY.get(season, 1)
            found.append(
                Date(words, _year(year, relative, report_year), _SEASON_MONTH[season], leeway=leeway)
            )
    return found


def _year(year: str | None, relative: str | None, report_year: int | None) -> int | None:
    if year:
        return int(year)
    if relative and report_year:
        return report_year + _RELATIVE_YEAR[relative]
    return None


# Words between a month and the event it dates (10月正式揭牌, 3月才成立的).
_BEFORE_EVENT = re.compile(r"^(?:正式|才|就|刚刚?|已经?|开始|的时候|时|便)*")
_MONTH_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,6}月(?=的时候|期间|时|里|中)")


def _claimed_event(question: str) -> set[str]:
    """The character pairs of what the question dates: the words right after each month it
    claims (揭牌成立 of 十月正式揭牌成立的); empty when none follow."""
    text = normalize_for_matching(question)
    pairs: set[str] = set()
    for match in [*_DATE.finditer(text), *_SEASON.finditer(text)]:
        after = _BEFORE_EVENT.sub("", text[match.end() :])
        # 6月安全生产月的时候才…公示: the month's own name is no event dated by it
        after = _BEFORE_EVENT.sub("", _MONTH_NAMED.sub("", after, count=1))
        words = re.match(r"[\u4e00-\u9fff]{2,6}", after)
        if words:
            pairs |= set(char_bigrams(words.group(0).rstrip("的了吗吧呢")))
    # 挂牌 claimed, 揭牌成立 written: one setting up in other words
    return pairs | _SETTING_UP_PAIRS if pairs & _SETTING_UP_PAIRS else pairs


_SETTING_UP_PAIRS = frozenset({"挂牌", "揭牌", "成立"})


def writes_event(question: str, text: str) -> bool:
    """Whether the text words what the question dates (揭牌成立 of 于2022年6月揭牌成立后): two
    of its character pairs, for one (成立) is in many sentences."""
    return len(_claimed_event(question) & set(char_bigrams(normalize_for_matching(text)))) >= 2


def _confirms(claimed: Date, written: Date) -> bool:
    """The same month, in the same year when both give one (6月 of a report says nothing of
    which year the question means, so it does not contradict 2023年6月)."""
    same_year = claimed.year is None or written.year is None or claimed.year == written.year
    return abs(claimed.month - written.month) <= claimed.leeway and same_year


def other_date(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing another date than a month claimed, and what to say of it (the
    caller ends the notice); or all the citations, saying none writes a date; None when the
    question claims no month or the sentences write every month it claims."""
    claimed = dates_in(question, seasons=True)
    if not claimed or not citations:
        return None
    # a 年初 claimed may be confirmed by the report's own 年初 (年初…制定计划)
    seasons = any(c.leeway for c in claimed)
    dated = [(c, written) for c in citations if (written := dates_in(c.text, c.year, seasons))]
    # A month of another event is no answer (截至10月底 of the inspections, for 10月揭牌): the
    # sentences writing what the question dates, when one does, are the ones read.
    event = _claimed_event(question)
    on_event = [(c, w) for c, w in dated if event & set(char_bigrams(normalize_for_matching(c.text)))]
    dated = on_event or dated
    # Each month claimed must be written, in any sentence quoted: a span claimed from 2021年1月,
    # where the report starts it at 2020年1月, is not confirmed by the end both give.
    unconfirmed = [c for c in claimed if not any(_confirms(c, d) for _, written in dated for d in written)]
    # A month the figures run from (6月以后, 6月成立后) and one they run to (截至10月底) bound
    # the same figures from two sides: neither says the other wrong.
    until_only = bool(dated) and all(
        d.words.startswith(("截至", "截止")) for _, written in dated for d in written
    )
    if until_only:
        unconfirmed = [c for c in unconfirmed if not _runs_from(question, c)]
        if event and not on_event:  # 年初就挂牌了，挂牌以后查了多少: 截至10月底 dates the count, not the 挂牌
            unconfirmed = []
    if not unconfirmed:
        return None
    asked = "、".join(c.words for c in unconfirmed)
    if not dated:
        return citations, f"{UNDATED}，不能据此确认问题所说的“{asked}”"
    # The best-scoring sentence writing a date is the one on the event asked; the others quoted
    # beside it date other work (2022年1月报送…, 今年5月编制…).
    lead, written = dated[0]
    wording_of_month: dict[int, str] = {}  # 今年3月…故3月: the month as first written
    for date in written:
        wording_of_month.setdefault(date.month, date.words)
    said = "、".join(wording_of_month.values())
    # A question going on past the dated clause (…揭牌成立以后，立案了几起) keeps the undated
    # sentences answering the rest.
    rest = (
        [c for c in citations if c is not lead and not dates_in(c.text, c.year)] if _asks_on(question) else []
    )
    return [lead, *rest], f"报告写的是“{said}”，不是问题所说的“{asked}”"


# After a month, what makes it the start of what is counted (6月以后, 6月成立后); not 起, which
# after a month is as often a counter (截至10月底立案八起).
_FROM_MONTH = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:以后|之后|以来|后)")


def _runs_from(question: str, date: Date) -> bool:
    """Whether the question's month is where the figures start, not an event's date alone."""
    text = normalize_for_matching(question)
    at = text.find(date.words)
    return at >= 0 and bool(_FROM_MONTH.match(text[at + len(date.words) :]))


def _asks_on(question: str) -> bool:
    """Whether the question asks on in a clause after the one dating its event."""
    clauses = [c for c in re.split(r"[，,；;：:]", normalize_for_matching(question)) if c.strip()]
    dated = [i for i, c in enumerate(clauses) if _DATE.search(c)]
    return bool(dated) and dated[-1] < len(clauses) - 1


# A year said to be when a thing happened, early or late (早在2022年就挂牌了, 2024年才建成).
# No report year is asked by it (answer.py reads the scope without it).
# A body or system claimed set up in a year (执法大队2020年成立，对吗; 是2020年挂牌的吧): the year
# of the setting up, no report's year; not a question on what a year set up (2022年成立了什么).
ESTABLISHED_CLAIMED = (
    r"(?:正式)?(?:成立|挂牌|揭牌|组建|设立|建成){1,2}(?:的|了|后|以后|之后)?(?:吗|吧|呢|[，,]|$)"
)
_SETTING_UP = re.compile(r"成立|挂牌|揭牌|组建|设立|建成")
EVENT_YEAR = re.compile(
    # (2022年上半年就挂牌了: a part of the year said between)
    r"(?:早在|早于|迟至|直到)?(?<!\d)((?:19|20)\d{2})年"
    # (not 2022年底才报: a season the date checks read, the year of the report it is in)
    r"(?=(?:上半年|下半年)?(?:就|才|便|" + ESTABLISHED_CLAIMED + "))"
)


def other_event_year(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The answering sentence dating the thing in another year than the one the question says
    it happened in (早在2022年就挂牌了, where the 2023 report writes 今年6月), and what to say of
    it; None when the question claims no such year or the sentence dates nothing."""
    text = normalize_for_matching(question)
    claimed = EVENT_YEAR.search(text)
    if claimed is None or not citations:
        return None
    year = int(claimed.group(1))
    set_up = re.match(ESTABLISHED_CLAIMED, text[claimed.end() :])
    # (揭牌成立后，查了多少家: the sentence on the setting up dates it, not the count's)
    lead = next((c for c in citations if set_up and _SETTING_UP.search(c.text)), citations[0])
    written = dates_in(lead.text, lead.year)
    years = sorted({d.year for d in written if d.year})
    # 是2021年成立的吗, of a 2023 report's undated sentence (a later year claimed is a plan's: built.py)
    if not years and set_up and lead.year and year < lead.year:
        return [lead, *(c for c in citations if c is not lead)], (
            f"{UNDATED}（出自{lead.year}年的报告），不能据此确认问题所说的“{year}年”"
        )
    if not years or year in years:
        return None
    said = "、".join(d.words for d in written)
    return [lead], f"报告写的是“{said}”（{'、'.join(map(str, years))}年），不是问题所说的“{year}年”"


# A span a sentence dates its work by (对2020年1月1日至2022年12月31日期间办结的案卷进行普查):
# a year the question gives the same work (2023年办结的案卷, 当年（2023年）办结) is checked against it.
_SPAN = re.compile(
    r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:至|到|—|-|～|~)(\d{4})年(\d{1,2})月(\d{1,2})日"
    r"(?:期间|之间|内)?的?([\u4e00-\u9fff]{2})"
)
_YEAR_CLAIMED = re.compile(
    r"(?<!\d)(\d{4})年(?!\d|度)\)?(?:全年|整年|一整年)?(?:期间|之间|内|里)?的?([\u4e00-\u9fff]{2})"
)


# 2019年到2021年办结的: the years a question gives the span of the same work.
_YEARS_CLAIMED = re.compile(
    r"(?<!\d)(\d{4})年?(?:到|至|—|-|～|~)(\d{4})年(?!\d|度)(?:期间|之间|内|里)?的?([\u4e00-\u9fff]{2})"
)


def other_span(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence dating the work by a span that does not hold the whole year the question
    gives that work, or runs over other years than the span it gives, and what to say of it;
    None when no quoted sentence dates it so."""
    asked = normalize_for_matching(question)
    spans_claimed = [(int(a), int(b), act, m) for a, b, act, m in _spans(asked)]
    claimed = {(int(year), act) for year, act in _YEAR_CLAIMED.findall(_YEARS_CLAIMED.sub(" ", asked))}
    if not claimed and not spans_claimed:
        return None
    for citation in citations:
        for span in _SPAN.finditer(normalize_for_matching(citation.text)):
            start = (int(span.group(1)), int(span.group(2)), int(span.group(3)))
            end = (int(span.group(4)), int(span.group(5)), int(span.group(6)))
            for first, last, act, written in spans_claimed:
                if act == span.group(7) and (first, last) != (start[0], end[0]):
                    said = span.group(0)[: -len(act)].rstrip("的")
                    return [citation], f"报告写的是“{said}”{act}的，不是问题所说的“{written}”"
            for year, act in claimed:
                if act == span.group(7) and not (start <= (year, 1, 1) and (year, 12, 31) <= end):
                    said = span.group(0)[: -len(act)].rstrip("的")
                    return [citation], f"报告写的是“{said}”{act}的，不是问题所说的“{year}年”"
    return None


# The year a figure or report covers (2021年度行政执法情况): the year of the data, not of the report.
_YEAR_OF_DATA = re.compile(r"(?<!\d)(\d{4})年度的?([\u4e00-\u9fff]{2})")


def other_data_year(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence giving the data the question dates to one year (报送的是2022年度的行政执法
    情况) another year's, and what to say of it; None when a quoted sentence writes the asked
    year of it, or none dates it."""
    claimed = _YEAR_OF_DATA.findall(normalize_for_matching(question))
    if not claimed:
        return None
    texts = [normalize_for_matching(c.text) for c in citations]
    for year, thing in claimed:
        if any((year, thing) in _YEAR_OF_DATA.findall(text) for text in texts):
            continue
        for citation, text in zip(citations, texts, strict=True):
            written = next((m for m in _YEAR_OF_DATA.finditer(text) if m.group(2) == thing), None)
            if written is not None:
                return [citation], f"报告写的是“{written.group(1)}年度”，不是问题所说的“{year}年度”"
    return None


def _spans(text: str) -> list[tuple[str, str, str, str]]:
    """(first year, last year, the work's first two characters, the span as written) of each
    span of years the text gives a work."""
    return [
        (m.group(1), m.group(2), m.group(3), m.group(0)[: -len(m.group(3))].rstrip("的"))
        for m in _YEARS_CLAIMED.finditer(text)
    ]


# A run of years or months (连续八年未发生…, 连续3个月): its length in digits or Chinese numerals.
_RUN = re.compile(r"(?:连续|连着|一连|接连)([\d一二两三四五六七八九十百]+)(个月|年|个季度|周|天)")


def other_run(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence giving a run another length than the question (连续十年, where the report
    writes 连续八年), and what to say of it; None when no quoted sentence does."""
    claimed = [
        (run.group(0), parse_numeral(run.group(1)), run.group(2))
        for run in _RUN.finditer(normalize_for_matching(question))
    ]
    for citation in citations:
        for run in _RUN.finditer(normalize_for_matching(citation.text)):
            for asked, length, unit in claimed:
                if unit == run.group(2) and parse_numeral(run.group(1)) != length:
                    return [citation], f"报告写的是“{run.group(0)}”，不是问题所说的“{asked}”"
    return None


# A part of the year the question asks about (上半年排查了多少), and how a sentence dates a
# whole instead (全年累计…17435个).
_COUNT_ASKED = re.compile(r"多少|几")
_PART_OF_YEAR = re.compile(r"上半年|下半年|前三季度|第?[一二三四1-4]季度")
_WHOLE_OF_YEAR = re.compile(r"全年累计|全年|年内累计|累计|截至\d{1,2}月底|截止\d{1,2}月底")


def other_period(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, and what to say of them, when the question asks about a part of
    the year no quoted sentence writes; None when it asks about none or one writes it."""
    text = normalize_for_matching(question)
    claimed = _PART_OF_YEAR.search(text)
    if claimed is None or not citations:
        return None
    if not _COUNT_ASKED.search(text) or _SETTING_UP.search(text, claimed.end(), claimed.end() + 6):
        return None  # 上半年挂牌的吗, 上半年编制的吗: when a thing was done, which other_date reads
    if any(claimed.group(0) in normalize_for_matching(c.text) for c in citations):
        return None
    whole = _WHOLE_OF_YEAR.search(normalize_for_matching(citations[0].text))
    if whole is None:
        return citations, f"报告的相关句子没有写明“{claimed.group(0)}”的情况"
    return (
        citations,
        f"报告写的是“{whole.group(0)}”，不是问题所说的“{claimed.group(0)}”；报告没有单列{claimed.group(0)}的数字",
    )


_WHOLE_YEAR_ASKED = re.compile(r"全年|一整年|整年|一年下来|全年度|年底前")
# 截至10月底, 截止9月: a count made before the year ended (not 截至12月底, nor 截至目前).
_SHORT_OF_YEAR = re.compile(r"截[至止](?:\d{1,2}月(?:底|末|份)?|[一二三四五六七八九十]{1,2}月(?:底|末)?)")


def short_of_year(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, and what to say of them, when the question asks a figure of the
    whole year (全年检查了579家次) and the sentence counts it only up to a month before the
    year's end (截至10月底); None otherwise. Of one district, the leading sentence is read; of
    several (the table's lines), each, and the notice names whose it is."""
    asked = normalize_for_matching(question)
    claimed = _WHOLE_YEAR_ASKED.search(asked)
    if claimed is None or not citations or not re.search(r"\d|多少|几", asked):
        return None
    several = len({(c.district, c.report_id) for c in citations}) > 1
    for citation in citations if several else citations[:1]:
        text = normalize_for_matching(citation.text)
        short = _SHORT_OF_YEAR.search(text)
        if claimed.group(0) in text or short is None or re.search(r"12月|十二月", short.group(0)):
            continue
        whose = f"{district_label(citation.district, citation.report_id)}的" if several else ""
        return (
            citations,
            f"{whose}报告写的是“{short.group(0)}”的数字，不是问题所说的“{claimed.group(0)}”；"
            f"报告没有写{claimed.group(0)}的数字",
        )
    return None


# How often a thing is done (每季度组织联合检查); words for one interval are one interval. Not
# 按 or 逐: 按年度计划 and 逐年下降 say no interval.
_EVERY = re.compile(
    r"每一?个?(天|日|周|星期|旬|月|季度|季|半年|年度|年)"
    # 年内一次以上 is a yearly interval written without 每 (重点企业年内一次以上全覆盖执法检查)
    r"|(年)内(?:至少)?[一二两三四1-4]次(?:以上)?"
    # 一个季度才办一次: said without 每, one interval and one time
    r"|[一1]个?(天|周|星期|月|季度|季|年)(?:才|就|只|要)?[\u4e00-\u9fff]{0,3}?[一1]次"
)
_INTERVAL = {"日": "天", "星期": "周", "季": "季度", "年度": "年"}
# Where a doing's words end: a clause, not a list's 、.
_DOING_END = re.compile(r"[，,。；;？?！!：:]")


def _interval(written: re.Match[str]) -> str:
    unit = next(group for group in written.groups() if group)
    return _INTERVAL.get(unit, unit)


def other_frequency(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one writing another interval first, and what to say, when the
    question says a thing is done at an interval (每个月组织联合检查) and the sentence doing it
    writes another (每季度组织…联合安全检查); None when a quoted sentence writes the asked one."""
    asked = normalize_for_matching(question)
    claimed = _EVERY.search(asked)
    if claimed is None:
        return None
    interval = _interval(claimed)
    done = set(char_bigrams(_DOING_END.split(asked[claimed.end() :])[0]))
    if len(done) < 2:  # 电工焊工的培训一个季度才办一次吗: the doing named before its interval
        done = set(char_bigrams(_DOING_END.split(asked[: claimed.start()])[-1]))
    texts = [normalize_for_matching(c.text) for c in citations]

    def of_the_doing(text: str, written: re.Match[str]) -> bool:
        # 举办电工、焊工…培训 is one doing across its 、 (每季度才办一回电工、焊工培训)
        return len(done & set(char_bigrams(_DOING_END.split(text[written.end() :])[0]))) >= 2

    # A quoted sentence writing the asked interval of the same doing says the question is right;
    # of another doing (每季度…联合检查 beside 每月…培训) it says nothing of it.
    if any(_interval(m) == interval and of_the_doing(t, m) for t in texts for m in _EVERY.finditer(t)):
        return None
    for citation, text in zip(citations, texts, strict=True):
        for written in _EVERY.finditer(text):
            if of_the_doing(text, written):
                rest = [c for c in citations if c is not citation]
                return [
                    citation,
                    *rest,
                ], f"报告写的是“{written.group(0)}”，不是问题所说的“{claimed.group(0)}”"
    return None


# The year a change is measured from, as a question says it (比2021年下降了25%) and as a sentence
# writes it (较2022年分别下降25%), a change word following in the clause.
_BASE_YEAR_ASKED = re.compile(r"(?:比|较|相比|比起|跟|和|同|与)(\d{4})年度?")
_BASE_YEAR_WRITTEN = re.compile(
    r"(?:较|比|与|同|相比)(\d{4})年度?[^，,。；;]{0,12}?(?:下降|上升|增长|减少|增加|提高|降低|持平)"
)


def other_base_year(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentence measuring the change from another year, first, and what to say, when
    the question measures it from one (比2021年下降了25%, where the report writes 较2022年); None
    when a quoted sentence measures from the year asked, or none names a base year."""
    asked = _BASE_YEAR_ASKED.search(normalize_for_matching(question))
    if asked is None:
        return None
    written = [
        (citation, found)
        for citation in citations
        for found in _BASE_YEAR_WRITTEN.finditer(normalize_for_matching(citation.text))
    ]
    if not written or any(found.group(1) == asked.group(1) for _, found in written):
        return None
    citation, found = written[0]
    base = found.group(0)[: found.end(1) - found.start() + 1]
    rest = [c for c in citations if c is not citation]
    return [citation, *rest], f"报告写的是“{base}”，不是问题所说的“{asked.group(0)}”"


# A count and how soon it is at hand (50人半小时内到): the report's own time for the same count
# (50名应急队员15分钟以内集结到位) corrects the question's.
_COUNT_WITHIN = re.compile(
    r"(?<![\d.])(\d+)[人名个支家](?:[\u4e00-\u9fff]{0,6}?)"
    r"(半个?小时|一刻钟|[\d一二两三四五六七八九十]+个?(?:小时|钟头|分钟|天))(?:以内|之内|内)"
)
_MINUTES = {"小时": 60, "钟头": 60, "分钟": 1, "天": 24 * 60}


def _minutes(time: str) -> float | None:
    if time in WORDS_IN_MINUTES:
        return float(WORDS_IN_MINUTES[time])
    unit = next((u for u in _MINUTES if time.endswith(u)), None)
    amount = parse_numeral(time.removesuffix(unit).rstrip("个")) if unit else None
    return None if amount is None else amount * _MINUTES[unit]


def _timed_counts(text: str) -> dict[str, tuple[float | None, str]]:
    """Each count the text gives a time to be at hand: count -> (minutes, as written)."""
    return {
        m.group(1): (_minutes(m.group(2)), m.group(0))
        for m in _COUNT_WITHIN.finditer(normalize_for_matching(text))
    }


def counts_timed(question: str) -> bool:
    """Whether the question gives a count a time to be at hand (200人半小时内到)."""
    return bool(_timed_counts(question))


def time_for_count_agreed(question: str, citations: list[Citation]) -> Citation | None:
    """The sentence giving every count the question times the same time (30分钟 as 半小时)."""
    claimed = _timed_counts(question)
    for citation in citations:
        written = _timed_counts(citation.text)
        if claimed and all(c in written and written[c][0] == m for c, (m, _) in claimed.items()):
            return citation
    return None


def other_time_for_count(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence giving a count another time to be at hand than the question gives it, and
    what to say of it; None when no quoted sentence does."""
    claimed = _timed_counts(question)
    if not claimed:
        return None
    for citation in citations:
        written = _timed_counts(citation.text)
        wrong = [
            (written[count][1], said)
            for count, (minutes, said) in claimed.items()
            if count in written and None not in (minutes, written[count][0]) and minutes != written[count][0]
        ]
        if wrong:
            report = "”“".join(w for w, _ in wrong)
            asked = "”“".join(s for _, s in wrong)
            return [citation], f"报告写的是“{report}”，不是问题所说的“{asked}”"
    return None
