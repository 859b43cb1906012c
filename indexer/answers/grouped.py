"""Answers over several districts: each district's reports checked on their own, the supported
ones listed strongest first, and those left out named with what their reports do not write."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

from indexer.answers import polarity, premise, stated_figures
from indexer.answers.answer_types import Answer, Citation, premise_failed
from indexer.answers.corrections import figure_of_other_district
from indexer.answers.coverage import claims_none, coverage_notice
from indexer.answers.declined import CLOSEST_PASSAGES, declined_by_evidence
from indexer.answers.districts import (
    commonly_uncovered,
    district_groups,
    only_from_label,
    round_robin,
    sections_asked,
    without_weak_districts,
)
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.question import Question, corpus_vocabulary, term_stats
from indexer.answers.question_forms import item_lists
from indexer.answers.scope_check import ScopedReports, section_answering
from indexer.answers.subject import SubjectAsked, unworded_subject
from indexer.answers.terms import in_quotes, wordings
from indexer.answers.verdicts import report_ids, search_section_first, verdict_on
from indexer.records import Hit
from indexer.retrieval.scope import QueryScope
from indexer.retrieval.search import Filters, Searcher
from indexer.text.normalize import normalize_for_matching
from indexer.text.sentences import sentence_spans

# compare's floor under a sentence's score; the topic's terms must still be worded.
COMPARE_SENTENCE_FLOOR = 0.8

PASSAGES_PER_DISTRICT = 6

SENTENCES_PER_DISTRICT = 4

# Said instead of the usual notice when a question asks for a judgement between districts.
JUDGEMENT_NOTICE = "各区报告只记述本区的工作，没有直接比较哪个区做得更好"


def topic_evidence(
    searcher: Searcher, topic: str
) -> tuple[Callable[[Filters], tuple[list[Hit], Verdict]], list[str]]:
    """The evidence check of `ask`, for a topic in one district at a time (compare), and the
    topic's content terms: per filter, the passages found and the verdict on them, the same
    way a several-district answer checks each district.
    A similarity line alone listed districts that never word the topic (应急预案 for a report
    without 预案) and missed ones that word it differently (危化 for 危险化学品)."""
    asked = Question(searcher, topic, QueryScope())
    # A topic of one or two words sits far from any whole sentence in the encoder's space: a
    # sentence wording it (建立全区危化…数据库, 0.854) fell under ask's floor for questions.
    config = EvidenceConfig(sentence_floor=COMPARE_SENTENCE_FLOOR)
    # A district may word the topic only one way (危化 for 危险化学品): its passages are found by
    # every wording, as the check accepts every wording.
    others = [
        w for t in asked.terms for w in sorted(wordings(t, topic)) if w != t and w not in asked.search_text
    ]
    query = " ".join([asked.search_text, *others])

    def check(filters: Filters) -> tuple[list[Hit], Verdict]:
        hits = searcher.search(query, k=PASSAGES_PER_DISTRICT, filters=filters, scoped=False)
        return hits, verdict_on(searcher, asked, hits, SENTENCES_PER_DISTRICT, config, filters)

    return check, asked.terms


def _of_district(asked: Question, label: str) -> Question:
    """The question as asked of one district: without the figures it states of another (沙坪坝
    移送5人，那普陀移送了多少: 普陀区's sentence need not write 5人)."""
    others = [f for f in asked.figures if (owner := asked.figure_owners.get(f.start)) and label not in owner]
    if not others:
        return asked
    own = copy.copy(asked)
    own.figures = [f for f in asked.figures if f not in others]
    return own


def grouped_answer(
    searcher: Searcher,
    asked: Question,
    scoped: ScopedReports,
    notes: list[str],
    max_citations: int,
    config: EvidenceConfig,
) -> Answer:
    """One entry per district whose reports support an answer, strongest evidence first."""
    # A district enters a listing on its own sentences' scores: a plain word's loose official
    # term (领导 -> 主要负责人) listed 普陀区 for leaders in court (出庭应诉) on a sentence about study.
    config = replace(config, reworded_margin=0.0)
    supported: list[tuple[str, list[Citation]]] = []
    lead: dict[str, Verdict] = {}
    failures: list[Verdict] = []
    unsaid: dict[str, str] = {}  # per district left out: why, in words true of its report
    happened: dict[str, Verdict] = {}  # asked where it did not happen: districts writing it did
    evidence = 0.0
    groups = district_groups(searcher, asked.scope, scoped)
    # A question presuming a change lists only the districts whose sentences state it.
    direction = premise.asked_direction(asked.text) if premise.presumes_change(asked.text) else None
    # ... and one asking where something did not happen, those whose sentences say it did not.
    absence = polarity.asks_absence(asked.text)
    presence = polarity.asks_presence(asked.text)
    section = section_answering(asked.text, scoped.plan_notice)  # plans or problems first, or None
    subject = polarity.subject_of(asked.terms, asked.check.rarity, asked.text)
    # ... and any other, those whose own sentences name what it is about (subject.py).
    stats = term_stats(searcher)
    named = SubjectAsked(
        asked.text,
        normalize_for_matching(asked.topic),
        asked.terms,
        asked.check.rarity,
        item_lists(asked.topic, asked.terms),
        asked.check.unknown,
        stats.idf,
        stats.rarest(),
    )
    for label, filters in groups:
        filters = Filters(
            district=filters.district,
            report=filters.report,
            year=scoped.year,
            section_type=section,
        )
        hits = search_section_first(searcher, asked.search_text, PASSAGES_PER_DISTRICT, filters)
        verdict = verdict_on(
            searcher, _of_district(asked, label), hits, SENTENCES_PER_DISTRICT, config, filters
        )
        evidence = max(evidence, verdict.best_score)
        if (
            verdict.supported
            and direction
            and not premise.stating(verdict.citations, direction, asked.terms, asked.text)
        ):
            # 哪个区的事故变少了: a district is listed for stating that change, not for its subject.
            failures.append(Verdict(False, "no_figure"))
            unsaid[label] = f"的报告没有写到{premise.SAID[direction]}的数字"
        elif verdict.supported and (said := _said_otherwise(verdict, asked, subject, absence, presence)):
            failures.append(Verdict(False, "not_covered"))
            unsaid[label] = said
            if absence:
                happened[label] = verdict
        elif verdict.supported:
            supported.append((label, verdict.citations))
            lead[label] = verdict
        else:
            failures.append(verdict)
            # 硚口和北碚都有行政诉讼吗, where 硚口区 writes 未出现…行政诉讼案件: its denial, not
            # "no sentence answers"
            denial = _denied_in(hits, subject, asked.text) if asked.scope.districts and not absence else ""
            unsaid[label] = (
                f"的报告写的是“{denial}”" if denial else _unsaid(searcher, asked, verdict, filters)
            )
    # Districts whose first sentence records done work and covers more of the question first.
    supported.sort(
        key=lambda group: (
            lead[group[0]].lead_planned,
            -lead[group[0]].lead_share,
            -group[1][0].score,
            group[0],
        )
    )
    supported = without_weak_districts(supported, lead, config)
    share = 0.0 if absence else config.subject_share  # asked where it did not happen: polarity's
    # Which districts have sentences naming the subject is decided with a sentence for each, so
    # a smaller max_citations shows fewer of them but never says the rest have none.
    with_support, unnamed = _naming_subject(supported, max(max_citations, len(supported)), named, share)
    chosen = round_robin(with_support, max_citations)
    left_out = [label for label, _ in with_support[len(chosen) :]]
    for label, term in unnamed.items():
        failures.append(Verdict(False, "not_covered"))
        unsaid[label] = f"的相关句子没有写到“{term}”"
    if claims_none(asked.text):
        # 各区都没有行政诉讼吧: a district whose sentences say it happened is quoted against the
        # claim, not left among those "without support".
        for label, verdict in happened.items():
            texts = [c.text for c in verdict.citations]
            if polarity.presumed_absent_notice(asked.text, asked.terms, asked.check.rarity, texts):
                chosen.append((label, verdict.citations))
                lead[label] = verdict
    if not chosen:
        closest = searcher.search(
            asked.text, k=CLOSEST_PASSAGES, filters=Filters(year=scoped.year), scoped=False
        )
        figure_missing = sum(v.reason == "no_figure" for v in failures) * 2 >= len(failures)
        worst = Verdict(False, "no_figure" if asked.asked and figure_missing else "not_covered")
        worst.uncovered = commonly_uncovered(failures)
        # 北碚和沙坪坝哪个区建的…多: each district named, and why it gives nothing; "the reports
        # speak of it but give no figure" was said of reports never naming the thing.
        said = _why_each(unsaid) if asked.scope.districts and len(unsaid) == len(groups) else None
        return declined_by_evidence(asked.text, closest, notes, True, worst, asked, evidence, notice=said)
    asked_sections = sections_asked(asked.text, asked.check.wants_plan or bool(scoped.plan_notice), section)
    lines, number, not_done, plan_first = [], 0, [], []
    for label, group in chosen:
        parts = []
        for citation in group:
            number += 1
            parts.append(f"{citation.text}[{number}]")
        only_from = only_from_label(searcher, group, asked_sections)
        if only_from:
            not_done.append(label)
        elif lead[label].lead_planned and not asked.check.wants_plan and not scoped.plan_notice:
            # 普陀区's 2024年主要安排 on 有奖举报 first, its done work beside it on something else.
            only_from = "（第一句是下一步工作安排：是计划，不是已做的工作）"
            plan_first.append(label)
        lines.append(f"{label}{only_from}：" + "".join(parts))
    # A district left out by the cap is still named among those with content: what its
    # sentences are (only plans, only shortcomings) is said of it too.
    not_done += [
        label
        for label, group in with_support[len(chosen) :]
        if only_from_label(searcher, group, asked_sections)
    ]
    citations = [c for _, group in chosen for c in group]
    names = "、".join(label for label, _ in chosen)
    if asked.judgement:
        notice = f"{JUDGEMENT_NOTICE}；以下是{names}报告中的相关内容，供自行比较。"
    else:
        # (none, when only districts writing against a claim of none are quoted)
        notice = (
            f"报告中有相关内容的区：{'、'.join(label for label, _ in with_support)}" if with_support else ""
        )
        if left_out:
            notice += f"；限于引用条数（{max_citations}条），{'、'.join(left_out)}的相关句子没有列出"
        # Saying the others have nothing is only true when there are others.
        listed = {label for label, _ in with_support}
        missing = [label for label, _ in groups if label not in listed]
        if missing and asked.scope.districts:  # 硚口区和普陀区…: the one left out is named, and why
            why: dict[str, list[str]] = {}  # districts left out for the same reason, named together
            for label in missing:
                why.setdefault(unsaid.get(label, "的报告中没有找到回答这个问题的句子"), []).append(label)
            notice += (
                "；" + "；".join(f"{'、'.join(labels)}{reason}" for reason, labels in why.items()) + "。"
            )
        else:
            # Districts whose sentences were found but do not name the subject are told apart
            # from those with no sentence at all: a reader may look there.
            named_apart: dict[str, list[str]] = {}
            for label in missing:
                if label in unnamed:
                    named_apart.setdefault(unsaid[label], []).append(label)
            notice += "".join(f"；{'、'.join(labels)}{reason}" for reason, labels in named_apart.items())
            rest = [label for label in missing if label not in unnamed]
            notice += "；其他区的报告没有找到支持的句子。" if rest else "。"
        notice = notice.lstrip("；")
    contrary = (
        ""
        if absence
        else polarity.presumed_absent_notice(
            asked.text, asked.terms, asked.check.rarity, [c.text for c in citations]
        )
    )
    listed = [label for label, _ in chosen]
    if claims_none(asked.text):  # 五个区都没有…吧: a district denying it too is no counterexample
        listed = [
            label
            for label, group in chosen
            if polarity.presumed_absent_notice(
                asked.text, asked.terms, asked.check.rarity, [c.text for c in group]
            )
        ]
    claimed = "" if asked.judgement else coverage_notice(asked.text, listed, [label for label, _ in groups])
    if claimed:  # 五个区都建立了…, where one report writes it
        notice = f"{claimed}；{notice}"
    if contrary:  # 两个区都没移送过人吧, where both write whom they handed over
        notice = premise_failed(f"{contrary.removesuffix('；以下是报告原句。')}；{notice}")
    if not_done:
        notice += f"其中{'、'.join(not_done)}的相关句子只是计划或问题与不足，不是已做的工作。"
    if plan_first:
        notice += f"{'、'.join(plan_first)}的第一句出自下一步工作安排，是计划，不是已做的工作。"
    if scoped.plan_notice:  # what was planned, not done, is the first thing to know
        notice = scoped.plan_notice + (f"{JUDGEMENT_NOTICE}。" if asked.judgement else "")
    return Answer(
        asked.text,
        "\n".join(notes + lines),
        "extractive",
        True,
        True,
        citations,
        notes=notes,
        evidence=evidence,
        notice=notice,
    )


def _naming_subject(
    supported: list[tuple[str, list[Citation]]], max_citations: int, named: SubjectAsked, share: float
) -> tuple[list[tuple[str, list[Citation]]], dict[str, str]]:
    """The districts listed, each with the sentences shown for it, and those left out for
    sentences that never name the subject (with the term they leave out). Checked on what is
    shown: a district's fourth sentence naming 危化品 in next year's plan does not make its
    first two, on 监管 alone, an answer on 危险化学品监管."""
    unnamed: dict[str, str] = {}
    while True:
        chosen = round_robin(supported, max_citations)
        missing = {
            label: term
            for label, group in chosen
            if share and (term := unworded_subject(_with_titles(group), named, share))
        }
        if not missing:
            return chosen, unnamed
        unnamed.update(missing)
        supported = [group for group in supported if group[0] not in missing]


def _with_titles(citations: list[Citation]) -> list[str]:
    """Each cited sentence with the titles above it: a sentence under 危险化学品安全监管 is about it."""
    return ["。".join([*c.section_path, c.text]) for c in citations]


def _said_otherwise(
    verdict: Verdict, asked: Question, subject: str | None, absence: bool, presence: bool
) -> str:
    """Why a district's supporting sentences do not answer as the question asks, in words true
    of its report; "" when they do. Asked where the subject did not happen, a sentence must say
    it did not; asked where something happened (not how things stand), sentences that only deny
    an asked term (未出现行政复议) are the opposite answer."""
    texts = [c.text for c in verdict.citations]
    if absence:
        negated = polarity.denied_with(texts, subject, asked.terms, asked.text) if subject else []
        shown = subject and (polarity.joined_to(subject, asked.terms, asked.text) or subject)
        return "" if negated else f"的报告没有写到没有“{shown or asked.topic}”"
    denied = polarity.only_denied(texts, asked.terms, asked.text) if presence else ""
    return f"的报告写的是“{denied}”" if denied else ""


def _denied_in(hits: list[Hit], subject: str | None, question: str) -> str:
    """The clause of the hits' sentences denying the subject, when they only ever deny it; ""."""
    if not subject:
        return ""
    sentences = [hit.passage.text[a:b] for hit in hits for a, b in sentence_spans(hit.passage.text)]
    denying = [s for s in sentences if polarity.denying_clause(s)]
    return polarity.only_denied(denying, [subject], question) if denying else ""


def _why_each(unsaid: dict[str, str]) -> str:
    """Why each district gives no answer, districts left out for one reason named together."""
    why: dict[str, list[str]] = {}
    for label, reason in unsaid.items():
        why.setdefault(reason, []).append(label)
    return "；".join(f"{'、'.join(labels)}{reason}" for reason, labels in why.items()) + "。"


def _unsaid(searcher: Searcher, asked: Question, verdict: Verdict, filters: Filters) -> str:
    """Why a named district is left out of a grouped answer, saying only what is true of its
    report: the asked words it never writes (举报投诉, where it writes 举报), or that no sentence
    of it answers. "Has nothing on it" would be false of a report wording the subject otherwise."""
    reports = report_ids(searcher, filters)
    vocabulary = corpus_vocabulary(searcher)
    figures = {f.raw: f for f in asked.figures}

    def writes(term: str, report_ids: list[str]) -> bool:
        # a figure by its value as the question states it (80多场 is written as 80余场)
        if term in figures:
            return any(
                stated_figures.states_as_written(vocabulary.by_report.get(r, ""), figures[term], asked.text)
                for r in report_ids
            )
        return vocabulary.said_in(term, asked.text, report_ids)

    never = [t for t in verdict.uncovered if not writes(t, reports)]
    if not never:
        return "的报告中没有找到回答这个问题的句子"
    said = f"的报告没有写到{in_quotes(never[:3], asked.text)}"
    # 普陀区打造了“沙小安”，沙坪坝区拍了《应急侠》: each name is the other district's
    others = [
        r.get("district")
        for r in searcher.reports
        if r["report_id"] not in reports and r.get("district") and writes(never[0], [r["report_id"]])
    ]
    # 普陀…12350受理70起 of 北碚's row: say whose figure it is
    whose = (
        figure_of_other_district(searcher, asked, figures[never[0]], set(others))
        if never[0] in figures and others
        else None
    )
    if len(others) == 1 and others[0] in asked.scope.districts:
        said += f"（写到{in_quotes(never[:1], asked.text)}的是{others[0]}的报告）"
    elif len(others) == 1 and not whose:  # 949 or 园城 of 北碚, where only 硚口 writes it
        said += f"（写到{in_quotes(never[:1], asked.text)}的是{others[0]}的报告，所说的事未必相同）"
    if whose:
        said += f"，{in_quotes(never[:1], asked.text)}是{whose.rstrip('。')}"
    return said
