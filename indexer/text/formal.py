"""Question words of formal written Chinese, read as the everyday ones every check of `ask`
knows: 全称为何 (what is its full name, not why), 签发人为何人, 以何种形式, 向何机关报送, 系由
谁制定. A legal scholar writes so; 为何 read as "why" declined "没有写明所问的原因"."""

from __future__ import annotations

import re

from indexer.text.tokens import dictionary_counts

# 为何 right after the thing asked, closing its clause, asks what it is (依据为何？); after a pause or a
# statement (事故下降了，为何？) or before a verb (为何要) it asks why.
_WHAT_IS = re.compile(r"(?<=[\u4e00-\u9fff])(?<![了过着呢吗的])为何(?=[？?，,。；;！!]|$)")
# 何 inside a word of its own (如何, 任何, 为何, 缘何, 因何) is no question word to replace; nor is
# 何人 of 何人员 or 为何人民, 何处 of 如何处理.
_NOT_AFTER = r"(?<![如为任奈几缘因凭])"
_WHO_IS = re.compile(r"为何人(?![员民士才大口])")
_IS_WHICH_KIND = re.compile(r"为何(?:种|类)")  # 为何种 is 是什么, not 为什么
_WHICH_KIND = re.compile(_NOT_AFTER + r"何(?:种|类)")
_NAMED_WHICH = (
    (re.compile(_NOT_AFTER + r"何处(?![理置罚分])"), "哪里"),
    (re.compile(_NOT_AFTER + r"何人(?![员民士才大口])"), "谁"),
    (re.compile(_NOT_AFTER + r"何年"), "哪一年"),
    (re.compile(_NOT_AFTER + r"何月"), "哪个月"),
    (re.compile(_NOT_AFTER + r"何日"), "哪一天"),
)
# 何 standing alone before a noun (向何机关); not inside the words above, nor 何时, 何地, 何为, 何者, 何故 …
_WHICH = re.compile(_NOT_AFTER + r"何(?![时地况必在等止以尝妨谓为者故其])(?=[\u4e00-\u9fff])")
# 系 as "is" (系由, 系依据, 系在): not of 关系, 体系, 联系, 系统, 系列.
_IS = re.compile(r"(?<![关体联维派世直谱星水])系(?=[由依在于为以经属哪何]|[一二两三四五]区)")


# 者 closing a phrase (追究纪律责任者及移送调查者各为多少人): the people it names. Not of a word
# of its own (记者, 或者, 学者), which jieba knows.
_ONES_WHO = re.compile(r"(?<=[\u4e00-\u9fff])者(?=[及和与、，,各为是共有均都？?]|多少|几|$)")


def _the_people(match: re.Match[str]) -> str:
    word = match.string[match.start() - 1 : match.end()]
    return "者" if dictionary_counts().get(word, 0) > 0 else "的人"


# 各为多少人, 分别为几件, 移送者为几人: 为 as "is" before the count asked; not 为多少家企业建档 ("for").
_COUNT_IS = re.compile(r"(?<=[各别共计者])为(?=多少|几)")


# A verb split by its aspect (上过课, 开了会, 考过证): one word again, as the reports and the
# thesaurus write it (上课 → 培训); split, neither half was a term, and a count asked of it
# (给多少人上过课) was left counting people of anything.
_SPLIT_VERB = re.compile(r"(上|开|考|办|听)[过了](课|会|证|班)")


# The title asked of a talk or film (讲座题目叫什么): its name, which the report quotes.
_TITLE_ASKED = re.compile(r"的?(?:题目|标题)(?=叫什么|是什么|叫啥|是啥)")


# 现在方便多了，时长压缩了多少: how it feels to the asker; the figure asked says how much.
_EASIER_NOW = re.compile(r"(?:方便|便捷|便利|容易|简单|省事|省心|快)(?:了)?(?:很多|好多|多了|不少)(?:了)?")


# 已发布若干期？: how many, asked; 若干 in a statement (出台了若干措施) is "some".
_HOW_MANY = re.compile(
    r"若干(?=[期个项次家人件起场名支条份篇处轮批][？?]|[期个项次家人件起场名支条份篇处轮批]$)"
)


# Words of the old written style a retired cadre writes (凡几场, 参与者几何人次, 孰多孰少, 其故安在),
# each as the everyday phrase the checks know. 几何 of 几何图形 is geometry; 之所以 stays.
_CLASSICAL = (
    (re.compile(r"凡几(?=[\u4e00-\u9fff]?)"), "共多少"),
    (re.compile(r"几何(?![学体图形级])"), "多少"),
    (re.compile(r"若干(?=[？?，,。；;]|$)"), "多少"),
    (re.compile(r"孰多孰少|孰高孰低|孰大孰小"), "哪个多"),
    (re.compile(r"孰(?=[多少高低大小优])"), "哪个"),
    (re.compile(r"(?:究竟|到底)?(?:何所指|所指为何|所指何)"), "指的是什么"),
    (re.compile(r"各?作何(?:处置|处理)"), "结果是什么"),
    (re.compile(r"其故安在|缘故安在|原因安在|其故何在|何故"), "原因是什么"),
    (re.compile(r"几时"), "什么时候"),
    (re.compile(r"(?:哪一个?|何)区(?:所为)?"), "哪个区"),
    # (at a clause's end: 可对企业处罚 and 可确保 are no asking)
    (re.compile(r"(?:此说|此数|所言|此言)?(?:确否|可对|属实否)(?=[？?。，,！!]|$)"), "对吗"),
    (re.compile(r"连同"), "和"),
    (re.compile(r"现今|目下|迄今(?=[\u4e00-\u9fff]{2})"), "目前"),
    (re.compile(r"见诸"), "在"),
    (re.compile(r"唯有|唯(?![一独物心美])"), "只有"),
    (re.compile(r"首开先河|开先河"), "率先"),
    # (吃官司, spoken: to be sued; jieba's 没吃 + 过 left a 没吃 no report writes)
    # (行政 only when said: 因涉嫌…吃了官司 is a criminal case)
    (re.compile(r"(?:没|未)(?:有)?吃(?:过|上)?(行政)?官司"), r"没有\1诉讼"),
    (re.compile(r"吃(?:了|过|上)?(行政)?官司"), r"有\1诉讼"),
    (re.compile(r"联成一体|连成一体|合为一体"), "联动"),
)


def in_everyday_words(question: str) -> str:
    for classical, everyday in _CLASSICAL:
        question = classical.sub(everyday, question)
    question = _HOW_MANY.sub("多少", question)
    question = _EASIER_NOW.sub("", question)
    question = _SPLIT_VERB.sub(r"\1\2", question)
    question = _TITLE_ASKED.sub("", question)
    question = _WHO_IS.sub("是谁", question)
    question = _WHAT_IS.sub("是什么", question)
    question = _IS_WHICH_KIND.sub("是什么", question)
    question = _WHICH_KIND.sub("什么", question)
    for formal, everyday in _NAMED_WHICH:
        question = formal.sub(everyday, question)
    question = _WHICH.sub("什么", question)
    question = _COUNT_IS.sub("是", question)  # before 者 becomes 的人: 移送者为几人
    question = _ONES_WHO.sub(_the_people, question)
    return _IS.sub("是", question)
