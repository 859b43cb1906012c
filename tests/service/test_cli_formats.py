"""`reportsearch add` and `reportsearch reports` with Word, PDF and web-page reports."""

from __future__ import annotations

import json
import shutil
import subprocess

from tests.conftest import CORPUS
from tests.indexer.test_formats import make_docx, make_html, make_pdf, paragraphs_of


def run(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("reportsearch")
    assert exe, "the reportsearch console script is not installed"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600)


def test_add_formats_then_list_them(tmp_path):
    corpus, index, inbox = tmp_path / "corpus", tmp_path / "idx", tmp_path / "downloads"
    corpus.mkdir()
    inbox.mkdir()
    shutil.copy(CORPUS / "002_efacd56a1967a3ad.txt", corpus)
    assert run("index", "--corpus", str(corpus), "--index", str(index)).returncode == 0

    (inbox / "beibei.docx").write_bytes(make_docx(paragraphs_of("003_0a1174e0e61f44a7.txt")))
    (inbox / "qiaokou.pdf").write_bytes(make_pdf(paragraphs_of("004_6c2235596314ce6f.txt"), header="报告"))
    (inbox / "shapingba.htm").write_bytes(make_html(paragraphs_of("000_bfa995e79c53abb1.txt")))
    (inbox / "scan.pdf").write_bytes(
        make_pdf(paragraphs_of("000_bfa995e79c53abb1.txt")[:5], text_layer=False)
    )
    (inbox / "notes.odt").write_bytes(b"not supported")
    done = run(
        "add", *(str(p) for p in sorted(inbox.iterdir())), "--corpus", str(corpus), "--index", str(index)
    )
    assert done.returncode == 0, done.stderr
    assert "Added beibei.docx: 北碚区 2023" in done.stdout
    assert (
        "Added qiaokou.pdf: 硚口区 2023" in done.stdout
        and "Added shapingba.htm: 沙坪坝区 2023" in done.stdout
    )
    assert "scan.pdf" in done.stderr and "OCR" in done.stderr
    assert "notes.odt" in done.stderr and "unsupported" in done.stderr
    assert "Index updated: 4 reports" in done.stdout
    assert {p.name for p in corpus.iterdir()} >= {"beibei.docx", "qiaokou.pdf", "shapingba.htm"}
    assert "scan.pdf" not in {p.name for p in corpus.iterdir()}

    listed = [
        json.loads(line) for line in run("reports", "--json", "--index", str(index)).stdout.splitlines()
    ]
    formats = {row["source"]: (row["format"], row["district"], row["year"]) for row in listed}
    assert formats == {
        "002_efacd56a1967a3ad.txt": ("txt", "普陀区", 2023),
        "beibei.docx": ("docx", "北碚区", 2023),
        "qiaokou.pdf": ("pdf", "硚口区", 2023),
        "shapingba.htm": ("html", "沙坪坝区", 2023),
    }
    assert all(row["passages"] > 10 for row in listed)
    readable = run("reports", "--index", str(index)).stdout
    assert "北碚区" in readable and "docx" in readable

    hits = json.loads(
        run("search", "行政诉讼 败诉", "--district", "北碚区", "--json", "--index", str(index)).stdout
    )
    assert hits["results"] and hits["results"][0]["source"] == "beibei.docx"


def test_add_nothing_readable_is_an_error(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "empty.html").write_bytes(b"")
    done = run(
        "add",
        str(tmp_path / "empty.html"),
        str(tmp_path / "missing.pdf"),
        "--corpus",
        str(corpus),
        "--index",
        str(tmp_path / "i"),
    )
    assert done.returncode == 2 and "No file was added" in done.stderr and "Traceback" not in done.stderr
