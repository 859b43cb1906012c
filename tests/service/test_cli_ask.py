"""`reportsearch ask` as a user and the chatbot batch job run it."""

from __future__ import annotations

import json
import shutil
import subprocess

CITATION_KEYS = {
    "source",
    "text",
    "passage_id",
    "report_id",
    "district",
    "year",
    "section_path",
    "start",
    "end",
}


def run(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("reportsearch")
    assert exe, "the reportsearch console script is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)


def test_ask_prints_an_answer_with_numbered_sources(real_index):
    done = run("ask", "北碚区如何化解行政争议？", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "[1]" in done.stdout and "来源：" in done.stdout and "北碚区" in done.stdout
    assert "每句都标注了出处" in done.stdout and "reason: answered" in done.stdout


def test_ask_prints_why_it_declines(real_index):
    done = run("ask", "北碚区2021年的执法检查做得怎样？", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "没有北碚区2021年的报告；现有：2023年" in done.stdout
    assert "reason: no_report_for_scope" in done.stdout and "来源：" not in done.stdout


def test_ask_json_contract(real_index):
    done = run("ask", "哪些区开展了普法宣传活动？", "--json", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "\\u" not in done.stdout
    data = json.loads(done.stdout)
    assert data["mode"] == "extractive" and data["answered"] is True and data["grouped_by_district"] is True
    assert data["reason"] == "answered" and data["notice"]
    assert data["citations"] and all(CITATION_KEYS <= set(c) for c in data["citations"])


def test_ask_batch_keeps_input_order_and_reports_bad_lines(real_index, tmp_path):
    queries = tmp_path / "questions.jsonl"
    rows = [
        {"id": "one", "query": "硚口区聘请了多少名专家？", "note": "extra keys are ignored"},
        {"id": "two", "query": ""},
        {"id": "three", "query": "各区的地铁票价怎么调整？"},
    ]
    queries.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    done = run("ask", "--queries", str(queries), "--json", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["one", "two", "three"]
    assert lines[0]["answered"] is True and lines[0]["citations"]
    assert "empty" in lines[1]["error"]
    assert lines[2]["answered"] is False and lines[2]["citations"] == []
    assert lines[2]["reason"] == "not_covered" and "地铁" in lines[2]["notice"]


def test_ask_bad_input_exits_2_without_traceback(real_index):
    for args in (["ask", ""], ["ask", "问" * 501], ["ask"]):
        done = run(*args, "--index", str(real_index))
        assert done.returncode == 2
        assert "Traceback" not in done.stderr + done.stdout
        assert done.stderr.startswith("Error:")


def test_ask_falls_back_when_the_configured_endpoint_is_down(real_index):
    done = run(
        "ask", "各区如何开展法治宣传教育？", "--json", "--index", str(real_index),
        "--llm-url", "http://127.0.0.1:9/v1", "--llm-model", "any",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["mode"] == "extractive" and data["citations"] and "不可用" in data["answer"]


def test_half_an_llm_configuration_is_an_error_not_a_silent_extractive_answer(real_index):
    only_url = run(
        "ask", "各区如何开展法治宣传教育？", "--index", str(real_index), "--llm-url", "http://127.0.0.1:9/v1"
    )
    assert only_url.returncode == 2 and "--llm-model" in only_url.stderr
    assert "Traceback" not in only_url.stderr + only_url.stdout and only_url.stdout == ""
    only_model = run("mcp", "--index", str(real_index), "--llm-model", "any")
    assert only_model.returncode == 2 and "--llm-url" in only_model.stderr
