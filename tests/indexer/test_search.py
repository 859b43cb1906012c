"""Searching the real index of the real reports with the real model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.build.pipeline import build_index
from indexer.errors import BadQueryError, UnknownFilterError, UnknownIdError
from indexer.index.options import IndexOptions
from indexer.retrieval.scope import understand, without_scope_words
from indexer.retrieval.search import MODES, Filters, Searcher
from indexer.text.tokens import char_bigrams
from tests.conftest import CORPUS, HashEncoder


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_ranks_the_passages_about_the_query_first(searcher, mode):
    hits = searcher.search("执法记录仪 音像记录", k=5, mode=mode)
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert any("记录" in h.passage.text for h in hits[:3])


def test_hybrid_is_the_default_and_returns_k_results(searcher):
    hits = searcher.search("森林防火 应急预案", k=7)
    assert len(hits) == 7
    assert len({h.passage.passage_id for h in hits}) == 7


def test_a_year_said_by_its_last_two_digits_filters_like_the_year_in_full(searcher):
    short = searcher.search("22年 执法巡查", k=5)
    assert short and {h.passage.year for h in short} == {2022}
    assert [h.passage.passage_id for h in short] == [
        h.passage.passage_id for h in searcher.search("2022年 执法巡查", k=5)
    ]


def test_district_filter_accepts_short_and_traditional_names(searcher):
    for name in ("北碚区", "北碚", "北碚區"):
        hits = searcher.search("行政复议", k=10, filters=Filters(district=name))
        assert hits and {h.passage.district for h in hits} == {"北碚区"}


@pytest.mark.parametrize(
    "query",
    ["硚口区应急管理局2023年聘了哪家律所当法律顾问", "普陀区应急局2023年信用修复了几家企业"],
)
def test_a_district_and_year_once_filters_rank_nothing_so_the_report_header_stays_below(searcher, query):
    # The header repeats the district, the bureau and the year, and led these results when the
    # words that had become filters were ranked too.
    hits = searcher.search(query, k=3)
    kept = searcher.config
    searcher.config = replace(kept, scope_words=())
    try:
        header_first = searcher.search(query, k=3)[0].passage
    finally:
        searcher.config = kept
    assert header_first.start == 0
    assert {h.passage.district for h in hits} == {header_first.district}
    assert all(h.passage.start > 0 for h in hits)


def test_words_that_become_filters_leave_the_ranked_text_and_nothing_else_does():
    places = {"重庆市": ("重庆市", ("北碚区", "沙坪坝区")), "武汉市": ("湖北省", ("硚口区",))}
    scope = understand("重庆北碚区应急管理局2023年的行政诉讼", ["北碚区", "硚口区"], [2023], list, places)
    both = {"place_filtered": True, "year_filtered": True, "bureau": True}
    assert without_scope_words("重庆北碚区应急管理局2023年的行政诉讼", scope, places, **both) == "行政诉讼"
    assert without_scope_words("北碚2023年度行政诉讼", scope, places, **both) == "行政诉讼"
    # A year no filter holds is content (the plan for 2024), and a query of scope words alone
    # is ranked as it was typed.
    assert without_scope_words("北碚区2024年打算", scope, places, **both) == "2024年打算"
    assert without_scope_words("北碚区应急局 2023年", scope, places, **both) == "北碚区应急局 2023年"
    # Words not yet filters stay: a comparison of districts ranks with their names.
    kept = {"place_filtered": False, "year_filtered": False, "bureau": False}
    assert without_scope_words("北碚区的行政诉讼", scope, places, **kept) == "北碚区的行政诉讼"


def test_year_province_and_report_filters(searcher):
    assert {h.passage.year for h in searcher.search("普法", k=10, filters=Filters(year=2022))} == {2022}
    shanghai = searcher.search("普法", k=10, filters=Filters(province="上海"))
    assert {h.passage.district for h in shanghai} == {"普陀区"}
    one = searcher.search("普法", k=10, filters=Filters(report="004_6c2235596314ce6f.txt"))
    assert {h.passage.report_id for h in one} == {"004_6c2235596314ce6f"}


def test_unknown_filters_are_clear_errors(searcher):
    with pytest.raises(UnknownFilterError) as info:
        searcher.search("普法", filters=Filters(district="朝阳区"))
    assert "朝阳区" in str(info.value) and "北碚区" in str(info.value)
    with pytest.raises(UnknownFilterError) as info:
        searcher.search("普法", filters=Filters(year=1999))
    assert "2023" in str(info.value)


@pytest.mark.parametrize(
    "query, k, mode, fragment",
    [
        ("", 10, "hybrid", "empty"),
        (" \t　\n", 10, "hybrid", "empty"),
        ("安" * 501, 10, "hybrid", "500"),
        ("普法", 0, "hybrid", "between 1 and 100"),
        ("普法", 101, "hybrid", "between 1 and 100"),
        ("普法", 10, "fuzzy", "hybrid, dense, bm25"),
    ],
)
def test_bad_queries_are_refused_with_a_reason(searcher, query, k, mode, fragment):
    with pytest.raises(BadQueryError) as info:
        searcher.search(query, k=k, mode=mode)
    assert fragment in str(info.value)


def test_query_of_exactly_500_characters_is_accepted(searcher):
    assert searcher.search("安全生产" * 125, k=3)


def test_traditional_and_fullwidth_queries_find_the_same_passages(searcher):
    simplified = [h.passage.passage_id for h in searcher.search("危险化学品 安全许可", k=5, mode="bm25")]
    traditional = [h.passage.passage_id for h in searcher.search("危險化學品　安全許可", k=5, mode="bm25")]
    assert simplified == traditional


def test_mixed_latin_digits_and_document_numbers(searcher):
    hits = searcher.search("普应急〔2023〕13号", k=3, mode="bm25")
    assert hits and hits[0].passage.district == "普陀区"
    hits = searcher.search("12350 举报投诉", k=3)
    assert any("12350" in h.passage.text for h in hits)


def test_query_sharing_no_term_with_the_corpus_gets_no_lexical_results(searcher):
    assert searcher.search("quantum chromodynamics", k=5, mode="bm25") == []


def test_passage_lookup(searcher):
    first = searcher.passages[0]
    assert searcher.passage(first.passage_id) == first
    with pytest.raises(UnknownIdError):
        searcher.passage("no-such-passage")


def test_hit_json_contract(searcher):
    row = searcher.search("营商环境", k=1)[0].to_dict()
    assert set(row) >= {
        "rank",
        "score",
        "passage_id",
        "report_id",
        "source",
        "district",
        "year",
        "section_path",
        "text",
        "start",
        "end",
    }
    assert isinstance(row["section_path"], list) and isinstance(row["score"], float)


def test_character_bigrams_find_a_name_the_tokenizer_cuts_differently(searcher):
    # jieba keeps 一图通 whole in a short query but cuts the report's 风险一图通 as 险一/图通,
    # so only the character-pair view can match it.
    assert searcher.tokenize("一图通") == ["一图通"]
    with_bigrams = searcher.search("一图通", k=3, mode="bm25")
    assert with_bigrams and "一图通" in with_bigrams[0].passage.text
    saved = searcher.config
    searcher.config = replace(saved, bigram_weight=0.0)
    try:
        assert searcher.search("一图通", k=3, mode="bm25") == []
    finally:
        searcher.config = saved


def test_an_index_without_the_bigram_view_still_searches(tmp_path):
    index_dir = tmp_path / "idx"
    build_index(CORPUS, index_dir, HashEncoder(), IndexOptions(char_bigrams=False))
    plain = Searcher(index_dir, encoder=HashEncoder())
    assert not (plain.version_dir / "bm25-bigrams").exists()
    assert plain.search("一图通", k=3, mode="bm25") == []
    assert plain.search("安全生产 执法", k=3, mode="hybrid")


def test_character_bigrams_are_hanzi_pairs_with_latin_and_digits_whole():
    assert char_bigrams("危化品") == ["危化", "化品"]
    # Full-width and traditional forms normalise first, so they give the same pairs.
    assert char_bigrams("ＧＢ６４４１ 應急") == char_bigrams("gb6441 应急") == ["gb6441", "应急"]
    assert char_bigrams("，。！") == []


def test_normalisation_skips_conversion_only_when_nothing_would_change():
    import unicodedata

    from indexer.text.normalize import _t2s, normalize_for_matching

    lines = [line for path in CORPUS.glob("*.txt") for line in path.read_text("utf-8").splitlines() if line]
    samples = ["行政執法與刑事司法銜接", "沈默寡言的沈先生", "乾燥季節防火", "ＧＢ６４４１", "應急管理局"]
    for text in lines + samples:
        assert normalize_for_matching(text) == _t2s().convert(unicodedata.normalize("NFKC", text).lower())
    assert normalize_for_matching("沈默") == "沉默"  # a phrase-table change, not a character-table one


def test_further_dense_lists_make_the_dense_side_their_weighted_mean():
    """The query reworded in official words joins the dense side: with one rewording at share
    1 each passage's dense part is the mean of its two scaled scores; without, nothing changes."""
    import numpy as np

    from indexer.fusion import weighted_score_fusion

    dense = (np.array([1, 2]), np.array([0.9, 0.8]))
    reworded = (np.array([2, 3]), np.array([0.95, 0.85]))
    lexical = (np.array([3]), np.array([2.0]))
    alone = weighted_score_fusion(dense, lexical, 1.0, 0.5)
    assert alone == {1: 1.0, 2: 0.0, 3: 0.5}
    both = weighted_score_fusion(dense, lexical, 1.0, 0.5, more_dense=[(1.0, reworded)])
    assert both == pytest.approx({1: 0.5, 2: 0.5, 3: 0.5})


def test_best_piece_scores_are_each_passages_own_best_sentence_or_clause(searcher):
    """The vectorised scoring equals the definition, passage by passage: (1 - w) x cos(passage)
    + w x the best cos over its sentences and clauses (the passage itself when it has none)."""
    import numpy as np

    dense = searcher.backend.dense
    query = searcher.query_vector("危险化学品企业的安全检查")
    rows = np.arange(len(dense.passage_vectors), dtype=np.int64)
    weight = 0.5
    expected = []
    for row in rows.tolist():
        passage = float(np.asarray(dense.passage_vectors[row]) @ query)
        pieces = [
            float(np.max(np.asarray(p.vectors[first[row] : first[row + 1]]) @ query))
            for p, first, _ in dense._pieces
            if first[row + 1] > first[row]
        ]
        expected.append((1 - weight) * passage + weight * (max(pieces) if pieces else passage))
    assert np.allclose(dense.score(query, rows, weight), expected, atol=1e-5)
    some = rows[::7][::-1]  # any order, any subset
    assert np.allclose(dense.score(query, some, weight), np.array(expected)[some], atol=1e-5)
