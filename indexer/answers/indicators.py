"""The indicator table of an index: filter its rows, pivot districts × indicators for one year
(every cell citing its sentence), export CSV or XLSX, and check it against hand-checked facts.

    python3 -m indexer.answers.indicators --check evalsets/indicator_facts.jsonl --index DIR
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from indexer.answers.answer_types import Answer, Citation, district_label
from indexer.answers.figures import CHANGE_ONLY, CLAUSE_BREAK, UNIT_KINDS, quantity_asked
from indexer.answers.scope_check import check_scope
from indexer.errors import BadQueryError, UnknownFilterError
from indexer.index import store
from indexer.index.indicator_store import read_indicators
from indexer.ingest.indicators import OTHER, YEAR_ON_YEAR, IndicatorRow, load_catalogue
from indexer.records import UNNAMED_DISTRICT
from indexer.retrieval.scope import understand
from indexer.text.normalize import normalize_for_matching

ROW_FIELDS = [
    "report_id", "source", "district", "year", "indicator", "label", "value", "value_max", "unit",
    "qualifier", "approx", "raw", "sentence", "passage_id", "start", "end", "value_start", "value_end",
]  # fmt: skip
_PLAIN_SCOPES = ("全年", "累计", "今年以来", "同比增长", "同比下降")  # said by the cell's value or sign
_SUBSET_TAGS = ("重大", "一般", "较大", "举报", "其中", "行政诉讼", "行政复议", "合法性审核")


def load_rows(index_dir: Path) -> list[IndicatorRow]:
    """The served version's table (read once per version)."""
    return rows_of_version(store.require_version_dir(Path(index_dir)))


def rows_of_version(version_dir: Path) -> list[IndicatorRow]:
    """The table of one version (a server passes the version its searcher serves)."""
    return list(_rows_of(Path(version_dir)))


@lru_cache(maxsize=4)
def _rows_of(version_dir: Path) -> tuple[IndicatorRow, ...]:
    return tuple(read_indicators(version_dir))


def select(
    rows: list[IndicatorRow],
    district: str | None = None,
    year: int | None = None,
    indicator: str | None = None,
) -> list[IndicatorRow]:
    """Rows of one district (沙坪坝, 沙坪坝区 or 沙坪壩區), year and indicator (a name or alias);
    a value the table does not hold is refused with the values it does."""
    if district is not None and normalize_for_matching(district.strip()).startswith(UNNAMED_DISTRICT):
        tail = normalize_for_matching(district.strip()).removeprefix(UNNAMED_DISTRICT).strip("()（） ")
        rows = [r for r in rows if not r.district and r.report_id.startswith(tail)]
    elif district is not None:
        district = _resolve_district(rows, district)
        rows = [r for r in rows if r.district == district]
    if year is not None:
        years = sorted({r.year for r in rows if r.year is not None})
        if year not in years:
            raise UnknownFilterError(
                f"No figures for year {year}. Years: {', '.join(map(str, years)) or 'none'}."
            )
        rows = [r for r in rows if r.year == year]
    if indicator is not None:
        wanted = load_catalogue().resolve(indicator)
        rows = [r for r in rows if r.indicator == wanted]
    return rows


def _resolve_district(rows: list[IndicatorRow], name: str) -> str:
    known = sorted({r.district for r in rows if r.district})
    wanted = normalize_for_matching(name.strip())
    for value in known:
        plain = normalize_for_matching(value)
        if wanted == plain or any(wanted + s == plain for s in ("区", "县")):
            return value
    raise UnknownFilterError(
        f"Unknown district {name!r}. Districts in this index: {', '.join(known) or 'none'}."
    )


def citation(row: IndicatorRow) -> dict:
    return {
        "report_id": row.report_id,
        "source": row.source,
        "passage_id": row.passage_id,
        "start": row.start,
        "end": row.end,
        "sentence": row.sentence,
    }


@dataclass(frozen=True)
class Pivot:
    year: int
    districts: list[str]
    indicators: list[str]
    cells: dict[str, dict[str, list[IndicatorRow]]]  # district -> indicator -> rows, headline first

    def to_dict(self) -> dict:
        return {
            "year": self.year,
            "districts": self.districts,
            "indicators": self.indicators,
            "cells": {
                d: {
                    i: {
                        **_cell_value(rows[0]),
                        "citation": citation(rows[0]),
                        "more": [_brief(r) for r in rows[1:]],
                    }
                    for i, rows in by_indicator.items()
                }
                for d, by_indicator in self.cells.items()
            },
        }


