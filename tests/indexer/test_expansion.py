"""Query-side levers that need no index (indexer/retrieval/expansion.py), in our own wording."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.retrieval import expansion
from indexer.text.normalize import normalize_for_matching

# A made-up table, so these tests say what the functions do whatever the thesaurus holds.
TABLE = {
    "管事的": ("负责人",),
    "查账": ("审计",),
    "开会": ("召开会议", "会议"),
    "查": ("检查",),
}


def test_plain_words_are_found_longest_first_without_overlap():
    found = expansion.plain_terms("管事的要不要查账", TABLE)
    assert [(plain, start) for plain, start, _ in found] == [("管事的", 0), ("查账", 6)]


def _plain_terms_by_definition(query, table):
    """Each plain word, longest first, takes its first occurrence that no longer word took."""
    text = normalize_for_matching(query)
    taken, found = [False] * len(text), []
    for plain in sorted(table, key=len, reverse=True):
        start = text.find(plain)
        while start >= 0:
            if not any(taken[start : start + len(plain)]):
                taken[start : start + len(plain)] = [True] * len(plain)
                found.append((start, plain, table[plain]))
                break
            start = text.find(plain, start + 1)
    return [(plain, start, officials) for start, plain, officials in sorted(found)]


# Few letters, so generated queries hold the words often, overlapping and repeated.
_LETTERS = "查账开会管事的罚款"


@given(
    st.text(alphabet=_LETTERS, max_size=24),
    st.dictionaries(st.text(alphabet=_LETTERS, min_size=1, max_size=4), st.just(("公文",)), max_size=12),
)
def test_plain_words_found_by_lookup_match_their_definition(query, table):
    assert expansion.plain_terms(query, table) == _plain_terms_by_definition(query, table)


def test_the_shipped_thesaurus_is_read_as_defined():
    query = "一把手不管事，罚钱太多，打官司也没用，走过场应付检查"
    assert expansion.plain_terms(query) == _plain_terms_by_definition(query, expansion.thesaurus())


def test_expansion_terms_leave_out_what_the_query_already_says():
    assert expansion.expansion_terms("查账 审计 报告", TABLE) == []
    assert expansion.expansion_terms("开会说了什么", TABLE) == ["召开会议", "会议"]


def test_variants_replace_every_plain_word_once_per_official_wording():
    assert expansion.query_variants("管事的开会", TABLE) == ["负责人召开会议", "负责人会议"]
    assert expansion.query_variants("没有口语词", TABLE) == []


def test_a_plain_word_inside_its_own_official_term_is_not_reworded():
    table = {"复核": ("行政复核",), "开会": ("召开会议",)}
    assert expansion.query_variants("行政复核 结果", table) == []
    assert expansion.query_variants("行政复核以后开会", table) == ["行政复核以后召开会议"]


def test_the_shipped_thesaurus_maps_plain_words_to_official_terms():
    table = expansion.thesaurus()
    assert len(table) >= 300
    assert all(plain not in officials for plain, officials in table.items())
    assert "个人专断" in table["一言堂"]


@pytest.mark.parametrize(
    ("query", "shape"),
    [
        ("消防 检查 整改", "keyword"),
        ("危险化学品经营许可", "keyword"),
        ("去年培训了多少人", "question"),
        ("夜里工地吵不吵", "question"),
        ("我家楼下那个小饭馆老是把煤气罐堆在门口，这种事情到底归不归你们管啊", "conversational"),
    ],
)
def test_query_shape(query, shape):
    assert expansion.query_shape(query) == shape


def test_short_pieces_join_the_next_clause():
    assert expansion.clauses("我想问，就是，工厂的废水排到河里了，有人管吗") == [
        "我想问就是",
        "工厂的废水排到河里了",
        "有人管吗",
    ]


def test_rocchio_moves_the_query_towards_the_feedback_and_keeps_unit_length():
    query = np.array([1.0, 0.0], dtype=np.float32)
    moved = expansion.rocchio(query, np.array([[0.0, 1.0]], dtype=np.float32), 1.0)
    assert np.isclose(np.linalg.norm(moved), 1.0)
    assert moved[1] > 0.5
    assert expansion.rocchio(query, np.zeros((0, 2), dtype=np.float32), 1.0) is query


def test_interleave_takes_each_groups_first_before_any_second():
    groups = [[(1, 0.9), (2, 0.8)], [(3, 0.5), (4, 0.4)], [(5, 0.7), (1, 0.6)]]
    assert [r for r, _ in expansion.interleave(groups, 10)] == [1, 5, 3, 2, 4]
    assert [r for r, _ in expansion.interleave(groups, 2)] == [1, 5]


def test_expansion_mixes_in_the_official_terms_list_at_its_share():
    own = (np.array([1, 2]), np.array([4.0, 2.0]))
    official = (np.array([3, 1]), np.array([6.0, 3.0]))
    rows, scores = expansion.with_expansion(own, official, 1.0)
    assert dict(zip(rows.tolist(), scores.tolist(), strict=True)) == pytest.approx({1: 0.75, 3: 0.5, 2: 0.25})
    # The two lists' best passages differ, so no passage reaches 1: the lexical side is unsure.
    assert scores.max() < 1
    assert expansion.with_expansion(own, official, 0.0) is own
    assert expansion.with_expansion(own, (np.array([], dtype=np.int64), np.array([])), 1.0) is own


# -- dense multi-query (indexer/retrieval/multiquery.py) -------------------------------------
def test_each_passage_keeps_its_best_scaled_score_over_the_rewordings():
    from indexer.retrieval.multiquery import best_of_scaled

    own = (np.array([3, 1, 2]), np.array([0.90, 0.85, 0.80]))  # scaled: 1.0, 0.5, 0.0
    reworded = (np.array([2, 5]), np.array([0.88, 0.78]))  # scaled: 1.0, 0.0
    rows, scores = best_of_scaled([own, reworded])
    assert rows.tolist() == [2, 3, 1, 5]
    assert scores.tolist() == pytest.approx([1.0, 1.0, 0.5, 0.0])


def test_one_list_is_left_as_it_came():
    from indexer.retrieval.multiquery import best_of_scaled

    own = (np.array([4, 7]), np.array([0.9, 0.8]))
    assert best_of_scaled([own]) is own


def test_the_query_comes_first_in_its_matching_form_then_its_rewordings():
    from indexer.retrieval.multiquery import queries_to_embed

    assert queries_to_embed("管事的开会", 1, TABLE) == ["管事的开会", "负责人召开会议"]
    assert queries_to_embed("管事的开会", 0, TABLE) == ["管事的开会"]
    assert queries_to_embed("應急預案　２０２３", 2, TABLE) == ["应急预案 2023"]


# -- lexical evidence and feedback terms (indexer/retrieval/evidence.py, feedback.py) --------
def _stats(frequencies: dict[str, int], passages: int = 100):
    from indexer.retrieval.evidence import TermStats

    return TermStats(lambda token: frequencies.get(token, 0), passages)


def test_coverage_is_the_share_of_the_querys_idf_mass_a_passage_holds():
    from indexer.retrieval.evidence import coverage

    stats = _stats({"工作": 90, "隐患": 5, "排查": 8})
    query = ["工作", "隐患", "排查"]
    assert coverage(query, {"工作", "隐患", "排查", "其他"}, stats) == pytest.approx(1.0)
    assert coverage(query, set(), stats) == 0.0
    everyday, rare = coverage(query, {"工作"}, stats), coverage(query, {"隐患"}, stats)
    assert everyday < 0.1 < rare  # a word in most passages says little
    # A word the corpus never saw counts as rare as a word of one passage: unmatched, it
    # keeps the coverage of a query in other words low.
    assert coverage(["工作", "没见过的词"], {"工作"}, _stats({"工作": 90})) < 0.1


def test_feedback_terms_are_telling_words_the_feedback_passages_share():
    from indexer.retrieval.evidence import feedback_terms

    stats = _stats({"台账": 3, "动态": 6, "工作": 95, "一次": 40, "巡查": 4})
    passages = [
        ["台账", "动态", "工作", "巡查", "台账"],
        ["台账", "动态", "工作", "一次"],
        ["巡查", "工作", "一次"],
    ]
    terms = feedback_terms(["巡查"], passages, stats, 3)
    assert terms[0] == "台账"  # most of it, and rare
    assert "巡查" not in terms  # the query's own word
    assert "工作" not in terms[:2]  # everywhere: worth little
    assert feedback_terms(["巡查"], [["台账", "动态", "动"]], stats, 5) == [
        "台账",
        "动态",
    ]  # one passage: no confirmation needed; single characters never


def test_a_query_whose_words_no_top_passage_holds_has_weak_evidence():
    from indexer.retrieval.feedback import weak_evidence

    stats = _stats({"隐患": 5, "排查": 8, "工作": 90})
    texts = {0: ["隐患", "排查", "工作"], 1: ["工作"]}
    assert not weak_evidence(["隐患", "排查"], np.array([0, 1]), texts.__getitem__, stats, 0.5)
    assert weak_evidence(["工作", "老板", "罚钱"], np.array([1, 0]), texts.__getitem__, stats, 0.5)
    assert weak_evidence(["老板"], np.array([], dtype=np.int64), texts.__getitem__, stats, 0.5)


def test_extra_lists_share_the_lexical_side_by_weight():
    own = (np.array([1, 2]), np.array([4.0, 2.0]))  # scaled: 1.0, 0.5
    official = (np.array([2, 3]), np.array([3.0, 3.0]))  # scaled: 1.0, 1.0
    fed = (np.array([3]), np.array([0.5]))  # scaled: 1.0
    rows, scores = expansion.mixed(own, [(official, 1.0), (fed, 0.5)])
    got = dict(zip(rows.tolist(), scores.tolist(), strict=True))
    assert got == pytest.approx({1: 1.0 / 2.5, 2: (0.5 + 1.0) / 2.5, 3: (1.0 + 0.5) / 2.5})
    assert expansion.mixed(own, [(official, 0.0), ((np.array([]), np.array([])), 1.0)]) is own
    two = expansion.with_expansion(own, official, 1.0)
    assert two[0].tolist() == expansion.mixed(own, [(official, 1.0)])[0].tolist()


@pytest.mark.parametrize(
    ("query", "official"),
    [
        ("初犯不罚这种做法有没有", "包容审慎监管"),
        ("街道有没有义工队伍", "志愿服务队"),
        ("打举报热线有人管吗", "12350"),
        ("他们搞不搞人性化执法", "柔性执法"),
    ],
)
def test_everyday_words_reach_the_reports_own_terms(query, official):
    """The official side is the reports' wording, so the expansion can match a passage."""
    assert official in expansion.expansion_terms(query)
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    assert any(
        official in normalize_for_matching(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt")
    )


def test_search_only_pairs_widen_a_search_but_are_no_answer():
    """A thing for its class widens a search (电梯 finds 特种设备 passages); `ask` must not take
    the class for the thing: a report's 特种设备安全 says nothing about elevator rescue."""
    from indexer.answers.terms import equivalents

    assert "特种设备" in expansion.thesaurus()["电梯"]
    assert "特种设备" not in equivalents().get("电梯", frozenset())
    # Pairs of the equivalence file serve both.
    assert "法律顾问" in expansion.thesaurus()["请律师"] and "法律顾问" in equivalents()["请律师"]


def test_no_pair_is_both_an_equivalence_and_search_only():
    """A pair moved into the equivalence file leaves the search-only one: one place says what
    a pair is."""
    from indexer.text import plain_words

    both = set(plain_words.pairs(plain_words.EQUIVALENT)) & set(plain_words.pairs(plain_words.SEARCH_ONLY))
    assert not both


def test_a_slang_name_for_the_same_thing_answers_and_a_device_for_an_action_does_not():
    from indexer.answers.terms import equivalents

    assert "行刑衔接" in equivalents()["两法衔接"]  # the news name of the same mechanism
    assert "执法记录仪" not in equivalents().get("全程录像", frozenset())  # an action, not the device
