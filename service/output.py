"""Turning hits into what the terminal shows and what JSON consumers read."""

from __future__ import annotations

import json

from rich.console import Console
from rich.text import Text

from indexer.highlight import highlight_spans
from indexer.records import Hit


def dumps(data) -> str:
    """JSON with Chinese kept as written."""
    return json.dumps(data, ensure_ascii=False)


def search_result(query: str, hits: list[Hit]) -> dict:
    return {"query": query, "results": [h.to_dict() for h in hits]}


def print_hits(console: Console, query: str, hits: list[Hit]) -> None:
    if not hits:
        console.print(f"No passage matches {query!r}.", markup=False)
        return
    for hit in hits:
        p = hit.passage
        header = Text(f"{hit.rank:>2}. ", style="bold")
        header.append(f"{hit.score:.3f}  ", style="dim")
        header.append(f"{p.district or '（未具名区）'} {p.year or ''}  ", style="bold cyan")
        header.append(" > ".join(p.section_path) or "（开头）", style="magenta")
        header.append(f"  [{p.passage_id} {p.start}-{p.end}]", style="dim")
        console.print(header)
        body = Text("    " + p.text.replace("\n", " "))
        for start, end in highlight_spans(p.text, query):
            body.stylize("bold yellow", start + 4, end + 4)
        console.print(body)
        console.print()
