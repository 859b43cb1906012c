"""A count the reports give only as its change (北碚区死亡人数是多少, where the report writes
死亡人数较2022年…下降27.8%): the decline says what the report does give, with its sentence.

Declined with "没有给出“死亡”的具体数字" alone, the answer hid the one figure the report states
on the thing asked; a reader had to find the 27.8% in the passages marked "not the answer".
The change is no answer to the count, so the answer stays declined: it only says more.
"""

from __future__ import annotations

from indexer.answers.answer_types import district_label
from indexer.answers.changed import changes_of
from indexer.answers.figures import clause_of, quantity_asked
from indexer.answers.indicators import cell_text, rows_of_version
from indexer.answers.table_answers import reports_in_scope, wanted_indicators


def change_instead(searcher, question: str, terms: list[str]) -> str | None:
    """The notice of a declined count whose indicator the reports in scope give only as a
    change, each change with its sentence; None when the question asks for a change itself, a
    report in scope gives the count, or a change's clause does not name every thing the
    question does (火灾死亡人数: 生产安全事故和死亡人数…下降 is no change of fire deaths)."""
    asked = quantity_asked(question)
    if asked is None or not asked.kinds or "percent" in asked.kinds:
        return None
    names = {name for name, _ in wanted_indicators(question, asked.kinds)}
    if not names:
        return None
    reports = reports_in_scope(searcher, question)
    if reports is None:
        return None
    in_scope = {r["report_id"] for r in reports}
    rows = [
        r for r in rows_of_version(searcher.version_dir) if r.indicator in names and r.report_id in in_scope
    ]
    if not rows or any(r.unit != "%" for r in rows):
        return None
    said = [r for r in rows if all(changes_of(r.sentence, t, question) for t in terms)]
    if not said:
        return None
    lines = "；".join(
        f"{district_label(r.district, r.report_id)}（{r.year or '年份不详'}年）{cell_text(r)}"
        f"（“{clause_of(r.sentence, r.value_start - r.start, r.value_end - r.start)}”）"
        for r in said
    )
    return f"报告没有给出{'、'.join(sorted(names))}的具体数字，只写了变化：{lines}。"
