"""Our chunked BM25 matrix against bm25s's own build: the same arrays, to the bit."""

from __future__ import annotations

import bm25s
import numpy as np
import pytest

from indexer.backends.local import bm25_matrix as matrix_module
from indexer.backends.local.lexical import build_bm25
from indexer.text.parallel import tokenize_to_ids
from indexer.text.tokens import char_bigrams, tokenize
from tests.conftest import CORPUS


def corpus_paragraphs() -> list[str]:
    text = "\n".join(p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return [line for line in text.splitlines() if line.strip()]


def reference(token_ids, vocab, k1, b):
    retriever = bm25s.BM25(k1=k1, b=b)
    retriever.index(([list(ids) for ids in token_ids], dict(vocab)), show_progress=False)
    return retriever


@pytest.mark.parametrize("tokenize_one", [tokenize, char_bigrams], ids=["words", "bigrams"])
@pytest.mark.parametrize("chunk", [7, 50_000])  # many chunks, and one
def test_the_matrix_equals_bm25s_on_the_reports(tokenize_one, chunk, monkeypatch):
    monkeypatch.setattr(matrix_module, "CHUNK_PASSAGES", chunk)
    texts = corpus_paragraphs()
    token_ids, vocab = tokenize_to_ids(texts, tokenize_one, len(texts))
    for k1, b in ((1.5, 0.75), (1.2, 0.3)):
        ours, theirs = build_bm25(token_ids, vocab, k1, b), reference(token_ids, vocab, k1, b)
        for key in ("data", "indices", "indptr"):
            assert ours.scores[key].dtype == theirs.scores[key].dtype, key
            assert np.array_equal(ours.scores[key], theirs.scores[key]), key
        assert ours.scores["num_docs"] == theirs.scores["num_docs"] == len(texts)
        assert ours.vocab_dict == theirs.vocab_dict
        query = ours.get_tokens_ids(tokenize_one("危险化学品安全执法检查"))
        assert np.array_equal(ours.get_scores_from_ids(query), theirs.get_scores_from_ids(query))


def test_repeated_tokens_and_empty_passages():
    # Term frequencies above one, a passage with no tokens, a token no passage uses.
    token_ids = [[0, 0, 1], [], [1, 1, 1, 2], [2], [0, 2, 0, 2, 0]]
    vocab = {"甲": 0, "乙": 1, "丙": 2, "丁": 3}
    ours, theirs = build_bm25(token_ids, vocab, 1.5, 0.75), reference(token_ids, vocab, 1.5, 0.75)
    for key in ("data", "indices", "indptr"):
        assert np.array_equal(ours.scores[key], theirs.scores[key]), key
    assert ours.scores["indptr"][4] == ours.scores["indptr"][3]  # 丁 has no postings


def test_a_saved_matrix_loads_back_through_bm25s(tmp_path):
    from indexer.backends.local.lexical import load_bm25, save_bm25

    texts = corpus_paragraphs()[:40]
    token_ids, vocab = tokenize_to_ids(texts, tokenize, len(texts))
    save_bm25(build_bm25(token_ids, vocab), tmp_path, "words")
    loaded = load_bm25(tmp_path, mmap=True, name="words")
    best = int(np.argmax(loaded.get_scores(tokenize(texts[5]))))
    assert best == 5
