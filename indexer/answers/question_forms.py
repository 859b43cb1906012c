"""How a question asks, besides what it asks about: lists of alternatives (A或B), the kind of
answer it wants (哪些问题, 什么经验), a judgement between districts (哪个区做得最好) and a
judgement of an amount (罚款高不高). Read from the question's wording alone; the terms
themselves come from indexer/answers/terms.py."""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# What makes a list of alternatives: 或, 或者, 还是. Inside such a list 、, 和, 及 and 与 join
# items too (行政复议、行政诉讼或信访); a list of 、 alone is usually all of them (落实公示、记录、
# 审核三项制度), and 和 alone joins the parts of one subject (预案修订和演练).
_OR_MARKS = ("或者", "或", "还是")
_LIST_MARKS = ("、", "和", "及", "以及", "与")
_SUCH_AS = ("等", "等等")
# Items of one list are comparable phrases; one far longer than another holds a head the whole
# list shares (制定、修改执法制度: is 执法制度 asked of both, or is 修改执法制度 one item?).
# Such a list is left whole: every term asked, as without this reading.
_ITEM_LENGTH_RATIO = 2


def alternatives(topic: str, terms: list[str]) -> tuple[tuple[frozenset[str], ...], ...]:
    """The lists of the question whose items are alternatives: 安全培训、应急演练或隐患排查
    is answered by a report that speaks of any one of them. Each list is a tuple of items, each
    item the set of terms written together in it (隐患 + 排查)."""
    return item_lists(topic, terms, alternatives_only=True)


def item_lists(
    topic: str, terms: list[str], alternatives_only: bool = False
) -> tuple[tuple[frozenset[str], ...], ...]:
    """Every list of the question (消防演练、防汛演练), as `alternatives` reads it; with
    `alternatives_only`, those joined by 或 or 还是 alone."""
    text = normalize_for_matching(topic)
    placed, cursor = [], 0
    for term in terms:  # each term at its first place after the one before
        at = text.find(term, cursor)
        if at < 0:
            break
        placed.append((at, term))
        cursor = at + len(term)
    lists, items, marks = [], [[placed[0][1]]] if placed else [], []
    for (before_at, before), (at, term) in zip(placed, placed[1:], strict=False):
        gap = _mark(text[before_at + len(before) : at].strip())
        if not gap:
            items[-1].append(term)
        elif gap in _OR_MARKS or gap in _LIST_MARKS:
            items.append([term])
            marks.append(gap)
        elif gap in _SUCH_AS and len(items) > 1:  # 广播、横幅等传统媒体: the kind is one more item
            items.append([term])
        else:
            lists.append((items, marks))
            items, marks = [[term]], []
    lists.append((items, marks))
    found = []
    for items, marks in lists:
        items = _without_shared_modifier(items)
        is_alternative = any(m in _OR_MARKS for m in marks) or not alternatives_only
        if len(items) > 1 and is_alternative and _comparable(items):
            found.append(tuple(frozenset(item) for item in items))
    return tuple(found)


def _mark(gap: str) -> str:
    """The list mark of a gap between two terms, also when one character of the next item is
    not a term of its own (视频或微电影: jieba cuts 微 / 电影, and 微 is no term)."""
    for mark in (*_OR_MARKS, *_LIST_MARKS):
        if gap.startswith(mark) and len(gap) == len(mark) + 1 and "\u4e00" <= gap[-1] <= "\u9fff":
            return mark
    return gap


def _without_shared_modifier(items: list[list[str]]) -> list[list[str]]:
    """A first item far longer than the others carries a modifier the whole list shares
    (安全生产执法检查记录或台账: both are 执法检查's): it is asked of every item, so it is no part
    of the first one's alternative. The last item's shared head (修订或完善应急预案) stays
    unclear and is left to _comparable."""
    if len(items) < 2:
        return items
    first, rest = items[0], items[1:]
    longest_other = max(len("".join(item)) for item in rest)
    while len(first) > 1 and len("".join(first)) > _ITEM_LENGTH_RATIO * longest_other:
        first = first[1:]
    return [first, *rest]


def _comparable(items: list[list[str]]) -> bool:
    lengths = [len("".join(item)) for item in items]
    return max(lengths) <= _ITEM_LENGTH_RATIO * min(lengths)


# Words asking what kind of thing the answer is (哪些问题, 什么特色, 啥经验), and how many
# characters of a modifier may stand between one and its noun (什么好的经验, 哪些新的做法).
_WHICH = re.compile(r"(?:什么样的|什么|哪些|哪种|哪类|哪几种|何种|啥|怎样的)")
_KIND_MODIFIER_CHARS = 3


# Nouns that name what kind of answer is wanted, from general Chinese question phrasing
# (…有哪些问题, 有什么特色, 取得了哪些成效): after a subject they frame the question. Any other
# noun in that place (参加了哪些培训) is the thing asked about.
ANSWER_TYPES = frozenset(
    "问题 不足 短板 困难 难点 特色 亮点 特点 经验 做法 措施 举措 办法 规定 要求 成效 成绩 效果 作用 "
    "变化 进展 意义 影响 目标 思路 打算 安排 方面 内容 情况 工作 方式 方法 形式 途径 手段 "
    "动作 动静 招 招数 新招 高招 名堂 花样 路子 门道 法子 事 事情 东西 好处 用处 结果 成果 数据 数字 "
    # (配的是啥设备: the devices named, 执法记录仪、照相机, never the word 设备)
    "设备 装备 硬件 器材".split()
)


