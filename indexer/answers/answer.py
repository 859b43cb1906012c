"""Extractive answers: the report sentences that best answer a question, each with its citation.

Retrieval is the hybrid search; the answer is made of the best-scoring sentences inside the
retrieved passages, kept verbatim. Questions about several districts are answered district
by district; questions naming a district or year are restricted to it; when no sentence is
close enough to the question the answer says the reports do not cover it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from indexer.records import Hit
from indexer.retrieval.scope import QueryScope, understand
from indexer.retrieval.search import Filters, Searcher, validate_query
from indexer.text.normalize import normalize_for_matching

MAX_CITATIONS = 8
# Calibrated on questions the corpus cannot answer (docs/ask-calibration.md): the best
# sentence of an unanswerable question scores below this; answerable ones score above.
EVIDENCE_THRESHOLD = 0.92
# Sentences this far below the best one are not part of the answer.
RELATIVE_MARGIN = 0.06
LEXICAL_WEIGHT = 0.1
SHORT_SENTENCE_CHARS = 12
UNINFORMATIVE_PENALTY = 0.05
PASSAGES_PER_QUESTION = 12
PASSAGES_PER_DISTRICT = 4
SENTENCES_PER_DISTRICT = 2


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
    evidence: float = 0.0  # best sentence score; answered iff >= EVIDENCE_THRESHOLD

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "answer": self.answer,
            "mode": self.mode,
            "answered": self.answered,
            "grouped_by_district": self.grouped_by_district,
            "citations": [c.to_dict() for c in self.citations],
            "closest": [h.to_dict() for h in self.closest],
            "notes": self.notes,
            "evidence": round(self.evidence, 4),
        }


def district_label(district: str | None, report_id: str) -> str:
    """How a district is shown; a report whose district the text withholds is named by its id."""
    return district or f"未具名区（{report_id[:8]}）"


def answer_question(searcher: Searcher, question: str, max_citations: int = MAX_CITATIONS) -> Answer:
    question = validate_query(question, 10, "hybrid")
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    notes = _scope_notes(scope, searcher)
    if scope.unknown_districts and not scope.districts:
        return Answer(
            query=question,
            answer=notes[0],
            mode="extractive",
            answered=False,
            grouped_by_district=False,
            citations=[],
            notes=notes,
        )
    year = scope.years[0] if len(scope.years) == 1 else None
    grouped = scope.cross_district and len(scope.districts) != 1
    # Sentences are scored against the question without its scope words: "北碚区" in the question
    # would otherwise make any sentence naming 北碚区 look like an answer.
    topic = _without_scope(question, scope)
    query_vector = searcher.query_vector(topic)
    query_terms = topic_terms(searcher, topic)

    if grouped:
        return _grouped_answer(
            searcher, question, scope, year, query_vector, query_terms, notes, max_citations
        )
    one_province = len(scope.districts) > 1 and len(scope.provinces) == 1  # 重庆怎么开展普法
    filters = Filters(
        district=scope.districts[0] if len(scope.districts) == 1 else None,
        province=scope.provinces[0] if one_province else None,
        year=year,
    )
    hits = searcher.search(question, k=PASSAGES_PER_QUESTION, filters=filters, scoped=False)
    sentences = score_sentences(searcher, hits, query_vector, query_terms)
    evidence = sentences[0].score if sentences else 0.0
    if evidence < EVIDENCE_THRESHOLD:
        return _not_covered(question, hits[:5], notes, grouped=False, evidence=evidence)
    citations = _select(sentences, max_citations)
    lines = [
        f"{district_label(c.district, c.report_id)}（{c.year or '年份不详'}）：{c.text}[{i}]"
        for i, c in enumerate(citations, 1)
    ]
    return Answer(
        question,
        "\n".join(notes + lines),
        "extractive",
        True,
        False,
        citations,
        notes=notes,
        evidence=evidence,
    )


def _grouped_answer(
    searcher: Searcher,
    question: str,
    scope: QueryScope,
    year: int | None,
    query_vector: np.ndarray,
    query_terms: set[str],
    notes: list[str],
    max_citations: int,
) -> Answer:
    """One entry per district with evidence, strongest evidence first."""
    scored_groups, evidence = [], 0.0
    for label, filters in _district_groups(searcher, scope):
        hits = searcher.search(
            question, k=PASSAGES_PER_DISTRICT, filters=_with_year(filters, year), scoped=False
        )
        sentences = score_sentences(searcher, hits, query_vector, query_terms)
        if sentences:
            evidence = max(evidence, sentences[0].score)
        if sentences and sentences[0].score >= EVIDENCE_THRESHOLD:
            scored_groups.append((label, _select(sentences, SENTENCES_PER_DISTRICT)))
    scored_groups.sort(key=lambda group: (-group[1][0].score, group[0]))
    chosen = _round_robin(scored_groups, max_citations)
    if not chosen:
        closest = searcher.search(question, k=5, filters=Filters(year=year), scoped=False)
        return _not_covered(question, closest, notes, grouped=True, evidence=evidence)
    lines, number = [], 0
    for label, group in chosen:
        parts = []
        for citation in group:
            number += 1
            parts.append(f"{citation.text}[{number}]")
        lines.append(f"{label}：" + "".join(parts))
    citations = [c for _, group in chosen for c in group]
    return Answer(
        question,
        "\n".join(notes + lines),
        "extractive",
        True,
        True,
        citations,
        notes=notes,
        evidence=evidence,
    )


def _scope_notes(scope: QueryScope, searcher: Searcher) -> list[str]:
    notes = []
    if scope.unknown_districts:
        known = "、".join(searcher.districts())
        notes.append(f"语料中没有{'、'.join(scope.unknown_districts)}的报告（现有：{known}）。")
    return notes


def _with_year(filters: Filters, year: int | None) -> Filters:
    return Filters(district=filters.district, report=filters.report, year=year)


def _district_groups(searcher: Searcher, scope: QueryScope) -> list[tuple[str, Filters]]:
    """One group per named district, or per district of the index (reports without one stand alone)."""
    if scope.districts:
        return [(d, Filters(district=d)) for d in scope.districts]
    groups = [(d, Filters(district=d)) for d in searcher.districts()]
    for report in searcher.reports:
        if not report.get("district"):
            groups.append((district_label(None, report["report_id"]), Filters(report=report["report_id"])))
    return groups


def _without_scope(question: str, scope: QueryScope) -> str:
    text = normalize_for_matching(question)
    for district in scope.districts:
        full = normalize_for_matching(district)
        text = text.replace(full, "").replace(full[:-1], "")
    for year in scope.years:
        text = text.replace(f"{year}年", "")
    return text.strip() or question


def topic_terms(searcher: Searcher, topic: str) -> set[str]:
    """Query words an answer sentence should contain (numbers and single characters say little)."""
    return {t for t in searcher.tokenize(topic) if len(t) >= 2 and not t.isdigit()}


def _is_informative(text: str) -> bool:
    """A bare heading or letterhead line names a topic but answers nothing."""
    return len(text) >= SHORT_SENTENCE_CHARS and any(mark in text for mark in "，、；,;：:")


def score_sentences(
    searcher: Searcher, hits: list[Hit], query_vector: np.ndarray, terms: set[str]
) -> list[Citation]:
    """Every sentence of the hits, scored cos(query, sentence) + a bonus for covering query words."""
    out: list[Citation] = []
    for hit in hits:
        p = hit.passage
        spans, vectors = searcher.backend.sentences_of(np.array([searcher.row_of(p.passage_id)]))
        if len(spans) == 0:
            continue
        similarities = vectors @ query_vector
        cleaned = searcher.cleaned_text(p.report_id)
        for (_, start, end), similarity in zip(spans.tolist(), similarities.tolist(), strict=True):
            text = cleaned[start:end]
            normalized = normalize_for_matching(text)
            coverage = sum(t in normalized for t in terms) / len(terms) if terms else 0.0
            score = similarity + LEXICAL_WEIGHT * coverage
            if not _is_informative(text):
                score -= UNINFORMATIVE_PENALTY
            out.append(
                Citation(
                    p.passage_id,
                    p.report_id,
                    p.source,
                    p.district,
                    p.year,
                    p.section_path,
                    text,
                    start,
                    end,
                    score,
                )
            )
    out.sort(key=lambda c: (-c.score, c.report_id, c.start))
    return out


def _select(sentences: list[Citation], limit: int) -> list[Citation]:
    """The best sentences within RELATIVE_MARGIN of the best, without repeating one another.

    Bare headings count as evidence (a section titled after the question is about it) but
    are quoted only when nothing else is: "四、大力开展普法宣传工作" answers nothing.
    """
    informative = [s for s in sentences if _is_informative(s.text)]
    sentences = informative or sentences
    chosen: list[Citation] = []
    best = sentences[0].score if sentences else 0.0
    for sentence in sentences:
        if len(chosen) >= limit or sentence.score < best - RELATIVE_MARGIN:
            break
        if any(sentence.report_id == c.report_id and sentence.start == c.start for c in chosen):
            continue
        if any(sentence.text in c.text or c.text in sentence.text for c in chosen):
            continue
        chosen.append(sentence)
    return chosen


def _round_robin(groups: list[tuple[str, list[Citation]]], limit: int) -> list[tuple[str, list[Citation]]]:
    """Every district's best sentence first, then second-best ones while room is left."""
    taken = [0] * len(groups)
    used = 0
    for depth in range(max((len(g) for _, g in groups), default=0)):
        for i, (_, group) in enumerate(groups):
            if used < limit and depth < len(group):
                taken[i] += 1
                used += 1
    return [(label, group[:n]) for (label, group), n in zip(groups, taken, strict=True) if n]


def _not_covered(
    question: str, closest: list[Hit], notes: list[str], grouped: bool, evidence: float
) -> Answer:
    message = "报告中没有找到能回答这个问题的内容。以下是最接近的段落，仅供参考。"
    return Answer(
        question,
        "\n".join(notes + [message]),
        "extractive",
        False,
        grouped,
        [],
        closest=closest,
        notes=notes,
        evidence=evidence,
    )
