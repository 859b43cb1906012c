"""Who signed a report (签发人): a line of the header, which is kept out of the passages, so no
sentence found by search answers it."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers.answer_types import Answer
from indexer.answers.document_numbers import header_correction, header_number
from indexer.answers.report_lines import answer_from_lines
from indexer.answers.terms import is_word_not_name
from indexer.text.normalize import normalize_for_matching

_ASKS_SIGNER = re.compile(r"签发人|签发者|谁签(?:发|批|的)|签(?:发|批)的(?:是|人)|由谁签")
# A report or its bureau is what was signed: 执法文书由谁签发 asks of documents the reports
# do not print the signers of.
_OF_REPORT = re.compile(r"报告|版头|应急局|应急管理局")
_OF_OTHER = re.compile(r"文书|决定书|通知书|许可证|证件|证书")
_ASKS_NUMBER = re.compile(r"文号|字号|发文号")
# The whole line (group "line") and the name (group "name").
_SIGNER_LINE = re.compile(r"^[ \t]*(?P<line>签发人[ \t]*[:：][ \t]*(?P<name>\S(?:.*\S)?))[ \t]*$", re.M)


def asks_signer(question: str, names_report: bool = False) -> bool:
    """Whether the question asks who signed a report; `names_report`: it names one by the 文号
    its header prints (普应急〔2023〕13号是谁签发的)."""
    text = normalize_for_matching(question)
    of_report = names_report or _OF_REPORT.search(text)
    return bool(_ASKS_SIGNER.search(text) and of_report and not _OF_OTHER.search(text))


def signer_answer(searcher, question: str, reports: list[dict], numbered: bool = False) -> Answer:
    """Each report in scope with the signer its header prints, cited to that line; with its 文号
    line too when the question asks that as well (是谁签发的，文号是多少), and the whole line
    when the report was named by its number (numbered)."""
    with_number = bool(_ASKS_NUMBER.search(normalize_for_matching(question)))

    def header_signer(report: dict, cleaned: str) -> list[tuple[str, int]]:
        start, end = report.get("preamble") or (0, 0)
        found = _SIGNER_LINE.search(cleaned, start, end)
        # The whole line when the 文号 is shown beside it: the reader sees which is which.
        group = "line" if with_number or numbered else "name"
        signer = [(found.group(group), found.start(group))] if found else []
        numbers = header_number(report, cleaned) if with_number else []
        return sorted(signer + numbers, key=lambda line: line[1])

    answer = answer_from_lines(
        searcher,
        question,
        reports,
        header_signer,
        "版头" if with_number or numbered else "签发人",  # a whole line says 签发人： itself
        "版头没有印签发人" + ("和文号" if with_number else ""),
        "签发人取自报告开头的版头（发文机关、文号、签发人），不是正文。",
    )
    # 文号是普应急〔2023〕31号，签发人是谁: the number given is said to be wrong, not let stand.
    wrong_number = header_correction(question, reports, searcher.cleaned_text)
    if wrong_number:
        return replace(answer, notice=f"{wrong_number}；{answer.notice}")
    # 签发人王伟是什么职务: a name the header does not print is said to be wrong too.
    claimed = _CLAIMED_SIGNER.search(normalize_for_matching(question))
    printed = [
        found.group("name")
        for report in reports
        if (
            found := _SIGNER_LINE.search(
                searcher.cleaned_text(report["report_id"]), *(report.get("preamble") or (0, 0))
            )
        )
    ]
    name = claimed and (claimed.group("before") or claimed.group("after"))
    if name and (_NO_NAME.search(name) or _NOT_A_NAME_START.match(name) or is_word_not_name(name)):
        name = None  # 签发人是谁, 签发人的职务, 签发人署名是谁: asked, not given
    if name and printed and not any(name in p or p in name for p in printed):
        said = "、".join(printed)
        return replace(answer, notice=f"版头印的签发人是{said}，不是问题所说的{name}；{answer.notice}")
    if printed and _ROLE_ASKED.search(normalize_for_matching(question)):
        # 签发人张军是局长还是副局长: the header prints a name, no office
        said = f"版头只印了签发人的姓名（{'、'.join(printed)}），报告没有写明其职务。"
        return replace(
            answer, answered=False, reason="not_covered", notice=said, answer=f"{said}\n{answer.answer}"
        )
    return answer


# The signer's office asked (是局长还是副局长, 什么职务).
_ROLE_ASKED = re.compile(
    r"职务|职位|什么职|级别|(?:是|当)(?:不是)?(?:局长|副局长|书记|主任)|局长还是|还是副局长"
)


_NO_NAME = re.compile(r"谁|哪|什么|啥|是|为|叫|签|报告|局长|领导|栏|名字|职|级")
# A name starts with a surname, never with a pointer or a particle (的职务, 那一栏, 一般).
_NOT_A_NAME_START = re.compile(r"[的那这一该其本此各每]")
# A signer's name the question gives (签发人王伟, 王伟签发的): two or three characters.
_CLAIMED_SIGNER = re.compile(
    r"签发人(?:是|为|叫)?(?P<after>[\u4e00-\u9fff]{2,3}?)(?=是|的|吗|吧|，|,|？|\?|$)"
    r"|(?P<before>[\u4e00-\u9fff]{2,3})(?=签发的|签的)"
)