def answer_kinds(topic: str, terms: list[str]) -> frozenset[str]:
    """The terms right after a which-word (a modifier like 好的 between them is allowed), when
    the question names its subject before it: in 行政复议存在哪些问题 the subject is 行政复议
    and 问题 says what is wanted of it (a sentence on its problems need not say 问题). Alone
    (组织了哪些演练) they are the subject."""
    text = normalize_for_matching(topic)
    kinds = set()
    for match in _WHICH.finditer(text):
        before = text[: match.start()]
        if not any(t in before for t in terms):
            continue
        after = text[match.end() :]
        starts = [
            (after.find(t), t)
            for t in terms
            if t not in before and 0 <= after.find(t) <= _KIND_MODIFIER_CHARS
        ]
        if starts:
            at, term = min(starts)
            kinds.add(term)
            after = after[at + len(term) :]
            for term in terms:  # 经验做法: the kind may take two words
                if after.startswith(term):
                    kinds.add(term)
                    after = after[len(term) :]
    return frozenset(kinds)


# A judgement between districts (哪个区做得最好, 谁的普法更好): the reports each record their
# own district's work and never rank one against another. Only with words that compare
# districts: 如何更好地发挥, 比较突出的问题, 最严格的制度 judge nothing. Not 最多/最少:
# figures can be compared.
_JUDGEMENT = re.compile(
    r"(?:最|更|更加|比较|相对)(?:好|差|优秀|优|强|弱|规范|突出|有效|到位|严格|出色|扎实|成功|先进|落后|有力"
    r"|重视|认真|用心|积极|努力|细致|有成效|有效果|见效|明显|显著|亮眼|出彩|厉害)"
    r"(?![地的])"
)
_COMPARED = re.compile(
    r"哪个区|哪一个区|哪个地方|哪家|谁|比.{0,8}区|几个区里|各区(?:中|里|之间|当中)"
    # 这五个区哪一个…最好: the districts named first, the choice after
    r"|(?:这|那|五|几|各|所有)(?:个|份)?(?:区|报告).{0,6}(?:哪一?个|哪家)"
)


# 案件多不多, 罚款高不高: a judgement of an amount that no report makes of itself.
_AMOUNT_JUDGED = re.compile(
    r"([多少高低大小严])不\1|(?<![不差半])多吗|(?<!多)少吗|(?<![提升增])高吗|(?<![降减])低吗"
)


def amount_judged(question: str) -> bool:
    return bool(_AMOUNT_JUDGED.search(normalize_for_matching(question)))


# A remark closing a claim (…，这罚得也太狠了吧): the asker's judgement of the amount, which no
# report makes; left in, its words (太狠) were sought as a topic and the claim declined for them.
_REMARK = re.compile(
    r"[,，。.]\s*(?:这|那|这也|那也)?[\u4e00-\u9fff]{0,3}?(?:得|的)?(?:也|真|可|实在|是不是|是否)?"
    r"(?:太|挺|够|好|有点|有些)(?:狠|重|严|严格|多|少|高|低|厉害|猛|夸张|离谱|松|轻|大|小)了?"
    r"(?:吧|吗|啊|呀|呢|点|些)?[？?！!。.]*$"
)


def without_remark(question: str) -> str:
    """The claim without the remark closing it, asked as a yes or a no (…7.1亿元，这罚得也太狠了
    吧 -> …7.1亿元，是这样吗？); as asked when it closes with none, or nothing is left."""
    text = question.strip()
    remark = _REMARK.search(text)
    if remark is None or remark.start() < 6:
        return question
    return text[: remark.start()] + "，是这样吗？"


def judgement_asked(question: str) -> bool:
    text = normalize_for_matching(question)
    return bool(_JUDGEMENT.search(text) and _COMPARED.search(text))


# Advice asked of the reports (应该先建哪个, 该优先推哪个): they say what was done, not what
# another district should do first.
_ADVICE = re.compile(
    r"(?:应该|应当|该)(?:先|优先)(?:做|建|推|搞|学|上|抓)?(?:哪个|哪一个|哪项)"
    r"|(?:先|优先)(?:做|建|推|搞|学|上|抓)(?:哪个|哪一个|哪项)|值不值得|该不该|建议我们|给我们.{0,4}建议"
)
ADVICE_NOTICE = "报告只记述各区做了什么，没有就别的地区该先做什么给出建议；以下是报告写到的相关做法，供参考"


def advice_asked(question: str) -> bool:
    return bool(_ADVICE.search(normalize_for_matching(question)))


def without_judgement(text: str) -> str:
    """The text without its judgement words: what is judged is the topic the answer must cover."""
    return _JUDGEMENT.sub(" ", text)


