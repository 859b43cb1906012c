"""Cleaned text -> heading tree.

Reports mix heading styles freely (one report opens a list with （1） and continues it with
（二）), so nesting is decided per report: a style seen before closes back to that level, an
unseen style opens a deeper level, and a marker that continues a sibling's count in a
related style is a sibling. Inline enumerations (一是……二是……) become the deepest level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.records import Section
from indexer.text.headings import STYLE_FAMILY, Marker, match_marker

TITLE_MAX_CHARS = 40
_HEADING_END = re.compile(r"[。．｡；;！？!?]")
_CLAUSE_END = re.compile(r"[，,。．｡；;：:！？!?]")
# An enumeration item starts a paragraph or follows the end of a sentence or clause.
_ENUMERATION = re.compile(r"(?:^|(?<=[。．｡；;：:！？!?]))\s*([一二三四五六七八九十]{1,2})是")
_TRAILER_LINE = re.compile(r"^[^，。．；,;]{1,40}$")


@dataclass(frozen=True)
class Outline:
    """A report's structure: the preamble, the top-level sections, and the signature block."""

    preamble: tuple[int, int]
    sections: tuple[Section, ...]
    trailer: tuple[int, int]


@dataclass
class _Node:
    level: int
    marker: Marker
    title: str
    start: int
    end: int = -1
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(
            level=self.level,
            marker=self.marker.text,
            title=self.title,
            start=self.start,
            end=self.end,
            children=tuple(c.freeze() for c in self.children),
        )


def parse_outline(cleaned: str) -> Outline:
    lines = _lines_with_offsets(cleaned)
    first = next((i for i, (_, line) in enumerate(lines) if _top_level_marker(line)), None)
    if first is None:
        # No 一、 heading: the whole report is one untitled body.
        return Outline(preamble=(0, len(cleaned)), sections=(), trailer=(len(cleaned), len(cleaned)))
    last = len(lines)
    while (
        last - 1 > first and _TRAILER_LINE.match(lines[last - 1][1]) and not match_marker(lines[last - 1][1])
    ):
        last -= 1
    body_end = lines[last - 1][0] + len(lines[last - 1][1])
    roots = _build_tree(lines[first:last], body_end)
    return Outline(
        preamble=(0, lines[first][0]),
        sections=tuple(r.freeze() for r in roots),
        trailer=(lines[last][0] if last < len(lines) else len(cleaned), len(cleaned)),
    )


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _top_level_marker(line: str) -> bool:
    marker = match_marker(line)
    return marker is not None and marker.style == "cn-comma"


def _build_tree(lines: list[tuple[int, str]], body_end: int) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    for offset, line in lines:
        marker = match_marker(line)
        if marker and marker.style != "cn-shi":
            rest = line[marker.length :]
            title = _whole_line_title(rest) if marker.style == "cn-comma" else _heading_title(rest)
            node = _Node(0, marker, title, offset)
            _place(node, stack, roots)
        if stack:
            _add_enumeration(stack[-1], offset, line)
    _close(roots, body_end)
    return roots


def _place(node: _Node, stack: list[_Node], roots: list[_Node]) -> None:
    """Put a heading under the right parent and make it the deepest open node."""
    if node.marker.style == "cn-comma":
        depth = 0
    else:
        depth = _sibling_depth(node.marker, stack)
        if depth is None:
            depth = len(stack)
        depth = max(depth, 1)  # only 一、 headings are top-level
    del stack[depth:]
    node.level = depth + 1
    (stack[-1].children if stack else roots).append(node)
    stack.append(node)


def _sibling_depth(marker: Marker, stack: list[_Node]) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].marker.style == marker.style:
            return depth
    family = STYLE_FAMILY[marker.style]
    for depth in range(len(stack) - 1, -1, -1):
        open_marker = stack[depth].marker
        if STYLE_FAMILY[open_marker.style] == family and open_marker.ordinal == marker.ordinal - 1:
            return depth
    return None


def _add_enumeration(parent: _Node, offset: int, line: str) -> None:
    """Attach 一是/二是 items found in this paragraph, continuing the parent's count."""
    expected = _last_enumeration_ordinal(parent) + 1
    found: list[tuple[int, int, str]] = []
    for m in _ENUMERATION.finditer(line):
        ordinal = int(match_marker(m.group(1) + "是").ordinal)
        if ordinal == expected or (ordinal == 1 and not found):
            found.append((ordinal, m.start(1), line[m.end() :]))
            expected = ordinal + 1
    if not found or (len(found) == 1 and found[0][0] == 1 and not _line_starts_item(line)):
        return  # a lone mid-paragraph "一是" is prose, not a list
    for i, (ordinal, start, rest) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else len(line)
        parent.children.append(
            _Node(
                parent.level + 1,
                Marker("cn-shi", ordinal, line[start : start + len(str(ordinal)) + 1], 0),
                _clause_title(rest),
                offset + start,
                offset + end,
            )
        )


def _line_starts_item(line: str) -> bool:
    marker = match_marker(line)
    return marker is not None and marker.style == "cn-shi"


def _last_enumeration_ordinal(parent: _Node) -> int:
    items = [c for c in parent.children if c.marker.style == "cn-shi"]
    return items[-1].marker.ordinal if items else 0


def _close(nodes: list[_Node], end: int) -> None:
    """Each heading runs to the next sibling's start, or its parent's end."""
    for i, node in enumerate(nodes):
        if node.end < 0:
            node.end = nodes[i + 1].start if i + 1 < len(nodes) else end
        _close(node.children, node.end)


def _whole_line_title(rest: str) -> str:
    """Top-level headings stand alone on their line; keep them whole, however long."""
    return rest.strip().rstrip("。．｡；;")


def _heading_title(rest: str) -> str:
    rest = rest.strip()
    m = _HEADING_END.search(rest)
    title = rest[: m.start()] if m else rest
    if len(title) > TITLE_MAX_CHARS:
        title = _clause_title(title)
    return title


def _clause_title(rest: str) -> str:
    """The first clause, not counting punctuation inside quotation marks."""
    depth = 0
    for i, ch in enumerate(rest):
        if ch in "“‘《（(":
            depth += 1
        elif ch in "”’》）)":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_END.match(ch):
            return rest[:i][:TITLE_MAX_CHARS].strip()
    return rest[:TITLE_MAX_CHARS].strip()
