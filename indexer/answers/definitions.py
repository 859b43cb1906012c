"""What a named mechanism or measure is (“252”工作机制是指什么): a report names it in one short
sentence and spells it out in the sentences after it, so the naming sentence alone answers
nothing a reader asked."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers.answer_types import Citation
from indexer.text.normalize import normalize_for_matching
from indexer.text.sentences import sentence_spans

_ASKS_MEANING = re.compile(
    r"是指什么|指的是什么|具体指|指什么|什么意思|啥意思|含义|咋回事|怎么回事|是什么内容|具体内容|具体是什么|具体是啥|怎么运作|如何运作"
    r"|怎么要求|什么要求|具体要求|要求是什么|如何要求|怎么规定|具体规定"
)
# A sentence this short only names the thing (区应急管理局牵头,建立…“252”工作机制。).
NAMING_SENTENCE_CHARS = 50
FOLLOWING_SENTENCES = 3


def asks_meaning(question: str) -> bool:
    return bool(_ASKS_MEANING.search(normalize_for_matching(question)))


def with_explanation(searcher, citations: list[Citation], limit: int) -> list[Citation]:
    """The citations with the sentences after a short lead, to its paragraph's end, put right
    after it, each cited to the passage holding it; unchanged when the lead is no bare naming
    sentence."""
    if not citations or len(citations[0].text) > NAMING_SENTENCE_CHARS:
        return citations
    lead = citations[0]
    cleaned_text = searcher.cleaned_text(lead.report_id)
    paragraph_end = cleaned_text.find("\n", lead.end)
    paragraph_end = len(cleaned_text) if paragraph_end < 0 else paragraph_end
    row = searcher.row_of(lead.passage_id)
    nearby = [
        searcher.passages[r] for r in range(row, min(row + FOLLOWING_SENTENCES + 1, len(searcher.passages)))
    ]
    following = []
    for start, end in sentence_spans(cleaned_text, lead.end, paragraph_end)[:FOLLOWING_SENTENCES]:
        holding = next(
            (p for p in nearby if p.report_id == lead.report_id and p.start <= start and end <= p.end), None
        )
        if holding is None:  # a sentence no passage holds whole cannot be cited exactly
            break
        following.append(
            replace(lead, passage_id=holding.passage_id, text=cleaned_text[start:end], start=start, end=end)
        )
    rest = [
        c for c in citations[1:] if all((c.report_id, c.start) != (f.report_id, f.start) for f in following)
    ]
    return [lead, *following, *rest][:limit]
