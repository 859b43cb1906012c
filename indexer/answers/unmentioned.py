"""Which districts leave something out (哪些区没有提到行刑衔接, 哪个区没写存在的问题): the
districts in scope that the answer to the affirmative question does not list.

Asked as written, the question's negation made every check look for sentences saying "没有…",
and `ask` declined. The affirmative question is answered as any question over districts is, and
the districts it leaves out are the answer; the sentences of the others are cited, so a reader
sees what "mentions it" rests on. That a report has no such sentence does not mean the bureau
did no such work, and the notice says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers.answer_types import Answer, district_label

# 哪些区没有提到, 哪个区的报告没写, 有哪几个区未开展: a which-district question whose verb is negated.
_NEGATED = re.compile(
    r"(?:哪些|哪个|哪几个|哪一个)区(?:的报告)?(?:里|中)?"
    r"(?P<negation>没有|没|未曾|并未|从未|不曾|未)"
    r"(?=提|写|说|谈|涉及|讲|开展|做|搞|建立|设立|出台|制定|公布|公开|给出|披露)"
)
NOTICE = "“没有写到”只说明这些区的报告里没有找到相关句子，不等于没有做这项工作。"


def affirmative(question: str) -> str | None:
    """The question without its negation (哪些区提到行刑衔接), or None when it asks no which-district
    question with a negated verb."""
    found = _NEGATED.search(question)
    if not found:
        return None
    return question[: found.start("negation")] + question[found.end("negation") :]


def unmentioned_answer(question: str, answered: Answer, reports: list[dict]) -> Answer:
    """The districts in scope `answered` (the affirmative question's answer) cites nothing of,
    then its own answer, whose citations show what the other districts write."""
    if not answered.answered:
        # Its reason says why no district was found (no report words 无人机) or that the reading
        # failed; neither is a finding that every district leaves it out.
        return replace(answered, query=question)
    cited = {c.report_id for c in answered.citations}
    missing = [
        district_label(r.get("district"), r["report_id"]) for r in reports if r["report_id"] not in cited
    ]
    if not missing:
        head = "每个区的报告都写到了所问的内容（原句见下）。"
    else:
        head = f"报告中没有找到相关句子的区：{'、'.join(missing)}。"
    text = f"{head}\n写到的区及原句：\n{answered.answer}"
    return replace(
        answered, query=question, answer=text, grouped_by_district=True, notice=NOTICE + answered.notice
    )
