"""Extractive answers: the report sentences that answer a question, each with its citation.

Retrieval is the hybrid search; the answer is made of the best-scoring sentences inside the
retrieved passages, kept verbatim. Between retrieval and composition every answer passes the
checks of this package, in order: a question about the corpus itself is answered from the
index's metadata (meta.py); a district or year the index holds no report for is declined
(scope_check.py); the cited sentences must cover every content term of the question and,
for a quantity question, hold a number of the asked kind (evidence.py, figures.py). What is
declined says why in `reason` and `notice`, and lists the closest passages.
"""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers import (
    addressees,
    bodies,
    breakdowns,
    built,
    causes,
    dates,
    definitions,
    document_numbers,
    enumerated,
    issued,
    layout,
    listed,
    locations,
    masked,
    organisers,
    parts,
    polarity,
    premise,
    quoted,
    rates,
    reach,
    shares,
    signers,
    slots,
    stated_figures,
    statuses,
    superlatives,
    swapped,
    unmentioned,
)
from indexer.answers.answer_types import (
    QUOTED_NOTICE,
    Answer,
    Citation,
    corrects_question,
    district_label,
    premise_failed,
    quoted_answer,
)
from indexer.answers.apart import compound_apart_notice
from indexer.answers.change_only import change_instead
from indexer.answers.claims import Claims
from indexer.answers.counted import counted_contrary
from indexer.answers.coverage import coverage_notice, sharing_the_claim
from indexer.answers.declined import CLOSEST_PASSAGES, declined
from indexer.answers.district_forms import (
    claimed_of_another_district,
    claimed_of_unknown_district,
    listing_but_for_one,
    listing_for_only_one,
    listing_for_only_one_first,
    listing_for_only_two,
    listing_then_one_district,
    one_district,
    without_claimed_event_year,
    without_district,
    without_only_word,
)
from indexer.answers.districts import only_from_label, sections_asked
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.figures import has_figure, quantity_asked, quantity_target
from indexer.answers.grouped import JUDGEMENT_NOTICE, grouped_answer
from indexer.answers.jeers import without_jeers
from indexer.answers.joint_totals import joint_total_notice, kinds_summed_notice, listed_part_notice
from indexer.answers.meta import is_meta_question, meta_answer
from indexer.answers.other_year import figures_of_other_year
from indexer.answers.qualities import (
    amount_stated,
    lacking_notice,
    opposite_quality_notice,
    still_to_do_notice,
)
from indexer.answers.question import Question, corpus_vocabulary, written_words
from indexer.answers.question_forms import (
    ADVICE_NOTICE,
    advice_asked,
    amount_judged,
    gap_asked,
    months_without_asked,
    without_errand,
    without_remark,
)
from indexer.answers.report_year import report_of_another_year
from indexer.answers.scope_check import (
    ScopedReports,
    asked_years,
    check_scope,
    section_answering,
    unreported_years_notice,
    without_base_year,
    without_spans_of_other_years,
    without_years_of_things,
)
from indexer.answers.sentences import PLAN_SECTION, scored_sentences, topic_terms
from indexer.answers.sole_report import sole_district
from indexer.answers.story import without_story
from indexer.answers.substituted import OPEN_QUESTION, body_at_another_level, other_in_place
from indexer.answers.table_answers import INDICATOR_NOTE, TABLE_NOTICE, answer_from_indicators
from indexer.answers.terms import (
    asks_about_work,
    content_terms,
    in_quotes,
    names_unnamed_district,
    wordings,
)
from indexer.answers.typed_districts import name_as_typed, one_character_apart
from indexer.answers.unlisted import count_without_items, without_count
from indexer.answers.verdicts import search_section_first, verdict_on
from indexer.answers.whether_unwritten import whether_unwritten, which_unwritten
from indexer.records import Hit
from indexer.retrieval.scope import QueryScope, understand
from indexer.retrieval.search import Filters, Searcher, validate_query
from indexer.text.dialect import dialect_note, in_mandarin
from indexer.text.formal import in_everyday_words
from indexer.text.misspelled import Misreading, reading_note
from indexer.text.normalize import in_simplified, normalize_for_matching
from indexer.text.numbers import (
    codes_in_digits,
    figures_unspaced,
    months_in_digits,
    pauses_as_commas,
    people_said,
    whole_percent_said,
    years_in_full,
    yuan_said,
)
from indexer.text.romanized import in_chinese
from indexer.text.shorthand import districts_by_sound, districts_in_full, mistyped_districts, names_in_full

__all__ = [
    "PLAN_SECTION",
    "Answer",
    "Citation",
    "answer_question",
    "district_label",
    "topic_terms",
]

MAX_CITATIONS = 8


PASSAGES_PER_QUESTION = 12


AMOUNT_NOTICE = "报告只记述做了什么、有多少，没有评价多少高低"
LEAD_PLANNED_NOTICE = "第一句出自下一步工作安排，是计划，不是已做的工作"


def _states_all_asked(asked: Question, citations: list[Citation], indicators: tuple[str, ...] = ()) -> bool:
    """Whether the cited sentences word every content term of the question: a figure from the
    table is only an answer when its sentence says what was asked, not just its indicator. A
    term the indicator's own name holds (案件 of 行政处罚案件数) is what the row counts: 普陀区's
    立案8起 counts cases without writing 案件."""
    text = " ".join(normalize_for_matching(c.text) for c in citations)

    def stated(term: str) -> bool:
        if premise.is_direction_word(term) and premise.states_change_like(term, text):
            return True  # 同比提高了多少, where the sentence writes 同比增长80.93%
        return any(w in text for w in wordings(term, asked.text)) or any(term in name for name in indicators)

    # A number a line is called by is what is asked about (“12345” of 通过“12345”受理了多少): the
    # sentence writes it. (Other quotes may be hearsay: “罚了很多钱”.)
    codes = [n for n in asked.quoted if quoted.bare(n).isdigit()]
    names_written = all(any(quoted.writes(c.text, n, asked.text) for c in citations) for n in codes)
    return bool(citations) and names_written and all(stated(t) for t in asked.terms)


# Several figures asked at once (纪律责任者及移送调查者各为多少人, 两者加起来几个人); 各区…多少
# asks one figure of each district.
_SEVERAL_ASKED = re.compile(
    r"(?<!区)各(?:是|为|有|自)?(?:多少|几)|分别(?:是|为|有)?(?:多少|几)|加起来|合计|两者|二者|总和|之和|相加"
    # 立了多少起案 又罚了多少: two counts asked in a row
    r"|(?:多少|几)[^？?]*?(?:多少|几(?![乎]))"
)


def _counts_not_done(question: str) -> bool:
    """Whether the clause asking a count negates its doing (还有多少隐患没有整改); a claim before it
    saying something did not happen (无败诉案件，全年受理审批事项多少件) asks no such count."""
    asking = [c for c in re.split(r"[，,；;。]", question) if quantity_asked(c) is not None]
    return any(polarity.negates(c) for c in asking) if asking else polarity.negates(question)


def _one_of_several_asked(question: str, from_table: Answer) -> bool:
    """Whether a question asking several figures of one report got one figure from the table:
    its sentence states the others, and 7人 alone answered 纪律责任5人 and 移送7人 各为多少."""
    if not _SEVERAL_ASKED.search(normalize_for_matching(question)) or from_table.grouped_by_district:
        return False
    return len(re.findall(r"\[\d+\]", from_table.answer)) < 2


def _indicators_of(answer: Answer, question: str) -> tuple[str, ...]:
    """The indicators a table answer gives (its note 指标：…); none for a question counting those
    who did not do something (没通过资格考试的执法人员有几个): the row counts them all."""
    if polarity.negates(question):
        return ()
    note = next((n for n in answer.notes if n.startswith(INDICATOR_NOTE)), "")
    return tuple(name for name in note.removeprefix(INDICATOR_NOTE).split("、") if name)


def _of_a_listed_part(asked: Question, citations: list[Citation]) -> bool:
    """Whether the first cited sentence counts the asked thing of several it lists together
    (joint_totals.listed_part_notice)."""
    if not (asked.asked and asked.target and citations):
        return False
    counted = frozenset(wordings(asked.target, asked.text))
    return bool(listed_part_notice(asked.text, asked.terms, counted, asked.asked, citations[0]))


