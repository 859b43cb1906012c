"""The asker's own story taken out of a question: 我以前在厂里上班，现在退休了，听邻居说…，
到底…？ asks only the last part. Read whole, the story's words (退休, 邻居, 侄儿) became terms no
report writes, and a question the reports answer was declined for them.

What goes: before a question asking what, how many or how, a clause about the asker's family,
neighbours, home or past that asks nothing, states no figure and uses no word the reports use (a
yes-no asks of the story: 邻居家装修把承重墙拆了，会罚款吗); and the teller before hearsay (听隔壁王嬢嬢说，/ 邻居说
沙坪坝…), whose claim stays to be checked. Districts and years named in what goes are kept: 我住
北碚的 is where the question is asked of.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.jeers import FIGURE, QUOTE_MARK
from indexer.text.dialect import CLAUSE_WITH_ITS_MARK
from indexer.text.normalize import normalize_for_matching

# The asker's family, neighbours and old colleagues, their home and past; not 我 or 我们小区
# alone (我们小区电梯经常坏 names the topic asked after it).
_PERSONAL = re.compile(
    r"我住|我家|老家|屋里|家里|年轻时|小时候|以前|退休|老早|当过|我记得|邻居|隔壁|楼下|楼上|对门|街坊|同事|朋友"
    r"|亲戚|熟人|孙女|孙子|外孙|外甥|侄|儿子|女儿|老伴|嬢嬢|孃孃|阿姨|大爷|大妈|大伯|师傅|老[张李王刘陈赵]"
)
_TELLER = (
    r"(?:邻居|隔壁|楼下|楼上|对门|街坊|老同事|同事|朋友|亲戚|熟人|别人|有人|人家|大家|孙女|孙子|外孙女?|侄儿|侄子"
    r"|儿子|女儿|老伴|[王张李刘陈赵]?(?:嬢嬢|孃孃|阿姨|大爷|大妈|大伯|师傅)|老[张李王刘陈赵]"
    # 我儿子在应急局上班，他说…: the one just named in the story.
    r"|(?<![其吉])[他她](?!们))"
)
# 听隔壁王嬢嬢说，/ 邻居讲 / 北碚那边的老同事跟我说，/ 我听我们弄堂里的人讲，: who told it.
_HEARSAY = re.compile(
    rf"^[^，,。；;！!？?]{{0,8}}?{_TELLER}[^，,。；;！!？?]{{0,6}}?(?:跟我|对我|和我)?(?:说|讲|摆起说|讲起|提起|告诉我)(?:过|的)?[，,：:]?"
    r"|^(?:我|我们)?(?:听|听到|听见)[^，,。；;！!？?]{0,10}?(?:的人|人家|别人|有人|人)(?:说|讲)[，,：:]?"
    # 稿子里写：/ 记者写的是 / 稿件称: a draft being checked, its claim what is asked
    r"|^(?:记者|稿子|稿件|文章|报道|新闻|材料|草稿)(?:里|中|上)?(?:写的是|写着|写道|写|称|说|提到)[，,：:]?"
    # 我稿子里写了“…” / 我写的是…: the asker's own draft
    r"|^(?:我|我们)的?(?:稿子|稿件|文章|报道|草稿|初稿)(?:里|中|上)?(?:写了|写的是|写着|写道|写|称|说|提到)[，,：:]?"
    r"|^(?:我|我们)(?:写的是|写了|写)(?=[^，,。？?]{6})"
)
# The asker's own task put first (我在做检查次数那一列——, 我正在填报表，): what it names is asked
# again after it, and its words (一列, 报表) are no report's. Material is a task only before a
# dash (我在整理北碚区的材料——…); 我在核对宣传材料，印了多少份 asks of the material itself.
_ASKERS_TASK = re.compile(
    r"^(?:我|我们)(?:现在)?(?:正在|在)(?:做|填|整理|弄|核对|汇总|录入|统计)[^，,。；;？?！!—]{0,16}?"
    r"(?:(?:那一?列|这一?列|那一?栏|这一?栏|表格|表里|报表|台账)(?:的时候|时)?(?:——|—|[，,：:])"
    r"|(?:材料|资料|数据)(?:的时候|时)?(?:——|—))"
)
# The asker's concern, a sentence of its own (我最操心煤气罐这些事。, 我们比较关心老人的安全。).
_CONCERN = re.compile(
    r"^(?:我|我们|咱|咱们)(?:最|比较|很|一直|特别|就)?(?:操心|担心|关心|在意|关注|怕)[^，,？?]*[。！!]$"
)
# The asker's own past set beside what is asked (跟我们过去…差不多, 比我们当年刷墙标语强多了).
_OUR_PAST = re.compile(r"(?:我们|咱们|俺们|我)(?:过去|当年|以前|那时候?|那会儿?|那阵子|早年|年轻时)")
# A sentence of how things were once done (以前办个证要跑好几个章，拖上个把月。), before the question.
_PAST_OPENING = re.compile(r"^(?:以前|过去|当年|早年|早些年|那时候|那会儿)(?![的])")
_LIKENED = re.compile(r"差不多|一样|似的|一个样|强多了|好多了|先进多了")
_SENTENCE_END = ("。", "!", "！")


def _without_past_sentences(clauses: list[str]) -> list[str]:
    """The clauses without a whole sentence opening on the past (以前…。) that states no figure,
    when a sentence after it asks."""
    sentences: list[list[str]] = [[]]
    for clause in clauses:
        sentences[-1].append(clause)
        if clause.endswith(_SENTENCE_END):
            sentences.append([])
    sentences = [s for s in sentences if s]
    if len(sentences) < 2 or not _ASKS.search("".join(sentences[-1])):
        return clauses
    kept = [
        s
        for s in sentences[:-1]
        # (好几个章 counts loosely, asks nothing)
        if not (
            _PAST_OPENING.match(s[0])
            and not FIGURE.search("".join(s))
            and not _ASKS.search("".join(s).replace("好几", ""))
        )
    ]
    return [c for s in [*kept, sentences[-1]] for c in s]


# A clause that asks, or states what is checked: never the asker's story.
_ASKS = re.compile(
    r"[？?]|吗|呢|吧|嘛|多少|几|什么|啥|哪|怎么|怎样|如何|是不是|是否|有没有|为什么|为啥|对不对|真的|到底|想问|想知道"
)
_WH = re.compile(r"多少|几|什么|啥|哪|怎么|怎样|如何|为什么|为啥|好多")
_STATES = re.compile(r"\d|[“”\"《》]|[一二三四五六七八九十百千万两]+[个件人起家场期次名支份项条处]")


def without_story(question: str, terms_of: Callable[[str], list[str]], known: Callable[[str], bool]) -> str:
    """The question without the asker's story (the module's doc); as typed when none is told.
    `terms_of` gives a text's content terms, `known` whether the reports use a term."""
    text = normalize_for_matching(question)
    task = _ASKERS_TASK.match(text)
    if task and _ASKS.search(text[task.end() :]):
        return text[task.end() :]
    clauses = _without_past_sentences([c for c in CLAUSE_WITH_ITS_MARK.findall(text) if c])
    if len(clauses) < 2:
        return question if "".join(clauses) == text else "".join(clauses)
    if _closing_remark(clauses):  # …组建的吗？社区里有人想报名。: why the asker asks, after the question
        return "".join(clauses[:-1])
    # A story goes only before a question asking what, how many or how (…给多少人上过课): a
    # yes-no (…会罚款吗, 管不管) asks of the story itself (邻居家装修把承重墙拆了).
    asks_its_own = bool(_WH.search(clauses[-1]))
    # Before hearsay the story only says who the asker is (我退休了，平时没事干，听邻居说…): the
    # claim told is what is asked, yes-no or not.
    heard_at = max((n for n, c in enumerate(clauses) if _HEARSAY.search(c)), default=-1)
    kept = []
    for number, clause in enumerate(clauses):
        if number < len(clauses) - 1 and _CONCERN.match(clause) and not _STATES.search(clause):
            continue  # 我最操心煤气罐这些事。: why the asker asks, before a question of its own
        if (
            number < len(clauses) - 1
            and _OUR_PAST.search(clause)
            and not FIGURE.search(clause)
            # 我以前听过“应急纸飞机”: the name is what is asked; not one set beside (跟我们过去的
            # “几套班子”差不多)
            and not (QUOTE_MARK.search(clause) and not _LIKENED.search(clause))
        ):
            continue  # 跟我们过去请县里技术员下乡差不多吧。: the asker's own past, set beside
        told = _HEARSAY.sub("", clause)
        if told != clause and not told.strip("，,。：: "):
            continue  # 听隔壁王嬢嬢说，: only who told it
        last = number == len(clauses) - 1
        if asks_its_own and not last and _is_story(told, terms_of, known):
            continue
        if number < heard_at and _is_story(told, terms_of, known, personal=False):
            continue
        kept.append(told)
    rest = "".join(kept)
    return rest if kept and rest != normalize_for_matching(question) else question


