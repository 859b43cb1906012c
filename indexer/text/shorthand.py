"""Districts called by their first character and 区 (沙区 for 沙坪坝区), as people in the city
say them. Left as typed, 沙区 named no district of the index: `ask` declined "报告中没有关于“沙区”
的内容" and search ranked every district's report. And words said short after a name (德和衡律所),
where jieba cuts the name apart (德 + 和 + 衡律 + 所) and nothing of it is left to check."""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

from indexer.text.tokens import dictionary_counts, segmenter_module

# jieba counts 沙区 27 times and 北区 48 (the names, said short); 新区 and 山区 thousands.
_COMMON_WORD = 200


@lru_cache(maxsize=64)
def _short_forms(districts: tuple[str, ...]) -> dict[str, str]:
    """沙区 -> 沙坪坝区, for each first character only one district of three or more characters
    starts with; 区 for 区, 县 for 县."""
    starting: dict[str, list[str]] = {}
    for name in districts:
        if len(name) >= 4 and name[-1] in "区县" and "\u4e00" <= name[0] <= "\u9fff":
            starting.setdefault(name[0] + name[-1], []).append(name)
    # 新区, 山区, 城区: a common word first, a short form second.
    common = {short for short in starting if dictionary_counts().get(short, 0) > _COMMON_WORD}
    return {short: names[0] for short, names in starting.items() if len(names) == 1 and short not in common}


def _word_starts(query: str) -> set[int]:
    """Where jieba's words of the query start: 沙区 of 问一下沙区 starts one, 沙 of 风沙区 or
    黄沙区 does not (风沙 and 黄沙 are words of their own)."""
    starts, at = set(), 0
    for word in segmenter_module().lcut(query):
        starts.add(at)
        at += len(word)
    return starts


# Rare characters of place names and the common one people type for them, alike in sound and
# shape (硚口区 typed 桥口区: 硚 is on few keyboards' first page).
_TYPED_FOR_RARE = {"硚": "桥"}


@lru_cache(maxsize=64)
def _mistyped_forms(districts: tuple[str, ...]) -> dict[str, str]:
    """桥口区 -> 硚口区: each district's name with its rare characters typed the common way."""
    forms = {}
    for name in districts:
        typed = "".join(_TYPED_FOR_RARE.get(ch, ch) for ch in name)
        if typed != name and typed not in districts:
            forms[typed] = name
    return forms


def mistyped_districts(query: str, districts: list[str]) -> list[tuple[str, str]]:
    """(as typed, the district's name) of each district the query names mistyped (桥口区)."""
    return [(typed, name) for typed, name in _mistyped_forms(tuple(districts)).items() if typed in query]


def districts_by_sound(query: str, districts: list[str]) -> list[tuple[str, str]]:
    """(as typed, the district's name, or its name without 区) of each district the query names
    by a character of the same sound (沙平坝区, 北倍, 普托: speech input and pinyin keyboards
    offer every character of a syllable). One character off, toneless readings alike, and
    no word of jieba's dictionary (北辰区 sounds otherwise; 备备 is two characters off)."""
    found = []
    for name in districts:
        stems = [name, name[:-1]] if len(name) >= 3 and name[-1] in "区县" else [name]
        for stem in stems:
            for at in range(len(query) - len(stem) + 1):
                typed = query[at : at + len(stem)]
                if (
                    sum(a != b for a, b in zip(typed, stem, strict=True)) == 1
                    and all("\u4e00" <= ch <= "\u9fff" for ch in typed)
                    and lazy_pinyin(typed) == lazy_pinyin(stem)
                    and dictionary_counts().get(typed, 0) < _SAID_ON_PURPOSE
                    and not _inside_words(query, at, at + len(typed))
                    and (typed, stem) not in found
                ):
                    found.append((typed, stem))
    # (沙平坝区 is found whole and as 沙平坝: the whole one is read)
    return [(t, s) for t, s in found if not any(t != o and t in o for o, _ in found)]


# A word jieba has seen this often is a word typed on purpose, not a district misheard.
_SAID_ON_PURPOSE = 3
# What ends a place of its own (乔口镇 is a town near 长沙, no 硚口区 misheard).
_PLACE_AFTER = "镇乡村街县市省州"


def _inside_words(query: str, start: int, end: int) -> bool:
    """Whether the window's ends belong to words around it (河北被, 华北倍受, 大桥口) or a place of
    its own follows it (乔口镇): no district's name stands there."""
    before = query[start - 1 : start + 1] if start > 0 else ""
    after = query[end - 1 : end + 1] if end < len(query) else ""
    return (
        dictionary_counts().get(before, 0) >= _SAID_ON_PURPOSE
        or (after[-1:] != "区" and dictionary_counts().get(after, 0) >= _SAID_ON_PURPOSE)
        or query[end : end + 1] in tuple(_PLACE_AFTER)
    )


def districts_in_full(query: str, districts: list[str]) -> str:
    """The query with each district's short form, or its name mistyped, written out in full."""
    for typed, name in _mistyped_forms(tuple(districts)).items():
        query = query.replace(typed, name)
    forms = _short_forms(tuple(districts))
    if not forms:
        return query
    pattern = re.compile("|".join(map(re.escape, forms)))
    if not pattern.search(query):
        return query
    starts = _word_starts(query)

    def written_out(match: re.Match[str]) -> str:
        short = match.group(0)
        if match.start() not in starts or query.startswith("域", match.end()):
            return short  # 风沙区, 黄沙区, 沙区域
        return forms[short]

    return pattern.sub(written_out, query)


# Said short after a name, written out in reports; the thesaurus pairs them too, but only once
# jieba has cut the name right.
_AFTER_A_NAME = re.compile(r"(?<=[\u4e00-\u9fff])律所")


def names_in_full(query: str) -> str:
    """The query with 律所 after a name written out as the reports write it, and 事物所 (no word:
    the 务 of 事务所 typed as the 物 of its sound) as 事务所."""
    return _AFTER_A_NAME.sub("律师事务所", query).replace("事物所", "事务所")
