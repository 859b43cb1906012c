"""Sections -> passages of about `target_chars`, cut on sentence boundaries.

Passages prefer to break where the heading tree breaks (a new （一）, 1. or 一是 item), so a
passage tends to be one item of work with its heading; they never cross a top-level section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.ingest.sections import Outline
from indexer.records import Passage, ReportMeta, Section
from indexer.text.sentences import sentence_spans

DEFAULT_TARGET_CHARS = 150
DEFAULT_MAX_CHARS = 400

_CLAUSE_END = re.compile(r"[，,、：:]")


@dataclass(frozen=True)
class ChunkParams:
    target_chars: int = DEFAULT_TARGET_CHARS
    max_chars: int = DEFAULT_MAX_CHARS
    # Prefer to cut where a heading or 一是/二是 item starts; off = plain sentence packing.
    follow_headings: bool = True

    def __post_init__(self) -> None:
        if not 20 <= self.target_chars <= self.max_chars:
            raise ValueError(
                f"target_chars ({self.target_chars}) must be at least 20 and at most max_chars ({self.max_chars})"
            )


@dataclass(frozen=True)
class _Unit:
    """A sentence (or a piece of an over-long one) with the headings above it."""

    start: int
    end: int
    path: tuple[str, ...]
    opens: str  # "heading" (（一）, 1. …), "item" (一是 …) or "" inside a segment


def cut_passages(meta: ReportMeta, cleaned: str, outline: Outline, params: ChunkParams) -> list[Passage]:
    groups: list[list[_Unit]] = [_units(cleaned, *outline.preamble, (), "heading", params)]
    for section in outline.sections:
        units: list[_Unit] = []
        for start, end, path, opens in _segments(section, ()):
            units += _units(cleaned, start, end, path, opens if params.follow_headings else "", params)
        groups.append(units)
    spans = [span for units in groups for span in _pack(units, params)]
    return [
        Passage(
            passage_id=f"{meta.report_id}-p{i:03d}",
            report_id=meta.report_id,
            source=meta.source,
            district=meta.district,
            year=meta.year,
            province=meta.province,
            section_path=path,
            text=cleaned[start:end],
            start=start,
            end=end,
        )
        for i, (start, end, path) in enumerate(spans)
    ]


def _segments(node: Section, parents: tuple[str, ...]):
    """Contiguous stretches of text, each with the path of the deepest heading it sits under."""
    path = (*parents, node.title)
    pos = node.start
    opens = "item" if node.marker.endswith("是") else "heading"
    for child in node.children:
        if child.start > pos:
            yield pos, child.start, path, opens
        yield from _segments(child, path)
        pos, opens = child.end, ""
    if pos < node.end:
        yield pos, node.end, path, opens


def _units(
    text: str, start: int, end: int, path: tuple[str, ...], opens: str, params: ChunkParams
) -> list[_Unit]:
    units = [
        _Unit(s, e, path, "")
        for sentence_start, sentence_end in sentence_spans(text, start, end)
        for s, e in _split_long(text, sentence_start, sentence_end, params.max_chars)
    ]
    if units:
        units[0] = _Unit(units[0].start, units[0].end, path, opens)
    return units


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Split a sentence longer than max_chars at clause marks, or hard at max_chars as a last resort."""
    pieces = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cuts = [m.end() for m in _CLAUSE_END.finditer(window)]
        cut = cuts[-1] if cuts and cuts[-1] > max_chars // 2 else max_chars
        pieces.append(_trimmed(text, start, start + cut))
        start += cut
    pieces.append(_trimmed(text, start, end))
    return [(s, e) for s, e in pieces if e > s]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A hard cut can fall beside a space (Latin text inside a run-on sentence): passages and
    their offsets never start or end with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pack(units: list[_Unit], params: ChunkParams) -> list[tuple[int, int, tuple[str, ...]]]:
    min_chars = params.target_chars // 2
    passages: list[list[_Unit]] = []
    for unit in units:
        if passages and not _should_cut(passages[-1], unit, params, min_chars):
            passages[-1].append(unit)
        else:
            passages.append([unit])
    # A short tail reads better as the end of the passage before it.
    if len(passages) > 1 and _length(passages[-1]) < min_chars // 2:
        if passages[-1][-1].end - passages[-2][0].start <= params.max_chars:
            tail = passages.pop()
            passages[-1] += tail
    return [(p[0].start, p[-1].end, _common_path([u.path for u in p])) for p in passages]


def _should_cut(current: list[_Unit], unit: _Unit, params: ChunkParams, min_chars: int) -> bool:
    now = _length(current)
    after = unit.end - current[0].start
    if after > params.max_chars:
        return True
    # A heading starts a passage unless the passage so far is only headings above it.
    if unit.opens == "heading" and any(u.opens != "heading" for u in current):
        return True
    if unit.opens == "item" and now >= min_chars:
        return True
    # Past the target, stop where the passage ends up closer to it.
    return after > params.target_chars and (params.target_chars - now) <= (after - params.target_chars)


def _length(units: list[_Unit]) -> int:
    return units[-1].end - units[0].start


def _common_path(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    common = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    return common
