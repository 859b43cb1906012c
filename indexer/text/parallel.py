"""Spreading CPU-bound build work (parsing, tokenizing) over the cores."""

from __future__ import annotations

import multiprocessing
import os
from array import array
from collections.abc import Callable, Iterable, Iterator

# Below this many items, starting worker processes costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 2000


def workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def parallel_map(function: Callable, items: list, chunksize: int = 256) -> Iterator:
    """`map` over processes when it pays, in order; plain `map` otherwise."""
    if len(items) < MIN_ITEMS_FOR_WORKERS or workers() == 1:
        yield from map(function, items)
        return
    # fork: workers inherit the loaded jieba dictionary instead of loading it again.
    context = multiprocessing.get_context("fork")
    with context.Pool(workers()) as pool:
        yield from pool.imap(function, items, chunksize=chunksize)


def tokenize_to_ids(texts: Iterable[str], tokenize: Callable[[str], list[str]], total: int, on_done=None):
    """Token id lists and the vocabulary, built as texts stream in from the workers.

    Packed int32 ids instead of token strings keep a million passages' tokens in a few hundred
    MB (lists of Python ints would take several GB).
    """
    vocab: dict[str, int] = {}
    ids: list[array] = []
    for i, tokens in enumerate(parallel_map(tokenize, list(texts))):
        ids.append(array("i", [vocab.setdefault(t, len(vocab)) for t in tokens]))
        if on_done and (i + 1) % 10_000 == 0:
            on_done(i + 1, total)
    return ids, vocab
