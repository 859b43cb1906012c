"""A figure question answered from the indicator table (各区全年罚款多少？): the indicators it
asks, each clause's own, and one line per report in scope citing the sentence of each figure."""

from __future__ import annotations

import re

from indexer.answers import polarity
from indexer.answers.answer_types import Answer, Citation, district_label
from indexer.answers.figures import CHANGE_ONLY, CLAUSE_BREAK, UNIT_KINDS, asks_which_way, quantity_asked
from indexer.answers.indicators import (
    PLAIN_SCOPES,
    cell_text,
    citation_of_row,
    headline_rank,
    narrowing_tags,
    rows_of_version,
    shown_tags,
)
from indexer.answers.scope_check import check_scope
from indexer.ingest.indicators import IndicatorRow, load_catalogue
from indexer.retrieval.expansion import query_rewordings, thesaurus
from indexer.text import plain_words
from indexer.text.normalize import normalize_for_matching

_UNIT_KIND = {unit: kind for kind, units in UNIT_KINDS.items() for unit in units}


def _tag_asked(tag: str, question: str) -> bool:
    """The question words the tag, a long tag also with words between its ends (重大…隐患)."""
    return tag in question or (len(tag) >= 4 and tag[:2] in question and tag[-2:] in question)


def _tags_asked(row: IndicatorRow, question: str) -> int:
    """How many of the row's narrowing tags (重大隐患, 举报) the question words, a long tag also
    with words between its ends (重大事故隐患), plus one when the question names the thing the
    row's own words end with (手册 of a sentence counting 海报 and then 手册)."""
    tags = [t for t in (row.qualifier or "").split("、") if t and t not in PLAIN_SCOPES]
    asked = sum(1 for t in tags if _tag_asked(t, question))
    label = normalize_for_matching(row.label or "")
    return asked + (len(label) >= 4 and label[-4:] in question)