# Why one asks, before what (我在写一篇关于…的综述，想确认一下：…): the errand's words are no
# terms to be found in a sentence, and its topic only frames the question after it.
_ERRAND = re.compile(
    r"^\s*(?:我|我们|本人|笔者)(?:正|现在|最近)?(?:(?:下周|下个月|明天|后天|今天|马上|周[一二三四五六日末])?"
    r"在[^：:？?。！!，,]{0,8}?)?(?:写|做|准备|整理|撰写|起草)"
    r"[^：:？?。！!]{0,40}?"
    r"(?:综述|文章|稿子|论文|材料|报道|研究|调研|课题|对比|比较|分析|讲话|发言|汇报|讲)[^：:，,？?。]{0,6}[：:，,。]\s*"
    r"(?:(?:想|需要|要)?(?:先)?(?:确认|核实|核对|问|请教|了解)(?:一下)?[几个点件事]{0,3}[：:，,]?\s*)?"
)
# The asker's own work named first (我的论文涉及基层救援力量调度，…; 我的课题是关于…的。).
_OWN_WORK = re.compile(
    r"^\s*(?:我|我们|本人)的(?:论文|毕业论文|课题|研究|文章|报道|稿子|选题)"
    r"(?:涉及|是关于|关于|写的是|研究的是|题目是|主题是|方向是|聚焦)[^：:？?。！!，,]{0,30}[：:，,。]\s*"
    r"(?:(?:想|需要|要)?(?:先)?(?:确认|核实|核对|问|请教|了解)(?:一下)?[几个点件事]{0,3}[：:，,]?\s*)?"
)
# A purpose put first in formal writing (为了写对比材料，请列出…; 为核对材料，请问…).
_PURPOSE = re.compile(
    # (为了做好事故调查报告 is no errand of the asker's: its topic is what is asked)
    r"^\s*为了?(?:写|准备|整理|撰写|起草|核对|核实)[^：:？?。！!，,]{0,10}"
    r"(?:材料|文章|稿子|论文|表格|汇报|对比|比较|分析)[：:，,。]\s*(?:请问|请|麻烦)?\s*"
)
# The asker's use of a thing the reports describe (我想把…写成数字化执法的案例：): the thing is
# the topic; what it is to become in the asker's text is no word of the reports.
_MADE_INTO = re.compile(
    r"^\s*(?:我|我们|本人)(?:想|打算|准备|要|正)?把(?P<thing>[^：:？?。！!]{2,40}?)"
    r"(?:写成|写进|写入|作为|当作|当成|用作|放进|放到)[^：:？?。！!，,]{0,20}[：:，,]\s*"
)
_ERRAND_LEFT_MIN = 8  # characters the question after the errand must keep to stand alone
# A citizen saying who they are and why they ask (你好，我是沙坪坝的居民，前阵子…想问下…): the
# story's words are no terms; the question follows 想问 (or, without it, the first clause).
_SELF_INTRODUCED = re.compile(
    r"^\s*(?:(?:你好|您好)[，,！!]?\s*)?(?:我|俺)(?:是|在|家|住|们)[^？?]{0,80}?"
    r"(?:想|就想|我想|我就想)(?:问(?:一下|下|问)?|请教(?:一下)?|了解(?:一下)?|咨询(?:一下)?)[：:，,]?\s*"
)
_SELF_INTRODUCED_BARE = re.compile(
    r"^\s*(?:(?:你好|您好)[，,！!]?\s*)?(?:我|俺)(?:是|在)[^，,。？?！!]{2,24}[，,。]\s*"
)
# 咱们区, 我们那儿: the asker's district, which the introduction named.
_OUR_DISTRICT = re.compile(r"(?:咱们|我们|咱|俺们)(?:区|那儿|那边|这边|这儿)的?")
# The asker's district put first: what it wants to learn (我们区想学习北碚的…: the rest of the
# question is about 北碚's), or its circumstances (我们区财力有限，).
_OWN_DISTRICT_FIRST = re.compile(
    r"^\s*(?:我们|咱们|咱|我|本)区(?:(?:也|正|正在)?(?:想|准备|打算|计划|要)?(?:学习|学|借鉴|参考|引进|复制|对标)(?:一下)?"
    r"|[^，,。？?！!]{0,12}?(?:有限|不多|不足|不够|较少|紧张|薄弱|一般)[，,])"
)
# An assessor's heading before a colon (各区普法作品比较：, 评估社会力量参与情况：): the rubric the
# question is filed under; what follows it names what is asked.
_ASSESSMENT_HEADING = re.compile(
    r"^\s*(?:(?:评估|评价|比较|对比|考察|考核)[^：:？?。！!，,]{2,16}"
    r"|[^：:？?。！!，,]{2,16}?(?:比较|对比|评估|评价|考核))[：:]\s*"
)
# A tag in brackets before the question (【用户咨询转述】, [转发]): how it came, not what it asks.
# Not a 文号's year (〔2023〕13号, [2021]17号): no digits inside.
_TAG = re.compile(r"^\s*[【\[][^】\]\d]{1,12}[】\]]\s*")


# What a chat message says before its question (好的，那…；谢谢！另外…；明白了，再问一下：): thanks
# and acknowledgements of the last answer, and the words turning to the next question. Their
# words are no terms (谢谢 in no report made the question "about" thanks and declined it).
_MARKS = r"[，,。.！!～~…：:、\s]"
_ACKNOWLEDGED = (
    rf"(?:(?:好的|好嘞|好吧|好|嗯嗯|嗯|哦哦|哦|噢|OK|ok|Ok|行|明白了|明白|了解了|了解|清楚了|收到|知道了|懂了"
    rf"|谢谢你|谢谢您|谢谢|多谢|感谢|辛苦了)+(?:哈|啦|呀|啊)?{_MARKS}+)"  # 行政处罚, 了解企业: no mark, no thanks
)
_TURNING = (
    rf"(?:(?:那|那么)?我?(?:再问(?:一下|下|一个|个)?|另外问(?:一下|下)?|顺便问(?:一下|下)?|换个话题"
    # 另外两件 is "the other two", and 还有多少 asks what is left: only a turn when a mark follows
    rf"|另外(?![一二两三四五六七八九十几\d])|还有(?:个事|个问题|一个问题|一件事)?(?={_MARKS})){_MARKS}*)"
)
_CHAT_OPENER = re.compile(
    rf"^\s*(?:{_ACKNOWLEDGED}+{_TURNING}*|{_TURNING}+)(?:那么|那(?![个些边里时次种样么]))?"
)


