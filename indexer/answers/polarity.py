"""Whether a sentence says the asked thing happened or that it did not.

A several-district answer lists the districts whose sentences are about the question's
subject. Asked where no administrative lawsuit was brought, it listed 北碚区 for its three
行政诉讼 cases; asked where reconsideration cases arose, 硚口区 for 未出现行政复议: being about
a subject is not saying it happened, or that it did not. A negation word before the subject,
in the same clause, is what says it did not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from indexer.answers.terms import CLAUSE_MARKS, is_verb, wordings
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# 罚没, 没收, 未来, 无人机, 零距离 and the like are words, not negations.
_NEGATIONS = r"(?<!罚)没(?!收)|尚未|未(?!来|具名)|无(?!人机|缝|纸|偿|障碍|论)|零(?!距离|星|售)|杜绝"
_NEGATION = re.compile(_NEGATIONS)


def negates(question: str) -> bool:
    """Whether the question words a negation of its own (没通过, 未整改), asking whether asides."""
    return bool(_NEGATION.search(_ASKING_WHETHER.sub("", normalize_for_matching(question))))


# 哪些区没有…, 各区未…: the question asks for the districts where something did not happen
# (有没有 and 是否 ask whether it did).
_ASKS_ABSENCE = re.compile(rf"(?:哪些|哪个|哪几个|各个?)区[^，。？?]*?(?:{_NEGATIONS})")
# 哪些区有…, 哪些区出现了…: the districts where it happened, and only those.
# (北碚和硚口都有…了吧: each named district is claimed to have it)
_ASKS_PRESENCE = re.compile(
    r"(?:哪些|哪个|哪几个)区[^，。？?]*?(?:有|出现|发生)|都(?:有|出现|发生|出过)[^，。？?]*?[吧吗][？?]?$"
)
# ... unless the question asks how things stand (情况怎么样, 结果如何) or whether (有没有, 是否):
# then a report saying there were none answers it.
_ASKS_STATE = re.compile(r"有没有|是否|情况|怎么样|如何|怎样|结果")


def asks_absence(question: str) -> bool:
    """Whether a several-district question asks where something did not happen."""
    # 有没有哪个区…都没有: is there a district where it did not happen, not whether it happened
    text = _WHETHER_ANY_DISTRICT.sub("", normalize_for_matching(question))
    return bool(_ASKS_ABSENCE.search(text)) and "有没有" not in text and "是否" not in text


_WHETHER_ANY_DISTRICT = re.compile(r"(?:有没有|是否有|有无)(?=哪)")


def asks_presence(question: str) -> bool:
    """Whether a several-district question asks where something happened, not how it stands."""
    text = normalize_for_matching(question)
    return bool(_ASKS_PRESENCE.search(text)) and not _ASKS_STATE.search(text) and not asks_absence(question)


_HAPPENING = frozenset({"发生", "出现", "产生", "发生过", "出现过", "有过", "出过"})


def subject_of(terms: list[str], rarity: Mapping[str, float], question: str = "") -> str | None:
    """The question's subject: its rarest term that is no negation itself (行政诉讼, when lawsuits
    not brought are asked about: the sentence must deny the lawsuit, not the 败诉 beside it).
    Given the question, and it asks where something did not happen, the rarest term after the
    negation: in 连续几年都没出过较大事故 what did not happen is 较大事故, and 连续 is when. Only a
    thing counts there: in 行政诉讼都没发生过 the thing comes first, and 发生 is no subject."""
    candidates = [t for t in terms if not _NEGATION.fullmatch(t)]
    negated = _negated_part(question) if question else ""
    in_scope = [t for t in candidates if t in negated and not is_verb(t)]
    # (因为疫情没开展执法巡查: what did not happen is the 巡查, a doing, not the 疫情 before it;
    # but 发生 of 行政诉讼都没发生过 only says it happened, and the thing is before it)
    doings = [t for t in candidates if t in negated and t not in _HAPPENING]
    candidates = in_scope or doings or candidates
    return max(candidates, key=lambda t: rarity.get(t, 0.0)) if candidates and rarity else None


def _negated_part(question: str) -> str:
    """What follows the negation of an absence question, to the end of its clause."""
    text = normalize_for_matching(question)
    found = _ASKS_ABSENCE.search(text)
    if not found or not asks_absence(question):
        return ""
    return CLAUSE_MARKS.split(text[found.end() :])[0]


def stated(texts: list[str], term: str, question: str) -> tuple[list[str], list[str]]:
    """The clauses of `texts` that word the term: (those saying it did not happen, those saying
    it did). A clause is negated by a negation word before the term's wording."""
    ways = sorted(wordings(term, question) | {term}, key=len, reverse=True)
    negated, affirmed = [], []
    for text in texts:
        for clause in CLAUSE_MARKS.split(normalize_for_matching(text)):
            at = min(
                (
                    m.start()
                    for w in ways
                    for m in re.finditer(re.escape(w), clause)
                    if not _PREVENTED.match(clause, m.end())
                    and not _GUARDED_AGAINST.search(clause[: m.start()])
                ),
                default=-1,
            )
            if at < 0:
                continue
            (negated if _NEGATION.search(clause[:at]) else affirmed).append(clause)
    return negated, affirmed


