"""Inputs a hostile or careless user gives the commands: each gets one clear line, and nothing
in the corpus or the index is lost."""

from __future__ import annotations

import json
import shutil

from indexer.build.update import add_reports
from indexer.index import store
from tests.conftest import CORPUS
from tests.service.test_cli_search import run

REPORT = sorted(CORPUS.glob("*.txt"))[3]


def test_a_different_report_of_the_same_file_name_is_not_replaced_unasked(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT, corpus / REPORT.name)
    kept = (corpus / REPORT.name).read_bytes()
    newer = tmp_path / "inbox" / REPORT.name
    newer.parent.mkdir()
    newer.write_text(
        "某区应急管理局2024年法治政府建设情况报告\n\n一、主要举措\n全年开展执法检查120家次。\n", "utf-8"
    )
    done = run("add", str(newer), "--corpus", str(corpus), "--index", str(tmp_path / "idx"))
    assert done.returncode == 2 and done.stderr.startswith("Error: No file was added.")
    assert "different report of that name" in done.stderr and "--replace" in done.stderr
    assert (corpus / REPORT.name).read_bytes() == kept and not (tmp_path / "idx").exists()
    added = add_reports([newer], corpus, replace=True)
    assert [name for name, _ in added.accepted] == [REPORT.name]
    assert (corpus / REPORT.name).read_bytes() == newer.read_bytes()


def test_a_file_without_text_or_one_already_in_the_corpus_is_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT, corpus / REPORT.name)
    blank, twin, stub = tmp_path / "空白.txt", tmp_path / "另存为.txt", tmp_path / "两个字.txt"
    blank.write_text("  \n\u3000\n", "utf-8")
    stub.write_text("你好\n", "utf-8")
    shutil.copy(REPORT, twin)
    done = run(
        "add", str(blank), str(twin), str(stub), "--corpus", str(corpus), "--index", str(tmp_path / "idx")
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "空白.txt: it holds no text" in done.stderr and f"same file as {REPORT.name}" in done.stderr
    assert "两个字.txt: only 2 characters of text" in done.stderr
    assert sorted(p.name for p in corpus.iterdir()) == [REPORT.name]


def test_paths_that_cannot_be_written_and_ports_out_of_range_get_one_line(tmp_path):
    a_file = tmp_path / "not-a-directory"
    a_file.write_text("x", "utf-8")
    done = run("index", "--corpus", str(CORPUS), "--index", str(a_file))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error:") and "not-a-directory" in done.stderr
    done = run("serve", "--port", "99999", "--index", str(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr and "65535" in done.stderr


def test_a_batch_line_whose_id_is_not_text_is_its_own_error(real_index, tmp_path):
    first = json.loads(run("passages", "--json", "--index", str(real_index)).stdout.splitlines()[0])
    lines = tmp_path / "ids.jsonl"
    lines.write_text(
        '{"id": "a", "passage_id": 123}\n'
        + json.dumps({"id": "b", "passage_id": first["passage_id"]})
        + "\n",
        "utf-8",
    )
    done = run("similar", "--queries", str(lines), "--k", "2", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert out[0]["id"] == "a" and "must be text" in out[0]["error"] and out[0]["results"] == []
    assert out[1]["id"] == "b" and len(out[1]["results"]) == 2  # the bad line did not stop the batch


def test_a_passage_file_damaged_in_place_is_reported_as_damage(real_index, tmp_path):
    copy = tmp_path / "idx"
    shutil.copytree(real_index, copy)
    passages = store.current_version_dir(copy) / store.PASSAGES_FILE
    data = bytearray(passages.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\0" * 64  # same size: opening the index cannot tell
    passages.write_bytes(bytes(data))
    done = run("passages", "--json", "--index", str(copy))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "damaged" in done.stderr and "reportsearch check" in done.stderr


def test_a_year_filter_takes_the_ways_people_write_a_year(real_index):
    from indexer.filters import year_value

    assert [year_value(v) for v in ("２０２３", "二〇二二", "2023年", " 2023 ", 2023)] == [
        2023,
        2022,
        2023,
        2023,
        2023,
    ]
    assert year_value("去年") == "去年"  # no year: the caller's validation says so
    for written, year in (("２０２３", 2023), ("二〇二二", 2022)):
        done = run("search", "执法检查", "--year", written, "--k", "2", "--json", "--index", str(real_index))
        assert done.returncode == 0, done.stderr
        assert {r["year"] for r in json.loads(done.stdout)["results"]} == {year}
    done = run("search", "执法检查", "--year", "去年", "--index", str(real_index))
    assert done.returncode == 2 and "Traceback" not in done.stderr and "二〇二三" in done.stderr


def test_a_district_the_index_lacks_is_said_not_silently_searched_everywhere(real_index):
    done = run("search", "江北区 执法检查", "--k", "2", "--json", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]  # stdout stays the results
    assert "江北区 is not a district of this index" in done.stderr and "every district" in done.stderr
    done = run("search", "北碚区 执法检查", "--k", "2", "--index", str(real_index))
    assert done.returncode == 0 and "not a district" not in done.stderr


def test_a_file_name_with_a_line_break_is_refused_before_it_becomes_an_id(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    odd = tmp_path / "两行\n名字.txt"
    shutil.copy(REPORT, odd)
    done = run("add", str(odd), str(tmp_path), "--corpus", str(corpus), "--index", str(tmp_path / "idx"))
    assert done.returncode == 2 and "line break" in done.stderr and "a directory, not a file" in done.stderr
    assert not list(corpus.iterdir())


def test_a_passage_length_of_zero_is_refused_not_replaced_by_the_default(tmp_path):
    index_dir = tmp_path / "idx"
    done = run("index", "--corpus", str(CORPUS), "--index", str(index_dir), "--target-chars", "0")
    assert done.returncode == 2
    assert "target_chars (0) must be at least 20" in done.stderr and "Traceback" not in done.stderr
    assert store.current_version_dir(index_dir) is None
