"""Which district has the most of something: asked of reports that each record only their own.

No report ranks the districts, and their figures differ in period and scope, so "哪个区罚款最
多" is answered as "各区罚款多少": each district's stated figure with its sentence, the
districts that state none named as such, and a notice that the reports themselves do not
compare. Answered as a topic instead, it listed whichever districts mention the subject at all
(哪个区执法人员最多 listed five reports, none with a head count) or only the one that gives a
figure, as if it were the largest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.text.normalize import normalize_for_matching

# A which-district word, then (within the clause) a superlative of amount. Not 最多可罚 (at
# most): the superlative must close the clause or be followed by its question particle.
_WHICH_DISTRICT = r"(?:哪个区|哪一个区|哪些区|哪个地方|几个区(?:中|里|当中)?|各区(?:中|里|之间|当中))"
_SUPERLATIVE = re.compile(
    _WHICH_DISTRICT
    + r"([^，。？?！!；;]{0,24}?)(?:的)?(?:数量|数目|次数|人数)?(最多|最少|最高|最低|最大|最小)(?=[？?。！!，,呢啊]|$)"
)
_SUPERLATIVE_WORDS = re.compile(r"(?:的)?(最多|最少|最高|最低|最大|最小)(?=[？?。！!，,呢啊]|$)")

NOTICE = "各区报告只记述本区的数字，口径和时间不尽相同，报告本身没有比较哪个区最多或最少；以下列出各区报告写明的数字，供自行比较"


# 北碚和硚口哪个区培训的人更多, 上海和武汉谁罚款多: a comparison of amount between districts.
# The subject stops at a comma (matching folds ， to ,), and 多少 asks an amount: 谁签发的，文号是
# 多少 compares nothing.
_COMPARATIVE = re.compile(
    # (哪个街道扑的最多 asks of units inside one district, which no district compares)
    r"(?:哪个区|哪一个区|(?:哪个|哪一个)(?!街道|街镇|镇街|社区|镇|村|乡|企业|单位|部门|科室|队|站|期)|谁家|谁)"
    r"([^，,。？?！!；;]{0,24}?)(?:的)?(?:数量|数目|次数|人数)?"
    r"(?:更|最|比较|较|要)?(?<!多)(多|少|高|低|大)(?:一些|些|一点)?(?=[？?。！!，,呢啊]|$)"
)
# 比一比谁发得多: the asking before the comparison, and a verb's 得 (发得多) no subject of it.
_ASKING_TO_COMPARE = re.compile(r"[，,]?(?:比一比|比比|比较一下|对比一下|看看|说说)$")
COMPARED_NOTICE = "各区报告只记述本区的数字，口径和时间不尽相同，报告本身没有相互比较；以下列出所问各区报告写明的数字，供自行比较"


# 两个区加起来多少起: a sum over the districts named, which no report gives; each district's own
# figure answers it. (Not a sum each district gives of its own: 各自…加起来.)
_SUMMED = re.compile(r"(?:[两三四五几这]个区)?(?:加起来|合起来|加在一起|相加)(?:一共|总共|共)?")
_EACH_OWN = re.compile(r"各自|分别|各(?:有|是|为)")
_ASKS_AMOUNT = re.compile(r"多少|几|哪个区|哪一个区|谁")
SUMMED_NOTICE = "报告没有给出所问各区的合计，合计请按各区报告写明的数字自行核算"
_CAVEAT = "（各区数字的口径和时间不尽相同）"


def summed_notice(notice: str) -> str:
    """The notice of a sum over districts answered by each one's figure, before the answer's
    own; the caveat on their periods said once (a comparison's notice says it too)."""
    caveat = "" if "口径和时间不尽相同" in notice else _CAVEAT
    return f"{SUMMED_NOTICE}{caveat}。{notice}"


def as_each_summed(question: str) -> str | None:
    """A sum asked over several districts as each one's figure (沙坪坝和北碚移送的人加起来一共几个
    -> …移送的人分别几个); None when no sum is asked. Asked as written, the figures' sentences
    were checked for a total no report writes, and the answer was declined as if neither gave
    a figure. The caller checks that several districts are named."""
    text = normalize_for_matching(question)
    if not _SUMMED.search(text) or _EACH_OWN.search(text):
        return None
    clauses = re.findall(r"[^,?!。;]+[,?!。;]*", text)
    summing = next(c for c in clauses if _SUMMED.search(c))
    if not _ASKS_AMOUNT.search(summing):
        return None  # 加起来13个吧: a sum claimed, not asked
    if any(_ASKS_AMOUNT.search(c) for c in clauses if c is not summing):
        # 哪个区多？两个区加起来多少起: the other clause asks each district's figure already
        return "".join(c for c in clauses if c is not summing)
    return _SUMMED.sub("分别", text, count=1)


def as_each_compared(question: str) -> str | None:
    """The comparison asked of each district (北碚和硚口哪个区培训的人更多 -> 北碚和硚口培训的人
    分别是多少), or None when the question compares no amount. Answered as a topic, it quoted
    both districts' sentences on training under "reports with related content", one giving
    6000余人, the other no count of people, and a chatbot ranked them."""
    normal = normalize_for_matching(question)
    # Spelled from the question as written where the positions agree: the table reads its
    # full-width commas (应急演练的场次，沙坪坝区和…), which matching folds to ASCII.
    text = question if len(question) == len(normal) else normal
    match = _COMPARATIVE.search(normal)
    if not match or _SUPERLATIVE.search(normal):
        return None
    subject = text[match.start(1) : match.end(1)].strip("的 ")
    if subject.endswith("得"):
        subject = ""
    elif subject.endswith("的人"):  # 培训的人更多: a count of people
        subject += "数"
    named = _ASKING_TO_COMPARE.sub("", text[: match.start()]).rstrip("，, ")
    rest = text[match.end() :]
    if not subject and not named:
        return None
    if not named:
        return "各区" + subject + "是多少" + rest
    if not subject and re.search(r"多少|几", named):  # 各有多少人？哪个多？: asked already
        return named.rstrip("?？") + rest
    topic, comma, who = named.rpartition("，") if "，" in named else named.rpartition(",")
    if comma and not subject:  # 演练场次，北碚区和硚口区哪个多: the districts first
        return who + topic + "分别是多少" + rest
    return named + subject + "分别是多少" + rest


def as_each_district(question: str) -> str | None:
    """The question asked of each district (哪个区移送人数最多 -> 各区移送人数是多少), or None
    when it asks no superlative of amount across districts."""
    text = normalize_for_matching(question)
    match = _SUPERLATIVE.search(text)
    if not match:
        return None
    subject = re.sub(_WHICH_DISTRICT, "", match.group(1)).strip("的 ")
    if not subject:
        return None
    rest = _SUPERLATIVE_WORDS.sub("是多少", text[match.end(1) :], count=1)
    return "各区" + subject + rest


# 甲区…比乙区…多吗, 甲区…还没乙区…多吧: one district's amount set against another's, asked as
# a yes or a no. Declined, it was said that the found sentences lacked the figure one of them
# states; each district's figure is what the reports can give.
_THAN = re.compile(
    r"^(?P<first>[^？?。！!]+?)(?:比|跟)(?P<second>[^？?。！!，,]+?)(?:比起来|相比)?(?:还|更|要)?"
    r"(?<!多)(?P<way>多|少|高|低|大)(?:一些|些|一点)?[，,]?(?:这个结论|这个说法|这种说法|这么说)?"
    r"(?:是吗|是这样吗|吗|吧|么|呢|啊|对吧|对吗|对不对|是不是|成立吗|没错吧)?"
    # ... and how much, asked after (比硚口多，具体多出多少场): the order is claimed all the same.
    r"(?:[，,]?(?:具体|大概|到底|一共)?(?:多出|多了|高出|少了|低了|多|少|高|低)?(?:多少|几)[^？?，,。]{0,3})?[？?]?$"
)
_SHORT_OF = re.compile(
    r"^(?P<first>[^？?。！!]+?)[，,]?(?:还|都|也)?(?:没有|没|不如|比不上|赶不上|不及)(?P<second>[^？?。！!，,]+?)"
    r"(?:的)?(?:多|高|大)[，,]?(?:吗|吧|么|呢|啊|对吧|对吗|对不对|是不是)?[？?]?$"
)
# The claimed figure (15万份) is what is in doubt: asked of each district, it would keep every
# sentence not writing it out.
_CLAIMED_FIGURE = re.compile(
    r"(?:了)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*[万千百]?(?:多|余|来)?\s*"
    r"(?:[份个家人名次起件场篇条处项户本张册]|万?元)"
)


# What leads into the comparison (所以…应该比…高): no part of either side.
_LEAD_IN = re.compile(r"^(?:所以|因此|那么|那|这么说|照这么说|这样看)[，,]?")
_HEDGE = re.compile(r"(?:应该|肯定|一定|估计|恐怕|可能|大概)$")


def _comparing_sentence(question: str) -> str:
    """The question's last sentence, where a comparison asked after its context stands
    (我在比较…，感觉很猛。所以普陀的罚款应该比硚口还高，对不对？), its lead-in word left out."""
    text = normalize_for_matching(question)
    last = re.split(r"(?<=[。！!])", text.rstrip("。！!"))[-1].strip()
    return _LEAD_IN.sub("", last)


def _pair_match(question: str) -> re.Match[str] | None:
    """The two sides of a two-district yes-no in the question's comparing sentence: 比…多 first,
    then 没有…多."""
    text = _comparing_sentence(question)
    return _THAN.match(text) or _SHORT_OF.match(text)


def as_pair_compared(question: str, district_named: Callable[[str], str | None]) -> str | None:
    """Two districts' amounts set against each other as a yes-no (沙坪坝发的宣传资料比硚口印的
    海报多吗) asked of each (…和…分别是多少); None unless each side names its own district."""
    match = _pair_match(question)
    if match is None:
        return None
    first, second = _HEDGE.sub("", match["first"].strip("，, ")), match["second"].strip("，, ")
    named = district_named(first), district_named(second)
    if None in named or named[0] == named[1]:
        return None
    first, second = (_CLAIMED_FIGURE.sub("", side) for side in (first, second))
    return f"{first}和{second}分别是多少？"


# The asking between a side's claim and the comparison (…九十多件投诉，是不是比北碚还多).
_ASKING_AFTER_CLAIM = re.compile(r"[，,]?(?:是不是|是否|是|应该|肯定)?$")


def side_stating_figure(question: str, district_named: Callable[[str], str | None]) -> str | None:
    """The side of a two-district yes-no stating its own figure (沙坪坝…投诉有八十多件，比北碚还多
    吧 -> 沙坪坝…投诉有八十多件), to be checked as a claim; None when neither side states one."""
    match = _pair_match(question)
    if match is None:
        return None
    for side in ("first", "second"):
        said = _ASKING_AFTER_CLAIM.sub("", _HEDGE.sub("", match[side].strip("，, ")))
        if district_named(said) and _CLAIMED_FIGURE.search(said):
            return said
    return None


def pair_claimed(question: str, district_named: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The district a two-district yes-no claims larger and the one it claims smaller
    (北碚…比普陀少吧 -> (普陀区, 北碚区)), or None when the question sets no two districts against
    each other."""
    match = _pair_match(question)
    if match is None:
        return None
    shorter = match.re is _SHORT_OF
    first, second = (district_named(match[side].strip("，, ")) for side in ("first", "second"))
    if first is None or second is None or first == second:
        return None
    first_larger = not shorter and match["way"] not in ("少", "低")
    return (first, second) if first_larger else (second, first)


# 沙坪坝区…80余场，在这几个区里算最多的吧: one district claimed the most (or least) of all, as a
# yes-no. Quoted alone, its own sentence read as a yes; each district's figure is the answer.
_CLAIMED_MOST = re.compile(
    r"[，,]?(?:在|是|算)?(?:这|这些|这几个|几个|五个|四个|三个|各|所有|全部)个?区(?:里|中|当中|之中|之间|里面)?[，,]?"
    r"(?:应该|应当|也)?(?:算|是|属|排)?(?:得上)?(?P<way>最多|最少|最高|最低|最大|最小|第一)(?:的)?(?:了)?"
    r"(?:吧|吗|么|对吧|对吗|是吧|是不是|没错吧|对不对)[？?]?$"
)
# ... or the districts first: 这几个区里普陀罚钱是最多的吧，七万多元？
_SCOPE_FIRST = re.compile(
    r"^(?:在)?(?:这|这些|这几个|几个|五个|四个|三个|所有|全部)个?区(?:里|中|当中|之中|之间|里面)[，,]?"
    r"(?P<claim>[^，,。？?！!；;]{3,30}?)(?:应该|也)?(?:算|是|属|排)(?:得上)?"
    r"(?P<way>最多|最少|最高|最低|最大|最小|第一)(?:的)?(?:了)?(?:吧|吗|么|对吧|对吗|是吧|没错吧)"
    r"(?:[，,？?](?P<figure>[^，,。？?！!；;]{1,12}?))?[？?]?$"
)
_YEAR_SAID = re.compile(r"(?:19|20)\d{2}年(?:度)?")
_FIGURE_SAID = re.compile(_CLAIMED_FIGURE.pattern + "(?:次)?")  # 949场次 whole


def _all_above(
    upper: list[tuple[float, float, str, str]], lower: list[tuple[float, float, str, str]]
) -> bool:
    """Whether every figure of one line lies above every figure of another, however far 余 or 多
    stretches the lower ones."""
    return min(low for low, *_ in upper) > max(high for _, high, *_ in lower)


def most_claimed(question: str, district_named: Callable[[str], str | None]) -> tuple[str, str, str] | None:
    """(the district claimed, the superlative claimed, the question to ask of each district) for a
    question claiming one district has the most or least of something among the districts;
    None otherwise."""
    text = normalize_for_matching(question)
    claim = _CLAIMED_MOST.search(text)
    if claim is None and (claim := _SCOPE_FIRST.search(text)):
        # 这几个区里普陀罚钱是最多的吧，七万多: the claim between the districts and its figure
        text = claim["claim"] + (claim["figure"] or "")
        before = claim["claim"]
    elif claim is None:
        return None
    else:
        before = text[: claim.start()]
    who = district_named(before)
    if who is None:
        return None
    subject = before
    for name in (who, who[:-1]):
        subject = subject.replace(name, "")
    subject = _YEAR_SAID.sub("", subject)
    figure = _FIGURE_SAID.search(subject)
    subject = _FIGURE_SAID.sub("", subject).strip("，,的 ")
    if len(subject) < 2:
        return None
    unit = re.search(r"(万?元|[份个家人名次起件场篇条处项户本张册])次?$", figure.group(0)) if figure else None
    if unit:  # 培训了6000余人: asked of each district in the claim's own unit (各区培训了多少人)
        return who, claim["way"], f"各区{subject.rstrip('了')}了多少{unit.group(1)}"
    return who, claim["way"], f"各区{subject}分别是多少"


def most_against_figures(answer_text: str, who: str, way: str) -> str | None:
    """The districts whose figures lie beyond the claimed district's on the claimed side (949场次
    against 沙坪坝's 80余场 claimed the most), or None when the lines show none (or are no lines
    of figures alone, in one unit)."""
    stated = dict(filter(None, map(_line_figures, answer_text.splitlines())))
    claimed = next((v for name, v in stated.items() if name.startswith(who)), None)
    if claimed is None:
        return None
    most = way in ("最多", "最高", "最大", "第一")
    beyond = [
        f"{name}{'、'.join(t for *_, t in figures)}"
        for name, figures in stated.items()
        if not name.startswith(who)
        and {u for *_, u, _ in figures} == {u for *_, u, _ in claimed}
        and (_all_above(figures, claimed) if most else _all_above(claimed, figures))
    ]
    if not beyond:
        return None
    mine = "、".join(t for *_, t in claimed)
    return f"报告写明的数字与问题的说法不符：{who}{mine}，{'，'.join(beyond)}"


# One figure of a district's line in a figures answer (硚口区（2023年）：72.8万元（全年）[2]；另226万元（全区）[3]).
_LINE_HEAD = re.compile(r"^(?P<who>[^：\n]+?)(?:（\d{4}年）)?：")
_FIGURE = re.compile(
    r"^(?P<number>\d+(?:\.\d+)?)(?P<scale>[万千亿])?(?P<about>余|多)?(?P<unit>[^\d\[（(；，。、]+)(?:（[^）]*）)?\[\d+\]$"
)
_SCALE = {"千": 1e3, "万": 1e4, "亿": 1e8}


def _line_figures(line: str) -> tuple[str, list[tuple[float, float, str, str]]] | None:
    """Who a line is of and each figure it gives (lowest, highest, unit, as written); None for
    a line holding anything but figures (a sentence, a label before a figure)."""
    head = _LINE_HEAD.match(line.strip())
    if head is None:
        return None
    figures = []
    for piece in re.split(r"；另|、", line.strip()[head.end() :]):
        match = _FIGURE.match(piece)
        if match is None:
            return None
        value = float(match["number"]) * _SCALE.get(match["scale"] or "", 1)
        # 80余 is below 949 whatever it stretches to; half again is more than 余 or 多 means.
        highest = value * 1.5 if match["about"] else value
        figures.append((value, highest, match["unit"][:1], piece.rsplit("[", 1)[0]))
    return head["who"], figures


def claim_against_figures(answer_text: str, larger: str, smaller: str) -> str | None:
    """The two districts' figures when they say the opposite of the claimed order (沙坪坝80余场
    "比硚口949场次多"), or None. Only lines of figures alone, all in one unit, and only when every
    figure of one is below every figure of the other however far 余 or 多 stretches: given both
    figures without a word, a chatbot took the claim as confirmed."""
    stated = dict(filter(None, map(_line_figures, answer_text.splitlines())))
    found = [next((v for who, v in stated.items() if who.startswith(d)), None) for d in (larger, smaller)]
    if None in found or len({unit for figures in found for _, _, unit, _ in figures}) != 1:
        return None
    claimed_larger, claimed_smaller = found
    if not _all_above(claimed_smaller, claimed_larger):
        return None
    said = [
        f"{who}{'、'.join(text for *_, text in figures)}"
        for who, figures in zip((larger, smaller), found, strict=True)
    ]
    return f"报告写明的数字与问题的说法相反：{'，'.join(said)}"
