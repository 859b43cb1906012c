"""Plain data carried through the pipeline: report -> sections -> passages -> hits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

# How every listing names a report whose text withholds its district, followed by its id.
UNNAMED_DISTRICT = "未具名区"


@dataclass(frozen=True)
class ReportMeta:
    """Facts about a report, read from its text (null when the text does not say)."""

    report_id: str
    source: str
    title: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    bureau: str | None = None
    year: int | None = None
    issued: str | None = None  # ISO date the report was signed
    doc_number: str | None = None  # 文号, e.g. 普应急〔2023〕13号

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Section:
    """A heading and everything under it; offsets index the cleaned text."""

    level: int  # 1 for 一、; deeper levels as they nest in this report
    marker: str  # the heading marker as written: "一、", "（二）", "3.", "一是"
    title: str
    start: int  # where the heading begins
    end: int  # where the next sibling or ancestor's sibling begins
    children: tuple[Section, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "marker": self.marker,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "children": [c.to_dict() for c in self.children],
        }


@dataclass(frozen=True)
class Passage:
    passage_id: str
    report_id: str
    source: str
    district: str | None
    year: int | None
    section_path: tuple[str, ...]
    text: str
    start: int
    end: int
    province: str | None = None
    section_type: str | None = None  # canonical type of its top-level section (indexer.text.section_types)

    def to_dict(self) -> dict:
        # Fields by name rather than dataclasses.asdict, whose deep copy cost a million-passage
        # build tens of seconds; the values are all flat.
        data = {f.name: getattr(self, f.name) for f in _PASSAGE_FIELDS}
        data["section_path"] = list(self.section_path)
        return data


_PASSAGE_FIELDS = fields(Passage)


@dataclass(frozen=True)
class Hit:
    """A passage returned for a query, with its rank and fused score."""

    rank: int
    score: float
    passage: Passage

    def to_dict(self) -> dict:
        return {"rank": self.rank, "score": round(float(self.score), 6), **self.passage.to_dict()}
