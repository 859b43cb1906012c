"""How a report is laid out (沙坪坝区的报告分为几个部分, 北碚区报告的第三部分讲了什么): its
headings, read from the sections found at indexing, each cited to its own line.

No sentence of a report says how many parts it has, so `ask` declined such a question or quoted
a sentence that happens to write 部分. The headings are the report's own words, and their
offsets in the cleaned text make them citable like any sentence.
"""

from __future__ import annotations

import re

import cn2an

from indexer.answers.answer_types import Answer, district_label, span_citation
from indexer.text.normalize import normalize_for_matching

_PARTS = r"(?:部分|板块|章节|大块)"
# How many parts, or what they are (分为几个部分, 结构是怎样的, 各部分的标题).
_ASKS_PARTS = re.compile(
    rf"(?:分为|分成|包括|包含|共有|有)(?:几|多少)(?:个|大)?{_PARTS}|(?:几|多少)(?:个|大){_PARTS}"
    r"|报告的?(?:结构|框架|目录|提纲|大纲)|(?:每|各)个?部分的?(?:标题|题目|内容)"
)
# One part by its number (第三部分讲了什么).
_ASKS_PART = re.compile(rf"第([一二三四五六七八九十\d]{{1,3}})(?:个|大)?{_PARTS}")
# One item of that part by its number (第四部分中第（四）项): it may be one the part lacks.
_ASKS_ITEM = re.compile(r"第[（(]?([一二三四五六七八九十\d]{1,2})[）)]?(?:项|条|点|个方面|个小标题)")
# How many subheadings of a part are quoted under it.
_SUBHEADINGS = 8


# How many items a part lists (不足一共有几条, 明年的打算分几个方面): its subheadings, counted.
_KINDS_OF_PART = {
    "problems": ("不足", "问题", "短板", "薄弱", "差距"),
    "plans": ("打算", "计划", "安排", "思路"),
}
_KIND_WORDS = r"(不足|存在的?问题|短板|薄弱环节|差距|打算|工作安排|主要安排|思路)"
# A count of the items claimed (列出的四条不足, 那两条短板): checked against the part's items.
_COUNT_CLAIMED = (
    rf"(?<![第\d])([\d一二两三四五六七八九十]{{1,2}})(?:条|点|项|个方面)的?(?:存在的?)?{_KIND_WORDS}"
)
_ASKS_ITEMS = re.compile(
    # (存在的问题, not 问题 alone: 发现问题多少个 counts findings; nor 计划 alone: 检查计划)
    r"(不足|存在的?问题|短板|薄弱环节|差距|打算|工作安排|主要安排|思路)[^，,。？?]{0,8}?(?:一共|总共|共)?(?:有|分|列了|列出)?(?:几|多少)"
    r"(?:条|点|个方面|方面|项|个|大项)"
    r"|(?:列了?|列出|写了|有)(?:几|多少)(?:条|点|个方面|方面|项)(?:的)?(?:存在的?)?(不足|存在的?问题|短板|打算|工作安排)"
    # which items (列了哪几条存在的问题, 打算做哪几件事), or a count of them claimed (列出的四条不足)
    rf"|{_KIND_WORDS}[^，,。？?]{{0,8}}?哪(?:几|些)(?:条|点|个方面|项|件)"
    rf"|哪(?:几|些)(?:条|点|个方面|项)的?(?:存在的?)?{_KIND_WORDS}"
    rf"|{_COUNT_CLAIMED}"
)


# How many items the part on a named topic lists (履行第一责任人职责那部分分了几点): the part is
# the one whose heading words most of the topic.
_ASKS_NAMED_PART = re.compile(
    r"([\u4e00-\u9fff]{4,30}?)的?(?:那|这)?一?个?部分[^，,。？?]{0,6}?(?:几|多少)(?:条|点|个方面|方面|项|个小标题)"
)
_BEFORE_TOPIC = re.compile(r"^.*?(?:报告|材料)(?:里|中|中的|里的)?(?:讲|写)?的?")
# Of the topic's character pairs, the share a heading must write to be the part named.
_NAMED_SHARE = 0.5


def asks_layout(question: str) -> bool:
    text = normalize_for_matching(question)
    return bool(
        _ASKS_PART.search(text)
        or ("报告" in text and _ASKS_PARTS.search(text))
        or _ASKS_ITEMS.search(text)
        or _ASKS_NAMED_PART.search(text)
    )


