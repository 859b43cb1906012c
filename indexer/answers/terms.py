"""The content terms of a question, and the wordings a report may use for each of them.

Evidence must cover what a question asks about, not the words every question is made of:
question words, filler and the bureau itself (indexer/text/resources/question_words.txt) are
removed first, along with the district and year words the scope check already handled.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from indexer.text import plain_words
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import parse_numeral
from indexer.text.tokens import ChineseTokenizer, domain_words

# Phrases taken out before segmentation, because jieba cuts them into parts that look like
# content (应急局 -> 应急 + 局) although every report is the 应急局's own.
_BUREAU_PHRASES = ("应急管理局", "应急管理部门", "应急局", "法治政府建设")
# How a question names the anonymised report's district in words; the scope check reads them too.
_HIDDEN = r"(?:隐去|隐藏|隐掉|抹去|抹掉|打码|打了码|脱敏|匿名|遮住|遮去|去掉|打了?星号?|打(?:了|成了?)?星星|打成了?星号|用星号代替|换成了?星号|打(?:了|成了?)?\*+号?)了?"
# Between the hidden name and what it names: 区名被隐去的那个自治区某区, 名字打了码的那份报告,
# 区名打码的2022年度报告.
_THAT_ONE = (
    r"(?:的|里的|那个|那份|这个|这份|一个|自治区|某|匿名|\d{4}年度?|下辖|所辖|下属|辖下|[)）]|、?属于?)*"
)
# (or nothing, in brackets after the report it describes: 那份报告（区名被隐去的那份）, 那份报告
# （区名打码、属自治区）; or before a comma: 地名都打成星号的那份，…)
_UNNAMED_THING = r"(?:辖区|区|应急管理局|应急局|局|报告|(?<=[份区])(?=[)），,]))"
UNNAMED_DISTRICT_WORDS = (
    r"某区|未具名区?(?:[（(][0-9a-f_]+[)）])?|匿名[^，。？?、]{0,3}区"
    rf"|(?:未|没|没有|不)(?:署名|具名){_THAT_ONE}{_UNNAMED_THING}"
    rf"|(?:(?:没|没有|未|不)写?(?:出|明)?|{_HIDDEN})(?:名字|区名|名称|地名){_THAT_ONE}{_UNNAMED_THING}"
    rf"|(?:名字|区名|名称|地名)(?:被|都|全){{0,2}}\**{_HIDDEN}{_THAT_ONE}{_UNNAMED_THING}"
    # ... said of the report before a comma or in brackets: 有一份报告区名全被打了星号，它…;
    # 那份报告（区名打了星号的）
    rf"|(?:区名|(?<=报告)的?(?:名字|地名|名称))(?:被|都|全){{0,2}}\**{_HIDDEN}的?(?=[)），,])"
    # The report itself said hidden (那个打码的2022年报告, 2022年打码报告): its name is what is hidden.
    rf"|{_HIDDEN}的?{_THAT_ONE}(?:报告|那份)"
    rf"|(?:打码|打了码|脱敏|隐名)的?{_THAT_ONE}区"  # 打码区, 脱敏的那个区
    # The bracket alone after the report: 那份2022年的报告（区名隐去）中…
    rf"|(?<=报告)\s*[（(](?:名字|区名|名称|地名)被?\**{_HIDDEN}[^）)]{{0,8}}[)）]"
    # By its province: the one report from an autonomous region (自治区那个区, 自治区的那份报告).
    rf"|自治区{_THAT_ONE}{_UNNAMED_THING}"
    # Said anonymous itself (匿名的那份报告, 匿名那个区的应急局).
    rf"|匿名的?(?:那份|这份|那个|这个){_THAT_ONE}{_UNNAMED_THING}"
    r"|(?<=[那这])份\s*(?:\d{4}年度?)?\s*的?匿名的?报告"  # 那份匿名报告里3月…, 那份2022年的匿名报告说…
    # By the stars standing for its name (星号那个区, 带星号的那份报告).
    rf"|(?:带|打了?|标了?|全是)?(?:星号|星星)的?{_THAT_ONE}{_UNNAMED_THING}"
)
_ANONYMISED = re.compile(r"\*+区?|" + UNNAMED_DISTRICT_WORDS)
# The anonymised district as a question names it (打码区, **区, 未具名区): where the name stands.
UNNAMED_DISTRICT_NAME = re.compile(r"\*+区|" + UNNAMED_DISTRICT_WORDS)
# Words of a question about the anonymised report itself (匿名区是哪份报告, 为什么隐去名字, 在哪
# 个城市, 有几个部分): with no other content word, the question is about the collection (meta),
# not the district's work.
_ABOUT_ANONYMITY = frozenset(
    "匿名 隐去 隐藏 打码 脱敏 名字 区名 地名 名称 处理 原因 哪份 那份 哪一份 具体 真实 "
    "城市 省份 自治区 地区 地方 位于 所在 在哪 哪里 地址 "
    "部分 章节 段落 标题 题目 字数 篇幅 格式 文件名 年份 来源 作者 落款 总结 文件 份文件".split()
)
# Phrases that say which districts are asked about (哪些区用短视频: jieba would cut 区用) or
# ask for a quantity (几名成员: the noun stays, 几名 goes); the scope and figure checks read them.
_ASKING_PHRASES = re.compile(
    r"哪些区|哪几个区|哪个区|几个区|各个区|每个区|各区|哪些地方|哪个地方|各地|什么时候|哪些方面"
    # (another way asked: 还是另外一套, which the sentence naming both ways answers)
    r"|另(?:外)?一套"
    # (where a claim was read: 网上说, 公众号写; 网上办理 and a bureau's 公众号 stay subjects)
    r"|网上(?:有人)?(?:说|讲|传|流传|看到|看的|写的?)|公众号(?:上)?(?:写|说|发)(?:的|了)?"
    # (the kind of figure asked: 百分比是多少, 下降百分之多少)
    r"|百分之(?:多少|几)|百分比"
    # (of each district named: 各有多少人 counts what the question named before)
    r"|各有|各自有|分别有"
    r"|哪几[个家位项种类条件所支批]?|(?<!哪)(?:多少|几)(?:个工作日|个月|人次|万元|元钱|[个起家件项次场期支处条份名位人元天年倍])?"
    # A verb asked with its own negation (会不会, 能不能, 要不要): a yes/no, not a subject.
    r"|([会能要肯])[不没]\1"
    # What a mechanism lays down, asked (“252”机制是咋规定的): its sentences answer, not 规定.
    r"|(?:怎么|怎样|咋|如何)规定"
    # A place in a ranking asked (排名最靠前): jieba's 最靠 names nothing.
    r"|最?靠(?:前|后)"
)
# Characters that make no subject at a word's edge (前, 里, 要 ...): cut off an unknown term.
_EDGE_CHARACTERS = "前后里要想就都也还又再才的了过着在是有给把被让向对从比"
# Function characters: an unknown term made of nothing else is a cut through grammar
# (办案时会录像 gives 时会, 建起来 gives 起来), not a subject.
_FUNCTION_CHARACTERS = _EDGE_CHARACTERS + "时会能可该起来去得地"
# Characters joining two words (清理和备案, 负责人和管理人员): no end of the word before them.
_JOINING_CHARACTERS = "和与及或并等同"
# A negation opens the phrase after it (执法人员不规范): no end of the word before it.
_NEGATIONS = "不没未无非"
_PUNCTUATION = re.compile(r"^[\W_]+$")
# Characters placing a word rather than ending it (执法中, 社区里, 会上).
_PLACE_CHARACTERS = "中上下内外间旁边处"
# A count or a pointer in front of an unknown word is phrasing (一遍, 那帮人, 一大笔钱): the
# word after it, if any, is what may be asked about.
_QUANTITY_PREFIX = re.compile(r"^[一两几这那哪每某][个种样些回遍次下帮阵批位件类点大笔辈趟番项]+")
# A count of documents or works (五份报告, 拍过一部电影): how many, never what is asked about.
_COUNTED_COPIES = re.compile(r"[一二两三四五六七八九十几\d]+[份部篇]")
# A count's unit joined to the next count (200人一小时: jieba's 人一): no word.
_UNIT_THEN_COUNT = re.compile(r"[人名个家起件次支项份天年月][一二两三四五六七八九十半几]")
_ASPECT_PARTICLES = "了过着"
_PARTICLE_AFTER_ASPECT = re.compile(r"(?<=[了过])[吧吗呢啊呀嘛]+$")
# A verb's loose object marker at the end of an unknown word (弄个, 干点): speech, not a subject.
_LOOSE_ENDS = "个点些"
# What ends a place's name (匿名区, 武汉市).
_PLACE_SUFFIXES = "区市县省"
# Parts of speech that never name a subject (jieba's tags): pronouns, measures, conjunctions,
# adverbs, prepositions, particles, interjections, onomatopoeia, directions. Not numerals (m):
# the dictionary tags 两会 and 五一 so, and they can be what is asked about.
_GRAMMAR_TAGS = frozenset({"r", "q", "c", "d", "ad", "p", "u", "y", "e", "o", "f", "k"})
# Parts of speech of a character that is no part of a word jieba cut in two (with_split_words):
# the grammar tags but adverbs (约 of 约谈 is tagged one), and numerals (2023年 + 共).
_NO_WORD_PART_TAGS = (_GRAMMAR_TAGS - {"d", "ad"}) | {"m"}
# How many of the most frequent words of jieba's general dictionary count as everyday language.
# Chosen on the calibration sets: the commonest unknown word that was a subject there (直播,
# a verbal noun) ranks 2,434; the question-shaping ones (认为, 两个, 一级) rank under 1,500.
COMMON_WORDS = 2000
_YEAR_WORD = re.compile(r"^(19|20)\d{2}年?$")
# A compound worded by its halves (words_term): how many characters may stand between them.
# 评查执法案卷 has two; further apart they belong to different phrases.
_HALVES_GAP = 4
_HAN_COMPOUND = re.compile(r"^[\u4e00-\u9fff]{4}$")  # 1500 has no halves: 2015年100人 is no 1500
# What may stand between the halves: not the end of a sentence, nor what separates the items of
# a list or two clauses (道路交通、消防安全 is no 交通安全; 基层组织和社会力量 no 社会组织), nor
# the space between a sentence and its section titles.
_WITHIN_PHRASE = r"[^。；;！!？?.\n、，,：:和及与或\s]"


def _resource(name: str) -> str:
    return (resources.files("indexer.text") / "resources" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    return frozenset(normalize_for_matching(w) for w in domain_words())


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    words = []
    for line in _resource("question_words.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            words += line.split()
    return frozenset(normalize_for_matching(w) for w in words)


@lru_cache(maxsize=1)
def equivalents() -> dict[str, frozenset[str]]:
    """Term -> other wordings of it: the domain synonym groups, and both directions of the
    plain-language thesaurus (a reader's 请律师 is the report's 法律顾问). Not the search-only
    pairs: 特种设备 in a report does not answer a question on 电梯."""
    table: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        if a and b and a != b:
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)

    for line in _resource("synonyms.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            group = [normalize_for_matching(t) for t in line.split()]
            for a in group:
                for b in group:
                    link(a, b)
    for plain, official in plain_words.pairs(plain_words.EQUIVALENT):
        link(plain, official)
    for term, wider in _term_lists("not_answered_by.tsv").items():
        table.get(term, set()).difference_update(wider)
    for term, narrower in _term_lists("answered_by.tsv").items():
        table.setdefault(term, set()).update(narrower)  # one way: the narrower term keeps its own
    return {term: frozenset(others) for term, others in table.items()}


def _term_lists(name: str) -> dict[str, set[str]]:
    """Term -> wordings, from a resource of `term<TAB>wording wording…` lines."""
    table = {}
    for number, line in enumerate(_resource(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, tab, ways = line.partition("\t")
        if not tab or "\t" in ways or not term.strip() or not ways.split():
            raise ValueError(f"{name} line {number}: expected a term, one tab, then wordings: {line!r}")
        table[normalize_for_matching(term.strip())] = {normalize_for_matching(w) for w in ways.split()}
    return table


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """The commonest words of general Chinese that are not nouns (认为, 两个, 提出): jieba's own
    dictionary ranked by frequency. A question may use one that no report does without asking
    about anything the reports lack; a noun that common (学校, 市场) can still be the subject."""
    import heapq

    top = heapq.nlargest(COMMON_WORDS, _dictionary_rows(), key=lambda r: int(r[1]))
    return frozenset(
        word for word, _, tag in top if len(word) >= 2 and not tag.startswith("n") and tag != "vn"
    )


@lru_cache(maxsize=1)
def _dictionary_rows() -> tuple[tuple[str, str, str], ...]:
    """jieba's general dictionary: (word, frequency, part-of-speech tag) rows."""
    import jieba

    with jieba.get_dict_file() as f:
        rows = [line.split() for line in f.read().decode("utf-8").splitlines()]
    return tuple(tuple(r) for r in rows if len(r) == 3)


