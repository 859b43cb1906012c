"""What a question says about its scope: which districts and years, and whether it compares districts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from indexer.text.normalize import normalize_for_matching

# Words ending in 区 that name no particular district.
_GENERIC_AREAS = frozenset(
    "各区 全区 哪些区 哪个区 哪几个区 几个区 本区 我区 我们区 咱们区 咱区 你们区 他们区 该区 辖区 城区 园区 社区 景区 地区 片区 山区 灾区 "
    "开发区 示范区 试验区 自治区 行政区 其他区 其它区 区县 各区县 全市各区 郊区 新区 老城区 中心城区 主城区 "
    "示范区建设 保护区 风景区 工业区 住宅区 小区 商圈区 库区 矿区 牧区 林区 街区 "
    # how people name the anonymised report's district
    "匿名区 未具名区 具名区 无名区 署名区 未署名区 不具名区 没写区 未写区 下辖区 所辖区 下属区 辖下区 "
    "星号区 打码区 打星区 打星号区 带星号区 隐名区".split()
)
# A kind of area closing a longer word (居民小区, 老旧小区, 化工园区): no district's name.
# (Not 山区, 林区 or 城区: 宝山区, 神农架林区, 东城区 are districts.)
_AREAS_OF_NO_DISTRICT = (
    *"园区 社区 景区 地区 开发区 示范区 小区 住宅区 居住区 生活区 工业区 商业区 保护区 风景区".split(),
    *"校区 厂区 灾区 盲区 误区 禁区".split(),
    "依法治区",  # 区委全面依法治区委员会: governing the district by law, as 依法治市
)
# A part of a town said by its age or place (旧城区, 中心城区); 东城区 and 西城区 are districts.
_OLD_OR_NEW_TOWN = re.compile(r"(?:新|旧|老|主|老旧|中心|核心|市)城区")
# 两个区, 五个区里有几个区: the districts counted (not 3个区级储备库).
DISTRICTS_COUNTED = r"(?:[两二三四五六七八九十几]|\d+)个区(?![级域内划属县直委政])"
_CROSS_DISTRICT = re.compile(
    r"哪些区|哪个区|哪几个区|各区|各个区|各地|各单位|比较|对比|分别|区别|异同|相比|不同区"
    rf"|{DISTRICTS_COUNTED}|这些区|所有区|每个区|每一个区|各自"
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# A year a document was issued in, said as such: in brackets after its name (实施办法（2012年文）)
# or before the document (2015年印发的《…》); not 2022年发布过几回预警, a year of work.
_DOCUMENT_YEAR = re.compile(
    r"[（(]\s*(?:19|20)\d{2}\s*年(?:的)?(?:文|发文|印发|发布|出台)?\s*[)）]"
    r"|(?:19|20)\d{2}\s*年的?文(?![\u4e00-\u9fff])"
    r"|(?:19|20)\d{2}\s*年(?:印发|发布|出台)的(?=《|文件|通知|办法|规定|细则)"
    # … or a 文号 said in words (2020年63号文, 2021年第17号)
    r"|(?:19|20)\d{2}\s*年第?\s*\d{1,4}\s*号"
)
_QUOTED = re.compile(r"[“\"《]([^“”\"《》]{1,60})[”\"》]")
_VERB_BEFORE_AREA = re.compile(
    r"(?:对照|按照|依照|参照|根据|结合|配合|督促|指导|协助|会同|联合|报送|上报|提请|报请|报经|经过|通过|代表|牵头|依托|依靠|组织|邀请|协调)区"
)


@dataclass(frozen=True)
class QueryScope:
    districts: tuple[str, ...] = ()  # districts of the index the query names
    unknown_districts: tuple[str, ...] = ()  # names that look like districts but are not indexed
    years: tuple[int, ...] = ()  # report years of the index the query names
    other_years: tuple[int, ...] = ()  # years named that are no report's year (may be content: 2024年计划)
    cross_district: bool = False
    provinces: tuple[str, ...] = ()  # provinces of the index reached through a place name (重庆, 湖北)


def _unless_a_year_alone(quoted: re.Match[str]) -> str:
    """A quoted name left out where it names more than its year (“2022年度…先进单位”); “2022年”
    alone is the year asked."""
    inner = quoted.group(1)
    return " " if len(re.findall(r"[\u4e00-\u9fff]", _YEAR.sub("", inner))) >= 4 else quoted.group(0)


def understand(
    query: str,
    known_districts: list[str],
    known_years: list[int],
    segment: Callable[[str], list[str]],
    places: dict[str, tuple[str, tuple[str, ...]]] | None = None,
) -> QueryScope:
    """Read the scope of `query`; `segment` (jieba) splits it into words to spot district-like names.

    `places` maps the index's cities and provinces (武汉市, 湖北省, 重庆市) to (province, its
    districts): a query naming only the city or province reaches those districts.
    """
    text = normalize_for_matching(query)
    words = segment(text)
    named = [d for d in known_districts if _names(text, d, "区县")]
    places_named = [
        (province, districts)
        for place, (province, districts) in (places or {}).items()
        if (_names(text, place, "市省") or _names(text, place.removesuffix("自治区"), ""))
        and not (named and _only_in_event_names(text, place))
    ]
    # 重庆的区 compares nothing; two places named, or 哪些区, do.
    cross_district = (
        bool(_CROSS_DISTRICT.search(text))
        or len(named) > 1
        or len({province for province, _ in places_named}) > 1
    )
    covered = "".join(normalize_for_matching(d) for d in named)
    unknown = []
    for word in _district_like(words):
        if _POINTING.match(word):  # 那份区名被隐去的报告: jieba's 那份区 is no name
            continue
        # 应急局跟区司法局, 应急局同区…: jieba's 局跟区 and 局同区 name no place.
        if len(word) >= 3 and "局" in word[:-1]:
            continue
        # 对照区年度计划, 会同区公安分局: a verb before the district's own 区.
        if _VERB_BEFORE_AREA.fullmatch(word):
            continue
        if len(word) >= 3 and word[-1] in "区县" and word not in _GENERIC_AREAS and word not in covered:
            if not any(word.endswith(g) for g in _AREAS_OF_NO_DISTRICT) and not _OLD_OR_NEW_TOWN.fullmatch(
                word
            ):
                unknown.append(word)
    provinces = []
    explicit = list(named)
    for province, districts in places_named:
        # 武汉硚口区: the district says more. 武汉市江汉区: so does a district the index lacks;
        # the city must not stand in for it with the city's other districts.
        if not any(d in explicit for d in districts) and not (unknown and not explicit):
            named += [d for d in districts if d not in named]
            provinces.append(province)
    reached = {d for _, districts in places_named for d in districts}
    if any(d not in reached for d in explicit):  # 比较武汉和北碚: no one province holds the scope
        provinces = []
    # A year inside a quoted name (获评“2022年度…先进单位”) dates the honour, not the report.
    # … nor a year a document was issued in.
    undocumented = _DOCUMENT_YEAR.sub(" ", _QUOTED.sub(_unless_a_year_alone, text))
    years = [int(y) for y in _YEAR.findall(undocumented)]
    return QueryScope(
        districts=tuple(named),
        unknown_districts=tuple(dict.fromkeys(unknown)),
        years=tuple(y for y in dict.fromkeys(years) if y in known_years),
        other_years=tuple(y for y in dict.fromkeys(years) if y not in known_years),
        cross_district=cross_district,
        provinces=tuple(dict.fromkeys(provinces)),
    )


# Characters that end no place name before 区/县 (这个区, 每个区, 在山区): a word ending in one
# is not joined to the 区 after it.
_NOT_A_PLACE_END = frozenset(
    "在于从向和与及跟的了是有把被对给到各全本该我你他这那哪每其此一两几个些年月日局按据经由"
)


# A word pointing at a thing (那份, 这个, 每位) starts no place name.
_POINTING = re.compile(r"[这那该每哪此其][份个位些]")
# What the 区 of a district's own organs starts (提请区人大常委会备案, 报区政府): no suffix of the word before.
_ORGANS = (
    "人大",
    "政府",
    "政协",
    "委",
    "人民",
    "法院",
    "检察院",
    "应急",
    "司法",
    "财政",
    "公安",
    "纪委",
    "监委",
)
# Verbs acting on the district's own bodies (督促区安委会成员单位, 会同区消防救援支队): the 区 after
# them is of the body, not the end of a place name (永川区消防救援支队 is a district's).
_ACTING_ON = frozenset(
    {"督促", "指导", "协调", "配合", "会同", "联合", "协助", "推动", "要求", "提请", "报请", "抄送"}
)


def _district_like(words: list[str]) -> list[str]:
    """The words, plus district names jieba cut in two: 綦江 + 区, 璧 + 山区 (a district the
    dictionary lacks splits where a common word ends it)."""
    out = list(words)
    for first, second, after in zip(words, words[1:], [*words[2:], ""], strict=False):
        if second[-1:] == "区" and after.startswith(_ORGANS):  # 说按区 + 司法局: the 区 is of the organ
            continue
        if second == "区" and first in _ACTING_ON:
            continue
        if not first or first[-1] in _NOT_A_PLACE_END or not all("\u4e00" <= ch <= "\u9fff" for ch in first):
            continue
        if second in ("区", "县") and len(first) >= 2:
            out.append(first + second)
        elif (
            len(first) == 1
            and len(second) == 2
            and second[-1] in "区县"
            and second[0] not in _NOT_A_PLACE_END
        ):
            out.append(first + second)
    return out


# 武汉市第一届…大比武: the city names the event, not the scope.
_EVENT_AFTER = re.compile(r"第[\d一二三四五六七八九十]{1,3}届|首届")


def _only_in_event_names(text: str, place: str) -> bool:
    """Whether every mention of the place opens an event's name (普陀区的队伍参加武汉市第一届…大比武
    拿了第一: the district named is the scope; the city is the contest's)."""
    full = normalize_for_matching(place)
    short = full[:-1] if len(full) > 2 and full[-1] in "市省" else full
    mentions = [m.end() for m in re.finditer(re.escape(short), text)]
    return bool(mentions) and all(
        _EVENT_AFTER.match(text, at + (1 if text[at : at + 1] == full[-1] and full != short else 0))
        for at in mentions
    )


