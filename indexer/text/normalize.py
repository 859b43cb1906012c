"""One normal form for matching: full-width to half-width, traditional to simplified, lower case.

Applied to passages and queries alike, so "行政執法", "行政执法" and full-width digits meet.
Stored passage text is never normalised: citations quote the report as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _convertible() -> frozenset[str] | None:
    """Every character the t2s tables can change, or None if the tables cannot be read.

    Converting costs ~0.2 ms per passage; a text with none of these characters (nearly every
    simplified report) comes out unchanged, so the set check lets it skip the conversion.
    """
    import opencc

    tables = Path(opencc.__file__).parent / "dictionary"
    try:
        lines = [
            line.split("\t", 1)
            for name in ("TSCharacters.txt", "TSPhrases.txt")
            for line in (tables / name).read_text(encoding="utf-8").splitlines()
            if "\t" in line
        ]
    except OSError:
        return None
    changed: set[str] = set()
    for source, targets in lines:
        for target in targets.split():
            # Position by position: a phrase (沈默 → 沉默) can change a character that the
            # character table maps to itself.
            changed.update(a for a, b in zip(source, target, strict=False) if a != b)
            if len(source) != len(target):
                changed.update(source)
    return frozenset(changed)


# A year in Chinese numerals (二〇二三年) is the same year as 2023年 to a reader; digit for digit,
# so offsets into the text do not move.
_CHINESE_YEAR = re.compile(r"(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九幺", "001234567891")
# A number read out digit by digit (一二三五零 for the 12350 hotline, as voice input writes it):
# four digits or more, no 十 or 百 among them, is no numeral of counting.
_SPOKEN_DIGITS = re.compile(r"[〇零一二三四五六七八九幺]{4,}")


def normalize_for_matching(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    if "年" in text:
        text = _CHINESE_YEAR.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)
    if _SPOKEN_DIGITS.search(text):
        text = _SPOKEN_DIGITS.sub(lambda m: m.group().translate(_CHINESE_DIGITS), text)
    convertible = _convertible()
    if convertible is not None and convertible.isdisjoint(text):
        return text
    # Until nothing changes: a phrase rule can leave a character (乾縣 -> 乾县) that the
    # character table converts on a second pass (乾县 -> 干县), and one normal form must be stable.
    for _ in range(4):
        converted = _t2s().convert(text)
        if converted == text:
            break
        text = converted
    return text


def in_simplified(text: str) -> str:
    """Traditional characters as simplified, and nothing else changed (width, punctuation and
    case as typed): a question is read in the script of the reports, and quoted back in it."""
    convertible = _convertible()
    if convertible is not None and convertible.isdisjoint(text):
        return text
    for _ in range(4):  # until stable, as normalize_for_matching
        converted = _t2s().convert(text)
        if converted == text:
            break
        text = converted
    return text


def has_visible_text(text: str) -> bool:
    """Whether the text holds anything but spaces and control or format characters (a query of
    only \\x01 or zero-width spaces says nothing, however it passes str.strip())."""
    # Cc and Cf only: a lone surrogate (Cs) is text that is wrong, and is said so elsewhere.
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf") for ch in text)


def is_valid_text(text: str) -> bool:
    """False for text holding lone surrogates: what undecodable bytes (a command-line argument
    with invalid UTF-8) or a JSON escape like \\ud800 become; no encoder or output takes them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(text: str) -> str:
    """The text with anything unencodable replaced, for echoing a bad input back safely."""
    return text.encode("utf-8", "replace").decode("utf-8")
