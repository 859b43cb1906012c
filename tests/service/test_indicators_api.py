"""GET /indicators on the real server and `reportsearch indicators` on the real index."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from service.cli.common import handles_errors
from service.cli.indicators import COMMANDS


def test_rows_filtered_by_district_year_and_indicator(api):
    body = api.get("/indicators", params={"district": "硚口", "year": 2023, "indicator": "罚款"}).json()
    assert body["count"] == len(body["rows"]) == 2
    assert sorted(r["value"] for r in body["rows"]) == [72.8, 226.0]
    for r in body["rows"]:
        assert r["district"] == "硚口区" and r["unit"] == "万元"
        assert r["raw"] in r["sentence"] and r["passage_id"] and r["end"] > r["start"]


def test_pivot_of_one_year_cites_each_cell(api):
    body = api.get("/indicators", params={"year": 2023, "pivot": "true"}).json()
    assert body["districts"] == ["北碚区", "普陀区", "沙坪坝区", "硚口区"]
    cell = body["cells"]["普陀区"]["执法检查企业家次"]
    assert (cell["value"], cell["unit"]) == (579, "家次")
    assert cell["raw"] in cell["citation"]["sentence"]
    assert [m["unit"] for m in cell["more"]] == ["%"]  # the change on the year before stays in the cell


def test_csv_and_xlsx(api):
    response = api.get("/indicators", params={"year": 2023, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    lines = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert lines and {"indicator", "value", "unit", "sentence", "start", "end"} <= set(lines[0])
    response = api.get("/indicators", params={"year": 2023, "pivot": "true", "format": "xlsx"})
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = list(sheet.values)
    assert header[:4] == ("year", "district", "indicator", "headline") and len(rows) > 20


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"district": "朝阳区"}, "北碚区"),
        ({"indicator": "GDP"}, "罚没款金额"),
        ({"pivot": "true"}, "year"),
        ({"format": "pdf"}, "format"),
        ({"year": 1999}, "2023"),
    ],
)
def test_bad_filters_are_422_with_a_hint(api, params, says):
    response = api.get("/indicators", params=params)
    assert response.status_code == 422
    assert says in response.json()["error"]


# -- the command ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def run(real_index):
    app = typer.Typer()
    for name, command in COMMANDS.items():
        app.command(name=name)(handles_errors(command))
    app.command(name="noop")(lambda: None)  # a group of two, so the command is called by name
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["indicators", *args, "--index", str(real_index)])


def test_cli_rows_json_and_pivot(run, tmp_path):
    result = run("--district", "北碚区", "--indicator", "败诉案件数", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    assert len(rows) == 3 and {r["raw"] for r in rows} == {"无"}
    result = run("--pivot", "--year", "2023")
    assert result.exit_code == 0 and "| 罚没款金额 |" in result.output and "硚口区" in result.output
    target = tmp_path / "pivot.xlsx"
    assert run("--pivot", "--year", "2023", "--xlsx", str(target)).exit_code == 0
    assert target.stat().st_size > 0


def test_cli_errors_exit_2(run):
    assert run("--pivot").exit_code == 2
    assert run("--district", "朝阳区").exit_code == 2


def test_cli_exports_rows_as_a_cited_file_excel_reads(run, tmp_path):
    target = tmp_path / "北碚.csv"
    result = run("--district", "北碚", "--format", "csv", "--output", str(target))
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    lines = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines and all(line["区"] == "北碚区" for line in lines)
    # every line cites its sentence with its section, as the API's export does
    assert all(
        line["原文"] and line["章节"] and line["段落编号"] for line in lines if line["指标"] != "other"
    )
    document = tmp_path / "rows.docx"
    assert run("--format", "docx", "--output", str(document)).exit_code == 0
    assert document.stat().st_size > 0
    # the pivot is a grid, not cited paragraphs: said plainly, nothing written
    result = run("--pivot", "--year", "2023", "--format", "md", "--output", str(tmp_path / "p.md"))
    assert result.exit_code == 2 and "--csv or --xlsx" in result.output
    assert not (tmp_path / "p.md").exists()


def test_flat_tables_keep_a_changes_sign_and_name_the_unnamed_district(run, tmp_path):
    result = run("--year", "2023", "--pivot", "--csv")
    lines = list(csv.DictReader(io.StringIO(result.output)))
    changes = [line for line in lines if line["unit"] == "%" and "同比下降" in line["qualifier"]]
    assert changes and all(line["text"].startswith("−") for line in changes)
    result = run("--year", "2022", "--csv")
    lines = list(csv.DictReader(io.StringIO(result.output)))
    assert lines and all(line["district"].startswith("未具名区") for line in lines)