def _topic_asked(question: str) -> str | None:
    """The topic naming the part whose items are counted (主要负责人履行第一责任人职责)."""
    found = _ASKS_NAMED_PART.search(normalize_for_matching(question))
    return _BEFORE_TOPIC.sub("", found.group(1)) if found else None


# What a part is claimed to be about (第二部分讲的是…, 第三部分是…吧).
_CLAIMED_TOPIC = re.compile(
    rf"第[一二三四五六七八九十\d]{{1,3}}(?:个|大)?{_PARTS}(?:讲的是|写的是|说的是|是关于|主要讲|讲|是|为|阐述了?|介绍了?|论述了?)"
    r"(?P<topic>[\u4e00-\u9fff]{4,30}?)(?:的?情况|的?内容)?(?:，|,|吧|吗|对吧|是吧|对吗|是不是|之后|以后|$)"
)


def _topic_claimed(question: str) -> str | None:
    found = _CLAIMED_TOPIC.search(normalize_for_matching(question))
    return found.group("topic") if found else None


def _part_named(sections: list[dict], topic: str, top_only: bool = False) -> dict | None:
    """The part (or, unless `top_only`, the subheading) whose heading words most of the topic."""
    pairs = {topic[i : i + 2] for i in range(len(topic) - 1)}
    if not pairs:
        return None
    children = [] if top_only else [c for s in sections for c in s.get("children", [])]
    headed = [*sections, *children]
    share, section = max(
        ((len({p for p in pairs if p in s["title"]}) / len(pairs), s) for s in headed),
        key=lambda pair: pair[0],
        default=(0.0, None),
    )
    return section if share >= _NAMED_SHARE else None


_KIND_ASKED_OF_PART = re.compile(
    rf"{_PARTS}[^，,。？?]{{0,8}}?(?:哪些|什么|几[条点项个])[^，,。？?]{{0,3}}?(不足|短板|打算|思路)"
)


def _kind_word_of(question: str, section: dict) -> str | None:
    """The kind of part asked of a numbered part (第三部分指出了哪些不足: 不足) when that part's
    heading does not word it; None otherwise."""
    found = _KIND_ASKED_OF_PART.search(normalize_for_matching(question))
    return found.group(1) if found and found.group(1) not in section["title"] else None


def _kind_asked(question: str) -> str | None:
    items = _ASKS_ITEMS.search(normalize_for_matching(question))
    if items is None:
        return None
    named = "".join(g for g in items.groups() if g)
    return next(kind for kind, words in _KINDS_OF_PART.items() if any(w in named for w in words))


def _number(written: str) -> int:
    """A count or ordinal as digits or Chinese numerals (4, 四, 两)."""
    return int(written) if written.isdigit() else int(cn2an.cn2an(written.replace("两", "二"), "smart"))


def _count_claimed(question: str) -> int | None:
    found = re.search(_COUNT_CLAIMED, normalize_for_matching(question))
    if not found:
        return None
    return _number(found.group(1))


def _part_asked(question: str) -> int | None:
    found = _ASKS_PART.search(normalize_for_matching(question))
    if not found:
        return None
    return _number(found.group(1))


def _item_asked(question: str) -> int | None:
    text = normalize_for_matching(question)
    part = _ASKS_PART.search(text)
    found = _ASKS_ITEM.search(text, part.end()) if part else None
    if not found:
        return None
    return _number(found.group(1))


