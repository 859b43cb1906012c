"""Every figure a report states, as rows citing their sentence (issue 20).

A figure is a numeral (indexer.text.numbers) followed by a measure word or unit; dates, list
markers, document numbers, quoted slogans (“三项制度”) and ranks (第一名) are not figures. Each
figure is mapped to a canonical indicator of the catalogue (indexer/text/resources/
indicators.tsv) when its clause says what it counts and the unit fits; otherwise it is kept as
`other` with its raw label. Changes on the year before (同比增长 80.93%) take the indicator of
the figure they qualify. Stated zeros (无败诉案件, 未发生……生产安全事故) are rows with value 0.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

from indexer.errors import UnknownFilterError
from indexer.ingest.report import ParsedReport
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral, find_numbers
from indexer.text.sentences import sentence_spans

OTHER = "other"
YEAR_ON_YEAR = "同比变化"  # a change on the year before whose base quantity has no canonical name
_WORDS = re.compile(r"[^\u4e00-\u9fff]|的")  # what is left of a clause tail once marks and 的 go


@dataclass(frozen=True)
class Entry:
    indicator: str
    units: tuple[str, ...]
    what: re.Pattern | None  # None: any object
    act: re.Pattern | None  # None: no action needed
    exclude: re.Pattern | None
    group: str
    zero: bool  # "无/未发生 + what" states a zero of this indicator
    aliases: tuple[str, ...]

    def fits(self, unit: str, subject: str, after: str, act_text: str, clause: str) -> bool:
        """`after` is what follows the measure word: when it names something ("三项基础工作"),
        that is what the figure counts, so the object must be found there."""
        named = _WORDS.sub("", after)
        return (
            unit in self.units
            and (self.what is None or bool(self.what.search(after if len(named) >= 2 else subject)))
            and (self.act is None or bool(self.act.search(act_text)))
            and not (self.exclude and self.exclude.search(clause))
        )


@dataclass(frozen=True)
class Catalogue:
    entries: tuple[Entry, ...]

    def names(self) -> list[str]:
        return [e.indicator for e in self.entries]

    def match(self, unit: str, subject: str, after: str, act_text: str, clause: str) -> list[Entry]:
        """The first fitting entry and the others of its group (found and fixed hazards)."""
        fitting = [e for e in self.entries if e.fits(unit, subject, after, act_text, clause)]
        if not fitting:
            return []
        return [e for e in fitting if e.group == fitting[0].group]

    def by_subject(self, subject: str) -> Entry | None:
        """The entry a bare subject names ("死亡人数", "生产安全事故"), for changes on the year
        before; None unless exactly one group's objects appear, so ambiguity stays `other`."""
        fitting = [e for e in self.entries if e.what is not None and e.what.search(subject)]
        if len({e.group for e in fitting}) != 1:
            return None
        return fitting[0]

    def has_object(self, text: str) -> bool:
        return any(e.what is not None and e.what.search(text) for e in self.entries)

    def has_action(self, text: str) -> bool:
        return any(e.act is not None and e.act.search(text) for e in self.entries)

    def resolve(self, name: str) -> str:
        """A canonical indicator from its name or an alias; `other` and 同比变化 pass through."""
        wanted = normalize_for_matching(name.strip())
        for special in (OTHER, YEAR_ON_YEAR):
            if wanted == normalize_for_matching(special):
                return special
        for entry in self.entries:
            if wanted in (normalize_for_matching(n) for n in (entry.indicator, *entry.aliases)):
                return entry.indicator
        raise UnknownFilterError(
            f"Unknown indicator {name!r}. Indicators: {', '.join(self.names())}, {YEAR_ON_YEAR}, {OTHER}."
        )


