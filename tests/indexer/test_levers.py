"""Each retrieval lever of the ablation table, shown doing its job on examples of our own
wording (none taken from the eval set), on the real index with the real model."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import numpy as np
import pytest

from indexer.build.pipeline import build_index
from indexer.index.options import IndexOptions
from indexer.index.store import read_manifest
from indexer.index.vectors import CLAUSE_FILES
from indexer.text.section_types import NEXT_STEPS, PROBLEMS, section_types_asked
from indexer.text.sentences import clause_spans, sentence_spans
from tests.conftest import CORPUS


@contextmanager
def configured(searcher, **change) -> Iterator[None]:
    saved = searcher.config
    searcher.config = replace(saved, **change)
    try:
        yield
    finally:
        searcher.config = saved


def texts(hits) -> list[str]:
    return [h.passage.text for h in hits]


# -- synonyms and abbreviations ----------------------------------------------------------------
def test_a_colloquial_name_finds_the_reports_wording(searcher):
    # The reports say 第一责任人, never 一把手, and the two share no word or character pair:
    # only the synonym table connects them.
    assert "第一责任人" in searcher._tokenizer.expand("一把手抓法治")
    hits = searcher.search("一把手", k=5, mode="bm25")
    assert hits and all("第一责任人" in t for t in texts(hits[:3]))
    with configured(searcher, expand_synonyms=False):
        assert searcher.search("一把手", k=5, mode="bm25") == []


def test_an_abbreviation_expands_to_its_full_forms(searcher):
    assert {"行刑衔接", "行政执法与刑事司法衔接"} <= set(searcher._tokenizer.expand("两法衔接"))
    assert all(
        "行刑衔接" in t or "刑事司法" in t for t in texts(searcher.search("两法衔接", k=3, mode="bm25"))
    )


def test_short_and_full_names_of_a_term_reach_each_other(searcher):
    short = {h.passage.passage_id for h in searcher.search("危化品", k=10, mode="bm25")}
    assert any("危险化学品" in searcher.passage(pid).text for pid in short)


# -- district, city and year in the query --------------------------------------------------------
@pytest.mark.parametrize("spelling", ["北碚区", "北碚", "北碚區"])
def test_a_district_named_in_the_query_filters(searcher, spelling):
    hits = searcher.search(f"{spelling}怎么开展行政复议", k=10)
    assert hits and {h.passage.district for h in hits} == {"北碚区"}
    with configured(searcher, understand_query=False):
        unscoped = searcher.search(f"{spelling}怎么开展行政复议", k=10)
    assert len({h.passage.district for h in unscoped}) > 1


def test_a_report_year_named_in_the_query_filters(searcher):
    assert {h.passage.year for h in searcher.search("2022年普法宣传", k=10)} == {2022}


def test_a_question_about_every_district_puts_different_districts_first(searcher):
    def first_three(hits) -> list[str]:
        return [h.passage.district or h.passage.report_id for h in hits[:3]]

    spread = first_three(searcher.search("哪些区组织了应急演练", k=10))
    assert len(set(spread)) == 3
    with configured(searcher, diversify=False):
        assert len(set(first_three(searcher.search("哪些区组织了应急演练", k=10)))) < 3


def test_a_city_with_one_district_in_the_index_filters_to_it(searcher):
    for query in ("武汉的安全生产执法", "湖北 安全生产执法"):
        hits = searcher.search(query, k=10)
        assert hits and {h.passage.district for h in hits} == {"硚口区"}


def test_a_municipality_narrows_to_its_districts(searcher):
    hits = searcher.search("重庆怎么开展普法", k=10)
    assert {h.passage.province for h in hits} == {"重庆市"}
    assert {h.passage.district for h in hits} == {"沙坪坝区", "北碚区"}
    compared = searcher.search("比较重庆各区的普法", k=10)
    assert {h.passage.province for h in compared} == {"重庆市"}
    assert compared[0].passage.district != compared[1].passage.district


def test_places_of_two_provinces_narrow_nothing(searcher):
    hits = searcher.search("比较武汉和北碚的普法", k=10)
    assert {"硚口区", "北碚区"} <= {h.passage.district for h in hits}
    assert any(h.passage.province not in ("湖北省", "重庆市") for h in hits)


def test_an_answer_about_a_municipality_cites_only_its_districts(searcher):
    from indexer.answers.answer import answer_question

    answer = answer_question(searcher, "重庆怎么开展普法宣传？")
    assert answer.citations and {c.district for c in answer.citations} <= {"沙坪坝区", "北碚区"}


# -- normalisation -------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_traditional_fullwidth_and_simplified_spellings_rank_alike(searcher, mode):
    simplified = _ranked_ids(searcher, "应急预案 演练 2023", mode)
    assert _ranked_ids(searcher, "應急預案　演練　２０２３", mode) == simplified


# -- the part of the report a query asks about ----------------------------------------------------
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("普法工作还有哪些短板", (PROBLEMS,)),
        ("执法队伍存在的问题", (PROBLEMS,)),
        ("明年准备怎么抓安全培训", (NEXT_STEPS,)),
        ("下一步打算", (NEXT_STEPS,)),
        ("发现问题后如何整改", ()),  # 问题 alone is everyday wording of the work done
        ("年度执法检查计划", ()),
    ],
)
def test_section_cues_in_a_query(query, expected):
    assert section_types_asked(query) == expected


def test_a_query_about_shortcomings_brings_the_problem_sections_up(searcher):
    query = "安全生产执法方面的不足"
    boosted = [h.passage.section_type for h in searcher.search(query, k=5)]
    with configured(searcher, section_boost=0.0):
        plain = [h.passage.section_type for h in searcher.search(query, k=5)]
    assert boosted.count(PROBLEMS) > plain.count(PROBLEMS)
    assert boosted[0] == PROBLEMS


# -- clauses as dense pieces -------------------------------------------------------------------
def test_clauses_and_adjacent_pairs_of_a_long_sentence():
    text = "同时，全面梳理执法事项清单，逐项明确责任科室，按季度通报进展。短句一个。"
    pieces = [text[s:e] for s, e in clause_spans(text)]
    assert pieces == [
        "同时，全面梳理执法事项清单",  # 同时 is too short to stand alone
        "逐项明确责任科室",
        "按季度通报进展。",
        "同时，全面梳理执法事项清单，逐项明确责任科室",
        "逐项明确责任科室，按季度通报进展。",
    ]
    assert clause_spans("只有一个分句的句子。") == []


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_every_clause_lies_inside_one_sentence_of_its_passage(searcher, name):
    clauses = searcher.backend.dense.clauses
    report_id = next(r["report_id"] for r in searcher.reports if r["source"] == name)
    rows = [
        i for i, (row, _, _) in enumerate(clauses.spans) if searcher.passages[int(row)].report_id == report_id
    ]
    assert rows
    for i in rows:
        row, start, end = (int(x) for x in clauses.spans[i])
        passage = searcher.passages[row]
        sentences = [(passage.start + s, passage.start + e) for s, e in sentence_spans(passage.text)]
        assert any(s <= start < end <= e and (start, end) != (s, e) for s, e in sentences)


def test_a_passage_is_found_through_one_clause_of_a_long_sentence(real_index, searcher, tmp_path):
    # "一案双查" is one clause of a long sentence about penalties, accident inquiries and
    # referrals; a question about investigating both the firm and its regulators matches
    # that clause far better than the sentence or the passage.
    query = "出事以后把企业和监管部门一起查"
    needle = "一案双查"
    without = tmp_path / "sentences-only"
    build_index(CORPUS, without, searcher.encoder, IndexOptions(clause_vectors=False), reuse_from=real_index)
    from indexer.retrieval.search import Searcher

    sentences_only = Searcher(without, encoder=searcher.encoder)
    assert not (sentences_only.version_dir / CLAUSE_FILES.spans).exists()
    assert read_manifest(sentences_only.version_dir)["counts"]["clauses"] == 0

    def rank(s) -> int:
        hits = s.search(query, k=20, mode="dense")
        return next(i for i, h in enumerate(hits) if needle in h.passage.text)

    assert rank(searcher) == 0
    assert rank(sentences_only) > rank(searcher)
    row = searcher.row_of(searcher.search(query, k=1, mode="dense")[0].passage.passage_id)
    vector = searcher.encoder.encode_queries([query])[0]
    with_clauses = searcher.backend.dense.score(vector, np.array([row]), 0.5)[0]
    assert with_clauses > sentences_only.backend.dense.score(vector, np.array([row]), 0.5)[0]


def test_the_manifest_counts_clauses(searcher):
    counts = searcher.manifest["counts"]
    assert counts["clauses"] == len(searcher.backend.dense.clauses.spans) > counts["sentences"]


def test_clause_vectors_are_left_out_of_large_indexes_unless_asked(tmp_path, monkeypatch):
    from indexer.index import options as options_module
    from tests.conftest import HashEncoder

    monkeypatch.setattr(options_module, "LARGE_INDEX_PASSAGES", 100)  # the corpus has ~157 passages
    large = build_index(CORPUS, tmp_path / "auto", HashEncoder(), IndexOptions(dense_index="flat"))
    manifest = read_manifest(large.version_dir)
    assert manifest["counts"]["clauses"] == 0 and manifest["options"]["clause_vectors"] is False
    asked = build_index(CORPUS, tmp_path / "asked", HashEncoder(), IndexOptions(clause_vectors=True))
    assert read_manifest(asked.version_dir)["counts"]["clauses"] > 0


def test_an_index_without_clause_files_still_scores_by_sentences(tmp_path):
    from indexer.retrieval.search import Searcher
    from tests.conftest import HashEncoder

    index_dir = tmp_path / "idx"
    build_index(CORPUS, index_dir, HashEncoder(), IndexOptions(clause_vectors=False))
    plain = Searcher(index_dir, encoder=HashEncoder())
    assert plain.backend.dense.clauses is None
    assert plain.search("应急演练 预案", k=3, mode="dense")


def _ranked_ids(searcher, query: str, mode: str = "hybrid") -> list[str]:
    return [h.passage.passage_id for h in searcher.search(query, k=10, mode=mode)]


def test_best_piece_scoring_changes_the_dense_ranking(searcher):
    query = "出事以后把企业和监管部门一起查"
    with configured(searcher, sentence_weight=0.0):
        passages_only = _ranked_ids(searcher, query, "dense")
    assert _ranked_ids(searcher, query, "dense") != passages_only


def test_unknown_section_cue_words_leave_ranking_alone(searcher):
    query = "危险化学品 经营许可"
    with configured(searcher, section_boost=0.0):
        plain = _ranked_ids(searcher, query)
    assert _ranked_ids(searcher, query) == plain


# -- plain-language thesaurus (issue 18) -----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "report_term"),
    [
        ("执法人员执法出错要负责吗", "执法过错责任追究"),
        ("罚多罚少是看情况罚的吗，有没有个标准", "自由裁量"),
        ("领导管业务也管安全这一条落实了吗", "一岗双责"),
    ],
)
def test_thesaurus_expansion_reaches_the_official_term_of_a_plain_question(searcher, question, report_term):
    from indexer.evaluation.levers import Levers, lever_search

    def rank(levers):
        hits = lever_search(searcher, question, 10, levers)
        return next((h.rank for h in hits if report_term in h.passage.text), 99)

    # The BM25 side alone: the dense rewordings (on by default) reach the term too.
    with_thesaurus = rank(Levers(expand_weight=1.0, variant_weight=0.0))
    without = rank(Levers(expand_weight=0.0, variant_weight=0.0))
    assert with_thesaurus <= 2
    assert without > with_thesaurus
    # The dense side alone: the question reworded in official words, embedded.
    assert rank(Levers(expand_weight=0.0, variant_weight=1.0)) < without


def test_thesaurus_expansion_leaves_a_query_in_official_words_alone(searcher):
    from indexer.evaluation.levers import Levers, lever_search

    query = "行政复议 应诉 败诉率"
    plain = [h.passage.passage_id for h in lever_search(searcher, query, 10, Levers(expand_weight=0.0))]
    assert [
        h.passage.passage_id for h in lever_search(searcher, query, 10, Levers(expand_weight=1.0))
    ] == plain


def test_the_search_applies_the_thesaurus_by_default(searcher):
    question = "领导管业务也管安全这一条落实了吗"

    def rank():
        hits = searcher.search(question, k=10)
        return next((h.rank for h in hits if "一岗双责" in h.passage.text), 99)

    assert searcher.config.thesaurus_weight > 0
    on = rank()
    with configured(searcher, thesaurus_weight=0.0):
        off = rank()
    assert on <= 2 < off


# -- pseudo-relevance feedback when the query's words are not the reports' (issue 18) --------
def _feedback_of(searcher, query: str, k: int = 10):
    from indexer.retrieval.explain import SearchTrace

    trace = SearchTrace()
    hits = searcher.search(query, k=k, trace=trace)
    return hits, trace


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("一年到头给老百姓讲了多少次安全知识", "宣传"),
        ("他们有没有把法律条文贴到企业门口去", "宣传"),
        ("局里的人自己犯了错谁来查", "监督"),
    ],
)
def test_feedback_gathers_more_passages_on_a_plain_questions_topic(searcher, question, topic):
    hits, trace = _feedback_of(searcher, question)
    assert trace.feedback_rows and trace.feedback_terms
    on = sum(topic in h.passage.text for h in hits)
    with configured(searcher, feedback_coverage=0.0):
        off = sum(topic in h.passage.text for h in searcher.search(question, k=10))
    assert on > off


@pytest.mark.parametrize("query", ["消防 检查 整改", "行政执法 培训", "安全生产执法检查"])
def test_keyword_queries_get_no_feedback(searcher, query):
    hits, trace = _feedback_of(searcher, query)
    assert trace.feedback_rows == []
    with configured(searcher, feedback_coverage=0.0):
        off = searcher.search(query, k=10)
    assert [(h.passage.passage_id, h.score) for h in hits] == [(h.passage.passage_id, h.score) for h in off]


def test_a_question_in_the_reports_own_words_gets_no_feedback(searcher):
    _, trace = _feedback_of(searcher, "今年行政复议和行政诉讼案件的办理情况怎么样")
    assert trace.feedback_rows == []
