"""A name the question puts where the report writes another (报区人大常委会备案的吧, where the
report writes 提请区政府备案; 依托蓝天救援队组建的吧, where it writes 依托山城雪豹应急救援青年突击队).

The sentence answering such a claim passed the evidence check on the rest of its words, and
the notice only said the question's word was not in it: a chatbot would read the quoted
sentence as a yes. The question's words around the name it gives find the report's name in
the same place, and the answer says which it is.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.dates import dates_in
from indexer.answers.figures import MEASURE_NOUNS
from indexer.answers.polarity import negation_end
from indexer.answers.terms import is_preposition, is_verb
from indexer.text.normalize import normalize_for_matching

# A claim put for checking, not an open question (…的吧, 对吗, 是不是…).
_CLAIM = re.compile(r"(?:吧|吗|对吗|对吧|对不对|是不是|是这样吗|没错吧)[？?！!。]*$|^是不是|是不是")
OPEN_QUESTION = re.compile(r"什么|哪|怎么|如何|多少|几|为什么|为何|啥|咋")
# Words around a name that say nothing of where it stands (的, 了, and a question's particles).
_FILLER = re.compile(r"[的了吧吗呢啊是]")
_CLAUSE = re.compile(r"[，,。；;：:？?！!、]")
_CONTEXT = 2  # characters of the question on each side of the name, to find its place by
_LONGEST_NAME = 16
_AMOUNT = re.compile(r"刻钟|分钟|小时|钟头")
_SHORT_CLAUSE = 12
_WHEN = re.compile(r"全年|今年|年内|当年|去年|同期|累计|目前|截至|截止|共计?|先后|已")
_GENERIC_AFTER = frozenset("问题 工作 情况 方面 事项 内容 方式 措施 要求 活动".split())


def other_in_place(question: str, uncovered: list[str], citations: list[Citation]) -> str:
    """What the report writes where the question puts a name its quoted sentences never write,
    as the notice says it; "" when the question asks openly, or no sentence has the place."""
    asked = normalize_for_matching(question)
    # An open question may still presume a name (成立的行政复议工作领导小组有哪些职能): only a
    # name found between both the question's words around it is said then.
    presumed_only = not _CLAIM.search(asked) or bool(OPEN_QUESTION.search(asked))
    # A span of time said another way (一刻钟 for 15分钟) is no name: the figure checks read it.
    # Nor is a date (今年年初, where the sentence writes 2022年1月): the date checks read it.
    names = (
        n
        for n in uncovered
        if len(n) >= 2
        and not is_verb(n)
        and not is_preposition(n)  # 依据《纲要》, where the report writes 围绕《纲要》: no name
        and not _AMOUNT.search(n)
        and n not in MEASURE_NOUNS  # 罚款数额是72.8万: the figure's name, the figure checks read it
        and not dates_in(n, seasons=True)
    )
    for name in names:
        at = asked.find(name)
        if at < 0:
            continue
        if negation_end(_CLAUSE.split(asked[:at])[-1]):
            continue  # 没出过较大事故吗: a thing said not to have happened names nothing done in its place
        before = _FILLER.sub("", asked[:at])[-_CONTEXT:]
        after = _FILLER.sub("", asked[at + len(name) :])[:_CONTEXT]
        if re.search(r"\d", before + after):
            continue  # 200人一小时内到: a figure's words around it, which the figure checks read
        for citation in citations:
            level = other_level(normalize_for_matching(citation.text), name)
            if level:  # 全国人大常委会, where the sentence writes 自治区人大常委会
                return f"报告写的是“{level}”，不是问题所说的“{name}”"
            found = _in_place(normalize_for_matching(citation.text), name, before, after)
            if (
                found
                and presumed_only
                and (found[1] != before or found[2] != after or len(before) < _CONTEXT)
            ):
                continue
            if found:
                written, left, right = found
                return f"报告写的是“{written}”，不是问题所说的“{left}{name}{right}”"
    return ""


def _in_place(text: str, name: str, before: str, after: str) -> tuple[str, str, str] | None:
    """The sentence's words from the question's word before the name to the one after it,
    with another name between (区政府 between 区 and 备案); None when it has none there. The
    words around may be cut to one character each (报区 -> 区); with the words used."""
    for clause in _CLAUSE.split(text):
        if name in clause:
            continue
        for left in dict.fromkeys((before, before[-1:])):
            for right in dict.fromkeys((after, after[:1])):
                between = _between(clause, left, right)
                if (
                    2 <= len(between) <= _LONGEST_NAME
                    and name not in between
                    and between not in name
                    and not re.search(r"\d", between)
                    # a name, not the marks around one (办法》( between 办法 and 沪应)
                    and not re.search(r"[^\u4e00-\u9fff“”A-Za-z]", between)
                ):
                    return _quote_closed(clause, f"{left}{between}{right}"), left, right
        # The question's word before it said otherwise (靠 for the report's 依托): a short clause
        # up to the word after it holds the place.
        # (not when that word is one any clause may end in: 因廉政问题 would find any clause ending in 问题)
        placed = len(after) == _CONTEXT and after not in _GENERIC_AFTER
        end = clause.find(after) if placed else -1
        if (
            2 <= end <= _SHORT_CLAUSE
            and name not in clause[:end]
            and clause[:end] not in name
            # (全年受理 for 热线受理: a time said before the doing holds no name's place)
            and not _WHEN.match(clause[:end])
        ):
            return clause[: end + len(after)], "", after
    return None


def _quote_closed(clause: str, written: str) -> str:
    """The written words run on to the quote they open (应急管理“良好 -> 应急管理“良好实践”): a
    notice quoting half a name misquotes the report."""
    if written.count("“") <= written.count("”"):
        return written
    at = clause.find(written)
    close = clause.find("”", at + len(written))
    return clause[at : close + 1] if at >= 0 and close >= 0 else written


def _between(clause: str, left: str, right: str) -> str:
    """The words of the clause between `left` and the first `right` after it; what follows
    `left` to the clause's end when the name ends the question's claim (no `right`)."""
    if not left:
        return ""
    start = clause.find(left)
    if start < 0:
        return ""
    rest = clause[start + len(left) :]
    if not right:
        return rest
    end = rest.find(right)
    return rest[:end] if end >= 0 else ""


def body_at_another_level(terms: list[str], citations: list[Citation], question: str = "") -> str:
    """What the notice says when the question names a body of one level (市应急管理局) that no
    quoted sentence writes, and a sentence writes the same body at another (区应急管理局 of a 大队):
    close enough in meaning to cover the term, and still another body; "" otherwise. Only the
    level is compared: a body unwritten is no name to look for in its place. A level the
    question writes before a term (市 of 6件市人大代表建议, whose terms keep 人大代表 alone) names
    it too."""
    texts = [normalize_for_matching(c.text) for c in citations]
    for term in [*terms, *_levelled(terms, normalize_for_matching(question))]:
        if not (_LEVEL.match(term) and _BODY_END.search(term) or _LEVELLED_BODIES.match(term)):
            continue
        if any(_written_at_its_level(term, x) for x in texts):
            continue
        written = next((w for x in texts if (w := other_level(x, term))), "")
        if written:
            return f"报告写的是“{written}”，不是问题所说的“{term}”"
    return ""


_BODY_END = re.compile(r"(?:局|厅|部|委|办|院|会|政府)$")
# Bodies whose members and papers carry their level (区人大代表建议, 市政协委员).
_LEVELLED_BODIES = re.compile(r"^(?:全国|国家|中央|自治区|省|市|区|县)(?:人大|政协|人民政府|政府)")


def _levelled(terms: list[str], question: str) -> list[str]:
    """The terms with the level the question writes right before them (市 + 人大代表)."""
    found = []
    for term in terms:
        at = question.find(term)
        level = _LEVELS_BEFORE.search(question[:at]) if at > 0 else None
        if level and not _LEVEL.match(term):
            found.append(level.group(1) + term)
    return found


def _written_at_its_level(name: str, text: str) -> bool:
    """Whether the text writes the name at the level it opens with: 区人大常委会 is not written
    in 自治区人大常委会, whose level, read back from the body, is 自治区."""
    level = _LEVEL.match(name)
    if level is None:
        return name in text
    through_level = (m.start() + level.end() for m in re.finditer(re.escape(name), text))
    return any(_LEVELS_BEFORE.search(text[:end]).group(1) == level.group(1) for end in through_level)


# Levels of government a body's name opens with (全国人大常委会, 自治区人大常委会, 市政府).
_LEVEL = re.compile(r"^(全国|国家|中央|自治区|省|市|区|县|镇|街道)(?=[\u4e00-\u9fff]{2})")
_LEVELS_BEFORE = re.compile(r"(全国|国家|中央|自治区|省|市|区|县|镇|街道)$")


def other_level(text: str, name: str) -> str:
    """The body the sentence names at another level of government than the question's (自治区
    人大常委会 for 全国人大常委会); "" when it names it at the same level, or not at all."""
    level = _LEVEL.match(name)
    if level is None:
        return ""
    body = name[level.end() :]
    for at in (m.start() for m in re.finditer(re.escape(body), text)):
        written = _LEVELS_BEFORE.search(text[:at])
        if written and written.group(1) != level.group(1):
            return written.group(1) + body
    return ""
