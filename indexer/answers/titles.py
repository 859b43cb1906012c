"""A document the question names by a title in 《》 that the report writes otherwise (《…法制审核
实施细则》 for 《…法制审核办法》): the sentence writing the report's title is the answer, said as a
correction. Declined for want of the asked title, the answer would say the report has nothing on
it, when it has the document under its own name."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.quoted import bare
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

_TITLE = re.compile(r"《([^《》]{4,40})》")
# How much of two titles' character pairs they share (Dice) for one to be the other misnamed:
# 《普陀区应急管理局行政执法决定法制审核办法》 and the same with 重大…实施细则 share 0.76; two
# documents of one bureau on different things (…职责清单 / …监督检查计划) share 0.39. A city's
# 实施办法 and the district's 实施细则 under it share 0.78: a title blending them is told the
# closer one, which the report does write.
SAME_DOCUMENT = 0.6
# Two titles of one issuer and one kind (《普陀区安全生产应急预案实施细则》 asked, the sentence
# writing the district's 《…行刑衔接…实施细则》 in full: 0.49) need share less: the asked
# one is written nowhere, and the sentence names the issuer's document of that kind.
SAME_ISSUER_AND_KIND = 0.45
_KIND = 2  # …细则
# The issuer a title opens with, a place (普陀区…, 上海市…); 《关于开展…的通知》 names none.
_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,3}[区市省县]")


def _likeness(one: str, other: str) -> float:
    a, b = set(char_bigrams(one)), set(char_bigrams(other))
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def other_title(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentence writing the title most like the question's unwritten one, and the notice;
    None when a sentence writes the asked title or none writes one like it."""
    asked = [m.group(1) for m in _TITLE.finditer(normalize_for_matching(question))]
    if not asked:
        return None
    listed = _other_in_list(_listed_titles(normalize_for_matching(question)), citations)
    if listed is not None:
        return listed
    claimed = asked[0]
    best: tuple[float, Citation, str] | None = None
    for citation in citations:
        text = normalize_for_matching(citation.text)
        if bare(claimed) in bare(text):
            return None
        for written in _TITLE.finditer(citation.text):
            likeness = _likeness(claimed, written.group(1))
            if likeness >= _needed(claimed, written.group(1)) and (best is None or likeness > best[0]):
                best = (likeness, citation, written.group(1))
    if best is None:
        return None
    _, citation, written = best
    shown = _TITLE.search(question)
    return [citation], f"报告写的是《{written}》，不是问题所说的《{shown.group(1) if shown else claimed}》"


def _needed(claimed: str, written: str) -> float:
    """How alike the two titles must be for the written one to be the claimed one misnamed."""
    issuer = _ISSUER.match(claimed)
    same_issuer = issuer is not None and written.startswith(issuer.group(0))
    same_kind = claimed[-_KIND:] == written[-_KIND:]
    return SAME_ISSUER_AND_KIND if same_issuer and same_kind else SAME_DOCUMENT


def _listed_titles(text: str) -> list[str]:
    """The longest run of titles the question writes as a list (《A》《B》, 《A》、《B》和《C》):
    two titles in different clauses (废止《…通知》, 是因为与《…法》冲突吗) are no list."""
    runs: list[list[str]] = []
    end = -1
    for match in _TITLE.finditer(text):
        if runs and re.fullmatch(r"[、，,和及与]?\s*", text[end : match.start()]):
            runs[-1].append(match.group(1))
        else:
            runs.append([match.group(1)])
        end = match.end()
    return max(runs, key=len, default=[])


def _other_in_list(asked: list[str], citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """Of titles asked as a list (《行政处罚法》《行政许可法》《行政复议法》), the one a sentence
    writing the same list replaces (《行政强制法》): every other title written, in its place."""
    if len(asked) < 2:
        return None
    for citation in citations:
        written = [m.group(1) for m in _TITLE.finditer(normalize_for_matching(citation.text))]
        if len(written) < len(asked):
            continue
        for start in range(len(written) - len(asked) + 1):
            run = written[start : start + len(asked)]
            # 《安全生产法》 is 《中华人民共和国安全生产法》 by its short name
            differing = [
                (a, w)
                for a, w in zip(asked, run, strict=True)
                if not (bare(w).endswith(bare(a)) or bare(a).endswith(bare(w)))
            ]
            if len(differing) == 1:
                claimed, other = differing[0]
                return [citation], f"报告写的是《{other}》，不是问题所说的《{claimed}》"
    return None
