"""The districts of a several-district answer: which to ask, which to list, how many
sentences each gets."""

from __future__ import annotations

from indexer.answers.answer_types import Citation, district_label
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.scope_check import ScopedReports
from indexer.retrieval.scope import QueryScope
from indexer.retrieval.search import Filters, Searcher


def district_groups(
    searcher: Searcher, scope: QueryScope, scoped: ScopedReports
) -> list[tuple[str, Filters]]:
    """One group per named district, or per district of the index (reports without one stand alone)."""
    if scope.districts:
        return [(d, Filters(district=d)) for d in scope.districts]
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
