"""A declined answer: the notice saying why, in words true of the reports, and the closest
passages marked as not the answer."""

from __future__ import annotations

import re

from indexer.answers import slots
from indexer.answers.answer_types import Answer
from indexer.answers.evidence import Verdict
from indexer.answers.question import Question
from indexer.answers.terms import in_quotes
from indexer.records import Hit

CLOSEST_PASSAGES = 5
_SHARE_ASKED = re.compile(r"比例|百分之|百分比|占比|几成|比率|占[^，,。？?]{0,8}(?:多少|几)")


def declined_by_evidence(
    question: str,
    closest: list[Hit],
    notes: list[str],
    grouped: bool,
    verdict: Verdict,
    asked: Question,
    evidence: float | None = None,
    notice: str | None = None,
) -> Answer:
    """Declined for what the evidence check found missing; `notice`, when given, says it better
    (which other reports speak of the subject)."""
    if notice is None and not verdict.supported and verdict.caveat:  # the check said why itself
        notice = verdict.caveat
    elif notice is None and verdict.missing_slot:
        notice = f"报告谈到了相关内容，但没有写明所问的{slots.WHAT[verdict.missing_slot]}。"
    elif notice is None and verdict.reason == "no_figure":
        what = f"“{''.join(asked.modifiers)}{asked.target}”的" if asked.target else "所问的"
        kinds = asked.asked.kinds if asked.asked else ()
        # 立案的比例, 占百分之几: the counts may be there, the share is not (增长了多少 may ask either)
        if kinds == ("percent",) and _SHARE_ASKED.search(question):
            notice = f"报告提到了相关工作，但没有写出{what}比例（百分数）。"
        else:
            figure = "排名" if kinds == ("rank",) else "具体数字"
            notice = f"报告提到了相关工作，但没有给出{what}{figure}。"
    elif notice is None and verdict.uncovered:
        # "No content on X" only of words no report writes; of others, what is true: the
        # sentences found do not word them (信访 is in no report, 收到 is in many).
        never = [t for t in verdict.uncovered if t in asked.check.unknown]
        if never:
            notice = f"报告中没有关于{in_quotes(never[:3], question)}的内容。"
        else:
            notice = f"报告中没有找到回答这个问题的句子：找到的句子没有写到{in_quotes(verdict.uncovered[:3], question)}。"
    elif notice is None:
        notice = "报告中没有找到能回答这个问题的内容。"
    score = verdict.best_score if evidence is None else evidence
    return declined(question, closest[:CLOSEST_PASSAGES], notes, grouped, score, verdict.reason, notice)


def declined(
    question: str,
    closest: list[Hit],
    notes: list[str],
    grouped: bool,
    evidence: float,
    reason: str,
    notice: str,
) -> Answer:
    lines = [*notes] if reason == "unknown_district" else [*notes, notice]
    if closest:
        lines.append("以下是最接近的段落，仅供参考，不是答案。")
    return Answer(
        question,
        "\n".join(dict.fromkeys(lines)),
        "extractive",
        False,
        grouped,
        [],
        closest=closest,
        notes=notes,
        evidence=evidence,
        reason=reason,
        notice=notice,
    )