@lru_cache(maxsize=1)
def _general_dictionary() -> dict[str, str]:
    """Word -> part-of-speech tag, for every word of jieba's general dictionary."""
    return {word: tag for word, _, tag in _dictionary_rows()}


def is_verb(term: str) -> bool:
    """Whether general Chinese uses the word as a verb or verbal noun (jieba's v, vn, vd)."""
    return _general_dictionary().get(term, "").startswith("v")


def may_be_verb(term: str) -> bool:
    """is_verb, or a two-character word jieba's dictionary calls a name (张贴): in a clause a
    question puts before what it counts, such a word is an act far more often than a person."""
    tag = _general_dictionary().get(term, "")
    return tag.startswith("v") or (tag == "nr" and len(term) == 2)


def is_word_not_name(term: str) -> bool:
    """Whether general Chinese knows the term as a word that is no person's name (署名, 一般)."""
    tag = _general_dictionary().get(term)
    return tag is not None and not tag.startswith("nr")


def is_preposition(term: str) -> bool:
    """Whether general Chinese uses the word as a preposition (jieba's p): 依据, 按照, 通过."""
    return _general_dictionary().get(term, "") == "p"


def is_noun(term: str) -> bool:
    """Whether general Chinese uses the word as a common, place, organisation or other proper
    noun (jieba's n, ns, nt, nz, ng); not a person's name (nr), which jieba guesses too freely."""
    return _general_dictionary().get(term, "") in ("n", "ns", "nt", "nz", "ng")


