"""A question taking as not having happened what its report counts (硚口区没有行政处罚案件吗,
where the report writes 全年共立案查处15起).

presumed_absent_notice finds the contrary clause only where a quoted sentence words the
question's noun; a count worded otherwise (立案查处 for 行政处罚案件) it cannot see, and the
quoted sentences read as a yes. The indicator table knows what each figure counts: a figure
above zero of the indicator the denied words name, in the one report asked about, says it
happened.
"""

from __future__ import annotations

import re

from indexer.answers import polarity
from indexer.answers.answer_types import Citation
from indexer.answers.indicators import citation_of_row, rows_of_version, stated_zero
from indexer.answers.table_answers import indicators_asked
from indexer.answers.terms import CLAUSE_MARKS
from indexer.text.normalize import normalize_for_matching

# Between the denial and the thing, its doings say nothing of which (没有受理过举报, 一起事故都
# 没发生); any other word narrows it (没出过较大事故), and only a figure the report tags so
# (重大隐患142个) contradicts that: a count of all accidents says nothing of the serious ones.
_DOINGS = re.compile(
    r"出现|出|发生|有|受理|收到|办理|查处|开展|组织|举办|举行|进行|移送|搞|做|立|过|了|任何|"
    r"一[个件起次家人名项条份位场例宗]"
)

# After the thing, only its doings, the denial itself and a question's particles may follow
# (一起事故都没发生过吧).
_ONLY_ASKING = re.compile(rf"(?:{_DOINGS.pattern}|[都也没未不过了吧吗呢啊呀的？?！!。\s])*")


def counted_contrary(searcher, question: str, report_ids: list[str]) -> tuple[Citation, str] | None:
    """The sentence counting, above zero, what the question takes as not having happened in its
    one report, with the clause stating the figure; None otherwise."""
    text = normalize_for_matching(question)
    denied = polarity.presumed_none(text)
    if denied is None or len(report_ids) != 1:
        return None
    even_one = polarity.NOT_EVEN_ONE.search(text)
    if even_one:  # 一个隐患都没查出来: the thing stands before the denial
        denied = CLAUSE_MARKS.split(text[even_one.start() :])[0]
    start = polarity.negation_end(denied)
    for entry in indicators_asked(denied, ("count",)):
        named = _where_named(denied, entry)
        if named is None:
            continue
        at, end = named
        narrowed = _DOINGS.sub("", denied[start:at] if at >= start else denied[:at])
        # … nor after it (没有败诉的诉讼, 举报投诉未处理的): a case lost or left undone is no case
        tail = entry.act.sub("", denied[end:]) if entry.act else denied[end:]  # 一家企业都没处罚过
        if not _ONLY_ASKING.fullmatch(tail):
            continue
        rows = [
            r
            for r in rows_of_version(searcher.version_dir)
            if r.report_id == report_ids[0]
            and r.indicator == entry.indicator
            and r.passage_id
            and r.value > 0
            # 下降25% is a change, not a count; but only a count above zero falls by a share of it
            and (r.unit != "%" or _fell_short_of_all(r))
            and not stated_zero(r)
            and narrowed in f"{r.qualifier or ''}{r.label}"
        ]
        if rows:  # a part counted (重大隐患149处) is no fewer than one of the whole either
            return citation_of_row(searcher, rows[0]), _clause_of(rows[0])
    return None


def _fell_short_of_all(row) -> bool:
    """Whether the row is a fall of the count by less than all of it (事故起数同比下降25%): the
    count was above zero before and is still."""
    return "下降" in (row.qualifier or "") and 0 < row.value < 100


def _where_named(text: str, entry) -> tuple[int, int] | None:
    """Where the text names the indicator: by its name or an alias, else by its object word."""
    names = [normalize_for_matching(n) for n in (entry.indicator, *entry.aliases)]
    named = [(text.find(n), text.find(n) + len(n)) for n in names if n in text]
    if named:
        return min(named, key=lambda span: (span[0], -span[1]))
    found = entry.what.search(text) if entry.what else None
    return found.span() if found else None


def _clause_of(row) -> str:
    """The clause of the row's sentence holding its figure (全年共立案查处15起)."""
    at = row.value_start - row.start
    before = max((m.end() for m in CLAUSE_MARKS.finditer(row.sentence, 0, at)), default=0)
    after = CLAUSE_MARKS.search(row.sentence, at)
    return row.sentence[before : after.start() if after else len(row.sentence)]
