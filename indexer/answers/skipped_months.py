"""A doing claimed for every month (每个月都去企业巡查了吧) where the quoted sentence names months it
was not done (3月、10月因受疫情影响…未开展执法巡查工作): the sentence passes the evidence check on
the doing's words, and under the plain notice a chatbot repeating it would say yes.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# 每个月都, 每月都, 月月都, 一个月都没落下, 全年每个月: every month claimed.
# (一个月 claims every month only with 都/也: 一个月没停 is one month's run; a bare 月没停 is
# 这个月's)
_EVERY_MONTH = re.compile(
    r"每(?:个|一个)?月(?:都|均|也都)|月月(?:都)?"
    r"|(?:(?<![这那本上下当])一个月(?:都|也)|(?:哪个|哪一个|每个?|月)月(?:都|也)?)"
    r"(?:不落|没落下?|没停|没拉下|没漏|没断)(?:过)?"
)
# The doing claimed after it (…都出去做执法巡查的吧, 都开展了执法巡查): the rest of its clause.
_DOING_AFTER = re.compile(r"[^，,。？?！!；;]{2,16}")
# Months a sentence says it was not done in: 3月、10月…未开展执法巡查.
_MONTHS_NOT_DONE = re.compile(
    r"(?P<months>(?:\d{1,2}月[、和及]?)+)[^。；;]{0,40}?(?:未|没有|没|暂停|停止)(?:开展|进行|组织)?(?P<doing>[\u4e00-\u9fff]{2,8})"
)
_SHARED_PAIRS = 2


def months_not_done(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence naming months the claimed doing was not done in, and the correction; None
    when the question claims no doing for every month or no quoted sentence names such months."""
    text = normalize_for_matching(question)
    every = _EVERY_MONTH.search(text)
    if every is None:
        return None
    doing = _DOING_AFTER.match(text, every.end())
    claimed = set(char_bigrams(doing.group(0))) if doing else set()
    # ... or before it (执法巡查是每个月都做了): the claim's own clause
    before = re.split(r"[，,。？?！!；;]", text[: every.start()])[-1]
    claimed |= set(char_bigrams(before))
    for citation, skipped in _months_skipped(citations, claimed):
        months = skipped["months"].rstrip("、和及")
        return [citation], f"报告写的是{months}未开展{skipped['doing']}，不是问题所说的“{every.group(0)}”"
    return None


def _months_skipped(citations: list[Citation], claimed: set[str]):
    """Each quoted sentence naming months a doing was not done in, with the match, where that
    doing is the one claimed (执法巡查 of 出去做执法巡查)."""
    for citation in citations:
        for skipped in _MONTHS_NOT_DONE.finditer(normalize_for_matching(citation.text)):
            if len(claimed & set(char_bigrams(skipped["doing"]))) >= _SHARED_PAIRS:
                yield citation, skipped


# The months a question says the doing was skipped in (3月和5月企业都停了，没搞执法巡查).
_MONTHS_CLAIMED_NOT_DONE = re.compile(
    r"(?P<months>(?:\d{1,2}月[、和及跟与]?){1,4})[^。；;？?]{0,30}?(?:未|没有|没|不|停)"
    r"(?:搞|开展|进行|组织|做)?(?P<doing>[\u4e00-\u9fff]{2,8})"
)


def other_months_not_done(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence naming other months the doing was not done in than the question names, and
    the correction; None when the question names none or every quoted sentence agrees."""
    claim = _MONTHS_CLAIMED_NOT_DONE.search(normalize_for_matching(question))
    if claim is None:
        return None
    asked = set(re.findall(r"\d{1,2}月", claim["months"]))
    claimed = set(char_bigrams(claim["doing"]))
    for citation, skipped in _months_skipped(citations, claimed):
        # (a month the report does name, asked alone, is no misstatement: 10月没开展吗)
        if asked - set(re.findall(r"\d{1,2}月", skipped["months"])):
            months = skipped["months"].rstrip("、和及")
            said = claim["months"].rstrip("、和及跟与")
            return [citation], f"报告写的是{months}未开展{skipped['doing']}，不是问题所说的{said}"
    return None


# The doing claimed not done all year (一整年都没开展执法巡查), where the report names the months.
_WHOLE_YEAR_NOT_DONE = re.compile(
    r"(?P<year>一整年|整整一年|全年|整年|一年到头|一年)(?:都|也|全|里|内)?(?:没有|没|未)"
    r"(?:搞|开展|进行|组织|做)?(?P<doing>[\u4e00-\u9fff]{2,8})"
)


def whole_year_not_done(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence naming the only months the doing was not done in, where the question says
    it was not done all year, and the correction; None otherwise."""
    text = normalize_for_matching(question)
    claim = _WHOLE_YEAR_NOT_DONE.search(text)
    # (全年没开展执法巡查的是哪几个月, …的月份是不是只有3月和10月: the months of the year asked)
    if claim is None or "月" in text:
        return None
    for citation, skipped in _months_skipped(citations, set(char_bigrams(claim["doing"]))):
        months = skipped["months"].rstrip("、和及")
        return [
            citation
        ], f"报告写的是{months}未开展{skipped['doing']}，不是问题所说的“{claim['year']}”都没有"
    return None
