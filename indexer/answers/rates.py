"""A rate asked for (人均办了多少案子, 平均每家企业罚了多少): only a sentence stating a rate
answers it. A report's total (全年立案查处15起) is another figure, and a chatbot repeating it as
the per-person number says something the report does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.terms import words_as_word
from indexer.text.normalize import normalize_for_matching

# Per person, per firm, per case, on average; not 每年 / 每月 / 每季度, which ask how often, and
# which a year's total answers.
# Nor 每个数字 of a name's digits (252机制每个数字代表多少人): what each part of it says.
_RATE = re.compile(
    r"人均|平均|户均|场均|家均|每(?:人|名|位|家|户|个(?!数字|数|字|部分|方面|环节)|起|件|场|次)"
)


def asked_rate(question: str) -> str | None:
    """The rate word of a question asking a rate, or None."""
    found = _RATE.search(normalize_for_matching(question))
    return found.group() if found else None


def states_rate(sentence: str, segment: Callable[[str], list[str]]) -> bool:
    """Whether the sentence states a rate: a rate word that is a word of the sentence, not
    characters across two (负责人均出庭 is 负责人 + 均, no 人均)."""
    text = normalize_for_matching(sentence)
    return any(words_as_word(frozenset({m.group()}), text, segment) for m in _RATE.finditer(text))