def answer_question(
    searcher: Searcher,
    question: str,
    max_citations: int = MAX_CITATIONS,
    config: EvidenceConfig | None = None,
) -> Answer:
    """The answer to a question, read in the reports' script and numerals (執法大隊於三月…:
    every check matches simplified words and dates in digits); its query is the question as
    typed."""
    typed = validate_query(question, 10, "hybrid")
    districts = searcher.districts()
    mandarin, dialect = in_mandarin(in_simplified(in_chinese(typed, districts)))
    simplified = in_everyday_words(mandarin)
    # 沙平坝区 heard for 沙坪坝区: read as the district, and said so first
    # (桥口区 is 硚口区 typed the common way, said so as such)
    typed_so = [t for t, _ in mistyped_districts(simplified, districts)]
    by_sound = [
        (h, n) for h, n in districts_by_sound(simplified, districts) if not any(h in t for t in typed_so)
    ]
    for heard, name in by_sound:
        simplified = simplified.replace(heard, name)
    read = pauses_as_commas(
        people_said(
            yuan_said(
                whole_percent_said(
                    figures_unspaced(
                        years_in_full(
                            months_in_digits(
                                codes_in_digits(districts_in_full(names_in_full(simplified), districts))
                            )
                        )
                    )
                )
            )
        )
    )
    read, misread = written_words(searcher).read(read, corpus_vocabulary(searcher).text)
    misread = [
        *(Misreading(typed, name) for typed, name in mistyped_districts(simplified, districts)),
        *misread,
    ]
    answer = _answer_read(searcher, read, max_citations, config)
    # said first, so a wrong guess is seen before the answer built on it
    heard = [
        f"问题中的“{h}”按读音读作“{name}”（报告中没有“{h}”），以下是{_district_named_by(name, districts)}报告的内容。"
        for h, name in by_sound
    ]
    for note in (
        heard + ([reading_note(misread)] if misread else []) + ([dialect_note(dialect)] if dialect else [])
    ):
        if note not in answer.notes:  # (said once: a part asked again through here has it)
            answer = replace(answer, notes=[note, *answer.notes], answer=f"{note}\n{answer.answer}")
    return replace(answer, query=typed) if answer.query == read else answer


def _district_named_by(name: str, districts: list[str]) -> str:
    """The district a name or its stem (硚口) names."""
    return next((d for d in districts if d.startswith(name)), name)


def _answer_read(
    searcher: Searcher, question: str, max_citations: int, config: EvidenceConfig | None
) -> Answer:
    if locations.asks_location(question):  # 这句话在第几部分、哪个小标题下面
        unplaced = locations.without_location(question)
        if unplaced.strip("，,？? ") and unplaced != question:
            answer = answer_question(searcher, unplaced, max_citations, config)
            placed = locations.with_locations(answer, searcher.reports) if answer.answered else answer
            return replace(placed, query=question)
    asked_alone = _without_errand(searcher, question) or _without_story(searcher, question)
    if asked_alone is not None:
        # 我在写一篇…的综述，想确认一下：… asks what follows the colon; 我退休了，听邻居说… what
        # the neighbour said.
        return replace(answer_question(searcher, asked_alone, max_citations, config), query=question)
    gap = gap_asked(question)
    if gap is not None and one_district(searcher, gap[3]) is None:  # (not 沙坪坝比北碚多几个)
        # 立案数比处罚企业数多几个: both figures quoted, the gap left to the reader
        as_gap = answer_question(searcher, gap[0], max_citations, config)
        if not as_gap.answered:
            in_turn = answer_question(searcher, gap[1], max_citations, config)
            as_gap = in_turn if in_turn.answered else as_gap
        return replace(as_gap, query=question)
    understood = searcher.scope_of(question)
    crossed = swapped.swapped_figures(searcher, question, understood.districts)
    if crossed is not None:  # 沙坪坝移送7人，比北碚的5人多: each figure is the other's
        return crossed
    part = breakdowns.asked_part(question)
    if part is not None:  # 发现的2661处隐患里，重大隐患有几处: only the 2661's sentence can say
        as_part = breakdowns.as_part(question)
        whole_answer = _answer_asked(searcher, as_part, max_citations, config or EvidenceConfig())
        whole_answer = replace(whole_answer, query=question)
        whole, count, asked = part
        # (the reports of the districts asked: 沙坪坝…149个 is not written by 硚口区's 149处)
        asked_of = searcher.scope_of(question).districts
        texts = corpus_vocabulary(searcher).by_report
        written = breakdowns.written_in(
            [t for r, t in texts.items() if not asked_of or _district_of(searcher, r) in asked_of], count
        )
        return breakdowns.part_without_its_whole(whole_answer, whole, count, asked, written) or whole_answer
    answer = _answer_asked(searcher, question, max_citations, config or EvidenceConfig())
    moved = claimed_of_another_district(
        searcher,
        question,
        answer,
        lambda text: _answer_asked(searcher, text, max_citations, config or EvidenceConfig()),
    )
    if moved is not None:  # 北碚区率先建成了“工贸安全在线”吧: 沙坪坝区's doing
        return moved
    moved = claimed_of_unknown_district(
        searcher,
        question,
        answer,
        lambda text: _answer_asked(searcher, text, max_citations, config or EvidenceConfig()),
    )
    if moved is not None:  # 拿第一的是江汉区代表队吧: 硚口区's 我区代表队
        return moved
    if not answer.answered and not (understood.districts or understood.unknown_districts):
        placed = _claim_of_the_sole_report(searcher, question, understood, max_citations, config)
        if placed is not None:  # 缙云志愿服务队有三十多人吧: 北碚区's team, of 19人
            return placed
    if not answer.answered and answer.reason in ("not_covered", "no_figure"):
        # (…APP入选了国务院安委办的典型案例，是啥时候入选的: the claim of something done, too)
        claimed = parts.figure_claimed(question, understood) or parts.done_claimed(question, understood)
        claim = claimed and answer_question(searcher, claimed, max_citations, config)
        if claim and claim.answered and corrects_question(claim.notice):
            # 查了900多家厂，比以前多了一倍多: the figure alone is found wrong
            return replace(claim, query=question, notice=premise_failed(claim.notice))
    if not answer.answered and answer.reason in ("not_covered", "no_figure"):
        instead = change_instead(searcher, question, Question(searcher, question, understood).terms)
        if instead:  # 死亡人数是多少, where the report gives only 死亡人数…下降27.8%
            return declined(
                question, answer.closest, answer.notes, answer.grouped_by_district, answer.evidence,
                "no_figure", instead,
            )  # fmt: skip
    uncounted = without_count(question)
    if uncounted and not answer.answered and f"没有写到“{uncounted[1]}”" in (answer.notice or ""):
        # 率先建成的3个系统分别是什么, where the report lists them (一是…) and never writes 3个
        listed = _answer_asked(searcher, uncounted[0], max_citations, config or EvidenceConfig())
        if listed.answered:
            said = f"报告没有写“{uncounted[1]}”这个数目"
            return replace(listed, query=question, notice=f"{said}；{listed.notice}")
    scope_text = _scope_text(searcher, question)
    scope = searcher.scope_of(scope_text)
    unreported = unreported_years_notice(scope_text, scope, searcher.reports)
    # (said once: a follow-up spelled out, 2022年又是多少, is asked again through here)
    if unreported and answer.answered and unreported not in answer.notice:
        # 2022年…跟2023年比: the 2023 figure alone is no answer to both
        return replace(answer, notice=f"{unreported}{answer.notice}")
    return answer


def _named_districts(searcher: Searcher, question: str) -> tuple[str, ...]:
    return searcher.scope_of(question).districts


def _claim_of_the_sole_report(
    searcher: Searcher,
    question: str,
    understood: QueryScope,
    max_citations: int,
    config: EvidenceConfig | None,
) -> Answer | None:
    """The correction of a figure claimed, the district unsaid, of a thing one district's report
    alone writes: the claim asked of that district (sole_report); None when the question claims
    no figure, no one district's report words all it names, or asked so the claim holds."""
    if not stated_figures.named_in(question) or names_unnamed_district(question):
        return None
    district = sole_district(searcher, question, Question(searcher, question, understood).terms)
    if district is None:
        return None
    placed = answer_question(searcher, f"{district}{question}", max_citations, config)
    if not (placed.answered and corrects_question(placed.notice)):
        return None
    said = f"问题没有说是哪个区；报告中只有{district}的报告写到了问题所说的事，按它核对："
    return replace(placed, query=question, notice=f"{said}{placed.notice}")


