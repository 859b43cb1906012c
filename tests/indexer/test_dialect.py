"""The districts' own speech read as standard Mandarin (indexer/text/dialect.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from indexer.text.dialect import dialect_note, in_mandarin


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("北碚今年罚了好多钱？", "北碚今年罚了多少钱？"),
        ("硚口的救援队有几多支", "硚口的救援队有多少支"),
        ("侬晓得普陀执法大队啥辰光成立额伐？", "侬知道普陀执法大队什么时候成立的吗？"),
        ("沙坪坝那个系统还莫得建起来？", "沙坪坝那个系统还没有建起来？"),
        ("硚口的持证率么样？", "硚口的持证率怎么样？"),
        ("硚口的系统是么样用的？", "硚口的系统是怎么用的？"),
        ("北碚啷个处理投诉的", "北碚怎么处理投诉的"),
    ],
)
def test_dialect_words_are_read_in_mandarin(typed, read):
    assert in_mandarin(typed)[0] == read


@pytest.mark.parametrize(
    "standard",
    [
        "好多企业都建了档吗",  # 好多 stating many, asking nothing of its number
        "他们做了好多工作",
        "北碚区罚款金额是多少？",  # 额 of 金额, and no Shanghai speech around it
        "什么样的培训最多",
        "怎么样才能举报",
        "移送了什么司法机关",
        "阿拉伯语的宣传册有几份",
        "采伐林木要审批吗",
        "听讲座的有多少人",
    ],
)
def test_standard_words_holding_a_dialect_word_are_left_alone(standard):
    assert in_mandarin(standard) == (standard, [])


def test_the_note_names_each_word_read():
    _, words = in_mandarin("阿拉普陀罚脱多少铜钿？")
    assert (
        dialect_note(words)
        == "问题中的方言词按普通话读：“阿拉”读作“我们”、“铜钿”读作“钱”、“罚脱”读作“罚了”。"
    )
