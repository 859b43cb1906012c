"""What is said instead of a bare decline when a question states a figure or a word the asked
reports do not write: the figure the report does state, or which other reports write it."""

from __future__ import annotations

import copy
import dataclasses
import re

from indexer.answers import slots, stated_figures
from indexer.answers.answer_types import Citation, district_label
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.indicators import row_amount, rows_of_version
from indexer.answers.question import Question, corpus_vocabulary
from indexer.answers.substituted import other_level
from indexer.answers.terms import in_quotes, wordings, words_term
from indexer.answers.verdicts import report_ids, reports_in, verdict_on
from indexer.records import Hit
from indexer.retrieval.search import Filters, Searcher
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import MINUTES_IN_WORDS, Numeral, find_numbers
from indexer.text.tokens import char_bigrams


def correctable(searcher: Searcher, asked: Question, filters: Filters) -> bool:
    """Whether one exact figure of the question may be corrected: asked of one district or report
    (罚款7.1万元的是哪个区 asks who, not whether), written in none of its reports' text (the
    passages searched may just have missed it), while the question's other figures are written
    there (立案15起、罚款82.8万元, where the report writes 15起 and 72.8万元)."""
    figures = _unwritten_figures(searcher, asked, filters)
    return bool(figures) and all(f.value_max is None for f in figures)


def _unwritten(searcher: Searcher, asked: Question, filters: Filters) -> Numeral | None:
    """The one figure of the question its reports do not write, None unless exactly one."""
    unwritten = _unwritten_figures(searcher, asked, filters)
    return unwritten[0] if len(unwritten) == 1 else None


def _unwritten_figures(searcher: Searcher, asked: Question, filters: Filters) -> list[Numeral]:
    """The figures of the question its reports do not write, one of each value (十二人 and its
    gloss 12人 are one figure)."""
    reports = report_ids(searcher, filters)
    # (a year that only one report covers is that report: 在2022年度报告中…5份合同)
    if not asked.figures or not (filters.district or filters.report or len(reports) == 1):
        return []
    unwritten = [
        f
        for f in asked.figures
        if not _reports_writing(searcher, asked, f, reports) and not _restated(asked, f)
    ]
    return list({(f.value, f.percent): f for f in reversed(unwritten)}.values())[::-1]


def _restated(asked: Question, figure: Numeral) -> bool:
    """Whether the figure points back at one stated before (6个指挥部…这6个): the same figure, not
    a second thing counted alike (7个工作组和7个委员会)."""
    text = normalize_for_matching(asked.text)
    pointed = re.search(r"[这那该此](?:个|笔|些|项)?$", text[max(0, figure.start - 2) : figure.start])
    # (这个71万 after 罚了71万元: the same value, its unit left off)
    return bool(pointed) and any(
        (f.value == figure.value or f.base == figure.base and f.multiplier == figure.multiplier)
        and f.start < figure.start
        for f in asked.figures
    )


def _reports_writing(searcher: Searcher, asked: Question, figure: Numeral, reports: list[str]) -> list[str]:
    """Those of the reports whose text writes the figure in the question's unit, anywhere; a
    span of minutes also in words (30分钟 as 半小时)."""
    texts = corpus_vocabulary(searcher).by_report
    said = MINUTES_IN_WORDS.get(figure.value, ()) if asked.text[figure.end : figure.end + 2] == "分钟" else ()
    return [
        r
        for r in reports
        if stated_figures.states_as_written(texts.get(r, ""), figure, asked.text)
        or any(w in texts.get(r, "") for w in said)
    ]


def _others(asked: Question, figure: Numeral) -> tuple[Numeral, ...]:
    """The question's other figures; the same one pointed back at (5个专项指挥部…这5个) is one,
    and so is the figure glossed again in other numerals (十二人（一共12人）)."""
    return tuple(
        f
        for f in asked.figures
        if f is not figure
        and not ((f.raw, f.value) == (figure.raw, figure.value) and _restated(asked, f))
        and not ((f.value, f.percent) == (figure.value, figure.percent) and f.raw != figure.raw)
    )


def _on_topic(asked: Question) -> Question:
    """The question to find the topic's sentences with. Whether all of it was done (都建了吗) is
    not asked of them: the figure they write is the answer to it (220家, not 2500多家)."""
    topic_only = copy.copy(asked)
    if topic_only.slot == slots.EVERY:
        topic_only.slot = None
    return topic_only


