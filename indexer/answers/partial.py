"""All of a stated count claimed (142个重大事故隐患都整改到位了吗) where the report counts fewer;
a part claimed as the whole (全区一共才11支, where 11支 are 其中街道的 of 35支).

The sentence quoted writes 142 重大隐患, 整改到位135个, and 到期整改率100%; under the plain
notice a chatbot repeating it says yes. When the question claims all of a figure it states were
done, and a quoted sentence writes the same doing with a smaller count in the same unit, that
count is the answer, said as a correction.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.slots import EVERY_OF_KIND, some_of_kind
from indexer.answers.stated_figures import counted_alike, hazards_alike, named_in, unit_after
from indexer.answers.terms import wordings
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import find_numbers
from indexer.text.tokens import char_bigrams

# 全部 / 都 / 全都 and what was done to all: the characters up to a particle or punctuation.
_ALL_DONE = re.compile(
    r"(?:全部都|全都|全部|全数|都已经|都已|都|均已|均)(?:已经|已)?(?:全部|全数|全都)?([\u4e00-\u9fff]{2,6}?)(?=了|吗|没有|没|呢|[、，。？?！!,]|$)"
)


def _without_voice(done: str) -> str:
    """The doing without the word that only carries it (予以立案查处 -> 立案查处)."""
    return re.sub(r"^(?:予以|给予|进行|被)", "", done)


def _alike(written: str, asked: str, sentence: str) -> bool:
    """counted_alike, or hazards counted in 处 asked and in 个 written (142处 of 142个重大隐患)."""
    return counted_alike(written, asked) or hazards_alike(written, asked, sentence)


def fewer_done(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentences counting fewer done than the question says were all done, and the notice;
    None when the question claims no whole of a stated count, or no sentence counts fewer."""
    text = normalize_for_matching(question)
    claimed = _ALL_DONE.search(text)
    # (142个…已经100%全部整改到位: the share says "all" again; the count is the whole)
    figures = [
        f for f in named_in(question) if f.start < (claimed.start() if claimed else 0) and not f.percent
    ]
    if claimed is None or not figures:
        return None
    whole = figures[-1]
    unit = unit_after(text, whole)
    done = _without_voice(claimed.group(1))
    # The doing as asked, or its first word (整改完 of 全部整改完了, where the report writes 整改到位).
    # (清零 of 全都清零了, in the report's words 整改到位)
    keys = {done, done[:2], *(w for w in wordings(done, question) if len(w) >= 2)}
    counted = []  # (what the clause says was done to that count, the count, its sentence)
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        for number in find_numbers(sentence):
            clause = re.split(r"[、，,；;。：:]", sentence[max(0, number.start - 8) : number.start])[-1]
            if (
                any(k in clause for k in keys)
                and _alike(unit_after(sentence, number), unit, sentence)
                and number.value < whole.value
            ):
                counted.append((clause, number, citation, unit_after(sentence, number)))
    if not counted:
        return None
    # The count nearest the whole is the one of it: 到位17195个 of 17435个, not the 135个 of
    # the 142 重大隐患 among them.
    clause, number, citation, written = max(counted, key=lambda found: found[1].value)
    return [citation], f"报告写的是“{clause}{number.raw}{written}”，不是问题所说的全部{whole.raw}{unit}"


_ASKING_BEFORE_CLAIM = re.compile(r"(?:已经|已|也|还|就|是不是|是否|真的|难道|确实|应该)+$")
# A set narrowed to those due (到期的隐患都整改了吧): the report's 到期整改率100% answers it, not
# the count of all found.
_NARROWED = re.compile(r"到期|该整改|应整改|应当整改|需要整改|限期|按期")
# The doing claimed, by the report's word for it (改完 -> 整改到位): its first character.
_DOING_CHARACTERS = "改修处办查"