def is_place_name(term: str) -> bool:
    """Whether general Chinese knows the word as a place's name (jieba's ns): 缙云, 江北."""
    return _general_dictionary().get(term, "") == "ns"


def is_plain_verb(term: str) -> bool:
    """Whether general Chinese uses the word only as a verb (jieba's v): 列入, 配备, not 服务 (vn)."""
    return _general_dictionary().get(term, "") == "v"


def _without_quantity(term: str) -> str:
    """The term without a count or pointer in front (一遍 -> nothing, 那种规定 -> 规定); as it
    was when one character would be left (一大笔钱, 那帮人): that character may be the subject,
    and alone it could not be checked."""
    rest = _QUANTITY_PREFIX.sub("", term)
    return term if len(rest) == 1 else rest


def is_grammar_word(term: str) -> bool:
    """Whether an unknown term is grammar rather than a subject: a two-character cut that is no
    word of general Chinese either (jieba joining the ends of two words: 干部小组 read as 部小),
    or a word whose part of speech never names a thing (那种, 不光, 本事). Time words and
    numerals stay subjects (汛期, 两会)."""
    tags = _general_dictionary()
    if term in ("这一", "那一", "此一", "每一"):  # 这一行动, 那一行政诉讼案件: pointing, not a thing
        return True
    if len(term) == 2 and term not in tags:
        # Unless longer words start with it: 问责 is in no dictionary, 问责制 is.
        return term not in _word_starts()
    return tags.get(term) in _GRAMMAR_TAGS


