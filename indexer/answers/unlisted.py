"""Which things, where the report gives only how many (完成我局3个主题的科普讲解大赛视频拍摄,
asked which three themes): the sentence is on the subject and was quoted, and a chatbot would
read its count as the list asked for. And the other way round: which N things, where the report
lists them (一是…二是…) and never writes N.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import parse_numeral

# N个主题 … 分别是什么 / 是哪些 / 是哪几个: the count the question repeats, and what it counts.
_COUNTED = re.compile(
    r"(\d+|[一二两三四五六七八九十]+)\s*([个项类种条份支家场部本起件])([\u4e00-\u9fff]{1,6})"
)
_ASKS_WHICH = re.compile(
    r"分别(?:是|叫|有)|都(?:是|有)(?:什么|哪|啥)|是哪(?:些|几)|有哪(?:些|几)|(?:是|叫)(?:什么|啥)"
    r"|(?:涉及|包括|针对|指的是|指)(?:了)?(?:哪些|哪几|什么)"
)
# Items the report spells out: several joined by 、, quoted by name, or titled (两件规范性文件…
# 清理结果为《…》废止，《…》继续有效).
_LISTING = re.compile(r"、|“[^”]{1,20}”.{0,3}“|《[^》]{1,60}》")
_NAMED_ITEMS = re.compile(r"“[^”]{1,20}”.{0,3}“|《[^》]{1,60}》")
_REACH = 40  # characters after the count where its items would be


def count_without_items(question: str, lead: str) -> str:
    """The notice when the question asks which things the report counts, and the answering
    sentence gives their number and no list of them; "" for any other."""
    asked = normalize_for_matching(question)
    text = normalize_for_matching(lead)
    numbered = _numbered_name_asked(asked)
    if numbered:  # 到底是哪“五带头”, where the sentence names it and lists none
        written = re.search(re.escape(numbered), text)
        if written is not None and not _listed_near(text, written):
            return f"报告写的是“{numbered}”，没有写出是哪几项。"
    if not _ASKS_WHICH.search(asked):
        return ""
    ordinal = _ORDINAL.search(asked)
    if ordinal is not None:  # 3个里的第3个叫什么: the count it is one of, whatever the noun
        place, measure = ordinal.groups()
        for written in re.finditer(rf"[\u4e00-\u9fff]{{2,8}}?(\d+)\s*{measure}", text):
            if int(written.group(1)) >= parse_numeral(place) and not _listed_near(text, written):
                return f"报告写的是“{written.group(0)}”，只给出数目，没有写出是哪些。"
    for counted in _COUNTED.finditer(asked):
        figure, measure, noun = counted.groups()
        noun = noun[:2]
        ways = {figure} if figure.isdigit() else {figure, str(int(parse_numeral(figure)))}
        either = "|".join(re.escape(w) for w in ways)
        written = re.search(rf"(?:{either})\s*{measure}[^，。；]{{0,8}}?{re.escape(noun)}", text)
        # or the noun first (报送典型案例6起)
        written = written or re.search(rf"{re.escape(noun)}[^，。；\d]{{0,4}}?(?:{either})\s*{measure}", text)
        if written is None:
            continue
        if not _listed_near(text, written):
            return f"报告写的是“{written.group(0)}”，只给出数目，没有写出是哪些。"
    return ""


# A name counting its items (“五带头”, “三项制度”) asked what they are: before it (是哪“五带头”)
# or after it (“两个责任”指的是什么).
_NUMBERED = r"[“「](?P<name>[一二两三四五六七八九十][个项条]?[\u4e00-\u9fff]{1,6})[”」]"


def _numbered_name_asked(asked: str) -> str:
    """The name counting its items the question asks what they are; "" when it asks none."""
    for name in re.finditer(_NUMBERED, asked):
        before, after = asked[: name.start()], asked[name.end() :]
        if re.search(r"哪(?:些|几)?(?:个|项|条)?$", before) or re.match(
            r"[^，,。？?]{0,6}?(?:是|指|包括)(?:什么|哪些|哪几|啥|哪[一二两三四五六七八九十])", after
        ):
            return name["name"]
    return ""


# One of the things asked by its place (第3个, 第二项).
_ORDINAL = re.compile(r"第(\d+|[一二三四五六七八九十]+)\s*([个项类种条份支家场部本起件])")


def _listed_near(text: str, written: re.Match[str]) -> bool:
    """Whether the items of the count written stand in its clause or right after it (3个主题：
    A、B、C); items named later are quoted or titled: 、 of a later clause joins other work
    (公开、报备)."""
    clause_start = max(text.rfind(mark, 0, written.start()) for mark in "，,。；;") + 1
    clause_end = min(
        (at for mark in "，,。；;" if (at := text.find(mark, written.end())) >= 0), default=len(text)
    )
    own_clause = text[clause_start:clause_end]
    after = text[written.end() : written.end() + _REACH]
    return bool(_LISTING.search(own_clause) or _NAMED_ITEMS.search(after) or after.startswith(("：", ":")))


def without_count(question: str) -> tuple[str, str] | None:
    """(the question without the count it gives the things it asks for, the count as written)
    of a question asking which N things (率先建成的3个系统分别是什么); None for any other. The
    report may list them one by one (一是…三是…) and never write the number."""
    asked = normalize_for_matching(question)
    if not _ASKS_WHICH.search(asked):
        return None
    counted = _COUNTED.search(asked)
    if counted is None:
        return None
    figure, measure = counted.group(1), counted.group(2)
    before = asked[: counted.start()]
    before = re.sub(r"(?:这|那)$", "", before)
    return before + asked[counted.end(2) :], figure + measure
