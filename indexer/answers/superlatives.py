"""Which district has the most of something: asked of reports that each record only their own.

No report ranks the districts, and their figures differ in period and scope, so "哪个区罚款最
多" is answered as "各区罚款多少": each district's stated figure with its sentence, the
districts that state none named as such, and a notice that the reports themselves do not
compare. Answered as a topic instead, it listed whichever districts mention the subject at all
(哪个区执法人员最多 listed five reports, none with a head count) or only the one that gives a
figure, as if it were the largest.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# A which-district word, then (within the clause) a superlative of amount. Not 最多可罚 (at
# most): the superlative must close the clause or be followed by its question particle.
_WHICH_DISTRICT = r"(?:哪个区|哪一个区|哪些区|哪个地方|几个区(?:中|里|当中)?|各区(?:中|里|之间|当中))"
_SUPERLATIVE = re.compile(
    _WHICH_DISTRICT
    + r"([^，。？?！!；;]{0,24}?)(?:的)?(?:数量|数目|次数|人数)?(最多|最少|最高|最低|最大|最小)(?=[？?。！!，,呢啊]|$)"
)
_SUPERLATIVE_WORDS = re.compile(r"(?:的)?(最多|最少|最高|最低|最大|最小)(?=[？?。！!，,呢啊]|$)")

NOTICE = "各区报告只记述本区的数字，口径和时间不尽相同，报告本身没有比较哪个区最多或最少；以下列出各区报告写明的数字，供自行比较"


def as_each_district(question: str) -> str | None:
    """The question asked of each district (哪个区移送人数最多 -> 各区移送人数是多少), or None
    when it asks no superlative of amount across districts."""
    text = normalize_for_matching(question)
    match = _SUPERLATIVE.search(text)
    if not match:
        return None
    subject = re.sub(_WHICH_DISTRICT, "", match.group(1)).strip("的 ")
    if not subject:
        return None
    rest = _SUPERLATIVE_WORDS.sub("是多少", text[match.end(1) :], count=1)
    return "各区" + subject + rest
