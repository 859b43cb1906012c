"""Questions about the corpus itself, answered from the index's metadata, not from report text.

"How many reports are there" or "which report is anonymised" has no answer in any report
sentence; the nearest sentence would be quoted with confidence and be wrong. The index's
report list does know: districts, provinces, years, titles, file names and formats. What it
does not record (where the reports were collected, who compiled them, what a file name's hex
part means) is declined, saying what the metadata does hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.text.normalize import normalize_for_matching

# The question is about the collection, not about what a bureau did.
_ABOUT_CORPUS = re.compile(
    r"语料|知识库|收录|元数据|metadata|数据集"
    # 系统/数据库 are report subjects too (防汛决策指挥系统中, 建立重点企业数据库): only ours.
    r"|(?:你们的?|你的)(?:问答)?(?:系统|数据库|资料库|检索库)"
    # Asked of us: 你们的数据 / 你这儿能查到 (a report's 数据 is never "yours").
    r"|(?:你们的?|你的)(?:数据|资料|材料)|你们?这[儿里边]"
    # 文件名 of ours, or of a report; a document's 正式文件名 (和文号) or 文件名称 is its title in a report.
    r"|报告[^，,。？?]{0,6}文件名|(?<!正式)文件名(?!称|[和及与、]?文号)|文件格式|什么格式|哪种格式|十六进制|哈希|编号是什么意思"
    # 一共几份报告 asks a count; 这几份报告里 points at the reports (这几份报告里哪个区…).
    # 哪几份报告提到了民法典 asks what they write; 哪几份报告是2022年的 asks the collection.
    r"|(?<![这那哪在])[几多少]份报告(?![里中内当])|哪几份报告(?![^，。？?]{0,4}(?:提到|提及|写|说|讲|谈|涉及))|(?<![这那])[几多少]篇报告|报告[有共一]*[几多少]份|报告的?数量|哪几年的报告|报告.{0,4}哪些年份"
    # Whether the reports are all of one year (这五份报告是不是都是2023年度的): the list's years.
    r"|(?:这|那|所有|全部|[几两三四五六七八九十]份)[^，。？?]{0,4}报告[^，。？?]{0,3}(?:是不是|是否)?都是?\d{4}年度?的?[吗呢]?[？?]?$"
    # Which year a report is of: the report list's year, not a sentence (最早的报告是哪年的).
    r"|报告都?[是为]?(?:哪一?年|哪几年|什么年份)的?[吗呢]?[？?]?$|(?:最早|最新|最晚|最近)的?(?:一份|那份)?报告[是为]?(?:哪|什么|几)"
    # 匿名举报 is a report subject; a report or place name that is hidden is about the corpus.
    # (not a firm's or a person's name the report hides: 企业名称被隐去)
    r"|(?:报告|区名|地名|(?<!企业)(?<!单位)(?<!个人)(?<!人员)(?:名字|名称)).{0,6}(?:匿名|隐去|隐藏|打码|脱敏)"
    # (那份匿名报告里3月… asks what the report writes, not about it)
    r"|(?:匿名|隐去|隐藏|打码|脱敏)了?的?(?:报告(?![里中上][^，。？?]{2,})|区名|地名|名字|名称|那份|哪份|是哪)"
    r"|(?:哪份|哪一份|那份|哪个区|哪一个).{0,8}(?:匿名|隐去|隐藏|打码|脱敏)[的了]?[吗呢]?[？?]?$"
    r"|(?:系统|数据库|资料库|库)[里中].{0,10}报告|报告.{0,10}(?:系统|数据库|资料库|库)[里中]"
    r"|(?:^|这个|本|该|你们的?|你的|整个)(?:系统|数据库|资料库)[里中]|匿名区|匿名的区|被匿名|匿名处理"
    # Which report withholds its district; not a question about what that district did
    # (没写区名的那个区怎么普法 asks about its work).
    r"|没有?写明?[区地]名的?(?:报告|那份|是哪|是什么)|(?:哪份|哪个|哪一份|哪一个).{0,6}没有?写明?[区地]名"
    r"|(?:未具名|未署名|不具名|没署名)(?:区|的报告|的那份报告)?(?:是哪|指的是|是什么|是指)|哪份报告.{0,6}(?:没有|未)|哪个区.{0,6}没有?署名"
    # 那份自治区的报告到底是哪个区的: which place a report is of, asked of the report itself.
    # (…具体是哪个地方的应急管理局写的: the writer named by its place.)
    # (22年那份是哪个区的: 那份 stands for the report.)
    r"|(?:报告|那份|这份)[，,]?(?:到底|究竟|具体)?是?哪(?:个|一个|里)(?:自治区|区|省|市|地方)?"
    # (…到底是哪个区应急局写的？藏着掖着干嘛: the question mark closes what is asked)
    r"(?:[、，,和]哪(?:个|一个)(?:自治区|区|省|市))?(?:的?(?:应急管理局|应急局|局|部门|单位))?"
    r"(?:的|写的|发的|出的)?[吗呢啊]?(?:[？?]|$)"
    # 自治区那个区的应急局到底是哪个市的: the place the anonymised report hides.
    r"|自治区的?[^，,。？?]{0,10}[，,]?(?:到底|究竟|具体)?是?哪(?:个|一个|里)(?:市|区|城市|地方)"
    # How many places, and nothing else asked: 一共几个城市 (几个执法大队 names a subject).
    r"|^(?:这些报告|报告)?(?:一共|总共|共|都)?(?:涉及|来自|覆盖|包括|有)?了?[几多少]个(?:城市|区|省份?|省市|地区)[吗呢]?[？?]?$"
)
# "This" system is ours only when the question has named no system of a report before it
# (…防汛决策指挥系统入选了…，这个系统具体实现了哪些功能 asks about that one).
_THIS_SYSTEM = re.compile(r"(?:这个|这套|本|该)(?:问答)?(?:系统|数据库|资料库|检索库)")
# (or quoted before it: “数智普陀”这个系统 is the report's system, named)
_NAMED_SYSTEM = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9”\"](?:系统|数据库|资料库|平台|应用)|[“\"「《][^”\"」》]{2,20}[”\"」》]"
)
# ... nor when a bureau or its building something is spoken of before it (普陀应急局给220家企业建
# 了画像，这个数据库收的是哪类企业: the bureau's database).
_BUILT_BEFORE = re.compile(r"应急(?:管理)?局|建[了成立好设起]|搭建|开发|上线|启用|投用")
# 有没有上海的报告 / 有哪些区的报告: asks what exists, as long as nothing follows 报告.
_WHICH_REPORTS = re.compile(
    r"(?:有没有|是否有|有无|有哪些|哪些|哪几个|几个)[^，。？?]{0,10}的报告[吗呢]?[？?]?$"
)
# 这些报告是从哪里收集来的: where the reports come from, whoever asks it.
_ORIGIN = re.compile(
    r"(?:这些|这几份|这批|所有|全部|你的|你们的)报告.{0,6}(?:从哪|哪里来|哪来|来源|出处|收集|谁)"
)
_NOT_RECORDED = re.compile(
    r"从哪|哪里来|哪来|来源|出处|收集|谁.{0,3}(?:整理|编|收|做|选)|怎么来的|含义|意思|代表什么"
)


# How long the reports are (哪个区的报告最短, 每份报告多少字): counted, not read from a sentence.
_LENGTH = re.compile(
    r"报告.{0,6}(?:最长|最短|篇幅|字数|多长|多少字|几个字|长度|有多长)"
    r"|(?:最长|最短|篇幅最[长短大小]|字数最[多少]).{0,6}(?:报告|那份|一份)"
)


def is_meta_question(question: str) -> bool:
    text = normalize_for_matching(question)
    this_system = _THIS_SYSTEM.search(text)
    if this_system and _BUILT_BEFORE.search(text, 0, this_system.start()):
        # The bureau's database (建了一企一档，这个数据库里…): read as "it", not as ours.
        text = f"{text[: this_system.start()]}它{text[this_system.end() :]}"
        this_system = None
    return bool(
        _ABOUT_CORPUS.search(text)
        or (this_system and not _NAMED_SYSTEM.search(text, 0, this_system.start()))
        or _WHICH_REPORTS.search(text)
        or _ORIGIN.search(text)
        or _LENGTH.search(text)
    )


def meta_answer(
    question: str, reports: list[dict], length_of: Callable[[str], int] | None = None
) -> tuple[bool, str, str]:
    """(answered, answer text, notice) for a question about the corpus; `length_of`, a report's
    characters by report id, answers how long the reports are."""
    text = normalize_for_matching(question)
    listing = report_listing(reports)
    if _LENGTH.search(text) and length_of is not None:
        lengths = {r["report_id"]: length_of(r["report_id"]) for r in reports}
        notice = "这是关于报告篇幅的问题，以下是各报告正文（清洗后）的字符数，从短到长，不是报告正文的内容。"
        return True, notice + "\n" + _lengths(reports, lengths), notice
    if _NOT_RECORDED.search(text):
        notice = "索引的元数据没有记录这一点（报告的来源、整理者或文件名的含义），只记录了下列各报告的区、省市、年份、标题、文件名和格式。"
        return False, notice + "\n" + listing, notice
    notice = "这是关于语料本身的问题，以下根据索引的元数据（报告清单）回答，不是报告正文的内容。"
    return True, notice + "\n" + _summary(reports) + "\n" + listing, notice


def _summary(reports: list[dict]) -> str:
    districts = sorted({r["district"] for r in reports if r.get("district")})
    anonymous = [r for r in reports if not r.get("district")]
    years = sorted({r["year"] for r in reports if r.get("year")})
    provinces: dict[str, int] = {}
    for r in reports:
        provinces[r.get("province") or "省份不详"] = provinces.get(r.get("province") or "省份不详", 0) + 1
    formats = sorted({r.get("format") or r["source"].rsplit(".", 1)[-1] for r in reports})
    lines = [
        f"共{len(reports)}份报告，涉及{len(districts)}个具名区（{'、'.join(districts)}）"
        + (f"和{len(anonymous)}份未写明区名的报告" if anonymous else "")
        + f"；年份：{'、'.join(f'{y}年' for y in years)}；文件格式：{'、'.join(formats)}。",
        "按省市：" + "，".join(f"{p}{n}份" for p, n in provinces.items()) + "。",
    ]
    for r in anonymous:
        lines.append(f"{r['source']}没有写明区名（文中以“**”代替地名），年份{r.get('year') or '不详'}年。")
    return "\n".join(lines)


def report_listing(reports: list[dict]) -> str:
    rows = []
    for n, r in enumerate(reports, 1):
        place = "".join(dict.fromkeys(p for p in (r.get("province"), r.get("city"), r.get("district")) if p))
        rows.append(
            f"[{n}] {r['source']}：{place or '未写明地区'}，{r.get('year') or '年份不详'}年"
            + (f"，《{r['title']}》" if r.get("title") else "")
        )
    return "\n".join(rows)


def _lengths(reports: list[dict], lengths: dict[str, int]) -> str:
    ordered = sorted(reports, key=lambda r: lengths.get(r["report_id"], 0))
    return "\n".join(
        f"{r.get('district') or '未写明区名'}（{r.get('year') or '年份不详'}年，{r['source']}）："
        f"{lengths.get(r['report_id'], 0):,}字，{r.get('passages', 0)}个段落"
        for r in ordered
    )