def _only_one_checked(searcher: Searcher, question: str, listing: str, district: str, listed: Answer) -> str:
    """The correction of a claim that only `district` did it, from the listing answer of who did
    (不止北碚区：…); "" when no other district shares the claim."""
    sharing = sharing_the_claim(searcher, listing, district, listed.citations)
    labels = [district_label(r.get("district"), r["report_id"]) for r in searcher.reports]
    claim = coverage_notice(question, sharing, labels)
    if claim:
        return claim
    listed_labels = {district_label(c.district, c.report_id) for c in listed.citations}
    claimed = next((label for label in listed_labels if label.startswith(district.rstrip("区县"))), None)
    if claimed is None:
        # 是不是只有普陀把案子交给司法机关了, listed without 普陀: the claim's own district unsaid
        return f"没有找到{district}的报告写这件事的句子"
    # 只有打码区的报告提到了民法典 (the question's name for it is not the label), or a claimed
    # district writing it only in its plans or shortcomings: others doing it still refute "only"
    others = [label for label in sharing if label != claimed]
    return f"不只{claimed}：{'、'.join(others)}的报告也写到了" if others else ""


def _without_errand(searcher: Searcher, question: str) -> str | None:
    """The question after the asker's errand (without_errand), with the districts and years the
    errand names (我在写一篇关于北碚区…的综述：去年查处了多少起 asks of 北碚区), when it names
    something to ask about besides a place (普陀区做了什么 does not); None otherwise."""
    rest = without_errand(question)
    if rest == question:
        return None
    places = [*searcher.districts(), *searcher.places]
    if all(any(place.startswith(t) for place in places) for t in content_terms(searcher._tokenizer, rest)):
        return None
    return _with_scope_left_out(searcher, question, rest)


def _thing_compared(searcher: Searcher, question: str) -> str | None:
    """What a comparison of districts counts (哪个区在岗执法人员更多？各有多少人: 执法人员): the term
    the count is asked of, else the question's last term that names no district."""
    terms = content_terms(searcher._tokenizer, question)
    counted = quantity_target(question, terms)
    if counted and one_district(searcher, counted) is None:
        return counted
    return next((t for t in reversed(terms) if one_district(searcher, t) is None), None)


def _without_story(searcher: Searcher, question: str) -> str | None:
    """The question without the asker's story (story.py) and jeers (jeers.py), with the
    districts and years they name (我住北碚的，…) before it; None when none is told."""
    vocabulary = corpus_vocabulary(searcher)
    places = [*searcher.districts(), *searcher.places]
    # A place the story names (我老家在北碚) is kept apart below; it makes no clause a question.
    rest = without_story(
        without_jeers(question),
        lambda text: content_terms(searcher._tokenizer, text),
        lambda term: vocabulary.knows(term, question) and not any(term in place for place in places),
    )
    return None if rest == question else _with_scope_left_out(searcher, question, rest)


def _with_scope_left_out(searcher: Searcher, question: str, rest: str) -> str:
    """`rest` of the question, after the districts and years only the part left out names."""
    named, own = searcher.scope_of(question), searcher.scope_of(rest)
    districts = [d for d in named.districts if d not in own.districts]
    if names_unnamed_district(question) and not names_unnamed_district(rest) and not own.districts:
        districts.append("未具名区")  # 我在那个自治区的区里开了个小厂，…: the asker's district
    years = [f"{y}年" for y in named.years if y not in own.years]
    return "".join(districts) + "".join(years) + rest


def _without_base_year(searcher: Searcher, question: str) -> str:
    """without_base_year, of the report years of the districts the question names (of all, when
    it names none)."""
    named = understand(question, searcher.districts(), [], searcher._tokenizer.words, searcher.places)
    years = {
        r["year"] for r in searcher.reports if not named.districts or r.get("district") in named.districts
    }
    return without_base_year(question, years)


# The date a paragraph's figures run to, said once before them (截至10月底，共检查…。…处罚金额…).
_RUNS_TO = re.compile(r"截[至止](?:\d{4}年)?\d{1,2}月(?:底|末)?")


def _dated_by_paragraph(searcher: Searcher, citations: list[Citation]) -> list[Citation]:
    """The citations, each undated one read with the 截至 date its paragraph gives before it, for
    the date checks only: 处罚金额71000元 counts to 10月底 as the paragraph's opening says."""
    read = []
    for citation in citations:
        text = searcher.cleaned_text(citation.report_id)
        before = text[text.rfind("\n", 0, citation.start) + 1 : citation.start]
        runs_to = _RUNS_TO.findall(before)
        dated = runs_to and not dates.dates_in(citation.text, citation.year)
        read.append(replace(citation, text=f"{runs_to[-1]}，{citation.text}") if dated else citation)
    return read


def _scope_text(searcher: Searcher, question: str) -> str:
    """The question as its scope is read: without a date it claims for a document or a year it
    claims a thing waits for (计划2024年才建成), and without the years the reports write of a thing (把2021年度行政执法情况报送给…), which are no report years."""
    # 早在2022年就挂牌了: the claim's date, checked against the sentence (dates.other_event_year)
    question = dates.EVENT_YEAR.sub("", without_claimed_event_year(searcher, question))
    question = without_spans_of_other_years(question, searcher.years())
    return without_years_of_things(
        _without_base_year(searcher, issued.without_claimed_date(built.without_claimed_year(question))),
        searcher.years(),
        lambda: [searcher.cleaned_text(r["report_id"]) for r in searcher.reports],
    )