@lru_cache(maxsize=1)
def _word_starts() -> frozenset[str]:
    """The first two characters of every longer word of jieba's general dictionary."""
    return frozenset(word[:2] for word in _general_dictionary() if len(word) > 2)


def content_terms(tokenizer: ChineseTokenizer, topic: str, scope_words: tuple[str, ...] = ()) -> list[str]:
    """The words of `topic` an answer must cover, in question order."""
    text = normalize_for_matching(topic)
    for phrase in scope_words:
        if phrase:
            text = text.replace(normalize_for_matching(phrase), " ")
    # 硚口局在岗…: the district's bureau said by its place, left without it when the place went
    text = _BUREAU_LEFT.sub(" ", text)
    # Before the bureau's name goes: 没写区名的那个应急管理局 names the district with it.
    text = _ANONYMISED.sub(" ", text)
    # The segmenter joins a measure or a date's day to the verb after it (多少钱建的 -> 钱建,
    # 18日出的 -> 日出), or a done thing to the 数 counting it: the two belong to different phrases.
    text = _ENDS_PHRASE.sub(r"\g<0> ", text)
    # 市应急管理局 is another body than the district's own bureau: a term, kept whole.
    other_levels = [
        (m.start(), _FULL_BUREAU.get(m.group(), m.group())) for m in _OTHER_LEVEL_BUREAU.finditer(text)
    ]
    # (blanked to the same length, so that each keeps its place among the terms)
    text = _OTHER_LEVEL_BUREAU.sub(lambda m: " " * len(m.group()), text)
    text = _ASKING_PHRASES.sub(" ", without_bureau(text))
    # 特种作业等各类培训: after the examples, 各类 says "all kinds", no word a sentence must write
    text = _EVERY_KIND_AFTER_EXAMPLES.sub(" ", text)
    fillers = filler_words()
    terms = []
    for word in tokenizer.words(text):
        word = word.strip()
        if len(word) > 1:  # an aspect particle is no part of what is asked (建了: a report says 建成)
            # nor a question's last particle after it (建好了吧 cut as 建 / 好了吧; 网吧 stays)
            word = _PARTICLE_AFTER_ASPECT.sub("", word).rstrip(_ASPECT_PARTICLES)
        if len(word) < 2 or word in fillers or _PUNCTUATION.match(word) or _YEAR_WORD.match(word):
            continue
        if (
            word.isdigit()
            and len(word) < 3
            or _COUNTED_COPIES.fullmatch(word)
            or _UNIT_THEN_COUNT.fullmatch(word)
        ):
            continue
        if _QUANTITY_PREFIX.fullmatch(word):  # 一个 of 头一个, 那批: a count or a pointer alone
            continue
        if word not in terms:
            terms.append(word)
    for at, bureau in reversed(other_levels):
        if bureau not in terms:
            terms.insert(sum(1 for t in terms if 0 <= text.find(t) < at), bureau)
    return terms


# The emergency bureau of the city or province (市应急管理局, 省应急管理厅), not a district's
# (北碚区应急局) nor a city's name before its district (重庆市北碚区).
_OTHER_LEVEL_BUREAU = re.compile(r"(?<![\u4e00-\u9fff]区)(?:市|省)应急(?:管理)?(?:局|厅)")
_FULL_BUREAU = {"市应急局": "市应急管理局", "省应急厅": "省应急管理厅"}


