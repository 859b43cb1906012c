"""A figure asked of one group that the report gives only for several together (对5名个人，13家
企业共计罚款72.8万元, asked how much the five people were fined).

The sentence writes the group the question names and a figure of the kind asked, so it passed
every check and was quoted under a plain notice: a chatbot would give the joint total as the
group's. The answer says the report gives the total only.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.stated_figures import as_written
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral

# After the group the question names: another group, then a word of summing before the figure
# (5名个人，13家企业共计罚款; 3人和2家单位合计).
_ANOTHER_THEN_SUM = re.compile(
    r"^[^，,、；;。和及与]{0,8}[，,、和及与]\s*(?P<other>\d+(?:\.\d+)?)\s*[^\d，,。；;]{1,8}?(?:共计|合计|总计|一共|共)"
)


# ... or the group asked comes second (5名个人，13家企业共计罚款, asked of the firms).
_ANOTHER_BEFORE = re.compile(r"(?P<other>\d+(?:\.\d+)?)\s*[^\d，,。；;]{1,8}[，,、和及与]\s*$")
_SUM_AFTER = re.compile(r"^[^，,、；;。和及与]{0,8}?(?:共计|合计|总计|一共|共)")


def joint_total_notice(question: str, figures: tuple[Numeral, ...], citations: list[Citation]) -> str:
    """The notice that the cited sentence sums the asked group with another; "" when it does not.
    Both groups asked (对5名个人和13家企业共计罚了多少): the total is the answer."""
    for figure in figures:
        written = as_written(question, figure)
        for citation in citations:
            text = normalize_for_matching(citation.text)
            shown = citation.text if len(citation.text) == len(text) else text
            at = text.find(written)
            if at < 0:
                continue
            end = at + len(written)
            after = _ANOTHER_THEN_SUM.match(text[end:])
            summed = _SUM_AFTER.match(text[end:])
            before = _ANOTHER_BEFORE.search(text[:at]) if summed else None
            joined = after or before
            if joined is None or any(f.value == float(joined["other"]) for f in figures):
                continue
            start = before.start() if before else at
            stop = end + (after.end() if after else summed.end())
            return f"报告写的是“{shown[start:stop]}”，是几项合在一起的总数，没有单独写出“{written}”的数字。"
    return ""
