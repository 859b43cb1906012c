"""Two things and their figures stated "respectively" (生产安全事故和死亡人数较2022年分别下降
25%、27.8%): which of the two a question's share is said of.

A question giving the deaths 25% writes a value the sentence holds, so the figure checks passed
it, and a question giving them 27.8% was read against the 下降 right before 25%. Each share is
the thing's in the order the sentence names them.
"""

from __future__ import annotations

import re

from indexer.text.numbers import Numeral

# Two things and their figures "respectively" (生产安全事故和死亡人数较上年分别下降25%、27.8%).
RESPECTIVELY = re.compile(
    r"(?P<a>[^，,。；;、和与及]{2,14}?)(?:和|与|及|、)(?P<b>[^，,。；;、和与及\d]{2,10}?)"
    r"(?P<mid>(?:较|比|同比|与|相比)[^，,。；;、]{0,10}?)?分别(?P<verb>[^，,。；;、\d]{0,6})"
    r"(?P<x>\d+(?:\.\d+)?[%％]?[^\d、，,。；;]{0,2})、(?P<y>\d+(?:\.\d+)?[%％]?[^\d、，,。；;]{0,2})"
)


# What a share's change is said of in a question: the words before its comparison and change
# (安全事故死亡人数比上年下降了25%: …死亡人数).
_COMPARED_TAIL = re.compile(
    r"(?:(?:比|较|与|同比|相比)[^，,。；;\u4e00-\u9fff]*[\u4e00-\u9fff]{0,3}?)?"
    r"(?:下降|增长|上升|减少|降低|提高|增加|提升|降|涨|增|减|少|多)了?(?:约|近)?$"
)
OWN, OTHER = "own", "other"


def respective_owner(asked: str, figure: Numeral, respective: re.Match[str]) -> str | None:
    """Whether the thing a question gives a share (死亡人数下降了25%) is the one a sentence
    states it of "respectively" (生产安全事故和死亡人数分别下降25%、27.8%): OWN, OTHER, or None
    when the share is not one of the two or the question's thing is neither. The thing is the
    question's end before its comparison: a compound (安全事故死亡人数) names both things'
    words, its head only one."""
    values = [_percent_value(respective[name]) for name in ("x", "y")]
    if figure.value not in values or values[0] == values[1]:
        return None
    things = [respective["a"], respective["b"]]
    own = values.index(figure.value)
    # The question stating both "respectively" too (起数、死亡人数分别降了25%、27.8%): each
    # figure is its own thing's, in the question's order.
    paired = RESPECTIVELY.search(asked)
    if paired is not None and paired.start("x") <= figure.start < paired.end("y"):
        asked_thing = paired["a"] if figure.start < paired.end("x") else paired["b"]
        head = _head(asked_thing, things)
        if head and (head in things[own]) != (head in things[1 - own]):
            return OWN if head in things[own] else OTHER
    tail = _COMPARED_TAIL.search(asked[: figure.start])
    if tail is None:
        return None
    head = _head(asked[: tail.start()], things)
    if not head or (head in things[own]) == (head in things[1 - own]):
        return None
    return OWN if head in things[own] else OTHER


def _head(before: str, things: list[str]) -> str:
    """The longest end (two to four characters) of the question's words before its comparison
    that one of the things writes: 死亡人数 of 安全事故死亡人数, 事故 of 该区去年的事故."""
    words = re.sub(r"(?:19|20)\d{2}年度?|的", "", before)
    run = re.search(r"[\u4e00-\u9fff]+$", words)
    if run is None:
        return ""
    # 事故起数 is what a report calls 事故: the count's word may go.
    for phrase in dict.fromkeys([run.group(0), _COUNT_WORD.sub("", run.group(0))]):
        for size in (4, 3, 2):
            if len(phrase) >= size and any(phrase[-size:] in t for t in things):
                return phrase[-size:]
    return ""


_COUNT_WORD = re.compile(r"(?:起数|件数|次数|数量|总数)$")


def _percent_value(written: str) -> float | None:
    number = re.match(r"\d+(?:\.\d+)?", written)
    return float(number.group(0)) if number and re.search(r"[%％]", written) else None