def layout_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with its top-level headings, or the asked part's heading and the
    headings under it; every heading cited to its line."""
    part = _part_asked(question)
    kind = None if part else _kind_asked(question)
    topic = None if part or kind else _topic_asked(question)
    item = _item_asked(question) if part else None
    claimed_count = _count_claimed(question) if kind else None
    lines, citations, lacking = [], [], []

    def cite(report: dict, section: dict, text: str) -> str:
        line = text[section["start"] :].split("\n", 1)[0]
        # A subheading often runs on into its paragraph on the same line: the heading ends with its title.
        title_at = line.find(section["title"])
        if title_at >= 0:
            line = line[: title_at + len(section["title"])]
        citations.append(span_citation(report, line, section["start"], section["title"]))
        return f"{line}[{len(citations)}]"

    for report in reports:
        label = (
            f"{district_label(report.get('district'), report['report_id'])}（{report.get('year')}年度报告）"
        )
        sections = report.get("sections") or []
        text = searcher.cleaned_text(report["report_id"])
        named = _part_named(sections, topic) if topic else None
        if kind is not None:
            lines += _items_of_kind(report, sections, kind, label, text, cite)
            listed = _part_of_kind(sections, kind)
            items = len(listed.get("children", [])) if listed else 0
            if claimed_count is not None and items and claimed_count != items:
                lacking.append(f"{label}这一部分列的是{items}条，不是问题所说的{claimed_count}条")
        elif topic is not None:
            if named is None:
                lines.append(f"{label}没有以“{topic}”为题的部分。")
            else:
                lines += _listed(report, named, label, text, cite)
        elif part is None:
            lines.append(f"{label}分为{len(sections)}个部分：")
            lines += [cite(report, s, text) for s in sections]
        elif part > len(sections):
            lines.append(f"{label}只有{len(sections)}个部分，没有第{part}部分。")
        else:
            section = sections[part - 1]
            kind_word = _kind_word_of(question, section)
            heading = _part_named(sections, kind_word, top_only=True) if kind_word else None
            if heading is not None and heading is not section:
                # 第三部分指出了哪些不足, where the shortcomings are the second part: that part is listed
                at = next(i for i, s in enumerate(sections, 1) if s is heading)
                lacking.append(f"{label}第{part}部分讲的不是“{kind_word}”，“{kind_word}”在第{at}部分")
                lines += _listed(report, heading, label, text, cite)
                continue
            children = section.get("children", [])
            lines.append(f"{label}第{part}部分：{cite(report, section, text)}")
            lines += [f"  {cite(report, s, text)}" for s in children[:_SUBHEADINGS]]
            if item is not None and item > len(children):  # 第（四）项 of a part listing three
                lacking.append(f"{label}第{part}部分下只有{len(children)}项，没有问题所说的第{item}项")
            claimed = _topic_claimed(question)
            # (a part's own subheading is in it: only another part is elsewhere)
            elsewhere = _part_named(sections, claimed, top_only=True) if claimed else None
            if claimed and elsewhere is not None and elsewhere is not section:
                # 第二部分讲的是…第一责任人职责吧, where that is the third part's heading
                at = next(i for i, s in enumerate(sections, 1) if s is elsewhere)
                where = f"第{at}部分"
                lacking.append(f"{label}第{part}部分讲的不是“{claimed}”，问题所说的内容在{where}")
                lines.append(f"{label}：{cite(report, elsewhere, text)}")
    notice = "这是关于报告结构的问题，以下是报告的标题（原文），不是正文内容的概括。"
    if lacking:
        notice = f"{'；'.join(lacking)}；{notice}"
    if not citations:
        said = "".join(lines)  # 没有以“…”为题的部分: what the reports' headings do not hold
        return Answer(question, said, "extractive", False, False, [], reason="not_covered", notice=said)
    return Answer(question, "\n".join(lines), "extractive", True, len(reports) > 1, citations, notice=notice)


def _items_of_kind(report: dict, sections: list[dict], kind: str, label: str, text: str, cite) -> list[str]:
    """The part of the kind asked (存在的不足, 下一步打算) with the items it lists, counted; a line
    saying the report has no such part otherwise."""
    words = _KINDS_OF_PART[kind]
    part = _part_of_kind(sections, kind)
    if part is None:
        return [f"{label}没有以{'、'.join(words[:2])}为题的部分。"]
    return _listed(report, part, label, text, cite)


def _part_of_kind(sections: list[dict], kind: str) -> dict | None:
    return next((s for s in sections if any(w in s["title"] for w in _KINDS_OF_PART[kind])), None)


def _listed(report: dict, part: dict, label: str, text: str, cite) -> list[str]:
    """The part's heading and the items it lists, counted."""
    children = part.get("children", [])
    if not children:
        return [f"{label}：{cite(report, part, text)}（这一部分没有分条列出）"]
    head = f"{label}：{cite(report, part, text)}，下列{len(children)}条："
    return [head, *(f"  {cite(report, child, text)}" for child in children[:_SUBHEADINGS])]
