"""The scope check: districts and years named in a question against the reports the index holds.

A question about 北碚区 in 2022 must not be answered from 北碚区's 2023 report. A year that is
the one after a report's own year appears in that report only as a plan (its 下一步 or
"2024年工作思路" section): what was planned is not what was done, so it answers only a question
that asks about the plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from indexer.answers.answer_types import district_label
from indexer.answers.built import without_claims
from indexer.answers.terms import UNNAMED_DISTRICT_WORDS
from indexer.retrieval.scope import QueryScope
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import NEXT_STEPS, PROBLEMS
from indexer.text.tokens import char_bigrams

# The anonymised report's district, however a question names it (**区, 某区, 匿名那个区).
_ANONYMISED = re.compile(r"\*+区|\*{2,}|" + UNNAMED_DISTRICT_WORDS)
# Words of a question asking what was planned rather than what was done.
_ASKS_PLAN = re.compile(
    r"计划|打算|安排|思路|准备|下一步|将要|将会|拟|(?<![主重需必只紧])要(?:做|怎么)|规划|部署|接下来|下一年|明年|今后"
    r"|将(?:如何|怎样|怎么|采取|开展|推进|重点)|会(?:如何|怎样|怎么)(?:做|开展|推进)"
)
# With a year after every report's own, 要 is "is going to" (2024年要重点做什么), not 主要, 重要,
# 需要 or 要求: 2024年主要做了什么 asks what was done in a year no report covers. Read only there,
# since 要 in a question about a covered year says nothing of plans.
_WILL = re.compile(
    r"(?<![主重需必只紧纪摘简提])要(?:重点|着力|继续|进一步|怎么|如何|怎样|做|抓|开展|加强|推进|落实|完善|建立|建设|实现|提升)"
)
# Words that can only point at the future. 计划 and 安排 may name a document the work produced
# (监督检查计划), so they do not confine an answer to the plan sections; these do.
_ASKS_FUTURE = re.compile(
    r"下一步|将要|将会|接下来|下一年|明年|今后|往后|未来|打算|将(?:如何|怎样|怎么|采取|开展|推进|重点)"
)


@dataclass(frozen=True)
class ScopedReports:
    """What the question may be answered from, after its scope words were read."""

    reports: tuple[dict, ...]  # the reports in the named districts (all when none is named)
    year: int | None = None  # the report year to filter on
    report_id: str | None = None  # one report, when the question names the anonymised one
    declined_notice: str | None = None  # set when no report fits: why, and what exists
    plan_notice: str | None = None  # set when the answer comes from a plan for the asked year
    # The anonymised reports a question names beside named districts (北碚区和匿名区).
    unnamed_beside_named: tuple[dict, ...] = ()


# A later year set against an earlier one (2022年比2021年, 较2022年, 相比); not 比较 or 对比,
# which ask for both years side by side.
_BASE_YEAR = re.compile(r"(?:(?<!对)比(?!较)|(?<!比)较)(\d{4})年")
# The base put before the comparing word (跟2022年比, 与2022年相比).
# (跟2023年的17435个做同比, 拿2023年的去比: the base's figure between them)
_BASE_YEAR_BEFORE = re.compile(
    r"(?:跟|和|与|同|拿)(\d{4})年(?:的[^，,。？?]{0,12}?)?(?:相|做|作|进行|去|来)?(?:比|对比|比较|同比)(?![例率重])"
)
_COMPARED = re.compile(r"(?:(?<!对)比(?!较)|(?<!比)较)(?:\d{4}|[〇零一二三四五六七八九]{4})年|相比|同比")


def base_years(question: str) -> set[int]:
    """The years the question measures a change from (比2022年多还是少: 2022)."""
    text = normalize_for_matching(question)
    return {int(y) for y in _BASE_YEAR.findall(text) + _BASE_YEAR_BEFORE.findall(text)}


def without_base_year(question: str, report_years: set[int]) -> str:
    """The question without the year a change is measured from, when it names no other and a
    report of the year after it compares with it (北碚区事故起数比2022年下降了多少 asks of the
    2023 report, not of a 2022 one); as asked when it names another year too (2023年比2022年 is
    read by asked_years), or when no report is of the year after (比2021年 of a 2023 report: its
    −25% is against 2022)."""
    text = normalize_for_matching(question)
    bases = _BASE_YEAR.findall(text) + _BASE_YEAR_BEFORE.findall(text)
    years = re.findall(r"(?<!\d)(\d{4})年", text)
    if not bases or set(years) != set(bases) or any(int(b) + 1 not in report_years for b in bases):
        return question
    text = _BASE_YEAR.sub(lambda m: m.group(0)[: -len(m.group(1)) - 1] + "上年", text)
    return _BASE_YEAR_BEFORE.sub(lambda m: m.group(0).replace(f"{m.group(1)}年", "上年"), text)


def check_scope(question: str, scope: QueryScope, reports: list[dict]) -> ScopedReports:
    in_scope = _reports_named(question, scope, reports)
    report_id = None
    beside: tuple[dict, ...] = ()
    if _ANONYMISED.search(normalize_for_matching(question)):
        anonymous = [r for r in reports if not r.get("district")]
        if scope.districts:  # 北碚区和匿名区各…: the anonymised report beside the named ones
            beside = tuple(anonymous)
            in_scope += anonymous
        else:
            in_scope = anonymous or in_scope
            report_id = anonymous[0]["report_id"] if len(anonymous) == 1 else None
    years = asked_years(question, scope)
    if len(years) != 1:
        return ScopedReports(tuple(in_scope), report_id=report_id, unnamed_beside_named=beside)
    year = years[0]
    if any(r.get("year") == year for r in in_scope):
        return ScopedReports(tuple(in_scope), year=year, report_id=report_id, unnamed_beside_named=beside)
    planned_in = [r for r in in_scope if r.get("year") == year - 1]
    who = _who(scope, in_scope, len(in_scope) == len(reports))
    if planned_in and (_ASKS_PLAN.search(question) or _WILL.search(question)):
        source = _who(scope, planned_in, False)  # the reports the plan is read from, by name
        notice = f"{year}年的内容来自{source}{year - 1}年报告中的工作安排，是计划而不是已完成的工作。"
        return ScopedReports(tuple(planned_in), year=year - 1, report_id=report_id, plan_notice=notice)
    existing = "、".join(f"{y}年" for y in sorted({r["year"] for r in in_scope if r.get("year")}))
    notice = f"没有{who}{year}年的报告；现有：{existing or '无'}。"
    if planned_in:
        notice = notice.removesuffix("。") + f"，{year}年只作为计划出现在{year - 1}年报告的下一步工作安排中。"
    return ScopedReports(tuple(in_scope), declined_notice=notice)


# A year and the thing after it (2021年度行政执法情况); four characters of it make a phrase.
# Not the reports' own subject: 2022年度法治政府建设 names a report's year, whatever text writes it.
_YEAR_OF_THING = re.compile(
    r"(\d{4})(?:年度|年(?!度))(?:的(?!的))?(?=(?!法治|依法|工作|报告|总结|全年)([\u4e00-\u9fff]{4}))"
)


# A document named after a year (2012年的…实施办法, 2015年那个通知): its year is its number's.
_DOCUMENT_AFTER = re.compile(
    r"[那这]?[个份件]?[^，,。？?！!；;]{0,20}?(?:办法|通知|文件|规定|细则|意见|方案|条例|制度|预案|清单|规划)"
)


def _numbered_in(year: str, document: re.Match[str] | None, texts: list[str]) -> bool:
    """Whether a report numbers the document the question names with the year (〔2012〕 after a
    title sharing its words): 2021年制定了哪些制度 names no document, and stays a year asked."""
    if document is None:
        return False
    named = set(char_bigrams(document.group(0)))
    return any(
        len(named & set(char_bigrams(t[max(0, at.start() - _TITLE_SPAN) : at.start()]))) >= _TITLE_PAIRS
        for t in texts
        for at in re.finditer(f"〔{year}〕", t)
    )


_TITLE_SPAN = 60
_TITLE_PAIRS = 3


@lru_cache(maxsize=64)
def _normalized_report(text: str) -> str:
    """A report's text as matched, once per text: normalising five reports took ~20 ms a question."""
    return normalize_for_matching(text).replace("年度的", "年度")


