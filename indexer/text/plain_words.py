"""The plain-language thesaurus: pairs of a word people say and the term a report writes.

Two files, read by different consumers: `plain_official.tsv` holds wordings close enough to
stand for each other in an answer (请律师 / 法律顾问); `plain_official_search.tsv` only widens a
search (a thing for its class: 电梯 / 特种设备), so `ask` never reads it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from indexer.text.normalize import normalize_for_matching

EQUIVALENT = "plain_official.tsv"
SEARCH_ONLY = "plain_official_search.tsv"


def pairs(name: str) -> list[tuple[str, str]]:
    """(plain, official) of one thesaurus file, both normalised; comments and blank lines skipped."""
    text = (resources.files("indexer.text") / "resources" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            plain, official = (normalize_for_matching(part.strip()) for part in line.split("\t")[:2])
            out.append((plain, official))
    return out


def all_terms() -> list[str]:
    """Every plain word and official term of both files, once each, sorted."""
    return sorted({word for name in (EQUIVALENT, SEARCH_ONLY) for pair in pairs(name) for word in pair})


@lru_cache(maxsize=1)
def plain_side() -> frozenset[str]:
    """The everyday words of the thesaurus whose official term a report may write instead."""
    return frozenset(plain for plain, _ in pairs(EQUIVALENT))
