"""Who holds a post (局长任组长): a question giving the post to someone else (由分管副局长担任组长)
finds the sentence on the group, every word of it covered but the holder's rank, and a chatbot
repeating it under the plain notice would confirm the wrong holder.

The holder is the words right before the verb of holding in the question (由…担任组长, 组长是…)
and in the sentence (…任组长); they differ when neither is the other or a wording of it.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.terms import CLAUSE_MARKS, wordings
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

_POST = r"(?:副组长|组长|副主任|主任|召集人|总指挥|副总指挥|指挥长|第一责任人)"
# 分管副局长担任组长, 局长任组长, 局长当组长.
_HOLDER_FIRST = re.compile(
    rf"(?P<holder>[^，,。；;？?！!、]{{2,12}}?)(?:来|亲自)?(?:担任|出任|兼任|任|当|做|作)(?P<post>{_POST})"
)
# 组长是分管副局长吗, 组长由局长担任.
_POST_FIRST = re.compile(
    rf"(?P<post>{_POST})(?:是|由|为)(?P<holder>[^，,。；;？?！!、]{{2,8}}?)(?:担任|出任|兼任|来当)?(?=吗|吧|呢|[？?，,。]|$)"
)
# What stands before the holder without naming them (是由, 成立…领导小组,).
# (北碚区说局里牵头…: who said it is no leader)
_LEAD_IN = re.compile(r"^.*?(?:是由|由|是|让|请|为|说|称|讲)")
# The bureau's own words before a title (局长 of 我局局长).
_OWN = re.compile(r"^(?:我局|本局|该局|局里的?|局)(?=.{2})")


def _holders(text: str) -> dict[str, str]:
    """Post -> its holder, as the text gives them."""
    text = normalize_for_matching(text)
    found = {}
    for match in (*_HOLDER_FIRST.finditer(text), *_POST_FIRST.finditer(text)):
        holder = (
            _LEAD_IN.sub("", match.group("holder")) if match.re is _HOLDER_FIRST else match.group("holder")
        )
        holder = _OWN.sub("", holder.rstrip("的"))
        if len(holder) >= 2:
            found.setdefault(match.group("post"), holder)
    return found


def other_holder(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one naming the post's holder first, and what to say of them, when
    the question gives a post to someone the sentence does not; None otherwise."""
    asked = _holders(question)
    for citation in citations:
        for post, holder in _holders(citation.text).items():
            claimed = asked.get(post)
            # (…领导小组谁任组长 asks who; it gives the post to no one)
            if claimed is None or _ASKING_WHO.search(claimed) or _same(claimed, holder, question):
                continue
            rest = [c for c in citations if c is not citation]
            return [citation, *rest], f"报告写的是“{holder}任{post}”，不是问题所说的“{claimed}”"
    return None


_ASKING_WHO = re.compile(r"谁|哪位|哪个|什么人|何人")


# What makes a longer title another post than the one it ends with (副局长 is not 局长).
_OTHER_RANK = re.compile(r"(?:副|分管|常务|代理|执行)$")


# The head of a bureau, however named: 一把手 is its 局长 and its 主要负责人.
_HEAD = frozenset({"局长", "一把手", "主要负责人", "主要领导", "正职", "局主要负责人"})


def _same(claimed: str, holder: str, question: str) -> bool:
    """Whether the question's holder is the sentence's: the same words, a wording of them, or the
    same title with a place or the bureau before it (北碚区应急局局长 is 局长)."""
    if claimed == holder or {claimed, holder} <= _HEAD:
        return True
    if holder in wordings(claimed, question) or claimed in wordings(holder, question):
        return True
    shorter, longer = sorted((claimed, holder), key=len)
    return longer.endswith(shorter) and not _OTHER_RANK.search(longer[: -len(shorter)])


# Who led a piece of work (局法制宣教科牵头制定整改措施): the unit before 牵头, the work after it.
# (区应急管理局牵头,建立…机制: the work may follow a comma)
_LEADS = re.compile(r"(?P<holder>[^，,。；;？?！!、]{2,12}?)牵头[，,]?(?P<work>[^，,。；;？?！!]{2,24})")
# The whole bureau named as the leader: any of its units leading is the bureau leading.
_WHOLE_BUREAU = re.compile(r"应急局|应急管理局|应急管理部门|我局|本局|该局|局里|^局$")
_CLAIM_END = re.compile(r"(?:的|了)?(?:吧|吗|呢|啊)?$")
# Work shared by this many character pairs is the same work.
MIN_SHARED_WORK = 2
# A pair of the question's that can name work: no 牵头, no word of asking or linking.
_WORK_PAIR = re.compile(r"(?:(?![牵头是的了吧吗呢啊对由])[\u4e00-\u9fff]){2}")


def _leads(text: str) -> list[tuple[str, str, str]]:
    """(who led, the work led, the words as written) for each 牵头 of the text."""
    found = []
    for match in _LEADS.finditer(normalize_for_matching(text)):
        written = _LEAD_IN.sub("", match.group("holder")).rstrip("的")
        holder = _OWN.sub("", written)
        if len(holder) >= 2:
            work = _CLAIM_END.sub("", match.group("work"))
            found.append((holder, work, f"{written}牵头{work}"))
    return found


def other_leader(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one naming who led first, and what to say, when the question
    has another unit lead the same work (执法支队牵头制定整改措施, where the report writes
    局法制宣教科牵头制定整改措施); None otherwise, and when the question names the bureau as a
    whole, which any of its units leading bears out."""
    asked = normalize_for_matching(question)
    districts = {c.district.rstrip("区县") for c in citations if c.district}
    for claimed, _, written in _leads(question):
        # 北碚牵头制定的: the district stands for its bureau, as a whole
        if _WHOLE_BUREAU.search(claimed) or claimed.rstrip("区县") in districts:
            continue
        # The work may stand before the unit (整改措施是执法支队牵头制定的): the whole clause names it.
        clause = next((c for c in CLAUSE_MARKS.split(asked) if written in c or claimed in c), asked)
        asked_work = set(char_bigrams(clause.replace(claimed, " ")))
        for citation in citations:
            # 整改是执法支队牵头的吧 names its work in one word: that word is enough (北碚 beside
            # it is no work, and no word of the sentence's either)
            written_pairs = set(char_bigrams(normalize_for_matching(citation.text)))
            needed = min(
                MIN_SHARED_WORK,
                len({pair for pair in asked_work & written_pairs if _WORK_PAIR.fullmatch(pair)}),
            )
            for holder, work, written in _leads(citation.text):
                if not needed or len(asked_work & set(char_bigrams(work))) < needed:
                    continue
                if _same(claimed, holder, question):
                    return None
                rest = [c for c in citations if c is not citation]
                return [citation, *rest], f"报告写的是“{written}”，不是问题所说的“{claimed}”"
    return None
