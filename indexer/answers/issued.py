"""When a report was written or issued: its signature's date, not a sentence of its body.

The date stands in the report's closing lines (落款: bureau and date, sometimes 印发 and 共印
N份), which are kept out of the passages; asked "北碚区的报告是哪天写的", `ask` quoted body
sentences containing 印发 or declined that the report gives no date. The closing lines are
cited exactly like any sentence: their offsets in the cleaned text.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Answer
from indexer.answers.report_lines import answer_from_lines
from indexer.text.normalize import normalize_for_matching

_ASKS = re.compile(
    r"(?:落款|成文|印发|发文|签发|发布)(?:日期|时间)"
    r"|(?:报告|这份|那份|该份?).{0,12}(?:哪一?天|哪一?日|什么时候|何时|几月几[日号]|哪年哪月|什么日期|日期)"
    r".{0,6}(?:写|印发|发布|签发|成文|出|报送|提交|发出|落款|形成|定稿)"
    r"|(?:报告|这份|那份).{0,6}(?:写|印发|发布|签发|成文|出|报送|提交|发出|定稿)(?:于|在)?.{0,3}(?:哪一?天|什么时候|何时|什么日期)"
)
_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?")


def asks_issue_date(question: str) -> bool:
    return bool(_ASKS.search(normalize_for_matching(question)))


def issue_date_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the date its closing lines give, cited to them."""

    def dates(report: dict, cleaned: str) -> list[tuple[str, int]]:
        start, end = report.get("trailer") or (len(cleaned), len(cleaned))
        return [(m.group(), start + m.start()) for m in _DATE.finditer(cleaned[start:end])]

    return answer_from_lines(
        searcher,
        question,
        reports,
        dates,
        "落款",
        "落款没有日期",
        "日期取自报告末尾的落款（机关署名与日期），不是正文。",
    )
