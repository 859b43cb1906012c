"""District names typed in pinyin (Putuo, Sha Ping Ba district, qiaokou) or by their initials
(spb, qk): the Chinese names they stand for. A chatbot's users write them so; left in Latin
letters, a question about 普陀区 named no district and `ask` declined for want of "Putuo" in any
report."""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

from indexer.text.english_words import english_in_chinese

_LATIN_RUN = re.compile(r"[A-Za-z]{2,}")


@lru_cache(maxsize=64)
def _patterns(districts: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Two patterns per district: its syllables, joined or apart, then 区/district/qu if written;
    and the same or its initials alone (spb 沙坪坝, qk 硚口), a searcher's shorthand."""
    found = []
    for name in districts:
        base = name[:-1] if len(name) > 2 and name[-1] in "区县" else name
        syllables = lazy_pinyin(base)
        if not all(s.isascii() and s.isalpha() for s in syllables):
            continue
        spelled = r"[\s\-']?".join(re.escape(s) for s in syllables)
        initials = "".join(s[0] for s in syllables) if len(syllables) > 1 else spelled
        spelled_only, or_initials = (
            re.compile(rf"(?<![A-Za-z])(?:{way})(?:\s*(?:district|qu))?(?![A-Za-z])(?:\s*区)?", re.I)
            for way in (spelled, f"{spelled}|{initials}")
        )
        found.append((spelled_only, or_initials, name))
    return tuple(found)


def in_chinese(query: str, districts: list[str]) -> str:
    """The query with each district written in pinyin replaced by its Chinese name, and the
    English words mixed into a Chinese question by the report's words."""
    if not _LATIN_RUN.search(query):
        return query
    # Initials stand for a district only in a query naming none (北碚…是不是pt兼职: part-time)
    named = any(d.rstrip("区县") in query for d in districts)
    for spelled_only, or_initials, name in _patterns(tuple(districts)):
        query = (spelled_only if named else or_initials).sub(name, query)
    return english_in_chinese(query)
