"""`reportsearch indicators`: the figures of the reports as a table, each citing its sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from service.cli import exporting
from service.cli.common import IndexOpt, JsonOpt, print_line, printable_name, settings, year_option
from service.cli.exporting import FormatOpt, OutputOpt


def indicators(
    district: Annotated[str | None, typer.Option(help="Only this district, e.g. 北碚区 or 北碚.")] = None,
    year: Annotated[int | None, year_option("Only reports about this year (the pivot's year).")] = None,
    indicator: Annotated[
        str | None, typer.Option(help="Only this indicator or alias, e.g. 罚没款金额, 罚款, other.")
    ] = None,
    pivot: Annotated[
        bool, typer.Option("--pivot", help="Districts × indicators for --year, each cell cited.")
    ] = False,
    as_json: JsonOpt = False,
    as_csv: Annotated[
        bool,
        typer.Option("--csv", help="Print CSV for a pipe (no BOM; for Excel: --format csv --output FILE)."),
    ] = False,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Write an Excel workbook to FILE.")] = None,
    export_format: FormatOpt = None,
    output: OutputOpt = None,
    index_dir: IndexOpt = settings.index_dir,
) -> None:
    """Figures the reports state (cases, fines, hazards, trainings…), filtered, or pivoted for one year."""
    from indexer.answers import indicators as table
    from indexer.errors import BadQueryError
    from service.cli.output import dumps

    export = exporting.wanted(export_format, output)
    if sum([as_json, as_csv, xlsx is not None, export]) > 1:
        raise BadQueryError("Choose one of --json, --csv, --xlsx FILE and --format … --output FILE.")
    if pivot and year is None:
        raise BadQueryError("--pivot needs --year Y: a pivot shows one year.")
    if pivot and export:
        raise BadQueryError(
            "--format exports the rows with their sentences; for the pivot use --csv or --xlsx."
        )
    rows = table.select(table.load_rows(index_dir), district=district, year=year, indicator=indicator)
    if export:
        from service.exports import from_indicators

        title = "指标" + "".join(f"：{v}" for v in (district, year, indicator) if v)
        exporting.write(from_indicators(table.cited_rows(index_dir, rows), title), export_format, output)
        return
    if xlsx is not None or as_csv:
        data = table.export(rows, "xlsx" if xlsx is not None else "csv", year if pivot else None)
        if xlsx is not None:
            try:
                xlsx.write_bytes(data)
            except OSError as e:
                raise BadQueryError(f"Cannot write {printable_name(xlsx)}: {e.strerror or e}") from e
            print_line(f"Wrote {xlsx} ({'pivot' if pivot else f'{len(rows)} rows'}).")
        else:
            typer.echo(data, nl=False)
        return
    if pivot:
        p = table.pivot(rows, year)
        if as_json:
            print_line(dumps(p.to_dict()))
            return
        print_line(table.pivot_markdown(p))
        print_line("")
        for d in p.districts:
            for name, found in p.cells[d].items():
                row = found[0]
                print_line(
                    f"{d} {name} {table.cell_text(row)}: «{row.sentence}» [{row.passage_id} {row.start}-{row.end}]"
                )
        return
    if as_json:
        print_line(dumps({"count": len(rows), "rows": [r.to_dict() for r in rows]}))
        return
    if not rows:
        print_line("No figure matches these filters.")
    for r in rows:
        tags = f" ({r.qualifier})" if r.qualifier else ""
        print_line(
            f"{table.district_label(r.district, r.report_id)} {r.year} {r.indicator} {table.cell_text(r)}{tags}  {r.label}"
        )
        print_line(f"    «{r.sentence}» [{r.passage_id} {r.start}-{r.end}]")


COMMANDS = {"indicators": indicators}