_BUREAU_LEFT = re.compile(r"(?:^|(?<=\s))局(?![长面势])")
_EVERY_KIND_AFTER_EXAMPLES = re.compile(r"(?<=等)(?:各类|各种|各项|多种)")

# (… and a count of things done asked by 数 joins the segmenter's 位数: 整改到位数 -> 整改到 位数)
# (… and a question's measure word joins its noun, a 文件 the verb after it: 哪份文件 -> 份文件,
# 哪些文件组织 -> 文件组织)
_ENDS_PHRASE = re.compile(
    r"(?:多少|几)(?:钱|块钱|元|万元)|\d[日号]|(?:到位|完成|办结)(?=数)|哪一?[份件]|(?<=哪些|哪个|什么|哪份)文件"
    r"|各(?=街镇|镇街)"  # jieba's 各街 + 镇 names no place the reports write (各被调度街镇)
    # (… and a spoken 那 opening a clause, or 那边 before the bureau's 区: 那抖音, 北碚那边区应急管理局
    # cut as 那 + 边区)
    r"|(?:^|(?<=[\s，,。？?！!；;]))那(?=[\u4e00-\u9fff])(?!个|些|份|里|边|么|样|时|天|年|次|种|批|家|位|条|件|项)"
    r"|(?:那边|这边)(?=区)"
    # (两区经“12350”受理: the districts counted, and the 经 of the way it came; jieba's 两区经)
    r"|[两二三四五]区(?=经)"
)


def without_bureau(text: str) -> str:
    """The text with the bureau's name blanked out: every report is its own 应急局's."""
    for phrase in _BUREAU_PHRASES:
        text = text.replace(normalize_for_matching(phrase), " ")
    return text


@lru_cache(maxsize=4096)
def wordings(term: str, question: str) -> frozenset[str]:
    """The term and every wording that stands for it in this question: its synonyms, and the
    official terms of plain phrases of the question that hold it (外面的律师 is in 请律师's
    neighbourhood only when the question says 请律师). Cached: one question asks it of every
    term once per district and per report the scope checks read, and each call scans the
    whole equivalence table."""
    question = normalize_for_matching(question)
    table = equivalents()
    found = {term} | set(table.get(term, ()))
    for phrase, others in table.items():
        if term in phrase and phrase in question and phrase != term:
            found |= others
    # 三月, 八年: reports write such counts in digits (3月, 连续八年 beside 2023年).
    found |= {_in_digits(w) for w in found if _CHINESE_COUNT.fullmatch(w)}
    # 家次, 人次: reports also write the times in brackets (579家（次）).
    found |= {f"{w[:-1]}(次)" for w in found if _TIMES_UNIT.fullmatch(w)}
    # 首届, 首次: the first of a series, as reports also number it (第一届).
    found |= {f"第一{w[1:]}" for w in found if _FIRST_OF.fullmatch(w)}
    # One character stands for too much to be another term's wording (罪); a term of one
    # character (罚 of 罚了多少钱, the only word left) still words itself. Nor does the term's
    # tail without its modifier when another term of the table ends with it too (减灾日 of
    # 国际减灾日 is as much 防灾减灾日's); a tail of two characters is a word of its own (处罚).
    return frozenset(
        w for w in found if (len(w) >= 2 or w == term) and not (w != term and _tail_of_others(w, term, table))
    )


def _tail_of_others(wording: str, term: str, table: Mapping[str, frozenset[str]]) -> bool:
    return (
        len(wording) >= 3
        and term.endswith(wording)
        and any(other not in (term, wording) and other.endswith(wording) for other in table)
    )


_TIMES_UNIT = re.compile(r"[家人户台辆场]次")
_FIRST_OF = re.compile(r"首[届次批期轮]")
# 十月份 is 10月 as a report dates it (今年10月).
_CHINESE_COUNT = re.compile(r"([一二两三四五六七八九十]{1,3})([月年日号天个次])份?")


def _in_digits(term: str) -> str:
    count = _CHINESE_COUNT.fullmatch(term)
    return f"{int(parse_numeral(count.group(1)))}{count.group(2)}"


def words_term(ways: frozenset[str], text: str) -> bool:
    """Whether the text words a term in one of its wordings; a compound of four Hanzi also by
    its two halves close together in either order (严格评查执法案卷 words 案卷评查), as Chinese
    turns a compound into verb and object."""
    return any(
        _written(w, text)
        or (_HAN_COMPOUND.match(w) and _halves(w).search(text))
        or (_SUFFIXED.match(w) and _modified(w).search(text))
        for w in ways
    )


def _written(word: str, text: str) -> bool:
    """The word itself, not the start of a longer one that names something else: a ministry
    (应急管理部) is not any department (应急管理部门)."""
    if word in _POWERS:  # 什么权限 is answered by the powers named (行政处罚权, 执法权)
        return word in text or _POWER_NAMED.search(text) is not None
    if not word.endswith("部"):
        return word in text
    return re.search(f"{re.escape(word)}(?!门)", text) is not None


