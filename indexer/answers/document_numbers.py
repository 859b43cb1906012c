"""Document numbers (文号: 普应急〔2023〕13号) named in a question. A 文号 names one document
exactly, so only a sentence writing it answers, and a number no report writes is declined:
the sentences about other documents that the words around it match answer nothing."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Answer, Citation
from indexer.answers.report_lines import answer_from_lines
from indexer.text.normalize import normalize_for_matching

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


def citing(numbers: list[str], citations: list[Citation]) -> list[Citation]:
    """The citations that write one of the numbers."""
    return [c for c in citations if set(_keys(c.text)) & set(numbers)]


# Asking for a report's own number (普陀区报告的文号是什么, 哪些报告有文号), not for the number of
# a document it cites (清理的那份文件的文号): the number is asked of a report, bureau or district.
_ASKS_OWN = re.compile(
    r"(?:报告|应急局|应急管理局|区)(?:的|上|里)?(?:发文)?(?:字号|文号|编号)"
    r"|(?:哪些|哪份|哪一份|哪几份|几份)报告.{0,6}(?:文号|字号)"
    r"|报告.{0,6}(?:有没有|是否有|有无|标了|印了|写了|有)(?:发文)?(?:文号|字号)"
)
# A header line that is a 文号 and nothing else: the report's own number, printed above its title.
_HEADER_LINE = re.compile(rf"^[ \t]*({_WHOLE_NUMBER.pattern})[ \t]*$", re.M)


def asks_own_number(question: str) -> bool:
    text = _flat(question)
    return bool(_ASKS_OWN.search(text)) and not named_numbers(question)


def own_number_answer(searcher, question: str, reports: list[dict]) -> Answer:
    """Each report in scope with the 文号 its header prints, cited to that line. The header is
    kept out of the passages, so no sentence found by search would ever answer this."""

    def header_number(report: dict, cleaned: str) -> list[tuple[str, int]]:
        start, end = report.get("preamble") or (0, 0)
        found = _HEADER_LINE.search(cleaned, start, end)
        return [(found.group(1), found.start(1))] if found else []

    return answer_from_lines(
        searcher,
        question,
        reports,
        header_number,
        "文号",
        "版头没有印文号",
        "文号取自报告开头的版头（发文机关、文号、签发人），不是正文。",
    )