def pivot(rows: list[IndicatorRow], year: int) -> Pivot:
    """Districts × canonical indicators for one year. A cell's headline is the district's own
    total (not a subset, a change on the year before or a district-wide campaign figure) where
    the report gives one; the cell keeps every other row of that indicator after it."""
    rows = [r for r in select(rows, year=year) if r.indicator not in (OTHER, YEAR_ON_YEAR)]
    order = load_catalogue().names()
    cells: dict[str, dict[str, list[IndicatorRow]]] = {}
    for row in rows:
        cells.setdefault(district_label(row.district, row.report_id), {}).setdefault(
            row.indicator, []
        ).append(row)
    for by_indicator in cells.values():
        for found in by_indicator.values():
            found.sort(key=_headline_rank)
    indicators = [i for i in order if any(i in c for c in cells.values())]
    return Pivot(year, sorted(cells), indicators, cells)


def _headline_rank(row: IndicatorRow) -> tuple:
    tags = row.qualifier or ""
    return (row.unit == "%", any(t in tags for t in _SUBSET_TAGS), "全区" in tags, row.value_start)


def _cell_value(row: IndicatorRow) -> dict:
    return {
        "text": cell_text(row),  # how the figure is shown: value, 余/多, unit, sign of a change
        "value": row.value,
        "unit": row.unit,
        "raw": row.raw,
        "qualifier": row.qualifier,
        "approx": row.approx,
    }


def _brief(row: IndicatorRow) -> dict:
    return {**_cell_value(row), "citation": citation(row)}


def cell_text(row: IndicatorRow) -> str:
    """The figure as the report writes it (2.3万处, 110余万人, 八项), so a reader finds it in the
    sentence; the typed value (23000) is the table's own column. A stated zero (无) shows 0."""
    sign = {"同比增长": "+", "同比下降": "−"}.get((row.qualifier or "").rsplit("、", 1)[-1], "")
    if row.raw and not (row.value == 0 and not row.raw[:1].isdigit()):
        return f"{sign}{with_unit(row.raw, row.unit)}"
    value = f"{row.value:.10g}"  # 1234567 stays 1234567; 72.8 stays 72.8
    return f"{sign}{value}{row.approx if row.approx in ('余', '多') else ''}{row.unit}"


def with_unit(written: str, unit: str) -> str:
    """The written figure and its unit, without writing twice what both hold (3.86万 + 万元)."""
    for overlap in range(len(unit), 0, -1):
        if written.endswith(unit[:overlap]):
            return written + unit[overlap:]
    return written + unit


def pivot_markdown(p: Pivot) -> str:
    """The pivot as a Markdown table: headline value per cell, (+n) when the cell holds more rows."""
    lines = ["| 指标 | " + " | ".join(p.districts) + " |", "|---|" + "---|" * len(p.districts)]
    for indicator in p.indicators:
        cells = []
        for d in p.districts:
            found = p.cells[d].get(indicator, [])
            cells.append(_cell_markdown(found))
        lines.append(f"| {indicator} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell_markdown(found: list[IndicatorRow]) -> str:
    """Headline value, its qualifier when it narrows the figure (截至10月底, 举报, 全区), (+n more)."""
    if not found:
        return ""
    head = found[0]
    tags = [t for t in (head.qualifier or "").split("、") if t and t not in _PLAIN_SCOPES]
    if head.value == 0 and not head.raw[:1].isdigit():
        tags.insert(0, f"原文：{head.raw}")
    text = cell_text(head) + (f"（{'、'.join(tags)}）" if tags else "")
    return text + (f" (+{len(found) - 1})" if len(found) > 1 else "")


def _pivot_table(p: Pivot) -> list[list]:
    """Flat pivot for CSV/XLSX: one line per (district, indicator, row), headline first."""
    header = ["year", "district", "indicator", "headline", "value", "unit", "qualifier", "raw", "sentence",
              "report_id", "passage_id", "start", "end"]  # fmt: skip
    table = [header]
    for d in p.districts:
        for indicator in p.indicators:
            for n, r in enumerate(p.cells[d].get(indicator, [])):
                table.append([p.year, d, indicator, n == 0, r.value, r.unit, r.qualifier, r.raw, r.sentence,
                              r.report_id, r.passage_id, r.start, r.end])  # fmt: skip
    return table


def rows_table(rows: list[IndicatorRow]) -> list[list]:
    return [ROW_FIELDS] + [[getattr(r, f) for f in ROW_FIELDS] for r in rows]


def to_csv(table: list[list]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["" if v is None else v for v in line] for line in table])
    return buffer.getvalue()