def figure_corrected(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
) -> tuple[Verdict, str] | None:
    """The sentences on the asked topic that state its figure otherwise, in the same unit, and
    the notice correcting the question; None when no such sentence passes the evidence check."""
    unwritten = _unwritten_figures(searcher, asked, filters)
    if len(unwritten) > 1:
        return _several_corrected(searcher, asked, hits, limit, config, filters, unwritten)
    figure = unwritten[0]
    if _act_unwritten(searcher, asked, figure, filters):
        return None
    topic_only = _on_topic(asked)
    topic_only.figures = _others(asked, figure)
    verdict = verdict_on(searcher, topic_only, hits, limit, config, filters)
    stating = [c for c in verdict.citations if stated_figures.other_figures(c.text, figure, asked.text)]
    stating.sort(key=lambda c: not stated_figures.counted_by_asked_verb(c.text, figure, asked.text))
    outcome = _OUTCOME_BEFORE.search(normalize_for_matching(asked.text)[: figure.start])
    if outcome:  # 输了两件: a count of lost cases, which the count of cases sued (3件) does not correct
        said = _OUTCOME_WORDS.get(outcome.group(1), (outcome.group(1),))
        stating = [
            c
            for c in stating
            if any(re.search(rf"(?<![无未没不]){w}", normalize_for_matching(c.text)) for w in said)
        ]  # (无败诉案件 counts no lost case: the denial answers, not the count beside it)
    if _bound(asked.text, figure):  # 能罚5万元以内: a limit set, corrected by the limit (1万元以内)
        stating = [
            c for c in stating if any(_bound(c.text, f) for f in find_numbers(normalize_for_matching(c.text)))
        ]
    else:
        stating = _of_the_asked_doing(searcher, asked, figure, report_ids(searcher, filters), stating)
    if not verdict.supported or not stating:
        return None
    said = stated_figures.other_figures(stating[0].text, figure, asked.text)
    notice = (
        f"报告写的是{'、'.join(dict.fromkeys(said))}，不是问题所说的"
        f"{stated_figures.as_written(asked.text, figure)}；以下是报告原句。"
    )
    return Verdict(True, "answered", stating, best_score=verdict.best_score), notice


def figure_corrected_without_unsaid(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
) -> tuple[Verdict, str] | None:
    """figure_corrected of the question without the words its reports never write (移送了5起案去
    司法机关, where 普陀区 writes 移送案件2起 and names no 司法机关): the figure is still corrected,
    and the notice says those words are not written; None when nothing else is left to find the
    topic by, or the figure is not corrected so either."""
    scope = report_ids(searcher, filters)
    vocabulary = corpus_vocabulary(searcher)
    figures = {f.raw for f in asked.figures}
    unsaid = [
        t
        for t in asked.terms
        if t not in figures and not vocabulary.says_as_word(t, asked.text, scope, searcher._tokenizer.words)
    ]
    kept = [t for t in asked.terms if t not in unsaid]
    if not unsaid or len(kept) < 2 or not correctable(searcher, asked, filters):
        return None
    narrowed = copy.copy(asked)
    narrowed.terms = kept
    narrowed.check = dataclasses.replace(asked.check, terms=kept)
    corrected = figure_corrected(searcher, narrowed, hits, limit, config, filters)
    if corrected is None:
        return None
    unwritten = f"（报告没有写到{in_quotes(unsaid, asked.text)}）"
    # The aside goes before the closing words every notice ends with, so the sentences still follow it.
    closing = "；以下是报告原句。"
    return corrected[0], f"{corrected[1].removesuffix(closing).rstrip('。')}{unwritten}{closing}"


