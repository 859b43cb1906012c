"""`similar`, `compare`, `districts` and `eval --similar` from the command line."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from PIL import Image

from tests.conftest import SHARED


def run(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("reportsearch")
    assert exe, "the reportsearch console script is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)


def test_similar_json_and_batch(real_index, tmp_path):
    source = "002_efacd56a1967a3ad-p006"
    done = run("similar", source, "--json", "--k", "5", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["passage_id"] == source and len(data["results"]) == 5
    assert all(r["report_id"] != "002_efacd56a1967a3ad" and "score" in r for r in data["results"])

    queries = tmp_path / "similar.jsonl"
    rows = [{"id": "a", "passage_id": source, "extra": 1}, {"id": "b", "passage_id": "nope"}]
    queries.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    done = run("similar", "--queries", str(queries), "--json", "--index", str(real_index))
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert len(lines[0]["results"]) == 10 and "nope" in lines[1]["error"]


def test_similar_unknown_id_is_a_clear_error(real_index):
    done = run("similar", "nope-p001", "--index", str(real_index))
    assert done.returncode == 2 and "nope-p001" in done.stderr and "Traceback" not in done.stderr


def test_compare_markdown_and_json(real_index):
    done = run("compare", "行刑衔接", "--markdown", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert "| 区 | 年份 | 报告内容 | 出处 |" in done.stdout and "普陀区" in done.stdout
    done = run("compare", "行刑衔接", "--json", "--districts", "普陀区,北碚区", "--index", str(real_index))
    data = json.loads(done.stdout)
    assert sorted(d["label"] for d in data["districts"]) == ["北碚区", "普陀区"]
    done = run("compare", "行刑衔接", "--districts", "海淀区", "--index", str(real_index))
    assert done.returncode == 2 and "海淀区" in done.stderr


def test_districts_listing_and_matrix(real_index):
    done = run("districts", "--json", "--matrix", "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert {d["label"] for d in data["districts"]} >= {"沙坪坝区", "普陀区", "北碚区", "硚口区"}
    matrix = data["similarity"]["overall"]
    assert all(matrix[i][i] == 1.0 for i in range(len(matrix)))
    assert all(matrix[i][j] == matrix[j][i] for i in range(len(matrix)) for j in range(len(matrix)))
    done = run("districts", "--section-type", "没有的类型", "--index", str(real_index))
    assert done.returncode == 2 and "存在的问题与不足" in done.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_heatmap_is_written_with_chinese_labels(real_index, tmp_path, suffix):
    path = tmp_path / f"heat{suffix}"
    done = run("districts", "--plot", str(path), "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    if suffix == ".png":
        with Image.open(path) as image:
            assert image.format == "PNG"
            width, height = image.size
            assert 600 <= width <= 1400 and 500 <= height <= 1200
    else:
        svg = path.read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_the_plot_font_has_every_label_glyph(searcher):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    from indexer.answers.compare import district_groups
    from service.cli.plots import cjk_font_family

    path = font_manager.findfont(
        font_manager.FontProperties(family=cjk_font_family()), fallback_to_default=False
    )
    font = FT2Font(path)
    text = "".join(g.label for g in district_groups(searcher)) + "区县报告相似度全文中心化余弦"
    missing = [ch for ch in set(text) if font.get_char_index(ord(ch)) == 0]
    assert missing == []


def test_eval_similar_table(real_index):
    done = run(
        "eval", "--similar", str(SHARED / "eval" / "dev_similar.jsonl"), "--json", "--index", str(real_index)
    )
    assert done.returncode == 0, done.stderr
    table = json.loads(done.stdout)
    assert set(table) == {"dense", "aligned"}
    for method in table.values():
        assert 0 <= method["kinds"]["all"]["ndcg"] <= 1


@pytest.mark.parametrize("separated", ["普陀区、北碚区", "普陀区，北碚区", "普陀区 北碚区", "普陀区, 北碚区"])
def test_districts_may_be_separated_as_chinese_is_written(real_index, separated):
    done = run("compare", "行刑衔接", "--json", "--districts", separated, "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    assert sorted(d["label"] for d in json.loads(done.stdout)["districts"]) == ["北碚区", "普陀区"]
