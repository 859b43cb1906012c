"""One normal form for matching: full-width to half-width, traditional to simplified, lower case.

Applied to passages and queries alike, so "行政執法", "行政执法" and full-width digits meet.
Stored passage text is never normalised: citations quote the report as written.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def normalize_for_matching(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return _t2s().convert(text)