def to_xlsx(table: list[list], sheet: str = "indicators") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for line in table:
        ws.append(line)
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export(rows: list[IndicatorRow], fmt: str, pivot_year: int | None = None) -> str | bytes:
    """rows (or the pivot of `pivot_year`) as csv text or xlsx bytes."""
    if fmt not in ("csv", "xlsx"):
        raise BadQueryError(f"Unknown export format {fmt!r}: use csv or xlsx.")
    table = _pivot_table(pivot(rows, pivot_year)) if pivot_year is not None else rows_table(rows)
    return (
        to_csv(table) if fmt == "csv" else to_xlsx(table, "pivot" if pivot_year is not None else "indicators")
    )


# -- answering a figure question from the table ----------------------------------------------
_UNIT_KIND = {unit: kind for kind, units in UNIT_KINDS.items() for unit in units}


def _tags_asked(row: IndicatorRow, question: str) -> int:
    """How many of the row's narrowing tags (重大隐患, 举报) the question words, a long tag also
    with words between its ends (重大事故隐患), plus one when the question names the thing the
    row's own words end with (宣传手册 of 印发宣传海报2万份，宣传手册6000余份)."""
    tags = [t for t in (row.qualifier or "").split("、") if t and t not in _PLAIN_SCOPES]
    asked = sum(
        1 for t in tags if t in question or (len(t) >= 4 and t[:2] in question and t[-2:] in question)
    )
    label = normalize_for_matching(row.label or "")
    return asked + (len(label) >= 4 and label[-4:] in question)


def answer_from_indicators(searcher, question: str) -> Answer | None:
    """A figure question ("各区全年罚款多少？", "北碚区有几起行政诉讼败诉案件？") answered from the
    indicator table: one line per report in scope, each figure with the sentence that states it.

    None when the question asks for no quantity, names no catalogue indicator (or names
    indicators of several kinds), names a district or year the index lacks (the caller's scope
    check says so better), or no report in scope states the figure: the caller then answers
    from retrieval, so a table miss never becomes a wrong figure.
    """
    asked = quantity_asked(question)
    if asked is None:
        return None
    wanted = _indicators_wanted(question, asked.kinds)
    if not wanted:
        return None
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    if scope.unknown_districts and not scope.districts:
        return None
    scoped = check_scope(question, scope, searcher.reports)
    if scoped.declined_notice or scoped.plan_notice:
        return None
    rows = [
        r
        for r in _rows_of(searcher.version_dir)
        if r.passage_id
        and (r.indicator, r.unit == "%") in wanted
        and (scoped.year is None or r.year == scoped.year)
    ]
    reports = [r for r in scoped.reports if scoped.year is None or r.get("year") == scoped.year]
    if scoped.report_id:
        reports = [r for r in reports if r["report_id"] == scoped.report_id]
    names = list(dict.fromkeys(name for name, _ in wanted))
    text = normalize_for_matching(question)
    citations: list[Citation] = []
    lines, stated = [], 0
    for report in sorted(reports, key=lambda r: (r.get("district") or "~", r.get("year") or 0)):
        label = f"{district_label(report.get('district'), report['report_id'])}（{report.get('year') or '年份不详'}年）"
        parts = []
        for name, change in wanted:
            # A figure narrowed the way the question narrows it (重大事故隐患有多少个) leads.
            found = sorted((r for r in rows if r.report_id == report["report_id"] and r.indicator == name
                            and (r.unit == "%") == change),
                           key=lambda r: (-_tags_asked(r, text), *_headline_rank(r)))  # fmt: skip
            if not found:
                continue
            figures = []
            # Different figures its tags do not tell apart (海报 and 手册, both 今年以来) are told
            # apart by the words the report writes before them.
            labelled = len({r.qualifier for r in found}) < len(found) and all(
                len({getattr(r, field) for r in found}) > 1 for field in ("label", "value")
            )
            for row in found:
                cited = _citation_of(searcher, row)
                number = next(  # a sentence stating two asked figures is cited once
                    (
                        i
                        for i, c in enumerate(citations, 1)
                        if (c.passage_id, c.start, c.end) == (cited.passage_id, cited.start, cited.end)
                    ),
                    None,
                )
                if number is None:
                    citations.append(cited)
                    number = len(citations)
                said_before = row.label if labelled and row.label else ""
                figures.append(f"{said_before}{_figure_text(row)}[{number}]")
            head = (
                f"{name}{'变化' if change and len(wanted) > len(names) else ''} " if len(wanted) > 1 else ""
            )
            parts.append(
                head + "；另".join([figures[0], "、".join(figures[1:])] if len(figures) > 1 else figures)
            )
        if parts:
            stated += 1
            lines.append(f"{label}：" + "；".join(parts))
        else:
            lines.append(f"{label}：报告中没有{'、'.join(names)}的数字。")
    if not stated:
        return None
    notice = TABLE_NOTICE
    notes = [f"{INDICATOR_NOTE}{'、'.join(names)}"]
    return Answer(
        question, "\n".join(lines), "extractive", True, len(reports) > 1, citations,
        notes=notes, evidence=1.0, notice=notice,
    )  # fmt: skip


