"""Word (.docx): paragraphs and tables in document order; tables flattened to a line per row."""

from __future__ import annotations

import io
import zipfile

from indexer.errors import ReportReadError


def read_docx(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as e:  # pragma: no cover - python-docx is a dependency
        raise ReportReadError("Reading .docx needs python-docx: pip install python-docx") from e
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReportReadError(f"{name}: not a readable .docx file ({e}). Re-save it from Word.") from e
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))  # merged cells repeat
                lines.append("　".join(c for c in cells if c))
    text = "\n".join(lines)
    if not text.strip():
        raise ReportReadError(f"{name}: the document has no text.")
    return text
