"""Exports of real results, opened with the libraries a researcher's Excel and Word stand in for:
every row and note points at the exact text of its report."""

from __future__ import annotations

import csv
import io
import re

import pytest
from docx import Document
from openpyxl import load_workbook

from indexer.answers.compare import compare_topic
from indexer.errors import BadQueryError
from service import exports


@pytest.fixture(scope="module")
def search_export(searcher):
    hits = searcher.search("危险化学品 安全检查", k=6)
    return exports.from_search("危险化学品 安全检查", [h.to_dict() for h in hits])


def _cleaned(searcher, report: str) -> str:
    report_id = report.rsplit(".", 1)[0]
    return searcher.cleaned_text(report_id)


def test_csv_opens_as_utf8_in_excel_and_every_row_cites_its_text(searcher, search_export):
    data = exports.to_csv(search_export)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 6
    for row in rows:
        cleaned = _cleaned(searcher, row["报告"])
        assert cleaned[int(row["起始字符"]) : int(row["结束字符"])] == row["原文"]
        assert row["区"] and row["年度"].isdigit() and row["段落编号"]


def test_xlsx_has_the_citation_columns_and_the_texts(searcher, search_export):
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(search_export))).active
    header = [c.value for c in sheet[1]]
    for title in ("区", "年度", "章节", "原文", "报告", "段落编号", "起始字符", "结束字符"):
        assert title in header
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 6
    for row in rows:
        assert _cleaned(searcher, row["报告"])[row["起始字符"] : row["结束字符"]] == row["原文"]


def test_docx_and_markdown_number_a_note_per_text(searcher):
    answer = {
        "query": "怎样开展安全生产培训？",
        "answered": True,
        "notice": "以下句子摘自报告原文。",
        "answer": "见引用。",
        "citations": [h.to_dict() for h in searcher.search("安全生产培训", k=3)],
    }
    export = exports.from_answer(answer)
    document = Document(io.BytesIO(exports.to_docx(export)))
    paragraphs = [p.text for p in document.paragraphs]
    notes = [p for p in paragraphs if re.match(r"^\[\d+\] ", p)]
    assert len(notes) == 3 and "以下句子摘自报告原文。" in paragraphs
    for number, citation in enumerate(answer["citations"], 1):
        body = next(p for p in document.paragraphs if p.text.startswith(citation["text"]))
        assert body.runs[-1].text == f"[{number}]" and body.runs[-1].font.superscript
        note = notes[number - 1]
        assert citation["passage_id"] in note and f"第 {citation['start']}–{citation['end']} 字" in note
        assert citation["district"] in note
    markdown = exports.to_markdown(export).decode("utf-8")
    assert markdown.count("[^1]") == 2 and "[^3]:" in markdown  # the mark and its note


def test_a_comparison_names_the_districts_that_say_nothing(searcher):
    entries = compare_topic(searcher, "无人机巡查", k=2)
    export = exports.from_comparison("无人机巡查", [e.to_dict() for e in entries])
    markdown = exports.to_markdown(export).decode("utf-8")
    for entry in entries:
        assert f"## {entry.group.label}" in markdown.replace("\\", "")
    silent = [e for e in entries if not e.has_evidence]
    assert markdown.count("报告中没有与该主题相符的段落。") == len(silent)


def test_a_declined_answer_exports_its_closest_passages_as_not_an_answer(searcher):
    closest = [h.to_dict() for h in searcher.search("围棋比赛", k=2)]
    answer = {
        "query": "区里办了几场围棋比赛？",
        "answered": False,
        "notice": "报告没有说。",
        "closest": closest,
    }
    markdown = exports.to_markdown(exports.from_answer(answer)).decode("utf-8")
    assert "不构成答案" in markdown and "报告没有说。" in markdown


def test_markup_in_report_text_stays_literal_in_markdown():
    item = exports.Cited("第*1*项 [附件] #2", "某区", 2023, ("一、",), "r.txt", "r-p001", 0, 12)
    markdown = exports.to_markdown(exports.Export("t", [], [exports.Group(None, [item])])).decode()
    assert "第\\*1\\*项 \\[附件\\] \\#2[^1]" in markdown


def test_an_unknown_format_is_a_clear_error(search_export):
    with pytest.raises(BadQueryError, match="csv, xlsx, docx, md"):
        exports.render(search_export, "pdf")


