"""A name the question puts in quotation marks (“沙小安”, 《应急侠》) is what it asks about: only
a sentence writing that name answers it. Without this, a which-district question listed, beside
the district that named its brand, another whose sentences only share 宣传 and 品牌 with it.
"""

from __future__ import annotations

import re
import unicodedata

from indexer.answers.terms import wordings, words_term
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# Each opening mark with its own closing one; ASCII ' is left out (it is also an apostrophe).
# Longer than a name, a quoted run is a paraphrase the reports need not write verbatim; a title
# in 《》 is a name however long (《普陀区应急管理局行政执法决定法制审核办法》).
# An honour or title dated by its year (“2022年度…先进单位”) is a name however long; one with
# more figures after the year is a claim quoted (“…2023年排查出的142个重大事故隐患已全部整改到位”).
_QUOTED = re.compile(
    r"“([^“”]{2,20}|[^“”]{0,8}\d{4}年度?[^“”\d]{2,30})”|\"([^\"]{2,20})\"|「([^「」]{2,20})」|『([^『』]{2,20})』|《([^《》]{2,40})》|‘([^‘’]{2,20})’"
)
# ... or after it (举报电话是不是12345, 热线打12345)
_NUMBER_OF_LINE = re.compile(
    r"(?:热线|电话|专线)(?:号码?)?(?:是不是|是否是|就是|还是|是|为|打)?(\d{4,6})(?![\d.%万元])"
)
_LINE_NUMBER = re.compile(r"(?<![\d“\"「『‘])(\d{4,6})(?=(?:举报|投诉|服务|特服|便民)?(?:热线|电话|专线))")
# How often, quoted for emphasis (“每月”听取一次): no name; the interval check reads it.
_INTERVAL = re.compile(r"每[一二两三四五六七八九十\d]*个?(?:天|日|周|星期|旬|月|季度|季|半年|年|年度)")
# Marks a quoted name may be written with or without (两委、十一办 or 两委十一办).
_MARKS = re.compile(r"[\s、，,·•・.。:：;；\-—_/（）()]+")
# A gloss the report puts in brackets inside a formula-like name (1(综合)+4(专项)+N(行业领域)),
# which the question's “1+4+N” leaves out.
_GLOSS = re.compile(r"[（(][^（）()]{1,8}[）)]")
# Counts or letters joined by plus signs: a mechanism's name (“3+8”制度支撑体系).
_FORMULA = re.compile(r"(?<![\w+.])(?:\d{1,3}|[A-Za-z])(?:\+(?:\d{1,3}|[A-Za-z]))+(?![\w+])", re.ASCII)


def quoted_in(question: str) -> tuple[str, ...]:
    """The quoted names of the question, in order, and a formula it writes unquoted (预案体系
    是1+3+N吗): a formula names a mechanism as a quoted name does."""
    text = normalize_for_matching(question)
    names = []
    for match in _QUOTED.finditer(text):
        name = next(g for g in match.groups() if g is not None).strip()
        if len(bare(name)) >= 2 and not _INTERVAL.fullmatch(name):
            names.append(name)
    # A number a line is called by (12345热线, 12350举报电话) names it as quotation marks would.
    lines = [*_LINE_NUMBER.findall(text), *_NUMBER_OF_LINE.findall(text)]
    names += [code for code in dict.fromkeys(lines) if code not in names]
    unquoted = [f for f in formulas_in(text) if not any(f in name for name in names)]
    if len(unquoted) == 1:  # 3+8还是3+9 offers alternatives, of which the report writes one
        names += unquoted
    return tuple(dict.fromkeys(names))


def formulas_in(text: str) -> list[str]:
    """The formulas of counts the text writes (1+4+N, 3+8), the glosses a report puts in
    brackets inside them (1(综合)+4(专项)) left out."""
    plain = _GLOSS.sub("", unicodedata.normalize("NFKC", text))
    return [match.group(0) for match in _FORMULA.finditer(plain)]


def writes(sentence: str, name: str, question: str) -> bool:
    """Whether the sentence writes the name, its marks aside, or a wording of it."""
    text = normalize_for_matching(sentence)
    plain = bare(name)
    # Not a part of the name (减灾日 of “国际减灾日”, which 防灾减灾日 writes too): a name is
    # written whole or in another wording of it.
    ways = frozenset(w for w in wordings(name, question) if w == name or bare(w) not in plain)
    return plain in bare(text) or plain in bare(_GLOSS.sub("", text)) or words_term(ways, text)


def bare(text: str) -> str:
    """The text without the marks a name may be written with or without."""
    return _MARKS.sub("", text)


