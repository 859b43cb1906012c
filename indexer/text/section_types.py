"""Canonical types of top-level sections, shared by these reports whatever their wording.

Headings are typed by keyword rules first. A heading no rule matches is typed by embedding
similarity: its section's mean passage vector is compared with the mean vectors of the
sections the rules did type, across the corpus (reports follow one template, so a section
about work done resembles the other reports' 举措与成效 sections). Reports list work done
before problems and plans, which breaks near-ties; nothing close enough is 其他.
"""

from __future__ import annotations

import re

import numpy as np

ACHIEVEMENTS = "主要举措与成效"
RESPONSIBILITY = "主要负责人履行推进法治建设第一责任人职责"
PROBLEMS = "存在的问题与不足"
NEXT_STEPS = "下一步工作安排"
OTHER = "其他"
SECTION_TYPES = (ACHIEVEMENTS, RESPONSIBILITY, PROBLEMS, NEXT_STEPS, OTHER)

# Plans named in a heading; a heading naming shortcomings first may name them too (types_within).
_PLANS_IN_HEADING = re.compile(r"下一步|工作安排|主要安排|工作思路|工作打算|工作计划|打算|展望")
# When a heading holds keywords of several types ("存在的不足及下一步工作安排"), the keyword
# that comes first in the heading decides.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"第一责任人|主要负责人履行"), RESPONSIBILITY),
    (re.compile(r"不足|问题|短板|差距|薄弱"), PROBLEMS),
    (_PLANS_IN_HEADING, NEXT_STEPS),
    (re.compile(r"举措|成效|做法|工作情况|进展|成绩"), ACHIEVEMENTS),
)
# What a query says it wants to read about: the shortcomings a report admits, or its plans.
# Narrower than the heading rules: 问题 and 计划 alone are everyday words of the work done
# ("发现问题后整改", "年度检查计划"), so they are no cue here.
_QUERY_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"不足|短板|差距|薄弱|存在的?问题|问题和困难"), PROBLEMS),
    (re.compile(r"下一步|下一年|下年度|明年|来年|今后|打算|将来|未来"), NEXT_STEPS),
)
# In a section whose heading joins shortcomings and plans (存在的不足及下一步工作安排), the words
# turning from the one to the other (针对以上问题我局将采取以下措施).
# 今后 is left out: a shortcoming says 今后工作中加以改进 as often as a plan opens with it.
_TURN_TO_PLANS = re.compile(r"将采取|下一步|下步|接下来")
# A turn this close to a passage's start opens it: the passage is the first plan, not a shortcoming.
_OPENING = 8
# Cosine of centred mean vectors; below this a section resembles no typed section.
MIN_SIMILARITY = 0.0
# Bonus for 举措与成效 when an untyped section comes before the report's problems and plans.
POSITION_PRIOR = 0.2


def type_by_rule(title: str) -> str | None:
    first: tuple[int, str] | None = None
    for pattern, section_type in _RULES:
        m = pattern.search(title)
        if m and (first is None or m.start() < first[0]):
            first = (m.start(), section_type)
    return first[1] if first else None


def section_types_asked(query: str) -> tuple[str, ...]:
    """The section types a query asks about ("存在哪些不足" -> 存在的问题与不足), usually none."""
    return tuple(section_type for pattern, section_type in _QUERY_CUES if pattern.search(query))


def assign_section_types(
    sections: list[tuple[str, int, str]], section_vectors: np.ndarray, corpus_mean: np.ndarray
) -> list[str]:
    """Type every top-level section of the corpus.

    Args:
        sections: (report_id, position in its report, title) per section.
        section_vectors: the mean passage vector of each section, same order.
        corpus_mean: the mean passage vector of the corpus; subtracting it removes what all
            passages share, so the comparison sees what differs.
    """
    types = [type_by_rule(title) for _, _, title in sections]
    centred = _unit(section_vectors - corpus_mean)
    centroids = {
        t: _unit(centred[[i for i, ti in enumerate(types) if ti == t]].mean(axis=0, keepdims=True))[0]
        for t in set(types) - {None}
    }
    first_late = _first_problem_or_plan(sections, types)
    for i, (report_id, position, _) in enumerate(sections):
        if types[i] is not None or not centroids:
            continue
        scores = {t: float(centred[i] @ c) for t, c in centroids.items()}
        if position < first_late.get(report_id, 10**6):
            scores[ACHIEVEMENTS] = scores.get(ACHIEVEMENTS, MIN_SIMILARITY) + POSITION_PRIOR
        best = max(scores, key=lambda t: (scores[t], t))
        types[i] = best if scores[best] > MIN_SIMILARITY else OTHER
    return [t or OTHER for t in types]


def types_within(title: str, section_type: str, texts: list[str]) -> list[str]:
    """The type of each passage of one section, in order. A section typed by the shortcomings
    its joined heading names first keeps that type up to the passage turning to measures; the
    passages after it are plans, which a filter on 下一步工作安排 must find."""
    types = [section_type] * len(texts)
    if section_type != PROBLEMS or not _PLANS_IN_HEADING.search(title):
        return types
    for i, text in enumerate(texts):
        turn = _TURN_TO_PLANS.search(text.replace(title, "").lstrip())
        if turn:
            first_plan = i if turn.start() < _OPENING else i + 1
            return types[:first_plan] + [NEXT_STEPS] * (len(texts) - first_plan)
    return types


def _first_problem_or_plan(sections: list[tuple[str, int, str]], types: list[str | None]) -> dict[str, int]:
    first: dict[str, int] = {}
    for (report_id, position, _), t in zip(sections, types, strict=True):
        if t in (PROBLEMS, NEXT_STEPS):
            first[report_id] = min(first.get(report_id, position), position)
    return first


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
