"""Raw report text -> cleaned text: conversion artifacts removed, broken lines rejoined.

Everything downstream (sections, passages, citations) indexes into the cleaned text, so
this is the one place that changes characters.
"""

from __future__ import annotations

import re

from indexer.text.headings import starts_with_marker

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
# Page numbers as Word/PDF exports print them: "— - 1 - —", "- 3 -", "—12—", "第 3 页", "第3页 共9页".
_PAGE_NUMBER_LINE = re.compile(
    r"^[\s—–\-－―]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?)[\s—–\-－―]*$"
)
# Markdown bold from a docx->markdown export. Anonymisation also uses asterisks for a masked
# figure or name ("企业**家", "事项***项", "**区", "《***自治区"), and a quote must keep those.
# A pair of ** (not part of ***, not glued to a 区/市/县 placeholder) is bold when what it wraps
# ends a clause ("**完善制度。**"), or when it opens and closes on a phrase edge
# ("。**建立数据库**，"); two masks in one clause ("企业**家，…行为**项") are neither.
_STARRED = re.compile(r"(?<!\*)\*\*(?![*区市县省镇街局])([^*\n]{3,40}?)\*\*(?!\*)")
_CLAUSE_END = "。．！？；：!?;:"
_PHRASE_EDGE = _CLAUSE_END + "，、,.“”‘’《》（）()【】 "
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’《》〔〕【】—…·"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) +| +(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002\u2003\u2009]+")
# A line that ends like this closes a sentence; anything else was cut by a line or page end.
_SENTENCE_END = tuple("。．｡！？；：!?;:”’）)》")
_BODY_PUNCTUATION = re.compile(r"[，。．｡、；,;]")


def clean_text(raw: str) -> str:
    """Return the cleaned text of a report; lines are paragraphs, joined by newlines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\ufeff", "")
    text = _BOOKMARK.sub("", text)
    lines = []
    for line in text.split("\n"):
        line = _normalise_spaces(line)
        if not line or _PAGE_NUMBER_LINE.match(line):
            continue
        lines.append(_without_bold(line))
    return "\n".join(_rejoin_broken_lines(lines))


def _without_bold(line: str) -> str:
    def unwrapped(match: re.Match) -> str:
        before = line[match.start() - 1] if match.start() else " "
        after = line[match.end()] if match.end() < len(line) else " "
        inner = match.group(1)
        if inner[-1] in _CLAUSE_END or (before in _PHRASE_EDGE and after in _PHRASE_EDGE):
            return inner
        return match.group(0)

    return _STARRED.sub(unwrapped, line)


def _normalise_spaces(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    return _SPACE_NEAR_CJK.sub("", line)


def _rejoin_broken_lines(lines: list[str]) -> list[str]:
    """Glue a line to the next when a page or line break cut it mid-sentence."""
    out: list[str] = []
    for line in lines:
        if out and _is_cut(out[-1]) and not starts_with_marker(line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _is_cut(line: str) -> bool:
    if line.endswith(_SENTENCE_END):
        return False
    if starts_with_marker(line):
        # "（二）加强组织领导，统筹推进……" alone on its line is a heading, not a cut sentence;
        # a heading followed by body text ("（三）带头落实决策程序。始终坚持……") can be cut.
        return "。" in line or "．" in line
    # Titles, addressees and signatures carry no sentence punctuation.
    return bool(_BODY_PUNCTUATION.search(line))