TABLE_NOTICE = "以下数字取自指标表，每个数字都标注了陈述它的报告原句。"
INDICATOR_NOTE = "指标："


def _indicators_wanted(question: str, kinds: tuple[str, ...]) -> list[tuple[str, bool]]:
    """Each indicator the question asks about, with whether it asks for its change in percent.

    A question asking for figures in turn (立案查处了几起，罚款多少) asks for each clause's own
    indicator, of the clause's own unit: read whole, its first measure word (起) would leave
    only the first. A clause asking only for a change (同比增长了多少) asks it of the figure
    just asked. A clause naming no indicator (整改了多少) may take one the whole question implies
    (隐患整改数, of 排查出多少隐患); when none is left for it (满意率是多少), nothing, so the
    sentences answer and no asked figure is silently dropped.
    """
    whole = [(e.indicator, "percent" in kinds) for e in indicators_asked(question, kinds)]
    clauses = [c for c in CLAUSE_BREAK.split(question) if quantity_asked(c) is not None]
    if len(clauses) < 2:
        return whole
    each: list[tuple[str, bool]] = []
    previous: list[tuple[str, bool]] = []
    unknown = 0  # clauses naming no indicator of their own
    for clause in clauses:
        clause_kinds = quantity_asked(clause).kinds
        found = [(e.indicator, "percent" in clause_kinds) for e in indicators_asked(clause, clause_kinds)]
        if not found and previous and CHANGE_ONLY.search(normalize_for_matching(clause)):
            found = [(name, True) for name, _ in previous]
        unknown += not found
        each += [f for f in found if f not in each]
        previous = found or previous
    implied = [w for w in whole if w[0] not in {name for name, _ in each}]
    if unknown > len(implied):
        return []
    return each + implied if unknown else each


def indicators_asked(question: str, kinds: tuple[str, ...] = ()) -> list:
    """The catalogue entries a question asks about, in catalogue order.

    Every indicator named by its name or an alias (a name inside a longer one, 行政诉讼 in
    行政诉讼案件, does not count twice); failing that, the first entry whose object and action
    words the question uses, with the rest of its group (排查整改了多少隐患 asks for both). The
    catalogue lists specific entries first (败诉 before 行政诉讼), which is why its order decides.
    Only entries counting in a unit of the kind asked are considered.
    """
    catalogue = load_catalogue()
    text = normalize_for_matching(question)
    fitting = [e for e in catalogue.entries if not kinds or any(_UNIT_KIND.get(u) in kinds for u in e.units)]
    if "percent" in kinds:  # 同比下降多少: a change of a counted quantity, whatever its unit
        fitting = list(catalogue.entries)
    spans = []
    for entry in fitting:
        for name in (entry.indicator, *entry.aliases):
            plain = normalize_for_matching(name)
            at = text.find(plain)
            while plain and at >= 0:
                spans.append((at, at + len(plain), entry))
                at = text.find(plain, at + 1)
    named = {
        id(e): e
        for a, b, e in spans
        if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) and e2 is not e for a2, b2, e2 in spans)
    }
    if named:
        return [e for e in fitting if id(e) in named]
    used = [
        e
        for e in fitting
        if (e.what or e.act)
        and (e.what is None or e.what.search(text))
        and (e.act is None or e.act.search(text))
        and not (e.exclude and e.exclude.search(text))
    ]
    return [e for e in used if e.group == used[0].group] if used else []