def _several_corrected(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
    unwritten: list[Numeral],
) -> tuple[Verdict, str] | None:
    """figure_corrected of several figures none of which the reports write (办了10件人大代表建议、
    5件政协提案, where the report writes 建议6件、提案3件): the topic's sentence stating others in
    each one's unit, all of them said together."""
    if any(_act_unwritten(searcher, asked, f, filters) for f in unwritten):
        return None
    topic_only = _on_topic(asked)
    topic_only.figures = tuple(f for f in asked.figures if all(f.value != u.value for u in unwritten))
    verdict = verdict_on(searcher, topic_only, hits, limit, config, filters)
    stating = [
        c
        for c in verdict.citations
        if all(stated_figures.other_figures(c.text, f, asked.text) for f in unwritten)
    ]
    if not verdict.supported or not stating:
        return None
    said = _counterparts(stating[0].text, unwritten, asked.text)
    if said is None:
        return None
    claimed = "、".join(stated_figures.as_written(asked.text, f) for f in unwritten)
    notice = f"报告写的是{'、'.join(dict.fromkeys(said))}，不是问题所说的{claimed}；以下是报告原句。"
    return Verdict(True, "answered", stating, best_score=verdict.best_score), notice


def _counterparts(sentence: str, claimed: list[Numeral], question: str) -> list[str] | None:
    """For each figure claimed, in the question's order, the sentence's figure of its unit whose
    clause shares most words with the claim's clause (聘请了40名专家 → 聘请36名专家, not 25家加油站;
    接了10件人大建议 → 人大代表建议6件), each used once and, of two alike (整改到位17195个 /
    135个), the first after the one taken before; None when a claimed figure has none."""
    text, asked = normalize_for_matching(sentence), normalize_for_matching(question)
    taken: list[int] = []
    said: list[str] = []
    for figure in claimed:
        claim = set(char_bigrams(_clause_around(asked, figure.start, figure.end)))
        best = None
        for shown in stated_figures.other_figures(sentence, figure, question):
            for at in (m.start() for m in re.finditer(re.escape(shown), text)):
                if at in taken:
                    continue
                shared = len(claim & set(char_bigrams(_clause_around(text, at, at + len(shown)))))
                rank = (shared, at > max(taken, default=-1), -at)
                if shared and (best is None or rank > best[0]):
                    best = (rank, at, shown)
        if best is None:
            return None
        taken.append(best[1])
        said.append(best[2])
    return said


