"""Request and response models of the HTTP API (the same shapes as the CLI's --json output)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from indexer.answers.answer_types import REASONS
from indexer.filters import year_value
from indexer.retrieval.search import MAX_K, MAX_QUERY_CHARS, MODES
from indexer.text.normalize import has_visible_text
from indexer.text.section_types import SECTION_TYPES

# A year as people write it (２０２３, 二〇二三, 2023年) is the year; its schema stays an integer.
Year = Annotated[int | None, BeforeValidator(year_value)]


def _no_bool(value):
    # JSON true is no count: pydantic would read it as 1
    if isinstance(value, bool):
        raise ValueError("a count is a whole number, not true or false")
    return value


Count = Annotated[int, BeforeValidator(_no_bool)]

# The enums of the schema are the library's own tuples, so they cannot drift apart.
Mode = Literal[MODES]
SectionType = Literal[SECTION_TYPES]


def _strip_query(value: str) -> str:
    value = value.strip()
    if not has_visible_text(value):
        raise ValueError("the query is empty")
    if len(value) > MAX_QUERY_CHARS:
        raise ValueError(f"the query has {len(value)} characters; the limit is {MAX_QUERY_CHARS}")
    return value


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(description="关键词或问题", examples=["行刑衔接 移送案件"])
    k: Count = Field(10, ge=1, le=MAX_K, description="返回段落数")
    mode: Mode = "hybrid"
    district: str | None = Field(None, examples=["北碚区"])
    year: Year = Field(None, examples=[2023])
    province: str | None = Field(None, examples=["重庆市"])
    report: str | None = None
    section_type: SectionType | None = None
    highlight: bool = Field(False, description="Return query-term spans per result (for the web page).")
    explain: bool = Field(
        False,
        description="Hit test: per result the dense, BM25 and bigram scores, each one's share of the "
        "fused score and the matched query terms; the filters applied (the ranking itself is unchanged).",
    )

    _query = field_validator("query")(_strip_query)


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(description="问题", examples=["各区在危险化学品监管上做了什么？"])
    max_citations: Count = Field(8, ge=1, le=20)
    stream: bool = Field(
        False,
        description="Answer as Server-Sent Events: `citations` first, then `text` events, then `answer` "
        "(the JSON this call returns without streaming).",
    )

    _query = field_validator("query")(_strip_query)


class PassageOut(BaseModel):
    passage_id: str
    report_id: str
    source: str
    district: str | None
    year: int | None
    province: str | None = None
    section_type: str | None = None
    section_path: list[str]
    text: str
    start: int
    end: int


class Contributions(BaseModel):
    """Shares of the fused score; they add up to it (rank fusion: dense and lexical lists)."""

    dense: float | None = None
    bm25: float | None = Field(None, exclude_if=lambda value: value is None)
    bigram: float | None = Field(None, exclude_if=lambda value: value is None)
    lexical: float | None = Field(None, exclude_if=lambda value: value is None)


class HitExplanation(BaseModel):
    dense: float | None = Field(description="dense score (cosine, best piece blended); null: not a candidate")
    bm25: float | None = Field(description="word BM25 over the best passage within the filters")
    bigram: float | None = Field(description="character-bigram BM25 over the best passage within the filters")
    contributions: Contributions
    section_boost: float
    matched_terms: list[str]
    matched_bigrams: int


class SearchExplanation(BaseModel):
    mode: str
    fusion: str | None
    weights: dict[str, float]
    query_terms: list[str]
    filters: dict[str, str | int]
    filters_from_query: dict[str, str | int]


def _absent(value) -> bool:
    return value is None


class SearchHit(PassageOut):
    rank: int
    score: float
    # Only when asked for (the web page); left out otherwise so the schema matches the CLI's.
    highlights: list[tuple[int, int]] | None = Field(None, exclude_if=_absent)
    explain: HitExplanation | None = Field(None, exclude_if=_absent)


class SearchResponse(BaseModel):
    query: str
    results: list[SearchHit]
    explain: SearchExplanation | None = Field(None, exclude_if=_absent)


class CitationOut(BaseModel):
    source: str
    text: str = Field(description="the cited sentence, exactly cleaned[start:end] of the report")
    passage_id: str
    report_id: str
    district: str | None
    year: int | None
    section_path: list[str]
    start: int
    end: int
    score: float


class AskResponse(BaseModel):
    query: str
    answer: str
    mode: Literal["extractive", "generated"]
    answered: bool
    reason: Literal[REASONS] = Field("answered", description="why it was answered or declined")
    notice: str = Field("", description="one sentence saying what the answer rests on, or why it is declined")
    grouped_by_district: bool
    citations: list[CitationOut]
    closest: list[SearchHit] = []
    notes: list[str] = []
    evidence: float


class SimilarResponse(BaseModel):
    passage_id: str
    results: list[SearchHit]


class SectionOut(BaseModel):
    level: int
    marker: str
    title: str
    start: int
    end: int
    section_type: str | None = None
    children: list[SectionOut] = []


class ReportSummary(BaseModel):
    report_id: str
    source: str
    title: str | None
    province: str | None
    city: str | None
    district: str | None
    bureau: str | None
    year: int | None
    issued: str | None
    doc_number: str | None
    passages: int


class ReportDetail(ReportSummary):
    sha256: str
    preamble: tuple[int, int]
    trailer: tuple[int, int]
    sections: list[SectionOut]
    cleaned: str = Field(description="the cleaned text that every start/end offset indexes into")
    passage_ids: list[str]


class DistrictOut(BaseModel):
    label: str
    district: str | None
    reports: int
    report_ids: list[str]
    years: list[int]


class DistrictsResponse(BaseModel):
    districts: list[DistrictOut]
    similarity: dict | None = None


class CompareEntry(DistrictOut):
    has_evidence: bool
    evidence: float
    note: str = ""  # e.g. 没有2023年的报告。 when a year was asked and the district has none
    passages: list[SearchHit]
    sentences: list[CitationOut] = []  # the sentences of those passages that speak of the topic


class CompareResponse(BaseModel):
    topic: str
    districts: list[CompareEntry]


class Health(BaseModel):
    status: Literal["ok", "no-index"]
    index_loaded: bool
    index_id: str | None = None  # the index's own id, never its path on the server
    version: str | None = None  # the index version being served
    published_at: str | None = None  # when that version became the served one
    reports: int = 0
    passages: int = 0
    model: str | None = None
    built_at: str | None = None
    backend: str | None = None  # where the vectors and BM25 postings live: local or milvus
    message: str | None = None
    # What a client should know before trusting results (e.g. the index was cut into words
    # with other word lists); empty when nothing.
    warnings: list[str] = []


class ErrorBody(BaseModel):
    error: str
