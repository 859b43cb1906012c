"""The BM25 score matrix of a corpus, built in chunks of passages with NumPy.

bm25s builds it with a Python loop over passages (a Counter and a set intersection each) and
then sorts every (passage, token) pair at once through int64 keys: at a million passages the
bigram view has about a hundred million pairs, so that sort alone held several GB and the two
views took two minutes. Here each chunk's pairs are counted and scattered straight into
their token's column, so besides the result only one chunk's pairs are ever held. The
arrays are those bm25s would build (lucene BM25, float32 scores, int32 rows, int64 column
pointers), equal to the bit: tests/indexer/test_bm25_matrix.py compares the two.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

CHUNK_PASSAGES = 10_000


def bm25_matrix(token_ids: Sequence, n_vocab: int, k1: float, b: float) -> dict:
    """bm25s's `scores` dict (CSC over passages x tokens) for these token-id sequences."""
    n_docs = len(token_ids)
    lengths = np.fromiter((len(doc) for doc in token_ids), dtype=np.int64, count=n_docs)
    average_length = lengths.mean() if n_docs else np.float64(0.0)
    # Term-frequency denominators as bm25s computes them (float64, Python float k1 and b).
    length_norm = k1 * ((1 - b) + b * lengths / average_length) if n_docs else lengths.astype(np.float64)

    # Each chunk's pairs are counted twice, here for the document frequencies and below to
    # fill the columns: keeping them between the passes is the memory this module saves.
    frequencies = np.zeros(n_vocab, dtype=np.int64)
    for start in range(0, n_docs, CHUNK_PASSAGES):
        _, tokens, _ = _chunk_pairs(token_ids, lengths, start, n_vocab)
        frequencies += np.bincount(tokens, minlength=n_vocab)
    idf = np.array(
        [math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) if df else 0.0 for df in frequencies.tolist()],
        dtype=np.float32,
    )

    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(frequencies, out=indptr[1:])
    data = np.empty(int(indptr[-1]), dtype=np.float32)
    indices = np.empty(int(indptr[-1]), dtype=np.int32)
    next_free = indptr[:-1].copy()
    for start in range(0, n_docs, CHUNK_PASSAGES):
        docs, tokens, tf = _chunk_pairs(token_ids, lengths, start, n_vocab)
        scores = idf[tokens] * (tf / (length_norm[docs] + tf))  # float64, stored as float32
        # Column by column, passages ascending: a stable sort by token keeps the chunk's
        # passage order, and chunks come in passage order.
        order = np.argsort(tokens, kind="stable")
        tokens = tokens[order]
        first = np.flatnonzero(np.concatenate(([True], tokens[1:] != tokens[:-1])))
        counts = np.diff(np.append(first, len(tokens)))
        rank = np.arange(len(tokens)) - np.repeat(first, counts)
        at = next_free[tokens] + rank
        data[at] = scores[order]
        indices[at] = docs[order]
        next_free[tokens[first]] += counts
    return {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}


def _chunk_pairs(token_ids: Sequence, lengths: np.ndarray, start: int, n_vocab: int):
    """(passage, token, term frequency) of each distinct pair in one chunk of passages."""
    end = min(start + CHUNK_PASSAGES, len(token_ids))
    chunk = [np.asarray(doc, dtype=np.int32) for doc in token_ids[start:end]]
    flat = np.concatenate(chunk) if chunk else np.zeros(0, np.int32)
    docs = np.repeat(np.arange(start, end, dtype=np.int64), lengths[start:end])
    keys, tf = np.unique((docs - start) * n_vocab + flat, return_counts=True)
    return (
        (keys // n_vocab + start).astype(np.int32),
        (keys % n_vocab).astype(np.int64),
        tf.astype(np.float32),
    )
