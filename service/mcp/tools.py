"""The MCP tools, built for one loaded index: search, ask, similar passages, compare, reports.

Each tool calls one library function and returns the HTTP API's response model as structured
output. Arguments outside the published schema (k out of range, an unknown mode) are refused by
the SDK; everything else by the library, whose `ReportSearchError` message becomes the tool's
error text, word for word what the API puts in `{"error": ...}` (empty query, unknown district,
unknown passage id). District and year are
offered as JSON-schema enums of what the index holds (and listed in the descriptions) so a model
picks valid filters; like the API, the tools still accept other spellings (沙坪坝, 沙坪壩區)
and refuse unknown values with the list of known ones.
"""

# No `from __future__ import annotations`: the SDK reads these signatures at runtime, and the
# enum types they use are local to `tool_specs` (one set per loaded index).

from collections.abc import Callable
from typing import Annotated, Any, Literal

from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, BeforeValidator, Field, WithJsonSchema

from indexer.errors import IndexMissingError, ReportSearchError
from indexer.filters import year_value
from indexer.retrieval.search import MAX_K, MODES, Filters, Searcher
from indexer.text.section_types import SECTION_TYPES
from service.api.schemas import (
    AskResponse,
    CompareResponse,
    ReportSummary,
    SearchResponse,
    SimilarResponse,
)
from service.cli.output import ask_result, dumps, search_result

SearcherProvider = Callable[[], Searcher | None]
TOOL_NAMES = (
    "search_reports",
    "ask_reports",
    "similar_passages",
    "compare_districts",
    "list_reports",
    "indicator_table",
)
MAX_COMPARE_K = 10  # the API's /compare limit
READ_ONLY = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)


class ReportList(BaseModel):
    reports: list[ReportSummary]


class IndicatorRowOut(BaseModel):
    report_id: str
    source: str
    district: str | None
    year: int | None
    indicator: str
    label: str
    value: float
    unit: str
    qualifier: str | None
    approx: str | None
    value_max: float | None
    raw: str  # the figure as written; sentence[value_start - start : value_end - start] == raw
    value_start: int
    value_end: int
    sentence: str  # exactly cleaned[start:end] of the report
    start: int
    end: int
    passage_id: str | None


class IndicatorTable(BaseModel):
    count: int
    rows: list[IndicatorRowOut]


def current_searcher(provider: SearcherProvider) -> Searcher:
    """The provider's searcher; a provider may return None or raise our error while no index is loaded."""
    searcher = provider()
    if searcher is None:
        raise IndexMissingError("No index is loaded. Build one with `reportsearch index`.")
    return searcher


def _choice(values: list, json_type: str) -> Any:
    """A str/int parameter whose schema lists `values` (validated by the library, not the SDK)."""
    python_type = str if json_type == "string" else int
    schema = {"type": json_type, "enum": values} if values else {"type": json_type}
    return Annotated[python_type, WithJsonSchema(schema)]


def _listing(districts: list[str], years: list[int]) -> str:
    return (
        f"Districts in this index: {', '.join(districts) or 'none named'}. "
        f"Years: {', '.join(map(str, years)) or 'none'}. "
        f"Section types: {', '.join(SECTION_TYPES)}."
    )


def _catalogue_names() -> list[str]:
    from indexer.ingest.indicators import load_catalogue

    return load_catalogue().names()


