"""A thing the question takes for unbuilt or only planned (还停留在规划阶段, 一直建不起来),
which the report writes as built (在全市率先建成…系统); and the reverse, a thing taken for
built (已经建好了, 上线以后) that the report writes only among its plans.

The claim's words are in no report, so the evidence check declined the question for want of
them ("没有关于规划的内容", "没有关于上线的内容"), when the report says the opposite of the
premise: that sentence is the answer, said as a correction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.answer_types import Citation
from indexer.answers.terms import CLAUSE_MARKS
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

_UNDONE = re.compile(
    r"(?:停留在|处于|还在|仍在|尚在|只是|只在)(?:规划|计划|筹划|筹建|设想|论证|纸面)(?:阶段|中|上)?"
    r"|(?:没|未|尚未|还没有?|迟迟没有?|一直没有?)(?:建成|建起来|建好|建立|落地|上线|投用|投入使用|启用|启动|开通|完成)"
    r"|建不(?:起来|成|好)|落不了地"
    # Put off to a later year (计划2024年才建成): planned, not built.
    r"|(?:(?:计划|准备|打算|要)(?:到|在|于)?|到)(?:\d{4}年|明年|下半年|年底)才(?:能)?(?:建成|建好|建立|建|上线|投用|启用|开通|完成|落地)"
    # Planned for a later year (打算2024年在全市率先建成…): not built yet, the claim says.
    r"|(?:计划|准备|打算|拟)(?:到|在|于)?(?:\d{4}年|明年|下半年|年底)[^，,。？?]{0,8}?(?:建成|建好|建立|上线|投用|启用|开通|落地)"
    # ... not a plan asked about (计划2024年建成什么系统).
    r"(?![^，,。？?]*(?:什么|哪|几|多少|啥))"
)
_CLAIMED_YEAR = re.compile(r"\d{4}年")
# 建立 and 启用 in a sentence of work done (建立重点企业数据库, 全面启用…执法系统) are done too.
_DONE = re.compile(r"建成|已建|建立|完成|上线|投入使用|投用|启用|开通|落地|试点推广|推广应用|正式运行")
# ... and an honour won (荣获…先进单位).
_WON = re.compile(r"获|评为|入选|入围")
# A clause of intent (将于年底前建成): no report that it is built.
_INTENDED = re.compile(r"将|拟|计划|力争|争取|预计|确保")
# A thing claimed built or running: 已经建好了, 建成了吗, 上线以后, 投入使用后; or won
# (已经拿到…示范区的称号).
_CLAIMED_DONE = re.compile(
    r"(?:已经|已)(?:建好|建成|上线|投用|投入使用|落地|开发完成|用上)"
    r"|(?:建好|建成|上线|投用|投入使用)(?:了|以后|之后|后)"
    r"|(?P<won>(?:已经|已)被?(?:拿到|拿下|获得|获评|评上|评为|被评为))"
)
# A stage short of built (…场景建设立项, 开工建设, 试运行), written of a thing claimed built.
_SHORT_OF_BUILT = re.compile(
    r"立项|开工|(?:启动|开始|正在|加快|推进)建设|在建|试运行|筹建|筹备|招标|(?:建设|开发)中"
)
# Character pairs the sentence must share with what the question says before its claim.
MIN_PAIRS = 4
QUOTED_MIN_PAIRS = 2


def _thing_claimed(text: str, claim: re.Match[str]) -> set[str]:
    """The character pairs of what a claim is of: before it, and after it to the clause's end
    (…建成…指挥系统, 已经建成全国…示范区了, 拿到…示范区的称号)."""
    after = CLAUSE_MARKS.split(text[claim.end() :], maxsplit=1)[0]
    return set(char_bigrams(text[: claim.start()])) | set(char_bigrams(after))


def _best_clause(
    thing: set[str], citations: list[Citation], min_pairs: int, fits: Callable[[str], bool]
) -> tuple[Citation, str] | None:
    """The clause that fits and shares the most character pairs with the thing claimed (at
    least `min_pairs`), with its sentence; None when none does."""
    best, best_shared = None, min_pairs - 1
    for citation in citations:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text)):
            shared = len(thing & set(char_bigrams(clause)))
            if shared > best_shared and fits(clause):
                best, best_shared = (citation, clause), shared
    return best


def without_claimed_year(question: str) -> str:
    """The question as its scope is read: the year a thing is claimed to wait for (计划2024年才
    建成) is no year of a report asked of; as asked without such a claim."""
    text = normalize_for_matching(question)
    return "".join(
        _CLAIMED_YEAR.sub("", piece) if i % 2 else piece for i, piece in enumerate(_split_claims(text))
    )


def without_claims(question: str) -> str:
    """The question without its claims of an unbuilt thing: 打算2024年…建成 claims a plan, it
    does not ask for one."""
    return "".join(_split_claims(normalize_for_matching(question))[::2])


def _split_claims(text: str) -> list[str]:
    """The text cut at the claims of an unbuilt thing: outside, claim, outside, …"""
    pieces, at = [], 0
    for claim in _UNDONE.finditer(text):
        pieces += [text[at : claim.start()], claim.group(0)]
        at = claim.end()
    return [*pieces, text[at:]]


def stage_on_subject(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """short_of_built among the sentences on the subject, when the evidence check declined the
    claim's word (上线以后用得怎么样, where the report writes 立项): more shared pairs place it."""
    return short_of_built(question, citations, MIN_PAIRS)


