"""Figures a question pairs with the wrong things (办理了6件政协提案和3件人大代表建议, where the
report writes 人大代表建议6件、区政协提案3件): each value is in the quoted sentence, so the
evidence check passes, and a chatbot repeating the sentence would confirm the swapped pairs.

A figure's thing is the words of its piece of the sentence (between commas, 、, 和, 及) after
it, or before it when none follow: two figures are swapped when each one's thing in the sentence
shares more words with the other's in the question than with its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.answers.answer_types import Citation
from indexer.answers.figures import clause_of, unit_kind
from indexer.answers.respective import OTHER, RESPECTIVELY, respective_owner
from indexer.answers.stated_figures import counted_alike, fitting_unit, named_in, unit_after
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral, find_numbers
from indexer.text.tokens import char_bigrams

_PARTICLES = re.compile(r"[吗呢吧啊呀么]+$")
_PIECE_BREAK = re.compile(r"[，,、；;。：:？?！!（）()]|以及|和|及|与|分别")


def _bounds(text: str, number: Numeral) -> tuple[int, int]:
    """Where the number's piece of the text starts and ends (the breaks on either side)."""
    start = max((m.end() for m in _PIECE_BREAK.finditer(text, 0, number.start)), default=0)
    after = _PIECE_BREAK.search(text, number.end)
    return start, after.start() if after else len(text)


def _thing(text: str, number: Numeral) -> set[str]:
    """The character pairs of what a number counts: the words after it and its unit up to the
    next break (11名个人), or, when none follow, those before it (人大代表建议6件)."""
    start, end = _bounds(text, number)
    # (A closing particle is no thing: 受伤人数降了12%吗.)
    following = _PARTICLES.sub("", text[number.end + len(unit_after(text, number)) : end])
    if _AMONG_FIRST.match(following):  # 查处的70起里立案的有多少: a whole, a part of it after 里
        following = ""
    # 35支救援队中街道队伍有22支: what follows 中 is a part of the 35, not what it counts
    # (35支救援队里街道的有几支: the part's noun left out, standing for the whole's)
    among = _AMONG.search(following)
    if among and (
        set(following[: among.start()]) & set(following[among.end() :]) - set("的个")
        or _PART_ASKED.match(following, among.end())
    ):
        following = following[: among.start()]
    if re.match(r"\d", following):
        following = ""  # 11支413人: the teams' people, counted next, are no other thing the teams are
    unit = unit_after(text, number)
    if len(re.findall(r"[\u4e00-\u9fff]", following)) == 1 or unit == "个人":
        following = unit + following  # 13个人: the 个 is of 个人, what is counted
    if re.search(r"[\u4e00-\u9fff]", following):
        return _words(following)
    before = text[start : number.start]
    if start > 0 and not re.search(r"[\u4e00-\u9fff]", _TALLY_WORDS.sub("", before)):
        # …培训指导，一共才一百多次: what is counted is the piece before the tally
        start = max((m.end() for m in _PIECE_BREAK.finditer(text, 0, start - 1)), default=0)
        before = text[start : number.start]
    whole = _WHOLE_BEFORE.search(text, 0, start) if _PART_BEFORE.search(before) else None
    if whole:  # 35支救援队伍里，街道的有22支吗: the part of the 救援队伍 that is 街道's
        return _words(before) | _words(whole.group("whole"))
    return _words(before)


def _words(text: str) -> set[str]:
    """The character pairs of a thing's words; numbers (2023, 12350) say when or by what line,
    not what is counted."""
    return {pair for pair in char_bigrams(text) if not pair.isdigit()}


# The whole a part is taken from (救援队中街道队伍, one 队 of the other): the part's words follow
# it. 17个镇街中有5个园城管委会 takes nothing from the 镇街.
_AMONG = re.compile(r"(?<=[\u4e00-\u9fff])(?:当中|之中|中|里)(?=[\u4e00-\u9fff])")
# A part named by its own word alone (街道的有22支), after the whole it is part of in the piece
# before (35支救援队伍里，).
_PART_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,8}的(?:有|是|占)?$")
_WHOLE_BEFORE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,8}?)(?:里面|里头|当中|之中|里|中)[，,]$")
_PART_ASKED = re.compile(r"[\u4e00-\u9fff]{1,8}?的(?:有|是|占)?(?:多少|几)")
_AMONG_FIRST = re.compile(r"里面|里头|当中|之中|里|中(?=[，,]|有|的)")
# Words of a tally alone (一共才, 总共只有): they name nothing counted.
_TALLY_WORDS = re.compile(r"一共|总共|共计|合计|累计|全年|共|才|只有|只|仅|就|大约|大概|约|近|将近|有|了|是")


