"""A name the question puts in quotation marks (“沙小安”, 《应急侠》) is what it asks about: only
a sentence writing that name answers it. Without this, a which-district question listed, beside
the district that named its brand, another whose sentences only share 宣传 and 品牌 with it.
"""

from __future__ import annotations

import re

from indexer.answers.terms import wordings, words_term
from indexer.text.normalize import normalize_for_matching

# Each opening mark with its own closing one; ASCII ' is left out (it is also an apostrophe).
# Longer than a name, a quoted run is a paraphrase the reports need not write verbatim.
_QUOTED = re.compile(
    r"“([^“”]{2,20})”|\"([^\"]{2,20})\"|「([^「」]{2,20})」|『([^『』]{2,20})』|《([^《》]{2,20})》|‘([^‘’]{2,20})’"
)
# Marks a quoted name may be written with or without (两委、十一办 or 两委十一办).
_MARKS = re.compile(r"[\s、，,·•・.。:：;；\-—_/（）()]+")


def quoted_in(question: str) -> tuple[str, ...]:
    """The quoted names of the question, in order."""
    names = []
    for match in _QUOTED.finditer(normalize_for_matching(question)):
        name = next(g for g in match.groups() if g is not None).strip()
        if len(bare(name)) >= 2:
            names.append(name)
    return tuple(dict.fromkeys(names))


def writes(sentence: str, name: str, question: str) -> bool:
    """Whether the sentence writes the name, its marks aside, or a wording of it."""
    text = normalize_for_matching(sentence)
    return bare(name) in bare(text) or words_term(wordings(name, question), text)


def bare(text: str) -> str:
    """The text without the marks a name may be written with or without."""
    return _MARKS.sub("", text)
