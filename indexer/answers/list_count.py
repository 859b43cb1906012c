"""How many items a report's part lists, claimed wrong (主要安排只列了三项, 工作思路共分六个方面,
存在的主要问题共有五条), where the report's outline has the part and its numbered items.

Checked sentence by sentence, the claim's number is in no sentence: the question was declined
("没有关于“五项”的内容") or answered with the number left unremarked, as if it held. The outline
the index keeps of each report (一、… with its （一）（二） or 一是、二是 children) counts them.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.scope_check import NEXT_STEPS, PROBLEMS
from indexer.errors import UnknownIdError
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import parse_numeral

# 列了三项, 共分六个方面, 共有五条, 部署了五项任务: a count of a part's items, after a verb of listing.
# (Not a name counting its items, 三项制度, 两个责任: a thing of its own.)
_COUNT_CLAIMED = re.compile(
    r"(?:列了|列出了?|列明了?|列有|提出了?|部署了?|安排了?|分为|分成|共分|分了|归纳为|概括为|总结为|包括|包含"
    r"|共有|一共有|总共有|共计|一共|总共|共|只有|仅有|只列了?|仅列了?)"
    r"(?P<count>[一二两三四五六七八九十]|\d{1,2})(?P<measure>个方面|大方面|方面|项|条|点|个部分|部分|大项)"
    # ... the whole count, closing its clause (not 有两项涉及执法, two of them picked out)
    r"(?:[\u4e00-\u9fff]{0,2}(?:任务|措施|安排|问题|不足|内容|工作|举措|打算|思路|短板|事项|重点))?"
    r"(?=[，,。？?！!；;]|吗|吧|呢|$)"
)
# A part both of shortcomings and of next steps (存在的不足及下一步工作安排): its items may be either.
_BOTH_KINDS = re.compile(r"(?:不足|问题).*(?:下一步|安排|打算|思路)|(?:下一步|安排|打算|思路).*(?:不足|问题)")
# (a heading on a line of its own ends at the line's end)
_SENTENCE_END = re.compile(r"[。；;！!\n]")


def other_count(searcher, question: str, report_ids: list[str]) -> tuple[list[Citation], str] | None:
    """The part's heading and its items, and what to say of the count the question claims the
    one report asked of lists in its shortcomings or its next steps (a correction when it lists
    another number); None when no such count is claimed."""
    text = normalize_for_matching(question)
    claim = _COUNT_CLAIMED.search(text)
    if claim is None or len(report_ids) != 1:
        return None
    kind = _part_named(text[: claim.end()])
    if kind is None:
        return None
    report = next((r for r in searcher.reports if r["report_id"] == report_ids[0]), None)
    parts = [s for s in (report or {}).get("sections") or [] if s.get("section_type") == kind]
    if len(parts) != 1 or _BOTH_KINDS.search(parts[0]["title"]) or len(parts[0]["children"]) < 2:
        return None
    part, items = parts[0], parts[0]["children"]
    claimed = int(parse_numeral(claim["count"]))
    cited = [_first_sentence(searcher, report_ids[0], s) for s in (part, *items)]
    if any(c is None for c in cited):
        return None
    listed = "、".join(item["marker"] for item in items)
    notice = f"报告“{part['marker']}{part['title']}”一部分列的是{len(items)}项（{listed}）"
    if claimed != len(items):
        notice += f"，不是问题所说的{claim['count']}{claim['measure']}"
    return cited, notice


# The words naming a part of next steps or of shortcomings, the last one before the claim
# deciding (…主要安排只列了三项, 存在的主要问题共有五条).
_PART_WORDS = {
    # (not 部署 or 计划 alone: 部署了27项攻坚整治任务 is work done)
    NEXT_STEPS: re.compile(
        r"主要安排|工作安排|打算|思路|下一步|工作计划|20\d\d年度?的?(?:主要|工作)?(?:安排|计划)"
    ),
    # (not 问题 alone: 法制审核围绕的问题 are no shortcomings)
    PROBLEMS: re.compile(r"不足|短板|差距|薄弱|存在的(?:主要)?问题|主要问题|问题(?:和|与|及)不足"),
}


def _part_named(before_claim: str) -> str | None:
    """The kind of part the words before the claim name; None when they name neither."""
    last = {
        kind: max((m.end() for m in words.finditer(before_claim)), default=-1)
        for kind, words in _PART_WORDS.items()
    }
    kind = max(last, key=last.get)
    return kind if last[kind] >= 0 else None


def _first_sentence(searcher, report_id: str, section: dict) -> Citation | None:
    """The section's first sentence (its marker and title, and what follows to the sentence's
    end) as a citation of the passage holding it."""
    text = searcher.cleaned_text(report_id)
    start = section["start"]
    stop = _SENTENCE_END.search(text, start, section["end"])
    end = stop.end() if stop else min(section["end"], start + len(section["marker"]) + len(section["title"]))
    sentence = text[start:end].strip()
    start = text.find(sentence, start)
    passage = _passage_holding(searcher, report_id, start, start + len(sentence))
    if passage is None:
        return None
    return Citation(
        passage_id=passage.passage_id,
        report_id=report_id,
        source=passage.source,
        district=passage.district,
        year=passage.year,
        section_path=passage.section_path,
        text=sentence,
        start=start,
        end=start + len(sentence),
        score=0.0,
    )


def _passage_holding(searcher, report_id: str, start: int, end: int):
    """The report's passage whose span holds [start, end), or None."""
    for number in range(1000):
        try:
            passage = searcher.passage(f"{report_id}-p{number:03d}")
        except UnknownIdError:
            return None
        if passage.start <= start and end <= passage.end:
            return passage
    return None