# Where the answer will go, said after the question (…主题是什么？想放进PPT里): no terms to find.
_USE_AFTER = re.compile(
    r"(?<=[？?。！!，,])\s*(?:我|我们)?(?:想|要|准备|打算|得|需要)?(?:放进|放到|放在|用在|用到|写进|写到|贴到|做进|整理进|加进)"
    r"[^，,。？?！!]{1,12}?(?:里|中|上|里面)?[。.！!～~]*\s*$"
)


# A claim from the asker's own draft put up for checking (我稿子里写了“…”，这样写可以吧？; 我写的是…，
# 有没有问题？): the claim is asked back; the frame's words (稿子, 写, 可以) are no terms.
_DRAFT_CHECKED = re.compile(
    r"^(?P<lead>[^，,。？?]{0,24}[，,])?\s*(?:我|我们)的?(?:稿子|稿件|文章|报道|草稿|初稿)?(?:里|中|上)?"
    r"(?:写了|写的是|写着|写道|写|说|称|提到)[，,：:]?\s*[“\"]?(?P<claim>[^“”\"]{6,}?)[”\"]?[，,。]\s*"
    r"(?:这样写|这么写|我这么写|我这样写|这样说|这么说|这个说法|这句话)?(?:[\u4e00-\u9fff]{1,3}(?=没错))?"
    r"(?:可以吧|可以吗|行吗|行吧|对吗|对吧|对不对|有没有问题|有问题吗|没问题吧|没错吧|没错吗|准确吗|准确吧|妥当吗|站得住吗)"
    r"[？?！!。]*\s*$"
)


# ... or said to be the asker's wording only at its end (…办结的案卷，我这么写对吗？).
_WRITTEN_SO = re.compile(
    r"[，,]\s*我?(?:这么写|这样写|这么说|这样说|这样表述|这么表述)(?:可以吧|可以吗|行吗|对吗|对吧|对不对|有没有问题|没问题吧|没错吧|准确吗)"
    r"[？?！!。]*\s*$"
)


# A claim put up to be used on air or in print (…，字幕就这么打？ / 这组数能直接上吗？ / 能做成独家
# 亮点吗？): whether it holds is what is asked; the newsroom's words are no terms.
_USE_CHECKED = re.compile(
    r"[，,]\s*(?:这个|这组|这些|这句)?[^，,。？?！!]{0,8}?"
    r"(?:字幕|上屏|当标题|做标题|独家|亮点|直接上|能上|可以上|直接用|能用|可以用|能引用|可以引用)"
    r"[^，,。？?！!]{0,8}[？?！!。]*\s*$"
)


# Why the asker asks, said after the question (我怕写公文时写错名字。): no topic of the reports.
_WORRY_AFTER = re.compile(
    r"(?<=[？?。！!])\s*(?:我|我们)?(?:怕|担心|生怕|免得|以免|省得)[^？?。！!]{2,24}[。.！!～~]*\s*$"
)


