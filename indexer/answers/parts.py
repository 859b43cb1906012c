"""A question asking several figures in turn (为多少家企业建档？系统对多少家企业实现线上管理？),
answered clause by clause.

Checked whole, the question has one counted noun and one set of terms: the evidence check looked
for a sentence near both figures' words, and declined when they sat in different sentences.
Each clause is asked on its own, with the whole question's districts and years, and the answers
are joined when every clause is answered. A clause asked alone loses the rest of the question's
words, so its decline may be false of the whole (罚没款多少 alone, where the whole question's
sentence says 罚款72.8万元): with a clause unanswered the whole question is checked as usual,
and the answered clauses, with the other named as unanswered, stand only if that declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.answer_types import QUOTED_NOTICE, Answer, Citation, citation_line, corrects_question
from indexer.answers.figures import (
    CHANGE_ASKED,
    CHANGE_ONLY,
    CLAUSE_BREAK,
    DOWN_SAID,
    UP_SAID,
    claims_change,
    has_figure,
    quantity_asked,
)
from indexer.answers.joint_totals import NOT_APART, SUPERLATIVE
from indexer.answers.polarity import NOT_DONE, NOT_EVEN_ONE, negates
from indexer.answers.scope_check import asked_years, base_years
from indexer.answers.shares import claimed_share
from indexer.answers.stated_figures import named_in
from indexer.answers.table_answers import INDICATOR_NOTE, TABLE_NOTICE
from indexer.answers.terms import UNNAMED_DISTRICT_NAME, is_noun
from indexer.retrieval.scope import QueryScope
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import get_tokenizer

# A clause asking something of its own beside the figures (清单是几月份编的？一共多少项？).
_ASKING = re.compile(r"什么|哪|几|多少|吗|如何|怎么|怎样|何时|为什么|为何|是否|有没有|是不是")
# A closing clause asking only whether what came before holds.
CONFIRMING = re.compile(
    r"(?:是不是|是否|对不对|对吗|是吗|没错|对吧|是这样|是不是这样|(?:是不是)?(?:这么|那么)回事|有没有错|我说得对"
    r"|是否属实|属实吗|(?:是)?真的吗|真是这样吗)"
    r"[吗吧呢啊么]*[?？!！。]*"
)
# The notices of an answer with nothing more to say than where its lines come from.
_PLAIN_NOTICES = (QUOTED_NOTICE, TABLE_NOTICE)


# 受伤人数呢 after 火灾减少了多少？ asks the same of another subject, in as few words.
# (2022年又是多少 after 2023年死了几个人: the same asked of another year)
_FOLLOW_UP = re.compile(
    r"^(?:那|那么)?(?P<subject>[^，,？?；;。！!]{1,10}?)(?:呢|又如何|又怎样|又怎么样|又是多少|又有多少|又是几[个名人起家件]?)$"
)
# A year the follow-up turns to, put in the place of the clause's before.
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}年度?|去年|前年|上一?年|今年")
# 为什么呢 and 是哪个区呢 ask something else, not the same again.
_ASKS_OTHER = re.compile(r"为什么|为何|怎么|什么|哪|如何|原因|是否|吗|多少|几")
# A clause opening with its district (硚口区检查了多少家): 北碚区呢 asks the rest of it.
_DISTRICT_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,3}区")


def follow_ups_spelled(question: str) -> str:
    """The question with each follow-up clause asking in full what the clause before asked:
    受伤人数呢 after 火灾减少了多少 asks 受伤人数减少了多少, 北碚区呢 after 硚口区培训了多少人 asks
    北碚区培训了多少人. Alone such a clause asks nothing, and only the first was answered."""
    pieces = re.split(f"({CLAUSE_BREAK.pattern})", question)
    before = ""  # the last clause asking something
    for i in range(0, len(pieces), 2):
        clause = pieces[i].strip()
        follow_up = _FOLLOW_UP.match(clause)
        subject = follow_up.group("subject") if follow_up else ""
        if not before or not subject or _ASKS_OTHER.search(subject):
            before = clause or before
            continue
        district = _DISTRICT_FIRST.match(before)
        change = CHANGE_ASKED.search(before)
        year_before = _YEAR_ONLY.search(before)
        if district and _DISTRICT_FIRST.fullmatch(subject):
            pieces[i] = subject + before[district.end() :]
        elif year_before and _YEAR_ONLY.fullmatch(subject):
            pieces[i] = before[: year_before.start()] + subject + before[year_before.end() :]
        elif change:  # 死亡人数呢: the change asked of the subject before, in its words
            pieces[i] = subject + before[change.start() :]
        elif quantity_asked(before) is not None:  # 罚款呢 after 立案多少起: its own unit, not 起
            pieces[i] = subject + "多少"
    return "".join(pieces)


# A clause asking only which way the figure before it went (是上升了还是下降了): no subject alone.
# (after the year it is set against: 跟去年比是涨了还是跌了)
_WHICH_WAY_ONLY = re.compile(
    r"^(?:(?:跟|和|与|比|较|同)(?:去年|上年|上一年|前一年|往年|以前|\d{4}年)(?:比|相比|比起来)?[，,]?)?"
    rf"(?:那|是|那是|到底是)?[^，,？?]{{0,2}}?(?:{UP_SAID}|{DOWN_SAID})了?还是"
)
# A clause setting the figure before it against another's (比北碚多还是少, 和普陀比呢): alone it
# names nothing it counts, and was answered with any sentence at all.
AGAINST_ONLY = re.compile(
    r"^(?:那|那么)?(?:比|和|跟|与|同|较)[^，,？?]{1,8}?(?:比|相比|比较)?(?:起来)?"
    r"(?:多还是少|少还是多|高还是低|低还是高|大还是小|哪个多|谁多|多吗|少吗|高吗|多多少|少多少|差多少|呢|怎么样|如何)"
    r"[吗呢啊]?[？?]?$"
)


# A clause turning to another subject (还有那个企业码…, 另外…): what the next clause asks of.
_TURNING = re.compile(r"^(?:还有|另外|此外|再就是|再有|以及)(?:就是)?[，,]?")
# A clause asking only when the figures before it run (统计到什么时候为止, 什么时间范围).
_PERIOD_ONLY = re.compile(r"^[^，,？?]{0,10}?(?:什么时候|什么时间|哪段时间|哪个时间)[^，,？?]{0,4}[？?]?$")


def figure_clauses(question: str, scope: QueryScope, each_item: bool = False) -> list[str]:
    """The clauses of a question asking two or more figures, each carrying the question's
    districts and years when it names none itself; [] for any other question. A clause asking
    only how the figure before it changed (同比下降了多少) stays with that clause: alone it has
    no subject."""
    parts: list[str] = []
    figures = 0
    topic = ""  # 沙坪坝那个安全小课堂视频，出了多少期，多少人看过: what each clause asks of
    turned = ""  # 还有那个企业码扫码举报隐患，有多少家企业贴了码: the next clause's own subject
    own_subject: set[int] = set()
    for clause in _listed_asks(question, scope.districts, each_item):
        if not clause:
            continue
        if CONFIRMING.fullmatch(normalize_for_matching(clause)):
            continue  # 是不是这么回事: whether the clauses before hold, which they are asked as
        if parts and _PERIOD_ONLY.search(normalize_for_matching(clause)):
            parts[-1] += "，" + clause  # 这些数字对应什么时间: the period of the figure before
            continue
        # (处罚金额71000元之中: a figure stated, nothing asked; the setting of what follows)
        stating_only = (
            named_in(clause)
            and not _ASKING.search(normalize_for_matching(clause))
            and _SETTING_OF_WHAT_FOLLOWS.search(clause.strip())
        )
        if quantity_asked(clause) is None or stating_only:
            # Dropped, it went unanswered, and unsaid: the figures' answer stood for the whole.
            if _ASKING.search(normalize_for_matching(clause)):
                parts.append(clause)
            elif not parts and _dated_claim(clause):
                # 执法大队于3月揭牌成立后，查了多少家、增幅多少: the date is a claim of its own, not
                # the figures' topic (read with them, 截至10月底 "corrected" it, and 执法大队 became
                # a kind of case no sentence counts)
                parts.append(f"{_ASKED_AGREEMENT.sub('', clause)}吗")  # (…揭牌的对吧 asks 吗 once)
            elif not parts:
                topic += clause
            elif _TURNING.match(clause):
                turned = _TURNING.sub("", clause)
            elif named_in(clause):  # 同比增长80.93% after 处罚金额71000元: more of that claim
                parts[-1] += "，" + clause
            continue
        figures += 1
        if parts and _ONE_OF_THEM.search(normalize_for_matching(parts[-1])) and len(clause) <= _SHORT_ASK:
            # 罚得最多的是哪家企业，罚了多少: the amount of that one firm, not of them all
            parts[-1] += "，" + clause
            continue
        if parts and _VERB_ONLY.match(normalize_for_matching(clause)):
            # 查出多少个隐患、改了多少: the bare verb acts on the thing the clause before counts
            clause = _counted_noun(parts[-1]) + clause
        if parts and (
            CHANGE_ONLY.search(normalize_for_matching(clause))
            or _WHICH_WAY_ONLY.match(clause)
            or AGAINST_ONLY.match(clause)
        ):
            parts[-1] += "，" + clause
        elif turned:
            own_subject.add(len(parts))
            parts.append(f"{turned}，{clause}")
            turned = ""
        else:
            parts.append(clause)
    # 罚款多少，同比增长多少: one figure and its change; but a figure and a question of its own,
    # each with its question mark (立了几起案？有复议吗), are two questions.
    if len(parts) < 2 or not figures or (figures < 2 and not _asked_apart(question, parts)):
        return []
    parts = [f"{topic}{p}" if topic and i not in own_subject else p for i, p in enumerate(parts)]
    # Each clause is asked as a question (a closing 吗 or ？ is read by the checks).
    return [clause + "？" for clause in _scoped(question, scope, parts)]


# A clause closing as the whole what follows is taken from (处罚金额71000元之中): a setting.
_SETTING_OF_WHAT_FOLLOWS = re.compile(r"(?:之中|当中|里面|里头)$")


def _asked_apart(question: str, parts: list[str]) -> bool:
    """Whether the clauses are questions of their own: as many question marks as clauses, and
    no figure stated in any (一共多少家？是220家吗 offers an answer to check, not a question)."""
    asked = [q for q in re.split(r"[？?]", question) if q.strip()]
    return len(asked) == len(parts) and not any(named_in(p) for p in parts)


# A clause picking one of the things by a superlative (罚得最多的是哪家): the short count after it
# asks of that one.
_ONE_OF_THEM = re.compile(
    rf"{SUPERLATIVE.pattern}的?(?:是|为)?哪"
    # 单笔最高的一笔罚了多少, 罚得最多的一家罚了多少: one of them again, which no total gives
    rf"|(?:单笔|单次|单起|单个|单家)[^，,。？?]{{0,4}}?{SUPERLATIVE.pattern}"
    rf"|{SUPERLATIVE.pattern}的?一(?:笔|家|次|起|个|项|单)"
)
# ... or the one asked first, its superlative after (哪一期看的人最多, 哪家企业罚得最多). Not 哪个: 哪个区
# compares districts, and 哪个街道扑的最多 is read as a comparison of its own. Nor a clause of its own.
_WHICH_ONE_MOST = re.compile(
    rf"哪一?(?:期|家|次|笔|起|篇|场|项|部|条|批|款)[^，,。？?]{{0,8}}?{SUPERLATIVE.pattern}"
)
_SHORT_ASK = 8


def picks_one_of_them(question: str) -> bool:
    """Whether the question asks of one of the things counted, picked by a superlative (罚得最多
    的是哪家企业): a total counts them all and is no answer."""
    text = normalize_for_matching(question)
    return bool(_ONE_OF_THEM.search(text) or _WHICH_ONE_MOST.search(text))


_HOW_MANY = re.compile(r"多少|几")
# A clause setting the period the figures cover (截至10月底, 今年6月以来), not a claim.
_PERIOD_SET = re.compile(r"^(?:截至|截止|到|至|从|自|今年|全年|去年)|以来$|之前$|期间$")


def _dated_claim(clause: str) -> bool:
    """Whether a clause before the figures asked claims something done in a month (执法大队于
    2023年3月揭牌成立后), rather than setting their period."""
    text = normalize_for_matching(clause).strip()
    return bool(_DATED.search(text)) and not _PERIOD_SET.search(text)


# A clause of what became of the things counted before it, and its count alone (改了多少,
# 办结了几件): it names nothing it counts. (罚了多少 after 检查了多少家企业 asks money, not firms.)
_VERB_ONLY = re.compile(
    r"^(?:那|又|都|共|一共|总共)?(?:整改|改|处理|处置|办结|查处|查实|核实|消除|销号|闭环|反馈|回复|立案|移送)"
    r"(?:到位|完成|好)?了?(?:多少|几)[个件家起人项处次]?[?？]?$"
)


def _counted_noun(clause: str) -> str:
    """The noun a clause counts (多少家企业 -> 企业; 隐患排查一共查出多少个 -> 隐患): the last noun
    before its count word, or the first after it; a four-character word (隐患排查) is read by
    its halves. "" when none is found."""
    text = normalize_for_matching(clause)
    count = _HOW_MANY.search(text)
    if count is None:
        return ""
    words = get_tokenizer().words(text)
    at, nouns = 0, []
    for word in words:
        at = text.find(word, at)
        pieces = [word] if len(word) != 4 else [word, word[:2], word[2:]]
        noun = next((p for p in pieces if len(p) >= 2 and is_noun(p) and p not in _NOT_COUNTED), "")
        if noun:
            nouns.append((at, noun))
        at += len(word)
    after = [n for a, n in nouns if a >= count.end()]
    before = [n for a, n in nouns if a < count.start()]
    return after[0] if after else (before[-1] if before else "")


# Nouns of every report that count nothing asked (the bureau, the district, the year).
_NOT_COUNTED = frozenset({"应急局", "应急管理局", "区里", "全区", "全年", "今年", "去年", "报告"})


def _listed_asks(question: str, places: tuple[str, ...] = (), each_item: bool = False) -> list[str]:
    """The question's clauses, a clause listing several asks (立了几个案、处罚了几家企业、罚了多少钱)
    cut into them, and with `each_item` a list of things with one closing ask into an ask of each."""
    clauses = []
    for clause in (c.strip() for c in CLAUSE_BREAK.split(question)):
        # (立案、处罚企业、处罚金额这三项各是多少: the list pointed back at is the list)
        clause = _LIST_POINTED_AT.sub("", clause)
        listed = [item.strip() for item in clause.split("、")]
        if len(listed) > 1 and all(quantity_asked(item) is not None for item in listed):
            # 街道的队伍有几支、多少人: the bare 多少人 asks of the first item's subject
            stem = _HOW_MANY.split(listed[0], maxsplit=1)[0]
            clauses += [listed[0], *(stem + item if _HOW_MANY.match(item) else item for item in listed[1:])]
        elif (
            each_item
            and len(listed) > 1
            and sum(any(_names(i, p) for p in places) for i in listed) < 2
            and (shared := _shared_ask(listed))
        ):
            # 建档企业、线上管理企业、张贴码的企业各多少家: the closing ask is each item's (a list of
            # districts is one question, compared)
            last_item, ask = shared
            clauses += [item + ask for item in [*listed[:-1], last_item]]
        else:
            clauses.append(clause)
    return clauses


_LIST_POINTED_AT = re.compile(
    r"(?<=[\u4e00-\u9fff])这[两二三四五六七八九几]?(?:项|个|样|些|几项)(?=各|分别|都)"
)
# Where an ask shared by every listed item starts in the last one: after a space, 的, or 各/分别.
_SHARED_ASK_START = re.compile(r"\s+|的|(?=各|分别)")
_EACH = re.compile(r"^(?:\s|的)*(?:各自|各|分别)")


def _shared_ask(listed: list[str]) -> tuple[str, str] | None:
    """The last item and the closing ask of a list whose earlier items ask nothing themselves
    (演练、拉动的场次; A、B、C各多少家), the ask without its 各 (each item asks its own); None
    for any other list."""
    if any(quantity_asked(item) is not None for item in listed[:-1]):
        return None
    last = listed[-1]
    for start in _SHARED_ASK_START.finditer(last):
        item, rest = last[: start.start()], last[start.start() :]
        if not item or quantity_asked(rest) is None or quantity_asked(item) is not None:
            continue
        # 个人、企业各几个: two bare nouns one sentence counts together (对5名个人，13家企业) stay
        # one ask; a keyword list set apart by a space or 的 (演练、拉动 的场次) does not.
        asked_each = not rest[:1].isspace() and not rest.startswith("的")
        if asked_each and any(len(i.strip()) < 3 for i in [*listed[:-1], item]):
            return None
        return item, _EACH.sub("", rest)
    return None


# A claim put first and a question asked on it (因为疫情在3月和11月暂停了执法巡查，那全年一共
# 巡查了多少家企业): the claim is checked as a question of its own, or the answer to the rest
# quotes the sentence the claim misreads as if it held.
_HEARSAY = re.compile(r"^(?:既然|听说|据说|我记得)")
# A question on the claim that points back at its subject (它, 这套系统, 分别涉及哪几家)
# cannot be asked alone.
_POINTS_BACK = re.compile(r"它|其|该|这|那|此|分别|各自|他们|她们")
# ... or what the claim is taken to show (是不是说明执法放松了, 是不是因为人手不够).
_ASKS_FOR = re.compile(
    r"什么|哪|几|多少|如何|怎么|怎样|何时|为什么|为何|有没有|是否|啥|是不是说明|说明了?什么|意味着|是不是因为"
)
_PRONOUN = re.compile(
    r"他们|她们|它们|它|这些人|那些人|这些|那些|这个|那个|这笔|那笔|这项|那项|这种|那种|这类|此类|这样的"
)
_THEN = re.compile(r"^(?:那么?|那这个|请问)")
# The words asking a claim as a question (…的吧, 对不对): the claim is asked with 吗 instead.
_CLAIM_ASKED = re.compile(r"(?:对吧|是吧|对不对|是不是|吧|吗|呢|嘛)$")
# What a claim must state to be checkable when nothing says it is one (听说, 既然): a figure,
# or a month (3月和11月).
# 已经兑现了有奖举报奖金，一共发了多少钱: a thing claimed done, which may be only a plan.
# ... or said done in a year (2023年开展治本攻坚三年行动，排查出多少处隐患).
_DONE_CLAIMED = re.compile(
    r"已经|早已|早就|都已|已全面|已全部|(?:19|20)\d{2}年(?:就|已|便)?(?:开展|实施|启动|推行|搞|组织)了?"
)
# A run of years claimed (连续十年没发生较大事故): a figure, though named_in leaves years out.
# Something said to have happened, after who or when (2022年有干部受到查处, 局出现了多起诉讼).
_ASKS_WHETHER = re.compile(r"[吗吧呢？?]|是否|有没有|是不是")
_HAPPENED_CLAIMED = re.compile(r"(?:区|局|年)(?:有|出现了?|发生了?)[\u4e00-\u9fff]{4,}")
_RUN_CLAIMED = re.compile(r"连续[\d一二三四五六七八九十两]+个?年")
# A place claimed in an order (位列全市第一方阵, 排名第二, 第三名): an ordinal, which named_in
# leaves out.
_PLACE_CLAIMED = re.compile(r"第[一二三四五六七八九十\d]+(?:名|位|方阵|梯队)|(?:排名|位列|位居|名列)第")
_DATED = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,2}月(?!份?[底初])")


def premise_clauses(question: str, scope: QueryScope) -> list[str]:
    """[the claim asked as a yes-no question, the question asked on it] of a question putting a
    claim first, said to be one (听说…还停留在规划阶段，那…) or stating a figure or a month
    (…在3月和11月暂停了执法巡查，那全年巡查了多少家), each carrying the question's districts and
    years; [] for any other question."""
    text = question.strip()
    hearsay = _HEARSAY.match(text)
    # A claim may be a question of its own (执法大队是10月才揭牌的吧？揭牌以后查了多少家).
    # (；ends a claim as a comma does: 处罚企业6家，同比增长373.33%；罚款金额同比多少)
    clauses = [c for c in re.split(r"[，,？?；;]", text[hearsay.end() :] if hearsay else text) if c.strip()]
    # The question on the claim asks for something (多少, 哪里): a closing 吗 or 是不是 asks
    # whether the claim holds, and the claim goes on to it (罚款71000元，增长80.93%吗).
    # After a claim that not even one was done (一个典型案例都没报), a guess at why (是案卷质量不
    # 过关吗) asks on it too.
    denied = bool(NOT_EVEN_ONE.search(normalize_for_matching(clauses[0]))) if clauses else False
    first_asking = next(
        (
            i
            for i, c in enumerate(clauses)
            if _ASKS_FOR.search(normalize_for_matching(c))
            or (denied and i and _CLAIM_ASKED.search(c.strip()))
        ),
        None,
    )
    if not first_asking:  # none asks, or the first clause does: no claim put first
        return []
    claim = _CLAIM_ASKED.sub("", "，".join(c.strip() for c in clauses[:first_asking]))
    asked = _THEN.sub("", "，".join(c.strip() for c in clauses[first_asking:]))
    checkable = (
        named_in(claim)
        or _DATED.search(normalize_for_matching(claim))
        or _RUN_CLAIMED.search(normalize_for_matching(claim))
        or _PLACE_CLAIMED.search(normalize_for_matching(claim))
        or claims_change(claim)
        or _DONE_CLAIMED.search(claim)
        # 尚未出现行政复议案件，全年立案查处多少起: what did not happen is a claim of its own
        or negates(claim)
        # ... and so are a share (整改率只有一半左右) and a happening (有干部因廉政问题受到查处)
        or claimed_share(claim) is not None
        # (局有执法记录仪吗 asks whether: no claim)
        or (_HAPPENED_CLAIMED.search(claim) and not _ASKS_WHETHER.search(clauses[first_asking - 1]))
    )
    if not (hearsay or denied or checkable):
        return []
    if _POINTS_BACK.search(asked):  # 那它在哪里试点过: alone, it asks of nothing (claim_pointed_at)
        return []
    if CONFIRMING.fullmatch(normalize_for_matching(asked)):  # 罚款71000元，是否属实: one claim
        return []
    if not asked.endswith(("？", "?")):
        asked += "？"
    return _scoped(question, scope, [f"{claim}吗？", asked])


def figure_claimed(question: str, scope: QueryScope) -> str | None:
    """The first clause stating a figure, asked alone as a yes-no question with the question's
    districts and years, when other clauses follow or precede it (…查了900多家厂，比以前多了一倍
    多，真的吗); None otherwise. The whole may be declined for the other clauses' words while the
    claim alone is found wrong, and then the rest rests on nothing."""
    clauses = [c for c in re.split(r"[，,？?；;。！!]", question.strip()) if c.strip()]
    if len(clauses) < 2:
        return None
    stating = next((c for c in clauses if named_in(c)), None)
    if stating is None:
        return None
    # Put as a statement asked back (…查了900多家厂？): a yes-no's check wants words beside the
    # figure, and the figure may be the clause's only one.
    return _scoped(question, scope, [f"{_CLAIM_ASKED.sub('', stating.strip())}？"])[0]


# What a report is claimed to say (报告提到执法人员持证率偏低): a claim as much as a thing done.
_REPORT_SAYS = re.compile(r"报告(?:里|中)?(?:提到|写到|说|承认|指出|坦言)")


def done_claimed(question: str, scope: QueryScope) -> str | None:
    """The first clause, asked back as a yes-no question with the question's districts and
    years, when it claims something done (…APP入选了国务院安委办的典型案例) and a later clause asks
    about it (请问是啥时候入选的); None otherwise. The reports may not give what is asked, and
    the claim it rests on may be wrong: "no date is written" alone lets the claim stand."""
    clauses = [c.strip() for c in re.split(r"[，,？?；;。！!]", question.strip()) if c.strip()]
    if len(clauses) < 2:
        return None
    at = 0
    if len(clauses) > 2 and _SCOPE_ONLY.fullmatch(normalize_for_matching(clauses[0])):
        at = 1  # 2022年的报告里，应急局九月份才开始编清单，为什么拖这么晚: the claim is the second
    first = normalize_for_matching(clauses[at])
    after = _DONE_BEFORE_AFTER.search(first)
    if after:  # …被列为典型经验推广后，局里有没有…: what came before is presumed done
        first = first[: after.start()]
    if (
        not (
            "了" in first
            or after
            or _REPORT_SAYS.search(first)
            or _MONTH_SAID.search(first)
            or _REPORT_LEAVES_OUT.search(first)
        )
        or _ASKS_FOR.search(first)
        or _ASKS_WHETHER.search(first)
        # 报告说要严格落实…: a plan said, which a plan sentence bears out, not a doing claimed
        or _PLAN_SAID.search(first)
    ):
        return None
    later = clauses[at + 1 :]
    # (…，按未落实登记？ asks with its question mark alone)
    if not later or not (
        any(_ASKS_FOR.search(normalize_for_matching(c)) for c in later)
        or question.rstrip().endswith(("？", "?"))
    ):
        return None
    claimed = clauses[at][: len(clauses[at]) - len(after.group(0))] if after else clauses[at]
    claim = f"{clauses[0]}，{claimed}" if at else claimed
    return _scoped(question, scope, [f"{_CLAIM_ASKED.sub('', claim)}吗？"])[0]


_PLAN_SAID = re.compile(r"(?:说|提出|提到|写着?|讲)了?(?:要|将|会|拟|计划|准备|打算)")
# A clause naming only where to look (2022年的报告里, 北碚那份报告中).
_SCOPE_ONLY = re.compile(r"[^，,。？?]{0,12}(?:报告|那份|这份)(?:里|中|里面|当中)")
# What a report is claimed to leave out (北碚区报告没写行政审批提速情况，按未落实登记？): the claim
# is checked before what is asked on it.
_REPORT_LEAVES_OUT = re.compile(
    r"(?:报告|材料)[^，,。？?]{0,4}?(?:没写|没有写|未写|未提|没提|没有提|未提及|没有提到|未涉及)"
)
# A clause ending in "after" (…推广后): what it says is presumed done.
_DONE_BEFORE_AFTER = re.compile(r"(?:之后|以后|后)$")
# A month a thing is said to have happened in (九月份才开始编): a date claimed.
_MONTH_SAID = re.compile(r"\d{1,2}月份?")


def _scoped(question: str, scope: QueryScope, clauses: list[str]) -> list[str]:
    """Each clause with the question's districts and years when it names none itself."""
    unnamed = UNNAMED_DISTRICT_NAME.search(normalize_for_matching(question))
    places = list(scope.districts) or ([unnamed.group(0)] if unnamed else [])
    # Not the base of a comparison (比2022年涨了25%，死亡人数涨了27.8%): the second clause is
    # asked of 2023 alone, as the first.
    # (nor the base alone: 去年收到68件，比2022年多还是少 states a figure of no 2022)
    bases = base_years(question)
    years = [f"{y}年" for y in scope.years if y in asked_years(question, scope) and y not in bases]
    # Place and year each: a clause naming only a year (2023年比上年增长多少) was asked of
    # every district when a year alone counted as the scope.
    return [
        ("" if any(_names(clause, p) for p in places) else "".join(places))
        + ("" if any(f"{y}年" in normalize_for_matching(clause) for y in scope.years) else "".join(years))
        + clause
        for clause in clauses
    ]


