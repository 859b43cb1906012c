"""The milvus backend through the edges: `reportsearch index/search/eval --backend milvus`
as real processes, then the HTTP API served from the same milvus-lite file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from indexer.index import store
from service.settings import Settings
from tests.service.conftest import ServerThread
from tests.service.test_cli_search import assert_clean_error, run


@pytest.fixture(scope="module")
def cli_milvus_index(real_index: Path, tmp_path_factory) -> tuple[Path, Path]:
    """A local index switched to milvus by `reportsearch index` (its embeddings are reused)."""
    work = tmp_path_factory.mktemp("cli-milvus")
    index_dir, database = work / "idx", work / "reports.db"
    shutil.copytree(real_index, index_dir)
    done = run(
        "index",
        "--corpus",
        "corpus",
        "--index",
        str(index_dir),
        "--backend",
        "milvus",
        "--uri",
        str(database),
    )
    assert done.returncode == 0, done.stderr
    assert "Indexed 5 reports" in done.stdout and "0 new texts embedded" in done.stdout
    return index_dir, database


def test_search_and_rebuild_keep_the_backend(cli_milvus_index):
    index_dir, database = cli_milvus_index
    done = run(
        "search",
        "危险化学品 安全监管",
        "--json",
        "--k",
        "3",
        "--district",
        "沙坪坝",
        "--index",
        str(index_dir),
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["results"]
    assert len(results) == 3 and {r["district"] for r in results} == {"沙坪坝区"}
    assert "\\u" not in done.stdout

    again = run("index", "--corpus", "corpus", "--index", str(index_dir))  # no --backend: stays milvus
    assert again.returncode == 0, again.stderr
    manifest = store.read_manifest(store.current_version_dir(index_dir))
    assert manifest["backend"]["name"] == "milvus" and manifest["backend"]["reports_written"] == 0
    assert manifest["backend"]["uri"] == str(database.resolve())


def test_wrong_backend_or_uri_is_a_one_line_error(cli_milvus_index, tmp_path):
    index_dir, _ = cli_milvus_index
    assert_clean_error(run("search", "执法", "--index", str(index_dir), "--backend", "local"), "milvus")
    assert_clean_error(
        run("search", "执法", "--index", str(index_dir), "--uri", str(tmp_path / "other.db")), "no collection"
    )
    assert_clean_error(
        run("index", "--index", str(tmp_path / "new"), "--backend", "milvus", "--uri", str(tmp_path / "x")),
        ".db",
    )
    assert_clean_error(run("index", "--index", str(tmp_path / "new"), "--backend", "milvus"), "--uri")
    assert_clean_error(
        run("index", "--index", str(tmp_path / "new"), "--uri", str(tmp_path / "x.db")), "--backend milvus"
    )


def test_eval_compares_the_two_backends(cli_milvus_index, real_index, tmp_path):
    index_dir, _ = cli_milvus_index
    queries = tmp_path / "own.jsonl"
    queries.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": f"o{i}",
                    "kind": "keyword",
                    "query": q,
                    "gold": [{"snippet": s, "grade": 2, "source": f}],
                },
                ensure_ascii=False,
            )
            for i, (q, s, f) in enumerate(
                [
                    ("法律顾问", "法律顾问", "002_efacd56a1967a3ad.txt"),
                    ("行政复议 应诉", "行政复议", "003_0a1174e0e61f44a7.txt"),
                ]
            )
        ),
        encoding="utf-8",
    )
    done = run(
        "eval", "--queries", str(queries), "--index", str(index_dir), "--against", str(real_index), "--json"
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["indexes"][0].startswith("milvus") and data["indexes"][1].startswith("local")
    assert set(data["comparison"]) == {"bm25", "dense", "hybrid"}
    assert data["comparison"]["dense"]["overlap"] == 1.0
    assert all(len(row["median_ms"]) == 2 for row in data["comparison"].values())


def test_the_api_serves_a_milvus_index(cli_milvus_index):
    index_dir, _ = cli_milvus_index
    import httpx

    with ServerThread(Settings(index_dir=index_dir)) as url, httpx.Client(base_url=url, timeout=60) as api:
        health = api.get("/health").json()
        assert health["backend"] == "milvus" and health["passages"] > 100
        data = api.get("/search", params={"q": "行政复议 应诉", "k": 5, "district": "北碚区"}).json()
        assert data["results"] and all(r["district"] == "北碚区" for r in data["results"])
        hostile = api.get("/search", params={"q": "执法", "district": '北碚区" or year > 0 or district == "'})
        assert hostile.status_code == 422 and "Unknown district" in hostile.json()["error"]
        answer = api.post("/ask", json={"query": "北碚区如何开展行政复议？"}).json()
        assert answer["citations"]
