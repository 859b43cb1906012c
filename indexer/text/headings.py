"""Heading markers used in Chinese government reports, and how to read their ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = "〇一二三四五六七八九十"

# Each style is a family of equivalent markers; the section parser decides how they nest.
_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn-comma", re.compile(r"([一二三四五六七八九十]{1,3})\s*、")),
    ("paren-cn", re.compile(r"[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*")),
    ("paren-num", re.compile(r"[（(]\s*(\d{1,2})\s*[）)]\s*")),
    ("num-dot", re.compile(r"(\d{1,2})\s*[.．、](?![\d.．])\s*")),
    ("cn-shi", re.compile(r"([一二三四五六七八九十]{1,2})是")),
)

# Styles whose ordinals run on from each other: a report that starts a list with （1）
# sometimes continues it with （二）.
STYLE_FAMILY = {
    "cn-comma": "cn-comma",
    "paren-cn": "paren",
    "paren-num": "paren",
    "num-dot": "num",
    "cn-shi": "shi",
}


@dataclass(frozen=True)
class Marker:
    style: str
    ordinal: int
    text: str  # the marker as written, without trailing spaces
    length: int  # characters consumed, including spaces after it


def cn_to_int(numeral: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return CN_DIGITS.index(numeral)
    tens, _, units = numeral.partition("十")
    return (CN_DIGITS.index(tens) if tens else 1) * 10 + (CN_DIGITS.index(units) if units else 0)


def match_marker(line: str, pos: int = 0) -> Marker | None:
    """The heading marker at `pos` of `line`, if there is one."""
    for style, pattern in _STYLES:
        m = pattern.match(line, pos)
        if m:
            return Marker(style, cn_to_int(m.group(1)), m.group(0).strip(), m.end() - pos)
    return None


def starts_with_marker(line: str) -> bool:
    return match_marker(line.lstrip()) is not None
