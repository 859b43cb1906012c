"""Questions read by the districts they name: a month claimed in a year a district has no
report of, a listing followed by one district, a listing but for one district, a claim made
of the wrong district, the one district a piece of text names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from indexer.answers import dates
from indexer.answers.answer_types import Answer, corrects_question, district_label
from indexer.answers.figures import asks_count
from indexer.answers.terms import UNNAMED_DISTRICT_NAME, content_terms, names_unnamed_district, wordings
from indexer.retrieval.scope import understand
from indexer.retrieval.search import Searcher
from indexer.text.normalize import normalize_for_matching

# A date claimed for a doing (是2023年1月才报送的吗) ...
_YEAR_OF_MONTH = re.compile(r"((?:19|20)\d{2})年(?=\d{1,2}月|" + dates.ESTABLISHED_CLAIMED + ")")
# (在报告中承认…: what a report is said to write is a claim as much as one asked back)
_CLAIM_ASKED = re.compile(
    r"(?:吗|吧|对吗|对吧|是不是|没错吧)[？?]?$|是不是|是否|报告(?:里|中)?(?:提到|写到|说|承认|指出|坦言)"
)


def without_claimed_event_year(searcher: Searcher, question: str) -> str:
    """The question without the year of a month it claims something was done in, when the
    district it asks of has no report of that year: the claim is checked against the report it
    has (2022年1月报送), not declined for a year without a report."""
    text = normalize_for_matching(question)
    # A figure asked or claimed is read against the year's other report (other_year.py).
    figured = asks_count(text) or re.search(r"\d+(?![\d年月日号]|\s*年度)", text)
    if not (_CLAIM_ASKED.search(text) and not figured) and not _dated_setting(text):
        return question
    scope = understand(text, searcher.districts(), [], searcher._tokenizer.words, searcher.places)
    unnamed = not scope.districts and names_unnamed_district(text)
    years = {
        r["year"]
        for r in searcher.reports
        if r.get("district") in scope.districts or (unnamed and not r.get("district"))
    }
    if not years:
        return question
    return _YEAR_OF_MONTH.sub(lambda m: "" if int(m.group(1)) not in years else m.group(0), text)


def _dated_setting(text: str) -> bool:
    """Whether the month's year dates a clause set before the question and asking nothing
    (执法大队于2022年6月揭牌成立后，该局…多少家): what is asked follows in another clause."""
    # (…正式揭牌的对吧？成立之后…多了多少: a question mark closes the setting as a comma does)
    clauses = [c for c in re.split(r"[，,；;：:？?！!]", text) if c]
    dated = [i for i, c in enumerate(clauses) if _YEAR_OF_MONTH.search(c)]
    return (
        len(clauses) > 1
        and bool(dated)
        and dated[-1] < len(clauses) - 1
        and not any(asks_count(clauses[i]) or re.search(r"\d+(?![\d年月日号])", clauses[i]) for i in dated)
        # an event on that day (揭牌成立), not the span asked (2022年1月以来, 2022年1月至12月)
        and all(_EVENT_ON_DAY.search(clauses[i]) and not _SPAN_FROM.search(clauses[i]) for i in dated)
    )


_EVENT_ON_DAY = re.compile(
    r"\d{1,2}月(?:\d{1,2}日)?(?:正式)?(?:[揭挂]的?牌|成立|组建|建成|启用|上线|投用|开通|印发|出台|召开|发布)"
)
_SPAN_FROM = re.compile(r"以来|至今|至|到|起|开始|期间")


_WHICH_DISTRICTS_LISTED = re.compile(r"哪几个区|哪些区|哪个区|哪几个|几个区|各区|各个区")
# What a short question after a listing asks of one district (北碚呢, 北碚有没有提).
_FOLLOW_UP_LENGTH = 8


def listing_then_one_district(searcher: Searcher, question: str) -> tuple[str, str] | None:
    """(the listing question, the district) of a question asking which districts do something
    and then, briefly, whether one of them does (哪几个区提到了法律顾问？北碚有没有提？); None for
    any other. Read whole, the district named narrowed it to one report."""
    asked = [q.strip() for q in re.split(r"[？?]+", question) if q.strip()]
    if len(asked) != 2 or not _WHICH_DISTRICTS_LISTED.search(asked[0]) or one_district(searcher, asked[0]):
        return None
    district = one_district(searcher, asked[1])
    if district is None:
        return None
    rest = normalize_for_matching(asked[1])
    for name in (district, district.rstrip("区县")):
        rest = rest.replace(name, "")
    return (asked[0] + "？", district) if len(rest) <= _FOLLOW_UP_LENGTH else None


def one_district(searcher: Searcher, text: str) -> str | None:
    """The one district the text names, None for none or several."""
    scope = searcher.scope_of(text)
    return scope.districts[0] if len(scope.districts) == 1 else None


# A name the question quotes (“252”, “工贸安全在线”, 《应急侠》).
_QUOTED = re.compile(r"[“\"「《]([^”\"」》]{1,20})[”\"」》]")
# The decline of a thing the asked district's report never words, which one other report does.
_WORDED_BY_ANOTHER = re.compile(
    r"(?P<asked>[^；。]+?)的报告中没有关于(?P<what>“[^；]+?”)的内容；(?P<other>[^；。、]+?)的报告提到了"
    # ... or a figure it never writes, which one other report does, of a name the question
    # quotes that the asked report never writes either (50名 of 北碚's “252” mechanism): a figure
    # and common words alone (15起, 立案查处) are written of many things, and moving the claim by
    # them would guess
    r"|^(?P<asked_figure>[^；。]+?)的报告中没有写到(?P<figure>“[^”]+”)这个数字；写到“[^”]+”的是(?P<other_figure>[^；。、]+?)的报告"
    r"[^；。]*；(?P=asked_figure)的报告中也没有关于(?P<unsaid>[^；。]+?)的内容"
)


def claimed_of_another_district(
    searcher: Searcher, question: str, declined: Answer, answer: Callable[[str], Answer]
) -> Answer | None:
    """A claim made of one district that another district's report makes of itself (北碚区率先
    建成了“工贸安全在线”吧, a thing of 沙坪坝区), answered from that report and said to be its;
    None for any other decline. Declined, the notice named the other district in passing, and a
    chatbot could still take the claim as merely unconfirmed."""
    worded = _WORDED_BY_ANOTHER.search(declined.notice or "")
    if worded is None or declined.answered:
        return None
    # A question built on the claim (北碚区打造的“沙小安”品牌做了多少期): a name it quotes, never
    # written by the asked report, is as much a claim as one asked as a yes-no.
    # (硚口的“252”机制要求50名队员多久到位: the figure and the name both written by 北碚区 only)
    # (a quoted list, “两委、十一办、四指”, is said unwritten by its items)
    quoted_names = [f"“{part}”" for name in _QUOTED.findall(question) for part in (name, *name.split("、"))]
    presumed = any(name in (worded["what"] or worded["unsaid"] or "") for name in quoted_names)
    if not (presumed or _CLAIM_ASKED.search(normalize_for_matching(question))):
        return None
    # (a quoted name unsaid by its last word: “应急纸飞机” as “纸飞机”)
    unsaid_words = re.findall(r"“([^”]{3,})”", worded["unsaid"] or "")
    if worded["figure"] and not any(
        name in worded["unsaid"] or any(word in name for word in unsaid_words) for name in quoted_names
    ):
        return None
    asked = worded["asked"] or worded["asked_figure"]
    other = worded["other"] or worded["other_figure"]
    unsaid = f"没有关于{worded['what']}的内容" if worded["what"] else f"没有写到{worded['figure']}"
    # (the anonymised report is asked of by its label, which the scope reads as that report)
    if asked not in searcher.districts() or not (
        other in searcher.districts() or UNNAMED_DISTRICT_NAME.match(other)
    ):
        return None
    named = next((n for n in (asked, asked.rstrip("区县")) if n in question), None)
    if named is None:
        return None
    moved = answer(question.replace(named, other, 1))
    if not moved.answered and presumed and worded["what"] and not corrects_question(moved.notice):
        # (普陀的“沙小安”发在哪些平台: the name is 沙坪坝区's, and its report does not say
        # either; declined still, with whose name it is said first)
        notice = f"报告中写{worded['what']}的是{other}，不是问题所说的{asked}；{moved.notice}"
        return replace(
            moved, query=question, notice=notice, answer=moved.answer.replace(moved.notice, notice, 1)
        )
    if not moved.answered or corrects_question(moved.notice):
        return None
    # 硚口区的法律顾问是国务院指定的吗: 普陀区 writes 法律顾问 in one sentence and 国务院 in
    # another; the claim is that report's only when one sentence it quotes holds what was unsaid.
    unsaid_terms = [normalize_for_matching(t) for t in re.findall(r"“([^”]+)”", worded["what"] or "")]
    if unsaid_terms and not any(
        all(any(w in normalize_for_matching(c.text) for w in wordings(t, question)) for t in unsaid_terms)
        for c in moved.citations
    ):
        return None
    notice = (
        f"报告中写这件事的是{other}，不是问题所说的{asked}（{asked}的报告中{unsaid}）；"
        f"以下是{other}的报告原句。"
    )
    return replace(moved, query=question, notice=notice)


# What only one district can hold (总分第一, 率先建成): another's report saying it of itself
# answers the claim; 也请了法律顾问吧 could be true of both.
_ONLY_ONE_CAN = re.compile(
    r"第一(?!季度|次|批|届|期|阶段|时间|责任)名?|冠军|头名|首个|首家|首创|率先|唯一|全市最|全省最|排名最"
)


def claimed_of_unknown_district(
    searcher: Searcher, question: str, declined: Answer, answer: Callable[[str], Answer]
) -> Answer | None:
    """A claim that only one district can hold made of one the corpus has no report of (拿了第一
    的是江汉区代表队吧), where one report in it writes the thing of its own district (硚口区's 我区代表队): that report's
    sentences, said to be its district's; None for any other decline. Declined as an unknown
    district, a chatbot was left to repeat the claim as merely unchecked."""
    if declined.answered or declined.reason != "unknown_district":
        return None
    text = normalize_for_matching(question)
    if not (_CLAIM_ASKED.search(text) and _ONLY_ONE_CAN.search(text)):
        return None
    scope = searcher.scope_of(question)
    if scope.districts or len(scope.unknown_districts) != 1:
        return None
    unknown = scope.unknown_districts[0]
    if unknown not in question:
        return None
    found = answer(question.replace(unknown, "", 1))
    writers = {c.district for c in found.citations}
    if not found.answered or corrects_question(found.notice) or len(writers) != 1 or None in writers:
        return None
    (writer,) = writers
    notice = (
        f"语料中没有{unknown}的报告；现有报告中写这件事的是{writer}的报告，说的是{writer}自己，"
        f"与问题所说的{unknown}不符；以下是{writer}的报告原句。"
    )
    return replace(found, query=question, notice=notice)


# 除了沙坪坝区，还有哪些区…: the districts asked are the others.
_BUT_FOR = re.compile(
    r"^(?P<before>.*?)除了?(?P<district>[^，,。？?、]{2,6}?)(?:以外|之外|外)?[，,]?(?:还有|另外还有|其他还有|别的还有)?"
    r"(?P<which>哪些区|哪几个区|哪个区|哪些地方|哪几个)(?P<rest>.*)$"
)


def listing_but_for_one(searcher: Searcher, question: str) -> tuple[str, str] | None:
    """(the listing question, the district set aside) of a question asking which districts
    besides one do something (除了沙坪坝区，还有哪些区提到了…); None for any other. Read whole, the
    district it sets aside became its only scope."""
    but_for = _BUT_FOR.match(question.strip())
    if but_for is None:
        return None
    district = one_district(searcher, but_for["district"])
    if district is None:
        return None
    return but_for["before"] + but_for["which"] + but_for["rest"], district


# The words saying one alone did it (只有, or in speech 就北碚开了): only a district name after
# them makes the claim (_listing_of).
_ONLY_WORD = r"(?:只有|就只有|仅有|唯独|(?<![成造也])就|只)"
# 只有普陀落实了“三项制度”，其他几个区都没提: a claim over all districts, asked of one.
_ONLY_ONE = re.compile(
    r"^(?P<before>.*?)"
    + _ONLY_WORD
    + r"(?P<district>[\u4e00-\u9fff]{2,4}?区?)(?P<what>[^，,。？?]{2,30}?)[，,]"
    r"(?:而)?(?:其他|其余|别的)(?:几个|的|各)?区(?:为什么|为啥|为何|怎么)?(?:都|也|均)?(?:没|没有|未)"
)

# ... or said alone, as a claim to check (只有北碚开通了12350举报电话吧), or by a bare question
# mark (听说只有沙坪坝开通了12350？), when nothing else in it asks (只有北碚开通了几条热线？).
_ONLY_ONE_CLAIMED = re.compile(
    r"^(?P<before>.*?)" + _ONLY_WORD + r"(?P<district>[\u4e00-\u9fff]{2,4}?区?)(?P<what>[^，,。？?]{2,30}?)"
    r"(?:(?:吧|吗|对吧|对吗|是吧|是不是|没错吧)[？?!！。]*|(?P<rising>[？?]+))$"
)
_ASKS_OF_ITS_OWN = re.compile(r"什么|哪|多少|几|怎么|怎样|为什么|为啥|如何|谁|啥|何")


# ... or put first, and something else asked after it (只有北碚开通了12350热线，它受理了多少举报).
_ONLY_ONE_THEN_ASKED = re.compile(
    r"^(?P<before>.*?)"
    + _ONLY_WORD
    + r"(?P<district>[\u4e00-\u9fff]{2,4}?区?)(?P<what>[^，,。？?]{2,30}?)[，,？?]"
    r"(?P<asked>.*(?:多少|几|什么|哪|吗|呢|怎么|如何|[？?]).*)$"
)


# 就 and 只 alone say "only" of a district that did something (就北碚开了…); 就硚口区报告… is "as to".
_BARE_ONLY = ("就", "只")
_ABOUT_ITS = re.compile(r"(?:的)?(?:报告|在(?![搞做弄干推抓办])|对|关于|来说|而言)")
# 普陀一家, 北碚一个区: the "only" said again after the district.
# A bare doing in progress (就北碚在搞): what is done was said before the district.
_DOING_NOW = re.compile(r"在(?:搞|做|弄|干|推|抓|办)(?:吧|吗|呢)?")
_ALONE = re.compile(r"^(?:一家|一个区|一个|自己)")
_CLAIM_CLOSE = re.compile(r"(?:了吧|吧|吗|呢)$")
_TOPIC_BEFORE_DISTRICTS = re.compile(
    r"^(?P<topic>[^，,。？?]{2,20}?)[，,]?(?:五个区|这五个区|几个区|各区|这些区|五个区的报告)(?:里|中|当中|之中)?"
    r"(?:是不是|是否|真的|难道)?$"
)


def listing_for_only_one(searcher: Searcher, question: str) -> tuple[str, str] | None:
    """(the listing question, the district claimed alone) of a claim that only one district did
    something and the others did not; None for any other. Read whole, the one district named was
    its only scope, and the others were never looked at."""
    text = normalize_for_matching(question.strip())
    only = _ONLY_ONE.match(text) or _ONLY_ONE_CLAIMED.match(text)
    if only is not None and only.groupdict().get("rising") and _ASKS_OF_ITS_OWN.search(only["what"]):
        return None
    return _listing_of(searcher, question, only)


def listing_for_only_one_first(searcher: Searcher, question: str) -> tuple[str, str] | None:
    """listing_for_only_one's of a claim put before what is asked, whose answer stands beside it:
    the claim is checked with the listing, and the rest answered as asked."""
    return _listing_of(
        searcher, question, _ONLY_ONE_THEN_ASKED.match(normalize_for_matching(question.strip()))
    )


# 只有打码区和北碚两个区提到…: a claim that two districts alone did something.
_ONLY_TWO = re.compile(r"^(?P<before>[^，,。？?]*?)" + _ONLY_WORD + r"(?=[\u4e00-\u9fff*＊])")
_PAIRED = re.compile(r"和|与|跟|、")
_PAIR_COUNTED = re.compile(r"(?:这?两个区|两区|两家|俩)?(?:都|也)?")


def listing_for_only_two(searcher: Searcher, question: str) -> tuple[str, list[str]] | None:
    """(the listing question, the two district labels claimed alone) of a claim that only two
    districts did something (5·12防灾减灾日的宣传只有打码区和北碚两个区提到); None for any other."""
    text = normalize_for_matching(question.strip())
    only = _ONLY_TWO.match(text)
    if only is None or any(d.rstrip("区县") in only["before"] for d in searcher.districts()):
        return None
    labels, at = [], only.end()
    for n in range(2):
        if n:
            paired = _PAIRED.match(text, at)
            if paired is None:
                return None
            at = paired.end()
        named = _district_named_at(searcher, text, at)
        if named is None:
            return None
        label, at = named
        labels.append(label)
    if len(set(labels)) != 2:
        return None
    at = _PAIR_COUNTED.match(text, at).end()
    what = re.match(r"[^，,。？?]{2,30}", text[at:])
    if what is None:
        return None
    before = only["before"].rstrip("，, ")
    return (f"{before}，" if before else "") + f"哪些区{_CLAIM_CLOSE.sub('', what.group())}？", labels


def _district_named_at(searcher: Searcher, text: str, at: int) -> tuple[str, int] | None:
    """(the district's label, where its name ends) of a district named at `at`; None for none."""
    named = [
        (len(n), d) for d in searcher.districts() for n in (d, d.rstrip("区县")) if text.startswith(n, at)
    ]
    if named:
        length, district = max(named)
        return district, at + length + (text[at + length : at + length + 1] == "区")
    unnamed = UNNAMED_DISTRICT_NAME.match(text, at)
    unnamed_reports = [r for r in searcher.reports if not r.get("district")]
    if unnamed and len(unnamed_reports) == 1:
        return district_label(None, unnamed_reports[0]["report_id"]), unnamed.end()
    return None


def without_only_word(question: str) -> str:
    """The question of listing_for_only_one_first without its word of "only" (只有, 就): the
    same question, no longer a claim that one district alone did it."""
    text = normalize_for_matching(question.strip())
    only = _ONLY_ONE_THEN_ASKED.match(text)
    return text[: only.end("before")] + text[only.start("district") :] if only else question


def _listing_of(searcher: Searcher, question: str, only: re.Match[str] | None) -> tuple[str, str] | None:
    if only is None:
        return None
    if any(d.rstrip("区县") in only.group("before") for d in searcher.districts()):
        return None  # 北碚区宣传只有北碚应急在线一个公众号: one district's own thing, not the only district
    # The lazy name stops at two characters (沙坪 of 沙坪坝区): the known name starting there.
    text = normalize_for_matching(question.strip())
    at = only.start("district")
    named = _district_named_at(searcher, text, at)
    if named is None:
        return None
    district, end = named
    said = text[end : only.end("what")]
    if district not in searcher.districts():
        # 只有打码区的报告提到了民法典: the anonymised report's claim, checked the same way
        return f"哪些区{said}？", district
    said = said.lstrip("区")
    if text[only.end("before") : at] in _BARE_ONLY and (
        _ABOUT_ITS.match(said) or ("了" not in said and not _DOING_NOW.match(said))
    ):
        return None  # 就硚口区报告第三部分…: "as to", no claim that it alone did something
    what = _ALONE.sub("", said)
    what = _CLAIM_CLOSE.sub("", what)
    # 执法记录仪五个区里就普陀一家配了吧: what was done is said before the districts
    topic = _TOPIC_BEFORE_DISTRICTS.match(only.group("before"))
    if topic:
        return f"{topic['topic']}，哪些区{what}？", district
    before = re.sub(r"(?:是不是|是否|真的|难道)$", "", only.group("before")).strip("，, ")
    bare = not content_terms(searcher._tokenizer, what)
    if before and (
        bare or _DOING_NOW.fullmatch(what)
    ):  # 双随机一公开，就北碚在搞: the topic, then a bare doing
        return f"{before}，哪些区{what}？", district
    if bare:  # …是不是只有北碚在用: a bare doing names no thing to list the districts by
        return None
    return f"哪些区{what}？", district


def without_district(answer: Answer, district: str) -> Answer | None:
    """A listing answer without the district set aside, its sentences renumbered; None when no
    other district is left."""
    kept = [c for c in answer.citations if c.district != district]
    if not kept:
        return None
    lines: dict[str, str] = {}
    for number, citation in enumerate(kept, 1):
        label = district_label(citation.district, citation.report_id)
        lines[label] = lines.get(label, f"{label}：") + f"{citation.text}[{number}]"
    notice = (
        f"除所问的{district}外，报告中有相关内容的区：{'、'.join(lines)}；其他区的报告没有找到支持的句子。"
    )
    return replace(answer, answer="\n".join(lines.values()), citations=kept, notice=notice)