def fewer_than_found(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """All of a thing claimed done, no count stated (隐患都改完了吧), where a quoted sentence counts
    the thing found and fewer done (排查问题隐患17435个，整改到位17195个): both counts, said as a
    correction; None otherwise (fewer_done reads a claim stating its count)."""
    text = normalize_for_matching(question)
    claimed = _ALL_DONE.search(text)
    if claimed is None or named_in(question) or _NARROWED.search(text):
        return None
    # (the asking before the claim, 隐患是不是全都整改完了, 隐患真的都…, is no part of the thing)
    before = _ASKING_BEFORE_CLAIM.sub("", text[: claimed.start()])
    thing = _ASKING_BEFORE_CLAIM.sub("", re.split(r"[的，,、：:]", before)[-1])
    # as the report words it too (大隐患 -> 重大事故隐患)
    things = {thing} | {w for n in range(2, len(thing) + 1) for w in wordings(thing[-n:], question)}
    done = _without_voice(claimed.group(1))
    if not done:  # 都进行了普查: the doing is after the particle, not a count of done ones
        return None
    keys = {done, done[:2]} | ({"整" + done[0]} if done[0] in _DOING_CHARACTERS else set())
    found = []  # (how much of the thing the clause names, the whole, the count done, its sentence)
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        numbers = find_numbers(sentence)
        for at, whole in enumerate(numbers):
            named = max(_shared_run(_clause_before(sentence, whole), way) for way in things)
            unit = unit_after(sentence, whole)
            if named < 2 or not unit or whole.percent:
                continue
            after = next((n for n in numbers[at + 1 :] if unit_after(sentence, n) == unit), None)
            if (
                after is not None
                and after.value < whole.value
                and any(k in _clause_before(sentence, after) for k in keys)
            ):
                found.append((named, whole, after, citation, unit))
    if not found:
        return None
    _, whole, after, citation, unit = max(found, key=lambda f: f[0])
    sentence = normalize_for_matching(citation.text)
    return [citation], (
        f"报告写的是“{_clause_before(sentence, whole)}{whole.raw}{unit}”“{_clause_before(sentence, after)}"
        f"{after.raw}{unit}”，不是全部"
    )


def _shared_run(clause: str, thing: str) -> int:
    """The length of the longest end of `thing` found in `clause` (重大事故隐患 in 其中…重大事故隐患142个)."""
    return max((n for n in range(2, len(thing) + 1) if thing[-n:] in clause), default=0)


# The whole claimed (全区一共, 总共, 一共才): the figure after it is said to be all there is.
_WHOLE_CLAIMED = re.compile(r"全区|全市|一共|总共|总计|共计|合计|全部加起来")


def part_as_whole(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the question's total as a part (全区…35支，其中街道…11支) and the
    notice; None unless the question claims its figure is the whole and a quoted sentence writes
    that figure after 其中, a larger figure of the same unit before it."""
    text = normalize_for_matching(question)
    figures = named_in(question)  # (the first of several: 总共就11支、413人)
    if not figures or not _WHOLE_CLAIMED.search(text[: figures[0].start]):
        return None
    claimed = figures[0]
    unit = unit_after(text, claimed)
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        among = sentence.find("其中")
        if among < 0 or not unit:
            continue
        numbers = [n for n in find_numbers(sentence) if unit_after(sentence, n) == unit]
        wholes = [n for n in numbers if n.end <= among and n.value > claimed.value]
        parts = [n for n in numbers if n.start > among and n.value == claimed.value and not n.percent]
        if wholes and parts:
            part = parts[0]
            what = re.split(r"[，,；;。：:、]", sentence[among : part.start])[0]
            # the whole of the asked doing (排查 of 排查问题隐患17435个，整改到位17195个，其中…)
            asked = set(char_bigrams(text))
            whole = max(wholes, key=lambda n: len(asked & set(char_bigrams(_clause_before(sentence, n)))))
            return [citation], (
                f"报告写的是总数{whole.raw}{unit}，{part.raw}{unit}只是“{what}{part.raw}{unit}”，"
                f"不是问题所说的总数"
            )
    return None


def _clause_before(sentence: str, number) -> str:
    return re.split(r"[，,；;。：:、]", sentence[: number.start])[-1]


def some_as_every(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence counting only a narrower kind of what the question says every one of did
    (已有198家重点监管企业列入企码张贴范围, for 每家企业都贴了码), first, and the notice; None
    when the question claims nothing of every one, or no quoted sentence on its doing narrows."""
    text = normalize_for_matching(question)
    every = EVERY_OF_KIND.search(text)
    if every is None:
        return None
    claimed = set(char_bigrams(text[every.end() :]))
    some = some_of_kind(every["kind"])
    for citation in citations:
        sentence = normalize_for_matching(citation.text)
        if not claimed & set(char_bigrams(sentence)):
            continue  # (a sentence on another doing: 扫码 of the codes put up)
        for clause in re.split(r"[，,；;。]", sentence):
            if some.search(clause):
                notice = f"报告写的是“{clause}”：只是其中一部分，不是问题所说的“{every.group(0)}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None
