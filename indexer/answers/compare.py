"""Comparing districts: who reports what on a topic, and whose reports resemble whose."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from indexer.answers.answer_types import Citation, district_label
from indexer.answers.grouped import topic_evidence
from indexer.answers.terms import is_verb, wordings, words_term
from indexer.errors import BadQueryError
from indexer.records import Hit
from indexer.retrieval.search import Filters, Searcher, validate_query
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import SECTION_TYPES


@dataclass(frozen=True)
class DistrictGroup:
    """A district, or a report whose district the text does not name (kept apart, never merged)."""

    label: str
    district: str | None
    report_ids: tuple[str, ...]
    years: tuple[int, ...]

    def filters(self, year: int | None = None, section_type: str | None = None) -> Filters:
        if self.district:
            return Filters(district=self.district, year=year, section_type=section_type)
        return Filters(report=self.report_ids[0], year=year, section_type=section_type)

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "district": self.district,
            "reports": len(self.report_ids),
            "report_ids": list(self.report_ids),
            "years": list(self.years),
        }


def district_groups(searcher: Searcher) -> list[DistrictGroup]:
    by_label: dict[str, list[dict]] = {}
    for report in searcher.reports:
        label = district_label(report.get("district"), report["report_id"])
        by_label.setdefault(label, []).append(report)
    return [
        DistrictGroup(
            label=label,
            district=reports[0].get("district"),
            report_ids=tuple(r["report_id"] for r in reports),
            years=tuple(sorted({r["year"] for r in reports if r.get("year")})),
        )
        for label, reports in sorted(by_label.items())
    ]


@dataclass(frozen=True)
class TopicEntry:
    group: DistrictGroup
    has_evidence: bool
    evidence: float
    hits: list[Hit]  # the passages holding the sentences, best first
    note: str = ""  # why a district has nothing to show beyond "not close enough", e.g. no report that year
    sentences: tuple[Citation, ...] = ()  # the sentences that speak of the topic, each cited

    def to_dict(self) -> dict:
        return {
            **self.group.to_dict(),
            "has_evidence": self.has_evidence,
            "evidence": round(self.evidence, 4),
            "note": self.note,
            "passages": [h.to_dict() for h in self.hits] if self.has_evidence else [],
            "sentences": [c.to_dict() for c in self.sentences] if self.has_evidence else [],
        }


# Between district names a user may type a comma of either width, 、 or a space.
_NAME_SEPARATORS = re.compile(r"[,，、;；\s]+")


def district_names(text: str | None) -> list[str] | None:
    """The districts of a --districts / ?districts= value ("北碚区、普陀区", "北碚区,普陀区"); None when none."""
    names = [name for name in _NAME_SEPARATORS.split(text or "") if name]
    return names or None


def compare_topic(
    searcher: Searcher,
    topic: str,
    districts: list[str] | None = None,
    k: int = 3,
    year: int | None = None,
    section_type: str | None = None,
) -> list[TopicEntry]:
    """Each district's passages on `topic` (in one year, in one kind of section, when given),
    at most k, each holding a sentence that passes `ask`'s evidence check; districts without
    one, or without a report for the year, are listed with has_evidence false."""
    topic = validate_query(topic, k, "hybrid")
    searcher.resolve_filters(Filters(year=year, section_type=section_type))  # unknown ones: a clear error
    groups = district_groups(searcher)
    if districts:
        reports = {d: searcher.unnamed_report(d) for d in districts}  # 未具名区 -> its report
        unnamed = {r for r in reports.values() if r}
        named = {searcher.resolve_district(d) for d, r in reports.items() if not r}
        groups = [
            g for g in groups if g.district in named or (not g.district and set(g.report_ids) & unnamed)
        ]
    check, terms = topic_evidence(searcher, topic)
    # 🔥 or <b>x</b>: with nothing to cover, every district's passages would "pass". A number
    # (12350, a hotline) has no content term either, but a sentence must write it (_speaks_of).
    if not terms and not _WORDED.search(normalize_for_matching(topic)):
        raise BadQueryError(
            f"The topic {topic!r} holds no word a report could write (only symbols, markup or "
            "single letters): give the topic in words, e.g. 危险化学品 or 行政执法."
        )
    speaks = _speaks_of(topic, terms)
    entries = []
    for group in groups:
        if year is not None and year not in group.years:
            entries.append(TopicEntry(group, False, 0.0, [], note=f"没有{year}年的报告。"))
            continue
        hits, verdict = check(group.filters(year, section_type))
        if not verdict.supported:
            entries.append(TopicEntry(group, False, verdict.best_score, []))
            continue
        speaking = [c for c in verdict.citations if speaks(c)]
        if not speaking:
            entries.append(TopicEntry(group, False, verdict.best_score, []))
            continue
        cited = {c.passage_id for c in speaking}
        holding = [h for h in hits if h.passage.passage_id in cited][:k]
        shown = {h.passage.passage_id for h in holding}
        sentences = tuple(c for c in speaking if c.passage_id in shown)
        entries.append(TopicEntry(group, True, verdict.best_score, holding, sentences=sentences))
    return sorted(entries, key=lambda e: (not e.has_evidence, -e.evidence, e.group.label))


# Something a report could write: a Chinese character, or a run of letters or digits (12350).
_WORDED = re.compile(r"[\u4e00-\u9fff]|[0-9A-Za-z]{2,}")

# A topic of one term: a sentence must word all of it, for its parts alone are other things
# (执法 alone is no 执法证). A topic of a few terms: one sentence must word each of them (重大
# of 重大责任事故罪 and 隐患 of another clause are no 重大隐患). Longer topics are left to the
# evidence check's share of terms covered.
_ONE_TERM = re.compile(r"[\u4e00-\u9fff]{2,6}|[0-9A-Za-z]+")
_FEW_TERMS = 3


def _speaks_of(topic: str, terms: list[str]):
    """Whether a cited sentence speaks of the topic itself, not of one of its words. What is
    done about the subject (监管 of 危险化学品监管, 建设 of 队伍建设) may be worded otherwise
    (建立, 管理): the evidence check's share of terms covered stands for it."""
    term = normalize_for_matching(topic).strip()
    whole = wordings(term, term) | {term}
    things = [wordings(t, term) | {t} for t in terms if not is_verb(t)]

    def speaks(citation) -> bool:
        text = normalize_for_matching(citation.text)
        if _ONE_TERM.fullmatch(term) and words_term(whole, text):
            return True
        if len(terms) == 1 and _ONE_TERM.fullmatch(term):
            return False
        return len(terms) > _FEW_TERMS or all(words_term(ways, text) for ways in things)

    return speaks


