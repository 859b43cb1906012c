"""Indicators (issue 20): numerals, units, what a figure counts, the table of the real corpus
and how many of our hand-checked facts it states."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.answers.answer import answer_question
from indexer.answers.indicators import check_facts, load_rows, pivot, read_facts, select
from indexer.answers.table_answers import answer_from_indicators, indicators_asked
from indexer.errors import UnknownFilterError
from indexer.index import store
from indexer.ingest.indicators import OTHER, YEAR_ON_YEAR, extract_indicators, load_catalogue
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report, read_cleaned_text
from indexer.text.numbers import find_numbers, parse_numeral

REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / "evalsets" / "indicator_facts.jsonl"


@pytest.mark.parametrize(
    ("written", "value"),
    [("一百三十六", 136), ("两", 2), ("八", 8), ("一万二千", 12000), ("136", 136), ("１３６", 136),
     ("17,435", 17435), ("72.8", 72.8), ("７２．８", 72.8), ("1.2万", 12000), ("零点五", 0.5)],
)  # fmt: skip
def test_numerals_in_both_scripts(written, value):
    assert parse_numeral(written) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "raw", "value", "value_max", "approx", "percent"),
    [
        ("排查隐患1.2万处", "1.2万", 12000, None, None, False),
        ("罚款72.8 万元", "72.8 万", 728000, None, None, False),
        ("覆盖受众110余万人", "110余万", 1100000, None, "余", False),
        ("检查136家次", "136", 136, None, None, False),
        ("整改率25%", "25%", 25, None, None, True),
        ("每组3至5人", "3至5", 3, 5, None, False),
        ("每组三至五人", "三至五", 3, 5, None, False),
        ("下降百分之二十五", "百分之二十五", 25, None, None, True),
        ("对2500 多家企业", "2500 多", 2500, None, "多", False),
    ],
)
def test_numbers_are_found_with_their_exact_span(text, raw, value, value_max, approx, percent):
    (n,) = [n for n in find_numbers(text) if n.raw.strip()]
    assert (text[n.start : n.end], n.value, n.value_max, n.approx, n.percent) == (
        raw, pytest.approx(value), value_max, approx, percent,
    )  # fmt: skip


def _rows(tmp_path: Path, body: str, name: str = "某区应急管理局2023年法治政府建设情况报告.txt"):
    path = tmp_path / name
    path.write_text(
        f"北碚区应急管理局\n关于2023年法治政府建设情况的报告\n一、主要举措和成效\n{body}\n", encoding="utf-8"
    )
    report = parse_report(path, ChunkParams())
    rows = extract_indicators(report)
    for r in rows:  # every row cites its sentence, which holds the figure as written
        assert report.cleaned[r.start : r.end] == r.sentence
        assert report.cleaned[r.value_start : r.value_end] == r.raw or r.raw in r.sentence
        assert r.raw in report.cleaned[r.start : r.end]
    return rows


def _found(rows, indicator):
    return [(r.value, r.unit, r.value_max) for r in rows if r.indicator == indicator]


def test_issue_numeral_forms_become_indicators(tmp_path):
    rows = _rows(
        tmp_path,
        "全年共立案查处一百三十六起，共计罚款72.8 万元。全年排查隐患1.2万处。累计检查生产经营单位136家次。"
        "2023年共培训各类人员１２０人次。每个检查组配备执法人员3至5人。",
    )
    assert _found(rows, "行政处罚案件数") == [(136, "起", None)]
    assert _found(rows, "罚没款金额") == [(72.8, "万元", None)]  # money keeps the report's 万元
    assert _found(rows, "隐患排查数") == [(12000, "处", None)]
    assert _found(rows, "执法检查企业家次") == [(136, "家次", None)]
    assert _found(rows, "培训人次") == [(120, "人次", None)]
    assert (3, "人", 5) in _found(rows, OTHER)  # a range, and staffing is no catalogue indicator


def test_year_on_year_changes_take_the_indicator_of_what_changed(tmp_path):
    rows = _rows(
        tmp_path,
        "共检查各类企业579家（次），同比增长80.93%。处罚企业6家，同比增长200%。颁发许可证12张，同比增长20%。"
        "2023年全区生产安全事故和死亡人数较2022年分别下降25%、27.8%。到期整改率25%。",
    )
    by_value = {r.value: r for r in rows}
    assert (by_value[579].indicator, by_value[579].unit) == ("执法检查企业家次", "家次")
    assert (by_value[80.93].indicator, by_value[80.93].unit) == ("执法检查企业家次", "%")
    assert "同比增长" in by_value[80.93].qualifier
    assert by_value[200].indicator == "被处罚企业数"
    assert by_value[20].indicator == YEAR_ON_YEAR  # 许可证…张 has no catalogue name
    changes = [r for r in rows if "分别下降" in r.sentence]
    assert [(r.indicator, r.value) for r in changes] == [("生产安全事故起数", 25), ("死亡人数", 27.8)]
    assert "同比下降" in by_value[27.8].qualifier
    assert [r.indicator for r in rows if r.label == "到期整改率"] == [OTHER]  # a rate, not a change


def test_units_decide_and_ambiguity_stays_other(tmp_path):
    rows = _rows(
        tmp_path,
        "区应急管理局向17个镇街委托了行政警告、1万元以内的行政处罚权。开展微型消防站拉动演练和培训指导1100余次。"
        "投入整改资金37.57万元，罚款226万元。组织排查人员1522人次。全年社区消防队成功独立处置初期火灾44起。"
        "持续抓好部门检查和隐患整改三项基础工作。",
    )
    by_raw = {r.raw: r for r in rows}
    assert (by_raw["1万"].indicator, by_raw["1万"].approx) == (OTHER, "以内")  # a threshold, not a count
    assert by_raw["1100余"].indicator == OTHER  # 培训指导…次: sessions or people? unclear
    assert (by_raw["1100余"].value, by_raw["1100余"].approx) == (1100, "余")
    assert by_raw["37.57万"].indicator == OTHER  # 资金 is not a fine
    assert (by_raw["226万"].indicator, by_raw["226万"].unit) == ("罚没款金额", "万元")
    assert by_raw["1522"].indicator == OTHER  # people doing the checks, not hazards
    assert by_raw["44"].indicator == OTHER  # a fire is not a 生产安全事故
    assert by_raw["三"].indicator == OTHER  # 三项基础工作 counts tasks, whatever the clause before says


def test_clauses_take_what_they_leave_unsaid_from_the_figure_before(tmp_path):
    rows = _rows(
        tmp_path, "本年度累计排查问题隐患9520个，整改到位9433个，其中重大事故隐患61个、整改到位58个。"
    )
    assert [(r.indicator, r.value) for r in rows] == [
        ("隐患排查数", 9520), ("隐患整改数", 9433), ("隐患排查数", 61), ("隐患整改数", 58),
    ]  # fmt: skip
    assert "重大事故隐患" in rows[3].qualifier


def test_stated_zeros_and_what_is_not_a_figure(tmp_path):
    rows = _rows(
        tmp_path,
        "2023年无行政败诉案件。截至目前，我局未出现行政复议和行政诉讼案件。已连续六年未发生较大及以上生产安全事故。"
        "严格落实行政执法“三项制度”，取得了总分第一名，开通“12350”特服电话。（一）2024年2月3日",
    )
    zeros = {(r.indicator, r.raw) for r in rows if r.value == 0}
    assert zeros == {
        ("败诉案件数", "无"), ("行政复议案件数", "未出现"), ("行政诉讼案件数", "未出现"), ("生产安全事故起数", "未发生"),
    }  # fmt: skip
    assert [(r.value, r.unit, r.qualifier) for r in rows if r.value] == [(6, "年", "连续、较大及以上")]
    # one clause states two zeros: neither takes the other's name as its subset
    assert {r.indicator: r.qualifier for r in rows if r.raw == "未出现"} == {
        "行政复议案件数": "截至目前",
        "行政诉讼案件数": "截至目前",
    }


def test_a_figure_inside_a_docx_table(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("北碚区应急管理局关于2023年法治政府建设情况的报告")
    document.add_paragraph("一、主要举措和成效")
    document.add_paragraph("全年执法工作情况见下表。")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(
        table.rows, [("指标", "数量"), ("立案查处行政处罚案件", "15起"), ("罚款", "72.8万元")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = cells
    document.add_paragraph("执法力量仍需加强，下一步将继续规范执法。")
    document.add_paragraph("二、下一步工作安排")
    document.add_paragraph("继续严格规范公正文明执法，提升执法质量。")
    path = tmp_path / "table.docx"
    document.save(path)
    report = parse_report(path, ChunkParams())
    rows = extract_indicators(report)
    assert _found(rows, "行政处罚案件数") == [(15, "起", None)]
    assert _found(rows, "罚没款金额") == [(72.8, "万元", None)]
    for r in rows:
        assert r.raw in report.cleaned[r.start : r.end]
        assert "\n" not in r.sentence  # the table row is its own sentence
        assert r.passage_id is not None


def test_indicators_the_reports_give_beyond_enforcement(tmp_path):
    rows = _rows(
        tmp_path,
        "组织各级应急救援队伍开展森林防火等各类应急演练80余场。开展微型消防站拉动演练和培训指导1100余次。"
        "全年发放安全宣传资料15万份，下达指令书 2227 份。整理备案全区应急救援队伍 35 支，其中街道应急救援队伍 11 支、"
        "413 人，社会力量 2 支 175 人。对 5 名个人，13 家企业共计罚款 72.8 万元。2023年共受理办结行政审批事项127件。",
    )
    assert _found(rows, "应急演练场次") == [(80, "场", None)]  # 拉动演练和培训指导…次 is no drill count
    assert _found(rows, "宣传资料份数") == [(150000, "份", None)]  # an order (指令书) is no leaflet
    assert _found(rows, "应急救援队伍数") == [(35, "支", None), (11, "支", None), (2, "支", None)]
    assert _found(rows, "被处罚企业数") == [
        (13, "家", None)
    ]  # the clause opens with the figure, its verb follows
    assert _found(rows, "罚没款金额") == [(72.8, "万元", None)]
    assert _found(rows, "行政审批办件数") == [(127, "件", None)]
    assert {r.value for r in rows if r.indicator == OTHER} >= {1100, 2227, 413, 175, 5}


def test_catalogue_aliases_resolve_and_unknown_names_are_refused():
    catalogue = load_catalogue()
    assert catalogue.resolve("罚款") == "罚没款金额"
    assert catalogue.resolve("other") == OTHER
    with pytest.raises(UnknownFilterError, match="罚没款金额"):
        catalogue.resolve("GDP")


# -- the real corpus -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def table(real_index: Path):
    return load_rows(real_index)


def test_every_row_of_the_real_corpus_cites_its_figure_as_written(real_index, table):
    version = store.require_version_dir(real_index)
    offsets = __import__("json").loads((version / "cleaned_offsets.json").read_text(encoding="utf-8"))
    cleaned = {rid: read_cleaned_text(version, offsets, rid) for rid in offsets}
    assert len(table) > 100
    for row in table:
        text = cleaned[row.report_id]
        assert text[row.start : row.end] == row.sentence
        assert row.raw in text[row.start : row.end], row
        assert text[row.value_start : row.value_end].strip() == row.raw
        assert row.start <= row.value_start < row.value_end <= row.end


def test_the_table_states_the_hand_checked_facts(table):
    facts = read_facts(FACTS)
    assert sum(f["indicator"] != OTHER for f in facts) >= 60  # the issue's floor for catalogue facts
    assert {f["indicator"] for f in facts} - {OTHER} <= set(load_catalogue().names())
    result = check_facts(table, facts)
    assert result["recall"] >= 0.90, result["missed"]
    assert result["canonical_recall"] >= 0.90, result["missed"]
    assert result["precision"] >= 0.95, result["wrong"]
    assert result["judged_rows"] >= 55  # precision over a table that actually has catalogue rows


def test_pivot_of_2023_cites_every_cell(table):
    p = pivot(table, 2023)
    assert p.districts == ["北碚区", "普陀区", "沙坪坝区", "硚口区"]
    assert "罚没款金额" in p.indicators and OTHER not in p.indicators
    cells = p.to_dict()["cells"]
    assert (
        cells["硚口区"]["罚没款金额"]["value"] == 72.8
    )  # the bureau's own fines before the district-wide 226
    assert all(c["citation"]["passage_id"] for d in cells.values() for c in d.values())
    with pytest.raises(UnknownFilterError, match="2023"):
        select(table, year=1999)
    assert {r.district for r in select(table, district="北碚")} == {"北碚区"}


# -- figure questions answered from the table ------------------------------------------------
def _cited_figures_are_stated(searcher, answer):
    assert answer.answered and answer.citations
    for c in answer.citations:
        assert searcher.cleaned_text(c.report_id)[c.start : c.end] == c.text
        assert searcher.passage(c.passage_id).report_id == c.report_id
    for n in range(1, len(answer.citations) + 1):
        assert f"[{n}]" in answer.answer  # every citation is used by a figure of the answer


def test_each_district_gets_its_fines_with_the_sentence_stating_them(searcher):
    answer = answer_from_indicators(searcher, "各区全年罚款多少？")
    _cited_figures_are_stated(searcher, answer)
    lines = answer.answer.splitlines()
    assert len(lines) == len(searcher.reports)  # one line per report in scope, stated or not
    (qiaokou,) = [line for line in lines if line.startswith("硚口区")]
    assert qiaokou.index("72.8万元") < qiaokou.index("226万元")  # the bureau's own total, then the district's
    assert any(line.startswith("沙坪坝区") and "没有" in line for line in lines)
    assert all("72.8" in c.text or "226" in c.text for c in answer.citations if c.district == "硚口区")
    assert answer.grouped_by_district and answer.notes == ["指标：罚没款金额"]


def test_a_figure_asked_in_everyday_words_is_read_from_the_table(searcher):
    # 打官司 is 行政诉讼 and 罚钱 is 罚款 (the thesaurus's equivalent pairs): no catalogue name is
    # written, yet the figure asked is one the table holds.
    lawsuits = answer_from_indicators(searcher, "各区打官司打了几起？")
    _cited_figures_are_stated(searcher, lawsuits)
    assert lawsuits.notes == ["指标：行政诉讼案件数"] and "北碚区（2023年）：3件" in lawsuits.answer
    fines = answer_question(searcher, "北碚区罚了多少钱？")
    assert fines.answered and fines.notice.startswith("以下数字取自指标表")
    assert all("3.86万元" in c.text for c in fines.citations)
    # A question in the reports' own terms is read as before; one naming no figure is not read.
    assert answer_from_indicators(searcher, "各区行政诉讼案件有几起？").answer == lawsuits.answer
    assert answer_from_indicators(searcher, "各区请律师了吗？") is None


def test_a_named_district_subset_and_change_are_answered_as_stated(searcher):
    answer = answer_from_indicators(searcher, "北碚区有几起行政诉讼败诉案件？")
    _cited_figures_are_stated(searcher, answer)
    assert {c.district for c in answer.citations} == {"北碚区"}
    assert answer.answer.startswith("北碚区（2023年）：败诉案件数 0件（原文：无行政败诉案件）")
    assert "行政诉讼案件数 3件" in answer.answer
    answer = answer_from_indicators(searcher, "普陀区执法检查企业同比增长多少")
    _cited_figures_are_stated(searcher, answer)
    assert "+80.93%" in answer.answer and "579" not in answer.answer  # a change is asked, not the count


def test_a_question_asking_figures_in_turn_gets_each_of_them(searcher):
    # Read whole, the first measure word (起) kept only the case count and dropped the fines.
    answer = answer_from_indicators(searcher, "硚口区全年立案查处案件几起，罚没款多少？")
    _cited_figures_are_stated(searcher, answer)
    assert "行政处罚案件数 15起" in answer.answer and "罚没款金额 72.8万元" in answer.answer
    answer = answer_from_indicators(searcher, "普陀区立案查处了多少起？有几家企业被处罚？")
    _cited_figures_are_stated(searcher, answer)
    assert "行政处罚案件数 8起" in answer.answer and "被处罚企业数" in answer.answer
    # One clause the table knows nothing of: the sentences answer, not half a table.
    assert answer_from_indicators(searcher, "硚口区立案查处了多少起？执法证的持证率是多少？") is None
    # A clause asking only how much it changed asks it of the figure just asked.
    answer = answer_from_indicators(searcher, "普陀区全年罚没款多少？同比增长了多少？")
    _cited_figures_are_stated(searcher, answer)
    assert "71000元" in answer.answer and "+373.33%" in answer.answer
    # Two clauses of one indicator group stay one group.
    answer = answer_from_indicators(searcher, "沙坪坝区查出多少个隐患，整改了多少？")
    assert "隐患排查数" in answer.answer and "隐患整改数" in answer.answer


def test_figures_of_one_indicator_are_told_apart_and_the_asked_one_leads(searcher):
    # 硚口区 states its posters and its booklets in one sentence, both 今年以来.
    answer = answer_from_indicators(searcher, "硚口区发放宣传手册多少份？")
    _cited_figures_are_stated(searcher, answer)
    line = answer.answer.splitlines()[0]
    assert line.index("宣传手册6000余份") < line.index("宣传海报2万份")
    # A tag written with words between its ends (重大…隐患) still leads.
    answer = answer_from_indicators(searcher, "硚口区查出了多少个重大事故隐患？")
    assert answer.answer.split("：", 1)[1].startswith("149处")
    # A clause the table cannot answer (满意率) leaves the question to the sentences.
    assert answer_from_indicators(searcher, "沙坪坝区办理人大代表建议多少件？回复满意率多少？") is None


@pytest.mark.parametrize(
    "question",
    [
        "北碚区如何化解行政争议？",
        "各区的GDP是多少？",
        "朝阳区罚款多少？",
        "2019年各区罚款多少？",
        "2022年各区罚款多少？",
    ],
)
def test_questions_the_table_cannot_answer_are_left_to_retrieval(searcher, question):
    # no quantity asked; no catalogue indicator; a district or year the index lacks; no report
    # of that year states it: retrieval (and its scope check) answers or declines instead
    assert answer_from_indicators(searcher, question) is None


def test_indicators_asked_prefers_names_then_words():
    assert [e.indicator for e in indicators_asked("各区全年罚款多少", ("money",))] == ["罚没款金额"]
    assert [e.indicator for e in indicators_asked("排查整改了多少隐患")] == ["隐患排查数", "隐患整改数"]
    assert [e.indicator for e in indicators_asked("培训了多少人次", ("people",))] == ["培训人次"]
    assert indicators_asked("今年开了多少次会") == []
    # 整改到位数 is the fixed count, asked beside 隐患数 (the found count) in one breath
    asked = indicators_asked("隐患数和整改到位数各多少")
    assert [e.indicator for e in asked] == ["隐患排查数", "隐患整改数"]


def test_a_figure_is_shown_as_the_report_writes_it(table):
    from indexer.answers.indicators import cell_text

    shown = {cell_text(r).lstrip("+−"): r for r in table}
    assert "15万份" in shown and "110余万人" in shown  # not 150000份 / 1100000人
    written = [r for r in table if r.value or r.raw[:1].isdigit()]
    in_sentence = [r for r in written if cell_text(r).lstrip("+−") in r.sentence.replace(" ", "")]
    assert len(in_sentence) >= 0.95 * len(written)  # 579家（次） is shown as 579家次


def test_a_report_giving_only_part_of_a_figure_says_it_has_no_total(searcher):
    # 硚口区 writes only that no accident of the larger grades happened, for years on end.
    answer = answer_from_indicators(searcher, "每个区全年出了多少起生产安全事故？")
    _cited_figures_are_stated(searcher, answer)
    (qiaokou,) = [line for line in answer.answer.splitlines() if line.startswith("硚口区")]
    assert "没有写生产安全事故起数的总数" in qiaokou and "较大及以上" in qiaokou
    assert "0起（原文：未发生" in qiaokou and "连续八年" in qiaokou
    # and the notice denies only the grades the report denies: no accident-free year is claimed
    assert "只说没有发生较大及以上的，没有写全部的数字" in answer.notice
    # 北碚区 states its fines only for the cases that came from tip-offs.
    answer = answer_from_indicators(searcher, "北碚区的罚款一共多少？")
    line = answer.answer.splitlines()[0]
    assert "只写了经举报查处的：3.86万元[1]" in line and "（举报）" not in line
    # Asked for that part, the figure is the answer, with nothing said missing.
    answer = answer_from_indicators(searcher, "北碚区对举报查处的案件罚款多少？")
    assert "总数" not in answer.answer and "3.86万元" in answer.answer