# 大事故 in 重大事故隐患, 事故 in 事故风险: a thing guarded against, which neither happened nor
# was denied.
_PREVENTED = re.compile(r"隐患|风险|防范|防控|预警|预案|演练")
# 防范遏制各类生产安全事故发生: the same, said by the verb before it.
_GUARDED_AGAINST = re.compile(r"(?:防范|遏制|防止|预防|避免|减少|防控)[^，。；]{0,10}$")


def joined_to(subject: str, terms: list[str], question: str) -> str:
    """The subject as the question writes it joined to its other nouns (行政诉讼案子 of 一件行政
    诉讼案子都没有): "" when it stands alone."""
    text = normalize_for_matching(question)
    phrase = subject
    for term in (t for t in terms if t != subject and not is_verb(t)):
        if term + phrase in text:
            phrase = term + phrase
        elif phrase + term in text:
            phrase = phrase + term
    return phrase if phrase != subject else ""


def denied_with(texts: list[str], subject: str, terms: list[str], question: str) -> list[str]:
    """The clauses saying the subject did not happen that also word the nouns the question joins
    to it: 无败诉案件 denies a case, not the 行政诉讼案子 asked about."""
    negated = stated(texts, subject, question)[0]
    phrase = joined_to(subject, terms, question)
    partners = [t for t in terms if t != subject and t in phrase]
    return [
        clause for clause in negated if all(any(w in clause for w in wordings(p, question)) for p in partners)
    ]


def only_denied(texts: list[str], terms: list[str], question: str) -> str:
    """A clause denying one of the terms (无败诉案件, 未出现行政复议) when the texts only ever deny
    it; "" when every term they word is affirmed somewhere."""
    for term in terms:
        negated, affirmed = stated(texts, term, question)
        if negated and not affirmed:
            return negated[0]
    return ""