def _names(clause: str, place: str) -> bool:
    """Whether the clause names the place, its 区 or 县 left off too (北碚应急局 for 北碚区)."""
    short = place[:-1] if len(place) > 2 and place.endswith(("区", "县")) else place
    return short in normalize_for_matching(clause)


# The asker seeking agreement at a clause's end (揭牌的对吧, 是吧): it is asked as 吗.
_ASKED_AGREEMENT = re.compile(r"(?:对吧|是吧|对吗|是吗|对不对|是不是|吧|吗)$")


def own_words(notice: str) -> str:
    """A clause's notice without the closing words every notice shares (以下是报告原句)."""
    return re.sub(r"[；;]?以下(?:是报告原句|句子摘自报告原文)[^；;]*$", "", notice).rstrip("。；;")


def answers_clause(citations: list[Citation], clause: str) -> bool:
    """Whether one of the sentences holds a figure of the kind the clause asks (多少支: a count
    of 支), as a sentence the whole question found may answer a clause that declined alone."""
    asked = quantity_asked(clause)
    return asked is not None and any(has_figure(c.text, asked, frozenset(), frozenset()) for c in citations)


def answered_in_parts(
    question: str, clauses: list[str], answer: Callable[[str], Answer]
) -> tuple[Answer | None, dict[str, str]]:
    """The answered clauses' answers joined, each sentence cited once, and each clause left
    unanswered with what is said of it (in the joined notice too); None when none was answered."""
    return _joined(question, clauses, [answer(clause) for clause in clauses])