# A span of years (2021到2025年, 2021-2025年): the years a plan or a review covers.
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d{2})\s*年")


def without_spans_of_other_years(question: str, report_years: list[int]) -> str:
    """The question without a span of years that neither starts nor ends in a report's year
    (纲要是2021到2025年的吧 asks of the 2023 report, not of a 2025 one)."""
    return _YEAR_SPAN.sub(
        lambda m: m.group(0) if {int(m.group(1)), int(m.group(2))} & set(report_years) else "",
        normalize_for_matching(question),
    )


def without_years_of_things(question: str, report_years: list[int], texts: Callable[[], list[str]]) -> str:
    """The question without the years that a report writes with the same thing after them
    (把2021年度行政执法情况报送给…: the 2022 report writes 报送2021年度行政执法情况): such a year
    says which year's figures were sent, not which year's report is asked. Only years no report
    is of are read so (a 2021 report would be what 2021年度… asks about); years no report writes
    so stay, and are said to have no report. `texts` gives the reports' texts, read only when
    the question writes such a year."""
    asked = normalize_for_matching(question)  # 建設 read as 建设 before it is compared
    matches = [m for m in _YEAR_OF_THING.finditer(asked) if int(m.group(1)) not in report_years]
    if not matches:
        return question
    normalized = [_normalized_report(t) for t in texts()]
    for match in reversed(matches):
        year, thing = match.groups()
        if any(f"{year}年度{thing}" in t or f"{year}年{thing}" in t for t in normalized) or (
            # (2012年的消防网络化管理实施办法: a document's year, which a report writes in its
            # number, 〔2012〕)
            _numbered_in(year, _DOCUMENT_AFTER.match(asked, match.end()), normalized)
        ):
            asked = asked[: match.start()] + asked[match.end() :]
    return asked if len(asked) < len(normalize_for_matching(question)) else question


