"""Milvus filter expressions built from values, never from user text: every string goes in
as one escaped literal, so a value can never end its string and continue the expression.
(Searcher.resolve_filters has already replaced user spellings by the index's own values.)"""

from __future__ import annotations

from indexer.errors import ReportSearchError
from indexer.filters import Filters


def literal(value: str) -> str:
    """A Milvus string literal holding exactly `value`: backslash, double quote, newline,
    return and tab escaped (the only escapes Milvus's lexer knows), other control characters refused."""
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in value):
        raise ReportSearchError(f"Filter value {value!r} contains a control character.")
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def filter_expression(filters: Filters) -> str:
    """A boolean expression over the scalar fields; values go in as literals, never as syntax."""
    parts = []
    for field in ("district", "province", "section_type"):
        value = getattr(filters, field)
        if value is not None:
            parts.append(f"{field} == {literal(value)}")
    if filters.year is not None:
        parts.append(f"year == {int(filters.year)}")
    if filters.report is not None:
        parts.append(f"report_id == {literal(filters.report)}")
    if filters.exclude_report is not None:
        parts.append(f"report_id != {literal(filters.exclude_report)}")
    if filters.exclude_passage is not None:
        parts.append(f"passage_id != {literal(filters.exclude_passage)}")
    return " and ".join(parts)


def in_list(field: str, values: list[str]) -> str:
    return f"{field} in [{', '.join(literal(v) for v in values)}]"
