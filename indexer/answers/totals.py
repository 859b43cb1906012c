"""How many there are (硚口区有多少家企业, 辖区内有几个社区): a stock, answered only by a
number counting all of them. A report counts the firms it fined or the petrol stations its
experts visited (13家企业共计罚款, 对…25家加油站开展把脉问诊); a chatbot repeating that as the
number of firms in the district says something the report does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.figures import UNIT_KINDS
from indexer.answers.terms import CLAUSE_MARKS
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import dictionary_counts

# 有多少家企业, 企业有多少家, 现有几个…: the quantity word, then what is counted to the question's
# end (asked_stock tells 有多少家危化企业 from 有多少家企业被罚款).
_ASKS = re.compile(
    r"(?:有|共有|现有|拥有)(?:多少|几)[个家名位支座所条项人户]?(?P<tail>[^，。？?！!；;]*?)[吗呢啊]?[？?]?$"
)
# Words placing a count over the whole (全区2500多家企业, 在岗…共计22人, 建成…示范站40个).
_WHOLE = re.compile(
    r"全区|全市|全县|全镇|全省|辖区|区内|现有|共有|拥有|目前|在岗|在册|建成|建有|设有|备案|登记|总数|总量"
)
# A number counting things or people, as reports write it (2500多家, 22人, 1.2万处).
_MEASURES = sorted({*UNIT_KINDS["count"], *UNIT_KINDS["people"]} - {"余"}, key=len, reverse=True)
_COUNT = re.compile(rf"\d+(?:\.\d+)?(?:多|余)?[万千百]?(?:{'|'.join(_MEASURES)})")
# What makes the things after it an action's object (对…企业罚款, 为…企业建档, 向…镇街委托); not
# 对于, 对照, 作为, 认为, 因为, 为了.
_OBJECT = re.compile(r"对(?!于|照)|(?<![作认成因])为(?!了)|向|给|把")
# A noun an action picks out right before 有多少 (看过的人大概有多少, 被罚的企业有几家): how many
# the action reached, not how many there are.
_ACTED_ON = re.compile(
    r"(?:[过了到]|被)[^，。？?！!；;]{0,8}?的[\u4e00-\u9fff]{1,4}?(?:大概|大约|大致|一共|总共|共|都)?$"
)
# What may stand between a counted noun and its number (人员共计22人).
_LINK = r"(?:共计|共有|总计|合计|共|计|达|有|为|约)?"


# Verbs that say what kind of thing is counted (从事危化品经营的企业, 监管的企业): a stock still.
_KIND_VERBS = frozenset(
    "从事 经营 生产 使用 储存 存储 运输 监管 管理 属于 位于 注册 登记 持有 涉及 有".split()
)


def asked_stock(
    question: str,
    target: str,
    segment: Callable[[str], list[str]] | None = None,
    is_verb: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the question asks how many of the target there are, not how many something was
    done to: the question ends with the counted noun (有多少名应急队员) or its measure word, and
    no act picks the noun out (张贴企码的重点监管企业有多少家 counts those the act reached)."""
    text = normalize_for_matching(question)
    found = _ASKS.search(text)
    if not found or _ACTED_ON.search(text, 0, found.start()):
        return False
    if segment and is_verb and _picked_by_an_act(text[: found.start()], target, segment, is_verb):
        return False
    tail = found.group("tail")
    return not tail or tail.endswith(normalize_for_matching(target)[-2:])


def _picked_by_an_act(
    before: str, target: str, segment: Callable[[str], list[str]], is_verb: Callable[[str], bool]
) -> bool:
    clause = re.search(r"([\u4e00-\u9fff]{2,12})的[\u4e00-\u9fff]{1,8}$", before)
    if clause is None:
        return False
    # (贴码的企业, the target read as 贴码: the act picking the firms is the target itself)
    if clause.group(1).endswith(target) and len(target) == 2 and is_verb(target[0]):
        return True
    # (… or a one-character verb and its object jieba keeps as one word it does not know: 贴码)
    return any(
        (is_verb(w) or len(w) == 2 and is_verb(w[0]) and not dictionary_counts().get(w))
        and w not in _KIND_VERBS
        and w not in target
        for w in segment(clause.group(1))
    )


WHOLE, UNPICKED = 2, 1  # how surely a sentence counts all of the things (stock_stated)


def stock_stated(
    sentence: str, target: str, segment: Callable[[str], list[str]], is_verb: Callable[[str], bool]
) -> int:
    """How surely the sentence counts the target as a whole (WHOLE, UNPICKED, or 0): a number
    bound to the target's head (its last two characters, right before the number or just after
    its measure word) that no action picks out. Placed over the whole district (全区2500多家企业), it counts them all;
    after the noun (检查各类企业N家), only when no action precedes it in its clause; before
    the noun (4个专项指挥部具体统筹), only when the sentence does not make the things an action's
    object first (对…13家企业共计罚款, 为220家企业建档)."""
    text = normalize_for_matching(sentence)
    found = 0
    head = re.escape(normalize_for_matching(target)[-2:])
    clause_start = 0
    for clause in CLAUSE_MARKS.split(text):
        for number in _COUNT.finditer(clause):
            before, after = clause[: number.start()], clause[number.end() :]
            # 社会力量2支175人: a count of the units between the noun and the people it counts.
            noun_first = re.search(f"{head}{_LINK}(?:{_COUNT.pattern})?$", before)
            if not (noun_first or re.match(f"^.{{0,6}}?{head}", after)):
                continue
            if _WHOLE.search(before):
                return WHOLE
            if noun_first:
                acts = [w for w in segment(before) if is_verb(w) and w not in target]
                if not acts and not _COUNT.sub("", after).strip("（）()次、"):
                    found = UNPICKED  # 标准站86个: the noun and its number alone
            elif not _OBJECT.search(text, 0, clause_start + number.start()) and not _acting(after, head):
                found = UNPICKED
        clause_start += len(clause) + 1
    return found


# Verbs of being taken in (列入, 纳入, 参加): the things counted before them are those the scheme
# took, not all there are. Not any verb: 由4个专项指挥部具体统筹 counts the 指挥部 that do the work.
_TAKEN_IN = re.compile(r"列入|纳入|参加|参与|加入|进入|入选|接受|被")


def _acting(after: str, head: str) -> bool:
    """Whether the things counted before their noun are then taken in by something (198家重点监管
    企业…列入张贴范围): the number counts those the scheme took, not all there are."""
    noun = re.search(head, after)
    return bool(noun and _TAKEN_IN.search(after[noun.end() :]))