def characters_apart(one: str, other: str) -> list[tuple[str, str]]:
    """The pairs of characters where two names of one length differ; [] for names of two lengths."""
    if len(one) != len(other):
        return []
    return [(a, b) for a, b in zip(one, other, strict=True) if a != b]


# A name one character off is a misquote when the character is a numeral (十二办 for 十一办) or the
# name is long (工贸安全上线); a short one is another practice (一企一策 is no 一企一档).
_NUMERALS = frozenset("一二两双三四五六七八九十百千0123456789")  # 双 of “一案双查”
_LONG_NAME = 6
_NUMBERED_NAME = 4  # 第一方阵: shorter, a numeral off could be any word's
_SHORT_NAME = 3
# How many characters after a quoted name, written alike after the report's, make it the same thing.
_GOING_ON = 6
# The quotation marks a report puts around a name.
_REPORT_QUOTED = re.compile(r"“([^“”]{2,20})”")


_FIRST_WORD = 2
_ALIKE_PAIRS = 3
_CODE_ALIKE_PAIRS = 2  # a number of as many digits, quoted by the report, is half the likeness


def _goes_on_alike(going_on: str, after: str) -> bool:
    """Whether the report's words after its quote go on as the question's do: the same start,
    and most of the rest (安全生产监管子系统 asked, 安全生产信息监管子系统 written)."""
    shared = set(char_bigrams(going_on)) & set(char_bigrams(after[: len(going_on) + _GOING_ON_SLACK]))
    return after.startswith(going_on[:_SAME_START]) and len(shared) >= len(going_on) - 2


_SAME_START = 4
_GOING_ON_SLACK = 4


def _said_alike(sentence: str, rest_of_question: str, pairs: int = _ALIKE_PAIRS) -> bool:
    """Whether the sentence shares a few character pairs with the rest of the question."""
    return (
        len(set(char_bigrams(normalize_for_matching(sentence))) & set(char_bigrams(rest_of_question)))
        >= pairs
    )


def misquoted(names: tuple[str, ...], citations: list, question: str = "") -> tuple[object, str, str] | None:
    """(the sentence, the name it quotes, the question's name) when a sentence quotes a name one
    character off a name the question quotes and no sentence writes (两委、十二办、四指 for the
    report's 两委、十一办、四指), or a name of one length and ending whose quote both go on with
    the same words (“智慧普陀”安全生产信息监管子系统 for “数智普陀”安全生产…); None otherwise.
    A longer difference is another name."""
    asked_text = normalize_for_matching(question)
    for name in names:
        asked = bare(name)
        at = asked_text.find(name)
        going_on = bare(asked_text[at + len(name) :].lstrip('”"」’》'))[:_GOING_ON] if at >= 0 else ""
        for citation in citations:
            for quote in _REPORT_QUOTED.finditer(citation.text):
                written = quote.group(1)
                plain = bare(written)
                off = characters_apart(plain, asked)
                numeral = len(off) == 1 and all(c in _NUMERALS for c in off[0])
                if len(off) == 1 and (numeral or len(asked) >= _LONG_NAME):
                    return citation, written, name
                # “渝小安” for the report's “沙小安”: a short name whose first character alone
                # differs (a place's, in a brand), in a sentence on what the question says of it
                # (微视频, 受众); 一企一策 and 一企一档 differ at the end, and stay two practices
                if (
                    len(off) == 1
                    and len(asked) >= _SHORT_NAME
                    and plain[1:] == asked[1:]
                    and _said_alike(citation.text, asked_text.replace(name, ""), _ALIKE_PAIRS + 1)
                ):
                    return citation, written, name
                # “12345” for the report's “12350”: a number of as many digits, quoted in a
                # sentence on what the question says of it (受理, 举报)
                if (
                    off
                    and plain.isdigit()
                    and asked.isdigit()
                    and len(asked) >= _NUMBERED_NAME
                    and _said_alike(citation.text, asked_text.replace(name, ""), _CODE_ALIKE_PAIRS)
                ):
                    return citation, written, name
                if (
                    off
                    and len(going_on) == _GOING_ON
                    and plain[-2:] == asked[-2:]
                    and _goes_on_alike(going_on, bare(normalize_for_matching(citation.text[quote.end() :])))
                ):
                    return citation, written, name
                # “危化安全在线” for the report's “工贸安全在线”: a long name whose first word alone
                # differs, in a sentence on what the question says of it (入选…良好实践)
                if (
                    len(asked) >= _LONG_NAME
                    and off
                    and plain[_FIRST_WORD:] == asked[_FIRST_WORD:]
                    and _said_alike(citation.text, asked_text.replace(name, ""))
                ):
                    return citation, written, name
        if len(asked) < _NUMBERED_NAME:
            continue
        renumbered = _renumbered(name, citations)
        if renumbered is not None:  # “10·1国际减灾日”, where the report writes 10·13国际减灾日
            return (*renumbered, name)
        # A name written unquoted, as a heading or in the text (四、2024年推进法治政府建设的工作思路
        # for 《2025年推进法治政府建设的工作思路》, 位于第二方阵 for “第一方阵”): a year or number off is
        # the same name misquoted.
        for citation in citations:
            for text in (*getattr(citation, "section_path", ()), citation.text):
                for start in range(len(text) - len(asked) + 1):
                    off = characters_apart(text[start : start + len(asked)], asked)
                    if len(off) == 1 and all(c in _NUMERALS for c in off[0]):
                        return citation, text[start : start + len(asked)], name
    return None