def _answer_asked(searcher: Searcher, question: str, max_citations: int, config: EvidenceConfig) -> Answer:
    """The answer, a comparison or superlative spelled out per district, a why-not premise
    checked first."""
    in_percent = shares.in_percent(question)
    if in_percent != question:  # 一半（50%）
        return replace(_answer_asked(searcher, in_percent, max_citations, config), query=question)
    followed = listing_then_one_district(searcher, question)
    if followed is not None:  # 哪几个区提到了法律顾问？北碚有没有提？
        listing, district = followed
        answer = _answer_asked(searcher, listing, max_citations, config)
        if answer.answered and answer.grouped_by_district:
            listed = {c.district for c in answer.citations}
            said = f"所问的{district}在其中" if district in listed else f"所问的{district}不在其中"
            return replace(answer, query=question, notice=f"{said}；{answer.notice}")
    remarked = without_remark(question)
    if remarked != question:  # …，这罚得也太狠了吧: the claim checked, the judgement said unmade
        answer = _answer_asked(searcher, remarked, max_citations, config)
        head, lead, rest = answer.notice.partition("以下")  # said before the lines it introduces
        notice = f"{head}{AMOUNT_NOTICE}；{lead}{rest}" if answer.answered else answer.notice
        return replace(answer, query=question, notice=notice)
    place = enumerated.asked_place(question)
    if place is not None:  # 下面列了哪些措施, 第三项是什么: the items under the heading found
        listing = enumerated.as_listing(question) if place else question
        # the heading is what the items are found under: titles of parts may be quoted here
        heading_answer = _answer(
            searcher, listing, max_citations, replace(config or EvidenceConfig(), part_titles=True)
        )
        listed = enumerated.with_items(searcher, heading_answer, place)
        if listed is not None:
            heading, items, said = listed  # every item, however many: the list is the answer
            return quoted_answer(
                question, [], [heading, *items], heading_answer.evidence, f"{said}；{QUOTED_NOTICE}"
            )
    pair = listing_for_only_two(searcher, question)
    if pair is not None:  # 只有打码区和北碚两个区提到…: which districts do, against the claim
        listing, claimed = pair
        answer = _answer_asked(searcher, listing, max_citations, config)
        if answer.answered and answer.grouped_by_district:
            sharing = sharing_the_claim(searcher, listing, claimed[0], answer.citations)
            others = [label for label in sharing if label not in claimed]
            if others:
                said = f"不只{'和'.join(claimed)}：{'、'.join(others)}的报告也写到了"
                return replace(answer, query=question, notice=f"{said}；{answer.notice}")
    # (a pair claimed, 只有北碚和沙坪坝…, is no claim of 北碚 alone)
    alone = None if pair is not None else listing_for_only_one(searcher, question)
    if alone is not None:  # 只有普陀落实了…，其他区都没提: which districts do, against the claim
        listing, district = alone
        answer = _answer_asked(searcher, listing, max_citations, config)
        if answer.answered and answer.grouped_by_district:
            claim = _only_one_checked(searcher, question, listing, district, answer)
            notice = f"{claim}；{answer.notice}" if claim else answer.notice
            return replace(answer, query=question, notice=notice)
    first = listing_for_only_one_first(searcher, question) if alone is None and pair is None else None
    if first is not None:  # 只有北碚开通了12350，它受理了多少: the claim checked beside the answer
        listing, district = first
        checked = _answer_asked(searcher, listing, max_citations, config)
        # (asked with the claim's "only" left out: the same question, no longer this form)
        unclaimed = without_only_word(question)  # (one word fewer each time it is asked again)
        answer = replace(_answer_asked(searcher, unclaimed, max_citations, config), query=question)
        claim = (
            _only_one_checked(searcher, question, listing, district, checked)
            if checked.answered and checked.grouped_by_district
            else ""
        )
        if (
            claim.startswith(("不止", "不只"))
            and checked.answered
            and (not answer.answered or not OPEN_QUESTION.search(normalize_for_matching(unclaimed)))
        ):
            # …别的区是不是都没有, 其他区为何没有: what it asks of the others falls with the claim;
            # the districts' sentences are the answer (and of a claim only put for checking, 可以
            # 这么写吗: the others' sentences are what refutes it)
            return replace(checked, query=question, notice=f"{claim}；{checked.notice}")
        return replace(answer, notice=f"{claim}；{answer.notice}") if claim else answer
    set_aside = listing_but_for_one(searcher, question)
    if set_aside is not None:  # 除了沙坪坝区，还有哪些区…
        listing, district = set_aside
        answer = _answer_asked(searcher, listing, max_citations, config)
        others = (
            without_district(answer, district) if answer.answered and answer.grouped_by_district else None
        )
        if others is not None:
            return replace(others, query=question)
        if answer.answered and answer.grouped_by_district:
            notice = f"除所问的{district}外，其他区的报告没有找到支持的句子。"
            return declined(question, [], [], False, answer.evidence, "not_covered", notice)
    months = months_without_asked(question)
    if months != question:
        return replace(_answer_asked(searcher, months, max_citations, config), query=question)
    most = superlatives.most_claimed(question, lambda part: one_district(searcher, part))
    if most is not None:  # 沙坪坝区…在这几个区里算最多的吧: each district's figure answers it
        who, way, each = most
        answer = _answer(searcher, each, max_citations, config)
        if answer.answered:  # a claim the figures bear out is still no ranking the reports make
            against = superlatives.most_against_figures(answer.answer, who, way)
            notice = f"{superlatives.NOTICE}。{answer.notice}"
            return replace(answer, query=question, notice=f"{against}。{notice}" if against else notice)
    each = superlatives.as_each_district(question)
    if each is not None:
        answer = _answer(searcher, each, max_citations, config)
        notice = f"{superlatives.NOTICE}。{answer.notice}" if answer.answered else answer.notice
        return replace(answer, query=question, notice=notice)
    summed = superlatives.as_each_summed(question)
    if summed is not None and len(_named_districts(searcher, question)) > 1:
        answer = _answer_asked(searcher, summed, max_citations, config)
        if answer.answered:  # 两个区加起来多少起: no report sums districts; each one's figure
            return replace(answer, query=question, notice=superlatives.summed_notice(answer.notice))
    compared = superlatives.as_each_compared(question) or superlatives.as_pair_compared(
        question, lambda side: one_district(searcher, side)
    )
    if compared is not None:
        answer = _answer(searcher, compared, max_citations, config)
        if not answer.answered:  # 哪个立案查处的案子多: the figure's words may fail where the topic's do not
            # ... but sentences on the topic holding no figure compare nothing (持证执法人员多:
            # a sentence urging certificates and one on what officers say while inspecting).
            as_topic = _answer(searcher, question, max_citations, config)
            amount = quantity_asked(compared)
            # ... and a figure of what is compared: 移送5人 counts no 在岗执法人员 (各有多少人).
            counted = _thing_compared(searcher, question)
            bound = wordings(counted, question) if counted else frozenset()
            if amount is None or any(has_figure(c.text, amount, bound) for c in as_topic.citations):
                answer = as_topic
        notice = f"{superlatives.COMPARED_NOTICE}。{answer.notice}" if answer.answered else answer.notice
        claimed = superlatives.pair_claimed(question, lambda side: one_district(searcher, side))
        against = answer.answered and claimed and superlatives.claim_against_figures(answer.answer, *claimed)
        if against:
            notice = f"{against}。{notice}"
        # 北碚罚了38.6万元，比硚口少多少: the figures listed, and the claim's own figure corrected
        wrong = _wrong_claim(searcher, question, max_citations, config)
        stating = (
            None if wrong else superlatives.side_stating_figure(question, lambda s: one_district(searcher, s))
        )
        if stating:  # 沙坪坝…投诉有八十多件，比北碚还多吧: the side's own figure, checked alone
            checked = answer_question(searcher, f"{stating}吧", max_citations, config)
            wrong = checked if checked.answered and corrects_question(checked.notice) else None
        if wrong is not None:
            notice = premise_failed(f"{parts.own_words(wrong.notice)}。{notice}")
        return replace(answer, query=question, notice=notice)
    against_none = _none_claimed_of_each(searcher, question, max_citations, config)
    if against_none is not None:
        return against_none
    other_cause = _cause_claimed_otherwise(searcher, question, max_citations, config)
    if other_cause is not None:
        return other_cause
    premise_asked = polarity.why_not_premise(question)
    if premise_asked is not None:
        # 为什么没有移送案件, where the report counts 移送案件2起: no reason is to be sought, and
        # a decline saying the reason is not written would let the premise stand.
        checked = _answer(searcher, premise_asked, max_citations, config)
        if checked.answered and polarity.NOT_ABSENT in (checked.notice or ""):
            return replace(checked, query=question, notice=premise_failed(checked.notice))
    return _answer(searcher, question, max_citations, config)


def _cause_claimed_otherwise(
    searcher: Searcher, question: str, max_citations: int, config: EvidenceConfig
) -> Answer | None:
    """The answer to the rest of a question claiming a cause (…，是不是因为执法人手不够), said to
    give another cause where its sentence states one (因受疫情影响); None otherwise."""
    claim = causes.claimed_cause(question)
    if claim is None:
        return None
    rest, cause = claim
    answer = _answer(searcher, rest, max_citations, config)
    stated = causes.other_cause(cause, answer.citations) if answer.answered else None
    if stated is None:
        return None
    notice = premise_failed(f"报告写的原因是“{stated[1]}”，不是问题所说的“{cause}”；以下是报告原句。")
    return replace(answer, query=question, notice=notice)


# The districts asked together, said in the question (北碚和硚口两家, 沙坪坝、北碚两个区): gone
# when each is asked of alone.
_TOGETHER = re.compile(r"(?:[和与跟及、]|两家|[两二三四五]个?区|这?[两二三四五]家)")


def _none_claimed_of_each(
    searcher: Searcher, question: str, max_citations: int, config: EvidenceConfig
) -> Answer | None:
    """The answer to a claim that several districts had none of a thing (北碚和硚口2023年一件
    行政诉讼都没有吧), where one's report writes it: the listing quoted each district's sentence
    and said nothing of the claim. Each district is asked alone; None when the question claims
    no none of several."""
    named = _named_districts(searcher, question)
    if len(named) < 2 or polarity.presumed_none(normalize_for_matching(question)) is None:
        return None
    answer = _answer(searcher, question, max_citations, config)
    if corrects_question(answer.notice):  # (the listing said so already)
        return answer
    said = question
    for district in named:
        said = re.sub(rf"{re.escape(district.removesuffix('区'))}区?", "", said)
    rest = _TOGETHER.sub("", said, count=2)
    denied = []
    for district in named:
        alone = _answer(searcher, f"{district}{rest}", max_citations, config)
        if alone.answered and polarity.NOT_ABSENT in alone.notice:
            denied.append(f"{district}：{parts.own_words(alone.notice)}")
    if not denied:
        return answer
    return replace(answer, query=question, notice=premise_failed(f"{'；'.join(denied)}。{answer.notice}"))


