"""Sentence boundaries in Chinese report text (used for passages, sentence scoring and answers)."""

from __future__ import annotations

import re

# A sentence ends at 。！？； (with any closing quotes or brackets after it) or at a line end.
SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
MIN_SENTENCE_CHARS = 6  # shorter pieces ("一、", a lone date) carry no meaning of their own


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], whitespace trimmed, empty ones dropped."""
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        spans.append(_trim(text, pos, m.end()))
        pos = m.end()
    spans.append(_trim(text, pos, end))
    return [(s, e) for s, e in spans if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
