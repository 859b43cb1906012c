"""The districts of a several-district answer: which to ask, which to list, how many
sentences each gets."""

from __future__ import annotations

from indexer.answers.answer_types import Citation, district_label
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.scope_check import ScopedReports
from indexer.retrieval.scope import QueryScope
from indexer.retrieval.search import Filters, Searcher
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import NEXT_STEPS, PROBLEMS, section_types_asked

# A district whose every cited sentence is a plan or a named shortcoming did not do what a
# question about done work asks ("哪些区开展了…" answered by "下一步将开展…" or "…有待加强"):
# its line says so, since the chatbot repeats the lines as they are.
_ONLY_FROM = {
    frozenset({NEXT_STEPS}): "（仅见于下一步工作安排：是计划，不是已做的工作）",
    frozenset({PROBLEMS}): "（仅见于存在的问题与不足）",
    frozenset({NEXT_STEPS, PROBLEMS}): "（仅见于存在的问题与不足、下一步工作安排：不是已做的工作）",
}


def district_groups(
    searcher: Searcher, scope: QueryScope, scoped: ScopedReports
) -> list[tuple[str, Filters]]:
    """One group per named district, or per district of the index (reports without one stand alone)."""
    if scope.districts:
        named = [(d, Filters(district=d)) for d in scope.districts]
        return named + [
            (district_label(None, r["report_id"]), Filters(report=r["report_id"]))
            for r in scoped.unnamed_beside_named
        ]
    groups = [(d, Filters(district=d)) for d in searcher.districts()]
    for report in searcher.reports:
        if not report.get("district"):
            groups.append((district_label(None, report["report_id"]), Filters(report=report["report_id"])))
    if scoped.year is not None:  # only districts with a report of the asked year
        years = {(r.get("district"), r["report_id"]): r.get("year") for r in searcher.reports}
        groups = [
            (label, f)
            for label, f in groups
            if any(y == scoped.year and (f.district == d or f.report == rid) for (d, rid), y in years.items())
        ]
    return groups


def without_weak_districts(
    supported: list[tuple[str, list[Citation]]], lead: dict[str, Verdict], config: EvidenceConfig
) -> list[tuple[str, list[Citation]]]:
    """Districts whose first sentence words the question's rarer terms; all of them when none
    does (then the answer stands or falls as a whole, as before)."""
    strong = [g for g in supported if lead[g[0]].lead_rarity >= config.district_rarity]
    return strong or supported


def round_robin(groups: list[tuple[str, list[Citation]]], limit: int) -> list[tuple[str, list[Citation]]]:
    """Every district's best sentence first, then second-best ones while room is left."""
    taken = [0] * len(groups)
    used = 0
    for depth in range(max((len(g) for _, g in groups), default=0)):
        for i, (_, group) in enumerate(groups):
            if used < limit and depth < len(group):
                taken[i] += 1
                used += 1
    return [(label, group[:n]) for (label, group), n in zip(groups, taken, strict=True) if n]


def commonly_uncovered(failures: list[Verdict]) -> list[str]:
    counts: dict[str, int] = {}
    for verdict in failures:
        for term in verdict.uncovered:
            counts[term] = counts.get(term, 0) + 1
    return sorted(counts, key=lambda t: -counts[t])


def sections_asked(question: str, wants_plan: bool, section: str | None) -> tuple[str, ...]:
    """The report sections a question asks about: those it names, the plans when it asks what is
    planned, the shortcomings when it is answered from them (`section`)."""
    asked = section_types_asked(normalize_for_matching(question))
    if wants_plan:
        asked += (NEXT_STEPS,)
    if section == PROBLEMS:
        asked += (PROBLEMS,)
    return asked


def only_from_label(searcher: Searcher, citations: list[Citation], asked_sections: tuple[str, ...]) -> str:
    """The label of a district cited only from plan or shortcoming sections the question did
    not ask about; "" otherwise."""
    # (a line kept out of the passages, the header or the signature, is of no section)
    sections = frozenset(searcher.passage(c.passage_id).section_type for c in citations if c.passage_id)
    if not sections:
        return ""
    if sections & set(asked_sections):
        return ""
    return _ONLY_FROM.get(sections, "")