# A claim that only names the things asked of (…的3家失信企业, …的那5名人员): no statement to check.
_NAMED_THINGS = re.compile(
    r"的(?:那|这)?[\d一二三四五六七八九十两]+[个家件起名人项支条份处][\u4e00-\u9fff]{0,6}$"
)


def _counts_people_of_nothing(clause: str) -> bool:
    """Whether the clause counts people and names no thing in a noun of two characters or more
    (沙坪坝区累计有多少人参加: the district it was given to ask of is no thing); 一共立了几起案
    counts cases of its own."""
    asked = quantity_asked(clause)
    return (
        asked is not None
        and asked.kinds == ("people",)
        and not any(
            len(w) >= 2 and is_noun(w) and not w.endswith(("区", "县")) for w in get_tokenizer().words(clause)
        )
    )


def answered_on_premise(
    question: str, clauses: list[str], answer: Callable[[str], Answer], whole: Answer
) -> Answer | None:
    """The answer to a claim and the question asked on it (premise_clauses), both joined, when
    the claim is corrected (执法大队是9月挂牌的, where the report writes 6月), or when the question
    asked whole (`whole`) was declined and its part is answered; None otherwise, for the whole
    answer to stand: the first clause may be a setting, not a claim (2023年1月至6月，检查了多少家
    企业), and a question alone may lose what the claim said it was about."""
    claim, asked = (answer(clause) for clause in clauses)
    claim_corrected = claim.answered and corrects_question(claim.notice)
    # ... unless the whole was declined for what only the whole says (the 25家加油站 of a figure
    # counting more than them), which the part alone no longer asks.
    # Nor when the claim is the thing asked of, named (完成信用修复的3家失信企业，罚款金额是多少): asked
    # alone, 罚款金额 took the bureau's fines of the year.
    # Nor when the part names nothing of its own (累计有多少人参加 after 那80多场演练): alone it
    # counts whoever took part in anything.
    only_in_parts = (
        asked.answered
        and not whole.answered
        and NOT_APART not in whole.notice
        and not _NAMED_THINGS.search(clauses[0].removesuffix("吗？"))
        and not _counts_people_of_nothing(clauses[1])
    )
    # 比上年多了，是不是说明执法更严了: the change the report confirms, and what it cannot say
    # named, rather than the whole's decline that it gives no change at all.
    change_confirmed = claim.answered and not whole.answered and claims_change(clauses[0])
    # 有干部因廉政问题受到查处，报告总结了什么教训: the report denies the claim, which the whole's
    # decline (no 教训) leaves unsaid
    claim_denied = claim.answered and not whole.answered and NOT_DONE in claim.notice
    return (
        _joined(question, clauses, [claim, asked])[0]
        if claim_corrected or only_in_parts or change_confirmed or claim_denied
        else None
    )