def without_errand(question: str) -> str:
    """The question without the asker's errand before it, when what follows asks on its own
    (names what it asks about); as asked otherwise (我在写危化品监管的文章，普陀区做了什么 keeps
    its topic in the errand). Words relayed from someone else are the question (without_relay)."""
    draft = _DRAFT_CHECKED.match(question)
    if draft is not None:
        lead = re.sub(r"(?:里|中|上)?[，,]$", "", draft["lead"] or "")
        return without_errand(f"{lead}{'，' if lead else ''}{draft['claim'].rstrip('，,。')}吧？")
    written_so = _WRITTEN_SO.search(question)
    if written_so is not None and written_so.start() >= _ERRAND_LEFT_MIN:
        return without_errand(f"{question[: written_so.start()]}吧？")
    worry = _WORRY_AFTER.search(question)
    if worry is not None and worry.start() >= _ERRAND_LEFT_MIN:  # …全称是什么？我怕写错名字。
        return without_errand(question[: worry.start()])
    used = _USE_CHECKED.search(question)
    if used is not None and used.start() >= _ERRAND_LEFT_MIN:
        return without_errand(f"{question[: used.start()]}吧？")
    use = _USE_AFTER.search(question)
    if use is not None and use.start() >= _ERRAND_LEFT_MIN:
        return without_errand(question[: use.start()])
    heading = _ASSESSMENT_HEADING.match(question)
    if heading is not None and len(question) - heading.end() >= _ERRAND_LEFT_MIN:  # 各区普法作品比较：…
        return without_errand(question[heading.end() :])
    tag = _TAG.match(question)
    if tag is not None and len(question) - tag.end() >= _ERRAND_LEFT_MIN:  # 【用户咨询转述】…
        return without_errand(question[tag.end() :])
    opener = _CHAT_OPENER.match(question)
    if opener is not None and opener.end() and len(question) - opener.end() >= _ERRAND_LEFT_MIN:
        return without_errand(question[opener.end() :])  # 谢谢！另外沙坪坝区…
    plain = _WHERE_IS_BODY.sub(r"\1的地址在哪里\2", _AS_USUAL.sub("", _SUMMARY_ASKED.sub("", question)))
    plain = alternatives_unquoted(negation_apart(in_plain_quantity(lost_case_worded(plain))))
    if plain != question:
        return without_errand(plain)
    relayed = without_relay(question)
    if relayed != question:
        return relayed
    unframed = without_table_frame(question)
    if unframed != question:  # 表里写硚口区立案15起，对吗: the table's words are no terms
        return without_errand(unframed)
    check = _CHECK_FIRST.match(question)
    if check is not None:  # 请核实：…拿了单项第三名？ puts the claim up for checking
        claim = question[check.end() :].strip()
        if _WRITTEN_SO.search(claim):  # …，我这么写对吗？
            return without_errand(claim)
        return claim if _ASKS.search(claim) else f"{claim.rstrip('？?。.！!')}，是这样吗？"
    made_into = _MADE_INTO.match(question)
    if made_into is not None and len(question) - made_into.end() >= _ERRAND_LEFT_MIN:
        # 我想把沙坪坝的“工贸安全在线”写成案例：它破解了哪些难题: the thing is what is asked about
        return without_errand(f"{made_into['thing']}：{question[made_into.end() :].strip()}")
    own = _OWN_DISTRICT_FIRST.match(question)
    if own is not None and len(question) - own.end() >= _ERRAND_LEFT_MIN:
        # 我们区想学北碚的…，它… / 我们区财力有限，…: the asker's district is asked nothing
        return without_errand(question[own.end() :])
    errand = _ERRAND.match(question) or _PURPOSE.match(question) or _OWN_WORK.match(question)
    if errand is None:
        introduced = _SELF_INTRODUCED.match(question) or _SELF_INTRODUCED_BARE.match(question)
        if introduced is not None and len(question) - introduced.end() >= _ERRAND_LEFT_MIN:
            # 我是北碚的，家住山边上…想问一下咱们区…: the asker's own place is the district asked
            return _OUR_DISTRICT.sub("", question[introduced.end() :])
        return question
    rest = _checked_claim(question[errand.end() :].strip())
    return rest if len(rest) >= _ERRAND_LEFT_MIN else question


# A request that asks for something (报告对这件事的说法是什么) checks nothing.
_ASKS_FOR_SOMETHING = re.compile(r"什么|哪|几|多少|如何|怎么|怎样|啥")
# A question word: what follows a check request asks for something, not whether it holds.
_ASKS = re.compile(rf"{_ASKS_FOR_SOMETHING.pattern}|为什么|为何|吗|呢|是否|是不是|有没有")
# A request to check put first (请核实：, 帮我确认一下：): what follows is the claim or question.
_CHECK_FIRST = re.compile(
    r"^\s*(?:能不能|能否|可不可以|可以)?(?:请|麻烦|帮忙|帮我)?(?:核实|确认|求证|查证|核对)(?:一下)?[：:，,]\s*"
)


# "As usual" before a doing (3月、10月照常开展了巡查吧) claims it was done, no more: left in, it
# was read as a manner the reports never write, and the months' denial went unsaid.
_AS_USUAL = re.compile(
    r"(?:照常|照样|如常|正常地?|按部就班地?)(?=[\u4e00-\u9fff]{2})(?!工作|运行|运转|营业|经营|生产)"
)


# Where the bureau is (沙坪坝应急局在哪): its address, which no report gives. Left as asked, no
# word of the question was left to check, and any sentence of the district answered it.
# (执法大队在哪里办公？我想去当面咨询一下: the body's address, whatever follows)
_WHERE_IS_BODY = re.compile(
    r"(应急管理局|应急局|执法大队|执法支队|大队|支队|中心|局)(?:在哪[里儿]?|在什么地方|在哪个位置)(?:办公|上班|办事)?"
    r"(?:([？?])|(?=[。，,！!\s]|$))"
)


# A summary asked for (用几个词概括…, 简单归纳一下…): how to answer, not what about; 几个词 is no
# count to find, and no report writes 概括.
_SUMMARY_ASKED = re.compile(
    r"^\s*(?:请|麻烦)?(?:你)?(?:用[一两二三几]?(?:个词|句话|段话|个字)|简单|简要|简短)?地?"
    r"(?:概括|归纳|总结|概述)(?:一下)?[：:，,]?\s*(?=[\u4e00-\u9fff]{6})"
)


# A summary table checked row by row (汇总表第3行：…；表里写…；北碚那一栏写的是…；…，核一下): where a
# figure stands in the asker's table says nothing of the report, and 汇总表, 一栏 are in none.
_TABLE_ROW = re.compile(
    r"^\s*(?:汇总表|表格|表)(?:里|中|上)?第?[\d一二三四五六七八九十]+[行栏列][：:，,]?\s*"
)
_IN_THE_TABLE = re.compile(
    r"^\s*(?:(?:汇总表|表格|表)(?:里面?|中|上)(?:写的是|填的是|写着|写|填)?|(?:清单|台账|汇总表|表格)填报)[：:，,]?\s*"
)
_COLUMN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:那一?|这一?)[栏行列](?=[里中：:，,写填\s]|$)(?:里|中)?[：:，,]?"
    r"(?:写的是|填的是|写着|写|填)?"
)
_FILLED_IN = re.compile(r"填(?:的是|了)?(?=[\d一二两三四五六七八九十几多])|填(?=多少|几)")
_CHECK_AFTER = re.compile(
    r"[，,。；;]\s*(?:请|麻烦|帮忙|帮我)?(?:核一下|核对一下|核实一下|核下|核一核|核对|核实)[。.！!]?\s*$"
)
_FILL_REQUEST = re.compile(r"[，,。；;]\s*(?:表里|表格里)?要填[^，,。？?]{0,8}[。.！!]?\s*$")


