"""Equipment the question claims was issued to every person (人手一台, 每人配发) where the report
issues it by group (按组配发): the sentence is the answer, said as a correction. Its words share
nothing with the claim, so the evidence check declined the question for want of 人手 and 一台, or
a sentence quoted alone would read as a yes."""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching

_PER_PERSON = re.compile(
    r"人手一[台部个件套本份支把]|每(?:个)?人(?:都)?(?:一[台部个件套本份支把]|都有|配备|配发|发)|人人(?:都)?有|全员配(?:备|发)"
)
_BY_GROUP = re.compile(r"(?:按|每|分)(?:个)?(?:小)?(?:组|队|班)(?:配发|配备|发放|配置)?")


def by_group(question: str, citations: list[Citation]) -> tuple[list[Citation], str] | None:
    """The sentences issuing by group what the question says each person has, and the notice;
    None when the question claims no such thing, or a sentence issues it to each person."""
    claimed = _PER_PERSON.search(normalize_for_matching(question))
    if claimed is None:
        return None
    stating, said = [], []
    for citation in citations:
        text = normalize_for_matching(citation.text)
        if _PER_PERSON.search(text):
            return None
        written = _BY_GROUP.search(text)
        if written:
            stating.append(citation)
            said.append(written.group(0))
    if not stating:
        return None
    return stating[:1], f"报告写的是“{said[0]}”，不是问题所说的“{claimed.group(0)}”"
