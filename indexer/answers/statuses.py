"""What became of a document after a review (专家库管理办法废止, 消防网络化管理办法继续有效):
a question giving a document the other's status quotes the one sentence writing both, so every
term is covered, and a chatbot repeating that sentence would confirm the swap.

A status in the question belongs to the words before it in its clause; in the sentence, to the
words since the status before it. The sentence's piece sharing the most character pairs with
the question's words is the document asked about; its status is what the report says.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.terms import CLAUSE_MARKS
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# Statuses written after the document they are of; the groups are what a reader tells apart.
# 修订 and 修改 are left out: reports write them before the document (修订实施《…》).
_GROUPS = {
    "继续有效": "kept",
    "继续执行": "kept",
    "继续施行": "kept",
    "予以保留": "kept",
    "保留": "kept",
    "有效": "kept",
    "宣布失效": "ended",
    "予以废止": "ended",
    "废止": "ended",
    "废除": "ended",
    "失效": "ended",
    "停止执行": "ended",
}
# Longest first, so 继续有效 is not read as 有效; 有效 alone only ends a claim (还有效吗), since
# 有效防范 is no status.
_STATUS = re.compile(
    "|".join(sorted((w for w in _GROUPS if w != "有效"), key=len, reverse=True))
    + r"|有效(?=[吗呢了吧啊，,。？?；;]|$)"
)
# Statuses as a question says them (也废了吧, 仍然有效的那份), never as a report writes them.
_SPOKEN = {
    "作废": "ended",
    "废了": "ended",
    "废掉": "ended",
    "不再有效": "ended",
    "仍然有效": "kept",
    "依然有效": "kept",
    "仍有效": "kept",
    "还有效": "kept",
}
_CLAIMED = re.compile(
    rf"(?:作废|(?<!报)废了|废掉|不再有效|仍然有效|依然有效|仍有效|还有效|{_STATUS.pattern})"
)
# One status claimed of all of them (两件都废止了, 全部予以保留).
_EVERY_CLAIMED = re.compile(rf"(?:都|全部|全都|均|一律)(?:已经?|被|予以)?(?P<status>{_CLAIMED.pattern})")
# 修改或废止: a way of dealing with documents, not what became of one.
_ALTERNATIVE = re.compile(r"或$|^或")
# A piece must share this share of the question's pairs to be the document asked about.
MIN_SHARED = 0.5
MIN_PAIRS = 3  # and at least this many: 办法 alone names no document


# A status granted of a document the question then asks about (清理后仍然有效的《…》里…).
_GRANTED = re.compile(
    rf"(?P<before>[^，,。；;？?]*?)(?P<status>{_CLAIMED.pattern})的(?P<thing>《[^》]+》|[^，,。；;？?里中]{{2,20}})"
)


def granted_status(question: str) -> str | None:
    """The status granted of a document, asked as a yes-no question (《专家库管理办法》2022年清理
    后仍然有效吗), when the question grants it and asks of the document; None otherwise. If the
    report gives the document another status, the rest of the question rests on nothing."""
    granted = _GRANTED.search(question)
    if granted is None:
        return None
    return f"{granted['thing']}{granted['before'].strip()}{granted['status']}吗？"


def is_status(word: str) -> bool:
    return word in _GROUPS


def _group(status: str) -> str:
    return _GROUPS.get(status) or _SPOKEN[status]


def other_status(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The quoted sentences, the one writing another status first, and what to say, when the
    question gives a document a status the report does not, or all of them one status the
    report gives only some; None otherwise."""
    text = normalize_for_matching(question)
    every = _EVERY_CLAIMED.search(text)
    if every is not None:  # 两件都废止了: the sentence giving one another status says otherwise
        for citation in citations:
            pieces = _pieces(citation.text)
            others = [(w, st) for w, st in pieces if _GROUPS[st] != _group(every["status"])]
            if len(pieces) >= 2 and others:
                written = "”“".join(f"{_named(words)}{status}" for words, status in pieces)
                notice = f"报告写的是“{written}”，不是问题所说的都{every['status']}"
                return [citation, *(c for c in citations if c is not citation)], notice
    claims = _claims(text)
    if not claims:
        return None
    for citation in citations:
        pieces = _pieces(citation.text)  # as written: the notice quotes it (（*〔2015〕*号）)
        said = []
        for thing, status in claims:
            piece = _document_of(thing, pieces)
            if piece is not None and _GROUPS[piece[1]] != _group(status):
                said.append((piece, status))
        if said:
            parts = "；".join(
                f"报告写的是“{_named(words)}{written}”，不是问题所说的“{status}”"
                for (words, written), status in said
            )
            return [citation, *(c for c in citations if c is not citation)], parts
    return None


# What a status said as a doing is done to (废止了消防网络化管理实施办法): the words after it, in
# a doing's own form only, with 了 or a title right after (not 废止以后由哪份文件接替, 继续有效至今).
_OBJECT_AFTER = re.compile(
    r"(?:了?(?P<title>《[^》]+》)|了(?P<thing>(?![的吗吧呢啊])[^，,。；;？?吗吧呢]{4,}))"
)


def _claims(question: str) -> list[tuple[set[str], str]]:
    """(the character pairs of what a status is claimed of, the status) in question order."""
    claims = []
    # A document named in clauses of its own before its status (…那份实施办法，清理后也废止了吧):
    # their words are the status's too.
    named_before: set[str] = set()
    for clause in CLAUSE_MARKS.split(question):
        start = 0
        matches = list(_CLAIMED.finditer(clause))
        for at, match in enumerate(matches):
            end = matches[at + 1].start() if at + 1 < len(matches) else len(clause)
            object_after = _OBJECT_AFTER.match(clause, match.end(), end)
            if object_after:  # 保留了《专家库管理办法》: the status said first, as a doing
                thing = set(char_bigrams(object_after["title"] or object_after["thing"]))
            else:
                thing = set(char_bigrams(clause[start : match.start()])) | named_before
            if thing:
                claims.append((thing, match.group(0)))
            start = match.end()
            named_before = set()
        if start == 0:
            named_before |= set(char_bigrams(clause))
    return claims


def _pieces(text: str) -> list[tuple[str, str]]:
    """(the words a status follows, the status) for every status of the sentence."""
    pieces, start = [], 0
    for match in _STATUS.finditer(text):
        before = text[start : match.start()]
        if not _ALTERNATIVE.search(before) and not _ALTERNATIVE.search(text[match.end() : match.end() + 1]):
            pieces.append((before, match.group(0)))
        start = match.end()
    return pieces


def _document_of(thing: set[str], pieces: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The piece sharing most of the claim's pairs, if it shares enough and more than any other.
    Only pairs the sentence writes count: 是不是把…那份…给 is how a question speaks, not what
    it names."""
    written = thing & set().union(*(char_bigrams(words) for words, _ in pieces)) if pieces else set()
    scored = sorted(
        ((len(written & set(char_bigrams(words))), (words, status)) for words, status in pieces), reverse=True
    )
    if not scored or scored[0][0] < max(MIN_SHARED * len(written), MIN_PAIRS):
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _named(words: str) -> str:
    """The document's own words of a piece: from its last title mark, or its last clause."""
    title = words.rfind("《")
    if title >= 0:
        return words[title:]
    return CLAUSE_MARKS.split(words)[-1].lstrip("、")
