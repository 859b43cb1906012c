"""How much the words of a query are worth: lexical coverage and feedback terms.

Both need a token's document frequency; `TermStats` gets it from a callable so the search
can hand it whatever the backend knows (the local BM25 index keeps one posting list per token).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

_CONTENT = re.compile(r"[\u4e00-\u9fff]{2,}|[0-9a-z]{3,}")


class TermStats:
    """IDF as BM25 reckons it, from `frequency(token)` (passages holding it; 0 if never seen)."""

    def __init__(self, frequency: Callable[[str], int], passages: int) -> None:
        self._frequency, self.passages = frequency, passages

    def frequency(self, token: str) -> int:
        return self._frequency(token)

    def idf(self, token: str) -> float:
        """A token the corpus never saw counts as rare as a token in one passage."""
        return self._idf(max(self._frequency(token), 1))

    def rarest(self) -> float:
        """The IDF of a token in one passage: what "rare" is measured against, whatever the
        corpus's size."""
        return self._idf(1)

    def _idf(self, frequency: int) -> float:
        return math.log(1 + (self.passages - frequency + 0.5) / (frequency + 0.5))


def coverage(query_tokens: Iterable[str], passage_tokens: set[str], stats: TermStats) -> float:
    """Share of the query's IDF mass that a passage holds: 1.0 when it holds every query word,
    near 0 when it shares only an everyday word with a query written in other words."""
    tokens = list(dict.fromkeys(query_tokens))
    total = sum(stats.idf(t) for t in tokens)
    if total <= 0:
        return 0.0
    return sum(stats.idf(t) for t in tokens if t in passage_tokens) / total


def best_coverage(query_tokens: list[str], passages: Iterable[set[str]], stats: TermStats) -> float:
    """The best `coverage` over a few top lexical passages (0.0 for none)."""
    return max((coverage(query_tokens, p, stats) for p in passages), default=0.0)


def feedback_terms(
    query_tokens: Iterable[str], passages: list[list[str]], stats: TermStats, n_terms: int
) -> list[str]:
    """RM3-style expansion terms: the words the feedback passages have most of, each passage's
    term frequencies normalised to sum 1, weighted by IDF; the query's own words, single
    characters and words in one passage only (nothing to confirm them) are left out."""
    asked = set(query_tokens)
    weight: Counter[str] = Counter()
    seen_in: Counter[str] = Counter()
    idf: dict[str, float] = {}  # the feedback passages share most of their words
    for tokens in passages:
        counts = Counter(t for t in tokens if t not in asked and _CONTENT.fullmatch(t))
        total = sum(counts.values())
        for token, count in counts.items():
            if token not in idf:
                idf[token] = stats.idf(token)
            weight[token] += count / total * idf[token]
            seen_in[token] += 1
    wanted = 2 if len(passages) > 1 else 1
    ranked = sorted(
        (t for t in weight if seen_in[t] >= wanted and stats.frequency(t) > 0),
        key=lambda t: (-weight[t], t),
    )
    return ranked[:n_terms]
