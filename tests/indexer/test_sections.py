"""The heading tree of each real report."""

from __future__ import annotations

import pytest

from indexer.ingest.clean import clean_text
from indexer.ingest.formats import read_any as read_report_file
from indexer.ingest.sections import parse_outline
from tests.conftest import CORPUS

TOP_LEVEL_TITLES = {
    "000_bfa995e79c53abb1.txt": [
        "2023年推进法治政府建设的主要举措和成效",
        "2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        "2023年推进法治政府建设存在的不足和原因",
        "2024年推进法治政府建设的工作思路",
    ],
    "001_90b106a42d832c1f.txt": [
        "党政主要负责人履行推进法治政府建设第一责任人职责和加强法治政府建设的情况",
        "推进法治政府建设的举措及成效",
        "规范行政执法监督优化营商环境工作",
        "大力开展普法宣传工作",
        "推进法治政府建设存在的不足及下一步工作安排",
    ],
    "002_efacd56a1967a3ad.txt": [
        "推进法治政府建设的主要举措和成效",
        "推进法治政府建设存在的不足和原因",
        "党政主要负责人履行推进法治建设第一责任人职责情况",
        "2024年推进法治政府建设的主要安排",
    ],
    "003_0a1174e0e61f44a7.txt": [
        "主要举措和成效",
        "严格落实党政主要负责人履行推进法治建设第一责任人职责",
        "存在的主要问题",
        "下一步工作打算",
    ],
    "004_6c2235596314ce6f.txt": [
        "法治政府建设主要举措和成效",
        "存在的问题和不足",
        "2024年度推进法治政府建设的主要安排",
    ],
}


def outline_of(name: str):
    cleaned = clean_text(read_report_file(CORPUS / name))
    return cleaned, parse_outline(cleaned)


@pytest.mark.parametrize("name", sorted(TOP_LEVEL_TITLES))
def test_top_level_section_titles(name):
    _, outline = outline_of(name)
    assert [s.title for s in outline.sections] == TOP_LEVEL_TITLES[name]
    assert [s.level for s in outline.sections] == [1] * len(TOP_LEVEL_TITLES[name])


@pytest.mark.parametrize("name", sorted(TOP_LEVEL_TITLES))
def test_sections_tile_the_body_and_children_nest_inside_parents(name):
    cleaned, outline = outline_of(name)
    assert outline.preamble[0] == 0
    assert outline.sections[0].start == outline.preamble[1]
    assert outline.sections[-1].end <= outline.trailer[0] <= len(cleaned)
    for before, after in zip(outline.sections, outline.sections[1:], strict=False):
        assert before.end == after.start

    def check(section):
        for child in section.children:
            assert section.start <= child.start < child.end <= section.end
            assert child.level == section.level + 1
            check(child)

    for section in outline.sections:
        check(section)


def test_preamble_holds_the_title_lines():
    cleaned, outline = outline_of("000_bfa995e79c53abb1.txt")
    preamble = cleaned[slice(*outline.preamble)]
    assert preamble.startswith("重庆市沙坪坝区应急管理局\n关于2023年法治政府建设情况的报告")


def test_signature_block_is_the_trailer_not_part_of_the_last_section():
    cleaned, outline = outline_of("002_efacd56a1967a3ad.txt")
    assert cleaned[slice(*outline.trailer)].startswith("上海市普陀区应急管理局\n2023年11月9日")
    assert "共印5份" not in cleaned[outline.sections[-1].start : outline.sections[-1].end]


def test_mixed_numbering_styles_stay_siblings():
    # This report opens a list with （1） and continues it with （二）.
    _, outline = outline_of("000_bfa995e79c53abb1.txt")
    problems = outline.sections[2]
    assert [c.marker for c in problems.children] == ["（1）", "（二）"]
    titles = [c.title for c in problems.children]
    assert titles[0] == "应急管理数字化建设程度不高"
    assert titles[1].startswith("法治宣传的广度") and titles[1].endswith("亟待加强") and len(titles[1]) == 14


def test_three_heading_levels_and_inline_enumerations():
    _, outline = outline_of("003_0a1174e0e61f44a7.txt")
    first = outline.sections[0]
    party = first.children[0]
    assert party.marker == "(一)" and party.title == "加强党的领导,完善法治政府建设推进机制"
    assert [c.marker for c in party.children] == ["1.", "2.", "3."]
    items = party.children[1].children
    assert [c.marker for c in items] == ["一是", "二是", "三是"]
    assert items[1].title == "多部门共同参与事故调查"


def test_enumerations_inside_one_paragraph_become_items():
    cleaned, outline = outline_of("000_bfa995e79c53abb1.txt")
    first_item_group = outline.sections[0].children[0]
    assert first_item_group.title == "提高政治站位，切实加强组织领导"
    items = first_item_group.children
    assert len(items) == 3
    assert cleaned[items[0].start : items[0].start + 2] == "一是"
    assert items[0].end == items[1].start


def test_text_without_headings_is_all_preamble():
    outline = parse_outline("只有一段话，没有任何标题。")
    assert outline.sections == () and outline.preamble == (0, len("只有一段话，没有任何标题。"))
