"""Spreading CPU-bound build work (parsing, tokenizing) over the cores."""

from __future__ import annotations

import multiprocessing
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise

import numpy as np

# Below this many items, starting worker processes costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 2000


def workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def parallel_map(
    function: Callable, items: list, chunksize: int = 256, min_items: int = MIN_ITEMS_FOR_WORKERS
) -> Iterator:
    """`map` over processes when it pays (at least `min_items` items), in order; plain `map` otherwise."""
    if len(items) < min_items or workers() == 1:
        yield from map(function, items)
        return
    # fork: workers inherit the loaded jieba dictionary instead of loading it again.
    context = multiprocessing.get_context("fork")
    with context.Pool(workers()) as pool:
        yield from pool.imap(function, items, chunksize=chunksize)


# Texts a worker tokenizes per task: big enough that a chunk's distinct tokens are few against
# its token count (so few strings cross processes), small enough to show progress.
TOKENIZE_CHUNK = 2000


def tokenize_to_ids(texts: Iterable[str], tokenize: Callable[[str], list[str]], total: int, on_done=None):
    """Token id lists and the vocabulary, built as chunks of texts stream in from the workers.

    A worker numbers the tokens of its chunk itself and sends back each distinct token once
    with an int32 array of the chunk's ids; the main process only renumbers the distinct
    tokens. At a million passages this moves a few million strings between processes instead
    of 150 million, and the main process no longer looks up every token. Packed int32 ids keep
    the corpus's tokens in a few hundred MB (lists of Python ints would take several GB).
    """
    texts = list(texts)
    chunks = [texts[i : i + TOKENIZE_CHUNK] for i in range(0, len(texts), TOKENIZE_CHUNK)]
    vocab: dict[str, int] = {}
    ids: list[array] = []
    done = 0
    jobs = [(tokenize, chunk) for chunk in chunks]
    for chunk_tokens, lengths, chunk_ids in parallel_map(_tokenize_chunk, jobs, chunksize=1, min_items=2):
        renumber = np.fromiter(
            (vocab.setdefault(t, len(vocab)) for t in chunk_tokens), dtype=np.int32, count=len(chunk_tokens)
        )
        global_ids = renumber[chunk_ids]
        for start, end in pairwise(np.concatenate([[0], np.cumsum(lengths)]).tolist()):
            ids.append(array("i", global_ids[start:end].tobytes()))
        done += len(lengths)
        if on_done:
            on_done(done, total)
    return ids, vocab


def _tokenize_chunk(
    job: tuple[Callable[[str], list[str]], list[str]],
) -> tuple[list[str], list[int], np.ndarray]:
    """A chunk's distinct tokens, each text's token count, and the chunk's token ids in order."""
    tokenize, texts = job
    local: dict[str, int] = {}
    lengths, flat = [], array("i")
    for text in texts:
        tokens = tokenize(text)
        lengths.append(len(tokens))
        flat.extend(local.setdefault(t, len(local)) for t in tokens)
    return list(local), lengths, np.frombuffer(flat, dtype=np.int32)
