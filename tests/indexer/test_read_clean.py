"""Decoding and cleaning, on the real reports."""

from __future__ import annotations

import codecs

import pytest

from indexer.errors import ReportReadError
from indexer.ingest.clean import clean_text
from indexer.ingest.formats import read_any as read_report_file
from indexer.ingest.formats.txt import decode_report
from tests.conftest import CORPUS, REPORT_FILES


@pytest.mark.parametrize("name", REPORT_FILES)
def test_utf8_bom_and_gb18030_decode_to_the_same_text(name):
    text = read_report_file(CORPUS / name)
    assert decode_report(codecs.BOM_UTF8 + text.encode("utf-8"), name) == text
    assert decode_report(text.encode("gb18030"), name) == text


def test_utf16_with_bom_decodes():
    text = read_report_file(CORPUS / REPORT_FILES[1])
    assert decode_report(text.encode("utf-16"), "utf16.txt") == text


def test_gbk_encoded_report_decodes():
    text = read_report_file(CORPUS / REPORT_FILES[0])
    assert decode_report(text.encode("gbk"), "gbk.txt") == text


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        ("report 2023".encode("utf-16-le"), "NUL"),
        (b"\x81\x20" * 50, "cannot decode"),
    ],
)
def test_undecodable_input_names_the_file(data, fragment):
    with pytest.raises(ReportReadError) as info:
        decode_report(data, "broken_report.txt")
    assert "broken_report.txt" in str(info.value)
    assert fragment in str(info.value)


@pytest.mark.parametrize("name", REPORT_FILES)
def test_cleaning_removes_conversion_artifacts(name):
    cleaned = clean_text(read_report_file(CORPUS / name))
    for artifact in ("[bookmark", "_GoBack", "— - 1 - —", "\f", "\r", "\u3000", "  ", "\n\n"):
        assert artifact not in cleaned
    assert cleaned == cleaned.strip()


def test_artifact_lines_and_page_numbers_are_dropped():
    raw = "一、总体情况\n第一段文字，没有结束\f\n- 3 -\n[bookmark: _GoBack]继续写完。\n第 4 页\n"
    assert clean_text(raw) == "一、总体情况\n第一段文字，没有结束继续写完。"


def test_sentence_broken_across_lines_is_rejoined():
    cleaned = clean_text(read_report_file(CORPUS / "000_bfa995e79c53abb1.txt"))
    # The original file breaks this sentence after 认真 onto the next line.
    assert "始终坚持民主集中制，认真履行依法科学民主决策" in cleaned


def test_sentence_broken_across_a_page_gap_is_rejoined():
    cleaned = clean_text(read_report_file(CORPUS / "002_efacd56a1967a3ad.txt"))
    assert "区分任务分工" in cleaned


def test_heading_line_is_not_glued_to_its_body():
    cleaned = clean_text(read_report_file(CORPUS / "001_90b106a42d832c1f.txt"))
    assert "（二）加强组织领导，统筹推进依法治区暨法治政府建设\n" in cleaned


def test_spaces_between_chinese_and_digits_are_removed():
    cleaned = clean_text(read_report_file(CORPUS / "004_6c2235596314ce6f.txt"))
    assert "2023 年" not in cleaned
    assert "2023年以来" in cleaned


def test_markdown_bold_is_removed_but_anonymised_names_stay():
    bold = clean_text(read_report_file(CORPUS / "002_efacd56a1967a3ad.txt"))
    assert "建立重点企业数据库" in bold and "**" not in bold
    anonymised = clean_text(read_report_file(CORPUS / "001_90b106a42d832c1f.txt"))
    assert "**区应急管理局" in anonymised


def test_masked_figures_keep_their_asterisks():
    # The anonymised report masks figures as well as names; two masks in one clause once looked
    # like bold around the words between them, and a quote lost both.
    raw = read_report_file(CORPUS / "001_90b106a42d832c1f.txt")
    cleaned = clean_text(raw)
    assert cleaned.count("*") == raw.count("*")
    assert "巡查各类型企业**家，共计发现执法人员不规范执法行为**项" in cleaned


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("完成检查**家，发现隐患**处。", "完成检查**家，发现隐患**处。"),  # masks glued to their units
        ("清单共***项，其中许可***项。", "清单共***项，其中许可***项。"),  # three-star masks
        ("开展“**安全生产**宣传月”活动。", "开展“**安全生产**宣传月”活动。"),  # a masked name inside quotes
        ("一是**完善制度。**修订了三项办法。", "一是完善制度。修订了三项办法。"),
        ("**压实主体责任**，落实全员责任制。", "压实主体责任，落实全员责任制。"),
    ],
)
def test_bold_is_told_from_masks_by_where_it_opens_and_closes(line, kept):
    assert clean_text(line) == kept


def test_traditional_and_fullwidth_text_is_kept_as_written():
    raw = "一、總體情況\n行政執法ＡＢＣ１２３，完成。"
    assert clean_text(raw) == raw