def quoted_state(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """other_state among the sentences an answer quotes: they passed the evidence check on the
    question's subject, so fewer shared pairs place the thing (内涝和红绿灯联动的系统 and
    the report's 内涝…交通信号…系统 share three)."""
    return other_state(question, citations, QUOTED_MIN_PAIRS)


def other_state(
    question: str, citations: list[Citation], min_pairs: int = MIN_PAIRS
) -> tuple[list[Citation], str] | None:
    """The sentence writing the thing as built, first, and what to say, when the question
    takes it for unbuilt or planned; None otherwise."""
    text = normalize_for_matching(question)
    claim = _UNDONE.search(text)
    if claim is None:
        return None
    best = _best_clause(
        _thing_claimed(text, claim),
        citations,
        min_pairs,
        lambda clause: bool(_DONE.search(clause)) and not _INTENDED.search(clause),
    )
    if best is None:
        return None
    citation, clause = best
    notice = f"报告写的是“{clause}”，不是问题所说的“{claim.group(0)}”"
    return [citation, *(c for c in citations if c is not citation)], notice


def planned_only(
    question: str, planned: list[Citation], done: list[Citation]
) -> tuple[list[Citation], str] | None:
    """The plan sentence of the thing the question takes for built, first, and what to say,
    when no sentence of work done writes the thing built (推进普查成果运用系统的开发运用,
    listed for next year); None otherwise."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_DONE.search(text)
    if claim is None:
        return None
    thing = _thing_claimed(text, claim)
    best, best_shared = None, MIN_PAIRS - 1
    for citation in planned:
        shared = max(
            len(thing & set(char_bigrams(clause)))
            for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text))
        )
        if shared > best_shared:
            best, best_shared = citation, shared
    if best is None:
        return None
    # A sentence of work done writing as much of the thing built is the answer instead (a long
    # name shares 法治政府建设 with much done work; the plan sentence must share more).
    if _written_done(thing, claim, done, max(MIN_PAIRS, best_shared)) is not None:
        return None
    # The answer says the sentence is of a plan section (districts.only_from_label) before this.
    done_as = "获得" if claim["won"] else "建成或投用"
    return [best], f"报告没有写它已经{done_as}（问题说“{claim.group(0)}”）"


def written_done(question: str, done: list[Citation]) -> Citation | None:
    """The sentence of work done writing built (or won) the thing the question asks whether it
    is (是否已经建成…, 已经建成了吗); None when none does. A plan for the thing found first is
    no sign the report leaves the building out: 率先建成“工贸安全在线”应用 may sit in another
    part than 推进“工贸安全在线”等应用功能的迭代更新."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_DONE.search(text)
    if claim is None:
        return None
    return _written_done(_thing_claimed(text, claim), claim, done, MIN_PAIRS)


def said_before_done(question: str) -> str:
    """What the question says before its claim of a thing built (…“工贸安全在线”等应用，该应用
    本身是否已经建成): the thing to look for; "" without such a claim."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_DONE.search(text)
    return text[: claim.start()] if claim else ""


def _written_done(
    thing: set[str], claim: re.Match[str], done: list[Citation], min_pairs: int
) -> Citation | None:
    for citation in done:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text)):
            finished = _DONE.search(clause) or (claim["won"] and _WON.search(clause))
            built = finished and not _INTENDED.search(clause)
            if built and len(thing & set(char_bigrams(clause))) >= min_pairs:
                return citation
    return None


def short_of_built(
    question: str, citations: list[Citation], min_pairs: int = QUOTED_MIN_PAIRS
) -> tuple[list[Citation], str] | None:
    """The sentence writing a stage short of built (建设立项) of the thing the question takes for
    built (已经建好了吧), first, and what to say; None when a sentence writes it built, or none
    writes such a stage. Quoted sentences passed the evidence check, so fewer pairs place it."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_DONE.search(text)
    if claim is None or claim["won"]:
        return None
    thing = _thing_claimed(text, claim)
    best, best_shared = None, min_pairs - 1
    for citation in citations:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text)):
            shared = len(thing & set(char_bigrams(clause)))
            if shared < min_pairs:
                continue
            if _DONE.search(clause) and not _INTENDED.search(clause):
                return None
            if _SHORT_OF_BUILT.search(clause) and shared > best_shared:
                best, best_shared = (citation, clause), shared
    if best is None:
        return None
    citation, clause = best
    notice = f"报告写的是“{clause}”，不能据此确认它已经建成或投用（问题说“{claim.group(0)}”）"
    return [citation, *(c for c in citations if c is not citation)], notice


