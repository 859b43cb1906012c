"""Turning hits into what the terminal shows and what JSON consumers read."""

from __future__ import annotations

import json

from rich.console import Console
from rich.text import Text

from indexer.answers.answer_types import district_label
from indexer.records import Hit
from indexer.retrieval.highlight import highlight_spans


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
        header.append(f"{district_label(p.district, p.report_id)} {p.year or ''}  ", style="bold cyan")
        header.append(" > ".join(p.section_path) or "（开头）", style="magenta")
        header.append(f"  [{p.passage_id} {p.start}-{p.end}]", style="dim")
        console.print(header)
        body = Text("    " + p.text.replace("\n", " "))
        for start, end in highlight_spans(p.text, query):
            body.stylize("bold yellow", start + 4, end + 4)
        console.print(body)
        console.print()


def ask_result(answer) -> dict:
    data = answer.to_dict()
    data["citations"] = [_citation_fields(c) for c in data["citations"]]
    return data


def _citation_fields(citation: dict) -> dict:
    order = (
        "source",
        "text",
        "passage_id",
        "report_id",
        "district",
        "year",
        "section_path",
        "start",
        "end",
        "score",
    )
    return {key: citation[key] for key in order}


def print_answer(console: Console, answer) -> None:
    # The notice says what the answer rests on or why it was declined; a declined answer's
    # text already opens with it.
    if answer.notice and answer.notice not in answer.answer:
        console.print(Text(answer.notice, style="yellow"))
    console.print(Text(answer.answer))
    if answer.citations:
        console.print()
        console.print(Text("来源：", style="bold"))
        for n, c in enumerate(answer.citations, 1):
            line = Text(f"[{n}] ", style="bold")
            line.append(f"{district_label(c.district, c.report_id)} {c.year or ''} ", style="cyan")
            line.append(" > ".join(c.section_path), style="magenta")
            line.append(f"  {c.source} {c.start}-{c.end}", style="dim")
            console.print(line)
    elif answer.closest:
        console.print()
        console.print(Text("最接近的段落：", style="bold"))
        for hit in answer.closest:
            p = hit.passage
            console.print(Text(f"- {p.district or '未具名区'} {p.year or ''} {p.passage_id}: {p.text[:80]}…"))
    path = "生成式" if answer.mode == "generated" else "抽取式"
    console.print(Text(f"（{path}回答；reason: {answer.reason}）", style="dim"))


def print_comparison(console: Console, topic: str, entries) -> None:
    console.print(Text(f"主题：{topic}", style="bold"))
    for entry in entries:
        console.print()
        header = Text(entry.group.label, style="bold cyan")
        header.append(f"  {'、'.join(map(str, entry.group.years))}", style="dim")
        console.print(header)
        if not entry.has_evidence:
            console.print(Text(f"    {entry.note or '报告中没有关于该主题的内容。'}", style="dim"))
            continue
        for hit in entry.hits:
            p = hit.passage
            line = Text(f"  [{p.passage_id}] ", style="dim")
            line.append(" > ".join(p.section_path), style="magenta")
            console.print(line)
            body = Text("    " + p.text.replace("\n", " "))
            for start, end in highlight_spans(p.text, topic):
                body.stylize("bold yellow", start + 4, end + 4)
            console.print(body)


def comparison_markdown(topic: str, entries) -> str:
    """A Markdown table, one row per district, passages side by side with their citations."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"## {cell(topic)}", "", "| 区 | 年份 | 报告内容 | 出处 |", "|---|---|---|---|"]
    for entry in entries:
        years = "、".join(map(str, entry.group.years))
        if not entry.has_evidence:
            why = entry.note.rstrip("。") or "报告中没有关于该主题的内容"
            lines.append(f"| {cell(entry.group.label)} | {years} | （{cell(why)}） | |")
            continue
        for hit in entry.hits:
            p = hit.passage
            where = f"{p.source} {p.start}-{p.end}，{' > '.join(p.section_path)}"
            lines.append(f"| {cell(entry.group.label)} | {years} | {cell(p.text)} | {cell(where)} |")
    return "\n".join(lines)


def format_matrix(labels: list[str], matrix) -> str:
    width = max(len(label) for label in labels) + 2
    header = " " * width + "".join(f"{i + 1:>8}" for i in range(len(labels)))
    rows = [header]
    for i, label in enumerate(labels):
        values = "".join("       —" if v != v else f"{v:>8.2f}" for v in matrix[i])
        rows.append(f"{i + 1}. {label}".ljust(width) + values)
    return "\n".join(rows)
