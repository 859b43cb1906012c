"""Text PDFs: running headers, footers and page numbers removed; lines wrapped by the page
width and sentences broken by page ends rejoined into paragraphs; two-column pages read
column by column."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from indexer.errors import ReportReadError

_DIGITS = re.compile(r"\d+")
# A line this close to the page's longest line ran into the right margin: the paragraph goes on.
FULL_LINE_RATIO = 0.9
MIN_TEXT_CHARS = 20  # per page, below which a PDF is taken for a scan

# pypdf logs the damage it repairs on its own (a missing EOF marker, a wrong xref offset): a
# file it cannot read reaches the user once, as our ReportReadError, not also as its log lines.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as e:  # pragma: no cover - pypdf is a dependency
        raise ReportReadError("Reading .pdf needs pypdf: pip install pypdf") from e
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReportReadError(f"{name}: the PDF is encrypted; save an unprotected copy.")
            except Exception as e:
                raise ReportReadError(f"{name}: the PDF is encrypted; save an unprotected copy.") from e
        pages = [_page_lines(page) for page in reader.pages]
    except ReportReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise ReportReadError(f"{name}: not a readable PDF ({e}).") from e
    pages = _drop_running_lines(pages)
    text = "\n".join(_paragraphs([line for lines in pages for line in lines]))
    # A scan may still carry a typed page number or stamp; a report has far more text than that.
    if sum(ch.isalnum() for ch in text) < MIN_TEXT_CHARS * max(1, len(pages)):
        raise ReportReadError(
            f"{name}: the PDF has no text layer (a scan?). It needs OCR before it can be indexed; skipped."
        )
    return text


def _page_lines(page) -> list[str]:
    """The page's lines in reading order; a two-column page is read left column, then right."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text and text.strip():
            pieces.append((tm[5] if tm else 0.0, tm[4] if tm else 0.0, text))

    text = page.extract_text(visitor_text=visit) or ""
    width = float(page.mediabox.width)
    xs = [x for _, x, _ in pieces]
    if xs and _two_columns(xs, width):
        left = [p for p in pieces if p[1] < width / 2]
        right = [p for p in pieces if p[1] >= width / 2]
        return [t for column in (left, right) for t in _lines_of(column)]
    return [line.rstrip() for line in text.splitlines()]


def _two_columns(xs: list[float], width: float) -> bool:
    """Lines that start in both halves of the page, and none crossing the middle gutter."""
    left = sum(x < width * 0.3 for x in xs)
    right = sum(width * 0.5 <= x < width * 0.8 for x in xs)
    return left >= 5 and right >= 5 and right >= 0.3 * left


def _lines_of(pieces: list[tuple[float, float, str]]) -> list[str]:
    rows: dict[int, list[tuple[float, str]]] = {}
    for y, x, text in pieces:
        rows.setdefault(round(y), []).append((x, text))
    return [
        "".join(t for _, t in sorted(parts)).rstrip()
        for _, parts in sorted(rows.items(), key=lambda r: -r[0])
    ]


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Lines that open or close most pages (page numbers blanked out) are headers and footers."""
    if len(pages) < 3:
        return pages
    shape = lambda line: _DIGITS.sub("#", line.strip())  # noqa: E731
    edges = Counter()
    for lines in pages:
        content = [line for line in lines if line.strip()]
        edges.update({shape(line) for line in content[:2] + content[-2:]})
    running = {s for s, n in edges.items() if n >= 0.6 * len(pages) and s}
    return [[line for line in lines if shape(line) not in running] for lines in pages]


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs. A paragraph starts on an indented line (Chinese
    documents indent each paragraph by two characters) or after a line that stopped short of
    the right margin; otherwise the line continues the one before it."""
    content = [line.rstrip() for line in lines if line.strip()]
    if not content:
        return []
    lengths = sorted(len(line.strip()) for line in content)
    full = lengths[int(0.9 * (len(lengths) - 1))]
    out: list[str] = []
    previous_full = False
    for line in content:
        indented = line[:1] in (" ", "\u3000", "\t")
        text = line.strip()
        if out and previous_full and not indented:
            out[-1] += text
        else:
            out.append(text)
        previous_full = len(line) >= FULL_LINE_RATIO * full
    return out
