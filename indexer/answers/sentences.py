"""The sentences of retrieved passages, scored against a question: what `ask` quotes from."""

from __future__ import annotations

import numpy as np

from indexer.answers.answer_types import Citation
from indexer.answers.evidence import Scored, is_informative
from indexer.records import Hit
from indexer.retrieval.search import Searcher
from indexer.text.headings import match_marker
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import PROBLEMS

LEXICAL_WEIGHT = 0.1
UNINFORMATIVE_PENALTY = 0.05
# A year known only as a plan is answered from the plan section, never from what was done.
PLAN_SECTION = "下一步工作安排"


def _is_part_title(text: str, part_title: str) -> bool:
    """Whether the sentence is the title of its part of the report (matching form, "" for none),
    with its marker (三、…不足和原因). A subsection's title often states what was done (（三）执法效能
    持续提升) and stays a sentence."""
    if not part_title:
        return False
    line = text.strip()
    marker = match_marker(line)
    title = line[marker.length :] if marker else line
    return normalize_for_matching(title.strip().rstrip("。：:；;")) == part_title


def topic_terms(searcher: Searcher, topic: str) -> set[str]:
    """Query words an answer sentence should contain (numbers and single characters say little)."""
    return {t for t in searcher.tokenize(topic) if len(t) >= 2 and not t.isdigit()}


def scored_sentences(
    searcher: Searcher, hits: list[Hit], query_vector: np.ndarray, terms: set[str], part_titles: bool = False
) -> list[Scored]:
    """Every sentence of the hits, scored cos(query, sentence) + a bonus for covering query words,
    with its vector and its section titles for the evidence check; best first."""
    out: list[Scored] = []
    for hit in hits:
        p = hit.passage
        spans, vectors = searcher.backend.sentences_of(np.array([searcher.row_of(p.passage_id)]))
        if len(spans) == 0:
            continue
        similarities = vectors @ query_vector
        cleaned = searcher.cleaned_text(p.report_id)
        context = normalize_for_matching(" ".join(p.section_path))
        # once per passage, not per sentence: every sentence of every hit is read
        part_title = "" if part_titles or not p.section_path else normalize_for_matching(p.section_path[0])
        if p.section_type == PROBLEMS:
            # Its sentences are shortcomings whatever the heading says (存在的主要问题, 短板弱项).
            context += " " + PROBLEMS
        for (_, start, end), vector, similarity in zip(
            spans.tolist(), vectors, similarities.tolist(), strict=True
        ):
            text = cleaned[start:end]
            if _is_part_title(text, part_title):
                continue  # 四、下一步工作打算 says where an answer stands, not what it is
            normalized = normalize_for_matching(text)
            coverage = sum(t in normalized for t in terms) / len(terms) if terms else 0.0
            score = similarity + LEXICAL_WEIGHT * coverage
            if not is_informative(text):
                score -= UNINFORMATIVE_PENALTY
            citation = Citation(
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
            out.append(Scored(citation, vector, context, p.section_type == PLAN_SECTION))
    out.sort(key=lambda s: (-s.citation.score, s.citation.report_id, s.citation.start))
    return out


def score_sentences(
    searcher: Searcher, hits: list[Hit], query_vector: np.ndarray, terms: set[str]
) -> list[Citation]:
    """The scored sentences as citations (for callers that need no evidence check: compare)."""
    return [s.citation for s in scored_sentences(searcher, hits, query_vector, terms)]