def answer_from_indicators(searcher, question: str) -> Answer | None:
    """A figure question ("各区全年罚款多少？", "北碚区有几起行政诉讼败诉案件？") answered from the
    indicator table: one line per report in scope, each figure with the sentence that states it.

    None when the question asks for no quantity, names no catalogue indicator (or names
    indicators of several kinds), names a district or year the index lacks (the caller's scope
    check says so better), or no report in scope states the figure: the caller then answers
    from retrieval, so a table miss never becomes a wrong figure.
    """
    asked = quantity_asked(question)
    if asked is None:
        return None
    wanted = wanted_indicators(question, asked.kinds)
    if not wanted:
        return None
    # 罚的钱和立案数是多少: the count named by its name, of a kind the money's 多少 hid, would be
    # silently left out; the sentences answer both.
    if any(name not in {w for w, _ in wanted} for name in _named(question)):
        return None
    reports = reports_in_scope(searcher, question)
    if reports is None:
        return None
    in_scope = {r["report_id"] for r in reports}
    rows = [
        r
        for r in rows_of_version(searcher.version_dir)
        if r.passage_id and (r.indicator, r.unit == "%") in wanted and r.report_id in in_scope
    ]
    names = list(dict.fromkeys(name for name, _ in wanted))
    text = normalize_for_matching(question)
    # 大隐患改好了几个 narrows as 重大事故隐患 does: the tags are read in the reports' words too.
    tagged = " ".join([text, *(v for v, _ in query_rewordings(text, thesaurus((plain_words.EQUIVALENT,))))])
    citations: list[Citation] = []
    lines, stated = [], 0
    # (whose report, the clause saying none happened, the part it denies when not the whole)
    denials: list[tuple[str, str, str]] = []
    for report in sorted(reports, key=lambda r: (r.get("district") or "~", r.get("year") or 0)):
        label = f"{district_label(report.get('district'), report['report_id'])}（{report.get('year') or '年份不详'}年）"
        parts = []
        for name, change in wanted:
            # A figure narrowed the way the question narrows it (重大事故隐患有多少个) leads.
            found = sorted((r for r in rows if r.report_id == report["report_id"] and r.indicator == name
                            and (r.unit == "%") == change),
                           key=lambda r: (-_tags_asked(r, tagged), *headline_rank(r)))  # fmt: skip
            if not found:
                continue
            part_only = _parts_only(found[0], tagged)
            figures = []
            # Different figures its tags do not tell apart (海报 and 手册, both 今年以来) are told
            # apart by the words the report writes before them.
            labelled = len({r.qualifier for r in found}) < len(found) and all(
                len({getattr(r, field) for r in found}) > 1 for field in ("label", "value")
            )
            for row in found:
                cited = citation_of_row(searcher, row)
                number = next(  # a sentence stating two asked figures is cited once
                    (
                        i
                        for i, c in enumerate(citations, 1)
                        if (c.passage_id, c.start, c.end) == (cited.passage_id, cited.start, cited.end)
                    ),
                    None,
                )
                if number is None:
                    citations.append(cited)
                    number = len(citations)
                if row.value == 0:  # 0件 read from 未出现…案件: the denial is said, not only the 0
                    denials.append(
                        (
                            district_label(report.get("district"), report["report_id"]),
                            polarity.denying_clause(cited.text),
                            "、".join(_PART_WORDS.get(t, t) for t in part_only),
                        )
                    )
                said_before = row.label if labelled and row.label else ""
                figures.append(f"{said_before}{_figure_text(row, hidden=part_only)}[{number}]")
            head = (
                f"{name}{'变化' if change and len(wanted) > len(names) else ''} " if len(wanted) > 1 else ""
            )
            if part_only:  # every figure the report gives is a part: say so before it
                whole = "没有总数" if head else f"报告没有写{name}的总数"
                head += f"{whole}，只写了{'、'.join(_PART_WORDS.get(t, t) for t in part_only)}的："
            parts.append(
                head + "；另".join([figures[0], "、".join(figures[1:])] if len(figures) > 1 else figures)
            )
        if parts and len(parts) < len(names):
            # 罚的钱和立案数, where the table holds the fine and not the count (北碚区's 立案查处68件
            # counts cases reported by phone): a line silently short of one figure reads as all of
            # them; the sentences answer instead.
            return None
        if parts:
            stated += 1
            lines.append(f"{label}：" + "；".join(parts))
        else:
            lines.append(f"{label}：报告中没有{'、'.join(names)}的数字。")
    if not stated:
        return None
    notice = TABLE_NOTICE
    denied = [(whose, clause, part) for whose, clause, part in dict.fromkeys(denials) if clause]
    if denied:  # 输了几起, where the report writes 未出现行政诉讼案件: none happened, and the notice says so
        by_report: dict[str, dict[str, list[str]]] = {}
        for whose, clause, part in denied:
            # 未发生较大及以上事故 denies the serious ones only: no count of all of them is written
            happened = f"只说没有发生{part}的，没有写全部的数字" if part else "没有发生"
            by_report.setdefault(whose, {}).setdefault(happened, []).append(clause)
        said = "；".join(
            f"{whose}的报告写的是"
            + "；".join(f"“{'”“'.join(clauses)}”：{happened}" for happened, clauses in kinds.items())
            for whose, kinds in by_report.items()
        )
        notice = f"{said}；{notice}"
    notes = [f"{INDICATOR_NOTE}{'、'.join(names)}"]
    return Answer(
        question, "\n".join(lines), "extractive", True, len(reports) > 1, citations,
        notes=notes, evidence=1.0, notice=notice,
    )  # fmt: skip


TABLE_NOTICE = "以下数字取自指标表，每个数字都标注了陈述它的报告原句。"
INDICATOR_NOTE = "指标："


def reports_in_scope(searcher, question: str) -> list[dict] | None:
    """The reports a figure question is asked of, by its districts, year and report; None when it
    names only districts the index lacks, no report fits, or it asks a plan (the caller's scope
    check says so better)."""
    scope = searcher.scope_of(question)
    if scope.unknown_districts and not scope.districts:
        return None
    scoped = check_scope(question, scope, searcher.reports)
    if scoped.declined_notice or scoped.plan_notice:
        return None
    return [
        r
        for r in scoped.reports
        if (scoped.year is None or r.get("year") == scoped.year)
        and (not scoped.report_id or r["report_id"] == scoped.report_id)
    ]