def _names(text: str, name: str, suffixes: str) -> bool:
    """Whether `text` names `name`, in full or without its suffix (沙坪坝区 / 沙坪坝, 武汉市 / 武汉)."""
    full = normalize_for_matching(name)
    short = full[:-1] if len(full) > 2 and full[-1] in suffixes else full
    return bool(full) and (full in text or (len(short) >= 2 and short in text))


# The bureau every report is of (区应急管理局, 应急局): a word that tells no passage from another.
_BUREAU = re.compile(r"区?应急(?:管理)?局")
# What a removed name leaves dangling at the start of the query (沙坪坝区的执法大队 -> 的执法大队).
_DANGLING = re.compile(r"^[\s的之、，,：:]+")


def without_scope_words(
    query: str,
    scope: QueryScope,
    places: dict[str, tuple[str, tuple[str, ...]]] | None,
    *,
    place_filtered: bool,
    year_filtered: bool,
    bureau: bool,
) -> str:
    """The query to rank with once its district, place and year have become filters: inside one
    district's report its own name matches the report's header and little else, and pulled the
    header above the passage asked about. `bureau` also drops the bureau's own name, which every
    report writes. With any pattern to apply, what is ranked is the matching form of the query
    (full-width folded, traditional to simplified) whether or not a word was dropped; the query
    as typed when there is none, or when too little would be left."""
    text = normalize_for_matching(query)
    names: list[str] = []
    if place_filtered:
        for district in scope.districts:
            full = normalize_for_matching(district)
            names += [full, full[:-1] if len(full) > 2 and full[-1] in "区县" else full]
        for place, (_, districts) in (places or {}).items():
            if set(districts) & set(scope.districts):
                full = normalize_for_matching(place)
                names += [full, full.removesuffix("自治区"), full[:-1] if full[-1] in "市省" else full]
    patterns = [re.escape(n) for n in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)]
    if year_filtered:
        patterns += [rf"{year}\s*年度?" for year in scope.years]
    if bureau:
        patterns.append(_BUREAU.pattern)
    if not patterns:
        return query
    kept = _DANGLING.sub("", re.sub("|".join(patterns), " ", text)).strip()
    kept = re.sub(r"\s+", " ", kept)
    return kept if sum(ch.isalnum() for ch in kept) >= 2 else query
