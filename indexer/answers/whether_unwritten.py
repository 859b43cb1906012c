"""Whether-questions on a doing the cited reports never word (是否已经提起公诉, of a report that
says only 移送案件2起), and which-questions on a thing they never word (配备了哪些应急救援物资, of a
sentence counting the stations).

The sentences found say something before or beside what is asked, not whether it happened or
which things: a plain answer would let a chatbot read a yes, or a list, into them.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import district_label
from indexer.answers.evidence import Verdict
from indexer.answers.question import corpus_vocabulary
from indexer.answers.terms import is_verb
from indexer.retrieval.search import Searcher
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# A question asking whether something happened (是否已经提起公诉, 有没有撤回, …判决了吗), and
# where in it the doing asked stands: after the asking word, or right before the final 吗.
_WHETHER_ASKED = re.compile(
    r"(?:是否|有没有|有无|是不是)(?:已经|已|都|曾|曾经|还)?(?P<after>[^，,。？?；;！!]{2,12})|(?P<before>[^，,。？?；;！!]{2,12}?)(?:了|过)?吗"
)


# A doing of this many characters names a step of its own (提起公诉); a shorter one (发放, 列入)
# may be what the sentence words otherwise (兑现, 纳入).
_WHOLE_DOING = 3


def whether_unwritten(searcher: Searcher, question: str, verdict: Verdict, terms: list[str]) -> str:
    """The notice declining a whether-question whose doing asked (提起公诉) the cited reports
    never word and the cited sentences share no two characters with: they say something before
    or beside it (移送案件2起), not whether it happened. "" for any other answer."""
    text = normalize_for_matching(question)
    asked = [m.group("after") or m.group("before") for m in _WHETHER_ASKED.finditer(text)]
    if not asked:
        return ""
    reports = list(dict.fromkeys(c.report_id for c in verdict.citations))
    vocabulary = corpus_vocabulary(searcher)
    cited = {b for c in verdict.citations for b in char_bigrams(normalize_for_matching(c.text))}
    for term in verdict.uncovered:
        if len(term) < _WHOLE_DOING:  # 发放 asked, 兑现 written: two characters may be a wording
            continue
        # the doing asked ends its span: 得到 of 有没有得到上级认可 is a light verb before it
        if not is_verb(term) or not any(
            term in a
            and not any(t != term and t in a[a.find(term) + len(term) :] for t in terms)
            and not re.search(r"[没未不无]", a[: a.find(term)])  # 报告没写…提速情况吗: a claim left out
            for a in asked
        ):
            continue
        if vocabulary.said_in(term, question, reports) or set(char_bigrams(term)) & cited:
            continue
        where = "、".join(dict.fromkeys(district_label(c.district, c.report_id) for c in verdict.citations))
        return f"{where}的报告中没有写到问题里的“{term}”，找到的句子不能回答是否{term}。"
    return ""


# The thing a which-question asks for, the noun phrase right after its asking word (哪些应急救援
# 物资, 什么样的处罚标准); its head, the last term in it, names what is asked.
_WHICH_ASKED = re.compile(
    r"(?P<which>哪些|哪几[个项种类条支家]?|哪一?次|哪一?场|什么样?的?|啥样?的?)(?P<thing>[\u4e00-\u9fff]{2,8})"
)
# Things any doing is said to come in (哪些措施, 什么做法): the sentences describe them without
# writing the word.
_ANY_DOING = frozenset(
    "措施 举措 做法 工作 方面 内容 方式 形式 手段 办法 方法 活动 行动 事情 事 东西 情况 问题 成绩 成效 亮点 特色"
    " 经验 途径 作用 意义 变化 走势 趋势 效果 区别 不同 特点 要求 环节 步骤 任务 事项 部门 单位 机构 人 人员"
    # ... and what sentences give without naming it (15分钟以内 is a 时限; a 制度 may go by its own name)
    " 制度 机制 政策 规定 标准 条件 程序 流程 时限 时间 期限 时长 人数 数量 金额 数额 数据 数字 指标 统计".split()
)


def which_unwritten(searcher: Searcher, question: str, verdict: Verdict, terms: list[str]) -> str:
    """The notice declining a which-question whose thing asked (物资 of 哪些应急救援物资) no cited
    sentence words nor shares two characters with: they say something beside it (建成示范站40个),
    not which ones. "" for any other answer."""
    text = normalize_for_matching(question)
    cited = {b for c in verdict.citations for b in char_bigrams(normalize_for_matching(c.text))}
    for asked in _WHICH_ASKED.finditer(text):
        thing = asked.group("thing")
        # the terms running on from the asking word, side by side (应急救援 物资); 方式给老百姓…
        # stops at 给: what follows is no part of the thing asked
        run, at = [], 0
        while True:
            starting = [t for t in terms if thing.startswith(t, at)]
            if not starting:
                break
            run.append(max(starting, key=len))  # 应急救援, not 应急 of it
            at += len(run[-1])
        if not run:
            continue
        head = run[-1]
        if head in _ANY_DOING or is_verb(head):
            continue
        if head in verdict.uncovered:
            if set(char_bigrams(head)) & cited:
                continue
        else:
            # worded only after the answering sentence (在哪次会议上, where a 联席会议制度 is
            # quoted on another matter): a which-question whose answer does not say which one
            which = asked.group("which")
            if not which.startswith("哪") or not verdict.citations:
                continue
            lead = set(char_bigrams(normalize_for_matching(verdict.citations[0].text)))
            if set(char_bigrams(head)) & lead:
                continue
            where = district_label(verdict.citations[0].district, verdict.citations[0].report_id)
            return f"{where}的报告中找到的句子没有写明是{which}{head}。"
        where = "、".join(dict.fromkeys(district_label(c.district, c.report_id) for c in verdict.citations))
        which = asked.group("which") if asked.group("which").startswith("哪") else "哪些"
        return f"{where}的报告中找到的句子没有写到问题所问的“{head}”，不能回答是{which}{head}。"
    return ""
