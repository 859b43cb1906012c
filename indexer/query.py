"""What a question says about its scope: which districts and years, and whether it compares districts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer.normalize import normalize_for_matching

# Words ending in 区 that name no particular district.
_GENERIC_AREAS = frozenset(
    "各区 全区 哪些区 哪个区 哪几个区 几个区 本区 我区 该区 辖区 城区 园区 社区 景区 地区 片区 山区 灾区 "
    "开发区 示范区 试验区 自治区 行政区 其他区 其它区 区县 各区县 全市各区 郊区 新区 老城区 中心城区 "
    "示范区建设 保护区 风景区 工业区 住宅区 小区 商圈区 库区 矿区 牧区 林区 街区".split()
)
_CROSS_DISTRICT = re.compile(
    r"哪些区|哪个区|哪几个区|各区|各个区|各地|各单位|比较|对比|分别|区别|异同|相比|不同区"
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True)
class QueryScope:
    districts: tuple[str, ...] = ()  # districts of the index the query names
    unknown_districts: tuple[str, ...] = ()  # names that look like districts but are not indexed
    years: tuple[int, ...] = ()  # report years of the index the query names
    other_years: tuple[int, ...] = ()  # years named that are no report's year (may be content: 2024年计划)
    cross_district: bool = False


def understand(
    query: str, known_districts: list[str], known_years: list[int], segment: Callable[[str], list[str]]
) -> QueryScope:
    """Read the scope of `query`; `segment` (jieba) splits it into words to spot district-like names."""
    text = normalize_for_matching(query)
    words = segment(text)
    named: list[str] = []
    for district in known_districts:
        full = normalize_for_matching(district)
        short = full[:-1] if len(full) > 2 and full[-1] in "区县" else full
        if full in text or (len(short) >= 2 and short in text):
            named.append(district)
    covered = "".join(normalize_for_matching(d) for d in named)
    unknown = []
    for word in words:
        if len(word) >= 3 and word[-1] in "区县" and word not in _GENERIC_AREAS and word not in covered:
            if not any(
                word.endswith(g) for g in ("园区", "社区", "景区", "地区", "城区", "开发区", "示范区")
            ):
                unknown.append(word)
    years = [int(y) for y in _YEAR.findall(text)]
    return QueryScope(
        districts=tuple(named),
        unknown_districts=tuple(dict.fromkeys(unknown)),
        years=tuple(y for y in dict.fromkeys(years) if y in known_years),
        other_years=tuple(y for y in dict.fromkeys(years) if y not in known_years),
        cross_district=bool(_CROSS_DISTRICT.search(text)) or len(named) > 1,
    )
