"""Answers read from the lines a report prints around its body, kept out of the passages: the
header (文号, 签发人) and the closing lines (落款: bureau and date). Each line found is cited by its
offsets in the cleaned text, like any sentence, and a report in scope without one is named."""

from __future__ import annotations

from collections.abc import Callable

from indexer.answers.answer_types import Answer, district_label, span_citation


def answer_from_lines(
    searcher,
    question: str,
    reports: list[dict],
    find: Callable[[dict, str], list[tuple[str, int]]],
    part: str,
    missing: str,
    source: str,
) -> Answer:
    """One line per (text, offset) `find` returns of a report's cleaned text, shown after the
    `part` it was read from (落款, 文号); `missing` ends the notice naming reports without one
    (…的报告落款没有日期), `source` says where the lines come from."""
    lines, citations, without = [], [], []
    for report in reports:
        label = district_label(report.get("district"), report["report_id"])
        found = find(report, searcher.cleaned_text(report["report_id"]))
        if not found:
            without.append(label)
        for text, start in found:
            citations.append(span_citation(report, text, start, part))
            lines.append(
                f"{label}（{report.get('year') or '年份不详'}年度报告）{part}：{text}[{len(citations)}]"
            )
    absent = f"{'、'.join(without)}的报告{missing}。" if without else ""
    if not citations:
        notice = absent or f"报告{missing}。"
        return Answer(question, notice, "extractive", False, False, [], reason="not_covered", notice=notice)
    return Answer(
        question, "\n".join(lines), "extractive", True, len(reports) > 1, citations, notice=source + absent
    )