# 是不是没有行政诉讼案件, 真的没发生过事故吗: a question of one district taking for granted that
# something did not happen (有没有 and 是否有 ask whether, and take nothing for granted).
_PRESUMES_NONE = re.compile(
    rf"(?:是不是|是否|真的|难道|确实)[^，。？?]*?(?:{_NEGATIONS})|(?:{_NEGATIONS})[^，。？?]*[吗吧][？?]?$"
    # Taken as heard or seen (好像没请法律顾问，…): a claim, whatever follows it.
    rf"|(?:好像|似乎|听说|据说|貌似)(?:是)?(?:根本|压根|一直|都|也)?(?:{_NEGATIONS})"
    # Said flatly (压根没有清理过…，报告是不是回避了): a claim, whatever is asked after it.
    rf"|(?:压根|根本|从来|完全)(?:就|都|也)?(?:{_NEGATIONS})"
    # Said of every district (各区2023年都没有碰上行政诉讼，这说明…): a claim, whatever follows it.
    rf"|(?:各区|[五四三两]个区|所有区|这几个区)[^，。？?]{{0,10}}?都(?:{_NEGATIONS})"
)
# 一个典型案例都没报: not even one; the thing taken as absent is between 一 and 都.
NOT_EVEN_ONE = re.compile(r"一[个件起次家人名项条份位场例宗][^，。？?]{0,10}?[都也](?:没|未|不)")
_OPEN_ASK = re.compile(r"哪|什么|啥|几|多少|怎么|如何|怎样")
# A figure said to fall short (没达到100%, 未超过3起): no thing is taken as absent.
_SHORT_OF_FIGURE = re.compile(r"(?:有|能|会)?(?:达到|达|到|超过|满|够|足)了?[\d一二两三四五六七八九十百]")
# A count or span of time (八年, 三起): how long or how many, never the thing presumed absent.
_COUNT_WORD = re.compile(r"[\d一二两三四五六七八九十百千]+[年月日天周个次件起家人名处项]")


# 为什么没有移送案件, 为何完全没提民法典: a why asked of something taken as not having happened.
_WHY_NOT = re.compile(rf"(?:为什么|为何|为啥|咋|怎么)(?=[^，。？?]*?(?:{_NEGATIONS}))")


def why_not_premise(question: str) -> str | None:
    """The premise of a why-not question as a yes-no question (为什么没有移送案件 → 没有移送案件吗),
    to be checked before any reason is sought; None for other questions."""
    found = _WHY_NOT.search(question)
    if found is None:
        return None
    premise = (question[: found.start()] + question[found.end() :]).rstrip("？?。！! ")
    return f"{premise}吗"


# A part of the things, not all of them (一部分, 有些, 个别, 剩下的): what the negation after it
# takes as not done is some of them.
_SOME_OF = re.compile(r"一?部分|有些|有的|一些|少数|个别|剩下|剩余|其余|其他的?|还有几")
# An ordinal before the thing taken as absent (没进第一方阵): the report's 第二方阵 writes the
# thing, and confirms the question.
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]+$")

NOT_ABSENT = "并不是没有"
NOT_DONE = "没有这样做，或没有发生"


def presumed_none(text: str) -> str | None:
    """The clause of a question (matching form) taking something as not having happened, from
    where it says so (是不是没有行政诉讼案件: 没有行政诉讼案件); None when it takes nothing so, or
    asks whether (有没有, 是否有)."""
    # 一起案件都没移送过…？ claims none without 吗; 哪个区一起都没… asks which.
    found = _PRESUMES_NONE.search(text) or (None if _OPEN_ASK.search(text) else NOT_EVEN_ONE.search(text))
    if not found or any(asking in text for asking in ("有没有", "是否有", "有无", "是不是有")):
        return None
    clause = CLAUSE_MARKS.split(text[found.start() :])[0]
    negation = _NEGATION.search(clause)
    if negation and _SOME_OF.search(clause[: negation.start()]):
        return None  # 还有一部分没整改到位: some taken as not done, which a count done short of all confirms
    return clause


def negation_end(clause: str) -> int:
    """Where the clause's first negation word ends; 0 when it has none."""
    found = _NEGATION.search(clause)
    return found.end() if found else 0


