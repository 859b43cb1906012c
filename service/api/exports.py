"""`GET /export/...`: what the page shows, as a file to take away (CSV, XLSX, Word, Markdown),
every text with its district, year, section, report, passage id and offsets.

Plain GETs, so a link or `curl -o` downloads them; each runs the same indexer call as the
JSON endpoint of the same name."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from indexer.retrieval.search import MAX_K, Filters
from service import exports
from service.api.routes import SearcherDep
from service.api.schemas import Mode, SectionType, Year

router = APIRouter(prefix="/export", tags=["export"])

Format = Annotated[Literal["csv", "xlsx", "docx", "md"], Query(description="csv, xlsx, docx or md.")]
# The length limit is the search's own, counted after stripping (as /search counts it).
Text = Annotated[str, Query(min_length=1)]


def _download(export: exports.Export, fmt: str, name: str) -> Response:
    # The file name is ASCII; the Chinese title travels inside the file.
    return Response(
        exports.render(export, fmt),
        media_type=exports.MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="reportsearch-{name}.{fmt}"'},
    )


@router.get("/search")
def export_search(
    searcher: SearcherDep,
    q: Text,
    format: Format = "csv",
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 10,
    mode: Mode = "hybrid",
    district: str | None = None,
    year: Year = None,
    province: str | None = None,
    report: str | None = None,
    section_type: SectionType | None = None,
) -> Response:
    """Search results, one row or paragraph per passage: the filters of `GET /search`."""
    filters = Filters(
        district=district, year=year, province=province, report=report, section_type=section_type
    )
    hits = searcher.search(q, k=k, mode=mode, filters=filters)
    return _download(exports.from_search(q.strip(), [h.to_dict() for h in hits]), format, "search")


@router.get("/ask")
def export_ask(request: Request, searcher: SearcherDep, q: Text, format: Format = "docx") -> Response:
    """An answer with its cited sentences; a declined one with its notice and closest passages."""
    from indexer.answers.answer import answer_question
    from indexer.answers.generate import generate_answer

    answer = answer_question(searcher, q)
    generation = request.app.state.settings.generation()
    if generation is not None:
        answer = generate_answer(answer, generation)
    return _download(exports.from_answer(answer.to_dict()), format, "answer")


@router.get("/compare")
def export_compare(
    searcher: SearcherDep,
    topic: Text,
    format: Format = "xlsx",
    districts: str | None = None,
    k: Annotated[int, Query(ge=1, le=10)] = 3,
    year: Year = None,
    section_type: SectionType | None = None,
) -> Response:
    """A topic across districts: each district's passages, and the districts that say nothing."""
    from indexer.answers.compare import compare_topic, district_names

    names = district_names(districts)
    entries = compare_topic(searcher, topic, names, k, year=year, section_type=section_type)
    export = exports.from_comparison(topic.strip(), [e.to_dict() for e in entries])
    return _download(export, format, "compare")


@router.get("/indicators")
def export_indicators(
    request: Request,
    searcher: SearcherDep,
    format: Format = "xlsx",
    district: str | None = None,
    year: Year = None,
    indicator: str | None = None,
) -> Response:
    """Indicator rows, each with the sentence its figure is read from."""
    from indexer.answers import indicators as table
    from service.api.indicators import _served_rows

    rows = table.select(_served_rows(request), district=district, year=year, indicator=indicator)
    cited = [
        # A row knows its passage; the section path a researcher cites comes from there.
        {**r.to_dict(), "section_path": searcher.passage(r.passage_id).section_path if r.passage_id else ()}
        for r in rows
    ]
    title = "指标" + "".join(f"：{v}" for v in (district, year, indicator) if v)
    return _download(exports.from_indicators(cited, title), format, "indicators")
