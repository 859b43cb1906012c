"""A mechanism named by a formula of counts (“1+4+N”预案体系, “3+8”制度支撑体系) that the question
writes otherwise (1+3+N): the sentence writing the report's formula is the answer, said as a
correction; quoted as asked, it would read as a yes."""

from __future__ import annotations

from indexer.answers.answer_types import Citation
from indexer.answers.quoted import formulas_in


def other_formula(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentences writing a formula of as many parts as the question's, none of them the
    question's own (case aside), and the notice; None when a sentence writes the asked one."""
    asked = formulas_in(question)
    if not asked:
        return None
    claimed = asked[0]
    parts = claimed.count("+")
    stating, said = [], []
    for citation in citations:
        written = formulas_in(citation.text)
        if any(w.lower() == claimed.lower() for w in written):
            return None
        alike = [w for w in written if w.count("+") == parts]
        if alike:
            stating.append(citation)
            said += alike
    if not stating:
        return None
    return stating, f"报告写的是“{'、'.join(dict.fromkeys(said))}”，不是问题所说的“{claimed}”"
