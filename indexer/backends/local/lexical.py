"""Lexical retrieval: BM25 (bm25s) over jieba tokens, and over character bigrams."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from indexer.backends.local.bm25_matrix import bm25_matrix
from indexer.backends.local.shortlist import TokenPostings
from indexer.index.options import BM25_B, BM25_K1

BM25_DIR = "bm25"
BIGRAM_BM25_DIR = "bm25-bigrams"


def build_bm25(token_ids: list[list[int]], vocab: dict[str, int], k1: float = BM25_K1, b: float = BM25_B):
    """BM25 over token ids (see indexer.text.parallel.tokenize_to_ids); `vocab` maps token -> id.

    A bm25s retriever holding what `bm25s.BM25.index((token_ids, vocab))` would build, with
    the score matrix built by bm25_matrix (bm25s's own build is a Python loop and an all-pairs
    sort: minutes and GBs at a million passages)."""
    import bm25s

    retriever = bm25s.BM25(k1=k1, b=b)
    scores = bm25_matrix(token_ids, len(vocab), retriever.k1, retriever.b)
    vocab = dict(vocab)
    if "" not in vocab:  # bm25s adds an empty token past the last column; so do we
        vocab[""] = max(vocab.values(), default=-1) + 1
    retriever.scores, retriever.vocab_dict = scores, vocab
    retriever.unique_token_ids_set = set(vocab.values())
    retriever.nonoccurrence_array = None  # lucene BM25 scores absent tokens as nothing
    return retriever


def save_bm25(retriever, directory: Path, name: str = BM25_DIR) -> None:
    retriever.save(str(directory / name), show_progress=False)


def load_bm25(directory: Path, mmap: bool = False, name: str = BM25_DIR):
    import bm25s

    return bm25s.BM25.load(str(directory / name), mmap=mmap, show_progress=False)


def bm25_scores(retriever, query_tokens: list[str]) -> np.ndarray:
    """BM25 score of every passage; tokens the corpus never saw contribute nothing.

    bm25s adds each token's postings with np.add.at, which allows repeated rows; a token's
    postings name each passage once, so plain fancy-index addition gives the same sums about
    three times faster (at a million passages a common bigram has hundreds of thousands).
    """
    ids = retriever.get_tokens_ids(query_tokens)
    scores = np.zeros(retriever.scores["num_docs"], dtype=np.float32)
    if not ids:
        return scores
    postings = TokenPostings(retriever)
    postings.add_all(scores, [(int(postings.indptr[t]), int(postings.indptr[t + 1])) for t in ids])
    if retriever.nonoccurrence_array is not None:  # BM25 variants scoring absent terms too
        scores += retriever.nonoccurrence_array[np.asarray(ids)].sum()
    return scores