def _error(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


def _run(
    provider: SearcherProvider, model: type[BaseModel], work: Callable[[Searcher], Any]
) -> CallToolResult:
    """Run `work` on the current index; our errors become tool errors with their own message."""
    try:
        data = work(current_searcher(provider))
    except ReportSearchError as e:
        return _error(str(e))
    structured = model.model_validate(data).model_dump(mode="json")
    return CallToolResult(
        content=[TextContent(type="text", text=dumps(structured))], structured_content=structured
    )


def tool_specs(provider: SearcherProvider, searcher: Searcher | None, generation=None) -> list[dict]:
    """Keyword arguments of `MCPServer.add_tool`, one dict a tool, with enums of `searcher`'s index
    (plain strings and integers while no index is loaded). `generation` (a GenerationConfig) lets
    ask_reports answer with an LLM, as POST /ask does when one is configured."""
    known_districts = searcher.districts() if searcher is not None else []
    known_years = searcher.years() if searcher is not None else []
    District = _choice(known_districts, "string")
    known_provinces = (
        sorted({r["province"] for r in searcher.reports if r.get("province")}) if searcher else []
    )
    Province = _choice(known_provinces, "string")
    # A year as people write it (2023年, 二〇二三) is the year, as on POST /search.
    Year = Annotated[_choice(known_years, "integer"), BeforeValidator(year_value)]
    listing = _listing(known_districts, known_years)
    indicator_names = "、".join(_catalogue_names())

    def search_reports(
        query: Annotated[str, Field(description="关键词或问题, e.g. 行刑衔接 移送案件")],
        k: Annotated[int, Field(ge=1, le=MAX_K, description="How many passages.")] = 10,
        mode: Annotated[Literal[MODES], Field(description="hybrid (default), dense or bm25.")] = "hybrid",
        district: Annotated[District | None, Field(description="Only this district.")] = None,
        year: Annotated[Year | None, Field(description="Only reports about this year.")] = None,
        section_type: Annotated[
            Literal[SECTION_TYPES] | None, Field(description="Only sections of this type.")
        ] = None,
        province: Annotated[
            Province | None, Field(description="Only districts of this province or city (重庆市, 湖北省).")
        ] = None,
        report: Annotated[str | None, Field(description="Only this report (report_id or file name).")] = None,
    ) -> Annotated[CallToolResult, SearchResponse]:
        def work(searcher: Searcher) -> dict:
            filters = Filters(
                district=district, year=year, section_type=section_type, province=province, report=report
            )
            hits = searcher.search(query, k=k, mode=mode, filters=filters)
            return search_result(query.strip(), hits)

        return _run(provider, SearchResponse, work)

    def ask_reports(
        question: Annotated[str, Field(description="A question, e.g. 北碚区如何化解行政争议？")],
    ) -> Annotated[CallToolResult, AskResponse]:
        def work(searcher: Searcher) -> dict:
            from indexer.answers.answer import answer_question

            answer = answer_question(searcher, question)
            if generation is not None:
                from indexer.answers.generate import generate_answer

                answer = generate_answer(answer, generation)
            return ask_result(answer)

        return _run(provider, AskResponse, work)

    def similar_passages(
        passage_id: Annotated[
            str, Field(description="A passage id from search_reports, e.g. 000_bfa995e79c53abb1-p003")
        ],
        k: Annotated[int, Field(ge=1, le=MAX_K, description="How many passages.")] = 10,
        same_report: Annotated[bool, Field(description="Include passages of the same report.")] = False,
    ) -> Annotated[CallToolResult, SimilarResponse]:
        def work(searcher: Searcher) -> dict:
            from indexer.answers.similar import similar_passages as similar

            hits = similar(searcher, passage_id, k=k, same_report=same_report)
            return {"passage_id": passage_id, "results": [h.to_dict() for h in hits]}

        return _run(provider, SimilarResponse, work)

    def compare_districts(
        topic: Annotated[str, Field(description="A topic, e.g. 危险化学品监管")],
        districts: Annotated[
            list[District] | None, Field(description="Districts to compare (default: all).")
        ] = None,
        k: Annotated[int, Field(ge=1, le=MAX_COMPARE_K, description="Passages per district.")] = 3,
        year: Annotated[Year | None, Field(description="Only reports about this year.")] = None,
        section_type: Annotated[
            Literal[SECTION_TYPES] | None, Field(description="Only sections of this type.")
        ] = None,
    ) -> Annotated[CallToolResult, CompareResponse]:
        def work(searcher: Searcher) -> dict:
            from indexer.answers.compare import compare_topic

            entries = compare_topic(
                searcher, topic, districts or None, k, year=year, section_type=section_type
            )
            return {"topic": topic.strip(), "districts": [e.to_dict() for e in entries]}

        return _run(provider, CompareResponse, work)

    def list_reports() -> Annotated[CallToolResult, ReportList]:
        return _run(provider, ReportList, lambda searcher: {"reports": searcher.reports})

    def indicator_table(
        district: Annotated[District | None, Field(description="Only this district.")] = None,
        year: Annotated[Year | None, Field(description="Only reports about this year.")] = None,
        indicator: Annotated[
            str | None, Field(description="A catalogue indicator or alias, 同比变化, or other.")
        ] = None,
    ) -> Annotated[CallToolResult, IndicatorTable]:
        def work(searcher: Searcher) -> dict:
            from indexer.answers import indicators as table

            rows = table.select(
                table.rows_of_version(searcher.version_dir), district=district, year=year, indicator=indicator
            )
            return {"count": len(rows), "rows": [r.to_dict() for r in rows]}

        return _run(provider, IndicatorTable, work)

    return [
        {
            "fn": search_reports,
            "title": "Search the reports",
            "description": (
                "Search Chinese district emergency-management bureaus' (应急管理局) annual 法治政府建设 "
                "reports. Returns ranked passages, each with passage_id, report_id, source, district, "
                "year, section_path, text and start/end: text is exactly cleaned[start:end] of the "
                f"report, so cite them. {listing}"
            ),
        },
        {
            "fn": ask_reports,
            "title": "Answer from the reports",
            "description": (
                "Answer a question with the reports' own sentences, one citation per sentence "
                "(passage_id, report_id, source, district, year, section_path, start, end). "
                "answered=false when the reports do not cover it (closest then lists the nearest "
                "passages). A question naming a district, city or year is restricted to it; "
                f"哪些区/各区/比较 questions are answered district by district. {listing}"
            ),
        },
        {
            "fn": similar_passages,
            "title": "Similar passages in other reports",
            "description": (
                "Passages of other districts' reports (same_report=true: also the same report) that "
                "say the same kind of thing as passage_id, with the same citation fields as search_reports."
            ),
        },
        {
            "fn": compare_districts,
            "title": "Compare districts on a topic",
            "description": (
                "Each district's best passages on a topic, side by side; has_evidence=false when a "
                f"district's reports say nothing close to it. {listing}"
            ),
        },
        {
            "fn": list_reports,
            "title": "List the reports",
            "description": "The reports in the index: report_id, source file, title, province, city, "
            "district, bureau, year, issue date, document number and passage count.",
        },
        {
            "fn": indicator_table,
            "title": "Figures the reports state",
            "description": (
                "Every figure of the reports (cases, fines, transfers to the police, inspections, "
                "trainings, hazards, accidents…) as rows: indicator, value, unit, qualifier, the "
                "figure as written and the sentence it is read from with its offsets. Figures whose "
                f"meaning is ambiguous are indicator=other, never guessed. Indicators: {indicator_names}. "
                f"{listing}"
            ),
        },
    ]