def _answer(
    searcher: Searcher,
    question: str,
    max_citations: int,
    config: EvidenceConfig,
    by_clause: bool = True,
    tables: bool = True,
) -> Answer:
    """The answer to a question asked as it is (no comparison of districts to spell out); with
    `by_clause`, a question asking several figures is first answered clause by clause; without
    `tables`, from the sentences alone."""
    spelled = parts.follow_ups_spelled(question)
    if spelled != question and parts.follow_ups_spelled(spelled) == spelled:  # spelled out once
        return replace(answer_question(searcher, spelled, max_citations, config), query=question)
    # 这几份报告谁最晚印发 speaks of the corpus, but its signatures answer it (issued.py).
    about_corpus = is_meta_question(question) and not (
        issued.asks_issue_date(question)
        or issued.asks_signing_bodies(question)
        or addressees.asks_addressee(question)
    )
    if about_corpus and not _asks_what_unnamed_district_did(searcher, question):
        answered, text, notice = meta_answer(
            question, searcher.reports, lambda report_id: len(searcher.cleaned_text(report_id))
        )
        return Answer(question, text, "extractive", answered, False, [], reason="meta", notice=notice)
    scope_text = _scope_text(searcher, question)
    scope = searcher.scope_of(scope_text)
    notes = _scope_notes(scope, searcher, scope_text)
    if scope.unknown_districts and not scope.districts:
        return declined(question, [], notes, False, 0.0, "unknown_district", notes[0])
    scoped = check_scope(scope_text, scope, searcher.reports)
    # The anonymised report named alone is one district: its 分别 is of things, not of districts.
    one_unnamed = scoped.report_id is not None and not scope.districts
    grouped = (scope.cross_district and len(scope.districts) != 1 and not one_unnamed) or bool(
        scoped.unnamed_beside_named
    )
    read = None if scoped.declined_notice else _read_apart(searcher, question, scoped, max_citations, config)
    if read is not None:
        return read
    if scoped.declined_notice:
        redated = report_of_another_year(
            question, scoped, lambda again: answer_question(searcher, again, max_citations, config)
        )
        if redated is not None:  # 那份隐去区名的2023年度报告: the one report, of 2022
            return redated
        years = asked_years(scope_text, scope)
        if scope.districts and len(years) == 1:  # 普陀区2022年检查了579家, a 2023 report's figure
            dated = figures_of_other_year(
                searcher, question, list(scoped.reports), years[0], scoped.declined_notice
            )
            if dated is not None:
                return replace(dated, notes=notes, answer="\n".join([*notes, dated.answer]))
        closest = _closest_in_scope(searcher, question, scoped)
        return declined(question, closest, notes, grouped, 0.0, "no_report_for_scope", scoped.declined_notice)
    numbers = document_numbers.named_numbers(question)
    written = (
        document_numbers.where_written(numbers, corpus_vocabulary(searcher).by_report) if numbers else {}
    )
    absent = [n for n, reports in written.items() if not reports]
    by_report = corpus_vocabulary(searcher).by_report
    if absent and not document_numbers.titles_numbered(question, by_report):
        closest = searcher.search(question, k=CLOSEST_PASSAGES, scoped=False)
        printed = document_numbers.renumbered(absent[0], by_report, question) if len(absent) == 1 else None
        own = document_numbers.header_correction(question, scoped.reports, searcher.cleaned_text)
        if printed is None and own is not None:  # 这份报告的文号是…31号, where the header prints 13号
            rest = document_numbers.without_numbered_report(question)
            if rest is not None:
                # …31号那份报告里，建档了多少家: the report's content asked, its number misgiven
                districts = "".join(d for d in scope.districts if d[:2] not in rest) or (
                    document_numbers.misnumbered_district(question, scoped.reports, searcher.cleaned_text)
                )  # 普应急〔2023〕31号的报告里: the report the number was meant for
                answer = _answer(searcher, districts + rest, max_citations, config)
                if answer.answered:
                    return replace(answer, query=question, notice=f"{own}；{answer.notice}")
            answer = document_numbers.own_number_answer(searcher, question, scoped.reports)
            return replace(answer, notice=f"{own}；{answer.notice}")
        if printed is None:
            notice = f"报告中没有写到所问的文号（…{absent[0]}），它们不引用这份文件。"
            return declined(question, closest, notes, grouped, 0.0, "not_covered", notice)
        # 沪应急法规〔2021〕63号 where the reports cite 〔2020〕63号: said, and the rest answered
        correction = (
            f"报告中写的文号是{printed}，不是问题所说的{document_numbers.as_asked(question, printed)}"
        )
        answer = _answer(
            searcher, document_numbers.with_number(question, absent[0], printed), max_citations, config
        )
        if not answer.answered:
            return declined(question, closest, notes, grouped, 0.0, "not_covered", f"{correction}。")
        return replace(answer, query=question, notice=f"{correction}；{answer.notice}")
    # Figures in different sentences (建档多少家？线上管理多少家？) fail a check of the whole;
    # and the table answers a whole only with one indicator (立了几起案？罚了几家企业？ got 6家).
    clauses = [] if grouped or not by_clause else parts.figure_clauses(question, scope)
    each_item = (
        [] if grouped or not by_clause or clauses else parts.figure_clauses(question, scope, each_item=True)
    )
    if each_item:
        # 建议、提案各办理了多少件: one sentence often counts every item, and the whole's answer
        # (the table's labelled figures) is the better one; the items are asked one by one only
        # when it leaves some of them out.
        whole = _answer(searcher, question, max_citations, config, by_clause=False)
        if whole.answered and whole.notice in (QUOTED_NOTICE, TABLE_NOTICE):
            return whole
        clauses = each_item
    if grouped and by_clause:
        clauses = _one_district_each(searcher, question)
    if grouped and by_clause and not clauses:
        corrected = _premise_of_one_district(searcher, question, scope, max_citations, config)
        if corrected is not None:  # 硚口连续十年…，北碚事故降了多少: the claim on 硚口 is wrong
            return corrected
    # A claim put before the question (执法大队是9月才挂牌的，挂牌之后搞了哪些新动作): checked first.
    on_premise = [] if clauses or grouped or not by_clause else parts.premise_clauses(question, scope)
    if on_premise:
        whole = _answer(searcher, question, max_citations, config, by_clause=False)
        asked_apart: dict[str, Answer] = {}

        def apart(clause: str) -> Answer:
            if clause not in asked_apart:
                asked_apart[clause] = answer_question(searcher, clause, max_citations, config)
            return asked_apart[clause]

        premised = parts.answered_on_premise(question, on_premise, apart, whole)
        claim = asked_apart.get(on_premise[0])
        if (
            whole.answered
            and corrects_question(whole.notice)
            and claim is not None
            and claim.answered
            and not corrects_question(claim.notice)
            and _claimed_figure_set_against(whole.notice, on_premise[0])
        ):
            # 帮3家企业做了信用修复，那一年立案几起: the claim alone holds (the 3家 are the credit repairs), and
            # read whole its 3家 was set against 处罚企业6家 of the count asked
            joined, _ = parts.answered_in_parts(question, on_premise, apart)
            if joined is not None:
                return joined
        # Asked whole, the question may be corrected where its parts are not (立案查处了14起…罚了
        # 多少钱: 15起; two figures swapped), and said more simply when they say the same. Read
        # whole, a date of another thing in it may also "correct" it (9月才挂牌的吧？挂牌后检查了
        # 多少家: 截至10月底 of the inspections): then the claim's own correction is the answer.
        if whole.answered and corrects_question(whole.notice):
            corrected_apart = premised is not None and corrects_question(premised.notice)
            # The same correction either way: the whole's answer, which quotes no sentence a part
            # found only on a word (后来法院怎么判的 and a sentence naming the court).
            if not corrected_apart or parts.own_words(whole.notice) in premised.notice:
                return whole
        return whole if premised is None else premised
    pointed_at = (
        None
        if clauses or grouped or not by_clause
        else parts.claim_pointed_at(question, scope) or statuses.granted_status(question)
    )
    if pointed_at is not None:
        claim = answer_question(searcher, pointed_at, max_citations, config)
        if claim.answered and corrects_question(claim.notice):  # what the rest rests on is wrong
            whole = _answer(searcher, question, max_citations, config, by_clause=False)
            if whole.answered and corrects_question(whole.notice):  # corrected, and the rest answered
                return whole
            return replace(claim, query=question, notice=premise_failed(claim.notice))
    asked = Question(searcher, question, scope)
    if asked.judgement and not asked.terms:
        # 你认为哪个区最好: with no work named, any sentence listed "for comparison" is arbitrary
        notice = f"{JUDGEMENT_NOTICE}；问题没有说要比较哪一方面的工作，请指明一项工作（如行政执法、普法宣传）再问。"
        return declined(question, [], notes, grouped, 0.0, "not_covered", notice)
    if clauses:
        joined, unanswered = parts.answered_in_parts(
            question, clauses, lambda clause: answer_question(searcher, clause, max_citations, config)
        )
        if joined is not None and not unanswered:
            if stated_figures.named_in(question) and not corrects_question(joined.notice):
                # 事故起数少了27.8%，死亡人数少了25%: each clause finds its figure written, and
                # only the whole reads them as the report pairs them
                whole = _answer(searcher, question, max_citations, config, by_clause=False)
                if whole.answered and corrects_question(whole.notice):
                    return whole
            return joined
        if joined is not None:
            # A clause alone may decline falsely (罚没款多少, where the whole's sentence says
            # 罚款72.8万元); the whole answers it only with a further sentence holding a figure
            # of its kind, not by passing on the answered clause's sentence (全区一共有多少支
            # 队伍 beside 志愿服务队19人).
            whole = _answer(searcher, question, max_citations, config, by_clause=False)
            further = [c for c in whole.citations if c not in joined.citations]
            if whole.answered and all(parts.answers_clause(further, c) for c in unanswered):
                return whole
            # Read whole, the clauses' figures may be corrected together (事故降了27.8%，死亡人数
            # 降了25%, where the report writes them the other way round): that is the answer.
            if whole.answered and corrects_question(whole.notice):
                return whole
            return joined
    # A figure the indicator table holds is answered from it: one line per report in scope,
    # each number cited to the sentence stating it. A question stating a figure asks what it
    # counts or who reports it, not for the figure. Nor one asking a rate: the table holds
    # totals (罚款金额), not 平均每家企业罚款.
    from_table = (
        None
        if asked.figures or rates.asked_rate(question) or not tables or asked.slot in _NOT_A_COUNT
        else answer_from_indicators(searcher, _without_base_year(searcher, question))
    )
    from_table = from_table and replace(from_table, query=question)
    if (
        from_table is not None
        and _states_all_asked(asked, from_table.citations, _indicators_of(from_table, question))
        and _confirms_premise(asked, from_table)
        # 行政执法人员有多少, where the table's 22人 sums two kinds: the checked path says so.
        and not kinds_summed_notice(question, from_table.citations)
        # ... and 对企业罚了多少钱, where it fines 5名个人，13家企业 together.
        and not joint_total_notice(
            question,
            (),
            from_table.citations[:1],
            tuple(asked.terms),
            asked.asked.kinds if asked.asked else (),
        )
        # ... and 加油站查出多少隐患, where it counts the hazards of all the sentence lists.
        and not _of_a_listed_part(asked, from_table.citations)
        and not _one_of_several_asked(question, from_table)
        and not parts.picks_one_of_them(question)  # 罚得最多的是哪家: not the total of all
        # 还有多少隐患没有整改: the table counts the hazards put right (17195个), not those left.
        and not _counts_not_done(question)
    ):
        if _asks_beside_figures(question):  # 多少场？用的什么模式？: the sentences, where they answer
            by_sentences = _answer(searcher, question, max_citations, config, by_clause, tables=False)
            if by_sentences.answered:
                return by_sentences
        as_dated = _dated_by_paragraph(searcher, from_table.citations)
        dated = (
            dates.other_date(question, as_dated)
            or dates.other_period(question, as_dated)
            or dates.short_of_year(question, as_dated)
        )
        if dated is not None:  # 截至9月底查了几家, where the report counts to 10月底
            from_table = replace(from_table, notice=f"{dated[1]}；{from_table.notice}")
        # 办了几件市政协提案, where the sentence counts 区政协提案
        levelled = body_at_another_level(asked.terms, from_table.citations, question)
        if levelled:
            from_table = replace(from_table, notice=f"{levelled}；{from_table.notice}")
        if amount_judged(question):  # 罚款高不高: the figure, and that no report judges it
            return replace(from_table, notice=f"{AMOUNT_NOTICE}；{from_table.notice}")
        return from_table
    # Otherwise the sentences are checked as any answer is: the table's indicator is near what
    # was asked (查实 of the 举报 received, attendance at one event) but not it.
    # A 文号 one report writes names that report's document, or one it cites: answer from it.
    writing = sorted({r for reports in written.values() for r in reports})
    # (哪个区的报告提到了…17号: the reports writing the number answer, not each district's nearest;
    # of the districts asked, when it names some)
    if grouped and not set(writing) & {r["report_id"] for r in scoped.reports}:
        return grouped_answer(searcher, asked, scoped, notes, max_citations, config)
    one_province = len(scope.districts) > 1 and len(scope.provinces) == 1  # 重庆怎么开展普法
    filters = Filters(
        district=scope.districts[0] if len(scope.districts) == 1 else None,
        province=scope.provinces[0] if one_province else None,
        year=scoped.year,
        report=scoped.report_id or (writing[0] if len(writing) == 1 else None),
        section_type=section_answering(question, scoped.plan_notice),
    )
    hits = search_section_first(searcher, asked.search_text, PASSAGES_PER_QUESTION, filters)
    verdict = verdict_on(searcher, asked, hits, max_citations, config, filters)
    quoting = document_numbers.citing(numbers, verdict.citations) if verdict.supported else []
    if quoting:  # of the sentences found, those writing the 文号 answer
        verdict.citations = quoting
    elif writing:  # 鄂司发〔2022〕2号是什么: the sentences writing it are what the reports say of it
        # found by the number itself too: 是什么文件 led the search to the report's opening lines
        by_number = searcher.search(
            " ".join(numbers), k=3, mode="bm25", filters=Filters(report=filters.report), scoped=False
        )
        seen = {h.passage.passage_id for h in hits}
        extra = [h for h in by_number if h.passage.passage_id not in seen]
        found = scored_sentences(searcher, hits + extra, asked.vector, asked.score_terms)
        found = document_numbers.citing(numbers, [s.citation for s in found])[:max_citations]
        if found and asked.slot and not any(slots.fills(asked.slot, c.text, question) for c in found):
            # …17号是哪天印发的: the sentences citing it give no date
            verdict = Verdict(False, "not_covered", best_score=verdict.best_score, missing_slot=asked.slot)
        elif found:
            verdict = Verdict(True, "answered", found, best_score=verdict.best_score)
    claims = Claims(searcher, asked, hits, notes, filters, max_citations, config)
    verdict, correction, settled = claims.checked(verdict, numbers)
    if settled is not None:
        return settled
    if definitions.asks_meaning(question) and not correction:
        verdict.citations = definitions.with_explanation(searcher, verdict.citations, max_citations)
    texts = [c.text for c in verdict.citations]
    places = (*searcher.districts(), *searcher.places)
    vocabulary = corpus_vocabulary(searcher)
    quoted_reports = list(dict.fromkeys(c.report_id for c in verdict.citations))
    # A plan (严格执行…制度, listed for next year) is no sign the thing was done.
    done_texts = [t for t in texts if t not in claims.planned_texts]
    contrary = polarity.presumed_absent_notice(question, asked.terms, asked.check.rarity, done_texts)
    # (a figure counted above zero says more than a clause naming the thing: it leads either way)
    counted = None if correction else counted_contrary(searcher, question, _reports_of(scoped))
    if counted is not None:  # 没有行政处罚案件吗, where the report counts 立案查处15起: that sentence leads
        verdict.citations = [counted[0], *(c for c in verdict.citations if c.text != counted[0].text)]
        verdict.citations = verdict.citations[:max_citations]
        texts = [c.text for c in verdict.citations]
        contrary = f"报告写的是“{counted[1]}”，{polarity.NOT_ABSENT}；以下是报告原句。"
    contrary = contrary or reach.reach_notice(question, texts) or reach.first_time_notice(question, texts)
    contrary = contrary or reach.contest_level_notice(question, texts)
    contrary = (
        contrary
        or organisers.organiser_notice(question, texts[0])
        or organisers.requirement_notice(question, texts)
        or bodies.bureau_did_notice(question, texts[0], places)
        or bodies.done_jointly_notice(question, texts[:2])
        or bodies.other_body_notice(question, texts, places)
        or listed.added_item_notice(
            question,
            texts,
            # a district listed is a scope, not an item of the report's list
            lambda item: (
                not vocabulary.said_in(item, question, quoted_reports) and not _a_place(item, places)
            ),
        )
        or polarity.denied_notice(question, asked.terms, texts)
        or polarity.graded_absence_notice(question, texts)
        or compound_apart_notice(question, asked.terms, texts)
        or opposite_quality_notice(question, texts[0])
        or still_to_do_notice(question, texts[0])
        or lacking_notice(question, texts[0])
        or masked.masked_notice(question, texts, searcher._tokenizer.words)
    )
    notice = correction or contrary or scoped.plan_notice or QUOTED_NOTICE
    if verdict.caveat and not correction:
        notice = f"{verdict.caveat}；{notice}"
    # Done work asked (2023年已经发了奖励吗) and only a plan or a shortcoming quoted: the chatbot
    # repeating the sentence would say it was done.
    plan_asked = asked.check.wants_plan or bool(scoped.plan_notice)
    only_from = only_from_label(
        searcher, verdict.citations, sections_asked(question, plan_asked, filters.section_type)
    )
    # 报区人大常委会备案的吧, where the sentence writes 提请区政府备案: the name in its place
    in_place = (
        ""
        if correction or contrary
        else other_in_place(question, verdict.uncovered, verdict.citations)
        or body_at_another_level(asked.terms, verdict.citations, question)
    )
    if in_place:
        notice = f"{in_place}；以下是报告原句。"
    elif verdict.uncovered and not correction:
        # Half the terms may go unworded (行政争议 / 行政复议); the rest is said, for a chatbot
        # would read 组织修订…办法 as a yes to 新制定了…办法吗.
        notice = _unworded_notice(searcher, question, verdict, notice)
        unsaid = whether_unwritten(searcher, question, verdict, asked.terms) or which_unwritten(
            searcher, question, verdict, asked.terms
        )
        if unsaid:  # 移送的案件是否已经提起公诉: the sentence on the transfer says nothing of it
            return declined(question, hits, notes, False, verdict.best_score, "not_covered", unsaid)
    if only_from:
        notice = f"报告中的相关句子{only_from.strip('（）')}；{notice}"
    elif verdict.lead_planned and not plan_asked:  # a plan leads, done work follows
        notice = f"{LEAD_PLANNED_NOTICE}；{notice}"
    if asked.judgement:
        notice = f"{JUDGEMENT_NOTICE}；{notice}"
    elif advice_asked(question):  # 应该先建哪个: the reports' doings, not advice
        notice = f"{ADVICE_NOTICE}；{notice}"
    elif amount_judged(question):
        said = amount_stated(question, [c.text for c in verdict.citations])
        if not said:
            notice = f"{AMOUNT_NOTICE}；{notice}"
        elif said not in notice:
            notice = f"报告写的是“{said}”；{notice}"
    unlisted = "" if correction or contrary else count_without_items(question, verdict.citations[0].text)
    if unlisted:  # 那3个主题分别是什么, where the report writes only 3个主题
        return declined(question, hits, notes, False, verdict.best_score, "not_covered", unlisted)
    if parts.picks_one_of_them(question) and not any("最" in c.text for c in verdict.citations):
        # 罚得最多的是哪家企业: the sentences give the total, and name no one of them as the most
        notice = "报告中找到的相关句子没有写到其中哪一个最多或最少。"
        return declined(question, hits, notes, False, verdict.best_score, "not_covered", notice)
    return quoted_answer(question, notes, verdict.citations, verdict.best_score, notice)


