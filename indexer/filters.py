"""What a search may be narrowed to. Values from users are resolved against the index
(Searcher) before any backend sees them, so backends only ever get canonical values."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Filters:
    district: str | None = None
    year: int | None = None
    province: str | None = None
    report: str | None = None  # report_id or file name
    section_type: str | None = None  # one of indexer.text.section_types.SECTION_TYPES
    # Internal: similar passages leave out their own report or passage.
    exclude_report: str | None = None
    exclude_passage: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def year_value(value):
    """A year as people write it (2023, ２０２３, 二〇二三, 2023年) as an int; anything else comes
    back unchanged, for the caller's own validation to say what is wrong with it."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFKC", value).strip().removesuffix("年").translate(_CHINESE_DIGITS)
    return int(text) if text.isascii() and text.isdigit() else value
