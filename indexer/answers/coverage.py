"""What a question claims of how many districts did something (五个区都建立了…, 没有哪个区…吧,
只有普陀落实了…其他区都没提): checked against the districts whose reports write it.

A listing answered such a question with the districts found, and left the claim standing; a
chatbot repeated "all five" over a list of one.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation, district_label
from indexer.answers.districts import only_from_label
from indexer.answers.terms import content_terms, is_verb, wordings
from indexer.text.normalize import normalize_for_matching

# (各区都有哪些…, 各区都是怎么做的 ask; 各区都建立了… claims.)
_ALL = re.compile(
    r"(?:[五四三两]个区|各区|各个区|每个区|所有(?:的)?区|这些区|(?<![哪有])几个区)(?:的[^，,。？?]{0,8}?)?(?:都|全都|全部|均)"
    r"(?!有?(?:哪|什么|啥|怎|如何|多少|几|是什么))"
    r"(?!(?:未|没|不|无))"  # (其余各区均未提及: the others claimed not to, the claim _ONLY reads)
)
# (有没有哪个区… asks.)
_NONE = re.compile(
    r"(?<!有)没有(?:哪个|一个|任何)区|哪个区(?:都|也)没|(?:各区|[五四三两]个区|所有区)[^，,。？?]{0,10}?都没"
)
_ONLY = re.compile(
    r"(?:只有|就只有|仅有|唯独)(?P<who>[\u4e00-\u9fff]{2,4}?)(?:区)?(?:一个区|一家|一区)?(?=[\u4e00-\u9fff])"
)


def claims_none(question: str) -> bool:
    """Whether the question claims that no district did it (五个区都没有…吧)."""
    return bool(_NONE.search(normalize_for_matching(question)))


# A count of districts claimed (有三个区的报告提到…): the listing's count may differ.
_DISTRICTS_CLAIMED = re.compile(r"(?:有|共有|一共有|总共有)(?P<count>[两二三四五2-5])个区")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def coverage_notice(question: str, listed: list[str], every: list[str]) -> str:
    """The correction of the question's claim about how many districts did it, given the
    districts listed as writing it and all asked; "" when it claims none of these or holds."""
    text = normalize_for_matching(question)
    missing = [d for d in every if d not in listed]
    only = _ONLY.search(text)
    if only:
        named = [d for d in listed if d.startswith(only["who"]) or only["who"].startswith(d.rstrip("区县"))]
        # (只有北碚和沙坪坝…: both are claimed)
        paired = re.match(r"区?(?:和|与|跟|、)", text[only.end("who") :])
        if paired:
            after = text[only.end("who") + paired.end() :]
            named += [d for d in listed if d not in named and after.startswith(d.rstrip("区县"))]
        others = [d for d in listed if d not in named]
        if named and others:
            return f"不止{named[0]}：{'、'.join(others)}的报告也写到了"
    counted = _DISTRICTS_CLAIMED.search(text)
    if counted and listed and _COUNT.get(counted["count"]) not in (None, len(listed)):
        # 有三个区的报告提到“国际减灾日”，是哪三个: one does
        return f"问题说有{counted['count']}个区，报告中写到的是{'、'.join(listed)}（{len(listed)}个）"
    if _NONE.search(text) and listed:
        return f"问题的前提不成立：并不是没有，{'、'.join(listed)}的报告写到了"
    if _ALL.search(text) and missing and listed:
        return f"问题说各区都是如此，但只有{'、'.join(listed)}的报告写到，{'、'.join(missing)}的报告没有找到"
    return ""


def sharing_the_claim(searcher, listing: str, district: str, citations: list[Citation]) -> list[str]:
    """The districts of a listing's citations that write every thing its question names which
    the district claimed alone writes too (only 硚口 hired a 律师事务所: a report hiring a 法律顾问
    with no firm named does not share the claim), in sentences of work done; the doings may be
    worded otherwise (开通 and 完善 of a hotline)."""
    texts: dict[str, str] = {}
    groups: dict[str, list[Citation]] = {}
    for c in citations:
        label = district_label(c.district, c.report_id)
        texts[label] = texts.get(label, "") + normalize_for_matching(c.text)
        groups.setdefault(label, []).append(c)
    claimed = next((label for label in texts if label.startswith(district.rstrip("区县"))), None)
    things = [t for t in content_terms(searcher._tokenizer, listing) if not is_verb(t)]
    if claimed is not None:
        things = [t for t in things if any(w in texts[claimed] for w in wordings(t, listing))]
    return [
        label
        for label, text in texts.items()
        if all(any(w in text for w in wordings(t, listing)) for t in things)
        # a plan is not a thing done, though it mentions the thing (只有…提到了民法典)
        and (_MENTIONED.search(listing) or not only_from_label(searcher, groups[label], ()))
    ]


# A claim about what a report says, not what a district did (提到了, 写到了): plans and
# shortcomings say it too.
_MENTIONED = re.compile(r"提到|提及|写到|说到|谈到|讲到|涉及")
