"""A part asked of a whole the question counts (发现的2661处隐患里，重大隐患有几处): answered only
by a sentence on that whole.

The reports rarely break their totals down. Asked for the major hazards among the 2661 its
experts found, `ask` quoted the 2661 sentence beside the district-wide campaign's 重大隐患149处,
and a chatbot read 149 as the part asked. A figure for the part from a sentence that does not
state the whole is another count; the answer is declined with that said.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import QUOTED_NOTICE, Answer, corrects_question, quoted_answer
from indexer.answers.declined import declined
from indexer.answers.figures import clause_of
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import find_numbers

# The whole: a count and its noun (2661处隐患, 15起案件), then 里/中; the part asked after it.
_PART_OF = re.compile(
    r"(?P<whole>[\d.一二两三四五六七八九十百千万]+[余多]?(?:处|个|家|起|件|人|名|项|条|份|场|次|期|支)[\u4e00-\u9fff]{0,8}?)"
    # (two parts asked at once: 消防安全演练和道路交通演练分别是多少)
    r"(?:里面|里头|里|当中|之中|中)[，,]?(?P<part>[^，,？?。哪有]{2,22}?)(?:有|占|是)?(?<!哪)(?:几|多少)"
)
# 五份报告里，哪几个区…: the reports or districts of the corpus are no counted whole.
_CORPUS_WHOLE = re.compile(r"(?:份|个)(?:报告|区|地方)|个(?:月|季度|星期|小时)")


def asked_part(question: str) -> tuple[str, float, str] | None:
    """(the whole as written, its count, the part asked) when the question asks how many of a
    counted whole are of some kind; None for any other question."""
    found = _PART_OF.search(normalize_for_matching(question))
    if found is None or _CORPUS_WHOLE.search(found["whole"]):
        return None
    counts = find_numbers(found["whole"])
    part = re.sub(r"(?:具体|分别|一共|总共|大概|究竟|到底|又)+$", "", found["part"]) or found["part"]
    return (found["whole"], counts[0].value, part) if counts else None


# 重大隐患有几处 after the whole asks a part of it, not how many there are (totals.asked_stock).
_HOW_MANY_OF = re.compile(r"(?:有|占|是)(?=几|多少)")


def as_part(question: str) -> str:
    """The question asking the part's count, not a stock (…里，重大事故隐患有多少个 -> …多少个)."""
    return _HOW_MANY_OF.sub("", question)


def written_in(texts: list[str], count: float) -> bool:
    """Whether any of the texts writes the count (2661 in 发现整改问题隐患2661处)."""
    return any(n.value == count for text in texts for n in find_numbers(normalize_for_matching(text)))


def _counts_the_part(text: str, whole: str, part: str, count: float) -> bool:
    """Whether a count besides the whole stands in a clause wording what sets the part apart
    from the whole (…重大事故隐患142个 of 17435个问题隐患: 重大). A count of something else
    sharing a word with it is none: 微型消防站…演练1100余次 beside 应急演练949场次 is no
    count of the 消防安全演练 among them. Counts are written in digits; a Chinese numeral there
    is a name's (一企一档), and 220家 alone words 危化 of the database but counts none of its firms."""
    text = normalize_for_matching(text)
    apart = _beyond_the_whole(whole, part)
    return any(
        apart in clause_of(text, n.start, n.end)
        for n in find_numbers(text)
        if n.value != count and not n.chinese and not (1900 <= n.value <= 2100 and n.value.is_integer())
    )


def _beyond_the_whole(whole: str, part: str) -> str:
    """The part's words before the noun it shares with the whole (消防安全 of 消防安全演练 among
    949场应急演练; 重大 of 重大的 among 2661处隐患)."""
    shared = 0
    while shared < min(len(whole), len(part)) - 1 and whole[-1 - shared] == part[-1 - shared]:
        shared += 1
    return part[: len(part) - shared].removesuffix("的") or part


def part_without_its_whole(
    answer: Answer, whole: str, count: float, part: str, whole_written: bool
) -> Answer | None:
    """The answer cut to the sentences stating the whole and wording the part, or declined when
    none does; None when every cited sentence does, nothing was answered, or the answer
    corrects a whole no report writes (2600处, where the report writes 2661处). A whole the
    reports do write is no claim to correct (2661处 "corrected" by the campaign's 2.3万处)."""
    if not answer.answered:
        # (declined as no count of the part at all: the whole is still written, and said so)
        return (
            _declined(answer, f"报告写到了{whole}，但没有给出其中{part.removesuffix('的')}的数目。")
            if whole_written
            else None
        )
    if corrects_question(answer.notice) and not whole_written:
        return None
    stating = [
        c
        for c in answer.citations
        if any(n.value == count for n in find_numbers(normalize_for_matching(c.text)))
    ]
    worded = [c for c in stating if _counts_the_part(c.text, whole, part, count)]
    if worded and len(worded) == len(answer.citations):
        return None
    if worded:  # the whole's own sentences, without the other counts beside them
        notice = f"只引用写到{whole}的句子：其他句子的数字说的是另一范围，不是其中的一部分；{QUOTED_NOTICE}"
        return quoted_answer(answer.query, answer.notes, worded, answer.evidence, notice)
    others = "；其他句子的数字说的是另一范围" if len(answer.citations) > len(stating) else ""
    if stating or whole_written:
        return _declined(
            answer, f"报告写到了{whole}，但没有给出其中{part.removesuffix('的')}的数目{others}。"
        )
    return _declined(answer, f"报告没有写到{whole}，也就没有其中的细分数字。")


def _declined(answer: Answer, notice: str) -> Answer:
    return declined(
        answer.query, [], answer.notes, answer.grouped_by_district, answer.evidence, "no_figure", notice
    )
