"""Word, PDF and web-page versions of the real reports, made at test time, read like the .txt."""

from __future__ import annotations

import io
import re

import pytest

from indexer.build.pipeline import build_index
from indexer.errors import ReportReadError
from indexer.ingest.formats import read_any
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from tests.conftest import CORPUS, REPORT_FILES, HashEncoder

CHARS_PER_LINE, LINES_PER_PAGE = 36, 36


def paragraphs_of(name: str) -> list[str]:
    return parse_report(CORPUS / name, ChunkParams()).cleaned.split("\n")


def make_docx(paragraphs: list[str], table_rows: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        style = "Heading 1" if re.match(r"^[一二三四五六七八九十]、", text) else None
        document.add_paragraph(text, style=style)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(paragraphs: list[str], header: str = "", text_layer: bool = True) -> bytes:
    """A4 pages, paragraphs indented by two full-width spaces and wrapped at the margin; page
    breaks fall wherever the page fills (mid-sentence); a header and a page-number footer on
    every page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = []
    for text in paragraphs:
        text = "\u3000\u3000" + text
        lines += [text[i : i + CHARS_PER_LINE] for i in range(0, len(text), CHARS_PER_LINE)]
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page, start in enumerate(range(0, len(lines), LINES_PER_PAGE), 1):
        pdf.setFont("STSong-Light", 10)
        if header:
            pdf.drawString(72, 800, header)
        pdf.drawString(280, 40, f"— {page} —")
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(lines[start : start + LINES_PER_PAGE]):
            if text_layer:
                pdf.drawString(72, 770 - 19 * row, line)
            else:
                pdf.rect(72, 770 - 19 * row, 12 * len(line), 10, fill=1)  # a scan: shapes, no text
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def make_html(paragraphs: list[str]) -> bytes:
    nav = "".join(f'<li><a href="/n{i}">栏目{i}：政务公开 信息公开 办事服务</a></li>' for i in range(30))
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>法治政府建设年度报告</title><script>var menu = "一、不是正文。";</script><style>p{{margin:0}}</style></head>
<body><div class="header"><ul class="nav">{nav}</ul></div>
<div class="main"><div class="crumb"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
<div id="zoom" class="article-content">{body}</div></div>
<div class="footer">版权所有 主办单位：区人民政府办公室 网站标识码 5001060001</div></body></html>"""
    # Pages that declare GB2312 are usually written by GBK/GB18030 encoders (硚 is not in GB2312).
    return page.encode("gb18030")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def passages_of(name: str, path=None):
    report = parse_report(path or CORPUS / name, ChunkParams())
    return [s.title for s in report.outline.sections], [squeeze(p.text) for p in report.passages]


@pytest.mark.parametrize("name", REPORT_FILES)
@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html"])
def test_other_formats_give_the_same_sections_and_passages(tmp_path, name, suffix):
    paragraphs = paragraphs_of(name)
    maker = {
        ".docx": make_docx,
        ".pdf": lambda p: make_pdf(p, header="法治政府建设情况报告（送审稿）"),
        ".html": make_html,
    }
    path = tmp_path / (name.removesuffix(".txt") + suffix)
    path.write_bytes(maker[suffix](paragraphs))
    assert passages_of(name, path) == passages_of(name)


def test_pdf_running_header_footer_and_page_breaks_are_removed(tmp_path):
    name = "003_0a1174e0e61f44a7.txt"
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(paragraphs_of(name), header="北碚区应急管理局文件"))
    text = read_any(path)
    assert "北碚区应急管理局文件" not in text and "— 2 —" not in text
    cleaned = parse_report(path, ChunkParams()).cleaned
    assert squeeze(cleaned) == squeeze(parse_report(CORPUS / name, ChunkParams()).cleaned)


def test_docx_tables_become_one_line_per_row(tmp_path):
    path = tmp_path / "table.docx"
    path.write_bytes(make_docx(["一、执法情况"], [["项目", "数量"], ["立案", "15起"], ["罚款", "72.8万元"]]))
    lines = read_any(path).splitlines()
    assert lines[-3:] == ["项目\u3000数量", "立案\u300015起", "罚款\u300072.8万元"]


def test_html_page_keeps_the_article_and_drops_the_site(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(make_html(paragraphs_of("004_6c2235596314ce6f.txt")))
    text = read_any(path)
    assert "硚口区应急管理局" in text
    for noise in ("栏目", "版权所有", "不是正文", "首页"):
        assert noise not in text


@pytest.mark.parametrize(
    "filename, data, fragment",
    [
        ("scan.pdf", "scan", "OCR"),
        ("locked.pdf", "encrypted", "encrypted"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
        ("empty.html", b"<html><body></body></html>", "no text"),
        ("empty.docx", b"", "empty"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path, filename, data, fragment):
    if data == "scan":
        data = make_pdf(paragraphs_of(REPORT_FILES[0])[:8], text_layer=False)
    elif data == "encrypted":
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(paragraphs_of(REPORT_FILES[0])[:5]))))
        writer.encrypt("secret")
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    path = tmp_path / filename
    path.write_bytes(data)
    with pytest.raises(ReportReadError) as info:
        read_any(path)
    assert filename in str(info.value) and fragment in str(info.value)


def test_a_cut_pdf_is_one_error_not_also_pypdfs_own_log_lines(tmp_path, caplog):
    whole = make_pdf(paragraphs_of(REPORT_FILES[1])[:5])
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])  # no EOF marker: pypdf logs the repair it tries
    with pytest.raises(ReportReadError, match="cut.pdf: not a readable PDF"):
        read_any(path)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []


def test_a_mixed_corpus_indexes_and_skips_only_the_bad_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.docx").write_bytes(make_docx(paragraphs_of(REPORT_FILES[0])))
    (corpus / "b.pdf").write_bytes(make_pdf(paragraphs_of(REPORT_FILES[2])))
    (corpus / "c.html").write_bytes(make_html(paragraphs_of(REPORT_FILES[3])))
    (corpus / "scan.pdf").write_bytes(make_pdf(paragraphs_of(REPORT_FILES[4])[:6], text_layer=False))
    summary = build_index(corpus, tmp_path / "idx", HashEncoder())
    assert summary.reports == 3
    assert [s["source"] for s in summary.skipped] == ["scan.pdf"] and "OCR" in summary.skipped[0]["error"]