def _pattern(text: str) -> re.Pattern | None:
    return re.compile(text) if text else None


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    text = (resources.files("indexer.text") / "resources" / "indicators.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    entries = []
    for cells in body:
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        entries.append(
            Entry(
                indicator=row["indicator"],
                units=tuple(u for u in row["units"].split(",") if u),
                what=_pattern(row["what"]),
                act=_pattern(row["act"]),
                exclude=_pattern(row["exclude"]),
                group=row["group"] or row["indicator"],
                zero=row["zero"] == "yes",
                aliases=tuple(a for a in row["aliases"].split(",") if a),
            )
        )
    return Catalogue(tuple(entries))


@dataclass(frozen=True)
class IndicatorRow:
    """One figure of one report. `cleaned[start:end]` is its sentence, which contains `raw`
    at `value_start:value_end`."""

    report_id: str
    source: str
    district: str | None
    year: int | None
    indicator: str  # canonical name, 同比变化, or other
    label: str  # the words around the figure that say what it counts, as written
    value: float
    unit: str
    qualifier: str | None  # 全年、累计、同比下降、重大隐患…, joined with 、
    approx: str | None  # 余/多 (a lower bound), 以内/以上…; None when exact
    value_max: float | None  # upper end of a range
    raw: str  # the figure as written ("2.3万", "两", "无")
    value_start: int
    value_end: int
    sentence: str
    start: int
    end: int
    passage_id: str | None

    def to_dict(self) -> dict:
        return asdict(self)


# Measure words and units, longest first so 家次 wins over 家 and 万元 over 元.
_UNITS = sorted(
    "起 件 宗 人次 人 名 位 家次 家 户 次 场次 场 期 班 批次 批 个百分点 个 处 项 份 条 篇 册 本 张 "
    "支 队 所 座 台 套 辆 艘 类 种 元 万元 亿元 天 小时 分钟 年 吨 米 公里 平方米 亩".split(),
    key=len,
    reverse=True,
)
_UNIT = re.compile(r"\s?(家[（(]次[)）]|" + "|".join(_UNITS) + ")")
_CLAUSE_END = "，,；;：:。！？!?\n"
_LIST = "、"
_NOT_BEFORE = re.compile(r"[第·.．/#A-Za-z0-9０-９\-—]$")  # 第一名, 5·12, 〔2022〕*号 parts, codes
_NOT_AFTER = re.compile(r"^[·/]")  # 10·13
_THRESHOLD_AFTER = re.compile(r"\s?(以内|以上|以下|左右|内)")  # used with .match(text, pos)
_THRESHOLD_BEFORE = re.compile(r"(近|约|超过|逾|不少于|至少|不超过|达到)$")
_YEAR_ON_YEAR = re.compile(
    r"(同比|较上年|较去年|比上年|比去年|较上一年|与上年相比|较20\d\d年(?:同期)?)(分别)?"
    r"(增长|上升|提高|增加|下降|减少|降低)(了|约|达)?$"
)
_RISE = ("增长", "上升", "提高", "增加")
# Scopes apply to every figure after them in the sentence ("通过12350受理举报…立案查处68件" counts
# only cases from tips); subsets only to the figure whose own clause names them.
_SCOPES = re.compile(
    r"全年|累计|截[至止][^，,。；]{0,6}?(?:底|末|目前)|今年以来|全区|连续(?:[一二两三四五六七八九十\d]{1,3}年)?|举报"
)
_SUBSETS = re.compile(r"重大事故隐患|一般安全隐患|重大隐患|较大及以上|行政诉讼|行政复议|合法性审核")
_ZERO = re.compile(r"无|未发生|未出现|没有发生|零")


@dataclass
class _Figure:
    """A numeral with its unit and the words around it, inside one sentence."""

    numeral: Numeral
    unit: str
    value: float
    value_max: float | None
    end: int  # after the unit
    near: str  # from the previous figure, list mark or clause mark up to the numeral
    after: str  # from the unit to the next figure or clause mark
    clause_start: int
    listed: bool  # follows 、: shares the verb of the figure before it
    approx: str | None
    act_text: str = ""  # near, plus a verb taken from an earlier figure (see _inherit)
    subject: str = ""  # near and after, plus an object taken from an earlier figure


def extract_indicators(report: ParsedReport, catalogue: Catalogue | None = None) -> list[IndicatorRow]:
    """Every figure of a report (and every stated zero of a catalogue indicator) as rows."""
    catalogue = catalogue or load_catalogue()
    passage_starts = [p.start for p in report.passages]
    rows = []
    for s, e in sentence_spans(report.cleaned):
        found = [*_classify(report.cleaned, s, e, catalogue), *_zeros(report.cleaned, s, e, catalogue)]
        for indicator, figure, qualifier in found:
            qualifier = _without_names(qualifier, catalogue)
            rows.append(_row(report, passage_starts, (s, e), indicator, figure, qualifier))
    return rows


def _without_names(qualifier: str | None, catalogue: Catalogue) -> str | None:
    """Drop subset tags that name an indicator rather than narrow one: "未出现行政复议和行政诉讼案件"
    gives the 行政复议 zero no 行政诉讼 subset, and 行政诉讼 says nothing more of a lawsuit count.
    Scopes stay (举报: only the cases that came from tips)."""
    tags = [
        t
        for t in (qualifier or "").split("、")
        if t
        and not (
            _SUBSETS.fullmatch(t)
            and any(e.what is not None and e.what.fullmatch(t) for e in catalogue.entries)
        )
    ]
    return "、".join(tags) or None


def _row(report, passage_starts, span, indicator, figure: _Figure, qualifier) -> IndicatorRow:
    n, (s, e) = figure.numeral, span
    near, after = figure.near.strip(), figure.after.strip()
    i = bisect.bisect_right(passage_starts, n.start) - 1
    inside = i >= 0 and report.passages[i].start <= n.start < report.passages[i].end
    return IndicatorRow(
        report_id=report.meta.report_id,
        source=report.meta.source,
        district=report.meta.district,
        year=report.meta.year,
        indicator=indicator,
        label=near + ("…" if near and after else "") + after,
        value=figure.value,
        unit=figure.unit,
        qualifier=qualifier,
        approx=figure.approx,
        value_max=figure.value_max,
        raw=n.raw.strip(),
        value_start=n.start,
        value_end=n.end,
        sentence=report.cleaned[s:e],
        start=s,
        end=e,
        passage_id=report.passages[i].passage_id if inside else None,
    )


def _figures(text: str, s: int, e: int) -> list[_Figure]:
    figures: list[_Figure] = []
    for n in find_numbers(text, s, e):
        if not _is_figure(text, s, n):
            continue
        m = _UNIT.match(text, n.end, e)
        if n.percent:
            unit, end = "%", n.end
        elif m:
            unit, end = (
                ("家次" if m.group(1).startswith("家") and len(m.group(1)) > 1 else m.group(1)),
                m.end(),
            )
        else:
            continue  # a bare number (12350, a list marker) counts nothing
        if unit == "年" and not n.chinese and 1900 <= n.value <= 2100:
            continue  # a year
        value, value_max = n.value, n.value_max
        if n.multiplier and unit == "元":  # 72.8万元 stays 72.8 in 万元
            unit, scale = n.multiplier + "元", n.base / n.value if n.value else 1.0
            value, value_max = n.base, value_max and value_max * scale
        clause_start = max(s, *(text.rfind(ch, s, n.start) + 1 for ch in _CLAUSE_END))
        list_mark = text.rfind(_LIST, clause_start, n.start)
        previous_end = figures[-1].end if figures and figures[-1].end > clause_start else clause_start
        after = re.match(rf"[^{_CLAUSE_END}{_LIST}0-9０-９]{{0,24}}", text[end:e]).group(0)
        threshold = _THRESHOLD_AFTER.match(text, end) or _THRESHOLD_BEFORE.search(
            text[clause_start : n.start]
        )
        figures.append(
            _Figure(
                numeral=n,
                unit=unit,
                value=value,
                value_max=value_max,
                end=end,
                near=text[max(previous_end, list_mark + 1) : n.start],
                after=after,
                clause_start=clause_start,
                listed=list_mark >= previous_end,
                approx=threshold.group(1) if threshold else n.approx,
            )
        )
    return figures


def _is_figure(text: str, s: int, n: Numeral) -> bool:
    before, after = text[max(s, n.start - 1) : n.start], text[n.end : n.end + 1]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(after):
        return False
    if n.chinese and n.raw.strip() in ("一", "十"):
        return False  # 一支队伍, 统一, 一案双查: a lone 一 is wording, not a count
    opened = text.count("“", s, n.start) - text.count("”", s, n.start)
    return opened <= 0  # inside “……” it is a slogan or a name (“三项制度”, “12350”)


def _classify(text: str, s: int, e: int, catalogue: Catalogue):
    """(indicator, figure, qualifier) for each figure of the sentence text[s:e]."""
    figures = _figures(text, s, e)
    for i, f in enumerate(figures):
        _inherit(f, figures[:i], catalogue)
        qualifier = _qualifier(text[s : f.numeral.start], f.subject)
        if f.unit in ("%", "个百分点"):
            yield from _rate(f, figures[:i], catalogue, qualifier)
        else:
            for indicator in _indicators_of(f, catalogue):
                yield indicator, f, qualifier


def _indicators_of(f: _Figure, catalogue: Catalogue) -> list[str]:
    if f.approx in ("以内", "以上", "以下", "内", "不超过", "至少", "不少于"):
        return [OTHER]  # a threshold (1万元以内的处罚权) is a rule, not a count
    entries = catalogue.match(f.unit, f.subject, f.after, f.act_text, f.near + "|" + f.after)
    return [e.indicator for e in entries] or [OTHER]


def _inherit(f: _Figure, before: list[_Figure], catalogue: Catalogue) -> None:
    """What a clause leaves unsaid it takes from a figure before it: "其中重大事故隐患142个" the
    verb of the sentence's first figure, "、重大隐患149处" the verb of the one before, and
    "整改到位17195个" (a verb, no object) the object of the one before."""
    f.act_text, f.subject = f.near, f.near + "|" + f.after
    if not _WORDS.sub("", f.near):  # "13 家企业共计罚款": the clause opens with the figure, its verb follows
        f.act_text = f.near + "|" + f.after
    same_unit = [b for b in before if b.unit == f.unit]
    if not same_unit:
        return
    if not catalogue.has_action(f.near):
        if f.near.lstrip().startswith("其中"):
            f.act_text = same_unit[0].act_text + "|" + f.near
        elif f.listed:
            f.act_text = same_unit[-1].act_text + "|" + f.near
    if catalogue.has_object(f.subject):
        return
    # "整改到位17195个" (a verb alone) or "……22 支，社会力量 2 支" (a short name of a part, no verb):
    # the same thing as the figure before, counted again or for another part.
    if catalogue.has_action(f.near) or len(_WORDS.sub("", f.near)) <= 4:
        f.subject = same_unit[-1].subject + "|" + f.subject


def _qualifier(sentence_before: str, subject: str, direction: str | None = None) -> str | None:
    tags = list(dict.fromkeys(m.group(0) for m in _SCOPES.finditer(sentence_before)))
    tags += [m.group(0) for m in _SUBSETS.finditer(subject) if m.group(0) not in tags]
    if direction:
        tags.append(direction)
    return "、".join(tags) or None


def _rate(f: _Figure, before: list[_Figure], catalogue: Catalogue, qualifier: str | None):
    """A percentage: a change on the year before takes the indicator of what changed; any other
    rate (整改率, 公示率) is `other`."""
    rates = [b for b in before if b.unit == f.unit]
    owner, change = f, _YEAR_ON_YEAR.search(f.near)
    if change is None and f.listed and rates:  # 分别下降25%、27.8%: the second shares the first's words
        owner = rates[-1]
        change = _YEAR_ON_YEAR.search(owner.near)
    if change is None:
        yield OTHER, f, qualifier
        return
    direction = "同比增长" if change.group(3) in _RISE else "同比下降"
    qualifier = "、".join(t for t in (qualifier, direction) if t)
    subject = owner.near[: change.start()]
    if change.group(2):  # 生产安全事故和死亡人数较2022年分别下降25%、27.8%: the n-th rate, the n-th subject
        subjects = [x for x in re.split(r"和|及|与|、", subject) if x.strip()]
        position = 0 if owner is f else len(rates) - rates.index(owner)
        entry = catalogue.by_subject(subjects[position]) if position < len(subjects) else None
        yield (entry.indicator if entry else OTHER), f, qualifier
        return
    named = catalogue.by_subject(subject) if subject.strip() else None
    counted = [b for b in before if b.unit not in ("%", "个百分点")]
    if named is not None:
        yield named.indicator, f, qualifier
    elif counted:  # 共检查各类企业579家（次），同比增长80.93%: the change of the figure before it
        canonical = [i for i in _indicators_of(counted[-1], catalogue) if i != OTHER]
        yield (canonical[0] if canonical else YEAR_ON_YEAR), f, qualifier
    else:
        yield OTHER, f, qualifier


def _zeros(text: str, s: int, e: int, catalogue: Catalogue):
    """无败诉案件, 未出现行政复议和行政诉讼案件, 未发生较大及以上生产安全事故: zeros, cited by their words."""
    for m in _ZERO.finditer(text, s, e):
        stop = min([i for i in (text.find(ch, m.end(), e) for ch in _CLAUSE_END) if i >= 0] + [e])
        scope = text[m.end() : stop]
        for entry in catalogue.entries:
            if (
                entry.zero
                and entry.what.search(scope)
                and not (entry.exclude and entry.exclude.search(scope))
            ):
                n = Numeral(start=m.start(), end=m.end(), raw=m.group(0), value=0.0, base=0.0, multiplier="")
                figure = _Figure(
                    n, entry.units[0], 0.0, None, m.end(), "", m.group(0) + scope, s, False, None
                )
                yield entry.indicator, figure, _qualifier(text[s : m.start()], scope)
