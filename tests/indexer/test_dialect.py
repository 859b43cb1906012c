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


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # as opencc's t2s leaves Cantonese typed in traditional characters (係 -> 系, 嗰 -> 𠮶)
        ("北碚系咪有个志愿队？佢哋有几多人？", "北碚是不是有个志愿队？他们有多少人？"),
        ("硚口请咗边间律师行？", "硚口请了哪家律师行？"),
        ("普陀𠮶边罚咗几多钱㗎？", "普陀那边罚了多少钱的？"),
        ("北碚同沙坪坝边个多啲？", "北碚和沙坪坝哪个多些？"),
        ("点解事故宗数跌咗咁多？", "为什么事故起数下降了这么多？"),
        ("硚口冇出过事，啱唔啱？", "硚口没有出过事，对不对？"),
        ("罚款权系五万蚊以下嘅吧", "罚款权是五万元以下的吧"),
    ],
)
def test_cantonese_is_read_in_mandarin(typed, read):
    assert in_mandarin(typed)[0] == read


@pytest.mark.parametrize(
    "standard",
    [
        # no Cantonese word: 系, 同, 话 and 间 stay the Mandarin words they are
        "体系建设有几个部分？",
        "北碚同比下降了多少？",
        "电话号码是多少？",
        "两间仓库查了吗？",
        "普陀和北碚的应急联系人是谁？",
    ],
)
def test_mandarin_words_cantonese_also_uses_are_left_without_cantonese_around(standard):
    assert in_mandarin(standard) == (standard, [])


def test_cantonese_words_inside_standard_words_are_left():
    read, _ = in_mandarin("佢哋嘅应急体系同联系机制系咪完善？")
    assert read == "他们的应急体系和联系机制是不是完善？"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("北碚的培训统共办了几期？", "北碚的培训总共办了几期？"),
        ("村里头是没得应急专干的吧", "村里是没有应急专干的吧"),
        ("那个队伍叫个啥名堂？", "那个队伍叫什么名字？"),
        ("普法搞出了什么名堂？", "普法搞出了什么名堂？"),  # what came of it, no name
        ("这件事没得说", "这件事没得说"),  # 没得说: no doubt, not 没有
    ],
)
def test_southwest_mandarin_words(typed, read):
    assert in_mandarin(typed)[0] == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("侬晓得普陀个执法大队是啥辰光成立个伐？", "侬知道普陀的执法大队是什么时候成立的吗？"),
        ("阿拉问问，搿份报告讲疫情辰光停了几个月？", "我们问问，这份报告讲疫情时候停了几个月？"),
        ("听讲北碚输脱一桩官司，哪能回事体？", "听说北碚输了一件官司，怎么回事情？"),
        ("搿只平台几辰光上线个？", "这只平台什么时候上线的？"),
    ],
)
def test_shanghainese_is_read_in_mandarin(typed, read):
    assert in_mandarin(typed)[0] == read


def test_a_quoted_name_keeps_its_words_in_a_shanghainese_question():
    read, _ = in_mandarin("搿桩事体里“一个窗口”搭《办事体指南》是北碚个伐？")
    assert "“一个窗口”" in read and "《办事体指南》" in read and "这桩事情" in read


def test_mandarin_counts_stay_in_a_shanghainese_question():
    read, _ = in_mandarin("阿拉想晓得北碚有几个队伍，整个区有三个吗？")
    assert "几个队伍" in read and "整个区" in read and "三个" in read