def without_table_frame(question: str) -> str:
    """The question without the words of the table being checked: its row and column, 填 for
    写, and a 核一下 after the claim read as 对吗."""
    text = _TABLE_ROW.sub("", question)
    text = _IN_THE_TABLE.sub("", text)
    text = _COLUMN.sub("", text)
    text = _FILL_REQUEST.sub("", text)
    text = _FILLED_IN.sub("是", text)
    checked = _CHECK_AFTER.search(text)
    if checked is not None:
        text = f"{text[: checked.start()]}，对吗？"
    return text if text != question and len(text) >= _ERRAND_LEFT_MIN else question


# Words relayed from someone else (用户原话：“…”, 用户问：“…”, 网友说：“…”请问报告里是这么写的吗):
# the words in quotes are the question; what follows them asks more, or whether they hold.
_RELAYED = re.compile(
    r"^\s*(?:用户|网友|市民|群众|客户|对方|有人|领导|老师|同事)[^：:“”\"「]{0,6}?"
    r"(?:原话|原问题|提问|问|说|留言|反映|讲|发来)[了道的]?[：:，,]?\s*"
    r"[“\"「](?P<said>[^”\"」]{4,})[”\"」][，,。]?\s*(?P<after>.*)$"
)
# A request to check what was said (请问报告里是这么写的吗, 这个说法能直接引用吗, 帮我核实一下).
_CHECK_REQUEST = re.compile(
    r"^[^？?]{0,24}?(?:这么写|这样写|是这样|这么说|这样说|说法|属实|准确|对不对|对吗|是真的|引用|核实|确认|查证)"
    r"[^？?]{0,8}[？?。!！]*$"
)


# Relayed without quotation marks, after a colon (用户问：硚口区请的律所是…吧？…, 市民想知道：…).
_RELAYED_BARE = re.compile(
    r"^\s*(?:转(?:一个|个)?问题(?:给你)?[—\-－：:，, ]*)?(?:用户|网友|市民|群众|客户)"
    r"(?:原话|原问题|提问|问|说|留言|想知道|想问|想了解|想查)[了道]?[：:]\s*(?P<said>[^“\"「\s].{4,})$"
)
# Spoken ways of asking how many (几多人, 一共好多支撒？): what the figure checks read as 多少.
_SPOKEN_HOW_MANY = re.compile(
    r"几多|好多(?=(?:个|人|家|件|起|次|场|项|支|名|位|万|元|块|钱|天|期|份|条|处|回|遍|趟|种|批)[^，,。？?]{0,4}[？?])"
)


# 同比涨了三百多个百分点: spoken of a change of an amount (not of a rate), points mean percent.
_POINTS_OF_A_CHANGE = re.compile(
    r"(?P<change>同比|比上年|较上年|增长|增加|上涨|涨|上升|下降|降|减少)(?P<between>[^，,。？?；;率]{0,4}?)"
    r"(?P<figure>[\d.一二两三四五六七八九十百千]+(?:多|余)?)个?百分点"
)


# 近千场, 上万人: a round amount with its 一 left out, which no numeral reading finds (近一千场
# is 949场次's neighbour; 上千场 claims a thousand or more).
_MEASURES = "份个家人名次起件场篇条处项户本张册支元"
_NEAR_ROUND = re.compile(rf"(近|将近|接近|差不多)([百千万])(?=[{_MEASURES}])")
_OVER_ROUND = re.compile(rf"(?<![\d一二两三四五六七八九十])上([百千万])(?=[{_MEASURES}])")


# 确切数字是多少: the figure itself asked, 数字 no thing to find counted.
_EXACT_FIGURE = re.compile(r"(?:具体|确切|准确|实际)的?(?:数字|数目|数)(?:是|为|有)?(?=多少|几)")


# 这个数字统计到什么时候为止: 统计 is how the figure was taken, not what it counts; the period
# asked is read by slots.TIME from the 截至 its sentence opens with.
_COUNTED_UNTIL = re.compile(r"统计(?=(?:到|至|截至|截止到?)[^，,。？?]{0,6}(?:为止|时候|时间|哪天|哪月))")


# “…579家（次）”这个数字: the words point back at a figure the question quotes.
_POINTED_FIGURE = re.compile(
    r"(?<=[”\"」])(?:里|中)?的?(?:这个|这一|该|此|那个)(?:(?:数字|数据|数值)(?!化)|数(?![字据值化]))"
    # 这些数字对应的是什么时间范围: the figures just asked, and when they run.
    r"|(?:这些|这个|这两个|上述|以上|前面的?)(?:数字|数据)(?:对应|指|说|统计)?的?是?(?=什么|哪|几)"
)


