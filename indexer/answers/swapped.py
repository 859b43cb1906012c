"""Two districts' figures claimed the other way round (沙坪坝演练949场，硚口只有80多场): each figure
is the other district's, and the answer says so with both sentences.

Asked with the figures swapped, `ask` declined for want of each figure in its district's report
and named, in passing, the report writing it; a chatbot could still take the comparison built
on them as merely unconfirmed. The indicator table says which report writes which figure.
"""

from __future__ import annotations

from indexer.answers.answer_types import QUOTED_NOTICE, Answer, quoted_answer
from indexer.answers.indicators import citation_of_row, row_amount, rows_of_version
from indexer.answers.stated_figures import named_in
from indexer.ingest.indicators import IndicatorRow
from indexer.text.normalize import normalize_for_matching


def swapped_figures(searcher, question: str, districts: tuple[str, ...]) -> Answer | None:
    """The answer when the question gives each of two named districts the figure the other's
    report writes for the same indicator, and neither writes its claimed figure for it; None
    otherwise (北碚 writes 5人 too, of officials disciplined: another indicator)."""
    if len(districts) != 2:
        return None
    claims = _claims(normalize_for_matching(question), districts)
    if len(claims) != 2:
        return None
    (first, first_figure), (second, second_figure) = claims
    rows = [
        r for r in rows_of_version(searcher.version_dir) if r.district in districts and r.indicator != "other"
    ]
    for in_second in _writing(rows, second, first_figure.value):
        for in_first in _writing(rows, first, second_figure.value):
            indicator = in_first.indicator
            if in_second.indicator != indicator:
                continue
            if _writing(rows, first, first_figure.value, indicator) or _writing(
                rows, second, second_figure.value, indicator
            ):
                return None  # each also writes its own claimed figure: nothing swapped
            found = [(first, second, in_second), (second, first, in_first)]
            said = "；".join(
                f"{_as_written(row)}是{other}的数字，不是{district}的" for district, other, row in found
            )
            citations = [citation_of_row(searcher, row) for _, _, row in found]
            notice = f"问题把两区的数字说反了：{said}；{QUOTED_NOTICE}"
            return quoted_answer(question, [], citations, 0.0, notice)
    return None


def _claims(text: str, districts: tuple[str, ...]):
    """The first figure the question states of each district (the one named last before it);
    a later one said of a district already given one (…，少了7个) is not taken as its claim."""
    claims = {}
    for figure in named_in(text):
        before = text[: figure.start]
        at = {d: max(before.rfind(d), before.rfind(d.rstrip("区县"))) for d in districts}
        named = max(at, key=at.get)
        if at[named] >= 0:
            claims.setdefault(named, figure)
    return list(claims.items())


def _writing(
    rows: list[IndicatorRow], district: str, value: float, indicator: str | None = None
) -> list[IndicatorRow]:
    """The district's rows of that amount (72.8万元 is 728000), of the indicator when given."""
    return [
        r
        for r in rows
        if r.district == district
        and row_amount(r) == value
        and (indicator is None or r.indicator == indicator)
    ]


def _as_written(row: IndicatorRow) -> str:
    """72.8万 with its unit 万元 as 72.8万元, 5 with 人 as 5人."""
    return row.raw + (row.unit[1:] if row.raw.endswith(row.unit[:1]) and len(row.unit) > 1 else row.unit)
