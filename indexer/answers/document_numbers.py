"""Document numbers (文号: 普应急〔2023〕13号) named in a question. A 文号 names one document
exactly, so only a sentence writing it answers, and a number no report writes is declined:
the sentences about other documents that the words around it match answer nothing."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
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
