"""The asker's jeers and guesses taken out of a question: 真的假的, 吹的吧, 就这？, 别光给百分比,
听着就像纸上画的架构图, 想必也差不多. A doubting reader puts them beside what is asked; read as part
of it, their words (真的假, 架构图, 糊弄人, 光杆司令) became terms no report writes, and a question
the reports answer — or a false claim they correct — was declined for them.

What goes: a clause that only mocks or doubts (a 别… only after the question), states no figure
and quotes no name. The claim it doubts stays (硚口建了86个示范站？纸面上的吧 checks the 86), and
so does a question made of one clause alone.
"""

from __future__ import annotations

import re

from indexer.text.dialect import CLAUSE_WITH_ITS_MARK
from indexer.text.normalize import normalize_for_matching

# A whole clause of doubt (its marks and particles aside).
_DOUBT_ALONE = re.compile(
    r"(?:不会吧|就这|就这样|就这些|就这么点|骗人的吧|忽悠人的吧|糊弄人的吧"
    r"|(?:只是|就是|怕是)?(?:纸面上|表面上|嘴上)的吧|做做样子吧|作秀吧|真有这么神|有这么神"
    # the asker's guess that one is like another (硚口区应急局想必也差不多): the claim follows it
    r"|[^，,。？?]{0,12}?(?:想必|估计|应该|大概|多半)(?:也|都)?(?:差不多|一样|类似))[吧吗呢啊？?！!。，,]*"
)
_TRUE_OR_FALSE = re.compile(r"^真的假的(?=[？?！!。，,]*$)")
# A clause opening as a jeer: 别光…, 别又是…, 别都是…, 怕不是…, 听着就像….
_JEER_OPENING = re.compile(
    r"^(?:别(?:光|又|只|都|是|再|老|净|尽|总|就)|怕不是|该不会|(?:听|看)(?:着|起来)(?:就|倒|怎么)?像)"
)
# Words of mockery anywhere in a clause: 吹上天, 牛皮吹得, 糊弄, 躺平, 也敢写, 画大饼 (not 才几个人: asked).
_MOCKING = re.compile(r"吹(?:的|上天|牛|得|嘘|破|了吧)|牛皮|糊弄|躺平|也敢写|画大饼|凑数|拉人头|光杆司令")
# What a clause must not hold to go: a figure or a quoted name may be the claim checked.
FIGURE = re.compile(r"\d|[一二三四五六七八九十百千万两]+[个件人起家场期次名支份项条处%]")
QUOTE_MARK = re.compile(r"[“”\"《》「」]")


def without_jeers(question: str) -> str:
    """The question without its clauses of jeering or doubt (the module's doc); as typed when it
    has none, or when nothing would be left."""
    text = normalize_for_matching(question)
    clauses = [c for c in CLAUSE_WITH_ITS_MARK.findall(text) if c]
    if len(clauses) < 2:
        return question
    # 真的假的 asks whether the claim before it holds: said plainly, no term of its own
    clauses = [_TRUE_OR_FALSE.sub("是真的吗", c) for c in clauses]
    kept = [c for n, c in enumerate(clauses) if not _jeers(c, first=n == 0)]
    if not kept or ("".join(kept) == text):
        return question
    rest = "".join(kept).rstrip("，,")
    return rest if rest.endswith(("?", "。", "!")) else rest + "?"


def _jeers(clause: str, first: bool) -> bool:
    bare = clause.strip("，,。；;！!？? ")
    if not bare or FIGURE.search(bare):
        return False
    opening = _JEER_OPENING.match(bare)
    # (别又是“研究研究”: a quote in a jeer names nothing claimed; but 别又是只有北碚在搞…，
    # opening the question, is what it asks)
    if opening and not (first and opening.group(0).startswith("别")):
        return True
    return not QUOTE_MARK.search(bare) and bool(_DOUBT_ALONE.fullmatch(bare) or _MOCKING.search(bare))
