"""A thing claimed copied or not the first (不是全市第一个吧, 跟风而已, 抄别的区的) where the quoted
sentence writes the district did it first (在全市率先建成“工贸安全在线”): the sentence passes the
evidence check on the thing's name, and under the plain notice a chatbot repeating it would
agree that the district only followed.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching

# Not first, or taken from others: 不是第一个, 不是首个, 跟风, 抄别的区, 照搬, 人家早有了.
_CLAIMED_FOLLOWING = re.compile(
    r"(?<!是)不是(?:全市|全国|全区|全省)?(?:第一个|第一家|首个|首家|率先|最早)"
    r"|跟风|照搬|照抄|抄袭|抄(?:了|来|的)?(?:别的?区|别人|人家|其他区)|抄来的|(?:跟着|学的|学了)别的?区|(?:人家|别的区|别人|其他区)(?:早|早就|早都)有"
)
# Where a report says it did it first.
_FIRST = re.compile(r"率先|首个|首家|第一个|第一家|首创|全市首|全国首")
_CLAUSE = re.compile(r"[，,。；;]")


def first_after_all(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the district did it first, and the correction; None when the
    question claims no following or no quoted sentence writes a first."""
    claimed = _CLAIMED_FOLLOWING.search(normalize_for_matching(question))
    if claimed is None:
        return None
    for citation in citations:
        text = normalize_for_matching(citation.text)
        first = _FIRST.search(text)
        if first is None:
            continue
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, first.start())), default=0)
        end = _CLAUSE.search(text, first.end())
        clause = text[start : end.start() if end else len(text)]
        clause = re.sub(r"^[一二三四五六七八九十]+是", "", clause)
        return [citation], f"报告写的是“{clause}”，不是问题所说的“{claimed.group(0)}”"
    return None
