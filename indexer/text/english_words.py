"""English words a Chinese question mixes in (法律顾问 written legal counsel, total 多少人,
YoY 增幅): the report's Chinese words they stand for.

No report writes them, so left in Latin letters each was a term nothing covers: `ask` declined
"硚口区的 legal counsel 是谁" for want of "legal" in any report. A word the question glosses
itself in brackets (legal counsel（法律顾问）) is dropped for its gloss; a word neither the list
nor the question glosses stays as typed (it may be a name), and is checked as any other term.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# A Latin phrase glossed in brackets right after it (legal counsel（法律顾问）), or a Chinese
# word glossed in Latin after it (管理办法（regulation）): the Chinese side is kept.
_GLOSSED_AFTER = re.compile(
    r"\s*(?<![A-Za-z])[A-Za-z][A-Za-z\s\-'/.]*?\s*[（(]\s*(?P<gloss>[^（）()A-Za-z]*[\u4e00-\u9fff][^（）()A-Za-z]*)[）)]"
)
# What a gloss is: a term, not a remark in brackets (report (区名被**隐藏) says which report).
_A_GLOSS = re.compile(r"[^被了的吗呢*＊，,。]{1,12}")
_LATIN_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff》”」』])\s*[（(]\s*[A-Za-z][A-Za-z\s\-'/.]*[）)]")


@lru_cache(maxsize=1)
def _glossary() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = (resources.files("indexer.text") / "resources" / "english_words.tsv").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if line.startswith(("#", "english\t")) or "\t" not in line:  # comments and the header
            continue
        english, chinese = line.split("\t", 1)
        entries.append((english.strip(), chinese.strip()))
    entries.sort(key=lambda entry: -len(entry[0]))  # growth rate before growth
    return tuple((re.compile(_spelled(english), re.I), chinese) for english, chinese in entries)


def _spelled(english: str) -> str:
    """The pattern of an English entry: whole words, any run of spaces between them, and the
    spaces around it taken with it (合作 单位, not 合作  单位)."""
    words = r"\s+".join(re.escape(word) for word in english.split())
    return rf"\s*(?<![A-Za-z]){words}(?![A-Za-z])\s*"


def english_in_chinese(query: str) -> str:
    """The query with the English words of a Chinese question put in the report's words; a
    query in English alone, or with no Latin word, is returned as typed."""
    if not _LATIN_WORD.search(query) or not re.search(r"[\u4e00-\u9fff]", query):
        return query
    query = _GLOSSED_AFTER.sub(
        lambda m: m["gloss"].strip() if _A_GLOSS.fullmatch(m["gloss"].strip()) else m.group(0), query
    )
    query = _LATIN_IN_BRACKETS.sub("", query)
    query = _DAYS.sub(r"\1天", _THOUSANDS.sub(_in_wan, query))
    for pattern, chinese in _glossary():
        query = pattern.sub(chinese, query)
    return _REPEATED_MARK.sub(r"\1", query)  # 对吗？Yes or no？ leaves one question mark


_REPEATED_MARK = re.compile(r"([？?])[？?]+")
# 72.8k, 50K: thousands in English style, as the reports write them (7.28万, 5万).
# (the spaces around it go with it: 把 50k 以下 is 把5万以下)
_THOUSANDS = re.compile(r"\s*(?<![\w.])(\d+(?:\.\d+)?)\s?[kK](?![A-Za-z])\s*")
# 20-day, 3 days: the days as the reports count them.
_DAYS = re.compile(r"(?<![\w.])(\d+)\s*-?\s*days?(?![A-Za-z])\s*", re.I)


def _in_wan(found: re.Match[str]) -> str:
    thousands = float(found.group(1))
    return f"{thousands / 10:g}万" if thousands >= 10 else f"{thousands * 1000:g}"
