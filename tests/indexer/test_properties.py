"""Property-based tests (Hypothesis) for invariants that break silently.

1. Offsets: generated whole reports (letterhead, mixed heading styles, inline 一是……二是……,
   full-width digits, Latin, traditional characters, page-break artefacts, sentences broken
   across lines) -> every passage, sentence and clause offset quotes the cleaned text.
2. normalize_for_matching: idempotent, full-width == half-width, traditional == simplified.
3. sentence_spans / clause_spans: ordered, disjoint, trimmed, and only whitespace left out.
4. Milvus literals: every accepted string round-trips through an independent parser, and no
   value can end its literal early inside filter_expression / in_list.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata

import opencc
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from indexer.backends.milvus.expr import filter_expression, in_list, literal
from indexer.build.pipeline import passage_clauses, passage_sentences
from indexer.errors import ReportSearchError
from indexer.filters import Filters
from indexer.ingest.passages import ChunkParams
from indexer.ingest.report import parse_report
from indexer.text.normalize import normalize_for_matching
from indexer.text.sentences import MIN_SENTENCE_CHARS, SENTENCE_END, clause_spans, sentence_spans

CN = "一二三四五六七八九十"

# ---------------------------------------------------------------------------------------------
# 1. Generated reports: offsets of passages, sentences and clauses
# ---------------------------------------------------------------------------------------------

CITIES = ["重庆市", "武汉市", "成都市", "西安市", ""]
DISTRICTS = ["沙坪坝区", "北碚区", "硚口区", "江汉区", "锦江区", "雁塔区", "**区"]

# Clauses as they appear in real reports: quotes, book titles, brackets, full-width digits,
# Latin with spaces, traditional characters.
PHRASES = [
    "深入学习贯彻习近平法治思想",
    "认真履行法治政府建设主体责任",
    "坚持主要领导亲力部署、亲自领学、亲抓落实",
    "紧盯《法治政府建设实施纲要（2021-2025年）》各项目标任务",
    "严格落实《重庆市重大行政决策程序规定》等相关要求",
    "按照“四不放过”原则开展事故调查",
    "落实了“一支队伍执法”的行政执法体制机制",
    "年内累计排查问题隐患8764个",
    "全年清理审查规范性文件２件",
    "依据GB 30871—2022《危险化学品企业特殊作业安全规范》开展检查",
    "畅通12345、12350举报热线",
    "运用“互联网+监管”APP开展非现场执法",
    "推进應急管理綜合行政執法改革",
    "加強重點行業領域風險防控",
    "開展安全生產執法檢查３２０家次",
    "发挥法律顾问作用",
    "在政策制定、行政处罚、政府采购合同签订等方面充分听取法律顾问意见",
    "推进行政机关决策科学化、民主化",
    "成立行政调解工作领导小组",
    "依法及时化解安全生产领域存在的行政争议",
    "对不符合现行法律法规规章和政策要求的规范性文件及时按程序修改或废止",
    "通过党委中心组理论学习、主题党日、党支部“三会一课”等形式",
    "立案查处违法行为１２起，罚款金额４８．５万元",
    "开展“安全生产月”“5·12防灾减灾日”等主题宣传活动",
    "编制《2023年度安全生产监督检查计划》",
    "执法人员持证上岗率达100%",
    "组织开展防汛应急预案演练",
    "完善行政执法公示、执法全过程记录、重大执法决定法制审核三项制度",
]
CONNECTORS = ["，", "，", "，", "、", "；", "：", ",", "，同时", "，并"]
ENDS = ["。", "。", "。", "；", "！", "。”", "。）"]
TITLES = [
    "2023年推进法治政府建设的主要举措和成效",
    "存在的不足和原因",
    "主要负责人履行推进法治建设第一责任人职责情况",
    "2024年推进法治政府建设的主要安排",
    "提高政治站位，切实加强组织领导",
    "依法科学决策，提升依法行政能力",
    "加強行政執法監督",
    "严格规范公正文明执法",
    "深化普法宣传教育",
]
PAGE_BREAKS = ["— 3 —", "- 12 -", "—12—", "— - 1 - —", "第 3 页", "第3页 共9页", "\f", "\f— 7 —\f"]
INDENTS = ["", "", "", "    ", "\u3000\u3000", "  "]


@st.composite
def sentences(draw, min_clauses: int = 1, max_clauses: int = 4) -> str:
    clauses = draw(st.lists(st.sampled_from(PHRASES), min_size=min_clauses, max_size=max_clauses))
    text = clauses[0]
    for clause in clauses[1:]:
        text += draw(st.sampled_from(CONNECTORS)) + clause
    return text + draw(st.sampled_from(ENDS))


@st.composite
def long_sentences(draw) -> str:
    """A run-on sentence past max_chars: with clause marks, or with none at all (hard cut),
    sometimes with Latin spaces where a hard cut may land."""
    if draw(st.booleans()):
        return draw(sentences(min_clauses=15, max_clauses=30))
    pieces = draw(
        st.lists(
            st.sampled_from(["安全生产执法检查", "GB 30871 ", "应急管理", "ABC 12350 ", "風險"]),
            min_size=60,
            max_size=120,
        )
    )
    return "".join(pieces) + "。"


@st.composite
def paragraphs(draw) -> str:
    parts = draw(st.lists(sentences(), min_size=1, max_size=5))
    if draw(st.integers(0, 9)) == 0:
        parts.insert(draw(st.integers(0, len(parts))), draw(long_sentences()))
    return "".join(parts)


@st.composite
def enumeration(draw) -> str:
    """Inline 一是……二是……三是…… in one paragraph."""
    n = draw(st.integers(2, 5))
    return "".join(f"{CN[i]}是" + draw(sentences(max_clauses=3)) for i in range(n))


def _sub_marker(style: str, i: int) -> str:
    return {
        "paren-cn-full": f"（{CN[i]}）",
        "paren-cn-half": f"({CN[i]})",
        "num-dot": f"{i + 1}.",
        "num-comma": f"{i + 1}、",
        "paren-num": f"（{i + 1}）",
        "paren-num-space": f"（{i + 1}） ",
    }[style]


SUB_STYLES = ["paren-cn-full", "paren-cn-half", "num-dot", "num-comma", "paren-num", "paren-num-space"]


@st.composite
def sub_items(draw, depth: int) -> list[str]:
    style = draw(st.sampled_from(SUB_STYLES))
    lines = []
    for i in range(draw(st.integers(1, 4))):
        marker = _sub_marker(style, i)
        title = draw(st.sampled_from(TITLES))
        shape = draw(st.integers(0, 2))
        if shape == 0:  # heading alone on its line, body below
            lines.append(marker + title)
        elif shape == 1:  # heading sentence then body on the same line
            lines.append(marker + title + "。" + draw(st.one_of(paragraphs(), enumeration())))
            continue
        else:  # a heading with an enumeration on the same line
            lines.append(marker + title + "。" + draw(enumeration()))
            continue
        if depth < 2 and draw(st.booleans()):
            lines += draw(sub_items(depth + 1))
        else:
            lines += draw(st.lists(st.one_of(paragraphs(), enumeration()), min_size=1, max_size=3))
    return lines


@st.composite
def section(draw, i: int) -> list[str]:
    lines = [draw(st.sampled_from(INDENTS)) + f"{CN[i]}、" + draw(st.sampled_from(TITLES))]
    if draw(st.booleans()):
        lines += draw(st.lists(paragraphs(), min_size=1, max_size=2))
    if draw(st.integers(0, 3)):
        lines += draw(sub_items(1))
    else:
        lines += draw(st.lists(st.one_of(paragraphs(), enumeration()), min_size=1, max_size=3))
    return lines


def _break_line(line: str, at: int, page_break: str | None) -> list[str]:
    """A sentence cut by a line or page end, as a Word/PDF export prints it."""
    head, tail = line[:at], line[at:]
    return [head, page_break, tail] if page_break else [head, tail]


@st.composite
def raw_reports(draw) -> str:
    city, district = draw(st.sampled_from(CITIES)), draw(st.sampled_from(DISTRICTS))
    year = draw(st.integers(2019, 2024))
    lines = [
        f"{city}{district}应急管理局",
        f"关于{year}年法治政府建设情况的报告",
        "",
        "区委、区政府：",
        draw(paragraphs()) + "现将有关情况报告如下：",
    ]
    for i in range(draw(st.integers(1, 4))):
        lines += draw(section(i))
    if draw(st.booleans()):
        lines += ["", f"{district}应急管理局", f"{year + 1}年1月{draw(st.integers(1, 28))}日"]

    # Artefacts: page numbers and form feeds between lines, sentences broken across lines,
    # stray spaces and Windows line ends.
    out: list[str] = []
    for line in lines:
        if len(line) > 8 and draw(st.integers(0, 4)) == 0:
            at = draw(st.integers(1, len(line) - 1))
            page = draw(st.one_of(st.none(), st.sampled_from(PAGE_BREAKS)))
            out += _break_line(line, at, page)
        else:
            out.append(line)
        if draw(st.integers(0, 6)) == 0:
            out.append(draw(st.sampled_from(PAGE_BREAKS)))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return newline.join(out) + newline


chunk_params = st.one_of(
    st.just(ChunkParams()),
    st.builds(
        lambda target, extra, follow: ChunkParams(target, target + extra, follow),
        st.integers(20, 120),
        st.integers(0, 200),
        st.booleans(),
    ),
)

_counter = itertools.count()


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("generated_reports")


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(raw=raw_reports(), params=chunk_params)
def test_generated_report_offsets_quote_the_cleaned_text(report_dir, raw, params):
    path = report_dir / f"gen_{next(_counter):05d}.txt"
    path.write_text(raw, encoding="utf-8")
    report = parse_report(path, params, None)
    cleaned, passages = report.cleaned, report.passages

    # The cleaner removed every page-break artefact.
    assert "\f" not in cleaned and "\r" not in cleaned
    for line in cleaned.split("\n"):
        assert line and line == line.strip()
        assert line not in {"— 3 —", "- 12 -", "—12—", "— - 1 - —", "第 3 页", "第3页 共9页", "— 7 —"}

    assert passages
    previous_end = 0
    for p in passages:
        assert 0 <= p.start < p.end <= len(cleaned)
        assert cleaned[p.start : p.end] == p.text
        assert 0 < len(p.text) <= params.max_chars
        assert p.start >= previous_end, "passages out of order or overlapping"
        previous_end = p.end

    # No body text is silently left out of the index: every non-space character before the
    # signature block is in some passage, and no passage crosses a top-level section.
    covered = bytearray(len(cleaned))
    for p in passages:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    body_end = report.outline.trailer[0]
    lost = [i for i in range(body_end) if not covered[i] and not cleaned[i].isspace()]
    assert not lost, f"text outside every passage: {cleaned[lost[0] : lost[0] + 30]!r}"
    bounds = [report.outline.preamble] + [(s.start, s.end) for s in report.outline.sections]
    for p in passages:
        assert any(start <= p.start and p.end <= end for start, end in bounds), p.passage_id

    for kind, spans in (("sentence", passage_sentences(passages)), ("clause", passage_clauses(passages))):
        for row, start, end in spans:
            p = passages[row]
            assert p.start <= start < end <= p.end, (kind, row, start, end)
            piece = cleaned[start:end]
            assert piece, (kind, row, start, end)
            assert piece == p.text[start - p.start : end - p.start]
            assert piece == piece.strip()
            if kind == "sentence":
                assert end - start >= MIN_SENTENCE_CHARS


# Found by the generator above: a sentence longer than max_chars with no clause mark in the
# second half of its window is cut hard at max_chars; when that lands next to a space (Latin
# text such as "ABC 12350"), the passage ends (or the next one starts) with a space.
_HARD_CUT_ON_SPACE = (
    "某某区应急管理局\n关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
    + "应急管理" * 99
    + "ABC 12350 GB 30871。\n"
)


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(raw=raw_reports(), params=chunk_params)
@example(raw=_HARD_CUT_ON_SPACE, params=ChunkParams())
def test_generated_passages_are_trimmed(report_dir, raw, params):
    """Passages start and end on text, not on a space (tests/indexer/test_passages.py pins the
    same on the real corpus)."""
    path = report_dir / f"gen_{next(_counter):05d}.txt"
    path.write_text(raw, encoding="utf-8")
    for p in parse_report(path, params, None).passages:
        assert p.text == p.text.strip(), (p.passage_id, p.text[:15], p.text[-15:])


# ---------------------------------------------------------------------------------------------
# 2. normalize_for_matching
# ---------------------------------------------------------------------------------------------

TRADITIONAL_CHARS = "應急管理執法風險檢查監督規範處罰災害機關對與發展頭髮後來憂鬱縣區鄉鎮乾隆乾燥臺灣證據條例"
any_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),  # anything, including combining marks and compatibility forms
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK unified
        st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),  # CJK extension A
        st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII
        st.characters(min_codepoint=0x3000, max_codepoint=0x303F),  # CJK punctuation
        st.sampled_from(TRADITIONAL_CHARS),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, database=None)
@given(any_text)
@example("乾縣")  # 乾縣 -> 乾县 (TSPhrases keeps 乾), then 乾县 -> 干县 (no phrase, 乾 -> 干)
@example("薴")  # TSCharacters chains 薴 -> 苧 -> 苎
def test_normalize_is_idempotent(text):
    once = normalize_for_matching(text)
    assert normalize_for_matching(once) == once


def _full_width(ch: str) -> str:
    """The full-width form (U+FF01–U+FF5E, ideographic space) of a printable ASCII character."""
    return "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch


@settings(max_examples=150, deadline=None, database=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40))
@example("2023")
@example("GB 30871")
def test_normalize_full_width_equals_half_width(ascii_text):
    full_width = "".join(_full_width(ch) for ch in ascii_text)
    assert normalize_for_matching(full_width) == normalize_for_matching(ascii_text)
    assert normalize_for_matching(ascii_text) == ascii_text.lower()


def test_normalize_examples():
    assert normalize_for_matching("２０２３") == normalize_for_matching("2023") == "2023"
    assert normalize_for_matching("ＧＢ\u3000３０８７１") == "gb 30871"


# Traditional -> simplified pairs that the t2s tables convert the same way in any context.
T2S_PAIRS = [
    ("應急", "应急"),
    ("執法", "执法"),
    ("風險", "风险"),
    ("檢查", "检查"),
    ("監督", "监督"),
    ("規範", "规范"),
    ("處罰", "处罚"),
    ("災害", "灾害"),
    ("機關", "机关"),
    ("行政執法", "行政执法"),
    ("安全生產", "安全生产"),
    ("應急管理局", "应急管理局"),
    ("法治政府建設", "法治政府建设"),
    ("隱患排查", "隐患排查"),
    ("違法行為", "违法行为"),
    ("縣", "县"),
    ("區", "区"),
]


@settings(max_examples=100, deadline=None, database=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(T2S_PAIRS),
            st.sampled_from(["，", "。", "2023年", "GB 30871", "12350", "推进", "开展", " "]).map(
                lambda s: (s, s)
            ),
        ),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_normalize_traditional_equals_simplified(pairs, full_width_digits):
    traditional = "".join(t for t, _ in pairs)
    simplified = "".join(s for _, s in pairs)
    if full_width_digits:
        traditional = "".join(_full_width(c) for c in traditional)
    assert normalize_for_matching(traditional) == normalize_for_matching(simplified)
    assert normalize_for_matching(simplified) == unicodedata.normalize("NFKC", simplified).lower()


_REFERENCE_T2S = opencc.OpenCC("t2s")


@settings(max_examples=150, deadline=None, database=None)
@given(any_text)
def test_normalize_fast_path_matches_full_conversion(text):
    """Skipping conversion for text with no convertible character must not change the result."""
    expected = _REFERENCE_T2S.convert(unicodedata.normalize("NFKC", text).lower())
    assert normalize_for_matching(text) == expected


# ---------------------------------------------------------------------------------------------
# 3. sentence_spans / clause_spans
# ---------------------------------------------------------------------------------------------

sentence_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("。！？!?；;，,：:、”’」』）)“《》（(") + ["\n", " ", "\t", "\u3000", "\r"]),
        st.sampled_from(list("应急管理执法風險检查abcXYZ0123４５")),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@settings(max_examples=150, deadline=None, database=None)
@given(sentence_text, st.data())
@example("一、\n\n  。。”）abc；\u3000", None)
def test_sentence_spans_cover_all_but_whitespace(text, data):
    if data is None:
        start, end = 0, len(text)
    else:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    spans = sentence_spans(text, start, end) if (start, end) != (0, len(text)) else sentence_spans(text)

    pos = start
    for s, e in spans:
        assert pos <= s < e <= end, (spans, start, end)
        assert text[pos:s].strip() == "", "non-whitespace text dropped between sentences"
        piece = text[s:e]
        assert piece == piece.strip(), "sentence not trimmed"
        assert "\n" not in piece
        # A sentence ends at its first sentence-end mark (with closing quotes) or at the region end.
        m = SENTENCE_END.search(text, s, e)
        assert m is None or m.end() == e, (piece, m)
        pos = e
    assert text[pos:end].strip() == "", "non-whitespace text dropped after the last sentence"

    # Clauses of a sentence lie inside it, in order, trimmed and non-empty.
    clauses = clause_spans(text, start, end)
    for s, e in clauses:
        assert any(ss <= s < e <= se for ss, se in spans)
        assert text[s:e] == text[s:e].strip()


# ---------------------------------------------------------------------------------------------
# 4. Milvus filter literals
# ---------------------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


def parse_literal(expr: str, pos: int = 0) -> tuple[str, int]:
    """Independent reader of one double-quoted Milvus string literal starting at pos:
    returns its value and the index just past its closing quote."""
    assert expr[pos] == '"', expr[pos:]
    out, i = [], pos + 1
    while True:
        ch = expr[i]  # IndexError = unterminated literal
        if ch == '"':
            return "".join(out), i + 1
        if ch == "\\":
            out.append(_ESCAPES[expr[i + 1]])  # KeyError = an escape the lexer does not know
            i += 2
            continue
        assert ch not in "\n\r", "raw line break inside a literal"
        out.append(ch)
        i += 1


_TOKEN = re.compile(
    r"\s*(?:(?P<ident>[A-Za-z_][A-Za-z_0-9]*)|(?P<op>==|!=|\[|\]|,)|(?P<int>-?\d+)|(?P<str>\"))"
)


def tokenize(expr: str) -> list[tuple[str, object]]:
    tokens, pos = [], 0
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        assert m, f"cannot tokenise at {pos}: {expr[pos:]!r}"
        if m.group("str"):
            value, pos = parse_literal(expr, m.start("str"))
            tokens.append(("str", value))
            continue
        kind = m.lastgroup
        value = int(m.group(kind)) if kind == "int" else m.group(kind)
        tokens.append((kind, value))
        pos = m.end()
    return tokens


_CONTROL = "".join(chr(i) for i in range(32) if chr(i) not in "\n\r\t")
INJECTIONS = [
    '" or 1==1',
    '" or 1==1 or district == "',
    "\\",
    '\\"',
    'a\\" or \\"',
    "'",
    "' or '1'=='1",
    "line\nbreak",
    "tab\there\r",
    '"]; drop',
    "沙坪坝区",
    "**区",
    "\u2028\u0085\x7f",
    "",
]
filter_values = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(alphabet=st.one_of(st.sampled_from(list("\"'\\\n\r\t []=,!")), st.characters(codec="utf-8"))),
)


@settings(max_examples=150, deadline=None, database=None)
@given(filter_values)
def test_literal_round_trips_or_refuses_control_characters(value):
    if any(ch in _CONTROL for ch in value):
        with pytest.raises(ReportSearchError):
            literal(value)
        return
    lit = literal(value)
    parsed, end = parse_literal(lit)
    assert parsed == value
    assert end == len(lit), "literal ends before its last character"
    assert json.loads(lit) == value  # the escapes used are a subset of JSON's
    assert not any(ch in lit for ch in "\n\r\t")


@settings(max_examples=150, deadline=None, database=None)
@given(filter_values.filter(lambda v: not any(ch in _CONTROL for ch in v)))
def test_district_filter_is_exactly_one_literal(value):
    expr = filter_expression(Filters(district=value))
    assert expr == f"district == {literal(value)}"
    assert tokenize(expr) == [("ident", "district"), ("op", "=="), ("str", value)]


safe_values = filter_values.filter(lambda v: not any(ch in _CONTROL for ch in v))


@settings(max_examples=100, deadline=None, database=None)
@given(
    district=st.none() | safe_values,
    province=st.none() | safe_values,
    section_type=st.none() | safe_values,
    year=st.none() | st.integers(1990, 2100),
    report=st.none() | safe_values,
    exclude_report=st.none() | safe_values,
    exclude_passage=st.none() | safe_values,
)
def test_filter_expression_tokens_match_the_filters(
    district, province, section_type, year, report, exclude_report, exclude_passage
):
    filters = Filters(district, year, province, report, section_type, exclude_report, exclude_passage)
    expected: list[tuple[str, object]] = []
    for field, op, value in (
        ("district", "==", district),
        ("province", "==", province),
        ("section_type", "==", section_type),
        ("year", "==", year),
        ("report_id", "==", report),
        ("report_id", "!=", exclude_report),
        ("passage_id", "!=", exclude_passage),
    ):
        if value is None:
            continue
        if expected:
            expected.append(("ident", "and"))
        expected += [("ident", field), ("op", op), ("int" if field == "year" else "str", value)]
    assert tokenize(filter_expression(filters)) == expected


@settings(max_examples=100, deadline=None, database=None)
@given(st.lists(safe_values, max_size=6))
def test_in_list_tokens_are_one_literal_per_value(values):
    tokens = tokenize(in_list("report_id", values))
    expected: list[tuple[str, object]] = [("ident", "report_id"), ("ident", "in"), ("op", "[")]
    for i, v in enumerate(values):
        if i:
            expected.append(("op", ","))
        expected.append(("str", v))
    expected.append(("op", "]"))
    assert tokens == expected