def presumed_absent_notice(
    question: str, terms: list[str], rarity: Mapping[str, float], texts: list[str]
) -> str:
    """The notice of an answer whose sentences say the thing the question takes as not having
    happened did happen (是不是没有行政诉讼案件: 有3件…进入行政诉讼程序); "" otherwise."""
    text = normalize_for_matching(question)
    asked = presumed_none(text)
    if asked is None:
        return ""
    # The thing may come before the negation (一件行政诉讼都没有) or after it (没有行政诉讼); after
    # it when the question words one there (连续八年没发生过事故: 事故, not 连续).
    negation = _NEGATION.search(asked)
    after = asked[negation.end() :] if negation else ""
    if _SHORT_OF_FIGURE.match(after):
        return ""  # 没达到100%: a figure claimed short, which the quoted figure answers
    things = [
        t
        for t in terms
        if t in asked and not _NEGATION.fullmatch(t) and not is_verb(t) and not _COUNT_WORD.fullmatch(t)
    ]
    even_one = NOT_EVEN_ONE.search(text)
    between = text[even_one.start() : even_one.end()] if even_one else ""
    counted = [t for t in terms if t in between and not is_verb(t)]
    things = [t for t in things if t in after] or things
    if counted:  # 一个典型案例都没: the words between, as the question writes them together
        first = min(between.index(t) for t in counted)
        subject = between[first : max(between.index(t) + len(t) for t in counted)]
        if stated(texts, subject, question) == ([], []):
            subject = _as_reports_word_it(subject, counted, texts, question)
    elif things:
        subject = max(things, key=lambda t: rarity.get(t, 0.0))
    else:
        return _doing_written(question, terms, texts, after, text[: text.find(asked)])
    negated, affirmed = stated(texts, subject, question)
    if not affirmed or negated:
        return ""
    ordinal = _ORDINAL_BEFORE.search(text[: max(text.find(subject), 0)])
    if ordinal and not any(ordinal.group(0) + subject in clause for clause in affirmed):
        return ""
    # The clause doing what the question says was never done (移送案件2起) says more than its noun,
    # when it names something the question names with it (移送…公安: not 执法 of other work); one
    # with a figure done says most.
    doings = [t for t in terms if t in after and is_verb(t)]
    partners = [t for t in terms if t in asked and t not in doings and not is_verb(t)]
    doing_clauses = [
        c
        for d in doings
        for c in stated(texts, d, question)[1]
        if _done_in(d, c) and any(p in c for p in partners)
    ]
    doing = next((c for c in doing_clauses if re.search(r"\d", c)), doing_clauses[0] if doing_clauses else "")
    if doing:
        return f"报告写的是“{doing}”，{NOT_ABSENT}；以下是报告原句。"
    text_at = text.find(subject)
    if any(text.find(d) > text_at >= 0 for d in doings):
        return ""  # 一个规范性文件都没废止过: the thing written is no sign it was done to it
    ways = sorted(wordings(subject, question) | {subject}, key=len, reverse=True)
    written = [clause for clause in affirmed if any(_occurs_in(clause, w) for w in ways)]
    if not written:
        return ""  # 未发生重大事故 is not contradicted by 重大事故隐患, which are no accidents
    # The clause itself when short (均已通过资格考试 against 部分人员未通过资格考试): the noun alone
    # said only that the report names it.
    shortest = min(written, key=len)
    if len(shortest) <= _QUOTED_CLAUSE_MAX:
        return f"报告写的是“{shortest}”，{NOT_ABSENT}；以下是报告原句。"
    as_written = next(w for w in ways if any(_occurs_in(c, w) for c in written))  # 官司: 行政诉讼
    return f"报告写到了“{as_written}”，{NOT_ABSENT}；以下是报告原句。"


_QUOTED_CLAUSE_MAX = 24


def _as_reports_word_it(subject: str, counted: list[str], texts: list[str], question: str) -> str:
    """The subject no report writes (一件行政官司都没有: 行政官司) with one everyday word in the
    report's wording (官司: 行政诉讼, which holds the other word 行政 itself), when a report writes
    that; else the subject. Not one word alone: 行政调解案子 is no 案件 of any kind."""
    for term in counted:
        others = [o for o in counted if o != term]
        for wording in sorted(wordings(term, question) - {term}, key=len):
            candidates = [subject.replace(term, wording)]
            if all(o in wording for o in others):
                candidates.append(wording)
            for reworded in candidates:
                if reworded != subject and stated(texts, reworded, question) != ([], []):
                    return reworded
    return subject


