"""Query-side levers that need no index: plain-language expansion, the query's shape,
its clauses, Rocchio feedback and interleaving per district.

Each is a pure function so it can be tested and cross-validated on its own; the search
decides which to apply (indexer/evaluation/levers.py measures them).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from indexer.text import plain_words
from indexer.text.normalize import normalize_for_matching


@lru_cache(maxsize=2)
def thesaurus(
    files: tuple[str, ...] = (plain_words.EQUIVALENT, plain_words.SEARCH_ONLY),
) -> dict[str, tuple[str, ...]]:
    """Plain word -> the official terms a report writes for it: the equivalent wordings, then
    the pairs that only widen a search (indexer/text/plain_words.py); `files` picks which."""
    table: dict[str, list[str]] = {}
    for name in files:
        for plain, official in plain_words.pairs(name):
            table.setdefault(plain, []).append(official)
    return {plain: tuple(dict.fromkeys(officials)) for plain, officials in table.items()}


@lru_cache(maxsize=1)
def _shipped_ranks() -> dict[str, int]:
    """The shipped thesaurus's plain words ranked longest first: ranked once, not on every query
    (a search asks twice: the BM25 expansion and the dense rewordings)."""
    return _ranks(thesaurus())


def _ranks(table: dict[str, tuple[str, ...]]) -> dict[str, int]:
    return {word: i for i, word in enumerate(sorted(filter(None, table), key=len, reverse=True))}


def _lengths(ranks: dict[str, int]) -> tuple[int, ...]:
    return tuple(sorted({len(word) for word in ranks}, reverse=True))


@lru_cache(maxsize=1)
def _shipped_lengths() -> tuple[int, ...]:
    return _lengths(_shipped_ranks())


def plain_terms(
    query: str, table: dict[str, tuple[str, ...]] | None = None
) -> list[tuple[str, int, tuple[str, ...]]]:
    """(plain word, its offset in the normalised query, official terms) for each plain word of the query, longest first and
    not overlapping: 罚款太多 holds 罚款 once, not also 罚 inside it."""
    if table is None:
        table, ranks, lengths = thesaurus(), _shipped_ranks(), _shipped_lengths()
    else:
        ranks = _ranks(table)
        lengths = _lengths(ranks)
    text = normalize_for_matching(query)
    # The query's substrings are looked up, not each of the thesaurus's thousands of words
    # searched for in the query: a query is tens of characters, the thesaurus thousands of words.
    starts: dict[str, list[int]] = {}
    for start in range(len(text)):
        for length in lengths:
            word = text[start : start + length]
            if len(word) == length and word in ranks:
                starts.setdefault(word, []).append(start)
    taken = [False] * len(text)
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for plain in sorted(starts, key=ranks.__getitem__):
        for start in starts[plain]:
            end = start + len(plain)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(plain)
                found.append((start, plain, table[plain]))
                break
    return [(plain, start, officials) for start, plain, officials in sorted(found)]


def expansion_terms(query: str, table: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Official terms for the query's plain words that the query does not already contain."""
    text = normalize_for_matching(query)
    terms: list[str] = []
    for _, _, officials in plain_terms(query, table):
        terms += [o for o in officials if o not in text and o not in terms]
    return terms


def query_variants(query: str, table: dict[str, tuple[str, ...]] | None = None, limit: int = 3) -> list[str]:
    """The query rewritten in official words: each variant swaps every plain word for one of its
    official terms (the i-th, or the last when a word has fewer), so a model that has never seen
    the plain word reads the report's word in its place."""
    return [variant for variant, _ in query_rewordings(query, table, limit)]


def query_rewordings(
    query: str, table: dict[str, tuple[str, ...]] | None = None, limit: int = 3
) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each rewording of the query (query_variants) with the (plain, official) swaps it made."""
    text = normalize_for_matching(query)
    # A plain word whose official term the query already writes (复议 inside 行政复议) stays.
    found = [f for f in plain_terms(text, table) if not any(o in text for o in f[2])]
    if not found:
        return []
    variants: dict[str, tuple[tuple[str, str], ...]] = {}
    for i in range(min(limit, max(len(o) for _, _, o in found))):
        variant, shift, swaps = text, 0, []
        for plain, start, officials in found:
            at = start + shift
            official = officials[min(i, len(officials) - 1)]
            variant = variant[:at] + official + variant[at + len(plain) :]
            shift += len(official) - len(plain)
            swaps.append((plain, official))
        variants.setdefault(variant, tuple(swaps))
    return list(variants.items())


_QUESTION = re.compile(
    r"[?？吗呢]|(.)不\1|什么|怎么|怎样|如何|哪些|哪个|哪里|多少|几个|是否|有没有|为什么|能不能"
)
_CLAUSE_BREAK = re.compile(r"[，,。！!？?；;、\s]+")


def query_shape(query: str) -> str:
    """keyword (a few terms), question (asks something in few words) or conversational (a long
    sentence of everyday speech): the lexical side is worth less the further a query is from
    the report's own terse wording."""
    text = normalize_for_matching(query).strip()
    hanzi = len(re.findall(r"[\u4e00-\u9fff]", text))
    if not _QUESTION.search(text) and (hanzi <= 10 or re.search(r"\s", text) and hanzi <= 16):
        return "keyword"
    if hanzi <= 20:
        return "question"
    return "conversational"


