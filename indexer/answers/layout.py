"""How a report is laid out (沙坪坝区的报告分为几个部分, 北碚区报告的第三部分讲了什么): its
headings, read from the sections found at indexing, each cited to its own line.

No sentence of a report says how many parts it has, so `ask` declined such a question or quoted
a sentence that happens to write 部分. The headings are the report's own words, and their
offsets in the cleaned text make them citable like any sentence.
"""

from __future__ import annotations

import re

import cn2an

from indexer.answers.answer_types import Answer, district_label, span_citation
from indexer.text.normalize import normalize_for_matching

_PARTS = r"(?:部分|板块|章节|大块)"
# How many parts, or what they are (分为几个部分, 结构是怎样的, 各部分的标题).
_ASKS_PARTS = re.compile(
    rf"(?:分为|分成|包括|包含|共有|有)(?:几|多少)(?:个|大)?{_PARTS}|(?:几|多少)(?:个|大){_PARTS}"
    r"|报告的?(?:结构|框架|目录|提纲|大纲)|(?:每|各)个?部分的?(?:标题|题目|内容)"
)
# One part by its number (第三部分讲了什么).
_ASKS_PART = re.compile(rf"第([一二三四五六七八九十\d]{{1,3}})(?:个|大)?{_PARTS}")
# How many subheadings of a part are quoted under it.
_SUBHEADINGS = 8


def asks_layout(question: str) -> bool:
    text = normalize_for_matching(question)
    return bool(_ASKS_PART.search(text) or ("报告" in text and _ASKS_PARTS.search(text)))


def _part_asked(question: str) -> int | None:
    found = _ASKS_PART.search(normalize_for_matching(question))
    if not found:
        return None
    number = found.group(1)
    return int(number) if number.isdigit() else int(cn2an.cn2an(number, "smart"))


def layout_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with its top-level headings, or the asked part's heading and the
    headings under it; every heading cited to its line."""
    part = _part_asked(question)
    lines, citations = [], []

    def cite(report: dict, section: dict, text: str) -> str:
        line = text[section["start"] :].split("\n", 1)[0]
        # A subheading often runs on into its paragraph on the same line: the heading ends with its title.
        title_at = line.find(section["title"])
        if title_at >= 0:
            line = line[: title_at + len(section["title"])]
        citations.append(span_citation(report, line, section["start"], section["title"]))
        return f"{line}[{len(citations)}]"

    for report in reports:
        label = (
            f"{district_label(report.get('district'), report['report_id'])}（{report.get('year')}年度报告）"
        )
        sections = report.get("sections") or []
        text = searcher.cleaned_text(report["report_id"])
        if part is None:
            lines.append(f"{label}分为{len(sections)}个部分：")
            lines += [cite(report, s, text) for s in sections]
        elif part > len(sections):
            lines.append(f"{label}只有{len(sections)}个部分，没有第{part}部分。")
        else:
            section = sections[part - 1]
            lines.append(f"{label}第{part}部分：{cite(report, section, text)}")
            lines += [f"  {cite(report, s, text)}" for s in section.get("children", [])[:_SUBHEADINGS]]
    notice = "这是关于报告结构的问题，以下是报告的标题（原文），不是正文内容的概括。"
    if not citations:
        return Answer(
            question, "\n".join(lines), "extractive", False, False, [], reason="not_covered", notice=notice
        )
    return Answer(question, "\n".join(lines), "extractive", True, len(reports) > 1, citations, notice=notice)