def _district_of(searcher: Searcher, report_id: str) -> str | None:
    return next((r.get("district") for r in searcher.reports if r["report_id"] == report_id), None)


def _reports_of(scoped) -> list[str]:
    """The reports a question's scope leaves, of its year when it names one."""
    if scoped.report_id:
        return [scoped.report_id]
    return [r["report_id"] for r in scoped.reports if scoped.year is None or r.get("year") == scoped.year]


def _a_place(words: str, places: tuple[str, ...]) -> bool:
    return any(words in place or place in words for place in places)


def _unworded_notice(searcher: Searcher, question: str, verdict: Verdict, notice: str) -> str:
    """The notice naming the question's words the cited sentences leave out. Those the cited
    reports never write at all (依托蓝天救援队 of a team built on another) are said to be
    nowhere in them: "not in the quoted sentences" reads as if they might be elsewhere. Only the
    word is said to be missing: the report may say the same otherwise (根据 for 依据)."""
    reports = list(dict.fromkeys(c.report_id for c in verdict.citations))
    vocabulary = corpus_vocabulary(searcher)
    never = [t for t in verdict.uncovered if not vocabulary.said_in(t, question, reports)]
    rest = [t for t in verdict.uncovered if t not in never]
    if rest:
        notice = f"所引句子中没有问题里的{in_quotes(rest, question)}一词；{notice}"
    if never:
        where = "、".join(dict.fromkeys(district_label(c.district, c.report_id) for c in verdict.citations))
        notice = f"{where}的报告中没有写到问题里的{in_quotes(never, question)}一词；{notice}"
    return notice


