"""Characters typed for others of the same sound (管里局 for 管理局, 隐换 for 隐患, 行政诉松 for
行政诉讼): a pinyin input method offers every character of a syllable, and a hurried user on a
phone takes the wrong one. Left as typed, the word matched nothing and `ask` declined "报告中
没有关于“隐换”的内容".

A character is read as another only when all of this holds: the word it stands in is neither a
word of the reports nor a common word of jieba's dictionary (查出 stays 查出, though the reports
write 查处); putting the other character in makes a word the reports use, and the two share a
reading with tones dropped (an input method ignores tones); it is no function character (的, 了,
哪, 那: 做到的 is not 做到底); and it is not inside a real word of the question (普陀去年 keeps its
去, though 普陀区 is the reports' word).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, pinyin

from indexer.text.tokens import dictionary_counts, domain_words

_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# Characters no correction touches: particles, pronouns, question words, numerals, 是/有/在.
# Units and counters (成元 is no 成员, 3件行政 no 践行) and prepositions (区为 no 区委) too.
_FUNCTION = frozenset(
    "的地得了着过吗呢吧啊呀么嘛哪那这啥咋谁几多少怎是在有和与跟及个些们其此每各"
    "一二三四五六七八九十百千万亿两元件起家人名次项条份处支场篇期年月日天号批类种位台"
    "为向给把被从于"
)
# A word jieba has seen this often is a word, typed on purpose (查出 472, 监委 3, 雨情 6; 桥口 2 and
# the typos 大对, 以情 are not).
_TYPED_ON_PURPOSE = 3
# What a typo is read back to is a word of Chinese (大队 1655) or of the domain's word list (评查),
# not a name only the reports write (德和衡, 沙小安): 德和恒 claimed is a wrong name to correct.
_KNOWN_WORD = 10
_LONGEST = 4
# jieba's count of a character as a word of its own: 隐 1630, 情 8363; 办 10314, 人 313209.
_FREE_STANDING = 9000


@lru_cache(maxsize=8192)
def _sounds(character: str) -> frozenset[str]:
    """The character's common reading, tones dropped: an input method lists a character under
    the syllable it is mostly read with (还 under hai, not under a rare reading shared with 赋)."""
    return frozenset(pinyin(character, style=Style.NORMAL)[0])


@dataclass(frozen=True)
class Misreading:
    typed: str  # 管里局
    written: str  # 管理局


class WrittenWords:
    """The words the reports use, and how often: what a mistyped word is read back to."""

    def __init__(self, word_counts: Counter[str], places: list[str] = ()) -> None:
        """`places`: the districts' names; a name one character off may be another real place
        (乔口区 is no 硚口区), which the question's scope names rather than assumes."""
        bases = [p[:-1] if len(p) > 2 and p[-1] in "区县市省" else p for p in places]
        self.counts = Counter(
            {w: n for w, n in word_counts.items() if 2 <= len(w) <= _LONGEST and _HANZI_RUN.fullmatch(w)}
        )
        self._by_shape: dict[tuple[int, str], list[str]] = {}
        domain = frozenset(domain_words())
        for word in self.counts:
            if any(base in word or word in base for base in bases):
                continue
            if dictionary_counts().get(word, 0) < _KNOWN_WORD and word not in domain:
                continue
            for at in range(len(word)):
                self._by_shape.setdefault((at, word[:at] + "_" + word[at + 1 :]), []).append(word)

    def read(self, question: str, text: str) -> tuple[str, list[Misreading]]:
        """The question with each mistyped character replaced, and what was read so; `text` is
        the reports' text, to tell a character the reports write beside its neighbour."""
        words = _real_words(question, self.counts) + _names_and_numbers(question)
        # position -> (character read, window start, window end, reading, written beside its neighbour)
        found_at: dict[int, tuple[str, int, int, Misreading, bool]] = {}
        for run in _HANZI_RUN.finditer(question):
            for length in range(min(_LONGEST, len(run.group(0))), 1, -1):
                for start in range(run.start(), run.end() - length + 1):
                    window = question[start : start + length]
                    if window in self.counts or dictionary_counts().get(window, 0) >= _TYPED_ON_PURPOSE:
                        continue
                    if any(s < start + length and e > start + length for s, e in words):
                        continue  # 安全事故 read as 安全 + 全事: the window cuts a word
                    # (a word ending inside the window is no cut: 应急管理句 reads 管理句 as 管理局,
                    # the typed character after 应急管理)
                    found = self._written_form(question, start, window, words, text)
                    if found is None or start + found[0] in found_at:
                        continue
                    at, written = found
                    if _offered_apart(question, window, written):  # 缙云还是晋云: both, on purpose
                        continue
                    beside = length > 2 or _said_beside(question, start, written, text)
                    if length == 2 and not (beside or _kept_is_bound(written[1 - at])):
                        continue
                    found_at[start + at] = (
                        written[at],
                        start,
                        start + length,
                        Misreading(window, written),
                        beside,
                    )
        # Two readings sharing a character (报告里案倦评茶: 里案 as 立案, 案倦 as 案卷) are one too
        # many: the one the reports write beside its neighbour stands (案卷评查).
        dropped = {
            p
            for p, (_, start, end, _, beside) in found_at.items()
            for q, (_, other_start, other_end, _, _) in found_at.items()
            if p != q and start < other_end and other_start < end and not beside
        }
        kept = {p: found for p, found in found_at.items() if p not in dropped}
        if not kept:
            return question, []
        characters = list(question)
        for position, (character, *_rest) in kept.items():
            characters[position] = character
        return "".join(characters), list(dict.fromkeys(kept[p][3] for p in sorted(kept)))

    def _written_form(
        self, question: str, start: int, window: str, words: list[tuple[int, int]], text: str
    ) -> tuple[int, str] | None:
        """(index in the window, the reports' word) when one character of the window, read as
        another of its sound, makes the word the reports use most."""
        best: list[tuple[int, int, str]] = []
        for at, typed in enumerate(window):
            position = start + at
            if typed in _FUNCTION or any(s <= position < e for s, e in words):
                continue
            # 按市应急管理局: the reports write 市应, so 市 was meant, whatever 按时 is.
            outside = question[position + 1 : position + 2] if at == len(window) - 1 else ""
            outside_before = question[position - 1 : position] if at == 0 and position > 0 else ""
            if (outside and typed + outside in text) or (outside_before and outside_before + typed in text):
                continue
            for word in self._by_shape.get((at, window[:at] + "_" + window[at + 1 :]), ()):
                if word[at] not in _FUNCTION and _sounds(typed) & _sounds(word[at]):
                    best.append((self.counts[word], at, word))
        if not best:
            return None
        best.sort(reverse=True)
        if len(best) > 1 and best[0][0] == best[1][0] and best[0][2] != best[1][2]:
            return None  # two words of the reports as likely: no guess
        return best[0][1], best[0][2]