# A thing claimed in use everywhere (已经在全市全面推广了吧, 全区都用上了) ...
_CLAIMED_EVERYWHERE = re.compile(
    r"(?:在?全(?:市|区|国|省|城|重庆|上海|武汉)|各区|到处)(?:都)?(?:全面)?(?:推广|铺开|推开|普及|用上|应用)"
    r"|全面(?:推广|铺开|推开|普及)|推广到(?:了)?全(?:市|区|国|省)"
)
# ... where the report writes it tried in one place first.
_PILOT = re.compile(r"试点")


def honour_unwritten(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """What to say when the question takes an honour as won (已经被评上…品牌了吧) and no quoted
    clause on it writes it won (开展…品牌选树 is the contest, not the prize); None otherwise."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_DONE.search(text)
    if claim is None or not claim["won"] or not citations:
        return None
    thing = _thing_claimed(text, claim)
    for citation in citations:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(citation.text)):
            if _WON.search(clause) and len(thing & set(char_bigrams(clause))) >= QUOTED_MIN_PAIRS:
                return None
    return citations, f"所引句子没有写它已经获得（问题说“{claim.group(0)}”）"


def pilot_only(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing a pilot (在中心城区进行试点推广) of the thing the question takes for
    in use everywhere, first, and what to say; None otherwise."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_EVERYWHERE.search(text)
    if claim is None:
        return None
    thing = _thing_claimed(text, claim)
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        if len(thing & set(char_bigrams(sentence))) < QUOTED_MIN_PAIRS:
            continue
        for clause in CLAUSE_MARKS.split(sentence):
            if _PILOT.search(clause) and not _CLAIMED_EVERYWHERE.search(clause):
                notice = f"报告写的是“{clause}”：是试点，不是问题所说的“{claim.group(0)}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None


# A thing claimed stopped or done away with (为什么停用了…系统, 为什么撤销了…领导小组) ...
_CLAIMED_STOPPED = re.compile(r"(?:停用|弃用|撤销|撤掉|取消|废除|解散|关停|停掉)了")
# ... where the sentence on it writes it in use or kept (全面启用…系统, 调整…领导小组).
_KEPT = re.compile(r"启用|使用|投用|运行|调整|完善|成立|建立|健全|充实|保留")


def not_stopped(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the thing kept or in use, first, and what to say, when the question
    takes it for stopped; None otherwise."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_STOPPED.search(text)
    if claim is None:
        return None
    best = _best_clause(
        _thing_claimed(text, claim),
        citations,
        MIN_PAIRS,
        lambda clause: bool(_KEPT.search(clause)) and not _CLAIMED_STOPPED.search(clause),
    )
    if best is None:
        return None
    citation, clause = best
    notice = f"报告写的是“{clause}”，不是问题所说的“{claim.group(0).removesuffix('了')}”"
    return [citation, *(c for c in citations if c is not citation)], notice
