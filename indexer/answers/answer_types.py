"""What `ask` returns: cited sentences, and why an answer was given or declined."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from indexer.records import UNNAMED_DISTRICT, Hit

# Why an answer was given or declined; a chatbot branches on this, people read `notice`.
REASONS = ("answered", "no_report_for_scope", "no_figure", "not_covered", "unknown_district", "meta")


@dataclass(frozen=True)
class Citation:
    passage_id: str
    report_id: str
    source: str
    district: str | None
    year: int | None
    section_path: tuple[str, ...]
    text: str  # the cited sentence, exactly cleaned[start:end] of the report
    start: int
    end: int
    score: float

    def to_dict(self) -> dict:
        data = asdict(self)
        data["section_path"] = list(self.section_path)
        data["score"] = round(self.score, 4)
        return data


@dataclass(frozen=True)
class Answer:
    query: str
    answer: str
    mode: str  # "extractive" or "generated"
    answered: bool
    grouped_by_district: bool
    citations: list[Citation]
    closest: list[Hit] = field(default_factory=list)  # when not answered: the nearest passages
    notes: list[str] = field(default_factory=list)
    evidence: float = 0.0  # best sentence score, reported whether or not the question was answered
    reason: str = "answered"  # one of REASONS
    notice: str = ""  # one Chinese sentence saying what the answer rests on, or why it is declined

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "answer": self.answer,
            "mode": self.mode,
            "answered": self.answered,
            "reason": self.reason,
            "notice": self.notice,
            "grouped_by_district": self.grouped_by_district,
            "citations": [c.to_dict() for c in self.citations],
            "closest": [h.to_dict() for h in self.closest],
            "notes": self.notes,
            "evidence": round(self.evidence, 4),
        }


# Every notice correcting the question says it in one of these words (报告写的是6月，不是问题所说的
# 9月; …与问题所说的增长相反; 问题的前提不成立; 27.8%和25%所对应的事项与报告相反; a plan taken for
# built). Not a denial (…3月、10月未开展执法巡查): it may deny only part of a claim put first.
_CORRECTING = (
    "不是问题所说的",
    "与问题所说的",
    "前提不成立",
    "所对应的事项与报告相反",
    "没有写它已经建成或投用",
    "没有写它已经获得",
    "并不是没有",  # polarity.NOT_ABSENT: a thing taken as not done, which the report writes
    "仅见于下一步工作安排：是计划",  # districts: what is asked as done is only the next year's plan
    "在报告中说的是另一件事",  # paired_figures: the figure is written, of another thing
    "把两个数字说反了",  # paired_figures: two figures each given the other's unit
    "没有写到问题所说的",  # bodies: 报告写的是“应急管理部”，没有写到问题所说的“国务院安委办”
    "”，不是全部",  # partial: 报告写的是“…17435个”“整改到位17195个”，不是全部
)


def corrects_question(notice: str) -> bool:
    """Whether an answer's notice corrects what the question took for true."""
    return any(words in notice for words in _CORRECTING)


PREMISE_FAILED = "问题的前提不成立："


def premise_failed(notice: str) -> str:
    """The notice said as a false premise, once: a notice already saying so (a listing's part
    checked on its own) is not prefixed again."""
    return PREMISE_FAILED + notice.removeprefix(PREMISE_FAILED)


# The notice of an answer made of report sentences and nothing else to say.
QUOTED_NOTICE = "以下句子摘自报告原文，每句都标注了出处。"


def citation_line(citation: Citation, number: int) -> str:
    """One cited sentence as an answer shows it: district (year): sentence[n]."""
    year = citation.year or "年份不详"
    return f"{district_label(citation.district, citation.report_id)}（{year}）：{citation.text}[{number}]"


def quoted_answer(
    question: str, notes: list[str], citations: list[Citation], evidence: float, notice: str
) -> Answer:
    """An answer of the quoted sentences, each on its line after the scope notes."""
    lines = [citation_line(c, i) for i, c in enumerate(citations, 1)]
    return Answer(
        question,
        "\n".join(notes + lines),
        "extractive",
        True,
        False,
        citations,
        notes=notes,
        evidence=evidence,
        notice=notice,
    )


def span_citation(report: dict, text: str, start: int, section: str) -> Citation:
    """A citation of lines kept out of the passages (the header, the signature), by their
    offsets in the report's cleaned text."""
    return Citation(
        passage_id="",
        report_id=report["report_id"],
        source=report["source"],
        district=report.get("district"),
        year=report.get("year"),
        section_path=(section,),
        text=text,
        start=start,
        end=start + len(text),
        score=1.0,
    )


def district_label(district: str | None, report_id: str) -> str:
    """How a district is shown; a report whose district the text withholds is named by its id."""
    return district or f"{UNNAMED_DISTRICT}（{report_id[:8]}）"
