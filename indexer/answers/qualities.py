"""A quality a question gives something (装备配备程度高) that the report writes negated of it
(装备配备程度不高), usually among its shortcomings: the sentence is on the subject, so it
was quoted under a plain notice, and a chatbot would repeat the question's praise.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# A quality claimed of what comes right before it (程度高, 力度大, 意识强, 机制完善).
_QUALITY = re.compile(r"高|强|大|好|足|够|完善|到位|充足|充分|健全")
_CLAIMED_DEGREE = r"(?:很|非常|特别|挺|相当|十分|极|极其|比较|较|已经|已|都)*"
# The same stem written with the quality negated (程度不高, 还不够完善, 仍不到位).
_NEGATED = r"(?:还|仍|仍然|尚)?(?:不|不够|不太|未|欠)"


def opposite_quality_notice(question: str, lead: str) -> str:
    """The notice when the answering sentence negates the quality the question claims; "" for
    any other."""
    asked = normalize_for_matching(question)
    text = normalize_for_matching(lead)
    for claim in _QUALITY.finditer(asked):
        # 程度很高: the degree word is the question's, no part of what the report negates
        before = re.search(r"[\u4e00-\u9fff]{2,10}?(?=" + _CLAIMED_DEGREE + r"$)", asked[: claim.start()])
        if before is None or asked.startswith("不" + claim.group(0), claim.end()):  # 高不高 asks
            continue
        # The longest end of what comes before (装备配备程度) the report negates it of.
        for size in range(len(before.group(0)), 1, -1):
            stem = before.group(0)[-size:]
            negated = re.search(re.escape(stem) + _NEGATED + re.escape(claim.group(0)), text)
            if negated:
                said = lead[negated.start() : negated.end()] if len(lead) == len(text) else negated.group(0)
                return f"报告写的是“{said}”，与问题所说的“{stem}{claim.group(0)}”相反；以下是报告原句。"
    return ""


# 程度不高吗, 力度大不大: the amount judged, and what the question writes before it.
_AMOUNT_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:真的|确实|到底|究竟|是不是|是否)?(?:还|仍)?(?:不太|不|较|很|比较|相对)?([多少高低大小强弱])(?:不\2|吗)"
)
_DEGREE = r"(?:还|仍|仍然|尚)?(?:不太|不够|不|未|较|很|偏|过|比较|相对)?"


def amount_stated(question: str, texts: list[str]) -> str:
    """Where the report itself judges the amount the question asks about (调度指挥信息化程度不高
    among its shortcomings), its words; "" when no quoted sentence does, and no report judges
    its own figures."""
    asked = normalize_for_matching(question)
    for judged in _AMOUNT_ASKED.finditer(asked):
        before, amount = judged.group(1), judged.group(2)
        for size in range(len(before), 1, -1):
            pattern = re.escape(before[-size:]) + _DEGREE + re.escape(amount)
            for text in texts:
                said = re.search(pattern, normalize_for_matching(text))
                if said:
                    return said.group(0)
    return ""


# Something claimed done (都已经全面提升到位了) ...
_CLAIMED_DONE = re.compile(
    r"(?:都已经|已经|都已|均已|已)(?:全面|全部|基本|彻底)?(提升|提高|完善|健全|解决|加强|落实|实现|到位)(?:到位)?(?:了)?"
)
# ... that the report says is still to be done (还有待进一步提升, 仍需加强).
_STILL_TO_DO = r"(?:还|仍|尚|仍然)?(?:有待|需要|需|亟待|亟需)(?:进一步|继续|持续)?"


def still_to_do_notice(question: str, lead: str) -> str:
    """The notice when the question claims done what the answering sentence says is still to be
    done (基层人员能力已经全面提升到位, where the report lists 还有待进一步提升 among its
    shortcomings); "" for any other."""
    claimed = _CLAIMED_DONE.search(normalize_for_matching(question))
    if claimed is None:
        return ""
    text = normalize_for_matching(lead)
    pending = re.search(_STILL_TO_DO + re.escape(claimed.group(1)), text)
    if pending is None:
        return ""
    clause = re.split(r"[，,。；;]", text[pending.end() :])[0]
    start = max(text.rfind(mark, 0, pending.start()) for mark in "，,。；;：:")
    said = text[start + 1 : pending.end()] + clause
    return f"报告写的是“{said}”：还没有做到，与问题所说的“{claimed.group(0)}”相反；以下是报告原句。"


# Something claimed achieved (已经实现有效整合) ...
_CLAIMED_ACHIEVED = re.compile(
    r"(?:都已经|已经|都已|均已|已)?(?:实现|做到|达到|完成|有了|得到)了?([\u4e00-\u9fff]{2,8}?)(?=了|吗|吧|呢|啊|[，,、。？?！!；;]|$)"
)
# ... that the report says is lacking (缺乏有效整合, 尚未实现有效整合).
_LACKING = r"(?:缺乏|缺少|欠缺|尚未实现|未能实现|没有实现|尚未|未能|没有|得不到)"


# ... or done to something (已经把应急信息资源有效整合起来了): the doing ends the phrase after 把.
_CLAIMED_DONE_TO = re.compile(
    r"(?:都已经|已经|都已|均已|已)把([\u4e00-\u9fff]{3,16}?)(?:起来|到位|完毕|好)?了"
)


def lacking_notice(question: str, lead: str) -> str:
    """The notice when the question claims achieved what the answering sentence says is
    lacking (应急信息资源已经实现有效整合, where the report lists 缺乏有效整合 among its
    shortcomings); "" for any other."""
    text = normalize_for_matching(lead)
    asked = normalize_for_matching(question)
    claims = [(m.group(0), [m.group(1)]) for m in _CLAIMED_ACHIEVED.finditer(asked)]
    for done_to in _CLAIMED_DONE_TO.finditer(asked):  # the longest doing the report says is lacking
        phrase = done_to.group(1)
        claims.append((done_to.group(0), [phrase[i:] for i in range(len(phrase) - 1)]))
    for claimed, doings in claims:
        lacking = next(filter(None, (re.search(_LACKING + re.escape(d), text) for d in doings)), None)
        if lacking is None:
            continue
        start = max(text.rfind(mark, 0, lacking.start()) for mark in "，,。；;：:")
        said = text[start + 1 : lacking.end()]
        return f"报告写的是“{said}”：还没有做到，与问题所说的“{claimed}”相反；以下是报告原句。"
    return ""
