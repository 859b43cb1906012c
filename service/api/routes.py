"""HTTP routes. Each parses its input, calls one indexer function and shapes the output."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from pydantic import ValidationError

from indexer.errors import UnknownIdError
from indexer.index import store
from indexer.records import Hit
from indexer.retrieval.explain import SearchTrace, explain_hits, with_explanation
from indexer.retrieval.highlight import highlight_spans
from indexer.retrieval.search import MAX_K, Filters, Searcher
from service.api import STATIC_DIR, schemas
from service.api.tool import tool_description

router = APIRouter()


def get_searcher(request: Request) -> Searcher:
    """The searcher of the version served now; a request keeps it to the end even if a newer
    version is swapped in meanwhile."""
    holder = request.app.state.index
    searcher = holder.searcher
    if searcher is None:
        reason = holder.load_error or "the index is still loading"
        raise HTTPException(503, f"No index is loaded: {reason}")
    return searcher


SearcherDep = Annotated[Searcher, Depends(get_searcher)]


def _hit_out(hit: Hit, query: str | None = None) -> dict:
    data = hit.to_dict()
    if query is not None:
        data["highlights"] = highlight_spans(hit.passage.text, query)
    return data


def _run_search(searcher: Searcher, body: schemas.SearchRequest) -> dict:
    filters = Filters(
        district=body.district,
        year=body.year,
        province=body.province,
        report=body.report,
        section_type=body.section_type,
    )
    trace = SearchTrace() if body.explain else None
    hits = searcher.search(body.query, k=body.k, mode=body.mode, filters=filters, trace=trace)
    result = {
        "query": body.query,
        "results": [_hit_out(h, body.query if body.highlight else None) for h in hits],
    }
    if trace is not None:
        result = with_explanation(result, explain_hits(searcher, trace, hits, body.query))
    return result


@router.get("/", include_in_schema=False)
def home() -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html")


@router.get("/health", response_model=schemas.Health, tags=["service"])
def health(request: Request) -> dict:
    """Whether the index is loaded, and what it holds."""
    holder = request.app.state.index
    searcher = holder.searcher
    if searcher is None:
        return {"status": "no-index", "index_loaded": False, "message": holder.load_error}
    manifest = searcher.manifest
    return {
        "status": "ok",
        "index_loaded": True,
        "index_id": store.index_id(searcher.index_dir),
        "version": searcher.version,
        "published_at": store.published_at(searcher.version_dir),
        "message": holder.load_error,  # a newer version that failed to open, if any
        "reports": manifest["counts"]["reports"],
        "passages": manifest["counts"]["passages"],
        "model": manifest["model"],
        "built_at": manifest["built_at"],
        "backend": searcher.backend.name,
        "warnings": searcher.warnings,
    }


@router.get("/search", response_model=schemas.SearchResponse, tags=["search"])
def search_get(
    searcher: SearcherDep,
    q: Annotated[str, Query(description="关键词或问题", examples=["行刑衔接 移送案件"])],
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 10,
    mode: schemas.Mode = "hybrid",
    district: Annotated[str | None, Query(examples=["北碚区"])] = None,
    year: schemas.Year = None,
    province: str | None = None,
    report: str | None = None,
    section_type: schemas.SectionType | None = None,
    highlight: bool = False,
    explain: bool = False,
) -> dict:
    """Ranked passages for a query (the same result schema as `reportsearch search --json`);
    explain=true adds the hit test: why each passage ranked where it did."""
    try:
        body = schemas.SearchRequest(
            query=q, k=k, mode=mode, district=district, year=year, province=province,
            report=report, section_type=section_type, highlight=highlight, explain=explain,
        )  # fmt: skip
    except ValidationError as e:
        raise RequestValidationError(e.errors()) from e
    return _run_search(searcher, body)


@router.post("/search", response_model=schemas.SearchResponse, tags=["search"])
def search_post(searcher: SearcherDep, body: schemas.SearchRequest) -> dict:
    """The chatbot's search call: a JSON body with the query and filters."""
    return _run_search(searcher, body)