def _read_apart(
    searcher: Searcher, question: str, scoped: ScopedReports, max_citations: int, config: EvidenceConfig
) -> Answer | None:
    """The answer to a question no sentence check answers (None for any other): which districts
    leave something out, and what a report's header, closing lines or headings say."""
    affirmed = unmentioned.affirmative(question)
    if affirmed is not None:  # 哪些区没有提到: the districts the affirmative answer leaves out
        answered = answer_question(searcher, affirmed, max_citations, config)
        return unmentioned.unmentioned_answer(question, answered, scoped.reports)
    numbered = document_numbers.reports_numbered(question, scoped.reports, searcher.cleaned_text)
    if numbered:  # 文号为普应急〔2023〕13号的那份报告，主送单位是什么: that report alone
        scoped = replace(scoped, reports=tuple(numbered))
    header = _header_answer(searcher, question, scoped)
    if addressees.asks_addressee(question):  # 报给谁的: the line before the body (区委、区政府：)
        addressed = addressees.addressee_answer(searcher, question, scoped.reports)
        header = addressed if header is None else _joined_lines(question, [header, addressed])
    closing = [
        *(
            [issued.signing_bodies_answer(searcher, question, scoped.reports)]
            if issued.asks_signing_bodies(question)
            else []
        ),
        *(
            [issued.issue_date_answer(searcher, question, scoped.reports)]
            if issued.asks_issue_date(question, bool(numbered))
            else []
        ),
        # 印了多少份: the closing lines' 共印N份
        *([issued.copies_answer(searcher, question, scoped.reports)] if issued.asks_copies(question) else []),
    ]
    if closing:
        # 文号、签发人、落款日期和印数分别是什么: the header's lines and the closing ones together,
        # and the headings when the parts are asked beside them (3月18日报送的那份…分为几个部分)
        structure = (
            [layout.layout_answer(searcher, question, scoped.reports)] if layout.asks_layout(question) else []
        )
        lines = [*([header] if header else []), *closing, *structure]
        return lines[0] if len(lines) == 1 else _joined_lines(question, lines)
    if layout.asks_layout(question):  # 分为几个部分: the headings, after the header's lines asked with them
        structure = layout.layout_answer(searcher, question, scoped.reports)
        return _joined_lines(question, [header, structure]) if header else structure
    return header


def _header_answer(searcher: Searcher, question: str, scoped: ScopedReports) -> Answer | None:
    """The answer from the report's header (签发人, its own 文号), None when neither is asked."""
    numbered = document_numbers.reports_numbered(question, scoped.reports, searcher.cleaned_text)
    if signers.asks_signer(question, bool(numbered)):  # 签发人: a line of the header
        return signers.signer_answer(searcher, question, numbered or scoped.reports, bool(numbered))
    if document_numbers.asks_own_number(question):
        return document_numbers.own_number_answer(searcher, question, scoped.reports)
    return None


