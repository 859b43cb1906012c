"""An organisation the question names where the report names another of the same kind
(聘请北京大成（武汉）律师事务所 asked, 北京德和衡（武汉）律师事务所 written).

The sentence on the law firm covers every other word of the question; quoted under the plain
notice, with only "所引句子中没有…大成" to go on, a chatbot would repeat the wrong firm's name.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

_KINDS = r"律师事务所|会计师事务所|事务所|有限公司|公司|研究院|设计院|学院|大学|协会|学会"
_ORGANISATION = re.compile(rf"[\u4e00-\u9fff()]{{2,16}}?(?:{_KINDS})")
# What stands before a name in a sentence (聘请, 委托, 由), cut from the name's front.
# Whole verbs only, and 和/与 only after a party (普陀区和…公司): a name may hold a single 为
# or 和 (为民律师事务所, 德和衡).
_BEFORE_NAME = re.compile(
    r"^.*(?:聘请|聘用|委托|邀请|请了|找了|选了|选定|是由|由|的|之|是|顾问|[区县市局][和与跟同]"
    # the asking before a kind with no name (有没有提到请律师事务所): all of it cut
    r"|有没有|是否|提到|提过|请)"
)
# A question's own words before a name (请问中国人民大学…): no part of it.
_ASKING_FIRST = re.compile(r"请问|想问|问一下|我想知道")
# A kind described, not named (哪一家律师事务所, 专业律师事务所, 多少家公司, 第三方机构).
_DESCRIBED = re.compile(
    r"哪|什么|啥|几|多少|这|那|该|本|其|某|一家|专业|第三方|有关|相关|外面|外部|社会"
    r"|知名|著名|有名|当地|正规|专门|常年|优秀|资深|权威|大型|小型"
    # (what is paid to it, not its name: 一年给律所…, 每年付给律所的)
    r"|一年|每年|付给"
)
# Words of place a name may carry or drop (北京…（武汉）): no part of telling two names apart.
_PLACE_NAMES = "北京|上海|重庆|武汉|湖北|天津|广东|深圳|广州|四川|成都|江苏|浙江"
_PLACE = re.compile(rf"\([\u4e00-\u9fff]{{2,4}}\)|^(?:{_PLACE_NAMES})")


def _names(text: str) -> list[tuple[str, str, str]]:
    """(name, its kind, the name as the text writes it) of every organisation the text names;
    the first two normalised (traditional characters, full-width brackets folded)."""
    normalised = normalize_for_matching(text)
    # Folding keeps each character in place, so the written name is read at the same offsets.
    written = text if len(text) == len(normalised) else normalised
    found = []
    for match in _ORGANISATION.finditer(normalised):
        cut = _BEFORE_NAME.match(match.group(0))
        start = match.start() + (cut.end() if cut else 0)
        name = normalised[start : match.end()]
        kind = re.search(rf"(?:{_KINDS})$", name)
        if kind and len(name) > len(kind.group(0)) + 1:
            found.append((name, kind.group(0), written[start : match.end()]))
    return found


def _own_part(name: str, kind: str) -> set[str]:
    """The character pairs of what names this organisation, without its kind and places."""
    return set(char_bigrams(_PLACE.sub("", name.removesuffix(kind))))


def _same(one: set[str], other: set[str]) -> bool:
    """Whether two names' own parts name one organisation: either holds the other (德和衡 and
    北京德和衡（武汉）)."""
    return one <= other or other <= one


def other_organisation(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence naming another organisation of the kind the question names, first, and the
    notice; None when the sentences name the question's own (or none of its kind)."""
    asked = _names(_ASKING_FIRST.sub("", question))
    if not asked:
        return None
    texts = [normalize_for_matching(c.text) for c in citations]
    for name, kind, as_asked in asked:
        if _DESCRIBED.search(name.removesuffix(kind)):
            continue
        own = _own_part(name, kind)
        if not own or any(name in text for text in texts):
            continue
        for citation in citations:
            named = _names(citation.text)
            others = [w for n, k, w in named if k == kind and not _same(own, _own_part(n, k))]
            # 湖北德和衡 for 北京德和衡（武汉）: the same name, put in a place the report never
            # gives it (a place it does give, 武汉德和衡, is only said shorter)
            misplaced = [
                w
                for n, k, w in named
                if k == kind and _same(own, _own_part(n, k)) and _place_unwritten(name, n)
            ]
            if others and not any(_same(own, _own_part(n, k)) for n, k, _ in named):
                notice = f"报告写的是“{others[0]}”，不是问题所说的“{as_asked}”"
                return [citation, *(c for c in citations if c is not citation)], notice
            if misplaced:
                notice = f"报告写的是“{misplaced[0]}”，不是问题所说的“{as_asked}”"
                return [citation, *(c for c in citations if c is not citation)], notice
    return None


def _place_unwritten(asked: str, written: str) -> bool:
    """Whether the asked name opens with a place the written one holds nowhere."""
    place = _PLACE_FIRST.match(asked)
    return bool(place) and place.group(0) not in written


_PLACE_FIRST = re.compile(rf"^(?:{_PLACE_NAMES})")