@router.post(
    "/ask",
    response_model=schemas.AskResponse,
    tags=["ask"],
    responses={200: {"content": {"text/event-stream": {}}, "description": "with stream=true: events"}},
)
def ask(request: Request, searcher: SearcherDep, body: schemas.AskRequest):
    """A short answer made of the reports' sentences, each with its citation; with stream=true,
    Server-Sent Events: citations, then the text, then this same answer."""
    from indexer.answers.answer import answer_question
    from indexer.answers.generate import generate_answer

    answer = answer_question(searcher, body.query, max_citations=body.max_citations)
    generation = request.app.state.settings.generation()
    if body.stream:
        from sse_starlette import EventSourceResponse

        from service.api.streaming import answer_events

        # Plain "\n" line ends: the page splits events on a blank line.
        return EventSourceResponse(answer_events(answer, generation), ping=15, sep="\n")
    if generation is not None:
        answer = generate_answer(answer, generation)
    return answer.to_dict()


@router.get("/passages/{passage_id}", response_model=schemas.PassageOut, tags=["passages"])
def passage(searcher: SearcherDep, passage_id: str) -> dict:
    return searcher.passage(passage_id).to_dict()


@router.get(
    "/passages/{passage_id}/similar",
    response_model=schemas.SimilarResponse,
    tags=["passages"],
)
def similar(
    searcher: SearcherDep,
    passage_id: str,
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 10,
    same_report: bool = False,
) -> dict:
    """Passages of other reports (by default) that say the same kind of thing."""
    from indexer.answers.similar import similar_passages

    hits = similar_passages(searcher, passage_id, k=k, same_report=same_report)
    return {"passage_id": passage_id, "results": [h.to_dict() for h in hits]}


@router.get("/reports", response_model=list[schemas.ReportSummary], tags=["reports"])
def reports(searcher: SearcherDep) -> list[dict]:
    return searcher.reports


@router.get(
    "/reports/{report_id}",
    response_model=schemas.ReportDetail,
    tags=["reports"],
    responses={200: {"content": {"text/html": {}}}},
)
def report(request: Request, searcher: SearcherDep, report_id: str):
    """Metadata, section tree and cleaned text of a report. Browsers get the reading view."""
    record = next((r for r in searcher.reports if r["report_id"] == report_id), None)
    if record is None:
        raise UnknownIdError(f"No report {report_id!r} in this index. GET /reports lists them.")
    if "text/html" in request.headers.get("accept", ""):
        return FileResponse(STATIC_DIR / "report.html", media_type="text/html")
    passage_ids = [
        searcher.passages[int(row)].passage_id for row in searcher.passages.rows_of_report(report_id)
    ]
    return {**record, "cleaned": searcher.cleaned_text(report_id), "passage_ids": passage_ids}


@router.get("/districts", response_model=schemas.DistrictsResponse, tags=["compare"])
def districts(searcher: SearcherDep, matrix: bool = False) -> dict:
    """Districts with report counts and years; with matrix=true, how alike their reports are."""
    from indexer.answers.compare import district_groups, district_similarity

    data = {"districts": [g.to_dict() for g in district_groups(searcher)]}
    if matrix:
        data["similarity"] = district_similarity(searcher).to_dict()
    return data


@router.get("/compare", response_model=schemas.CompareResponse, tags=["compare"])
def compare(
    searcher: SearcherDep,
    topic: Annotated[str, Query(description="主题", examples=["危险化学品监管"])],
    districts: Annotated[str | None, Query(description="逗号分隔的区名", examples=["北碚区,普陀区"])] = None,
    k: Annotated[int, Query(ge=1, le=10)] = 3,
    year: Annotated[schemas.Year, Query(description="只比较这一年的报告", examples=[2023])] = None,
    section_type: schemas.SectionType | None = None,
) -> dict:
    """Each district's best passages on a topic, side by side; districts without evidence (or
    without a report for the year) say so."""
    from indexer.answers.compare import compare_topic, district_names

    names = district_names(districts)
    entries = compare_topic(searcher, topic, names, k, year=year, section_type=section_type)
    return {"topic": topic.strip(), "districts": [e.to_dict() for e in entries]}


@router.get("/tool", tags=["service"])
def tool() -> dict:
    """Function-calling descriptions of the search and ask calls, to register with a chatbot framework."""
    return tool_description()


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)
