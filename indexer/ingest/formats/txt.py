"""Bytes on disk -> text, whatever encoding the bureau saved it in."""

from __future__ import annotations

import codecs
import re

from indexer.errors import ReportReadError

# Order matters: UTF-8 is strict enough that a GB18030 file almost never decodes as UTF-8,
# while GB18030 accepts nearly any byte string, so it must come last.
_ENCODINGS = ("utf-8", "gb18030")


def decode_report(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or GB18030/GBK; raise naming the file otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # Windows "Unicode" text; the BOM makes it unambiguous
        except UnicodeDecodeError as e:
            raise ReportReadError(f"{name}: starts like UTF-16 but does not decode: {e.reason}.") from e
    if not data.strip():
        raise ReportReadError(f"{name}: the file is empty.")
    if b"\x00" in data:
        raise ReportReadError(
            f"{name}: the file contains NUL bytes (UTF-16 or a binary file?). Save it as UTF-8 text."
        )
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise ReportReadError(f"{name}: cannot decode as UTF-8 or GB18030. Re-save the report as UTF-8 text.")


# Control characters other than \t \n \f \r, and the private-use area.
_UNLIKELY_IN_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _looks_like_text(text: str) -> bool:
    """Reject decodings that are mostly control characters or private-use code points."""
    # A regex, not a Python loop per character (1 ms a report, which adds up over 56k reports).
    bad = len(_UNLIKELY_IN_TEXT.findall(text))
    return bad <= max(2, len(text) // 100)