_POWERS = frozenset({"权限", "职权", "权力"})
_POWER_NAMED = re.compile(r"[\u4e00-\u9fff]{2}权(?![益利属威])")


# A word of two Hanzi and a suffix naming a kind of facility (服务站, 指挥台): the
# reports put a modifier before the suffix (服务示范站, 服务标准站) and still word it.
_SUFFIXED = re.compile(r"^[\u4e00-\u9fff]{2}[站室库台点]$")


@lru_cache(maxsize=4096)
def _modified(word: str) -> re.Pattern[str]:
    return re.compile(f"{re.escape(word[:2])}[\u4e00-\u9fff]{{1,2}}{re.escape(word[2])}")


@lru_cache(maxsize=4096)
def _halves(compound: str) -> re.Pattern[str]:
    head, tail = re.escape(compound[:2]), re.escape(compound[2:])
    between = f"{_WITHIN_PHRASE}{{0,{_HALVES_GAP}}}"
    return re.compile(f"{head}{between}{tail}|{tail}{between}{head}")


class Vocabulary:
    """The normalised text of every report, to tell a term the corpus never uses (无人机, 直播)
    from one this answer's sentences merely happen to leave out."""

    def __init__(self, texts: list[str] | dict[str, str]) -> None:
        """`texts`: each report's text, by report id when a caller asks about some reports."""
        keyed = texts if isinstance(texts, dict) else dict(enumerate(texts))
        self.by_report = {key: normalize_for_matching(t) for key, t in keyed.items()}
        self.text = "\n".join(self.by_report.values())
        # Where each report ends in `text`, to tell which report an occurrence belongs to.
        self._report_ends = list(accumulate(len(t) + 1 for t in self.by_report.values()))
        self._writers: dict[str, int] = {}
        # The paragraphs, as documents for term frequencies when the backend keeps none.
        self.paragraphs = [line for line in self.text.split("\n") if line.strip()]

    def settle(self, terms: list[str], question: str) -> list[str]:
        """The terms, without those the reports never use that are no subject: jieba's cuts
        across a function character (决策前要走 gives 前要, 村里有没有 gives 村里) and everyday
        verbs, numerals and adverbs (认为, 两个区)."""
        out = []
        for term in terms:
            # A word of our dictionary is whole, not a cut: 有限空间 is no 有 + 限空间.
            if not self.knows(term, question) and term not in _whole_words():
                if term.startswith("时") and any(f"{word}{term}" in question for word in out):
                    continue  # 清理时清了两件: the 时 of the term before (when), and one character
                term = _without_quantity(term.strip(_EDGE_CHARACTERS)).rstrip(_LOOSE_ENDS)
                if (
                    all(ch in _FUNCTION_CHARACTERS for ch in term)
                    or term in everyday_words()
                    or is_grammar_word(term)
                ):
                    continue
            if len(term) >= 2 and term not in out:
                out.append(term)
        return out

    def with_dropped_ends(self, terms: list[str], topic: str, segment) -> list[str]:
        """Terms with the one character jieba cut off their end put back (执法证 -> 执法 + 证,
        示范站 -> 示范 + 站), when the reports word the whole: alone, 执法 was covered by any
        sentence on enforcement, and 是否有执法证 was answered by one without a 证. Only a
        single-character word right after the term counts; 工 of 工作 or 情 of 情况 never does,
        nor 和 of 清理和备案 (a report writing 清理和备案 made 清理和 a term), nor 不 of 人员不规范."""
        words = [w.strip() for w in segment(normalize_for_matching(topic))]
        joined = {}
        for word, after, next_word in zip(words, words[1:], [*words[2:], ""], strict=False):
            if (
                word in terms
                and len(after) == 1
                and "\u4e00" <= after <= "\u9fff"
                and after not in _FUNCTION_CHARACTERS + _PLACE_CHARACTERS + _JOINING_CHARACTERS + _NEGATIONS
                and (word + after) in self.text
            ):
                if next_word in terms and (word + after + next_word) in self.text:
                    # The reports write the three as one phrase, where the character begins the
                    # next word (普法 + 微 + 电影: 微电影), and 普法微 would be found in 普法微信.
                    joined[next_word] = after + next_word
                elif (
                    next_word in terms
                    and len(next_word) > 2
                    and next_word not in self.text
                    and (word + after + next_word[:-1]) in self.text
                ):
                    # ... and where jieba joined the next word's last character to the word
                    # after it (微电影片名 cut as 微 + 电影片 + 名): the phrase without it.
                    joined[next_word] = after + next_word[:-1]
                else:
                    joined[word] = word + after
        return list(dict.fromkeys(joined.get(t, t) for t in terms))

    def with_split_words(self, terms: list[str], topic: str, segment) -> list[str]:
        """Terms with the two-character words jieba cut into single characters (约谈 -> 约 + 谈)
        put back, in question order, when the reports write the pair: single characters are no
        terms, so 约谈了多少家企业 was checked as a question on 企业 alone and answered with the
        firms a report fined. A pair with a function character (会上, 不了) stays cut."""
        # The bureau's name goes first: jieba reads 应急局约谈 as 应急 + 局约 + 谈. A particle
        # jieba joins to a character is split off again (约 + 谈过, 采用 + 过约 + 谈), unless the
        # two are a word (过程).
        words = []
        for word in segment(without_bureau(normalize_for_matching(topic))):
            word = word.strip()
            particle = len(word) == 2 and (word[0] in _ASPECT_PARTICLES or word[1] in _ASPECT_PARTICLES)
            words += [word[0], word[1]] if particle and word not in _general_dictionary() else [word]
        skipped = _FUNCTION_CHARACTERS + _PLACE_CHARACTERS + _JOINING_CHARACTERS + _NEGATIONS
        found = []
        for first, second, before, after in zip(
            words, words[1:], ["", *words], [*words[2:], ""], strict=False
        ):
            pair = first + second
            # A run of three or more single characters is no one word, unless what stands
            # around the pair is grammar (被约谈了).
            alone = all(len(w) != 1 or w in _FUNCTION_CHARACTERS or not w.isalpha() for w in (before, after))
            if (
                alone
                and len(first) == len(second) == 1
                and all("\u4e00" <= ch <= "\u9fff" and ch not in skipped for ch in pair)
                # a numeral, a time or a measure word counts something (2023年共受理, 件件), a
                # pronoun or a particle is grammar (匿名区 + 各), two adverbs too (已将)
                and not any(_general_dictionary().get(ch) in _NO_WORD_PART_TAGS for ch in pair)
                and not all(_general_dictionary().get(ch) == "d" for ch in pair)
                and first not in _PLACE_SUFFIXES  # the end of a name jieba left alone (匿名 + 区)
                and first != second
                and pair in self.text
                and pair not in terms + found
            ):
                found.append(pair)
        # A verb and its one-character object with an aspect particle between (贴了码): the pair
        # when the thesaurus knows it (贴码, the report's 企码张贴).
        for first, particle, second in zip(words, words[1:], words[2:], strict=False):
            pair = first + second
            if (
                particle in _ASPECT_PARTICLES
                and len(first) == len(second) == 1
                and pair in plain_words.plain_side()
                and pair not in terms + found
            ):
                found.append(pair)
        if not found:
            return terms
        text = normalize_for_matching(topic)
        return sorted([*terms, *found], key=lambda t: (text.find(t) < 0, text.find(t)))

    def verbs_joined(self, terms: list[str], topic: str, segment) -> dict[str, str]:
        """Counted nouns to join to the one-character verb before their count, when the reports
        write the pair as a word (立了几起案子: 案子 -> 立案): 案子 alone was answered by
        移送案件2起 where the report's 立案8起 was asked for."""
        words = [w.strip() for w in segment(normalize_for_matching(topic)) if w.strip()]
        joined = {}
        for at, verb in enumerate(words):
            if len(verb) == 2 and verb[1] in "了过":  # jieba's 立过
                verb = verb[0]
            if len(verb) != 1 or not "\u4e00" <= verb <= "\u9fff" or verb in _FUNCTION_CHARACTERS:
                continue
            rest = words[at + 1 :]
            if rest[:1] and rest[0] in ("了", "过"):
                rest = rest[1:]
            if not rest or not _COUNT_ASKED.fullmatch(rest[0]):
                continue
            rest = rest[1:]
            if len(rest) > 1 and len(rest[0]) == 1 and rest[1] in terms:
                rest = rest[1:]  # the measure word jieba leaves apart: 多少 + 件 + 案子
            if rest and rest[0] in terms and len(rest[0]) >= 2:
                word = verb + rest[0][0]
                if word in _general_dictionary() and word in self.text:
                    joined[rest[0]] = word
        return joined

    def reports_writing(self, term: str) -> int:
        """How many reports write the term verbatim, counted no further than two: a name one
        report alone writes (缙云, in the 北碚 report only) is that report's. Asked on every scoped
        question, so it searches the joined text and remembers the count per term."""
        if term not in self._writers:
            count, start = 0, 0
            while count < 2 and term and (found := self.text.find(term, start)) >= 0:
                count += 1
                # the next search starts past the report this occurrence lies in
                start = self._report_ends[bisect_right(self._report_ends, found)]
            self._writers[term] = count
        return self._writers[term]

    def said_in(self, term: str, question: str, reports: list) -> bool:
        """Whether any of these reports words the term (in any of its wordings)."""
        ways = wordings(term, question)
        return any(words_term(ways, self.by_report.get(r, "")) for r in reports)

    def says_as_word(
        self, term: str, question: str, reports: list, segment: Callable[[str], list[str]]
    ) -> bool:
        """Whether any of these reports words the term as a word, not only as characters across
        two (人均 in 负责人均出庭, 法人 in 执法人员): what a notice may tell a reader a report
        mentions."""
        ways = wordings(term, question)
        return any(words_as_word(ways, self.by_report.get(r, ""), segment) for r in reports)

    def knows(self, term: str, question: str) -> bool:
        if words_term(wordings(term, question), self.text):
            return True
        # A four-character compound whose halves the reports both use (涉嫌犯罪: 涉嫌…罪, 犯罪)
        # is a rewording, not a new subject; 一网统管 (统管 nowhere) stays unknown.
        return len(term) == 4 and term[:2] in self.text and term[2:] in self.text


