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

from indexer.answers.answer_types import Citation, district_label
from indexer.errors import BadQueryError, UnknownFilterError
from indexer.index import store
from indexer.index.indicator_store import read_indicators
from indexer.ingest.indicators import OTHER, YEAR_ON_YEAR, IndicatorRow, load_catalogue
from indexer.records import UNNAMED_DISTRICT
from indexer.text.normalize import normalize_for_matching

ROW_FIELDS = [
    "report_id", "source", "district", "year", "indicator", "label", "value", "value_max", "unit",
    "qualifier", "approx", "raw", "sentence", "passage_id", "start", "end", "value_start", "value_end",
]  # fmt: skip
PLAIN_SCOPES = ("全年", "累计", "今年以来", "同比增长", "同比下降")  # said by the cell's value or sign
_SUBSET_TAGS = ("重大", "一般", "较大", "举报", "其中", "行政诉讼", "行政复议", "合法性审核")


def load_rows(index_dir: Path) -> list[IndicatorRow]:
    """The served version's table (read once per version)."""
    return rows_of_version(store.require_version_dir(Path(index_dir)))


def cited_rows(index_dir: Path, rows: list[IndicatorRow]) -> list[dict]:
    """Rows as dicts with the section path of their passage, which an export cites."""
    from indexer.index.passage_store import PassageStore

    passages = PassageStore(store.require_version_dir(Path(index_dir)))
    cited = []
    for r in rows:
        row = passages.row_of(r.passage_id) if r.passage_id else None
        cited.append({**r.to_dict(), "section_path": passages[row].section_path if row is not None else ()})
    return cited


def rows_of_version(version_dir: Path) -> list[IndicatorRow]:
    """The table of one version (a server passes the version its searcher serves)."""
    return list(_rows_of(Path(version_dir)))


def citation_of_row(searcher, row: IndicatorRow) -> Citation:
    """The row's sentence as a citation, with its passage's section path."""
    section = searcher.passage(row.passage_id).section_path if row.passage_id else ()
    return Citation(
        row.passage_id or "", row.report_id, row.source, row.district, row.year, section,
        row.sentence, row.start, row.end, 1.0,
    )  # fmt: skip


def row_amount(row: IndicatorRow) -> float:
    """The row's figure in plain units: 72.8 in 万元 is 728000."""
    scale = {"万": 1e4, "亿": 1e8}.get(row.unit[:1], 1) if len(row.unit) > 1 else 1
    return row.value * scale


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
            found.sort(key=headline_rank)
    indicators = [i for i in order if any(i in c for c in cells.values())]
    return Pivot(year, sorted(cells), indicators, cells)


def headline_rank(row: IndicatorRow) -> tuple:
    return (row.unit == "%", bool(narrowing_tags(row)), "全区" in (row.qualifier or ""), row.value_start)


def narrowing_tags(row: IndicatorRow) -> list[str]:
    """The row's tags that make its figure a part of what the indicator counts (较大及以上
    accidents, cases from 举报 tips, 重大 hazards), not the district's total."""
    return [t for t in (row.qualifier or "").split("、") if t and any(s in t for s in _SUBSET_TAGS)]


def stated_zero(row: IndicatorRow) -> bool:
    """A zero the report states in words (无败诉案件, 未发生……事故), not as the numeral 0."""
    return row.value == 0 and not row.raw[:1].isdigit()


def shown_tags(row: IndicatorRow, hidden: tuple[str, ...] = PLAIN_SCOPES) -> list[str]:
    """What a cell adds after its figure: a stated zero's own words (未发生较大及以上生产安全事故),
    then the tags that narrow or date it, less those the words already say."""
    words = [f"原文：{row.label or row.raw}"] if stated_zero(row) else []
    said = words[0] if words else ""
    return words + [t for t in (row.qualifier or "").split("、") if t and t not in hidden and t not in said]


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
    if row.raw and not stated_zero(row):
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
    tags = shown_tags(head)
    text = cell_text(head) + (f"（{'、'.join(tags)}）" if tags else "")
    return text + (f" (+{len(found) - 1})" if len(found) > 1 else "")


def _pivot_table(p: Pivot) -> list[list]:
    """Flat pivot for CSV/XLSX: one line per (district, indicator, row), headline first."""
    # `text` is the figure as the cell shows it: the sign of a change (−25%) and 余 live only there.
    header = ["year", "district", "indicator", "headline", "text", "value", "unit", "qualifier", "approx", "raw",
              "sentence", "report_id", "passage_id", "start", "end"]  # fmt: skip
    table = [header]
    for d in p.districts:
        for indicator in p.indicators:
            for n, r in enumerate(p.cells[d].get(indicator, [])):
                table.append([p.year, d, indicator, n == 0, cell_text(r), r.value, r.unit, r.qualifier, r.approx,
                              r.raw, r.sentence, r.report_id, r.passage_id, r.start, r.end])  # fmt: skip
    return table


def rows_table(rows: list[IndicatorRow]) -> list[list]:
    """One line per row; the anonymised report's district is labelled as in the pivot (a blank
    cell in a spreadsheet reads as a missing value, not as a district the report does not name)."""

    def value(r: IndicatorRow, field: str):
        if field == "district":
            return district_label(r.district, r.report_id)
        return getattr(r, field)

    return [ROW_FIELDS] + [[value(r, f) for f in ROW_FIELDS] for r in rows]


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
