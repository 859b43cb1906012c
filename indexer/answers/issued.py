"""When a report was written or issued: its signature's date, not a sentence of its body.

The date stands in the report's closing lines (落款: bureau and date, sometimes 印发 and 共印
N份), which are kept out of the passages; asked "北碚区的报告是哪天写的", `ask` quoted body
sentences containing 印发 or declined that the report gives no date. The closing lines are
cited exactly like any sentence: their offsets in the cleaned text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from indexer.answers.answer_types import Answer
from indexer.answers.report_lines import answer_from_lines
from indexer.text.normalize import normalize_for_matching

_ORDER_ASKED = (
    r"|(?:落款|印发|签发|成文)(?:日期|时间)?.{0,3}(?:最早|最晚|早晚|先后|谁早|谁晚)"
    r"|(?:最早|最晚)(?:落款|印发|签发|成文)"
    # One report's signature claimed earlier or later than another's (北碚的落款比普陀更早吧).
    r"|(?:落款|印发|签发|成文)[^，,。？?]{0,12}?(?:更早|更晚|早一些|晚一些|早些|晚些|较早|较晚)"
)
_ORDER = re.compile(r"最早|最晚|早晚|先后|谁早|谁晚|哪[份个一]?[^，,。？?]{0,10}?更[早晚]")
_ASKS = re.compile(
    r"(?:落款|成文)的?(?:日期|时间)|落款(?:是|在)?(?:哪一?天|哪一?年|哪个月|几月几[日号]|什么时候)|(?:印发|发文|签发|发布)(?:日期|时间)"
    # Not of the bureau (报告中，该局于何时向什么机关报送…: when the bureau sent its figures).
    r"|(?:报告|这份|那份|该份|该(?![局区单部机]))[^局，,。；;]{0,12}(?:哪一?天|哪一?日|什么时候|何时|几月几[日号]|哪年哪月|什么日期|日期)"
    r".{0,6}(?:写|印发|发布|签发|成文|出|报送|提交|发出|落款|形成|定稿)"
    r"|(?:报告|这份|那份).{0,6}(?:写|印发|发布|签发|成文|出|报送|提交|发出|定稿)(?:于|在)?.{0,3}(?:哪一?天|什么时候|何时|什么日期)"
    # A date claimed of the signature: 是2024年2月3日落款的吗, 落款是2023年12月18日吗.
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,3}(?:落款|印发|签发|成文)"
    # ... or of its sending, the report the thing sent (报告于2024年3月18日报送区委; not 报送…的典型案例)
    r"|(?:报告|这份|那份)[^，,。？?]{0,4}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:报送|上报|呈报)(?![^，,。？?]*的(?!报告|[，,。？?吧吗呢]|$))"
    r"|(?:报告|这份|那份).{0,8}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:才|就)?(?:出|发|写|发布|发出|写好|定稿)的"
    # ... or of a day with no year, the report named (报告是3月18号印发的吗)
    r"|(?:报告|这份|那份).{0,8}?是?\d{1,2}月\d{1,2}[日号].{0,3}(?:落款|印发|签发|成文)的"
    # ... or of its month or year, as a claim (是2024年1月才印发的吧; not 2023年印发了多少份资料)
    r"|是(?:19|20)\d{2}年(?!度)(?:\d{1,2}月)?.{0,3}(?:落款|印发|签发|成文)的"
    # ... with words between when the report is named first (报告是2024年1月全年数据出来后才印发的吧)
    r"|(?:报告|这份|那份).{0,30}?是(?:等到|直到|到了|在)?(?:19|20)\d{2}年(?!度)(?:\d{1,2}月)?.{0,14}?(?:落款|印发|签发|成文)的"
    r"|(?:落款|印发|签发|成文)(?:日期|时间)?(?:是|为|在)(?:19|20)\d{2}年" + _ORDER_ASKED
    # Which report was signed first or last (哪家落款最早, 谁的报告最晚印发).
)
_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?")
# A date a question claims may stop at the month or the year (是2024年1月才印发的吧); not 年度,
# which names the report's year.
_CLAIMED_DATE = re.compile(r"(?:19|20)\d{2}\s*年(?!度)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:印发)?")


# How many copies were printed (印了多少份): the 共印N份 of the closing lines, no body sentence.
_COPIES_ASKED = re.compile(r"(?:印|印发|印刷)了?(?:多少|几)份|共印|印数|印了多少")
_COPIES = re.compile(r"共印\s*\d+\s*份")


# Who signed it (落款单位是哪几个, 以谁的名义报的): the closing lines that are not dates.
_BODIES_ASKED = re.compile(
    r"落款(?:的)?(?:单位|机关|署名|是哪(?!一?天|一?年|个月|一?日)|是谁|写的是哪(?!一?天|一?年)|有哪|都有)"
    r"|署名(?:的)?(?:单位|机关|是哪|是谁)"
    r"|以(?:谁|哪个单位|哪个机关|什么单位|哪家)的?名义"
)
_BODY_LINE = re.compile(r"^(?!.*(?:(?:19|20)\d{2}\s*年|共印)).*[\u4e00-\u9fff]{2,}.*$", re.M)


def asks_signing_bodies(question: str) -> bool:
    return bool(_BODIES_ASKED.search(normalize_for_matching(question)))


# When a report named by its own 文号 came out (普应急〔2023〕13号是哪天印发的); of a document
# a report cites, the report's own date would be no answer, so only with the report numbered.
_ASKS_OF_NUMBERED = re.compile(
    r"号(?:文|文件|报告)?(?:是|在)?.{0,3}(?:哪一?天|什么时候|何时|什么日期|几月几[日号])(?:印发|发布|签发|成文|发出|下发|落款)"
)


def asks_issue_date(question: str, numbered: bool = False) -> bool:
    text = normalize_for_matching(question)
    return bool(_ASKS.search(text) or numbered and _ASKS_OF_NUMBERED.search(text))


# Of the report, not of what a bureau handed out (发了多少份宣传手册).
_THE_REPORT = re.compile(r"报告|那份|这份|该份")
_HANDED_OUT = re.compile(r"资料|材料|手册|宣传|传单|海报|折页|读本|挂图")


def asks_copies(question: str) -> bool:
    text = normalize_for_matching(question)
    return bool(_COPIES_ASKED.search(text) and _THE_REPORT.search(text) and not _HANDED_OUT.search(text))


def without_claimed_date(question: str) -> str:
    """The question as its scope is read: the year of a signature date claimed (是2024年1月18日
    落款的吗, 2024年1月印发的那份报告印了多少份) is when the report was signed, not the year of
    the report asked."""
    if not (asks_issue_date(question) or asks_copies(question)):
        return question
    return _CLAIMED_DATE.sub("", normalize_for_matching(question))


def _in_closing_lines(pattern: re.Pattern[str]) -> Callable[[dict, str], list[tuple[str, int]]]:
    """A finder of the pattern's matches in a report's closing lines, with their offsets."""

    def find(report: dict, cleaned: str) -> list[tuple[str, int]]:
        start, end = report.get("trailer") or (len(cleaned), len(cleaned))
        return [(m.group(), start + m.start()) for m in pattern.finditer(cleaned[start:end])]

    return find


def _signatures(searcher, question: str, reports: list[dict]) -> Answer:
    return answer_from_lines(
        searcher,
        question,
        reports,
        _in_closing_lines(_DATE),
        "落款",
        "落款没有日期",
        "日期取自报告末尾的落款（机关署名与日期），不是正文。",
    )


def signing_bodies_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the bodies its closing lines sign in (沙坪坝's 局委员会 and
    局), each once: 普陀's 版记 repeats the bureau beside its 印发 date."""

    def bodies(report: dict, cleaned: str) -> list[tuple[str, int]]:
        first: dict[str, int] = {}
        for text, at in _in_closing_lines(_BODY_LINE)(report, cleaned):
            first.setdefault(text, at)
        return list(first.items())

    return answer_from_lines(
        searcher,
        question,
        reports,
        bodies,
        "落款",
        "落款没有署名单位",
        "落款单位取自报告末尾的落款（机关署名与日期），不是正文。",
    )