_CLAUSE_MARK = re.compile(r"[，,、；;。：:？?！!]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The words of the clause holding text[start:end], without it."""
    before = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    after = _CLAUSE_MARK.search(text, end)
    return text[before:start] + " " + text[end : after.start() if after else len(text)]


def _act_unwritten(searcher: Searcher, asked: Question, figure: Numeral, filters: Filters) -> bool:
    """Whether the doing the figure counts (约谈 of 约谈了15家企业) is a term of the question its
    reports never word: their figures of firms count other doings (处罚企业6家), no correction."""
    verb = stated_figures.verb_before(normalize_for_matching(asked.text), figure)
    return verb in asked.terms and not corpus_vocabulary(searcher).said_in(
        verb, asked.text, report_ids(searcher, filters)
    )


def figure_misplaced(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
    uncovered: list[str],
) -> tuple[Verdict, str] | None:
    """A figure the asked report writes of another thing (2500多家 asked of the 一企一档 records,
    where it counts the firms managed online and the records hold 220家): the sentences on the
    asked topic stating another figure in the same unit, and the notice correcting the question;
    None unless the figure is written in scope and the topic's sentences pass without it. The
    decline would say no sentence writes the topic, which one does. Of several figures stated
    (处罚金额71000元，同比增长80.93%, where 80.93% is the rise of the firms inspected), the one no
    sentence writes beside the others is tried."""
    if not asked.figures or not (filters.district or filters.report):
        return None
    if len(asked.figures) == 1:
        figure = asked.figures[0]
        if figure.raw in uncovered or not uncovered:
            return None
        return _misplaced(searcher, asked, hits, limit, config, filters, figure)
    for figure in (f for f in asked.figures if f.raw in uncovered):
        corrected = _misplaced(searcher, asked, hits, limit, config, filters, figure)
        if corrected is not None:
            return corrected
    return None


def figure_beside_topic(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
    uncovered: list[str],
) -> tuple[Verdict, str] | None:
    """For an answer quoting the sentence that writes the question's one figure but not all of
    its words: the sentence that words them and states another figure in the same unit, and the
    notice correcting the question (220家 claimed of the firms given 企码, quoted from the 220家
    of the 一企一档 records, where the 企码 sentence counts 198家); None otherwise."""
    if len(asked.figures) != 1 or not (filters.district or filters.report):
        return None
    corrected = _misplaced(searcher, asked, hits, limit, config, filters, asked.figures[0])
    if corrected is None:
        return None
    lead = normalize_for_matching(corrected[0].citations[0].text)
    if not all(words_term(wordings(t, asked.text), lead) for t in uncovered):
        return None
    return corrected


def _misplaced(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
    figure: Numeral,
) -> tuple[Verdict, str] | None:
    """figure_misplaced of one stated figure: the topic's sentences, held to the question's
    other figures, that state another figure where this one is claimed."""
    reports = report_ids(searcher, filters)
    if not _reports_writing(searcher, asked, figure, reports):
        return None
    texts = corpus_vocabulary(searcher).by_report
    if any(
        stated_figures.counted_by_the_asked_doing(texts.get(r, ""), figure, asked.text, True) for r in reports
    ):
        return None  # 立了8个案子, where the report writes 立案8起: no other figure corrects it
    if any(stated_figures.written_after_its_thing(texts.get(r, ""), figure, asked.text) for r in reports):
        return None  # 3个规范性文件, where the report writes 规范性文件3个: the same count
    topic_only = _on_topic(asked)
    topic_only.figures = _others(asked, figure)
    verdict = verdict_on(searcher, topic_only, hits, limit, config, filters)
    if not verdict.supported and topic_only.quoted:
        # “数智普陀”系统里那2500多家企业都列入企码张贴范围: the name is where the misplaced
        # figure stands, not what the topic's own sentence must write.
        topic_only.quoted = ()
        verdict = verdict_on(searcher, topic_only, hits, limit, config, filters)
    stating = [
        c
        for c in verdict.citations
        if stated_figures.other_figures(c.text, figure, asked.text)
        and not stated_figures.states_as_written(c.text, figure, asked.text, of_what_is_asked=False)
    ]
    stating = _of_the_asked_doing(searcher, asked, figure, reports, stating)
    if not verdict.supported or not stating:
        return None
    said = stated_figures.other_figures(stating[0].text, figure, asked.text)
    written = stated_figures.as_written(asked.text, figure)
    # 八成 claimed, 80.93% written of another thing: the report's own figure is named.
    shares = (stated_figures.share_in(texts.get(r, ""), figure) for r in reports)
    elsewhere = next(filter(None, shares), None if stated_figures.is_spoken(figure) else written)
    # A spoken share no report writes as a change of another thing: nothing to say of it.
    aside = f"（报告中的{elsewhere}说的是另一件事）" if elsewhere else ""
    notice = f"报告写的是{'、'.join(dict.fromkeys(said))}，不是问题所说的{written}{aside}；以下是报告原句。"
    return Verdict(True, "answered", stating[:limit], best_score=verdict.best_score), notice


# The outcome of a case a count is claimed of (输了两件, 被撤销了1起), and the words a report
# writes it in.
_OUTCOME_BEFORE = re.compile(r"(输|败诉|赢|胜诉|撤销|纠错|撤回|改判|驳回)(?:掉)?(?:了|过)?(?:一共|总共|共)?$")
_OUTCOME_WORDS = {"输": ("败诉", "输"), "赢": ("胜诉", "赢"), "败诉": ("败诉",), "胜诉": ("胜诉",)}
_BOUND_AFTER = re.compile(r"^[^\d，,。；;？?]{0,3}?(?:以内|以下|以上|之内|之下|以外)")


def _bound(text: str, figure: Numeral) -> bool:
    """Whether the figure is a limit (5万元以内, 1万元以下), not an amount."""
    return bool(_BOUND_AFTER.match(normalize_for_matching(text)[figure.end :]))


def _of_the_asked_doing(
    searcher: Searcher, asked: Question, figure: Numeral, reports: list[str], stating: list[Citation]
) -> list[Citation]:
    """The correcting sentences, only those counting right after the question's verb when a
    report of the scope counts so (立了9个案子: 立案8起 corrects it, not 移送案件2起)."""
    texts = corpus_vocabulary(searcher).by_report
    if not any(
        stated_figures.counted_by_the_asked_doing(texts.get(r, ""), figure, asked.text) for r in reports
    ):
        return stating
    return [
        c
        for c in stating
        if stated_figures.counted_by_the_asked_doing(c.text, figure, asked.text)
        or stated_figures.counted_after_the_asked_doing(c.text, figure, asked.text)
    ]


def never_mentioned(searcher: Searcher, asked: Question, verdict: Verdict) -> str | None:
    """For a question declined for want of a figure: the notice that no report mentions what it
    counts at all (北碚区配备了多少台无人机), where "the reports speak of it but give no figure"
    would be false; None when some report does mention it."""
    if verdict.reason != "no_figure" or not asked.target:
        return None
    every_report = report_ids(searcher, Filters())
    if corpus_vocabulary(searcher).says_as_word(
        asked.target, asked.text, every_report, searcher._tokenizer.words
    ):
        return None
    return f"报告中没有关于“{asked.target}”的内容，也就没有它的具体数字。"


def said_elsewhere(searcher: Searcher, asked: Question, verdict: Verdict, filters: Filters) -> str | None:
    """For a scoped question declined as not covered: the notice naming what the asked
    district's (or city's, or year's) reports never word, and which other reports do; None when
    every missing term is worded somewhere in scope (the sentences found just do not say it)."""
    scope = reports_in(searcher, filters)
    if verdict.reason != "not_covered" or scope is None:
        return None
    vocabulary = corpus_vocabulary(searcher)
    where = (
        filters.district
        or filters.province
        or (district_label(None, filters.report) if filters.report else None)
        or (f"{filters.year}年" if filters.year else "所问范围内")
    )
    figures = {f.raw: f for f in asked.figures}
    stated = [figures[t] for t in verdict.uncovered if t in figures]
    segment = searcher._tokenizer.words
    if stated:  # 15家: only a report writing 15 of the same unit states it (not 15分钟)
        # the first figure the asked reports do not write as stated (50名 is written, 15小时 not)
        notice = next(
            (n for f in stated if (n := _figure_said_elsewhere(searcher, asked, f, scope, where))), None
        )
        # ... and what it counts, when the asked reports never word that either (约谈).
        unsaid = [t for t in asked.terms if not vocabulary.says_as_word(t, asked.text, scope, segment)]
        if notice and unsaid:
            notice = (
                f"{notice.rstrip('。')}；{where}的报告中也没有关于{in_quotes(unsaid[:3], asked.text)}的内容。"
            )
        return notice
    absent = [t for t in verdict.uncovered if not vocabulary.says_as_word(t, asked.text, scope, segment)]
    if not absent:
        return None
    # 全国人大常委会检查了…, where the report writes 自治区人大常委会: the body at its own level
    leveled = next(
        (
            (t, written)
            for t in absent
            for r in scope
            if (written := other_level(vocabulary.by_report.get(r, ""), t))
        ),
        None,
    )
    if leveled is not None:
        return f"{where}的报告写的是“{leveled[1]}”，不是问题所说的“{leveled[0]}”。"

    def saying(terms: list[str]) -> list[str]:
        return [
            district_label(r.get("district"), r["report_id"])
            for r in searcher.reports
            if r["report_id"] not in scope
            and all(vocabulary.says_as_word(t, asked.text, [r["report_id"]], segment) for t in terms)
        ]

    # The reports writing every word the asked one lacks (大队 and 揭牌: only 普陀区's), else the first.
    others, told = saying(absent[:3]), ""
    if not others and len(absent) > 1:
        # 国务院 and 指定, where 普陀区 writes 国务院 alone: say which word it writes
        others, told = saying(absent[:1]), in_quotes(absent[:1], asked.text)
    notice = f"{where}的报告中没有关于{in_quotes(absent[:3], asked.text)}的内容"
    return notice + (f"；{'、'.join(dict.fromkeys(others))}的报告提到了{told}。" if others else "。")


def _figure_said_elsewhere(
    searcher: Searcher, asked: Question, figure: Numeral, scope: list[str], where: str
) -> str | None:
    """The notice of a stated figure no sentence found writes: that the asked reports do not
    write it, and which other reports write it in the same unit; None when the asked reports'
    text does write it (the passages searched missed it)."""
    written = stated_figures.as_written(asked.text, figure)
    writing = set(_reports_writing(searcher, asked, figure, report_ids(searcher, Filters())))
    if writing & set(scope):
        return None
    texts = corpus_vocabulary(searcher).by_report
    if any(stated_figures.states_as_written(texts.get(r, ""), figure, asked.text, False) for r in scope):
        # 普陀区 writes 200% of the firms punished, where the question says its fines rose 200%;
        # 北碚区's 5人 are those it asked to be disciplined, not those it handed to the police.
        what = "另一项数字的变化" if stated_figures.is_change_share(asked.text, figure) else "另一项数字"
        return f"{where}的报告中的“{written}”说的是{what}，不是所问的这一项。"
    magnitudes = [
        w for r in scope for w in stated_figures.in_other_magnitudes(texts.get(r, ""), figure, asked.text)
    ]
    if magnitudes:  # 71000万元 asked, where the report writes 71000元: the same digits, 万 apart
        said = "、".join(dict.fromkeys(magnitudes))
        return f"{where}的报告写的是“{said}”，不是问题所说的“{written}”（数量级不同）。"
    in_other_units = [
        w for r in scope for w in stated_figures.in_other_units(texts.get(r, ""), figure, asked.text)
    ]
    if in_other_units:  # 8750名 where the report counts 8750人次: not another figure, another measure
        said = "、".join(dict.fromkeys(in_other_units))
        # 办了8750场、759人次参加, where the report writes 759场，8750人次: the units changed places
        swapped = [
            (stated_figures.as_written(asked.text, other), units[0])
            for other in asked.figures
            if other.value != figure.value
            for units in [
                [w for r in scope for w in stated_figures.in_other_units(texts.get(r, ""), other, asked.text)]
            ]
            if units
        ]
        if swapped:
            claimed = "".join([f"“{written}”", *(f"“{a}”" for a, _ in swapped)])
            report = "".join([f"“{said}”", *(f"“{w}”" for _, w in swapped)])
            return f"{where}的报告写的是{report}，不是问题所说的{claimed}：两个数字的计量单位与报告相反。"
        return f"{where}的报告写的是“{said}”，计量单位与问题所说的“{written}”不同。"
    others = [
        district_label(r.get("district"), r["report_id"])
        for r in searcher.reports
        if r["report_id"] in writing
    ]
    notice = f"{where}的报告中没有写到“{written}”这个数字"
    if others:
        # 80来场 is near what 沙坪坝区 writes (80余场), not what it writes.
        near = "相近数字" if figure.approx in ("来", "约", "近", "未") else f"“{written}”"
        same = figure_of_other_district(searcher, asked, figure, set(others)) if near != "相近数字" else None
        if same is not None:  # 普陀…12350受理举报查处70起: 北碚's row of that very count
            return notice + f"；这是{same}"
        return notice + f"；写到{near}的是{'、'.join(dict.fromkeys(others))}的报告，所说的事未必相同。"
    # 一百四十九个 asked, where another report counts 149处: the same figure by another counter.
    # A small count (三起) is written of something in every report and names nothing; nor does a
    # round number and some (十几篇 is no 10次).
    if figure.value < stated_figures.DISTINCT_DIGITS or figure.approx is not None:
        return notice + "。"
    kindred: dict[str, list[str]] = {}
    for r in searcher.reports:
        if r["report_id"] not in scope:
            said = stated_figures.in_kindred_units(texts.get(r["report_id"], ""), figure, asked.text)
            kindred.setdefault(district_label(r.get("district"), r["report_id"]), []).extend(said)
    kindred = {label: said for label, said in kindred.items() if said}
    if kindred:
        where_else = "、".join(
            f"{label}的报告（{'、'.join(dict.fromkeys(said))}）" for label, said in kindred.items()
        )
        return notice + f"；写到这个数的是{where_else}，所说的事未必相同。"
    return notice + "，其他报告也没有。"


def figure_of_other_district(
    searcher: Searcher, asked: Question, figure: Numeral, districts: set[str]
) -> str | None:
    """Whose figure it is, when exactly one other district's indicator row of that amount counts
    what the question names (two of its terms in the row's words: 12350, 举报): "北碚区的数字（…）"."""
    terms = [t for t in asked.terms if len(t) >= 2]
    matching = []
    for row in rows_of_version(searcher.version_dir):
        if row.district not in districts or row.indicator == "other":
            continue
        words = normalize_for_matching(f"{row.label}{row.qualifier or ''}")
        if row_amount(row) == figure.value and sum(t in words for t in terms) >= 2:
            matching.append(row)
    if len({r.district for r in matching}) != 1:
        return None
    row = matching[0]
    return f"{row.district}的数字（{row.district}的报告：“{row.sentence}”）。"
