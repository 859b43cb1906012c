"""The items a report lists under a heading (（8）加大宣传教育力度…。一是…。二是…。三是…), all
of them or one by its place (第三项是什么).

Asked which measures a numbered paragraph lists, `ask` quoted its opening sentence, the
heading, which names none of them; asked for the third, it declined for want of 第三项. The
report's own 一是/二是/三是 mark the items: each is cited by its first sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers.answer_types import Citation
from indexer.errors import UnknownIdError
from indexer.text.normalize import normalize_for_matching

_ORDINALS = "一二三四五六七八九十"
# Asking what a heading lists (下面列了哪些措施, 包括哪些方面) ...
_ASKS_LIST = re.compile(
    r"(?:列了|列出|列有|包括|包含|分为|有)(?:哪些|哪几|什么|几)(?:项|条|个|点|方面)?(?:措施|举措|做法|方面|内容|工作|体系|制度)?"
)
# ... or one of them by its place (第三项是什么, 第二个体系是什么).
_ASKS_PLACE = re.compile(rf"第([{_ORDINALS}\d])(?:项|条|个|点|方面)")
_HEADING_LENGTH = 40
# How far after a heading its items may run, and a line opening another numbered heading.
_REACH = 3000
_NUMBERED_LINE = re.compile(
    r"\n\s*(?:[（(]?\d+[)）.．、]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)"
)
# Where an item's first sentence ends.
_SENTENCE_END = re.compile(r"[。；;！!]")


def asked_place(question: str) -> int | None:
    """The place of the item asked (第三项 -> 3), 0 when all are asked, None when none is."""
    text = normalize_for_matching(question)
    place = _ASKS_PLACE.search(text)
    if place is not None:
        number = place.group(1)
        return int(number) if number.isdigit() else _ORDINALS.index(number) + 1
    return 0 if _ASKS_LIST.search(text) else None


def items_listed(searcher, heading: Citation) -> list[Citation]:
    """The first sentence of each item its paragraph lists after the heading (一是…, 二是…), in
    order; [] when the paragraph lists none right after it."""
    text = searcher.cleaned_text(heading.report_id)
    limit = min(len(text), heading.end + _REACH)
    items, at = [], heading.end
    for place, ordinal in enumerate(_ORDINALS, 1):
        found = text.find(f"{ordinal}是", at, limit)
        if found < 0:
            break
        between = text[at:found]
        # the first item starts right after the heading, on its line or the next; a later one
        # in the item before it, or at the start of a line, before any other numbered heading
        if place == 1 and between.strip():
            break
        if "\n" in between and (text[found - 1] != "\n" or _NUMBERED_LINE.search(between)):
            break
        line_end = text.find("\n", found)
        stop = _SENTENCE_END.search(text, found, line_end if line_end >= 0 else len(text))
        item_end = stop.end() if stop else (line_end if line_end >= 0 else len(text))
        cited = _cited(searcher, heading, text[found:item_end], found)
        if cited is None:
            break
        items.append(cited)
        at = item_end
    return items


def _cited(searcher, heading: Citation, sentence: str, start: int) -> Citation | None:
    """The sentence as a citation of the passage holding it: the heading's, or one after it."""
    prefix, _, number = heading.passage_id.rpartition("-p")
    if not number.isdigit():
        return None
    for step in range(4):
        passage_id = f"{prefix}-p{int(number) + step:0{len(number)}d}"
        try:
            passage = searcher.passage(passage_id)
        except UnknownIdError:
            return None
        if passage.start <= start and start + len(sentence) <= passage.end:
            return replace(
                heading, passage_id=passage_id, text=sentence, start=start, end=start + len(sentence)
            )
    return None


def as_listing(question: str) -> str:
    """The question asking for all the items instead of one by its place (第三项是什么 -> 有哪些),
    to find the heading by; its other words are kept."""
    text = normalize_for_matching(question)
    return _ASKS_PLACE.sub(
        "",
        re.sub(
            rf"[，,]?第[{_ORDINALS}\d](?:项|条|个|点|方面)(?:[\u4e00-\u9fff]{{0,4}}?)(?:是什么|是啥|是哪个|是哪项|指什么)",
            "，列了哪些",
            text,
        ),
    )


def with_items(searcher, answer, place: int):
    """The answer with the items its heading lists (all, or the one at `place`) after the
    heading, or None when its lead sentence lists none or fewer than `place`."""
    if not answer.answered or answer.grouped_by_district or not answer.citations:
        return None
    # the first quoted sentence that heads a list (the lead may be an item of another list);
    # a heading is short: a long sentence followed by 一是 is work of its own
    for heading in (c for c in answer.citations if len(c.text) <= _HEADING_LENGTH):
        items = items_listed(searcher, heading)
        if items:
            break
    else:
        return None
    if place > len(items):
        return None
    chosen = items if place == 0 else [items[place - 1]]
    # No count is said: a list may go on unmarked (四加强… after 三是).
    said = "报告在这一段用“一是、二是……”逐项列出" + (f"，以下是第{place}项" if place else "，以下是各项")
    return heading, chosen, said