# 什么时间范围, 哪个时间段: a time asked (slots.TIME), not a 范围 to find written (and 哪一时间段
# as 什么时间: jieba's 一时间 of 哪一时间 is no word).
_TIME_SPAN = re.compile(r"(?P<which>哪一?个?)?(?:时间(?:范围|跨度|区间|段)|时段)")


# 是个APP还是啥: a guess at what kind of thing it is, asked as what it is (the report's 子系统 answers).
_GUESSED_KIND = re.compile(
    r"是(?:个|一个)?[^，,？?。还]{1,10}?还是(?:啥|什么|别的什么|别的|其他的?)(?:东西)?(?=[？?，,。！!]|$)"
)


# 具体是哪三项要求: which items, not a count of three to find written (the report lists them).
_WHICH_COUNTED = re.compile(
    r"哪(?:[二三四五六七八九十两兩]|\d{1,2})(?:项|個|个|条|條|点|點|种|種|类|類|項)(?![区區县縣])"
)


# 这么大的罚款规模主要罚了哪些企业: the asker's wonder at the size, pointing back at the figure
# just claimed; 规模 is no topic a sentence words.
_SIZE_REMARKED = re.compile(
    r"(?:这么|那么|如此)(?:大|多|高|重)的?[\u4e00-\u9fff]{0,4}?(?:规模|力度|数额|数目|体量|阵仗)(?:下)?"
)


# The claim just made, pointed at to be checked (…单项第一名，这个名次对吗): the claim is asked,
# no rank or figure of its own.
_CLAIM_POINTED = re.compile(
    r"[，,]\s*(?:这个|该|此|这一|那个)(?:名次|排名|说法|数字|数据|数)(?=是?(?:对|准确|属实|没错|正确|是真|有误|有没有))"
)
# A date in digits and dots or slashes (2023.12.9, 2023/6): the reports write 年月日.
# Not an amount (2023.5万元): no unit may follow.
_NO_UNIT = r"(?![\d.%％万千百亿元个家人名件起场次项处份条户支台篇期])"
_DOTTED_DAY = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})[.．/-](1[0-2]|0?[1-9])[.．/-](3[01]|[12]\d|0?[1-9])" + _NO_UNIT
)
_DOTTED_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2})[.．/](1[0-2]|0?[1-9])" + _NO_UNIT)


def _dates_in_words(question: str) -> str:
    def day(m: re.Match) -> str:
        return f"{m[1]}年{int(m[2])}月{int(m[3])}日"

    return _DOTTED_MONTH.sub(lambda m: f"{m[1]}年{int(m[2])}月", _DOTTED_DAY.sub(day, question))


# A blank to fill with a figure (共培训各类人员____人, 向__个镇街): how many, asked.
_BLANK = re.compile(
    r"(?:_{2,}|＿{2,}|[（(]\s*[）)])\s*(?=(?:万|千|百)?(?:余|多)?[份个家人名次起件场篇条处项户本张册元支所台辆期]|%)"
)


def in_plain_quantity(question: str) -> str:
    """The question with spoken words for how many (几多, 好多 before a measure and a question
    mark) as 多少, 近千/上千 with their 一, and the points of a changed amount (涨了三百多个百分点) as percent; 好多企业都
    整改了吗 says many, and stays, as do the points of a rate (满意率提高了5个百分点)."""
    text = _SPOKEN_HOW_MANY.sub("多少", _BLANK.sub("多少", _dates_in_words(question)))
    text = _NEAR_ROUND.sub(r"\1一\2", _OVER_ROUND.sub(r"一\1多", text))
    text = _COUNTED_UNTIL.sub("", _EXACT_FIGURE.sub("", _POINTED_FIGURE.sub("", text)))
    text = _GUESSED_KIND.sub(
        "是什么",
        _TIME_SPAN.sub(lambda m: "什么时间" if m["which"] else "时间", _WHICH_COUNTED.sub("哪些", text)),
    )
    text = _SIZE_REMARKED.sub("", _CLAIM_POINTED.sub("，", text))
    if "率" in text:
        return text
    return _POINTS_OF_A_CHANGE.sub(lambda m: f"{m['change']}{m['between']}{m['figure']}%", text)


# 打了官司…输了一件, 输的是哪一件: a lost lawsuit in plain words, which jieba leaves as the one
# character 输 (no term); reports write 败诉.
_LAWSUIT = re.compile(r"官司|诉讼|复议|打官司|告上法庭|被告")
_LOST = re.compile(r"打输了?|输掉了?|(?<![运传灌])输了|(?<![运传灌])输的|(?<!失)败了")


def lost_case_worded(question: str) -> str:
    """The question with a lost lawsuit said as the reports say it (败诉), when it speaks of one."""
    if not _LAWSUIT.search(question):
        return question
    return _LOST.sub(lambda m: "败诉的" if m.group().endswith("的") else "败诉", question)


# 没用上 is cut 没用 (useless) + 上, a topic no report writes: 没有用上 keeps the negation apart.
_NOT_YET_USED = re.compile(r"没用(?=上|过|到|起来)")


# 在什么地方提的 asks where in the report, not about 地方 (local government).
_WHERE_IN = re.compile(r"(?<=在)(?:什么|哪些|哪个|啥)地方(?=提|写|说|讲|谈|出现)")


# 都没来巡查过: the visit not made is the doing denied (没有巡查), 没来 no topic.
_NOT_COME = re.compile(r"没(?:来|去|过来|上门)(?=过?[巡检查执督指核调处看管])")