def _offered_apart(question: str, typed: str, written: str) -> bool:
    """Whether the question sets the typed word beside the reports' one as another choice
    (缙云还是晋云, 德和衡或德和恒); 案卷 written later in the question says nothing of 案倦."""
    between = r"\s*(?:还是|或者|或是|或|与|和|、|/)\s*"
    pairs = (re.escape(written) + between + re.escape(typed), re.escape(typed) + between + re.escape(written))
    return any(re.search(pair, question) for pair in pairs)


def _kept_is_bound(kept: str) -> bool:
    """Whether the character a two-character reading keeps seldom stands alone (隐 of 隐换, 诉 of
    诉松): 人 of 人答 and 有 of 上有 do, and were no typos."""
    return dictionary_counts().get(kept, 0) < _FREE_STANDING


def _said_beside(question: str, start: int, written: str, text: str) -> bool:
    """Whether the reports write the two-character word with the question's character before or
    after it (执法大队, 案卷评查)."""
    before = question[start - 1 : start]
    after = question[start + 2 : start + 3]
    return bool(before and before + written in text) or bool(after and written + after in text)


# A title or a document number's issuer is a name, typed as it was issued (乙规〔2022〕5号).
_NAMED = re.compile(r"《[^》]*》|“[^”]*”|[\u4e00-\u9fff]+(?=[〔\[(（【]\d{4})")


def _names_and_numbers(question: str) -> list[tuple[int, int]]:
    return [match.span() for match in _NAMED.finditer(question)]


def _real_words(question: str, written: Counter[str]) -> list[tuple[int, int]]:
    """Spans of the question that are words the reports write or jieba knows well (去年 of
    普陀去年, 查出, 事故 of 安全事故): typed on purpose."""
    spans = []
    for run in _HANZI_RUN.finditer(question):
        for length in range(2, _LONGEST + 1):
            for start in range(run.start(), run.end() - length + 1):
                word = question[start : start + length]
                if word in written or dictionary_counts().get(word, 0) >= _TYPED_ON_PURPOSE:
                    spans.append((start, start + length))
    return spans


def reading_note(misreadings: list[Misreading]) -> str:
    typed = "".join(f"“{m.typed}”" for m in misreadings)
    written = "".join(f"“{m.written}”" for m in misreadings)
    return f"问题中的{typed}按报告的用词读作{written}。"