# A day named by its date (5·12防灾减灾日): the dot is typed many ways.
_DATE_DOT = "·.．・"
_DAY_NAMED = re.compile(rf"\d{{1,2}}[{_DATE_DOT}]\d{{1,2}}(?P<name>[\u4e00-\u9fff]{{2,}})")


def _renumbered(asked: str, citations: list) -> tuple[object, str] | None:
    """(the sentence, the name as it writes it) when a sentence names the day the question names
    by another date (5.12防灾减灾日 for 5·13防灾减灾日); None otherwise. A date one digit longer
    is as wrong as one digit off (10·1 for 10·13)."""
    day = _DAY_NAMED.fullmatch(asked)
    if day is None:
        return None
    written = re.compile(rf"\d{{1,2}}\s*[{_DATE_DOT}]\s*\d{{1,2}}\s*{re.escape(day['name'])}")
    asked_date = re.findall(r"\d+", asked)
    for citation in citations:
        for found in written.finditer(citation.text):
            if re.findall(r"\d+", found.group(0)) != asked_date:
                return citation, found.group(0)
    return None


# A day named by its date in a question, unquoted (借着5·13防灾减灾日): up to the 日 ending its name.
_DAY_IN_QUESTION = re.compile(rf"\d{{1,2}}\s*[{_DATE_DOT}]\s*\d{{1,2}}\s*[\u4e00-\u9fff]{{2,8}}?日")


def other_day_date(question: str, citations: list) -> tuple[list, str] | None:
    """The quoted sentences, the one naming the question's day by another date first, and what to
    say (报告写的是“5.12防灾减灾日”); None when no day is named so or every sentence agrees."""
    for day in _DAY_IN_QUESTION.finditer(normalize_for_matching(question)):
        asked = re.sub(r"\s+", "", day.group(0))
        renumbered = _renumbered(asked, citations)
        if renumbered is not None:
            citation, written = renumbered
            rest = [c for c in citations if c is not citation]
            return [citation, *rest], f"报告写的是“{written}”，不是问题所说的“{asked}”"
    return None


_TITLE = re.compile(r"《([^《》]{2,30})》")
# The kind of work a title is given to, right before it (微电影《应急侠》, 宣传片《…》).
_KIND_BEFORE_TITLE = re.compile(
    r"(微电影|电影|短片|宣传片|专题片|动画|动漫|漫画|读本|手册|折页|书籍|栏目|节目)《$"
)


def retitled(names: tuple[str, ...], question: str, citations: list) -> tuple[object, str, str] | None:
    """(the sentence, the title it gives, the question's title) when the question's 《title》 is
    written nowhere and the one sentence writing the question's other quoted names gives another
    title in its place (以“问题不大大问题”为主题…《应急侠》 for 《安全侠》); None otherwise."""
    titled = [n for n in names if f"《{n}》" in question or f"《{bare(n)}》" in question]
    others = [n for n in names if n not in titled]
    if not titled:
        return None
    for name in titled:
        if any(writes(c.text, name, question) for c in citations):
            continue
        if others:
            naming = [c for c in citations if all(writes(c.text, o, question) for o in others)]
        else:  # 普法微电影《安全侠》: a sentence giving the same kind of work another title
            kind = _KIND_BEFORE_TITLE.search(question[: question.find(f"《{name}》") + 1])
            if kind is None:
                continue
            naming = [
                c for c in citations if re.search(re.escape(kind.group(1)) + r"《[^《》]{2,30}》", c.text)
            ]
        given = {t for c in naming for t in _TITLE.findall(c.text) if t not in names}
        if len(naming) >= 1 and len(given) == 1:
            title = given.pop()
            sentence = next(c for c in naming if f"《{title}》" in c.text)
            return sentence, title, name
    return None
