"""BM25 on a shortlist (what large indexes do) against BM25 over every passage."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.backends.local import shortlist
from indexer.backends.local.lexical import bm25_scores
from indexer.backends.local.shortlist import TokenPostings
from indexer.build.pipeline import build_index
from indexer.filters import Filters
from indexer.retrieval.search import Searcher
from indexer.text.tokens import char_bigrams
from tests.conftest import CORPUS, HashEncoder

QUERIES = (
    "危险化学品企业专项执法检查",
    "行政复议 行政诉讼 案件",
    "执法人员持证上岗和培训考试",
    "法律顾问参与重大决策合法性审查",
    "安全生产举报投诉核查",
    "应急管理 法治 宣传 工作",  # common words only
    "烟花爆竹经营单位",
)


@pytest.fixture(scope="module")
def hash_index(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("shortlist") / "idx"
    build_index(CORPUS, index_dir, HashEncoder())
    return index_dir


def searchers(index_dir):
    encoder = HashEncoder()
    exact = Searcher(index_dir, encoder=encoder)
    pruned = Searcher(index_dir, encoder=encoder)
    backend = pruned.backend
    assert backend._postings is None  # a small index is scored exactly...
    bigrams = TokenPostings(backend.bigram_bm25) if backend.bigram_bm25 is not None else None
    backend._postings = (TokenPostings(backend.bm25), bigrams)  # ...so force the large-index path
    return exact, pruned


def test_a_shortlisted_passage_gets_its_exact_bm25_score(hash_index):
    exact, _ = searchers(hash_index)
    for retriever, tokens_of in (
        (exact.backend.bm25, exact.tokenize),
        (exact.backend.bigram_bm25, char_bigrams),
    ):
        postings = TokenPostings(retriever)
        rows = np.arange(postings.passages, dtype=np.int64)
        for query in QUERIES:
            tokens = tokens_of(query)
            assert np.allclose(
                postings.scores_of(rows, postings.ranges(tokens)), bm25_scores(retriever, tokens), atol=1e-5
            )


def test_postings_are_sorted_so_binary_search_finds_them(hash_index):
    exact, _ = searchers(hash_index)
    for retriever in (exact.backend.bm25, exact.backend.bigram_bm25):
        postings = TokenPostings(retriever)
        for token in range(len(postings.indptr) - 1):
            column = postings.indices[postings.indptr[token] : postings.indptr[token + 1]]
            assert np.all(np.diff(column) > 0)


def test_with_a_tight_budget_the_shortlist_keeps_the_exact_top_results(hash_index, monkeypatch):
    # One token's postings scored over all passages, the rest only on a 40-passage shortlist:
    # far tighter than at a million passages, where the shortlist is 1,000 of them.
    monkeypatch.setattr(shortlist, "FULL_POSTINGS", 1)
    monkeypatch.setattr(shortlist, "SHORTLIST", 40)
    exact, pruned = searchers(hash_index)
    overlaps, same_first = [], 0
    for query in QUERIES:
        truth = [h.passage.passage_id for h in exact.search(query, k=10, mode="bm25")]
        found = [h.passage.passage_id for h in pruned.search(query, k=10, mode="bm25")]
        overlaps.append(len(set(truth) & set(found)) / len(truth))
        same_first += truth[0] == found[0]
    assert np.mean(overlaps) >= 0.7 and same_first >= len(QUERIES) - 1


def test_the_shortlist_respects_filters(hash_index):
    _, pruned = searchers(hash_index)
    for query in QUERIES:
        hits = pruned.search(query, k=10, mode="bm25", filters=Filters(district="北碚区"))
        assert hits and {h.passage.district for h in hits} == {"北碚区"}


def test_a_query_of_unknown_words_still_matches_through_bigrams(hash_index):
    exact, pruned = searchers(hash_index)
    words, bigrams = pruned.backend._postings
    rows, scores = shortlist.shortlist_scores(
        words, bigrams, ["没有这个词"], char_bigrams("危险化学品"), 0.25, None, 10
    )
    assert len(rows) and np.all(scores > 0)
    texts = [exact.passages[int(r)].text for r in rows[np.argsort(-scores)[:5]]]
    assert all("危险" in t or "化学" in t for t in texts)
    empty_rows, _ = shortlist.shortlist_scores(words, bigrams, ["没有这个词"], [], 0.25, None, 10)
    assert len(empty_rows) == 0


def test_the_reused_score_array_is_clean_between_queries(hash_index, monkeypatch):
    # Each thread keeps one zeroed score array per view; a query that left scores behind would
    # leak into the next query's shortlist.
    monkeypatch.setattr(shortlist, "FULL_POSTINGS", 1)
    monkeypatch.setattr(shortlist, "SHORTLIST", 40)
    _, pruned = searchers(hash_index)
    words, _ = pruned.backend._postings
    first = [[h.passage.passage_id for h in pruned.search(q, k=10, mode="bm25")] for q in QUERIES]
    assert not words.scratch().any()
    again = [[h.passage.passage_id for h in pruned.search(q, k=10, mode="bm25")] for q in reversed(QUERIES)]
    assert again[::-1] == first
    assert not words.scratch().any()