_DAY_CLAIMED = re.compile(r"(?<![\d年])\d{1,2}月\d{1,2}(?=[日号])")
# A year the question names its report by (那份2023年法治政府建设报告) claims no date of signing.
_REPORT_YEAR = re.compile(r"(?:的|度)?(?:法治|工作|报告|那份|这份)")


def _other_date_said(question: str, signatures: Answer) -> str | None:
    """That the signatures give another date than the question claims (是2023年12月18日落款的吗;
    2024年1月 is claimed of any day of that month); None when one fits or none is claimed."""
    text = normalize_for_matching(question)
    claimed = [
        _digits_only(m.group())
        for m in _CLAIMED_DATE.finditer(text)
        if "月" in m.group() or not _REPORT_YEAR.match(text, m.end())
    ]
    # A full date claimed is the claim; a bare year beside it names something else (2024年…工作思路).
    claimed = [c for c in claimed if "-" in c] or claimed
    written = {_digits_only(c.text) for c in signatures.citations}
    # A day claimed with no year (3月18号) holds of a signature of that day in any year.
    days = [] if claimed else [_digits_only(m.group()) for m in _DAY_CLAIMED.finditer(text)]
    if days and written and not any(w.endswith(f"-{d}") for d in days for w in written):
        return f"落款写的是{'、'.join(c.text for c in signatures.citations)}，不是问题所说的日期"
    if claimed and written and not any(w == c or w.startswith(f"{c}-") for c in claimed for w in written):
        return f"落款写的是{'、'.join(c.text for c in signatures.citations)}，不是问题所说的日期"
    return None


