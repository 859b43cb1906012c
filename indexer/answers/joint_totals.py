"""A figure asked of one group that the report gives only for several together (对5名个人，13家
企业共计罚款72.8万元, asked how much the five people were fined).

The sentence writes the group the question names and a figure of the kind asked, so it passed
every check and was quoted under a plain notice: a chatbot would give the joint total as the
group's. The answer says the report gives the total only.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.figures import CLAUSE_BREAK, QuantityAsked, has_figure, unit_kind
from indexer.answers.stated_figures import as_written, in_digits_only
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral

# Every notice here says the figure is of more than was asked in these words: a question's part
# answered alone (一共查出了多少处隐患) must not undo it (parts.answered_on_premise).
NOT_APART = "没有单独写出"

# After the group the question names: another group, then a word of summing before the figure
# (5名个人，13家企业共计罚款; 3人和2家单位合计).
_ANOTHER_THEN_SUM = re.compile(
    r"^[^，,、；;。和及与]{0,8}[，,、和及与]\s*(?P<other>\d+(?:\.\d+)?)\s*[^\d，,。；;]{1,8}?(?:共计|合计|总计|一共|共)"
)


# ... or the group asked comes second (5名个人，13家企业共计罚款, asked of the firms).
_ANOTHER_BEFORE = re.compile(r"(?P<other>\d+(?:\.\d+)?)\s*[^\d，,。；;]{1,8}[，,、和及与]\s*$")
_SUM_AFTER = re.compile(r"^[^，,、；;。和及与]{0,8}?(?:共计|合计|总计|一共|共)")


def joint_total_notice(
    question: str,
    figures: tuple[Numeral, ...],
    citations: list[Citation],
    groups: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
) -> str:
    """The notice that the cited sentence sums the asked group with another; "" when it does not.
    The group is asked by its figure (那5名个人被罚了多少) or by its noun alone (对企业罚了多少
    钱), one of `groups`, when the figure asked is of a kind (`kinds`) the group's count is not
    (罚了多少家企业 asks the 13家 itself). Both groups asked (对5名个人和13家企业共计罚了多少): the
    total is the answer. The most of them asked (罚得最多的是哪家) is said elsewhere: no total
    gives it."""
    if SUPERLATIVE.search(normalize_for_matching(question)):
        return ""
    for figure in figures:
        written = as_written(question, figure)
        # 五名个人 asked, 5名个人 written: the report's digits with the question's unit
        in_digits = in_digits_only(figure) + written[len(figure.raw) :]
        for citation in citations:
            text = normalize_for_matching(citation.text)
            notice = next(
                (
                    n
                    for w in (written, in_digits)
                    if w in text
                    and (n := _summed_with_another(citation, text, w, tuple(f.value for f in figures)))
                ),
                "",
            )
            if notice:
                return notice
    for citation in citations:
        text = normalize_for_matching(citation.text)
        counted = [
            (m.group(0), m.group("count"))
            for g in groups
            for m in _counted_group(g).finditer(text)
            if kinds and not _counts_the_group(kinds, m.group("unit"))
        ]
        separately = len(counted) > 1 and _SEPARATELY.search(normalize_for_matching(question))
        if len(counted) == 1 or separately:
            # one group of the sentence named, not two (个人 and 企业 both asked: their total), or
            # each asked apart (罚个人罚了多少，罚企业又罚了多少)
            found, count = counted[0]
            notice = _summed_with_another(citation, text, found, (float(count),))
            if notice and separately:
                each = "”和“".join(f for f, _ in counted)
                notice = notice.replace(f"“{found}”的数字", f"“{each}”各自的数字")
            if notice:
                return notice
    return ""


# A superlative anywhere (最多, 最高): the one of them asked, which no total gives (parts.py
# narrows it to a clause picking one of them).
SUPERLATIVE = re.compile(r"最(?:多|高|大|少|低|小)")
# Each group asked on its own (分别, 各, 又罚了多少).
_SEPARATELY = re.compile(r"分别|各自|各是|各有|各罚|各多少|又[\u4e00-\u9fff]{0,3}(?:多少|几)")


# Counts of things and of people stand for each other when a group is counted (个人和企业分别有
# 几个: 个 counts the 5名 and the 13家 alike).
_HEADCOUNTS = frozenset({"count", "people"})


def _counts_the_group(kinds: tuple[str, ...], unit: str) -> bool:
    """Whether the figure asked is the group's own count, written with `unit`."""
    kind = unit_kind(unit)
    return kind in kinds or (kind in _HEADCOUNTS and bool(_HEADCOUNTS & set(kinds)))


def _counted_group(group: str) -> re.Pattern[str]:
    """The group counted in a sentence (5名个人 for 个人)."""
    return re.compile(rf"(?P<count>\d+(?:\.\d+)?)\s*(?P<unit>[^\d\s，,。；;、]{{1,2}}?){re.escape(group)}")


def _summed_with_another(citation: Citation, text: str, written: str, asked: tuple[float, ...]) -> str:
    """The notice when the group written at `written` is summed with another group in the
    sentence; "" when it is not."""
    shown = citation.text if len(citation.text) == len(text) else text
    at = text.find(written)
    if at >= 0:
        end = at + len(written)
        after = _ANOTHER_THEN_SUM.match(text[end:])
        summed = _SUM_AFTER.match(text[end:])
        before = _ANOTHER_BEFORE.search(text[:at]) if summed else None
        joined = after or before
        if joined is not None and float(joined["other"]) not in asked:
            start = before.start() if before else at
            stop = end + (after.end() if after else summed.end())
            return f"报告写的是“{shown[start:stop]}”，是几项合在一起的总数，{NOT_APART}“{written}”的数字。"
    return ""