@dataclass(frozen=True)
class SimilarityMatrix:
    labels: list[str]
    overall: np.ndarray
    by_section_type: dict[str, np.ndarray]

    def to_dict(self) -> dict:
        def rows(matrix: np.ndarray) -> list[list[float | None]]:
            return [[None if np.isnan(v) else round(float(v), 4) for v in row] for row in matrix]

        return {
            "labels": self.labels,
            "overall": rows(self.overall),
            "by_section_type": {t: rows(m) for t, m in self.by_section_type.items()},
            "method": "cosine of mean passage vectors after subtracting the corpus mean",
        }


def district_similarity(searcher: Searcher) -> SimilarityMatrix:
    """District x district similarity, overall and per section type.

    Every passage vector shares a large common component (the genre, the model's bias);
    subtracting the corpus mean leaves what distinguishes one district's reports, so the
    cosines spread over [-1, 1] instead of crowding near 1. A district without a section
    type has no value (null) in that type's matrix; per type, the centre is that type's mean.
    """
    groups = district_groups(searcher)
    vectors = searcher.backend.passage_vectors(np.arange(len(searcher.passages)))
    group_of = _group_index(searcher, groups)
    overall = _matrix(vectors, group_of, len(groups), np.ones(len(vectors), dtype=bool))
    types = searcher.passages.column("section_type")
    by_type = {
        t: _matrix(vectors, group_of, len(groups), types == t) for t in SECTION_TYPES if (types == t).any()
    }
    return SimilarityMatrix([g.label for g in groups], overall, by_type)


def _group_index(searcher: Searcher, groups: list[DistrictGroup]) -> np.ndarray:
    index_of_report = {rid: i for i, g in enumerate(groups) for rid in g.report_ids}
    by_code = np.array([index_of_report[rid] for rid in searcher.passages.values("report_id")])
    return by_code[searcher.passages.codes("report_id")]


def _matrix(vectors: np.ndarray, group_of: np.ndarray, n_groups: int, mask: np.ndarray) -> np.ndarray:
    """Cosines of the groups' mean vectors, centred on the mean of the passages considered."""
    dim = vectors.shape[1]
    corpus_mean = vectors[mask].mean(axis=0)
    means = np.full((n_groups, dim), np.nan)
    for g in range(n_groups):
        rows = mask & (group_of == g)
        if rows.any():
            centred = vectors[rows].mean(axis=0) - corpus_mean
            norm = np.linalg.norm(centred)
            means[g] = centred / norm if norm > 0 else 0.0
    matrix = means @ means.T
    np.fill_diagonal(matrix, [1.0 if not np.isnan(means[g]).any() else np.nan for g in range(n_groups)])
    return np.clip(matrix, -1.0, 1.0)
