"""Where in its report a quoted sentence stands (这句话在第几部分、哪个小标题下面): the headings
above it, with their own markers (二、…, （三）…, 四是…).

A researcher cites the report by its part and heading. Asked where, `ask` took 小标题 and 部分 for
topics no sentence writes and declined; the words asking where are set aside, the rest is
answered as usual, and each cited sentence gets the headings that hold it from the report's
outline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers.answer_types import Answer, Citation
from indexer.text.normalize import normalize_for_matching

# 在第几部分, 哪个小标题下面, 是第几条: where, not what. Not 不足部分 (the shortcomings part,
# read by section type), 第三项是什么 (an item by its place, enumerated.py), nor 全市排名处于什么位置
# (a rank the sentence gives).
_WHERE = re.compile(
    r"(?:在|位于|出自|属于|放在|写在)(?:报告的?|报告里的?)?(?:第几部分|哪一?部分|哪个部分|第几节|哪一?节|哪一?章)"
    r"|(?<=报告)的?(?:第几部分|哪一?部分|哪个部分)(?=(?:讲|提|写|说|谈)(?!得)|出现)"
    r"|(?:在|位于|放在|写在)?(?:哪个|哪一个|什么|哪条)(?:小|大|一级|二级)?标题(?:下面|下边|底下|下|之下)"
    # (依据《安全生产法》第几条 asks an article of the law, not the report's item)
    r"|(?:是|列在|排在)第几条|(?:在|位于)(?:报告|原文|文中)(?:的|里的?|中的?)?(?:哪个|什么)位置"
    # 并给出原文出处, 出处为报告哪一部分, 请指出原文所在报告及部分: the source asked for
    r"|(?:请|并)?(?:给出|注明|标明|标注|指出|说明|附上)?(?:其|原文的?)?出处(?:是|为|在)?(?:报告的?)?"
    r"(?:哪一?部分|哪个部分|哪里|何处)?"
    r"|(?:请|并)?(?:指出|注明|说明)?原文所在(?:的)?(?:报告)?(?:及|和|的)?(?:部分|位置|章节)?"
)
# What asking where leaves of its clause (这句话、, 它在): pointers with no topic.
_LEFT_OVER = re.compile(
    r"^(?:请|并|请注明|注明|请说明|请给出|给出|请指出|指出|请引用|引用)?"
    r"(?:这句话|这句|这段话|这段|这一条|这条|它|这|那句话|是|原文|该内容|其)?[、，,和及还有]*$"
)


def asks_location(question: str) -> bool:
    return bool(_WHERE.search(normalize_for_matching(question)))


def without_location(question: str) -> str:
    """The question without its words asking where, and without the clauses they leave empty."""
    pieces = re.split(r"([，,？?。；;])", _WHERE.sub("", question))
    kept = []
    for i in range(0, len(pieces), 2):
        clause, mark = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""
        if _LEFT_OVER.match(clause.strip()):
            # the clause's closing mark stays with the one before, unless that one closes itself (…吗？)
            if mark and mark in "？?。" and kept and not kept[-1].endswith(("？", "?", "。")):
                kept[-1] = kept[-1].rstrip("，,") + mark
            continue
        kept.append(clause + mark)
    return "".join(kept)


def headings_above(report: dict, position: int) -> list[str]:
    """The headings holding the position, outermost first, each with its marker."""
    chain: list[str] = []
    sections = report.get("sections") or []
    while sections:
        holding = next((s for s in sections if s["start"] <= position < s["end"]), None)
        if holding is None:
            break
        chain.append(f"{holding.get('marker') or ''}{holding['title']}")
        sections = holding.get("children") or []
    return chain


def with_locations(answer: Answer, reports: list[dict]) -> Answer:
    """The answer with a line per cited sentence naming the headings above it; a sentence
    before the first heading is in the opening paragraph."""
    by_id = {r["report_id"]: r for r in reports}
    lines = []
    for number, citation in enumerate(answer.citations, 1):
        report = by_id.get(citation.report_id)
        if report is None:
            continue
        lines.append(f"[{number}]的位置：{_where(report, citation)}")
    if not lines:
        return answer
    notice = f"各句在报告中的位置取自报告的标题层级；{answer.notice}"
    return replace(answer, answer="\n".join([answer.answer, *lines]), notice=notice)


def _where(report: dict, citation: Citation) -> str:
    chain = headings_above(report, citation.start)
    if chain:
        return " ＞ ".join(chain)
    sections = report.get("sections") or []
    if sections and citation.start < sections[0]["start"]:
        return "报告开头（第一个标题之前）"
    return "报告末尾（最后一个标题之后）" if sections else "报告没有分部分的标题"
