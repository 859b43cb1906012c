"""Results taken away: CSV, XLSX, Word and Markdown, every text with its citation.

Search results, answers, topic comparisons and indicator rows all become one `Export`: a title,
an optional lead (the answer, a notice), and groups of cited texts. Spreadsheets get one row
per cited text with the citation columns a researcher filters on; Word and Markdown get the
texts as paragraphs with numbered notes naming district, year, section, report and position.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from indexer.answers.answer_types import district_label

FORMATS = ("csv", "xlsx", "docx", "md")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
}
CITATION_COLUMNS = ("district", "year", "section_path", "text", "report", "passage_id", "start", "end")
COLUMN_TITLES = {
    "group": "分组",
    "district": "区",
    "year": "年度",
    "section_path": "章节",
    "text": "原文",
    "report": "报告",
    "passage_id": "段落编号",
    "start": "起始字符",
    "end": "结束字符",
    "rank": "排名",
    "score": "得分",
    "indicator": "指标",
    "label": "所计事项",
    "as_written": "原文数字",
    "value": "数值",
    "unit": "单位",
    "qualifier": "限定",
}
# Excel reads a CSV as the local code page unless it starts with a byte-order mark.
CSV_ENCODING = "utf-8-sig"


@dataclass(frozen=True)
class Cited:
    """A text with where it stands: cleaned[start:end] of the report."""

    text: str
    district: str | None
    year: int | None
    section_path: tuple[str, ...]
    report: str
    passage_id: str
    start: int
    end: int
    extra: dict = field(default_factory=dict)  # rank, score, indicator, value…

    @classmethod
    def of(cls, item: dict, **extra) -> Cited:
        """From a hit, citation or indicator row as the API returns them."""
        return cls(
            text=item.get("text") or item.get("sentence") or "",
            district=item.get("district"),
            year=item.get("year"),
            section_path=tuple(item.get("section_path") or ()),
            report=item.get("source") or item.get("report_id") or "",
            passage_id=item.get("passage_id") or "",
            start=int(item["start"]),
            end=int(item["end"]),
            extra=extra,
        )

    def shown(self) -> str:
        """The text as a document shows it: after its lead (an indicator's name and figure) if any."""
        lead = self.extra.get("lead")
        return f"{lead}——{self.text}" if lead else self.text

    def note(self) -> str:
        where = " › ".join(self.section_path) or "正文"
        year = f"{self.year}年" if self.year else "年度不详"
        return (
            f"{district_label(self.district, self.report)}，{year}，{where}；{self.report}，"
            f"段落 {self.passage_id}，第 {self.start}–{self.end} 字"
        )


@dataclass(frozen=True)
class Group:
    heading: str | None
    items: list[Cited]
    empty_text: str = ""  # said in place of items when a group has none (a district silent on a topic)


@dataclass(frozen=True)
class Export:
    title: str
    lead: list[str]
    groups: list[Group]
    extra_columns: tuple[str, ...] = ()


def from_search(query: str, results: list[dict]) -> Export:
    items = [Cited.of(r, rank=r.get("rank"), score=r.get("score")) for r in results]
    return Export(f"检索：{query}", [], [Group(None, items)], ("rank", "score"))


def from_answer(answer: dict) -> Export:
    lead = [answer.get("notice") or "", answer.get("answer") or ""]
    if answer.get("answered"):
        items = [Cited.of(c) for c in answer.get("citations", [])]
        groups = [Group("引用", items)]
    else:  # a declined answer still shows what was closest, as closest, not as support
        groups = [Group("最接近的段落（不构成答案）", [Cited.of(h) for h in answer.get("closest", [])])]
    return Export(f"问答：{answer.get('query', '')}", [line for line in lead if line], groups)


def from_comparison(topic: str, districts: list[dict]) -> Export:
    groups = [
        Group(
            entry.get("label") or district_label(entry.get("district"), (entry.get("report_ids") or [""])[0]),
            [Cited.of(p, rank=p.get("rank")) for p in entry.get("passages", [])],
            empty_text=entry.get("note") or "报告中没有与该主题相符的段落。",
        )
        for entry in districts
    ]
    return Export(f"各区比较：{topic}", [], groups, ("rank",))


def from_indicators(rows: list[dict], title: str = "指标") -> Export:
    items = [
        Cited.of(
            row,
            # What a Word or Markdown reader sees before the sentence: which figure it states.
            lead=_indicator_lead(row),
            indicator=row.get("indicator"),
            label=row.get("label"),
            as_written=row.get("raw"),
            value=row.get("value"),
            unit=row.get("unit"),
            qualifier=row.get("qualifier"),
        )
        for row in rows
    ]
    columns = ("indicator", "label", "as_written", "value", "unit", "qualifier")
    return Export(title, [], [Group(None, items)], columns)


def _indicator_lead(row: dict) -> str:
    """北碚区 2023 罚没款金额：3.86万元（举报） — district, year, what the figure counts, the figure
    as the table shows it (a stated zero as 0 with the report's words, a change with its sign);
    a figure no catalogue indicator names is labelled by what the sentence counts."""
    from dataclasses import fields

    from indexer.answers.indicators import cell_text, shown_tags
    from indexer.ingest.indicators import OTHER, IndicatorRow

    figure = IndicatorRow(**{f.name: row.get(f.name) for f in fields(IndicatorRow)})
    what = row.get("indicator")
    if what == OTHER or not what:
        what = f"其他数字（{row['label']}）" if row.get("label") else "其他数字"
    elif figure.unit in ("%", "个百分点") and {"同比增长", "同比下降"} & set(
        (figure.qualifier or "").split("、")
    ):
        what += "同比变化"  # 生产安全事故起数同比变化：−25%, not a count of 25%
    place = (
        f"{district_label(row.get('district'), row.get('report_id') or '')} {row.get('year') or ''}".strip()
    )
    tags = shown_tags(figure, hidden=())
    return f"{place} {what}：{cell_text(figure)}" + (f"（{'、'.join(tags)}）" if tags else "")


# Word and Excel files are XML, which cannot hold C0 control characters, lone surrogates or the
# noncharacters U+FFFE and U+FFFF (a query may hold any of them).
_XML_ILLEGAL = dict.fromkeys(
    [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]
)


def _xml_safe(value):
    return value.translate(_XML_ILLEGAL) if isinstance(value, str) else value


def render(export: Export, fmt: str) -> bytes:
    if fmt not in FORMATS:
        from indexer.errors import BadQueryError

        raise BadQueryError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    return {"csv": to_csv, "xlsx": to_xlsx, "docx": to_docx, "md": to_markdown}[fmt](export)


# The answer and its notice lead a spreadsheet as rows of their own, under this group: a
# declined answer's notice is the whole message, and a file of closest passages alone read as support.
LEAD_GROUP = "回答"


def _table(export: Export) -> tuple[list[str], list[list]]:
    grouped = any(g.heading for g in export.groups) or bool(export.lead)
    keys = (("group",) if grouped else ()) + CITATION_COLUMNS + export.extra_columns
    header = [COLUMN_TITLES.get(k, k) for k in keys]
    rows = [[{"group": LEAD_GROUP, "text": line}.get(k) for k in keys] for line in export.lead]
    for group in export.groups:
        for item in group.items:
            values = {
                "group": group.heading,
                "district": district_label(item.district, item.report),
                "year": item.year,
                "section_path": " › ".join(item.section_path),
                "text": item.text,
                "report": item.report,
                "passage_id": item.passage_id,
                "start": item.start,
                "end": item.end,
                **item.extra,
            }
            rows.append([values.get(k) for k in keys])
    return header, rows


# A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(…) in a report line
# would be a live link): in CSV such a text is written after an apostrophe, which Excel and
# LibreOffice read as "text follows"; in XLSX it is stored as a string, exactly as written.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _as_text(value):
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def to_csv(export: Export) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header, rows = _table(export)
    writer.writerow(header)
    writer.writerows(["" if v is None else _as_text(v) for v in row] for row in rows)
    return buffer.getvalue().encode(CSV_ENCODING, errors="replace")  # a lone surrogate a query may hold


def to_xlsx(export: Export) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "结果"
    header, rows = _table(export)
    sheet.append(header)
    for row in rows:
        sheet.append([_xml_safe(v) for v in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.data_type == "f":  # openpyxl took "=…" for a formula
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    text_column = header.index(COLUMN_TITLES["text"]) + 1
    sheet.column_dimensions[sheet.cell(1, text_column).column_letter].width = 80
    for (cell,) in sheet.iter_rows(min_row=2, min_col=text_column, max_col=text_column):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _numbered(export: Export):
    """Each group with its items paired with note numbers, numbered across the whole document."""
    number = 0
    for group in export.groups:
        items = []
        for item in group.items:
            number += 1
            items.append((item, number))
        yield group, items


def to_markdown(export: Export) -> bytes:
    lines = [f"# {_md(export.title)}", ""]
    for paragraph in export.lead:
        lines += [_md(paragraph), ""]
    notes = []
    for group, items in _numbered(export):
        if group.heading:
            lines += [f"## {_md(group.heading)}", ""]
        if not items and group.empty_text:
            lines += [group.empty_text, ""]
        for item, number in items:
            lines += [f"{_md(item.shown())}[^{number}]", ""]
            notes.append(f"[^{number}]: {_md(item.note())}")
    return "\n".join(lines + notes + [""]).encode("utf-8", errors="replace")


def _md(text: str) -> str:
    # Report text may hold characters Markdown reads as markup; keep them literal.
    return "".join("\\" + ch if ch in "\\`*_[]#<>|" else ch for ch in text.replace("\n", " "))


def to_docx(export: Export) -> bytes:
    """Word: each text a paragraph ending in a superscript note number; the numbered notes
    follow under 引用出处 (python-docx cannot write Word's own footnote part)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    # East Asian text needs an East Asian font named, or Word falls back per character.
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    document.add_heading(_xml_safe(export.title), level=1)
    for paragraph in export.lead:
        document.add_paragraph(_xml_safe(paragraph))
    notes = []
    for group, items in _numbered(export):
        if group.heading:
            document.add_heading(_xml_safe(group.heading), level=2)
        if not items and group.empty_text:
            document.add_paragraph(group.empty_text)
        for item, number in items:
            paragraph = document.add_paragraph(_xml_safe(item.shown()))
            paragraph.add_run(f"[{number}]").font.superscript = True
            notes.append((number, item.note()))
    if notes:
        document.add_heading("引用出处", level=2)
        for number, note in notes:
            document.add_paragraph(_xml_safe(f"[{number}] {note}"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