def clauses(query: str, min_chars: int = 4) -> list[str]:
    """The query cut at its punctuation; a piece shorter than `min_chars` joins the next, since
    alone it carries no point (我想问, 就是)."""
    pieces = [p for p in _CLAUSE_BREAK.split(normalize_for_matching(query)) if p]
    merged: list[str] = []
    carry = ""
    for piece in pieces:
        carry += piece
        if len(carry) >= min_chars:
            merged.append(carry)
            carry = ""
    if carry:
        if merged:
            merged[-1] += carry
        else:
            merged.append(carry)
    return merged


def rocchio(query_vector: np.ndarray, feedback: np.ndarray, beta: float) -> np.ndarray:
    """The query vector moved towards the mean of the feedback passages' vectors, unit length again."""
    if beta <= 0 or len(feedback) == 0:
        return query_vector
    moved = np.asarray(query_vector, dtype=np.float32) + beta * np.asarray(feedback, dtype=np.float32).mean(
        axis=0
    )
    norm = float(np.linalg.norm(moved))
    return moved / norm if norm > 0 else query_vector


def interleave(groups: list[list[tuple[int, float]]], k: int) -> list[tuple[int, float]]:
    """Round-robin over per-group rankings of (row, score): every group's first, then every
    group's second, ...; within a round the higher score first. A row seen before is skipped."""
    merged: list[tuple[int, float]] = []
    seen: set[int] = set()
    depth = max((len(g) for g in groups), default=0)
    for i in range(depth):
        round_ = sorted((g[i] for g in groups if i < len(g)), key=lambda item: (-item[1], item[0]))
        for row, score in round_:
            if row not in seen:
                seen.add(row)
                merged.append((row, score))
            if len(merged) == k:
                return merged
    return merged


def with_expansion(
    lexical: tuple[np.ndarray, np.ndarray], expanded: tuple[np.ndarray, np.ndarray], weight: float
) -> tuple[np.ndarray, np.ndarray]:
    """The lexical list with the BM25 list of the query's official terms mixed in: each scaled
    by its best, the expansion's share `weight / (1 + weight)`. Not scaled again: when the
    user's words and the official terms point to different passages, the best mixed score stays
    under 1, and the caller lets the lexical side count that much less (the words disagree)."""
    return mixed(lexical, [(expanded, weight)])


def mixed(
    lexical: tuple[np.ndarray, np.ndarray], extras: list[tuple[tuple[np.ndarray, np.ndarray], float]]
) -> tuple[np.ndarray, np.ndarray]:
    """with_expansion for any number of extra lists (official terms, feedback terms): each list
    scaled by its best, weighted, over the sum of the weights (the user's own words weigh 1).
    An extra list with no weight or no rows takes no share; with none left, `lexical` as it came."""
    lists = [(lexical, 1.0)] + [(ranked, w) for ranked, w in extras if w > 0 and len(ranked[0])]
    if len(lists) == 1:
        return lexical
    total = sum(w for _, w in lists)
    merged: dict[int, float] = {}
    for (rows, scores), weight in lists:
        top = float(np.max(scores)) if len(scores) else 0.0
        if top <= 0:
            continue
        scaled = (np.asarray(scores, dtype=np.float64) / top).tolist()
        for row, score in zip(np.asarray(rows).tolist(), scaled, strict=True):
            merged[row] = merged.get(row, 0.0) + weight / total * score
    ranked = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
    return np.array([r for r, _ in ranked], dtype=np.int64), np.array(
        [s for _, s in ranked], dtype=np.float64
    )


def thesaurus_lexical(query: str, tokens: list[str], lexical, weight: float, tokenize, search_words):
    """The lexical list with the official terms of the query's plain words mixed in
    (with_expansion), and how much the lexical side should count: the mixed list's best score.
    `search_words(words)` is BM25 over words alone, within the search's filters."""
    if weight <= 0:
        return lexical, 1.0
    extra = [t for term in expansion_terms(query) for t in tokenize(term) if t not in tokens]
    if not extra:
        return lexical, 1.0
    rows, scores = search_words(extra)
    merged = with_expansion(lexical, (rows[scores > 0], scores[scores > 0]), weight)
    if merged is lexical:  # the official terms match nothing: nothing was mixed
        return lexical, 1.0
    return merged, float(np.max(merged[1])) if len(merged[1]) else 1.0