def _joined(question: str, clauses: list[str], answers: list[Answer]) -> tuple[Answer | None, dict[str, str]]:
    answered = [a for a in answers if a.answered]
    unanswered = {
        c: f"问题中“{c.rstrip('？')}”一问：{a.notice.rstrip('。')}"
        for c, a in zip(clauses, answers, strict=True)
        if not a.answered
    }
    if not answered:
        return None, unanswered
    citations: list[Citation] = []
    for a in answered:
        for citation in a.citations:
            if all(
                (c.passage_id, c.start, c.end) != (citation.passage_id, citation.start, citation.end)
                for c in citations
            ):
                citations.append(citation)
    # The lines are the cited sentences, whichever way a clause was answered (the indicator
    # table's figures too): one notice says so; a correction or a plan notice is kept.
    # Each clause's own notice (a correction) is said of that clause: joined bare, 报告写的是25%
    # stood after the plain notice with nothing to say which figure it corrects.
    notices = [
        f"问题中“{c.rstrip('？')}”一问：{own_words(a.notice)}"
        for c, a in zip(clauses, answers, strict=True)
        if a.answered and a.notice not in _PLAIN_NOTICES
    ]
    notices += [*unanswered.values(), QUOTED_NOTICE]
    notes = list(dict.fromkeys(n for a in answers for n in a.notes if not n.startswith(INDICATOR_NOTE)))
    joined = Answer(
        question,
        "\n".join(notes + [citation_line(c, i) for i, c in enumerate(citations, 1)]),
        "extractive",
        True,
        False,
        citations,
        notes=notes,
        evidence=max(a.evidence for a in answered),
        notice="；".join(dict.fromkeys(n.rstrip("。") for n in notices)) + "。",
    )
    return joined, unanswered


