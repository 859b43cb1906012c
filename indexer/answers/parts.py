"""A question asking several figures in turn (为多少家企业建档？系统对多少家企业实现线上管理？),
answered clause by clause.

Checked whole, the question has one counted noun and one set of terms: the evidence check looked
for a sentence near both figures' words, declined when they sat in different sentences, and
answered with the first figure alone when one sentence held it. Each clause is asked on its own,
with the whole question's districts and years, and the answers are joined; a clause the reports
do not answer is named in the notice, not dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.answer_types import QUOTED_NOTICE, Answer, Citation, district_label
from indexer.answers.figures import quantity_asked
from indexer.answers.indicators import INDICATOR_NOTE, TABLE_NOTICE
from indexer.answers.terms import UNNAMED_DISTRICT_WORDS
from indexer.retrieval.scope import QueryScope
from indexer.text.normalize import normalize_for_matching

_CLAUSE_BREAK = re.compile(r"[，,？?；;。！!]+")
_PLAIN_NOTICES = (QUOTED_NOTICE, TABLE_NOTICE)
_UNNAMED = re.compile(UNNAMED_DISTRICT_WORDS)


def figure_clauses(question: str, scope: QueryScope) -> list[str]:
    """The clauses of a question asking two or more figures, each carrying the question's
    districts and years when it names none itself; [] for any other question."""
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(question) if c.strip()]
    asking = [c for c in clauses if quantity_asked(c) is not None]
    if len(asking) < 2:
        return []
    unnamed = _UNNAMED.search(normalize_for_matching(question))
    scope_words = [
        *scope.districts,
        *(f"{y}年" for y in scope.years),
        *([unnamed.group(0)] if unnamed and not scope.districts else []),
    ]
    # Each clause is asked as a question (a closing 吗 or ？ is read by the checks).
    return [
        (c if any(w in c for w in scope_words) else "".join(w for w in scope_words if w not in c) + c) + "？"
        for c in asking
    ]


def answered_in_parts(question: str, clauses: list[str], answer: Callable[[str], Answer]) -> Answer | None:
    """The clauses' answers joined, each sentence cited once; None when no clause is answered
    (the whole question then goes through the usual checks, and their decline)."""
    answers = [(clause, answer(clause)) for clause in clauses]
    answered = [a for _, a in answers if a.answered]
    if not answered:
        return None
    citations: list[Citation] = []
    for a in answered:
        for citation in a.citations:
            if not any(
                (c.report_id, c.start, c.end) == (citation.report_id, citation.start, citation.end)
                for c in citations
            ):
                citations.append(citation)
    lines = [
        f"{district_label(c.district, c.report_id)}（{c.year or '年份不详'}）：{c.text}[{i}]"
        for i, c in enumerate(citations, 1)
    ]
    # The lines are the cited sentences, whichever way a clause was answered (the indicator
    # table's figures too): one notice says so; a correction or a plan notice is kept.
    notices = [QUOTED_NOTICE] + [a.notice for a in answered if a.notice not in _PLAIN_NOTICES]
    notices += [f"问题中“{clause.rstrip('？')}”一问：{a.notice}" for clause, a in answers if not a.answered]
    notes = list(dict.fromkeys(n for _, a in answers for n in a.notes if not n.startswith(INDICATOR_NOTE)))
    return Answer(
        question,
        "\n".join(notes + lines),
        "extractive",
        True,
        False,
        citations,
        notes=notes,
        evidence=max(a.evidence for a in answered),
        notice="；".join(dict.fromkeys(n.rstrip("。") for n in notices)) + "。",
    )