# 提请区人大常委会备案: jieba joins 提请区, a word no report writes; the organ is what is named.
_SUBMITTED_TO_DISTRICT = re.compile(r"(?<=提请|报请|呈报|提交)区(?=人大|政府|政协|区委|委员会|司法局)")


def negation_apart(question: str) -> str:
    """The question with 没用上 written 没有用上 and 没来巡查 没有巡查, so that what was not done
    is checked, and 什么地方 as 哪里."""
    text = _NOT_COME.sub("没有", _NOT_YET_USED.sub("没有用", _SUBMITTED_TO_DISTRICT.sub("", question)))
    return _WHERE_IN.sub("哪里", text)


# “存在的问题/不足”: words offered as alternatives, not a name to find as quoted.
_QUOTED_ALTERNATIVES = re.compile(r"[“\"「]([^”\"」/／]{1,12})[/／]([^”\"」]{1,12})[”\"」]")


# 不足部分, 问题部分: the part of a report, named by its section word; 部分 names nothing to find.
_SECTION_PART = re.compile(r"(?<=不足|问题|成效|举措|计划|安排|思路|打算|原因)部分")
# “下一步工作打算”里, “存在的不足和原因”部分: a part named by its heading in quotes, which the
# section type reads; quoted, it was a phrase every answer sentence had to write.
_QUOTED_PART = re.compile(
    r"[“\"「]([^”\"」]{0,8}(?:下一步|不足|存在的问题|主要问题|工作打算|工作安排|工作思路|主要安排|举措和成效|举措及成效)[^”\"」]{0,8})[”\"」]"
    r"(?=部分|里|中|这部分|一节|那部分)"
)


def alternatives_unquoted(question: str) -> str:
    """The question with quoted alternatives (“存在的问题/不足”) as plain words (存在的问题或不足),
    a part's quoted heading unquoted, and a section's 部分 left out."""
    unquoted = _QUOTED_PART.sub(r"\1", _QUOTED_ALTERNATIVES.sub(r"\1或\2", question))
    return _SECTION_PART.sub("", unquoted)


def without_relay(question: str) -> str:
    """The words a question relays (用户原话：“…”) as the question; as asked when it relays none,
    or quotes a name inside its own sentence (领导说“工贸安全在线”是…建成的)."""
    relayed = _RELAYED.match(question.strip())
    if relayed is None:
        bare = _RELAYED_BARE.match(question.strip())
        return bare["said"].strip() if bare else question
    said, after = relayed["said"].strip(), relayed["after"].strip()
    closed = (
        said.endswith(("？", "?", "。", "！", "!")) or question.strip()[relayed.start("after") - 1] in "，,。"
    )
    if after and not closed:
        return question
    if not after:
        return said
    if _is_check_request(after):
        return _checked_claim(f"{said.rstrip('。.！!')}。{after}")
    return f"{said.rstrip('。.！!')}，{after}"


def _is_check_request(text: str) -> bool:
    """Whether the text asks only that what was said be checked (请问报告里是这么写的吗)."""
    return bool(_CHECK_REQUEST.match(text)) and not _ASKS_FOR_SOMETHING.search(text)


def _checked_claim(text: str) -> str:
    """A claim followed by a request to check it (…已经全部整改到位。这个说法能直接引用吗？) as a
    yes-no question on the claim; other text as it is."""
    claim, mark, request = text.rstrip().rstrip("？?").rpartition("。")
    if mark and claim and _is_check_request(request + "？"):
        return f"{claim}，是这样吗？"
    return text


# 有几个月没去巡查: which months it did not happen in (3月、10月…未开展), not a count of months a
# figure (N个月) must give.
_MONTHS_WITHOUT = re.compile(r"有(几|哪几)个月(?=没|未|不|停)")


def months_without_asked(question: str) -> str:
    """The question asking which months (有几个月没去 -> 有哪几个月没去), or itself."""
    return _MONTHS_WITHOUT.sub("有哪几个月", question)


# One figure set against another of the same report (立案数比处罚企业数多几个): the gap is the
# reader's sum, asked as 相差多少 (both figures quoted); a year or period set against (比去年多多少)
# asks a change instead.
_MORE_THAN = re.compile(
    r"(?P<one>[\u4e00-\u9fff]{2,10}?)比(?P<other>[\u4e00-\u9fff]{2,10}?)(?:多|少)(?:了)?(?P<ask>多少|几个|几)"
    r"(?P<rest>[^，,。？?！!]{0,3}[？?]?)$"
)
_PERIOD_SET_AGAINST = re.compile(r"年|同期|以前|之前|过去|往年|上半|下半|季度|月")


def gap_asked(question: str) -> tuple[str, str, str, str] | None:
    """(the question asked as 相差多少, asked as the two figures in turn, the one thing, the
    other) for a question setting one figure against another of the same thing's report; None
    for any other. The figures in turn serve when the two things' words run together as one
    (立案查处的起数和罚款的企业数: 立案查处罚款企业数)."""
    text = question.strip()
    found = _MORE_THAN.search(text)
    if found is None or _PERIOD_SET_AGAINST.search(found["other"]):
        return None
    before = text[: found.start()]
    as_gap = f"{before}{found['one']}和{found['other']}相差多少？"
    in_turn = f"{before}{found['one']}是多少？{found['other']}是多少？"
    return as_gap, in_turn, found["one"], found["other"]
