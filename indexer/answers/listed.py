"""A list the question gives with an item the report's list leaves out (围绕监测预警、值班调度、
处置救援、恢复重建四个方面, where the report lists the first three): the sentence holding the
report's list answers the rest, and a chatbot repeating it under the plain notice would confirm
the added item, or the count that comes with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.terms import is_verb
from indexer.text.normalize import normalize_for_matching

_CLAUSE = re.compile(r"[，,。；;？?！!：:]")
# Where a list's last item ends: 等 or a count of the items (…恢复重建四个方面, …检察院等部门).
_TAIL = re.compile(
    r"等(?:部门|单位|方面|领域|事项|内容)?|[\d一二两三四五六七八九十]+\s*[个项类种条家支大][\u4e00-\u9fff]{0,2}"
)
# The last two items joined by a word, not 、 (检察院和法院).
_LAST_JOINED = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:以及|和|及|与)([\u4e00-\u9fff]{2,})$")
_ASKING = re.compile(r"哪|什么|啥|几|多少|怎么|如何")
_SHARED_AT_LEAST = 2
_ITEM_LONGEST = 8  # a longer run is a clause that runs on, not an item
_ITEM_WHOLE = 4
_BODY_END = re.compile(r"(?:局|院|委|办|会|队|站|所|中心|部门|单位)$")


class _Listing:
    """One clause's list: its items, what follows its last item (四个方面), and where it is."""

    def __init__(self, clause: str) -> None:
        parts = clause.split("、")
        tail = _TAIL.search(parts[-1], 2)
        self.tail = tail.group(0) if tail else ""
        last = parts[-1][: tail.start()] if tail else _item_before_doing(parts[-1])
        # A last item running on with no end found (防震编了哪些预案) is not said to be added.
        self.last_closed = bool(tail) or len(last) <= _ITEM_WHOLE or last != parts[-1]
        joined = _LAST_JOINED.match(last)
        self.end = len(clause) - len(parts[-1]) + (tail.end() if tail else len(last))
        self.first = parts[0]
        # quotes around a listed name («两委、十一办、四指») are no part of its items
        self.items = [_bare(i) for i in (*parts[1:-1], *(joined.groups() if joined else (last,)))]
        self.clause = clause


def _bare(item: str) -> str:
    """The item without quotes around it or a question's particle after it (检察吗)."""
    item = re.sub(r"^[^\u4e00-\u9fff\d]+|[^\u4e00-\u9fff\d]+$", "", item)
    return re.sub(r"[吗吧呢啊呀么]+$", "", item)


def _item_before_doing(words: str) -> str:
    """A last item with nothing closing the list runs into what is done with it (区法院调查事故):
    the words before the first verb after its own two characters, before 的 or a quote; items
    of four or fewer characters are whole (恢复重建)."""
    if "的" in words[2:]:  # 复杂的执法案件: the item is what 的 describes the rest with
        return words[: words.index("的", 2)]
    quote_mark = re.search(r"[“「\"]", words[2:])
    if quote_mark:  # 刑事责任“三责同追”: a name given the list after it
        return words[: quote_mark.start() + 2]
    if len(words) <= _ITEM_WHOLE or _BODY_END.search(words):  # 区消防救援支队 is one name
        return words
    cut = next((i for i in range(2, len(words) - 1) if is_verb(words[i : i + 2])), len(words))
    return words[:cut]


def _listings(text: str) -> list[_Listing]:
    return [_Listing(c) for c in _CLAUSE.split(normalize_for_matching(text)) if c.count("、") >= 2]


def _span(listing: _Listing, start_item: str) -> str:
    """The list as written, from its first item's shared words through what follows its last."""
    start = listing.clause.find(start_item) if start_item else 0
    return listing.clause[start : listing.end]


def _core(item: str, items: list[str]) -> str:
    """The item without what every item listed shares at its ends (区 of 区法院、区检察院; 责任
    of 民事责任、党纪责任): what tells it from the others."""
    ends = [i for i in items if i]
    start = len(_common_start(ends)) if len(ends) > 1 else 0
    stop = len(_common_end(ends)) if len(ends) > 1 else 0
    core = item[start : len(item) - stop]
    return core or item


def _common_start(words: list[str]) -> str:
    size = 0
    while all(len(w) > size and w[size] == words[0][size] for w in words):
        size += 1
    return words[0][:size]


def _common_end(words: list[str]) -> str:
    size = 0
    while all(len(w) > size and w[-1 - size] == words[0][-1 - size] for w in words):
        size += 1
    return words[0][len(words[0]) - size :]


def _reworded(core: str, clause: str) -> bool:
    """Whether the written list words the item otherwise (区检察院 in 区人民检察院, 村社区 in 村(社区)):
    a pair of its characters, or its one character, is there."""
    if len(core) == 1:
        return core in clause
    return any(core[i : i + 2] in clause for i in range(len(core) - 1))


def _as_written(item: str, written: _Listing) -> str:
    """The item as the written list has it when the asked one runs on from it (防震编了 of 防震)."""
    return next((w for w in written.items if len(w) >= 2 and item.startswith(w)), item)


def added_item_notice(question: str, texts: list[str], unsaid: Callable[[str], bool]) -> str:
    """The notice when the question lists things of which a quoted sentence lists at least two,
    and adds one no quoted sentence writes and `unsaid` finds nowhere in the report; "" for any
    other."""
    quoted_text = normalize_for_matching("".join(texts))
    written_lists = [w for text in texts for w in _listings(text)]
    for asked in _listings(question):
        for written in written_lists:
            items = [_as_written(i, written) for i in asked.items]
            shared = [i for i in items if i in written.clause]
            first = _common_end([asked.first, written.first])
            if len(shared) + (len(first) >= 2) < _SHARED_AT_LEAST:
                continue
            closed = items if asked.last_closed else items[:-1]
            added = [
                i
                for i in closed
                if 2 <= len(i) <= _ITEM_LONGEST
                and not _ASKING.search(i)  # 是哪两个委、哪四个指挥部: what is asked, no item claimed
                and i not in quoted_text
                and unsaid(i)
                and not _reworded(_core(i, items), written.clause)
            ]
            if not added:
                continue
            start = first if len(first) >= 2 else shared[0]
            asked_span = _span(asked, start if start in asked.clause else "")
            return (
                f"报告列的是“{_span(written, start)}”，不是问题所说的“{asked_span}”："
                f"报告没有写到“{'”“'.join(added)}”；以下是报告原句。"
            )
    return ""