def issue_date_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the date its closing lines give, cited to them."""
    answer = _signatures(searcher, question, reports)
    if _ORDER.search(normalize_for_matching(question)) and len({c.report_id for c in answer.citations}) > 1:
        answer = replace(answer, notice=f"{_in_order(answer)}{answer.notice}")
    other = _other_date_said(question, answer) or _other_order_said(question, answer)
    return replace(answer, notice=f"{other}；{answer.notice}") if other else answer


# One report said signed later or earlier than another (北碚的落款更晚一些吧).
_LATER_OR_EARLIER = re.compile(r"更晚|晚一些|较晚|晚些|更早|早一些|较早|早些")


_ASKED_WHICH = re.compile(r"哪|谁")


def _other_order_said(question: str, signatures: Answer) -> str | None:
    """That of two reports, the one the question says was signed later (or earlier) was signed
    the other way round; None when it was, or no order is claimed of one of two."""
    text = normalize_for_matching(question)
    claimed = _LATER_OR_EARLIER.search(text)
    first = _first_of_each_report(signatures)
    if claimed is None or len(first) != 2:
        return None
    if _ASKED_WHICH.search(text[: claimed.start()].split("，")[-1]):
        return None  # 哪份落款更早: the order asked, not claimed of one
    named = [(text.rfind((c.district or "")[:2], 0, claimed.start()), c) for c in first]
    named = [(at, c) for at, c in named if at >= 0 and c.district]
    if not named:
        return None
    said_of = max(named, key=lambda pair: pair[0])[1]
    if re.search(f"比{re.escape((said_of.district or '')[:2])}", text[: claimed.start()]):
        said_of = next(c for c in first if c is not said_of)  # 北碚比普陀更早: said of 北碚
    other = next(c for c in first if c is not said_of)
    later = "晚" in claimed.group()
    if _day(said_of) == _day(other) or (_day(said_of) > _day(other)) == later:
        return None

    def dated(c) -> str:
        return f"{c.district}（{_DATE.match(c.text).group().removesuffix('印发')}）"

    return f"按落款日期，{dated(said_of)}比{dated(other)}{'早' if later else '晚'}，与问题所说的“{claimed.group()}”相反"


def _day(citation) -> tuple[int, ...]:
    return tuple(int(part) for part in _digits_only(citation.text).split("-")[:3])


def _first_of_each_report(signatures: Answer) -> list:
    """Each report's earliest signature line, first to last."""
    first = {}
    for citation in sorted(signatures.citations, key=_day):
        first.setdefault(citation.report_id, citation)
    return list(first.values())


def _digits_only(date: str) -> str:
    return re.sub(r"\D+", "-", date).strip("-")


def _in_order(answer: Answer) -> str:
    """The reports by the dates of their signatures, first to last, as the notice says it (a
    report's 印发 line after its date is the same day)."""

    dated = _first_of_each_report(answer)
    names = [c.district or c.report_id for c in dated]
    listed = "、".join(
        f"{name}{_DATE.match(c.text).group().removesuffix('印发')}"
        for name, c in zip(names, dated, strict=True)
    )
    return f"按落款日期从早到晚：{listed}；最早的是{names[0]}，最晚的是{names[-1]}。"


def copies_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the copies its closing lines say were printed, and a date the
    question claims for its issue checked against the signature's (2024年1月印发的那份, where it
    was issued 2023年11月9日)."""
    answer = answer_from_lines(
        searcher,
        question,
        reports,
        _in_closing_lines(_COPIES),
        "版记",
        "末尾没有写印数",
        "印数取自报告末尾的版记，不是正文。",
    )
    other = _other_date_said(question, _signatures(searcher, question, reports))
    return replace(answer, notice=f"{other}；{answer.notice}") if other else answer
