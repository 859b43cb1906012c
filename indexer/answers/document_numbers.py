"""Document numbers (文号: 普应急〔2023〕13号) named in a question. A 文号 names one document
exactly, so only a sentence writing it answers, and a number no report writes is declined:
the sentences about other documents that the words around it match answer nothing."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Answer, Citation
from indexer.answers.report_lines import answer_from_lines
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# Issuer, year in 〔〕 [] 【】 or (), serial, 号; matched on normalised text (full-width brackets
# and digits are half-width there). The issuer is compared by its last two characters only:
# a question may run words into it (关于鄂政办函…).
DOCUMENT_NUMBER = re.compile(r"([\u4e00-\u9fff]{0,2})[〔\[【(]((?:19|20)\d{2})[〕\]】)](\d{1,5})号")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", normalize_for_matching(text))


def _keys(text: str) -> list[str]:
    return [f"{issuer}〔{year}〕{serial}号" for issuer, year, serial in DOCUMENT_NUMBER.findall(_flat(text))]


def named_numbers(question: str) -> list[str]:
    return _keys(question)


def where_written(numbers: list[str], by_report: dict[str, str]) -> dict[str, list[str]]:
    """Each number and the ids of the reports writing it (a report's own 文号 in its header, or a
    document it cites); [] for a number no report writes. Reads the reports only when a number
    is asked about."""
    where: dict[str, list[str]] = {n: [] for n in numbers}
    for report, text in by_report.items() if numbers else ():
        for key in set(_keys(text)) & set(numbers):
            where[key].append(report)
    return where


_WHOLE_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{0,6}[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,5}\s*号(?:文件|文)?"
)


def without_numbers(text: str) -> str:
    """The text without its 文号: no sentence need word an issuer's abbreviation (普应急) to
    answer what is asked about the document."""
    return _WHOLE_NUMBER.sub("", text)


_TITLE = re.compile(r"《([^《》]{2,80})》")
# A 文号 printed right after its title, in brackets or not: 《…通知》(鄂政办函〔2021〕17号).
_NUMBER_AFTER_TITLE = re.compile(r"[(（]?([\u4e00-\u9fff]{0,6}[〔\[【(](?:19|20)\d{2}[〕\]】)]\d{1,5}号)")


def _numbered_titles(text: str) -> list[tuple[str, str]]:
    """Each title in the text with the 文号 printed right after it."""
    flat = _flat(text)
    pairs = []
    for title in _TITLE.finditer(flat):
        number = _NUMBER_AFTER_TITLE.match(flat, title.end())
        if number is not None:
            pairs.append((title.group(1), number.group(1)))
    return pairs


def _same_title(asked: str, written: str) -> bool:
    return asked == written or (min(len(asked), len(written)) >= 6 and (asked in written or written in asked))


def as_asked(question: str, printed: str) -> str:
    """The number the question gives, its issuer written out as the report's where the two
    share their last characters (法规〔2021〕63号 beside 沪应急法规〔2020〕63号)."""
    issuer, year, serial = DOCUMENT_NUMBER.search(_flat(question)).groups()
    full_issuer = re.match(r"[\u4e00-\u9fff]*", printed).group(0)
    if issuer and full_issuer.endswith(issuer):
        issuer = full_issuer
    return f"{issuer}〔{year}〕{serial}号"


def other_number(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence printing another 文号 after a title the question gives a number to (鄂司发
    〔2022〕2号 asked of the 省政府办公厅 notice, printed after the 司法厅's), and what to say of
    it; None when no quoted sentence numbers the title otherwise. A sentence listing both
    documents would read as a yes."""
    asked_numbers = named_numbers(question)
    asked_titles = _TITLE.findall(_flat(question))
    if not asked_numbers:
        return None
    for citation in citations:
        pairs = _numbered_titles(citation.text)
        for title in asked_titles or _described_title(question, pairs):
            printed = [number for written, number in pairs if _same_title(title, written)]
            if not printed or set(_keys(printed[0])) & set(asked_numbers):
                continue
            owners = [
                (written, number) for written, number in pairs if set(_keys(number)) & set(asked_numbers)
            ]
            # The number as the report prints it; the question's own may run words into it.
            shown = owners[0][1] if owners else as_asked(question, printed[0])
            said = f"报告中《{title}》的文号是{printed[0]}，不是问题所说的{shown}"
            if owners:
                said += f"；{shown}是《{owners[0][0]}》的文号"
            return [citation], said
    return None


