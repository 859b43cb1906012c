"""Figures a question dates to a year the district has no report for, which its report of
another year writes (普陀区2022年检查了579家, where 普陀区's 2023 report counts 579家 by October).

Declined as "no 2022 report", the chatbot is left free to keep the year; the answer says the
figures are that other report's, and quotes the sentence writing them.
"""

from __future__ import annotations

from indexer.answers import stated_figures
from indexer.answers.answer_types import Answer, Citation, district_label, span_citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral
from indexer.text.sentences import sentence_spans

# A figure this small (3起, 5人) is written of something in every report: it dates nothing.
_DATING_FIGURE = 10


def figures_of_other_year(
    searcher, question: str, reports: list[dict], asked_year: int, declined_notice: str
) -> Answer | None:
    """The answer quoting the sentences of the named district's other reports that write every
    figure the question states, and saying whose they are; None when the question states no
    figure that could date anything, or no such sentence is found."""
    figures = [f for f in stated_figures.named_in(question) if f.percent or f.value >= _DATING_FIGURE]
    if not figures:
        return None
    citations = []
    asked = normalize_for_matching(question)
    for report in reports:
        # (想跟2023年的17435个做同比: the question itself gives the figure to the other year)
        if report.get("year") == asked_year or f"{report.get('year')}年" in asked:
            continue
        found = _writing_all(report, searcher.cleaned_text(report["report_id"]), figures, question)
        if found is not None and f"{asked_year}年" not in normalize_for_matching(found.text):
            # (较2022年…: a sentence dating its figure to the asked year is no other year's)
            citations.append(found)
    if not citations:
        return None
    shown = "、".join(stated_figures.as_written(question, f) for f in figures)
    whose = "、".join(f"{district_label(c.district, c.report_id)}{c.year}年的报告" for c in citations)
    notice = (
        f"{declined_notice.rstrip('。')}；问题所说的{shown}出自{whose}，"
        f"不是问题所说的{asked_year}年；以下是报告原句。"
    )
    lines = [
        f"{district_label(c.district, c.report_id)}（{c.year}）：{c.text}[{i}]"
        for i, c in enumerate(citations, 1)
    ]
    return Answer(question, "\n".join(lines), "extractive", True, False, citations, notice=notice)


def _writing_all(report: dict, text: str, figures: list[Numeral], question: str) -> Citation | None:
    """The report's first sentence writing every figure as the question gives it."""
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if all(
            stated_figures.states_as_written(sentence, f, question, of_what_is_asked=False) for f in figures
        ):
            return span_citation(report, sentence, start, "")
    return None