_COUNT_ASKED = re.compile(r"(?:几|多少)[\u4e00-\u9fff]?")
# Where a clause ends, for reading a word or a negation within its own clause.
CLAUSE_MARKS = re.compile(r"[，,。；;！!？?：:\n]")


def words_as_word(ways: frozenset[str], text: str, segment: Callable[[str], list[str]]) -> bool:
    """Whether the text words the term as a word: an occurrence that starts where the segmenter
    starts a word, or lies inside one; a compound worded only by its halves apart counts."""
    if not words_term(ways, text):
        return False
    exact = [m for way in ways for m in re.finditer(re.escape(way), text)]
    if not exact:
        return True  # worded by a compound's halves (严格评查执法案卷 for 案卷评查)
    for match in exact:
        start = max((e.end() for e in CLAUSE_MARKS.finditer(text, 0, match.start())), default=0)
        edge = CLAUSE_MARKS.search(text, match.end())
        clause = text[start : edge.start() if edge else len(text)]
        at, end, offset = match.start() - start, match.end() - start, 0
        for word in segment(clause):
            if offset == at or (offset <= at and end <= offset + len(word)):
                return True
            # a word whose last two characters or more open the term (行政执法公示|率达 of 公示率)
            if offset < at and offset + len(word) - at >= 2 and offset + len(word) < end:
                return True
            offset += len(word)
    return False


