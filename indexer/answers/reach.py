"""How far a first or a ranking reaches: 全国率先 is not 在全市率先.

Asked whether a district was the first in the country (全国第一个建成…的吗) to build a system, `ask`
quoted the sentence saying it was the first in its city (在全市率先建成…) as the answer; a chatbot
reads that as a yes. When the question claims a
first, a lead or a place over one reach and the cited sentences claim it over another only,
the answer says so.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# Reaches, narrowest last; 全区 of a district report is the district itself.
_REACH = r"全国|全省|全市|全区|全县|全行业|全系统|国内|省内|市内"
# What a reach measures: being first or ahead (率先, 首个, 第一, 位列前茅).
_FIRST = r"率先|首个|首家|首批|首创|首次|第一|领先|最早|唯一|前列|前茅|第[一二三四五六七八九十\d]+名?"
# Reach and claim within one phrase, in either order (全国率先, 在全国…第一个, 位列全市第一).
_CLAIM = re.compile(
    rf"(?P<reach>{_REACH})[^，。；;！!？?]{{0,8}}?(?:{_FIRST})|(?:{_FIRST})[^，。；;！!？?]{{0,3}}?(?P<after>{_REACH})"
)


def _reaches(text: str) -> set[str]:
    return {m.group("reach") or m.group("after") for m in _CLAIM.finditer(normalize_for_matching(text))}


def reach_notice(question: str, texts: list[str]) -> str:
    """The notice of an answer whose sentences claim a first or a place over another reach than
    the question does; "" when they claim it over the same one, or the question claims none."""
    asked = _reaches(question)
    if not asked:
        return ""
    said = set().union(*(_reaches(t) for t in texts)) if texts else set()
    if not said or asked & said:
        return ""
    return (
        f"报告写的是在“{'”“'.join(sorted(said))}”范围内，不是问题所说的“{'”“'.join(sorted(asked))}”；"
        "以下是报告原句。"
    )
