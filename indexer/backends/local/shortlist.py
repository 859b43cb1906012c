"""BM25 at scale: every passage scored from the query's rarest tokens, the rest on a shortlist.

Below LARGE_INDEX_PASSAGES every token's postings are added over all passages (exact BM25,
lexical.bm25_scores). At a million passages a common word or bigram (安全, 管理, 应急) has
hundreds of thousands of postings, and adding them all for every query made the lexical side
cost 27 ms. Such tokens have a low idf: they reorder the passages the rare tokens find rather
than find passages of their own. So the words are taken rarest first and added over all
passages until FULL_POSTINGS postings have been added (or, if more, until SHORTLIST passages
could be told apart); the SHORTLIST best passages of that
partial score then get the other words' and every bigram's exact contribution, found by
binary search in each token's sorted postings. Scores of shortlisted passages are exact; a
passage matching only common words can be missed, which is why small indexes stay exact.
"""

from __future__ import annotations

import threading

import numpy as np

FULL_POSTINGS = 150_000  # postings added over all passages per query (at least the rarest token's)
SHORTLIST = 1_000  # passages rescored with every token of both views


class TokenPostings:
    """A bm25s index's postings (CSC: a column of passage rows and scores per token)."""

    def __init__(self, retriever) -> None:
        self.retriever = retriever
        # Plain ndarray views of the memory maps: slicing a np.memmap runs Python-level
        # __array_finalize__ each time, about 100 slices a query.
        self.data, self.indices, self.indptr = (
            np.asarray(retriever.scores[k]) for k in ("data", "indices", "indptr")
        )
        self.passages = int(retriever.scores["num_docs"])
        # A zeroed score per passage, kept per thread and cleaned after use: allocating 4 MB of
        # zeros for every query cost 3 ms at a million passages (the pages are faulted in anew).
        self._scratch = threading.local()

    def scratch(self) -> np.ndarray:
        """This thread's zeroed score array over all passages; zero what you touch before returning."""
        scores = getattr(self._scratch, "scores", None)
        if scores is None:
            scores = self._scratch.scores = np.zeros(self.passages, dtype=np.float32)
        return scores

    def ranges(self, tokens: list[str]) -> list[tuple[int, int]]:
        """(start, end) of each known token's postings, rarest first (a repeated token twice)."""
        ids = self.retriever.get_tokens_ids(tokens)
        found = [(int(self.indptr[i]), int(self.indptr[i + 1])) for i in ids]
        return sorted((r for r in found if r[1] > r[0]), key=lambda r: r[1] - r[0])

    def add_all(self, scores: np.ndarray, ranges: list[tuple[int, int]]) -> None:
        for start, end in ranges:
            scores[self.indices[start:end]] += self.data[start:end]

    def scores_of(self, rows: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
        """Each token's exact contribution to each of `rows` (sorted), summed."""
        out = np.zeros(len(rows), dtype=np.float32)
        for start, end in ranges:
            postings = self.indices[start:end]
            at = np.minimum(np.searchsorted(postings, rows), end - start - 1)
            hit = np.asarray(postings[at]) == rows
            out[hit] += np.asarray(self.data[start:end])[at[hit]]
        return out


def shortlist_scores(
    words: TokenPostings,
    bigrams: TokenPostings | None,
    word_tokens: list[str],
    bigram_tokens: list[str],
    bigram_weight: float,
    inside: np.ndarray | None,
    wanted: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the shortlist and their lexical scores, combined as LocalBackend combines the
    two views (each scaled by its best passage, bigrams weighted), unordered."""
    use_bigrams = bigrams is not None and bigram_weight > 0
    views = [(words, words.ranges(word_tokens))]
    if use_bigrams:
        views.append((bigrams, bigrams.ranges(bigram_tokens)))
    # The first stage runs on words; a query no word of which the index knows runs on bigrams.
    first, first_ranges = next(((v, r) for v, r in views if r), (None, []))
    if first is None:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    size = max(SHORTLIST, 4 * wanted)
    full, added = [], 0
    for start, end in first_ranges:
        # Rare tokens are cheap: keep adding until the shortlist can be filled, then stop at
        # the first token that would exceed the budget.
        if added >= size and added + end - start > FULL_POSTINGS:
            break
        full.append((start, end))
        added += end - start
    rows = _best_rows(first, full, inside, size)
    parts = [view.scores_of(rows, ranges) for view, ranges in views]
    if not use_bigrams:
        return rows, parts[0]
    combined = np.zeros(len(rows), dtype=np.float32)
    for part, weight in zip(parts, (1.0, bigram_weight), strict=False):
        best = float(part.max(initial=0.0))
        if best > 0:
            combined += weight * part / best
    return rows, combined


def _best_rows(
    view: TokenPostings, ranges: list[tuple[int, int]], inside: np.ndarray | None, size: int
) -> np.ndarray:
    """The `size` passages (sorted rows) scoring best on these tokens alone, within `inside`."""
    partial = view.scratch()
    view.add_all(partial, ranges)
    touched = np.concatenate([np.asarray(view.indices[s:e]) for s, e in ranges]).astype(np.int64)
    try:
        return _best_of_touched(partial, touched, inside, size, len(ranges))
    finally:
        partial[touched] = 0.0


def _best_of_touched(
    partial: np.ndarray, touched: np.ndarray, inside: np.ndarray | None, size: int, tokens: int
) -> np.ndarray:
    if inside is not None:
        touched = touched[inside[touched]]
    values = partial[touched]
    # A passage appears once per token it holds, so this many entries hold `size` distinct ones.
    take = min(len(touched), size * tokens)
    if take < len(touched):
        touched = touched[np.argpartition(-values, take - 1)[:take]]
    distinct = np.unique(touched)
    if len(distinct) > size:
        distinct = np.sort(distinct[np.argpartition(-partial[distinct], size - 1)[:size]])
    return distinct
