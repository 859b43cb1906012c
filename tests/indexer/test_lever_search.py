"""The lever harness (indexer/evaluation/levers.py) ranks exactly as the search does when no
candidate lever is on, so what it measures for a lever is the lever's doing alone."""

from __future__ import annotations

import pytest

from indexer.evaluation.levers import Levers, lever_search


@pytest.mark.parametrize(
    "query",
    [
        "消防 检查 整改",
        "工厂出了事故以后谁来负责调查",
        "哪些区组织了应急演练",  # cross-district: the district spread applies
        "沙坪坝区明年打算做什么",  # a district filter and the plans cue
        "北碚区应急局2023年罚了多少钱",  # filters' words out of the ranked text
        "过年卖鞭炮的摊子归谁管",  # a plain word: the thesaurus on the BM25 side
        "一年到头给老百姓讲了多少次安全知识",  # everyday words: feedback
        "罚过的厂子想把信誉补回来找谁办",  # plain words reworded on the dense side, and feedback
    ],
)
def test_with_no_lever_on_the_harness_ranks_as_the_search(searcher, query):
    expected = searcher.search(query, k=10)
    got = lever_search(searcher, query, 10, Levers())
    assert [h.passage.passage_id for h in got] == [h.passage.passage_id for h in expected]
    assert [h.score for h in got] == pytest.approx([h.score for h in expected], rel=1e-5)


def test_per_district_retrieval_gives_every_named_district_a_place_near_the_top(searcher):
    query = "比较沙坪坝和北碚怎么开展普法宣传"
    hits = lever_search(searcher, query, 10, Levers(per_district=True, per_district_depth=2))
    districts = [h.passage.district for h in hits]
    assert set(districts[:2]) == {"沙坪坝区", "北碚区"}
    assert sorted(districts[:4]) == ["北碚区", "北碚区", "沙坪坝区", "沙坪坝区"]


def test_best_sentence_bm25_scores_a_passage_by_its_best_sentence(searcher):
    import numpy as np

    from indexer.backends.local.lexical import bm25_scores
    from indexer.evaluation.levers import _sentence_bm25, _with_best_sentence

    tokens = searcher.tokenize("危险化学品 专项检查")
    retriever, owner = _sentence_bm25(searcher)
    assert len(owner) == len(searcher.backend.dense.sentences.spans)
    rows = np.arange(len(searcher.passages))
    passage_scores = np.ones(len(rows))  # equal passage BM25: the sentences alone decide
    _, mixed = _with_best_sentence(searcher, tokens, (rows, passage_scores), 1.0)
    per_sentence = bm25_scores(retriever, tokens)
    best_sentence = int(np.argmax(per_sentence))
    assert per_sentence[best_sentence] > 0
    assert int(np.argmax(mixed)) == owner[best_sentence] and mixed.max() == 1.0
    _, unchanged = _with_best_sentence(searcher, tokens, (rows, passage_scores), 0.0)
    assert np.allclose(unchanged, 1.0)
