"""Sentence boundaries in Chinese report text (used for passages, sentence scoring and answers)."""

from __future__ import annotations

import re
from itertools import pairwise

# A sentence ends at 。！？； (with any closing quotes or brackets after it) or at a line end.
# ．(U+FF0E) and ｡ end sentences in some conversions, except as a decimal point (７２．８).
SENTENCE_END = re.compile(
    r"(?:[。｡！？!?；;﹗﹖﹔]|(?<![0-9０-９])[．﹒]|[．﹒](?![0-9０-９]))+[”’」』）)]*|\n"
)
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


# Clauses end at commas and colons: a long report sentence lists several measures, and a
# question often matches one of them ("一案双查" inside a sentence about penalties and referrals).
CLAUSE_END = re.compile(r"[，,：:]")
MIN_CLAUSE_CHARS = 6  # a shorter clause ("同时，") joins the next one


def clause_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clauses of every sentence of several clauses, and each pair of adjacent clauses.

    Single clauses are precise; a pair keeps what one clause refers back to. A sentence of
    one clause yields nothing, and one of two clauses no pair: the sentence itself is a piece.
    """
    spans: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, start, end):
        clauses = _clauses(text, s, e)
        if len(clauses) < 2:
            continue
        spans += clauses
        if len(clauses) > 2:  # two clauses paired would be the sentence itself
            spans += [(first[0], second[1]) for first, second in pairwise(clauses)]
    return spans


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    clauses: list[tuple[int, int]] = []
    pos = start
    for m in CLAUSE_END.finditer(text, start, end):
        if m.start() - pos >= MIN_CLAUSE_CHARS:
            clauses.append(_trim(text, pos, m.start()))
            pos = m.end()
    if clauses and end - pos < MIN_CLAUSE_CHARS:
        clauses[-1] = _trim(text, clauses[-1][0], end)  # a short tail belongs to the clause before it
    elif pos < end:
        clauses.append(_trim(text, pos, end))
    return [(s, e) for s, e in clauses if e > s]