def _described_title(question: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The one title of a sentence's numbered documents the question describes without title
    marks (湖北省司法厅换发监督证的那个通知): by the pairs of characters that title alone has among
    them, two or more in the question and none of any other title's own; [] otherwise."""
    if len(pairs) < 2:
        return []
    asked = set(char_bigrams(DOCUMENT_NUMBER.sub("", _flat(question))))
    pieces = [set(char_bigrams(title)) for title, _ in pairs]
    own = [piece - set().union(*(other for other in pieces if other is not piece)) for piece in pieces]
    described = [title for (title, _), mine in zip(pairs, own, strict=True) if len(mine & asked) >= 2]
    if len(described) != 1:
        return []
    return described


def renumbered(number: str, by_report: dict[str, str], question: str = "") -> str | None:
    """The 文号 the reports print for the document a number no report writes seems to mean: the
    same issuer and serial in another year (沪应急法规〔2020〕63号 for 法规〔2021〕63号) or with its
    digits swapped (…〔2021〕36号), or the
    same issuer's one number printed after a title the question describes (省政府办公厅的鄂政办函
    〔2022〕2号通知, of 《省人民政府办公厅关于…的通知》(鄂政办函〔2021〕17号)), as printed; None
    when no report prints one, or several do."""
    issuer, year, serial = DOCUMENT_NUMBER.search(number).groups()
    printed, described = set(), set()
    asked = set(char_bigrams(_flat(question))) - _GENERIC_PAIRS
    for text in by_report.values():
        # Not flattened: a header's number stands on its own line, not after the bureau's name
        normal = normalize_for_matching(text)
        for whole in _WHOLE_NUMBER.finditer(normal):
            written = re.sub(r"(?:文件|文)$|\s+", "", whole.group(0))
            other_issuer, other_year, other_serial = DOCUMENT_NUMBER.search(written).groups()
            if (other_issuer, other_serial) == (issuer, serial) and other_year != year:
                printed.add(written)
            elif (
                other_issuer == issuer and other_year != year and sorted(other_serial) == sorted(serial)
            ):  # 〔2021〕36号 for 〔2020〕63号: year and serial misremembered together (not 31号 for a
                # report's own 13号: its header corrects that, and the rest is answered)
                printed.add(written)
            elif other_issuer == issuer and (other_year, other_serial) != (year, serial):
                title = set(char_bigrams(normal[max(0, whole.start() - _TITLE_REACH) : whole.start()]))
                if len(asked & title) >= _DESCRIBED:
                    described.add(written)
    if printed:
        return printed.pop() if len(printed) == 1 else None
    return described.pop() if len(described) == 1 else None


# How far before a number its document's title is read, and how many character pairs the question
# must share with it to describe it (省政府办公厅…通知: 政府, 府办, 办公, 公厅); 关于 and 通知
# describe every document.
_TITLE_REACH = 60
_DESCRIBED = 4
_GENERIC_PAIRS = frozenset({"关于", "通知", "的通", "于印", "印发"})


def with_number(question: str, asked: str, printed: str) -> str:
    """The question with the year of its number as the report prints it, to answer the rest."""
    _, year, serial = DOCUMENT_NUMBER.search(asked).groups()
    _, printed_year, printed_serial = DOCUMENT_NUMBER.search(printed).groups()
    text = normalize_for_matching(question)
    return re.sub(
        rf"(?<=[〔\[【(]){year}([〕\]】)]\s*){serial}(?=\s*号)",
        lambda m: f"{printed_year}{m.group(1)}{printed_serial}",
        text,
        count=1,
    )


def titles_numbered(question: str, by_report: dict[str, str]) -> bool:
    """Whether a report prints a 文号 after a title the question names: a number asked of it that
    no report writes is then a wrong number for a cited document, not a document never cited."""
    asked = _TITLE.findall(_flat(question))
    return any(
        _same_title(title, written)
        for text in by_report.values()
        for written, _ in _numbered_titles(text)
        for title in asked
    )


def citing(numbers: list[str], citations: list[Citation]) -> list[Citation]:
    """The citations that write one of the numbers."""
    return [c for c in citations if set(_keys(c.text)) & set(numbers)]


# Asking for a report's own number (普陀区报告的文号是什么, 哪些报告有文号), not for the number of
# a document it cites (清理的那份文件的文号): the number is asked of a report, bureau or district.
# (not 区: a clause asked alone gets its district put first, 普陀区文号是多少 of 《…细则》…文号是多少)
_ASKS_OWN = re.compile(
    r"(?:报告|应急局|应急管理局)(?:的|上|里)?(?:发文)?(?:字号|文号|编号)"
    r"|(?:哪些|哪份|哪一份|哪几份|几份)报告.{0,6}(?:文号|字号)"
    r"|报告.{0,6}(?:有没有|是否有|有无|标了|印了|写了|有)(?:发文)?(?:文号|字号)"
)
# A header line that is a 文号 and nothing else: the report's own number, printed above its title.
_HEADER_LINE = re.compile(rf"^[ \t]*({_WHOLE_NUMBER.pattern})[ \t]*$", re.M)


# A number given to the report itself: 这份报告的文号是普应急〔2023〕31号.
# (…情况报告，文号是…: a comma between the report and its number.)
_ASKS_OWN_GIVEN = re.compile(
    r"(?:报告|应急局|应急管理局|版头)[，,]?(?:的|上|里)?(?:发文)?(?:字号|文号|编号)"
    # ... or names the report by it (普应急〔2023〕31号那份报告里, …31号那份普陀应急局法治政府建设报告)
    + r"|号(?:的|那份|这份|那篇|这篇)[^，,。；;？?]{0,16}?报告"
    # ... or as the number it was sent under (以普应急〔2023〕18号文报送的年度报告)
    + r"|号文?(?:报送|上报|呈报|印发)的.{0,16}报告"
)
# The 文号 naming a report, and the words pointing at the report (…31号那份报告里，).
_NUMBERED_REPORT = re.compile(
    r"[^，,。？?]*?[〔\[【(]\d{4}[〕\]】)]\d+号(?:的|那份|这份|那篇|这篇)(?:年度)?报告(?:里|中|上)?[，,]?"
)


def without_numbered_report(question: str) -> str | None:
    """The question without the 文号 it names its report by (普应急〔2023〕31号那份报告里，建档了
    多少家 -> 建档了多少家); None when it names none that way, or asks nothing else."""
    flat = _flat(question)
    rest = _NUMBERED_REPORT.sub("", flat)
    return rest if rest != flat and rest.strip("，,？? ") else None


def asks_own_number(question: str) -> bool:
    text = _flat(question)
    return bool(_ASKS_OWN.search(text)) and not named_numbers(question)


def header_number(report: dict, cleaned: str) -> list[tuple[str, int]]:
    """The 文号 a report's header prints and where, or [] for a header without one."""
    start, end = report.get("preamble") or (0, 0)
    found = _HEADER_LINE.search(cleaned, start, end)
    return [(found.group(1), found.start(1))] if found else []


def _misnumbered(question: str, reports: list[dict], cleaned_text) -> tuple[dict, str] | None:
    """(the report, the 文号 its header prints) of the report the question gives another number
    of the same issuer (普应急〔2023〕31号, where the header prints 普应急〔2023〕13号)."""
    asked = named_numbers(question)
    for report in reports:
        for printed, _ in header_number(report, cleaned_text(report["report_id"])):
            key = _keys(printed)
            if key and key[0] not in asked and any(a.split("〔")[0] == key[0].split("〔")[0] for a in asked):
                return report, printed
    return None


def misnumbered_district(question: str, reports: list[dict], cleaned_text) -> str:
    """The district of the report the question names by a wrong 文号; "" when none."""
    found = _misnumbered(question, reports, cleaned_text)
    return (found[0].get("district") or "") if found else ""


def header_correction(question: str, reports: list[dict], cleaned_text) -> str | None:
    """What to say when the question gives a report its own 文号 and the header prints another of
    the same issuer (普应急〔2023〕31号, where the header prints 普应急〔2023〕13号); None otherwise."""
    if not named_numbers(question) or not _ASKS_OWN_GIVEN.search(_flat(question)):
        return None
    found = _misnumbered(question, reports, cleaned_text)
    return f"报告版头印的文号是{found[1]}，不是问题所说的{as_asked(question, found[1])}" if found else None


def reports_numbered(question: str, reports: list[dict], cleaned_text) -> list[dict]:
    """The reports whose header prints a 文号 the question names (普应急〔2023〕13号是谁签发的)."""
    asked = named_numbers(question)
    return [
        r
        for r in reports
        if asked
        and any(set(_keys(n)) & set(asked) for n, _ in header_number(r, cleaned_text(r["report_id"])))
    ]


def own_number_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the 文号 its header prints, cited to that line. The header is
    kept out of the passages, so no sentence found by search would ever answer this."""
    return answer_from_lines(
        searcher,
        question,
        reports,
        header_number,
        "文号",
        "版头没有印文号",
        "文号取自报告开头的版头（发文机关、文号、签发人），不是正文。",
    )


# The body a question says issued a document: 司法厅发的《…》, 省政府印发的（鄂政办函…）, …17号是
# 司法厅下发的吗.
_CLAIMED_ISSUER = re.compile(
    r"([\u4e00-\u9fff]{0,8}?(?:办公厅|办公室|委员会|政府|厅|局|部|委|办|院|署|中心))"
    r"(?:(?:印发|下发|发布|出台|制定|发)(?:的(?:吗|吧)?|的?(?=《|[(（]?[\u4e00-\u9fff]{0,6}[〔\[【(](?:19|20)\d{2}))"
    # ... or set right before the title it is said to have issued (落实的是湖北省司法厅《关于…》)
    r"|(?=《))"
)
# The issuer a title opens with (省人民政府办公厅关于…的通知).
_TITLE_ISSUER = re.compile(r"^([\u4e00-\u9fff]{2,20}?)关于")
_PROVINCE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?省|省|市|区)")


def other_issuer(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence printing the document the question names (by title or 文号) under another
    issuer than the one the question says issued it (湖北省司法厅发的, where the title opens
    省人民政府办公厅关于…), and what to say of it; None when no quoted sentence does."""
    flat_question = _flat(question)
    claimed = _CLAIMED_ISSUER.search(flat_question)
    if claimed is None:
        return None
    # The organ's name only: 依据的是湖北省司法厅 -> 湖北省司法厅
    issuer = re.sub(r"^.*(?:是|的|由|为|据|按照|依照)", "", claimed.group(1))
    if len(issuer) < 2:
        return None
    asked_numbers = set(named_numbers(question))
    asked_titles = _TITLE.findall(flat_question)
    for citation in citations:
        pairs = _numbered_titles(citation.text)
        for written, number in pairs:
            named = set(_keys(number)) & asked_numbers or any(_same_title(t, written) for t in asked_titles)
            opening = _TITLE_ISSUER.match(written)
            if not named or opening is None or _same_issuer(issuer, opening.group(1)):
                continue
            said = f"报告中《{written}》（{number}）的发文机关是{opening.group(1)}，不是问题所说的{issuer}"
            own = [
                (t, n) for t, n in pairs if (o := _TITLE_ISSUER.match(t)) and _same_issuer(issuer, o.group(1))
            ]
            if own:
                said += f"；报告所引{issuer}的文件是《{own[0][0]}》（{own[0][1]}）"
            return [citation], said
    return None


def _same_issuer(claimed: str, written: str) -> bool:
    """湖北省司法厅 and 省司法厅 are one issuer; 司法厅 and 人民政府办公厅 are not."""
    claimed, written = (_PROVINCE.sub("", name).replace("人民", "") for name in (claimed, written))
    return claimed in written or written in claimed
