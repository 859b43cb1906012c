"""Query-side levers that need no index (indexer/retrieval/expansion.py), in our own wording."""

import numpy as np
import pytest

from indexer.retrieval import expansion

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


def test_expansion_terms_leave_out_what_the_query_already_says():
    assert expansion.expansion_terms("查账 审计 报告", TABLE) == []
    assert expansion.expansion_terms("开会说了什么", TABLE) == ["召开会议", "会议"]


def test_variants_replace_every_plain_word_once_per_official_wording():
    assert expansion.query_variants("管事的开会", TABLE) == ["负责人召开会议", "负责人会议"]
    assert expansion.query_variants("没有口语词", TABLE) == []


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