def _written(text: str, figure: Numeral, unit: str) -> Numeral | None:
    """The one number of the text of the figure's value in its unit, or else in a unit of the
    same kind (9个 where a question swapping the things says 9处), or else in any; None when none
    or several."""
    same = [
        n for n in find_numbers(text) if abs(n.value - figure.value) < 1e-9 and n.percent == figure.percent
    ]
    # and in any unit at last: 13名个人和5家企业 swaps 5名个人 and 13家企业 whole
    for fits in (lambda u: u == unit, lambda u: unit_kind(u) == unit_kind(unit), lambda u: True):
        written = [n for n in same if fits(unit_after(text, n))]
        if written:
            return written[0] if len(written) == 1 else None
    return None


def swapped(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one writing the figures first, and what to say of them, when
    the question gives two of its figures each the other's thing; None otherwise."""
    asked = normalize_for_matching(question)
    said_respectively = _ASKED_RESPECTIVELY.search(asked)
    if said_respectively:  # 事故起数、死亡人数分别降了27.8%和25%: each figure after its thing
        asked = asked.replace(said_respectively.group(0), _one_by_one(said_respectively))
    figures = [f for f in named_in(asked) if unit_after(asked, f) or f.percent]
    if len(figures) < 2:
        return None
    for citation in citations:
        written = normalize_for_matching(citation.text)
        respective = RESPECTIVELY.search(written)
        for text in [written, *([_one_by_one(respective)] if respective else [])]:
            found = _swapped_in(asked, text, figures)
            if found is None:
                continue
            first, second, wrong = found
            # Spelled out, the pieces are no quote of the report: its own clause is.
            quoted = f"{first}”“{second}" if text is written else respective.group(0)
            return [citation, *(c for c in citations if c is not citation)], f"报告写的是“{quoted}”：{wrong}"
    return None


# The question's own "respectively", its figures joined by 和 as often as by 、.
_ASKED_RESPECTIVELY = re.compile(RESPECTIVELY.pattern.replace(")、(?P<y>", ")(?:、|和|与|及)(?P<y>"))


def _one_by_one(match: re.Match[str]) -> str:
    """The respective figures spelled out, each after its thing: 生产安全事故较上年下降25%、
    死亡人数下降27.8%."""
    a, b, mid, verb, x, y = match.group("a", "b", "mid", "verb", "x", "y")
    return f"{a}{mid or ''}{verb}{x}、{b}{verb}{y}"


def _swapped_in(asked: str, text: str, figures: list[Numeral]) -> tuple[str, str, str] | None:
    """(the first figure's piece, the second's, what is wrong) when the text gives two of the
    question's figures each the other's thing; None otherwise."""
    for i, first in enumerate(figures):
        for second in figures[i + 1 :]:
            pair = [(f, _written(text, f, unit_after(asked, f))) for f in (first, second)]
            if any(found is None for _, found in pair) or first.value == second.value:
                continue
            (f, s_f), (g, s_g) = pair
            q_f, q_g = _thing(asked, f), _thing(asked, g)
            w_f, w_g = _thing(text, s_f), _thing(text, s_g)
            if len(w_f & q_g) > len(w_f & q_f) and len(w_g & q_f) > len(w_g & q_g):
                wrong = (
                    f"问题所说的{f.raw}{unit_after(asked, f)}和"
                    f"{g.raw}{unit_after(asked, g)}所对应的事项与报告相反"
                )
                return _said(text, s_f), _said(text, s_g), wrong
            u_f, u_g = unit_after(asked, f), unit_after(asked, g)
            if u_f and u_g and u_f != u_g and (unit_after(text, s_f), unit_after(text, s_g)) == (u_g, u_f):
                # 活动开了8750场，759人次参加 (the things not swapped): the report writes 759场、8750人次
                wrong = f"报告中是{g.raw}{u_f}、{f.raw}{u_g}，问题所说的{f.raw}{u_f}和{g.raw}{u_g}把两个数字说反了"
                earlier, later = sorted((s_f, s_g), key=lambda n: n.start)
                return (
                    clause_of(text, earlier.start, earlier.end),
                    clause_of(text, later.start, later.end),
                    wrong,
                )
    return None


def writes_values(text: str, figures: Iterable[Numeral]) -> bool:
    """Whether the text writes every figure's value, in whatever unit."""
    values = [n.value for n in find_numbers(normalize_for_matching(text))]
    return all(any(abs(v - f.value) < 1e-9 for v in values) for f in figures)


def _said(text: str, number: Numeral) -> str:
    """The number's piece of the sentence as written, for the notice."""
    start, end = _bounds(text, number)
    return text[start:end].strip()


def misbound(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences and what to say of them when the sentence gives one of the question's
    figures to another thing and the question's thing another figure of its unit (22支街道队伍,
    where the report writes 街道应急救援队伍11支 and 行业部门应急救援队伍22支); None otherwise."""
    asked = normalize_for_matching(question)
    # The first sentence writing one of the figures: a sentence naming the mechanism (建立“252”
    # 工作机制) may lead, its figures in the next.
    figured = [
        c
        for c in citations
        if any(_written(normalize_for_matching(c.text), f, unit_after(asked, f)) for f in named_in(question))
    ]
    for citation in figured[:1]:
        text = normalize_for_matching(citation.text)
        respective = RESPECTIVELY.search(text)
        for figure in (f for f in named_in(question) if f.percent) if respective else ():
            if respective_owner(asked, figure, respective) == OTHER:
                said = f"报告写的是“{respective.group(0)}”：问题所说的{figure.raw}在报告中说的是另一件事"
                return citations, said
        for figure in named_in(question):
            unit = fitting_unit(asked, figure)  # (200个应急队员: counted as the report's 名)
            written = _written(text, figure, unit) if unit else None
            if written is None:
                continue
            thing = _thing(asked, figure)
            written_thing = _thing(text, written)
            own = len(written_thing & thing)
            if written_thing and written_thing <= thing and _head(asked, figure) in written_thing:
                continue  # 86个社区应急服务标准站 for 标准站86个: its own thing, the shared words said once before
            others = [
                (len(_thing(text, n) & thing), n)
                for n in find_numbers(text)
                if n.value != figure.value
                and counted_alike(unit_after(text, n), unit)
                and not _whole_before_its_part(text, n, written)
            ]
            shared, other = max(others, key=lambda pair: pair[0], default=(0, None))
            if other is not None and shared >= 2 and shared > own:
                notice = (
                    f"报告写的是“{_said(text, written)}”“{_said(text, other)}”：问题所说的"
                    f"{figure.raw}{unit}在报告中说的是另一件事"
                )
                return citations, notice
    return None


def _head(text: str, number: Numeral) -> str:
    """The last two characters of the number's piece, its particles aside: the head of what it
    counts (站 of 86个社区应急服务标准站; 委会 of 17个镇街里面有5个园城管委会)."""
    piece = _PARTICLES.sub("", re.sub(r"[？?！!。]+$", "", text[number.end : _bounds(text, number)[1]]))
    return piece[-2:]


def _whole_before_its_part(text: str, whole: Numeral, part: Numeral) -> bool:
    """Whether the part's piece follows the whole's right after a 、 (重大事故隐患142个、整改到位
    135个): the thing named once for both, the part of it what was done."""
    return (
        whole.end < part.start
        and re.fullmatch(r"[\u4e00-\u9fff]{0,2}、", text[whole.end : _bounds(text, part)[0]]) is not None
        and whole.value > part.value
    )


# A change stated right after a count (处罚企业6家，同比增长373.33%): the count's change.
_CHANGE_BEFORE = re.compile(r"(?:同比|较上年|比上年|较去年|比去年)[^，,。；;\d]{0,4}$")


def change_of_another(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """What to say when the question gives a count the change of another thing: the sentence
    writing the count writes another change (处罚企业6家，同比增长200%), and the change stated
    is written with another thing (处罚金额71000元，同比增长373.33%), those two sentences first;
    None otherwise."""
    asked = normalize_for_matching(question)
    figures = named_in(question)
    texts = [normalize_for_matching(c.text) for c in citations]
    for count, change in zip(figures, figures[1:], strict=False):
        if count.percent or not change.percent or not _CHANGE_BEFORE.search(asked[: change.start]):
            continue
        counted = [
            (c, t, n)
            for c, t in zip(citations, texts, strict=True)
            if (n := _written(t, count, unit_after(asked, count)))
        ]
        changed = [(c, t, n) for c, t in zip(citations, texts, strict=True) if (n := _written(t, change, ""))]
        if not counted or not changed or counted[0][1] == changed[0][1]:
            continue
        counting, text, written = counted[0]
        own = next((n for n in find_numbers(text) if n.percent and n.start > written.start), None)
        if own is None or abs(own.value - change.value) < 1e-9:
            continue
        changing, other_text, other = changed[0]
        other_start = max((m.end() for m in re.finditer(r"[。；;]", other_text[: other.start])), default=0)
        first = [counting, changing]
        # quoted as the report writes it (，not the matching form's ,) where the offsets agree
        shown = counting.text if len(counting.text) == len(text) else text
        other_shown = changing.text if len(changing.text) == len(other_text) else other_text
        return [*first, *(c for c in citations if c not in first)], (
            f"报告写的是“{shown[_bounds(text, written)[0] : _bounds(text, own)[1]]}”，"
            f"{change.raw}写的是“{other_shown[other_start : _bounds(other_text, other)[1]]}”："
            f"问题所说的{change.raw}在报告中说的是另一件事"
        )
    return None