_WHY_SO = re.compile(r"(?:为什么|为何|为啥|怎么|咋)(?:会|要)?(?:这么|那么|如此)")
# How often a claim says a thing is done (一个季度才办一次, 每年一次).
_HOW_OFTEN = re.compile(
    r"(?:每|一|两|半|几)个?(?:月|季度|季|年|周|星期)(?:才|就|只)?[^，,]{0,4}?一次|每(?:个)?(?:月|季度|年|周)"
)


def claim_pointed_at(question: str, scope: QueryScope) -> str | None:
    """The claim, asked as a yes-no question, of a question that puts one first as granted and
    then asks of it by pointing back (既然执法大队早在2022年就挂牌了，那它2023年是第几年运行);
    None for any other. The rest cannot be asked alone; the claim can, and if it is wrong the
    rest rests on nothing."""
    text = question.strip()
    hearsay = _HEARSAY.match(text)
    clauses = [c for c in re.split(r"[，,？?]", text[hearsay.end() if hearsay else 0 :]) if c.strip()]
    first_asking = next(
        (i for i, c in enumerate(clauses) if _ASKS_FOR.search(normalize_for_matching(c))), None
    )
    if not first_asking or not _POINTS_BACK.search("，".join(clauses[first_asking:])):
        return None
    claim = _CLAIM_ASKED.sub("", "，".join(c.strip() for c in clauses[:first_asking]))
    # Unmarked, a claim is one when it states a figure and the rest points back at what it
    # counts by a pronoun (在岗的30名执法人员…，他们拿了第几名); 其中 asks within the count, which
    # the answer to the whole gives beside the correction.
    rest = "，".join(clauses[first_asking:])
    # ... and so does a why asked of its size or timing (为什么这么晚, 间隔为什么这么长), of a claim
    # stating a figure, a month or how often.
    why_so = _WHY_SO.search(rest) and (
        named_in(claim) or _DATED.search(claim) or _HOW_OFTEN.search(normalize_for_matching(claim))
    )
    if hearsay is None and not why_so and not (named_in(claim) and _PRONOUN.search(rest)):
        return None
    return _scoped(question, scope, [f"{claim}吗？"])[0]
