"""Where the query's terms occur in a passage, for highlighting in the CLI and the web page."""

from __future__ import annotations

from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import get_tokenizer


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of `text` matching query terms, longest terms first.

    Matching runs on the normalised text, whose characters align one-to-one with the original
    for Chinese, so a traditional-character query still marks the simplified passage.
    """
    terms = sorted(
        {t for t in get_tokenizer().tokenize(query) if len(t) > 1 or not t.isascii()}, key=len, reverse=True
    )
    haystack = normalize_for_matching(text)
    if len(haystack) != len(text):
        haystack = text.lower()  # NFKC changed lengths (rare ligatures): fall back to plain matching
    taken = [False] * len(text)
    spans = []
    for term in terms:
        start = haystack.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(taken[start:end]):
                spans.append((start, end))
                for i in range(start, end):
                    taken[i] = True
            start = haystack.find(term, end)
    return sorted(spans)