def _doing_written(question: str, terms: list[str], texts: list[str], after: str, before: str) -> str:
    """The notice when the thing was named before the doubt and only the doing after it
    (举报人的奖励是不是一直拖着没兑现): a clause doing it to that thing, the word right before the
    doubt (a clause paying the reward on time), and none saying it was not done; "" otherwise. Another thing
    done so (权责清单 公示, of a doubt on the 普法责任清单) is no answer."""
    doings = [t for t in terms if t in after and is_verb(t)]
    named = [t for t in terms if t not in doings and t in before]
    if not named:
        return ""
    last = max(named, key=lambda t: (before.rfind(t) + len(t), len(t)))
    # with the words jieba cut from it (普法 + 责任 + 清单: the 普法责任清单, not any 清单)
    thing = joined_to(last, named, before) or last
    for doing in doings:
        negated, affirmed = stated(texts, doing, question)
        done = [c for c in affirmed if _done_in(doing, c) and thing in c]
        if done and not negated:
            return f"报告写的是“{done[0]}”，{NOT_ABSENT}；以下是报告原句。"
    return ""


# Words after a thing that make another thing of it: 事故隐患, 事故调查, 事故案例 are written of
# accidents that need not have happened.
_ABOUT_IT = re.compile(r"隐患|调查|报告|案例|预案|防范|风险|警示|预警|应急|演练|教育|防控|风险")


def _occurs_in(clause: str, subject: str) -> bool:
    """Whether the clause writes the subject as itself somewhere, not as the head of another thing."""
    return any(not _ABOUT_IT.match(clause, m.end()) for m in re.finditer(re.escape(subject), clause))


# A doing's word inside a name (事故调查部门, 《关于开展…评查…的通知》) says nothing was done.
_IN_A_NAME = re.compile(r"部门|机构|科室|科|组|中心|局|处|队")


def _done_in(doing: str, clause: str) -> bool:
    plain = re.sub(r"《[^》]*》", "", clause)
    return any(not _IN_A_NAME.match(plain, m.end()) for m in re.finditer(re.escape(doing), plain))


_ASKING_WHETHER = re.compile(r"有没有|是不是|是否|有无|了没有|没有?\??$")
# 有两个月执法巡查停了: the question says itself the doing stopped, as the report's 未开展 does.
_STOPPED = re.compile(r"(?:停|暂停|中断|停摆|断)(?:了|掉|过)|停(?:办|工|摆)")


def denied_notice(question: str, terms: list[str], texts: list[str]) -> str:
    """The notice of an answer whose sentences only deny what the question takes as done or
    happened (3月和10月开展了执法巡查吗: 故3月、10月我局未开展执法巡查工作); "" when the question
    itself negates, or some quoted clause affirms each term it words."""
    clause = denied_clause(question, terms, texts)
    if not clause:
        return ""
    # 发生过事故吗, where only graver ones (较大及以上) are denied: the milder are neither denied nor told
    grade = denied_graver_only(question, clause)
    if grade:
        grade_asked = _GRADE_ASKED.search(normalize_for_matching(question))
        milder = f"{grade_asked.group(0)}的" if grade_asked else "比这轻的"
        return (
            f"报告的相关句子写的是“{clause}”：只说没有发生{grade}的，"
            f"没有写是否发生过{milder}；以下是报告原句。"
        )
    return f"报告的相关句子写的是“{clause}”：{NOT_DONE}；以下是报告原句。"


def denied_graver_only(question: str, clause: str) -> str:
    """The grade a denying clause is limited to (较大及以上) when the question asks of any grade or
    a milder one, which the clause then neither denies nor tells; "" otherwise."""
    denied = _grade_denied(clause)
    grade_asked = _GRADE_ASKED.search(normalize_for_matching(question))
    return denied[0] if denied and _leaves_milder(grade_asked, denied[0]) else ""