def asks_plan(question: str) -> bool:
    """Whether the question asks what was planned rather than what was done."""
    return bool(_ASKS_PLAN.search(question))


def asks_future(question: str) -> bool:
    """Whether the question can only be about what is planned: the answer comes from the plan
    sections (下一步工作安排), where the reports have them."""
    return bool(_ASKS_FUTURE.search(question))


# Shortcomings asked for as what the answer is (有哪些不足, 短板是什么, 存在什么问题): a report
# states them in its section on problems, often without the word (北碚区: 存在的主要问题).
# 破解…不足的难题 names one as a subject, and 整改了哪些问题 asks what was fixed: neither is it.
_ASKS_SHORTCOMINGS = re.compile(
    r"(?:哪些|什么|啥|哪方面的?|哪儿|有何)(?:主要)?(?:不足|短板|差距|薄弱环节|短处|缺点|弱项|毛病)"
    r"|(?:不足|短板|差距|短处|缺点)(?:是什么|有哪些|在哪)|存在(?:哪些|什么|啥)(?:主要)?问题"
    # Whether a report writes its shortcomings at all (哪个区写了不足之处, 没写存在的问题).
    r"|(?:写|提|谈|列)了?(?:出|到)?(?:存在的|自身的?)?(?:主要)?(?:问题|不足|短板|差距)(?:之处)?[吗呢]?[？?]?$"
)


# What such a question calls them, and its 存在: the problems section stands for these words, so an
# answer need not write them (北碚区 heads its section 存在的主要问题 and never says 短板). The
# words of owning up to them (自己承认了哪些不足, 反思出什么短板) ask for the same section: a
# report lists its shortcomings, it does not write that it admits them.
SHORTCOMING_WORDS = frozenset(
    "不足 不足之处 短板 差距 薄弱 薄弱环节 弱项 短处 缺点 问题 困难 存在"
    " 承认 坦承 坦言 自认 自省 反思 检讨 查摆 查找 认识到 意识到 指出 自身 自己".split()
)


def asks_shortcomings(question: str) -> bool:
    """Whether the question asks for a report's shortcomings (its 存在的问题与不足 section)."""
    return bool(_ASKS_SHORTCOMINGS.search(normalize_for_matching(question)))