# Two kinds of one noun summed in one figure (专职及兼职人员共计30人): the kind
# before the conjunction, the one after, the noun they share, and the figure.
_KINDS_SUMMED = re.compile(
    r"(?P<first>[\u4e00-\u9fff]{2,6})(?:及|和|与|以及|、)(?P<second>[\u4e00-\u9fff]{2,6}?)"
    r"(?P<noun>人员|队伍|企业|单位|案件|事项)(?:共计|合计|总计|一共|共)(?P<figure>\d+(?:\.\d+)?)[人名个家件支项]?"
)


_RATE_ASKED = re.compile(r"率|比例|比重|占比|百分")


def kinds_summed_notice(question: str, citations: list[Citation]) -> str:
    """The notice that the cited sentence counts the kind the question asks of together with
    another (兼职的有几个, where the report writes 专职及兼职人员共计30人); "" when
    it does not, or when the question names both kinds (the total is then the answer)."""
    asked = normalize_for_matching(question)
    if _RATE_ASKED.search(asked):  # 持证率是多少: a rate of all of them, not a count of one kind
        return ""
    for citation in citations:
        text = normalize_for_matching(citation.text)
        for match in _KINDS_SUMMED.finditer(text):
            kinds = [match["first"], match["second"]]
            spans = [_named_at(asked, kind) for kind in kinds]
            # A kind found only inside the other's words (执法 of 执法监督) is not asked.
            named = [
                asked[start:end]
                for i, (start, end) in enumerate(spans)
                if end > start
                and not any(
                    o != i and s <= start and end <= e and (s, e) != (start, end)
                    for o, (s, e) in enumerate(spans)
                )
            ]
            if len(named) != 1 or _both_by_noun(asked, kinds, spans, match["noun"]):
                continue
            shown = (
                citation.text[match.start() : match.end()] if len(citation.text) == len(text) else match[0]
            )
            return (
                f"报告写的是“{shown}”，是两类合在一起的总数，{NOT_APART}“{named[0]}{match['noun']}”的数字。"
            )
    return ""


def _named_at(question: str, kind: str) -> tuple[int, int]:
    """Where the question names the kind, in full or by its end of three or four characters
    (在岗行政执法 asked as 行政执法); (0, 0) when it does not. Two would be any word (执法)."""
    for size in (len(kind), 4, 3):
        at = question.find(kind[-size:])
        if at >= 0:
            return at, at + size
    return 0, 0


def _both_by_noun(question: str, kinds: list[str], spans: list[tuple[int, int]], noun: str) -> bool:
    """Whether the kind not named is named too, by its last two characters right before the
    shared noun and apart from the other (在岗执法人员和执法监督人员 asks both kinds' total)."""
    unnamed = next((k for k, (start, end) in zip(kinds, spans, strict=True) if end <= start), None)
    if unnamed is None:
        return False
    named_start, named_end = next((start, end) for start, end in spans if end > start)
    at = question.find(unnamed[-2:] + noun)
    return at >= 0 and not named_start <= at < named_end


# Things listed together (对工贸领域、涉爆粉尘、机械加工及25家加油站开展…): items of up to twelve
# characters joined by 、 及 和 与.
_JOINER = r"(?:、|以及|及|和|与)"
_LISTED = re.compile(rf"[^，,。；;、及和与]{{1,12}}(?:{_JOINER}[^，,。；;、及和与]{{1,12}})+")
# What comes before the first item in its clause (聘请36名专家对工贸领域): the item starts after it.
_BEFORE_ITEMS = re.compile(r"^.*(?:对|在|向|为|将|把|针对|围绕)")


def listed_part_notice(
    question: str, terms: list[str], counted: frozenset[str], quantity: QuantityAsked, citation: Citation
) -> str:
    """The notice when the question asks the figure of one of several things the sentence lists
    together, and the figure stands in another clause that names none of them alone (the 25家加油站
    among the places experts checked, asked how many hazards they had, where 发现整改问题隐患2661处
    counts the hazards of them all); "" for any other sentence."""
    text = normalize_for_matching(citation.text)
    clauses = [c for c in CLAUSE_BREAK.split(text) if c]
    counting = [c for c in clauses if has_figure(c, quantity, counted)]
    if not counting:
        return ""
    for term in terms:
        if term in counted or any(term in c for c in counting):
            continue
        for clause in clauses:
            for listed in _LISTED.finditer(clause):
                items = [_BEFORE_ITEMS.sub("", i) for i in re.split(_JOINER, listed.group(0))]
                holding = [i for i in items if term in i]
                # A group the list counts apart (25家加油站), not a topic it names (关于普法宣传、
                # 普法教育的做法…刊稿38篇: the articles are on all of them). A figure after the
                # term counts it for every item (山洪、地质灾害预警11次: the warnings of both).
                counted_apart = len(holding) == 1 and re.search(r"\d", holding[0][: holding[0].find(term)])
                if not counted_apart or term not in question:
                    continue
                part = holding[0]
                others = [i for i in items if i is not part and i]
                if not others:
                    continue
                part = part[: part.index(term) + len(term)]  # 25家加油站, not what it is done to
                return (
                    f"报告写的“{counting[0]}”{NOT_APART}“{term}”的数字：句中“{part}”与"
                    f"“{'、'.join(others)}”列在一起。"
                )
    return ""