def denied_clause(question: str, terms: list[str], texts: list[str]) -> str:
    """The clause of denied_notice, "" when there is none."""
    text = normalize_for_matching(question)
    if _NEGATION.search(_ASKING_WHETHER.sub("", text)) or _STOPPED.search(text):
        return ""
    things = [t for t in terms if not is_verb(t)]
    # Terms jieba cut from one compound (执法 + 巡查, 败诉 + 案件) are denied together: 执法 alone
    # is affirmed by any clause on enforcement.
    compounds = [a + b for a, b in zip(terms, terms[1:], strict=False) if a + b in text]
    months = re.findall(r"\d{1,2}月", text)
    if months:  # 3月和10月开展了吗: what those months' clauses say, not the year's (开展*次)
        texts = [
            clause
            for t in texts
            for clause in CLAUSE_MARKS.split(normalize_for_matching(t))
            if any(m in clause for m in months)
        ]
    denied = only_denied(texts, compounds + things, question)
    if denied:
        return denied
    if months:  # 3月和10月各巡查了多少家企业: the months' work denied denies what it would count
        denied = _denied_in_months(text, texts)
        if denied:
            return denied
    # A doing denied right at the negation (无败诉案件): a verb elsewhere in a clause is affirmed
    # or denied by too much else to tell. What the question has it done to must be what the
    # clause denies: 未发生较大…事故 denies no fire of 发生了多少起火灾.
    for verb in (t for t in terms if is_verb(t)):
        negated, affirmed = stated(texts, verb, question)
        # as the report words it (打输 asked, 无败诉 written)
        ways = sorted(wordings(verb, question) | {verb}, key=len, reverse=True)
        written = "|".join(map(re.escape, ways))
        right_after = [c for c in negated if re.search(rf"(?:{_NEGATIONS})(?:{written})", c)]
        done_to = set(char_bigrams(_object_of(text, verb)))
        right_after = [
            c for c in right_after if _same_object(done_to, _object_of(c, next(w for w in ways if w in c)))
        ]
        if right_after and not affirmed:
            return right_after[0]
    return ""


def _denied_in_months(question: str, month_clauses: list[str]) -> str:
    """The clause of the asked months negating work the question words (two character pairs of
    Hanzi shared after the negation), when no clause of those months affirms it; else ""."""
    asked = {pair for pair in char_bigrams(question) if _HAN_PAIR.fullmatch(pair)}
    denied, affirmed = [], False
    for clause in month_clauses:
        negation = _NEGATION.search(clause)
        after = clause[negation.end() :] if negation else clause
        if len(asked & set(char_bigrams(after))) < 2:
            continue
        if negation:
            denied.append(clause)
        else:
            affirmed = True
    return denied[0] if denied and not affirmed else ""


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


# Words after a verb that name no object: aspect, quantity and counters (败诉了, 发生了多少起).
_NO_OBJECT = re.compile(r"^(?:了|过|的|多少|几|[\d一二两三四五六七八九十]+)*[起件次个名人家项]?")


# Objects that name only the kind of thing the verb makes (无败诉案件: a lost case of any kind).
_BARE_OBJECT = re.compile(r"(?:案件|案例|事件|情况|情形|现象|行为)?[。；;]?")


def _same_object(asked: set[str], denied: str) -> bool:
    """Whether the denied clause's object is what the question has the verb done to."""
    return not asked or _BARE_OBJECT.fullmatch(denied) is not None or bool(asked & set(char_bigrams(denied)))


def _object_of(text: str, verb: str) -> str:
    """The words after the verb's first use, to its clause's end, without aspect and counts."""
    at = text.find(verb)
    if at < 0:
        return ""
    after = CLAUSE_MARKS.split(text[at + len(verb) :])[0]
    return _NO_OBJECT.sub("", after)


def denying_clause(text: str) -> str:
    """The first clause of the text that says something did not happen (未出现行政复议…案件);
    "" when none does."""
    return next((c for c in CLAUSE_MARKS.split(text) if _NEGATION.search(c)), "")