def test_the_cli_writes_each_export_and_refuses_half_an_export(real_index, tmp_path):
    from tests.service.test_cli_search import assert_clean_error, run

    index = ["--index", str(real_index)]
    table = tmp_path / "hits.csv"
    done = run("search", "执法检查", "--format", "csv", "--output", str(table), *index)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 10 and all(r["段落编号"] for r in rows)
    document = tmp_path / "compare.docx"  # the format read from the suffix
    year = "2023"
    done = run("compare", "执法检查", "--year", year, "-o", str(document), *index)
    assert done.returncode == 0, done.stderr
    paragraphs = [p.text for p in Document(str(document)).paragraphs]
    assert "引用出处" in paragraphs and "没有2023年的报告。" in paragraphs  # the 2022-only report
    answer = tmp_path / "answer.md"
    assert run("ask", "北碚区怎样开展普法宣传？", "--output", str(answer), *index).returncode == 0
    assert "[^1]:" in answer.read_text(encoding="utf-8")
    assert_clean_error(run("search", "执法", "--format", "csv", *index), "--output")
    assert_clean_error(run("search", "执法", "--output", str(tmp_path / "x.pdf"), *index), "--format")
    assert_clean_error(
        run("search", "执法", "-o", str(tmp_path / "absent" / "x.csv"), *index), "Cannot write"
    )


def test_control_characters_a_query_may_hold_do_not_break_word_or_excel():
    item = exports.Cited("正文\x08含控制符", "某区", 2023, ("一、",), "r.txt", "r-p001", 0, 8)
    export = exports.Export("检索：\x1b普法", ["\x00提示"], [exports.Group("组\x0b", [item])])
    paragraphs = [p.text for p in Document(io.BytesIO(exports.to_docx(export))).paragraphs]
    assert "检索：普法" in paragraphs and "正文含控制符[1]" in paragraphs
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(export))).active
    assert sheet.cell(2, 5).value == "提示" and sheet.cell(3, 5).value == "正文含控制符"  # the lead first
    # Noncharacters and a lone surrogate (a query may hold them) break neither XML nor UTF-8.
    item = exports.Cited("正文\ufffe含\ud800怪字符", "某区", 2023, ("一、",), "r.txt", "r-p001", 0, 8)
    export = exports.Export("检索：\uffff普法", [], [exports.Group(None, [item])])
    paragraphs = [p.text for p in Document(io.BytesIO(exports.render(export, "docx"))).paragraphs]
    assert "检索：普法" in paragraphs and "正文含怪字符[1]" in paragraphs
    for fmt in ("csv", "md", "xlsx"):
        assert exports.render(export, fmt)


def test_word_and_markdown_indicator_exports_say_which_figure_each_sentence_states(real_index):
    from indexer.answers.indicators import load_rows

    rows = [r.to_dict() for r in load_rows(real_index)]
    export = exports.from_indicators(rows, "指标")
    paragraphs = [p.text for p in Document(io.BytesIO(exports.to_docx(export))).paragraphs]
    markdown = exports.to_markdown(export).decode("utf-8")
    for row in rows:
        # Each line says whose figure it is, of which year, and what it counts.
        place = row["district"] or "未具名区（"
        what = row["indicator"] if row["indicator"] != "other" else "其他数字"
        assert any(p.startswith(place) and f" {what}" in p and row["sentence"] in p for p in paragraphs), row[
            "indicator"
        ]
        assert what in markdown
    assert any(p.startswith("沙坪坝区 2023 宣传资料份数：15万份") for p in paragraphs)  # as written
    # A zero written in words shows 0 and the words; a change shows its sign and says it is one.
    assert any(p.startswith("北碚区 2023 败诉案件数：0件（原文：无") for p in paragraphs)
    assert any(p.startswith("北碚区 2023 生产安全事故起数同比变化：−25%") for p in paragraphs)
    assert not any(" other：" in p for p in paragraphs)


def test_a_report_line_written_like_a_formula_stays_text_in_csv_and_excel():
    lines = ['=HYPERLINK("http://example.invalid","看")全年检查86次', "+1+1项", "-2处隐患", "@合计"]
    items = [
        exports.Cited(line, "某区", 2023, (), "r.txt", f"r-p00{i}", 0, len(line))
        for i, line in enumerate(lines)
    ]
    export = exports.Export("t", [], [exports.Group(None, items)])
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(export).decode("utf-8-sig"))))
    assert [row["原文"] for row in rows] == [f"'{line}" for line in lines]  # the apostrophe says "text"
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(export))).active
    text_column = [c.value for c in sheet[1]].index("原文")
    cells = [row[text_column] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == lines and all(c.data_type == "s" for c in cells)


def test_spreadsheets_of_an_answer_lead_with_its_notice_and_answer(searcher):
    answer = {
        "query": "区里办了几场围棋比赛？",
        "answered": False,
        "notice": "报告中没有关于“围棋”的内容。",
        "answer": "报告中没有关于“围棋”的内容。\n以下是最接近的段落，仅供参考，不是答案。",
        "closest": [h.to_dict() for h in searcher.search("围棋比赛", k=2)],
    }
    export = exports.from_answer(answer)
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(export).decode("utf-8-sig"))))
    assert [row["原文"] for row in rows[:2]] == [answer["notice"], answer["answer"]]
    assert rows[0]["分组"] == exports.LEAD_GROUP and not rows[0]["报告"]
    assert [row["分组"] for row in rows[2:]] == ["最接近的段落（不构成答案）"] * 2
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(export))).active
    assert sheet.cell(2, 1).value == exports.LEAD_GROUP and answer["notice"] in [c.value for c in sheet[2]]
