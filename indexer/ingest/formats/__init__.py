"""Readers that turn each file format into plain report text for the cleaning step.

Every reader returns text whose lines are paragraphs (or lines to be rejoined by cleaning),
so .docx, .pdf and .html versions of a report end in the same cleaned text as its .txt.
"""

from __future__ import annotations

from pathlib import Path

from indexer.errors import ReportReadError

SUPPORTED_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm")


def list_report_files(corpus_dir: Path) -> list[Path]:
    """The report files of a corpus directory, sorted by name so builds are reproducible."""
    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def read_any(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReportReadError(f"{path.name}: cannot read the file: {e.strerror or e}") from e
    if not data.strip():
        raise ReportReadError(f"{path.name}: the file is empty.")
    if suffix == ".txt":
        from indexer.ingest.formats.txt import decode_report

        return decode_report(data, path.name)
    if suffix == ".docx":
        from indexer.ingest.formats.docx import read_docx

        return read_docx(data, path.name)
    if suffix == ".pdf":
        from indexer.ingest.formats.pdf import read_pdf

        return read_pdf(data, path.name)
    if suffix in (".html", ".htm"):
        from indexer.ingest.formats.html import read_html

        return read_html(data, path.name)
    raise ReportReadError(f"{path.name}: unsupported format; supported: {', '.join(SUPPORTED_SUFFIXES)}.")


def format_of(name: str) -> str:
    """'docx', 'pdf', 'html' (for .htm too) or 'txt'."""
    suffix = Path(name).suffix.lower().lstrip(".")
    return "html" if suffix == "htm" else suffix
