"""Words of the districts' own speech, read as standard Mandarin before `ask` reads a question:
好多 asking a number in Chongqing (好多个 = 多少个), 几多 in Wuhan, 伐 closing a Shanghai
question, 晓得, 啥子, 么样, 冇得, 铜钿. Residents of 沙坪坝, 硚口 and 普陀 type them; read as they
stand they became terms no report writes (晓得, 交关) and the question was declined. Reporters
from Hong Kong write Cantonese (系咪, 咗, 几多单): read so too, once the question shows it.

Only words with one reading are read everywhere; those Mandarin also uses otherwise are read
only where they cannot mean that: 好多 (many) only asking a number, in a clause put as a
question; 额 (Shanghai's 的, elsewhere 金额's 额) only in a question that speaks Shanghainese
elsewhere, and never inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# (the words as typed, what they say in Mandarin), longest first where one holds another.
_EVERYWHERE = (
    # Southwest Mandarin (重庆, 四川)
    (re.compile(r"啥子"), "什么"),
    (re.compile(r"啷个|咋个"), "怎么"),
    (re.compile(r"莫得|没得(?![说选到罪])"), "没有"),
    (re.compile(r"统共"), "总共"),
    (re.compile(r"(?<=[\u4e00-\u9fff])里头(?!头)"), "里"),  # (局里头头: the bureau's boss)
    # 叫个啥名堂 asks a name; 搞出了什么名堂 asks what came of it, and is left
    (re.compile(r"(?<=叫)个?(?:啥|什么)名堂"), "什么名字"),
    (re.compile(r"晓不晓得"), "知不知道"),
    (re.compile(r"晓得"), "知道"),
    (re.compile(r"(?:听人)?摆龙门阵(?:说|讲)|听人摆龙门阵"), "听说"),  # not 摆龙门阵式的普法
    (re.compile(r"对头不|对不对头"), "对不对"),
    # V到 for V着 (帮到搞, 留到用): only before the doing it goes with
    (re.compile(r"帮到(?=[搞做弄办])"), "帮着"),
    (re.compile(r"留到(?=用)"), "留着"),
    (re.compile(r"摆起说|摆起讲"), "说"),
    # Wuhan
    (re.compile(r"几多"), "多少"),
    (re.compile(r"冇得|冇有"), "没有"),
    (re.compile(r"搞么事"), "做什么"),
    (re.compile(r"(?<![什怎这那多要])么样(?=回事|[用做搞弄办整写建管查罚说讲])"), "怎么"),  # 么样用的: how
    (re.compile(r"(?<![什怎这那多要])么样"), "怎么样"),
    (re.compile(r"(?<![什怎这那多要])么(?:司(?!法|令|机)|事(?!情))"), "什么"),
    # Shanghai
    (re.compile(r"啥辰光|啥个辰光"), "什么时候"),
    (re.compile(r"啥个"), "什么"),
    (re.compile(r"阿拉(?![伯善斯丁])"), "我们"),
    (re.compile(r"铜钿|钞票"), "钱"),
    (re.compile(r"伊拉(?!克)"), "他们"),
    (re.compile(r"噶多"), "这么多"),
    (re.compile(r"屋里厢"), "家里"),
    (re.compile(r"哪能"), "怎么"),
    (re.compile(r"交关"), "很多"),
    (re.compile(r"听讲(?![座课])"), "听说"),
    (re.compile(r"罚脱"), "罚了"),
    (re.compile(r"有伐(?!木)"), "有没有"),
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![采砍征讨步杀盗滥乱])伐(?=[？?，,。！!]|$)"), "吗"),
    # Northeast
    (re.compile(r"多老鼻子|老鼻子多"), "很多"),
    (re.compile(r"老鼻子"), "很多"),
    (re.compile(r"咋整(?![改治顿合理])"), "怎么处理"),  # 咋整改 is 怎么整改
    # Taiwan's legal word for an administrative fine (罰鍰, simplified 罚锾)
    (re.compile(r"罚锾"), "罚款"),
    # Northern colloquial, every 咋 is 怎么 (咋搞的, 咋样): left alone, 咋搞 read as no how-question
    (re.compile(r"咋(?![呼舌])"), "怎么"),
)
# Cantonese (Hong Kong, Guangdong), as opencc's t2s leaves it (係 → 系, 嗰 → 𠮶): read only in a
# question that speaks Cantonese elsewhere, since 系, 同, 话, 间 and 单 are also Mandarin words.
_CANTONESE = re.compile(
    r"咗|嘅|哋|𠮶|嗰|喺|㗎|啲|嚟|唔(?=[系该好使知会识得见同啱对通理])|咩|睇|攞|佢|畀|俾(?![使])|系咪|乜嘢|冇(?![得有])"
    r"|呢(?=[个份间条单啲])"
    r"|(?<=[\u4e00-\u9fff])[晒吓](?=[，,。？?！!]|$)"
)
_QUOTED_NAME = re.compile(r"(“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\")")
_IN_CANTONESE = (
    (re.compile(r"系咪|系唔系|是咪"), "是不是"),
    (re.compile(r"啱唔啱|对唔对|啱不啱"), "对不对"),
    (re.compile(r"有冇"), "有没有"),
    (re.compile(r"唔系"), "不是"),
    (re.compile(r"净系|净(?=是)"), "只有"),
    (re.compile(r"(?<![体联关派水谱世直母父])系(?![统列数])"), "是"),
    (re.compile(r"唔(?=[系该好使知会识得见同啱对通理])"), "不"),
    (re.compile(r"冇"), "没有"),
    (re.compile(r"咗"), "了"),
    (re.compile(r"嘅"), "的"),
    (re.compile(r"我哋"), "我们"),
    (re.compile(r"你哋"), "你们"),
    (re.compile(r"佢哋"), "他们"),
    (re.compile(r"佢"), "他"),
    (re.compile(r"(?:𠮶|嗰)啲"), "那些"),
    (re.compile(r"呢啲"), "这些"),
    (re.compile(r"啲"), "些"),
    (re.compile(r"𠮶|嗰"), "那"),
    (re.compile(r"呢(?=[个份间条单次件套位度])"), "这"),
    (re.compile(r"(?<![周旁两身海江河岸路前后左右东西南北里外上下手那这])边(?=[个间位份度啲年区家])"), "哪"),
    (re.compile(r"乜嘢|咩嘢|乜|咩"), "什么"),
    (re.compile(r"点解"), "为什么"),
    (re.compile(r"点样"), "怎样"),
    (re.compile(r"几时"), "什么时候"),
    (re.compile(r"几耐"), "多久"),
    (re.compile(r"睇"), "看"),
    (re.compile(r"攞"), "拿"),
    (re.compile(r"畀|俾"), "给"),
    (re.compile(r"喺"), "在"),
    (re.compile(r"嚟㗎|㗎"), "的"),
    (re.compile(r"嚟"), "来"),
    (re.compile(r"咁样|(?<=是不是)咁|咁(?=[？?，,。]|$|理解)"), "这样"),
    (re.compile(r"^咁"), "那"),
    (re.compile(r"咁"), "这么"),
    (re.compile(r"劲(?=[？?，,。]|$)"), "厉害"),
    (re.compile(r"(?<![电讲对说通笑神童废闲大实佳谈问答会喊白情])话(?![题语筒费剧])"), "说"),
    (
        re.compile(
            r"(?<![共会合协相等如连一不陪偕])同(?![比时向意步级样年期类等一志行事学])(?=[\u4e00-\u9fff\d])"
        ),
        "和",
    ),
    (re.compile(r"(?<=[\u4e00-\u9fff])晒(?=[，,。？?！!]|$)"), "完"),
    (re.compile(r"(?<=[\u4e00-\u9fff])吓(?=[，,。？?！!]|$)"), "一下"),
    (re.compile(r"(?<=[万千百十\d])蚊"), "元"),
    (re.compile(r"(?<=[几多\d一二两三四五六七八九十百千哪那这])间(?![隔断接题距歇])"), "家"),
    (re.compile(r"(?<=[几多\d一二两三四五六七八九十])单(?![位独元据子项个一])"), "件"),
    (re.compile(r"(?<=[几多\d一二两三四五六七八九十])宗(?![旨教族])|(?<=事故)宗(?=数)"), "起"),
    (re.compile(r"(?<![下暴大])跌(?![倒落破])"), "下降"),
    (re.compile(r"(?<![提晋])升(?=了)"), "上升"),
    (re.compile(r"按年(?!度|份|初|底|末)"), "同比"),
    (re.compile(r"入面"), "里面"),
    (re.compile(r"套戏|出戏"), "电影"),  # 拍了套微电影，套戏叫咩名: the film
    (re.compile(r"揾"), "找"),
)

# 好多 asking a number: 好多个…？, 有好多嘛 — not 好多企业都… stated, nor a clause put as no question.
_COUNTERS = "个件人钱期场家起次支份项名元块万条处位户所篇回遍趟"
_HOW_MANY = re.compile(
    rf"好多(?=[{_COUNTERS}][^，,。；;！!？?]{{0,12}}(?:[？?]|[嘛哦喃哇哈](?:[？?。！!]|$))|[嘛哦喃哇]?[？?])"
)
_SHANGHAI = re.compile(
    r"(?<![采砍征讨步杀盗滥乱])伐|阿拉(?![伯善斯丁])|侬|啥辰光|交关|铜钿|哪能|听讲(?![座课])|罚脱|搿|事体|辰光"
)
# Read only in a question that speaks Shanghainese elsewhere: 个 and 一道 are Mandarin words too.
_IN_SHANGHAINESE = (
    (re.compile(r"搿"), "这"),
    (re.compile(r"几辰光"), "什么时候"),
    (re.compile(r"辰光"), "时候"),
    (re.compile(r"事体"), "事情"),
    (re.compile(r"一道(?=[\u4e00-\u9fff])"), "一起"),
    (re.compile(r"(?<=[输罚卖扔用做弄搞])脱"), "了"),
    (re.compile(r"(?<=[一两二三四五六七八九十几])桩"), "件"),
    # 个 as 的: after a word, before a name or another word or closing a clause (普陀个《应急侠》,
    # 镇街个罚款权, 以内个), not a count (三个, 几个, 这个, 整个)
    (
        re.compile(
            r"(?<=[\u4e00-\u9fff]{2})(?<![一两二三四五六七八九十百千几这那哪每各某整半真])个"
            r"(?=[《“\u4e00-\u9fff]|[，,。？?！!]|$)"
        ),
        "的",
    ),
)
# 额 as Shanghai's 的: not inside 金额, 限额, 税额, 额度 and the like.
_OF = re.compile(r"(?<![金限税余定份差总数超巨面配票存贷款前名业售易交缺])额(?![度外定])")


# A clause asking whether (好多人没通过吗, 是不是好多场都是盲演): 好多 there is "many".
_ASKS_WHETHER = re.compile(r"吗|吧|是不是|是否|有没有|都")
# A clause with the mark closing it (the asker's story is cut by the same clauses: story.py).
CLAUSE_WITH_ITS_MARK = re.compile(r"[^，,。；;！!？?]*[，,。；;！!？?]?")


def _how_many_read(question: str, read: list) -> str:
    """好多 read as 多少 where it asks a number, clause by clause."""
    out = []
    for clause in CLAUSE_WITH_ITS_MARK.findall(question):
        if _HOW_MANY.search(clause) and not _ASKS_WHETHER.search(clause):
            clause = _HOW_MANY.sub("多少", clause)
            read.append(DialectWord("好多", "多少"))
        out.append(clause)
    return "".join(out)


@dataclass(frozen=True)
class DialectWord:
    typed: str
    read: str


def in_mandarin(question: str) -> tuple[str, list[DialectWord]]:
    """The question with its dialect words in standard Mandarin, and the words so read."""
    read: list[DialectWord] = []

    def replaced(pattern: re.Pattern[str], mandarin: str, text: str) -> str:
        def one(match: re.Match[str]) -> str:
            if match.group(0) != mandarin:
                read.append(DialectWord(match.group(0), mandarin))
            return mandarin

        return pattern.sub(one, text)

    def outside_quoted_names(table: Sequence[tuple[re.Pattern[str], str]], text: str) -> str:
        # A quoted name keeps its words (“三书同达” is no 三书和达, “一个窗口” no 一的窗口).
        pieces = _QUOTED_NAME.split(text)
        for pattern, mandarin in table:
            pieces = [p if _QUOTED_NAME.fullmatch(p) else replaced(pattern, mandarin, p) for p in pieces]
        return "".join(pieces)

    shanghai = bool(_SHANGHAI.search(question))
    if _CANTONESE.search(question):
        question = outside_quoted_names(_IN_CANTONESE, question)
    for pattern, mandarin in _EVERYWHERE:
        question = replaced(pattern, mandarin, question)
    question = _how_many_read(question, read)
    if shanghai:
        question = outside_quoted_names(((_OF, "的"), *_IN_SHANGHAINESE), question)
    return question, list(dict.fromkeys(read))


def dialect_note(words: list[DialectWord]) -> str:
    pairs = "、".join(f"“{w.typed}”读作“{w.read}”" for w in words)
    return f"问题中的方言词按普通话读：{pairs}。"