def names_unnamed_district(question: str) -> bool:
    """Whether the question names the anonymised report's district in words (匿名区, 隐去名字的那个区)."""
    return bool(_ANONYMISED.search(normalize_for_matching(question)))


# Asking what the district did, whatever it did (匿名区做了哪些工作, 有什么亮点); not 工作 alone:
# 匿名区的工作报告是哪一年的 asks about the report.
_ASKS_WORK = re.compile(
    r"做了|做什么|干了|开展了|哪些工作|什么工作|亮点|成效|举措|成绩|做法|不足|短板|困难|存在.{0,4}问题|计划|打算"
)


def asks_about_work(tokenizer: ChineseTokenizer, question: str, knows: Callable[[str], bool]) -> bool:
    """Whether, beside the words naming the anonymised district, the question names a subject the
    reports word (匿名区的执法情况怎么样: 执法): then it asks what that district did, not which
    report it is. `knows` tells a term the corpus uses."""
    if _ASKS_WORK.search(normalize_for_matching(question)):
        return True
    text = normalize_for_matching(question)
    return any(
        t not in _ABOUT_ANONYMITY and knows(t) and not _cut_from_a_date(t, text)
        for t in content_terms(tokenizer, question)
    )


def _cut_from_a_date(term: str, text: str) -> bool:
    """Whether the term opens with a date's 年 or 月 jieba joined to the next character (2022年全打星号:
    年全), no word of the question."""
    return term[0] in "年月" and re.search(rf"\d{re.escape(term)}", text) is not None


def in_quotes(terms: Iterable[str], question: str) -> str:
    """The terms for a notice, each in quotation marks and with the letters cased as the question
    writes them (matching lower-cases them: 1+3+N, not 1+3+n)."""
    asked = unicodedata.normalize("NFKC", question)
    folded = asked.lower()
    shown = []
    for term in terms:
        at = folded.find(term) if any(ch.isascii() and ch.isalpha() for ch in term) else -1
        shown.append(asked[at : at + len(term)] if at >= 0 and len(folded) == len(asked) else term)
    return "".join(f"“{term}”" for term in shown)


# The grade a size word gives a thing (大事故 is 较大及以上, 小隐患 一般隐患): jieba cuts it off
# (出大 + 事故, 大 + 事故), and 事故 alone is affirmed by every clause guarding against one.
_GRADES = "大小"


def graded(terms: list[str], topic: str) -> list[str]:
    """The terms with each thing the thesaurus knows with a size word before it (大事故) taken
    whole, as the question writes it."""
    text = normalize_for_matching(topic)
    plain = plain_words.plain_side()
    return [next((g + t for g in _GRADES if g + t in plain and g + t in text), t) for t in terms]
