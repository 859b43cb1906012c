"""Whom a report is addressed to (主送机关: 区委、区政府：, 普陀区人民政府：): the line ending in a
colon before the body, read from the report's opening lines.

Asked 报告是报给谁的, `ask` quoted body sentences holding 报 or 局, none of which says it; the
addressee line is cited by its offsets like any sentence, and a report without one is named.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Answer
from indexer.answers.report_lines import answer_from_lines
from indexer.text.normalize import normalize_for_matching

_ASKS = re.compile(
    r"主送|报给谁|报送给谁|报给了?哪|报送(?:给)?(?:哪|什么)(?:个|家)?(?:机关|单位|部门)|呈报给|抬头是"
    # (举报奖励是给谁的 asks no addressee: the report is what is sent)
    r"|(?:报告|这份|那份).{0,8}(?:(?:报|送|交|呈)给(?:谁|哪)|是(?:写)?给谁的|写给谁)"
)
# A line of a few words ending in a colon (区委、区政府：), before the body's first sentence.
_ADDRESSEE = re.compile(r"^(?P<name>[^\n，。；、:：]{2,20}(?:、[^\n，。；、:：]{2,20})*)[：:]\s*$", re.M)


# Something else sent (执法情况和数据…报给哪个部门): whom that went to, which a sentence says.
# (not 情况: 法治政府建设情况报告 is the report itself)
_OTHER_THING_SENT = re.compile(r"数据|年报|材料|信息|统计|名单|案件|案卷|线索")
_ADDRESSEE_NAMED = re.compile(r"主送|抬头")


def asks_addressee(question: str) -> bool:
    text = normalize_for_matching(question)
    if _OTHER_THING_SENT.search(text) and not _ADDRESSEE_NAMED.search(text):
        return False
    return bool(_ASKS.search(text))


def _addressee_line(report: dict, cleaned: str) -> list[tuple[str, int]]:
    start, end = report.get("preamble") or (0, 0)
    found = _ADDRESSEE.search(cleaned, start, end)
    if found is None or "签发人" in found.group():
        return []
    return [(found["name"], found.start())]


def addressee_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the addressee line of its opening, cited to it."""
    return answer_from_lines(
        searcher,
        question,
        reports,
        _addressee_line,
        "主送",
        "开头没有写主送机关",
        "主送机关取自报告开头正文之前的称呼行，不是正文。",
    )