def _citation_of(searcher, row: IndicatorRow) -> Citation:
    passage = searcher.passage(row.passage_id)
    return Citation(
        row.passage_id, row.report_id, row.source, row.district, row.year, passage.section_path,
        row.sentence, row.start, row.end, 1.0,
    )  # fmt: skip


def _figure_text(row: IndicatorRow) -> str:
    tags = [t for t in (row.qualifier or "").split("、") if t and t not in ("同比增长", "同比下降")]
    if row.value == 0 and not row.raw[:1].isdigit():
        tags.insert(0, f"原文：{row.raw}")  # a stated zero: 无败诉案件 says 0 without writing it
    return cell_text(row) + (f"（{'、'.join(tags)}）" if tags else "")


# -- checking the table against hand-checked facts -------------------------------------------
_TO_BASE = {"万元": ("元", 1e4), "亿元": ("元", 1e8)}  # 1万元 and 10000元 are the same amount


def _norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def _amount(value: float, unit: str) -> tuple[str, float]:
    base, factor = _TO_BASE.get(unit, (unit, 1.0))
    return base, value * factor


def fact_matches(row: IndicatorRow, fact: dict) -> bool:
    """Same report, same sentence (the fact's snippet inside it), same amount and unit, same indicator."""
    (unit_a, a), (unit_b, b) = _amount(row.value, row.unit), _amount(float(fact["value"]), fact["unit"])
    return (
        row.source == fact["source"]
        and row.indicator == fact["indicator"]
        and unit_a == unit_b
        and abs(a - b) <= 1e-6 * max(1.0, abs(b))
        and _norm(fact["snippet"]) in _norm(row.sentence)
    )


def check_facts(rows: list[IndicatorRow], facts: list[dict]) -> dict:
    """Recall: facts some row states. Precision: of the rows whose indicator is a catalogue
    indicator some fact has (in any district: the list holds every quantity of the reports),
    those that state a fact."""
    missed = [f for f in facts if not any(fact_matches(r, f) for r in rows)]
    canonical = [f for f in facts if f["indicator"] != OTHER]
    names = {f["indicator"] for f in canonical}
    judged = [r for r in rows if r.indicator in names]
    wrong = [r for r in judged if not any(fact_matches(r, f) for f in canonical)]
    return {
        "facts": len(facts),
        "recall": 1 - len(missed) / len(facts) if facts else 0.0,
        "canonical_facts": len(canonical),
        "canonical_recall": 1 - sum(f in missed for f in canonical) / len(canonical) if canonical else 0.0,
        "judged_rows": len(judged),
        "precision": 1 - len(wrong) / len(judged) if judged else 0.0,
        "missed": [f["id"] for f in missed],
        "wrong": [f"{r.report_id} {r.indicator} {cell_text(r)} «{r.sentence[:40]}»" for r in wrong],
    }


def read_facts(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the indicator table against hand-checked facts.")
    parser.add_argument(
        "--check", type=Path, required=True, help="facts JSONL (evalsets/indicator_facts.jsonl)"
    )
    parser.add_argument("--index", type=Path, default=Path("reportsearch-index"), help="index directory")
    args = parser.parse_args(argv)
    result = check_facts(load_rows(args.index), read_facts(args.check))
    print(f"recall    {result['recall']:.3f} of {result['facts']} facts "
          f"(canonical {result['canonical_recall']:.3f} of {result['canonical_facts']})")  # fmt: skip
    print(
        f"precision {result['precision']:.3f} of {result['judged_rows']} rows whose catalogue indicator the facts use"
    )
    for fact_id in result["missed"]:
        print(f"  missed {fact_id}")
    for line in result["wrong"]:
        print(f"  wrong  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
