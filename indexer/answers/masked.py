"""Names the reports mask (***自治区, *〔2015〕*号): a question asking which one (所在的是哪个
自治区) finds the sentences writing the mask, and a chatbot repeating them would answer
"***自治区" as if it were a name."""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.answers.figures import QuantityAsked
from indexer.text.normalize import normalize_for_matching

# 哪个自治区, 哪一个市, 什么单位: the kind of name asked for, up to four characters.
_WHICH = re.compile(r"(?:哪一个|哪个|哪一|哪|什么)([\u4e00-\u9fff]{1,4}?)(?=[？?，,。]|$|的|呢|吗)")


def masked_notice(question: str, texts: list[str], words: Callable[[str], list[str]]) -> str:
    """The notice of an answer whose sentences write the asked kind of name masked (***自治区
    asked 哪个自治区) and never in the clear (a word holding the kind after a name: 广西壮族自治区,
    武汉市); "" otherwise. The kind's word alone (落实自治区、**市…的部署) names no place."""
    asked = _WHICH.search(normalize_for_matching(question))
    if asked is None:
        return ""
    kind = asked.group(1)
    texts = [normalize_for_matching(t) for t in texts]
    masks = [m.group(0) for text in texts for m in re.finditer(rf"[*＊]{{2,}}(?={re.escape(kind)})", text)]
    if not masks or any(kind in word and not word.startswith(kind) for t in texts for word in words(t)):
        return ""
    return f"报告中的{kind}名称被隐去，写作“{masks[0]}{kind}”：报告没有写出是哪个{kind}；以下是报告原句。"


# How far before a masked count its thing may stand (综合行政执法事项***项).
MASKED_COUNT_REACH = 12


def masked_count_notice(
    target: str | None, asked: QuantityAsked | None, texts: list[str], shown: str = ""
) -> str:
    """The notice of a count the sentences write masked (事项***项) right after the thing asked
    of, in the asked measure; "" otherwise. "No figure given" would be true, and this says why.
    `shown` is the thing as the notice names it (综合行政执法事项 for the target 事项)."""
    if not target or asked is None or not asked.measure:
        return ""
    for text in texts:
        text = normalize_for_matching(text)
        for mask in re.finditer(rf"[*＊]+{re.escape(asked.measure)}", text):
            if target in text[max(0, mask.start() - MASKED_COUNT_REACH) : mask.start()]:
                return f"报告写到了“{shown or target}”的数量，但数字被隐去，写作“{mask.group(0)}”：报告没有写出具体数字。"
    return ""
