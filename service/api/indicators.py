"""`GET /indicators`: the figures of the reports, filtered or pivoted, as JSON, CSV or XLSX."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from indexer.answers import indicators as table
from indexer.errors import BadQueryError
from service.api.schemas import Year

router = APIRouter()

_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@router.get("/indicators", tags=["indicators"])
def indicators(
    request: Request,
    district: Annotated[
        str | None, Query(description="A district, e.g. 北碚区 or 北碚.", examples=["硚口区"])
    ] = None,
    year: Annotated[Year, Query(description="A report year (required with pivot).", examples=[2023])] = None,
    indicator: Annotated[
        str | None,
        Query(description="A catalogue indicator or alias, 同比变化, or other.", examples=["罚没款金额"]),
    ] = None,
    format: Annotated[Literal["json", "csv", "xlsx"], Query(description="json, csv or xlsx.")] = "json",
    pivot: Annotated[bool, Query(description="Districts × indicators for `year`, each cell cited.")] = False,
):
    """Every figure the reports state, with its sentence, passage and offsets in the cleaned text.

    With `pivot=true` and a year: one cell per district and canonical indicator, the headline
    figure first and every other figure of that indicator after it, each with its citation.
    """
    if pivot and year is None:
        raise BadQueryError("pivot=true needs a year: a pivot shows one year.")
    rows = table.select(_served_rows(request), district=district, year=year, indicator=indicator)
    if format != "json":
        name = f"indicators-{year}-pivot" if pivot else "indicators"
        data = table.export(rows, format, year if pivot else None)
        if format == "csv":  # a download is opened in Excel, which reads UTF-8 only after a BOM
            data = "\ufeff" + data
        return Response(
            data,
            media_type=_MEDIA[format],
            headers={"Content-Disposition": f'attachment; filename="{name}.{format}"'},
        )
    if pivot:
        return table.pivot(rows, year).to_dict()
    return {"count": len(rows), "rows": [r.to_dict() for r in rows]}


def _served_rows(request: Request) -> list:
    """The table of the version the server's searcher serves, so /indicators and /search agree
    while a new version is being swapped in; without a loaded index, the index directory's
    error (missing, damaged) explains what to do."""
    holder = getattr(request.app.state, "index", None)
    searcher = holder.searcher if holder is not None else None
    if searcher is not None:
        return table.rows_of_version(searcher.version_dir)
    return table.load_rows(request.app.state.settings.index_dir)