# Plans asked for as what the answer is (有什么计划, 工作计划是什么, 有哪些打算): the plan section
# (下一步工作安排) states them, mostly without the word. 按计划完成了 or 计划内的检查 ask of work done.
_ASKS_PLANS = re.compile(
    r"(?:哪些|什么|啥|有何|哪方面的?)(?:工作)?(?:计划|打算|安排|规划|设想|考虑)(?!内|外|中|好|完成)"
    r"|(?:工作)?(?:计划|打算|规划|设想)(?:是什么|是啥|有哪些|有什么|是怎样的|如何)"
    r"|(?:打算|准备|计划)(?:做|干|搞|开展)(?:些|了)?(?:什么|啥|哪些)(?:工作|事情?)?[？?吗呢]*$"
)
# What such a question calls them: the plan section stands for these words.
PLAN_WORDS = frozenset("计划 打算 安排 工作安排 工作计划 规划 设想 考虑 下一步 今后".split())


def asks_plans(question: str) -> bool:
    """Whether the question asks for a report's plans (its 下一步工作安排 section)."""
    return bool(_ASKS_PLANS.search(normalize_for_matching(question)))


def section_answering(question: str, plan_notice: str = "") -> str | None:
    """The section type an answer is looked for in first: plans for a question that can only be
    about them, problems for one asking for shortcomings; None for the whole report."""
    if plan_notice or asks_future(without_claims(question)) or asks_plans(question):
        return NEXT_STEPS
    return PROBLEMS if asks_shortcomings(question) else None


def asked_years(question: str, scope: QueryScope) -> list[int]:
    """The years the question asks of, without the base of a comparison."""
    asked_years = sorted({*scope.years, *scope.other_years})
    if len(asked_years) == 2 and (_COMPARED.search(question) or _BASE_YEAR_BEFORE.search(question)):
        # 2022年比2021年下降了吗 asks of 2022; a 2023 report writes 2022 only as its base. The
        # base is the year after 比 (2022年…比2023年多还是少 asks of 2022, which has no report).
        # (…和2023年相比 puts it before: 2022年受理了多少，和2023年相比呢 asks of 2022 too.)
        text = normalize_for_matching(question)
        base = _BASE_YEAR.search(text) or _BASE_YEAR_BEFORE.search(text)
        base_year = int(base.group(1)) if base else asked_years[0]
        asked_years = [y for y in asked_years if y != base_year] or asked_years[1:]
    return asked_years


def unreported_years_notice(question: str, scope: QueryScope, reports: list[dict]) -> str | None:
    """What to say first when a question names several years and the named districts have a
    report for some only (2022年排查了多少…跟2023年比呢, of a district with a 2023 report alone):
    the answer holds the years there are reports for, and without this the year asked of first
    went unsaid. None when every named year has a report, or fewer than two are named."""
    text = normalize_for_matching(question)
    # A year with its month is a date of a claim (2020年1月至2022年12月), not a year asked of.
    named = [
        y
        for y in asked_years(question, scope)
        # (2022年一共 is no month)
        if not re.search(rf"{y}年度?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月", text)
    ]
    if len(named) < 2 or _ANONYMISED.search(text):
        return None
    in_scope = _reports_named(question, scope, reports)
    have = {r.get("year") for r in in_scope}
    missing = [y for y in named if y not in have]
    present = [y for y in named if y in have]
    if not missing or not present:
        return None
    who = _who(scope, in_scope, len(in_scope) == len(reports))
    years = "、".join(f"{y}年" for y in missing)
    shown = "、".join(f"{y}年" for y in present)
    # (A report may write the other year as its base, 较2022年下降25%: it is no report of it.)
    return f"没有{who}{years}的报告；以下只有{shown}报告的内容。"


def _reports_named(question: str, scope: QueryScope, reports: list[dict]) -> list[dict]:
    if scope.districts:
        return [r for r in reports if r.get("district") in scope.districts]
    return list(reports)


def _who(scope: QueryScope, in_scope: list[dict], everything: bool) -> str:
    if everything:
        return "任何区"
    labels = dict.fromkeys(district_label(r.get("district"), r["report_id"]) for r in in_scope)
    return "、".join(labels)