def wanted_indicators(question: str, kinds: tuple[str, ...]) -> list[tuple[str, bool]]:
    """Each indicator the question asks about, named or in everyday words, with whether it asks
    for its change in percent."""
    return _indicators_wanted(question, kinds) or _indicators_reworded(question, kinds)


def _indicators_reworded(question: str, kinds: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The indicators a question asks for in everyday words (罚钱罚了多少, 打官司打了几起): those
    its rewording in the reports' terms names, by the thesaurus's equivalent pairs only (a
    search-only widening, 电梯 for 特种设备, names no figure of the reports)."""
    for variant, _ in query_rewordings(question, thesaurus((plain_words.EQUIVALENT,))):
        found = [(e.indicator, "percent" in kinds) for e in indicators_asked(variant, kinds)]
        if found:
            return found
    return []


# A clause asking something of its own (哪些区…移送过人？各移送几人): its indicators are asked too.
_ASKS = re.compile(r"[哪啥吗呢？?]|什么|是否|有没有|怎么|如何|还是")
# ... by a yes or a no alone (有输的吗).
_YES_OR_NO = re.compile(r"^(?!.*(?:[哪啥]|什么|怎么|如何|还是)).*(?:吗|没有|没)[？?]*$")


def _indicators_wanted(question: str, kinds: tuple[str, ...]) -> list[tuple[str, bool]]:
    """Each indicator the question asks about, with whether it asks for its change in percent.

    A question asking for figures in turn (立案查处了几起，罚款多少) asks for each clause's own
    indicator, of the clause's own unit: read whole, its first measure word (起) would leave
    only the first. A clause asking only for a change (同比增长了多少) asks it of the figure
    just asked. A clause naming no indicator (整改了多少) may take one the whole question implies
    (隐患整改数, of 排查出多少隐患); when none is left for it (满意率是多少), nothing, so the
    sentences answer and no asked figure is silently dropped.
    """
    whole = [(e.indicator, "percent" in kinds) for e in indicators_asked(question, kinds)]
    clauses = [c for c in CLAUSE_BREAK.split(question) if quantity_asked(c) is not None]
    others = [c for c in CLAUSE_BREAK.split(question) if c.strip() and c not in clauses]
    if len(clauses) == 1 and others:
        asking = quantity_asked(clauses[0]).kinds
        change = "percent" in asking or "percent" in kinds  # …跟上年比，是升是降: the whole asks a change
        own = [(e.indicator, change) for e in indicators_asked(clauses[0], asking)]
        if not any(_ASKS.search(c) for c in others):
            # 尚未出现行政复议案件，全年立案查处多少起: the clause before only states what did not
            # happen; the figure asked is the asking clause's own indicator, when it names one
            # (没出现过行政诉讼，那年立了几起案: the lawsuits named are what did not happen, not the count)
            return own or ([] if any(polarity.negates(c) for c in others) else whole)
        if all(_YES_OR_NO.search(c) for c in others):
            # 各自打了几宗行政官司？有败诉的吗: the count asked is the asking clause's own (行政诉讼);
            # read whole, the question names only what the yes-or-no clause asks about (败诉),
            # whose answer the count's sentence may hold (…行政诉讼…无败诉案件)
            return own or _indicators_reworded(clauses[0], asking) or whole
    if len(clauses) < 2:
        return whole
    each: list[tuple[str, bool]] = []
    previous: list[tuple[str, bool]] = []
    unknown = 0  # clauses naming no indicator of their own
    for clause in clauses:
        clause_kinds = quantity_asked(clause).kinds
        found = [(e.indicator, "percent" in clause_kinds) for e in indicators_asked(clause, clause_kinds)]
        asks_change = CHANGE_ONLY.search(normalize_for_matching(clause)) or asks_which_way(question)
        if not found and previous and asks_change:  # 同比下降了多少, 是上升了还是下降了
            found = [(name, True) for name, _ in previous]
        unknown += not found
        each += [f for f in found if f not in each]
        previous = found or previous
    implied = [w for w in whole if w[0] not in {name for name, _ in each}]
    if unknown > len(implied):
        return []
    return each + implied if unknown else each


def _named(question: str) -> list[str]:
    """The indicators the question names by a name or alias of theirs as one of several things
    asked (罚的钱和立案数); not a name standing in the context (组织应急救援队伍搞了多少场演练)."""
    text = normalize_for_matching(question)

    def conjoined(name: str) -> bool:
        name = re.escape(normalize_for_matching(name))
        return bool(re.search(rf"(?:和|及|与|、){name}|{name}(?:和|及|与|、)", text))

    return [
        e.indicator
        for e in load_catalogue().entries
        if any(conjoined(n) for n in (e.indicator, *e.aliases) if len(n) > 2)
    ]


_CONJOINED = re.compile(r"以及|和|及|与|、|，|,")
_JOINED = re.compile(r"以及|和|及|与|、")


def indicators_asked(question: str, kinds: tuple[str, ...] = (), acted_in: str = "") -> list:
    """The catalogue entries a question asks about, in catalogue order.

    Every indicator named by its name or an alias (a name inside a longer one, 行政诉讼 in
    行政诉讼案件, does not count twice); failing that, the first entry whose object and action
    words the question uses, with the rest of its group (排查整改了多少隐患 asks for both). The
    catalogue lists specific entries first (败诉 before 行政诉讼), which is why its order decides.
    Only entries counting in a unit of the kind asked are considered. Given the words the
    action may stand in (acted_in: the whole question, of one of its conjoined parts), the
    action is looked for there.
    """
    catalogue = load_catalogue()
    text = normalize_for_matching(question)
    fitting = [e for e in catalogue.entries if not kinds or any(_UNIT_KIND.get(u) in kinds for u in e.units)]
    if "percent" in kinds:  # 同比下降多少: a change of a counted quantity, whatever its unit
        fitting = list(catalogue.entries)
    spans = []
    for entry in fitting:
        for name in (entry.indicator, *entry.aliases):
            plain = normalize_for_matching(name)
            at = text.find(plain)
            while plain and at >= 0:
                spans.append((at, at + len(plain), entry))
                at = text.find(plain, at + 1)
    named = {
        id(e): e
        for a, b, e in spans
        if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) and e2 is not e for a2, b2, e2 in spans)
    }
    if named:
        # 立案查处的起数和罚款总额: a part naming none asks its own, by its words (not the group of
        # the named one).
        parts = [p for p in _CONJOINED.split(text) if p]
        if len(parts) > 1:
            for part in parts:
                if not any(
                    normalize_for_matching(n) in part
                    for e in named.values()
                    for n in (e.indicator, *e.aliases)
                ):
                    # 人大代表提的建议和政协提案各办了多少件: the doing is said once for both
                    named.update({id(e): e for e in indicators_asked(part, kinds, text)})
        return [e for e in fitting if id(e) in named]
    used = [
        e
        for e in fitting
        if (e.what or e.act)
        and (e.what is None or e.what.search(text))
        and (e.act is None or e.act.search(normalize_for_matching(acted_in) or text))
        and not (e.exclude and e.exclude.search(text))
    ]
    if not used:
        return []
    # 出的事故和死的人各少了多少: two things named by their words, joined, are both asked
    joined = [p for p in _JOINED.split(text) if p]
    if len(joined) > 1 and not acted_in:
        each = {id(e): e for part in joined for e in indicators_asked(part, kinds, text)}
        if len({e.group for e in each.values()}) > 1:
            return [e for e in fitting if id(e) in each]
    return [e for e in used if e.group == used[0].group]


def _figure_text(row: IndicatorRow, hidden: list[str] = ()) -> str:
    """The figure and its tags, less the direction its sign shows and the tags the line has said."""
    tags = shown_tags(row, hidden=("同比增长", "同比下降", *hidden))
    return cell_text(row) + (f"（{'、'.join(tags)}）" if tags else "")


# How a narrowing tag reads after 只写了……的 (只写了经举报查处的); other tags read as written.
_PART_WORDS = {"举报": "经举报查处", "其中": "其中一部分"}


def _parts_only(row: IndicatorRow, question: str) -> list[str]:
    """The tags narrowing the row's figure to a part that the question does not ask for: asked
    for 事故多少起, a report stating only 未发生较大及以上事故 gives no total."""
    return [t for t in narrowing_tags(row) if not _tag_asked(t, question)]
