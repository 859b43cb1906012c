"""A span of years a question gives (普查了2019年至2021年间办结的案卷) against the span the quoted
sentence writes (2020年1月1日至2022年12月31日): the sentence was quoted under a plain notice, and
a chatbot kept the question's years.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

_SPAN = re.compile(
    r"(?P<first>(?:19|20)\d{2})\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*(?:至|到|—|–|-|~|～)\s*"
    r"(?P<last>(?:19|20)\d{2})\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?"
)


def span_notice(question: str, sentence: str) -> str:
    """The correction when the sentence's one span of years starts or ends in another year than
    the question's; "" when either writes no span, the sentence several, or the years agree."""
    asked = _SPAN.search(normalize_for_matching(question))
    written = list(_SPAN.finditer(normalize_for_matching(sentence)))
    if asked is None or len(written) != 1:
        return ""
    if (asked["first"], asked["last"]) == (written[0]["first"], written[0]["last"]):
        return ""
    return f"报告写的是“{written[0].group(0)}”，不是问题所说的“{asked.group(0)}”"