# A remark after the question on who wants to know or why (社区里有人想报名, 我想转给同事看).
_REMARK = re.compile(r"有人|我|咱|大家|想|打算|准备|以便|方便|好让")


def _closing_remark(clauses: list[str]) -> bool:
    """Whether the last clause, after a clause closing with its question mark, only remarks:
    it asks nothing, states no figure, and speaks of the asker or whoever wants to know."""
    last = clauses[-1]
    return (
        clauses[-2].rstrip().endswith(("？", "?"))
        and not _ASKS.search(last)
        and not _STATES.search(last)
        and bool(_REMARK.search(last) or _PERSONAL.search(last))
    )


# The asker's habits and leisure (平常喜欢看新闻, 没事就刷手机).
_HABIT = re.compile(r"平常|平时|喜欢|爱看|爱好|没事|闲着|闲来|无聊")
# 我们几个老街坊: a few of us, no count asked.
_FEW_OF_US = re.compile(r"(?:我们|咱们|他们|你们)几个")


def _is_story(
    clause: str, terms_of: Callable[[str], list[str]], known: Callable[[str], bool], personal: bool = True
) -> bool:
    """Whether the clause tells of the asker; `personal=False` when its place already says so
    (before hearsay), so 平时没事干 need not name kin or home, and a habit of the asker's
    (平常喜欢看新闻) is told whatever words it uses."""
    asking = _ASKS.search(_FEW_OF_US.sub("", clause))
    if (personal and not _PERSONAL.search(clause)) or asking or _STATES.search(clause):
        return False
    if not personal and _HABIT.search(clause):
        return True
    return not any(known(t) for t in terms_of(_PERSONAL.sub(" ", clause)))