# The grade right after a negation that makes the denial a part's (没有较大及以上的事故 leaves
# the smaller ones unsaid).
_GRADE_DENIED = re.compile(
    r"^(?:发生过?|出现过?|有)?(较大及以上|较大以上|重大及以上|重特大|特别重大|较大|重大)"
)
_GRADE_ASKED = re.compile(r"特别重大|重特大|较大|重大|一般")
# The least grave grade a wording covers (较大及以上: 较大 and graver).
_GRADE_RANK = {"一般": 0, "较大": 1, "重大": 2, "重特大": 2, "特别重大": 3}


_GRADES_LONGEST_FIRST = sorted(_GRADE_RANK.items(), key=lambda g: -len(g[0]))


def _lowest_grade(words: str) -> int:
    return next(rank for grade, rank in _GRADES_LONGEST_FIRST if grade in words)


def _grade_denied(clause: str) -> tuple[str, str] | None:
    """(the grade a denying clause limits its denial to, the words it denies after the grade):
    (较大及以上, 的) of 没有发生较大及以上的; None when it denies without a grade."""
    negation = _NEGATION.search(clause)
    after = clause[negation.end() :] if negation else ""
    grade = _GRADE_DENIED.match(after)
    return (grade.group(1), after[grade.end() :]) if grade else None


def _leaves_milder(grade_asked: re.Match[str] | None, grade_denied: str) -> bool:
    """Whether the question asks of any grade, or of one milder than the one denied."""
    return grade_asked is None or _GRADE_RANK[grade_asked.group(0)] < _lowest_grade(grade_denied)


def graded_absence_notice(question: str, texts: list[str]) -> str:
    """The notice when the question takes none of a thing at all as having happened (连续八年
    一起事故都没出过), or none of a milder grade than the report writes (没发生过一般事故), and
    the sentence denies only its graver ones (没有较大及以上的事故); "" otherwise."""
    text = normalize_for_matching(question)
    if presumed_none(text) is None:
        return ""
    grade_asked = _GRADE_ASKED.search(text)
    asked = set(char_bigrams(text))
    for written in texts:
        clause = denying_clause(normalize_for_matching(written))
        denied = _grade_denied(clause)
        if not denied or not asked & set(char_bigrams(denied[1])):
            continue
        grade = denied[0]
        if grade_asked is None:
            return f"报告写的是“{clause}”：只说没有发生{grade}的，没有说一起都没有；以下是报告原句。"
        if _leaves_milder(grade_asked, grade):
            return (
                f"报告写的是“{clause}”：只说没有发生{grade}的，"
                f"没有写{grade_asked.group(0)}的；以下是报告原句。"
            )
    return ""


# 还有几个人没通过考试 / 没整改的有几处: a count of those who did not do a thing.
_UNDONE_COUNTED = re.compile(
    r"(?:几|多少)[个名家位处项件人]*[^，,。？?]{0,4}?(?:还没有|还没|没有|没|尚未|仍未|未)(?P<done>[\u4e00-\u9fff]{2,10})"
    r"|(?:还没有|还没|没有|没|尚未|仍未|未)(?P<done2>[\u4e00-\u9fff]{2,10}?)的[^，,。？?]{0,8}?(?:几|多少)"
)
_ALL = r"(?:均|全部|全都|都|全)(?:已经|已)?"


def all_done_clause(question: str, texts: list[str]) -> str:
    """The words of a sentence saying everyone did what the question counts those not doing
    (均已通过资格考试, asked 还有几个人没通过资格考试), or "": none is the answer, and a decline
    for want of a figure would let a chatbot guess one."""
    asked = _UNDONE_COUNTED.search(normalize_for_matching(question))
    if asked is None:
        return ""
    done = asked.group("done") or asked.group("done2")
    verb, thing = done[:2], done[2:]
    for text in texts:
        normalized = normalize_for_matching(text)
        for said in re.finditer(rf"{_ALL}{re.escape(verb)}(?P<thing>[\u4e00-\u9fff]{{0,8}})", normalized):
            if not thing or thing[:2] in said.group("thing"):
                return said.group(0)
    return ""