def _joined_lines(question: str, answers: list[Answer]) -> Answer:
    """Answers of lines read apart (the header's, the closing date's) as one, each line's
    citation renumbered; declined parts say so in the notice."""
    lines, citations, notices = [], [], []
    for answer in answers:
        if not answer.answered:
            notices.append(answer.notice)
            continue
        offset = len(citations)
        lines += [
            re.sub(r"\[(\d+)\]", lambda m, o=offset: f"[{int(m.group(1)) + o}]", line)
            for line in answer.answer.splitlines()
            if line not in answer.notes
        ]
        citations += answer.citations
        notices.append(answer.notice)
    answered = [a for a in answers if a.answered]
    if not answered:
        return answers[0]
    notice = "；".join(dict.fromkeys(n.rstrip("。") for n in notices if n)) + "。"
    return replace(answered[0], query=question, answer="\n".join(lines), citations=citations, notice=notice)


def _asks_beside_figures(question: str) -> bool:
    """Whether one of the question's questions asks no figure (多少场演练？用的什么模式？): the
    table gives figures alone, the sentences hold the rest."""
    asked = [q for q in re.split(r"[？?]+", normalize_for_matching(question)) if q.strip()]
    # 哪几个区做了X？各做了几件？: which districts is what the table's lines say.
    return len(asked) > 1 and any(quantity_asked(q) is None and not _WHICH_DISTRICTS.search(q) for q in asked)


# 文号是多少, 电话是多少: a number that names or reaches something, not a count the table holds.
_NOT_A_COUNT = (slots.PHONE, slots.DOCUMENT)
_WHICH_DISTRICTS = re.compile(r"哪些区|哪个区|哪几个区|哪一个区|各区|哪些地方|哪几个地方")


def _confirms_premise(asked: Question, answer: Answer) -> bool:
    """A table answer to a question presuming a change (处罚企业比上年少了几家) only when its
    sentences state that change; otherwise the sentences are checked, and corrected."""
    direction = premise.asked_direction(asked.text)
    if direction is None or not premise.presumes_change(asked.text):
        return True
    return premise.stating(answer.citations, direction, asked.terms, asked.text)


def _claimed_figure_set_against(notice: str, claim: str) -> bool:
    """Whether a correction sets another figure against one the claim states (不是问题所说的3家)."""
    return any(
        f"问题所说的{figure}" in notice for figure in re.findall(r"\d+(?:\.\d+)?[^\d\s，,。？?吗]", claim)
    )


# A decline naming whose figure the claimed one is (…没有写到“7人”这个数字；这是北碚区的数字).
_OTHERS_FIGURE = re.compile(r"这是[^，,；;。]{2,12}?的数字")


def _wrong_claim(
    searcher: Searcher,
    question: str,
    max_citations: int,
    config: EvidenceConfig,
    scope: QueryScope | None = None,
) -> Answer | None:
    """The answer to a claim the question puts first (北碚罚了38.6万元，…) or points back at
    (沙坪坝移送了7人，这个数字和北碚比怎么样), when the reports correct it or say whose figure it is
    (7人 is 北碚's); None when it holds or none is put."""
    scope = scope or searcher.scope_of(question)
    clauses = parts.premise_clauses(question, scope)
    claim = clauses[0] if clauses else parts.claim_pointed_at(question, scope)
    if claim is None:
        return None
    checked = answer_question(searcher, claim, max_citations, config)
    if (checked.answered and corrects_question(checked.notice)) or _OTHERS_FIGURE.search(checked.notice):
        return checked
    return None


def _premise_of_one_district(
    searcher: Searcher, question: str, scope: QueryScope, max_citations: int, config: EvidenceConfig
) -> Answer | None:
    """A question over districts putting a claim on one first (沙坪坝办了建议3件、提案6件，北碚办了
    几件): the claim corrected, and the rest answered on its own when it asks something of its
    own; None when the claim holds or none is put. Asked whole, the claim's figure was only
    "not written" of the other district."""
    clauses = parts.premise_clauses(question, scope)
    if not clauses:
        # 沙坪坝移送了7人，这个数字和北碚比怎么样: the claim pointed back at, asked alone
        pointed = _wrong_claim(searcher, question, max_citations, config, scope)
        if pointed is None:
            return None
        said = premise_failed(pointed.notice) if pointed.answered else pointed.notice
        return replace(pointed, query=question, notice=said)
    claim = answer_question(searcher, clauses[0], max_citations, config)
    if not (claim.answered and corrects_question(claim.notice)):
        return None
    rest_scope = searcher.scope_of(clauses[1])
    if all(len(t) < 2 for t in Question(searcher, clauses[1], rest_scope).terms):
        # 北碚办了几件: of what, only the claim says, and the claim is wrong
        later = f"问题中“{clauses[1].rstrip('？?')}”一问要按报告的说法再问"
        notice = premise_failed(f"{parts.own_words(claim.notice)}；{later}；{QUOTED_NOTICE}")
        return replace(claim, query=question, notice=notice)
    rest = answer_question(searcher, clauses[1], max_citations, config)
    return parts.answered_in_parts(question, clauses, {clauses[0]: claim, clauses[1]: rest}.get)[0]


def _one_district_each(searcher: Searcher, question: str) -> list[str]:
    """The questions of a question asking one thing of one district and another of another
    (硚口区的法律顾问是哪家律所？**区的法律顾问审查了几份合同？), each to be answered alone; [] for
    any other question. Asked whole, the two districts' sentences were held to both halves."""
    asked = [q.strip() + "？" for q in re.split(r"[？?]+", question) if q.strip()]
    if len(asked) < 2:
        # 沙坪坝演练80余场，硚口949场次，对吗: a claim of each, then whether they hold
        clauses = [c.strip() for c in re.split(r"[，,；;]", question.strip().rstrip("？?")) if c.strip()]
        if len(clauses) < 3 or not parts.CONFIRMING.fullmatch(normalize_for_matching(clauses[-1])):
            return []
        asked = [f"{c}，是这样吗？" for c in clauses[:-1]]
    if any(parts.AGAINST_ONLY.match(part) for part in asked[1:]):
        return []  # 普陀区有几起？比北碚多还是少: one figure set against another's, not two asks
    places = []
    for part in asked:
        scope = searcher.scope_of(part)
        if len(scope.districts) == 1:
            places.append(scope.districts[0])
        elif not scope.districts and names_unnamed_district(part):
            places.append(None)
        else:
            return []
    return asked if len(set(places)) == len(places) else []


def _asks_what_unnamed_district_did(searcher: Searcher, question: str) -> bool:
    """匿名区的执法情况怎么样 is about that district's work; 匿名区是哪份报告 about the collection."""
    if not names_unnamed_district(question):
        return False
    vocabulary = corpus_vocabulary(searcher)
    places = {normalize_for_matching(p) for p in searcher.places}  # 匿名区在武汉吗 asks where it is

    def subject(term: str) -> bool:
        return vocabulary.knows(term, question) and not any(p.startswith(term) for p in places)

    return asks_about_work(searcher._tokenizer, question, subject)


def _closest_in_scope(searcher: Searcher, question: str, scoped: ScopedReports) -> list[Hit]:
    """For a year without a report: what the district's reports do say, marked as not the answer."""
    districts = {r.get("district") for r in scoped.reports}
    district = next(iter(districts)) if len(districts) == 1 else None
    return searcher.search(question, k=CLOSEST_PASSAGES, filters=Filters(district=district), scoped=False)


def _scope_notes(scope: QueryScope, searcher: Searcher, question: str) -> list[str]:
    notes = []
    if scope.unknown_districts:
        unnamed = sum(1 for r in searcher.reports if not r.get("district"))
        # The anonymised report is in the corpus too; a listing without it says it is not.
        known = "、".join(searcher.districts()) + (f"，另有{unnamed}份未具名区的报告" if unnamed else "")
        typed = [name_as_typed(question, u, searcher.districts()) for u in scope.unknown_districts]
        notes.append(f"语料中没有{'、'.join(typed)}的报告（现有：{known}）。")
        close = [k for u in typed for k in searcher.districts() if one_character_apart(u, k)]
        if close:  # 乔口区 typed for 硚口区: asked again only by the asker, never assumed
            notes[-1] = (
                notes[-1].rstrip("。") + f"；如果指的是{'、'.join(dict.fromkeys(close))}，请用这个区名再问。"
            )
    return notes
