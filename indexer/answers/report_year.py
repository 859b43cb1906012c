"""A report pointed at and given another year (那份隐去区名的2023年度报告, of the one report of
2022): answered from that report, the year said to be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from indexer.answers.answer_types import Answer, district_label, premise_failed
from indexer.answers.scope_check import ScopedReports
from indexer.text.normalize import normalize_for_matching

# A report named by its year (那份2023年度报告, 报告是2023年度的): the year of the report, not of
# the work asked about.
_REPORT_YEAR_CLAIMED = re.compile(
    r"((?:19|20)\d{2})\s*年度?的?(?:法治政府建设)?(?:工作)?报告|报告(?:是|为)((?:19|20)\d{2})\s*年度?"
)


_POINTED_AT = re.compile(r"那份|这份|那篇|这篇")


def report_of_another_year(
    question: str, scoped: ScopedReports, ask: Callable[[str], Answer]
) -> Answer | None:
    """The answer from the one report of the district asked, when the question points at that
    report and gives it another year (区名隐去的那份2023年度报告, of the 2022 report), the year
    said to be wrong; None for any other question, or when that report does not answer. `ask`
    answers the question with the report's own year."""
    claimed = _REPORT_YEAR_CLAIMED.search(normalize_for_matching(question))
    reports = list(scoped.reports)
    if claimed is None or len(reports) != 1 or not reports[0].get("year"):
        return None
    # A report pointed at (那份…报告, the anonymised one) is that report, its year misremembered;
    # 普陀区2022年度报告 asks for a year's report, which there is none of.
    if reports[0].get("district") and not _POINTED_AT.search(question):
        return None
    said, year = claimed.group(1) or claimed.group(2), reports[0]["year"]
    if int(said) == year:
        return None
    text = normalize_for_matching(question)
    at = claimed.start(1) if claimed.group(1) else claimed.start(2)
    asked_again = f"{text[:at]}{year}{text[at + len(said) :]}"
    redated = ask(asked_again)
    if not redated.answered:
        return None
    label = district_label(reports[0].get("district"), reports[0]["report_id"])
    return replace(
        redated,
        query=question,
        notice=premise_failed(f"{label}的报告是{year}年度的，不是问题所说的{said}年度；{redated.notice}"),
    )
