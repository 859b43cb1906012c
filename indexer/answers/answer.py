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

import copy
import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from indexer.answers import document_numbers, issued, premise, quoted, slots, stated_figures, superlatives
from indexer.answers.answer_types import Answer, Citation, district_label
from indexer.answers.districts import (
    commonly_uncovered,
    district_groups,
    only_from_label,
    round_robin,
    without_weak_districts,
)
from indexer.answers.evidence import Asked, EvidenceConfig, Verdict, check_evidence
from indexer.answers.figures import (
    MEASURE_NOUNS,
    QuantityAsked,
    counted_modifiers,
    figure_terms,
    quantity_asked,
    quantity_target,
    quantity_verb,
)
from indexer.answers.indicators import answer_from_indicators
from indexer.answers.meta import is_meta_question, meta_answer
from indexer.answers.scope_check import ScopedReports, asks_future, asks_plan, check_scope
from indexer.answers.sentences import PLAN_SECTION, scored_sentences, topic_terms
from indexer.answers.terms import (
    ANSWER_TYPES,
    Vocabulary,
    alternatives,
    amount_judged,
    answer_kinds,
    asks_about_work,
    content_terms,
    is_plain_verb,
    is_verb,
    judgement_asked,
    names_unnamed_district,
    without_judgement,
    wordings,
    words_term,
)
from indexer.records import Hit
from indexer.retrieval.evidence import TermStats
from indexer.retrieval.feedback import local_term_stats
from indexer.retrieval.scope import QueryScope, understand
from indexer.retrieval.search import Filters, Searcher, validate_query
from indexer.text.normalize import normalize_for_matching
from indexer.text.numbers import Numeral
from indexer.text.section_types import NEXT_STEPS, section_types_asked

__all__ = [
    "PLAN_SECTION",
    "Answer",
    "Citation",
    "answer_question",
    "district_label",
    "topic_terms",
]

MAX_CITATIONS = 8
# A question asking whether something was done (是否建设了, 有没有开展, …了吗).
_YES_NO = re.compile(r"是否|有没有|有无|是不是|能否|会不会|吗[?？]?$")
# A verb says what was done about the subject (配备, 管理, 检查), a noun what the subject is
# (执法记录仪): its rarity counts half. Without this, 各区执法记录仪配备情况 listed 北碚区 for
# its 人员配备标准 (配备 is as rare as 执法记录仪); chosen on the topic probe's several-district
# forms (reports listed that never word the topic 15 -> 0; 0.7 left 10), test half unchanged,
# one gold district fewer on ask_extra (docs/ask-calibration.md). The same holds for a noun
# saying what kind of answer is wanted (信用修复存在哪些问题: terms.answer_kinds): counted whole,
# 问题 let every district's generic problems in (78 listings of reports never wording the
# topic over four such forms, now 0; docs/ask-calibration.md has the held-out forms).
FRAMING_RARITY = 0.5
# compare's floor under a sentence's score; the topic's terms must still be worded.
COMPARE_SENTENCE_FLOOR = 0.8
PASSAGES_PER_QUESTION = 12
PASSAGES_PER_DISTRICT = 6
SENTENCES_PER_DISTRICT = 4
CLOSEST_PASSAGES = 5
# Said instead of the usual notice when a question asks for a judgement between districts.
JUDGEMENT_NOTICE = "各区报告只记述本区的工作，没有直接比较哪个区做得更好"
AMOUNT_NOTICE = "报告只记述做了什么、有多少，没有评价多少高低"


def _states_all_asked(asked: _Question, citations: list[Citation]) -> bool:
    """Whether the cited sentences word every content term of the question: a figure from the
    table is only an answer when its sentence says what was asked, not just its indicator."""
    text = " ".join(normalize_for_matching(c.text) for c in citations)
    return bool(citations) and all(any(w in text for w in wordings(t, asked.text)) for t in asked.terms)


class _Question:
    """What the checks need to know about one question, worked out once."""

    def __init__(self, searcher: Searcher, question: str, scope: QueryScope) -> None:
        self.text = question
        self.scope = scope
        # Scored against the question without its scope words: "北碚区" in the question would
        # otherwise make any sentence naming 北碚区 look like an answer.
        self.topic = _without_scope(question, scope, searcher)
        self.topic = document_numbers.without_numbers(self.topic)
        # 罚款七万一千元的是哪个区: the figure is matched by value in each sentence, the rest is topic.
        self.figures = stated_figures.named_in(question)
        self.quoted = quoted.quoted_in(question)
        self.topic = stated_figures.without_figures(self.topic, self.figures)
        self.search_text = stated_figures.in_digits(normalize_for_matching(question), self.figures)
        self.judgement = judgement_asked(question)
        if self.judgement:  # 哪个区的执法最规范: 执法 is the topic, 最规范 asks for a ranking
            self.topic = without_judgement(self.topic)
        self.score_terms = topic_terms(searcher, self.topic)
        vocabulary = _vocabulary(searcher)
        self.terms = vocabulary.settle(content_terms(searcher._tokenizer, self.topic), question)
        self.terms = vocabulary.with_dropped_ends(self.terms, self.topic, searcher._tokenizer.words)
        # jieba cuts a quoted name into pieces no report writes (两委十一办四指 -> 办四指); the
        # name itself is checked whole, marks aside (quoted.writes).
        self.terms = [
            t
            for t in self.terms
            if vocabulary.knows(t, question) or not any(t in quoted.bare(n) for n in self.quoted)
        ]
        slot = slots.asked_slot(question)  # 电话是多少 asks for a number to call, not a quantity
        self.asked: QuantityAsked | None = None if slot == slots.PHONE else quantity_asked(question)
        if self.asked:  # 持证比例: the unit kind stands for 比例, the answer need not word it
            self.terms = [t for t in self.terms if t not in MEASURE_NOUNS] or self.terms
        self.target = quantity_target(question, self.terms) if self.asked else None
        # Only nouns narrow what is counted (参加 of 多少名执法人员参加培训 does not), and an item
        # of a list of alternatives (危化或烟花爆竹) need not be worded with the others.
        in_lists = {t for items in alternatives(self.topic, self.terms) for item in items for t in item}
        self.modifiers = [
            m
            for m in (counted_modifiers(question, self.terms) if self.asked else [])
            if not is_verb(m) and m not in in_lists
        ]
        self.slot = None if self.asked else slot
        self.vector = searcher.query_vector(self.topic)
        self._encoder = searcher.encoder
        self._words = searcher._tokenizer.words
        self._term_vectors: dict[str, np.ndarray] = {}
        self._neighbours: dict[str, float] = {}
        # What a which-word asks for after a subject: a kind of answer frames the question
        # (存在哪些问题); anything else is the thing asked about (参加了哪些培训).
        kinds = answer_kinds(self.topic, self.terms)
        framing, things = kinds & ANSWER_TYPES, kinds - ANSWER_TYPES
        self.check = Asked(
            question,
            self.terms,
            self._embed_terms,
            self.asked,
            self.target,
            quantity_verb(question, self.terms) if self.asked else None,
            frozenset(figure_terms(question, self.terms)) if self.asked else frozenset(),
            frozenset(t for t in self.terms if not vocabulary.knows(t, question)),
            self._neighbour if self.target else None,
            asks_plan(question),
            _rarity(searcher, self.terms, framing, things),
            alternatives=alternatives(self.topic, self.terms),
            # A word no report uses (有什么动作) is left to the unknown-term rule: it may be a
            # colloquial kind of answer ANSWER_TYPES does not know.
            asked_things=frozenset(t for t in things if vocabulary.knows(t, question)),
            together=_runs(self.topic, self.terms)
            if _YES_NO.search(normalize_for_matching(question))
            else (),
        )

    def _neighbour(self, window: str) -> float:
        """How close the nearest sibling of the asked noun in a number's window comes to it, by
        term embedding: a word (or two adjacent words: 宣传 + 手册) with the noun's modifier or
        its head (宣传手册 / 宣传材料); 0 when there is none. A part of the noun is no sibling
        of it (执法 counts no 执法人员)."""
        if window not in self._neighbours:
            target = self.target or ""
            tokens = [w for w in self._words(window) if w.strip() and not any(ch.isdigit() for ch in w)]
            words = {*tokens, *(a + b for a, b in zip(tokens, tokens[1:], strict=False))}
            siblings = sorted(
                w for w in words
                if len(w) >= 2 and w not in target and target not in w
                and len(target) >= 3 and (w[:2] == target[:2] or w[-2:] == target[-2:])
            )  # fmt: skip
            best = 0.0
            if siblings:
                vectors = self._embed_terms([target, *siblings])
                best = float((vectors[1:] @ vectors[0]).max())
            self._neighbours[window] = best
        return self._neighbours[window]

    def _embed_terms(self, terms: list[str]) -> np.ndarray:
        """Term vectors, each computed once per question (a grouped answer checks per district)."""
        new = [t for t in terms if t not in self._term_vectors]
        if new:
            self._term_vectors.update(zip(new, self._encoder.encode_queries(new), strict=True))
        return np.stack([self._term_vectors[t] for t in terms])


def _runs(topic: str, terms: list[str]) -> tuple[frozenset[str], ...]:
    """Terms the question writes with nothing between them, run by run, when there are three or
    more: one long compound jieba cut into words (社区应急服务示范站 -> 社区 应急 服务 示范).
    Two words side by side are often a subject and its setting (执法人员办案, 法治工作经费),
    which a report words apart."""
    text = normalize_for_matching(topic)
    placed = sorted((text.find(t), t) for t in terms if t in text)
    runs: list[list[str]] = []
    end = -1
    for start, term in placed:
        if is_plain_verb(term):  # 列入 of 经费列入年度预算 joins two things; a report may say 纳入
            end = -1
            continue
        if runs and start == end:
            runs[-1].append(term)
        else:
            runs.append([term])
        end = start + len(term)
    return tuple(frozenset(run) for run in runs if len(run) > 2)


def _rarity(
    searcher: Searcher, terms: list[str], framing: frozenset[str], things: frozenset[str]
) -> dict[str, float]:
    """Each term's IDF in the local BM25 index (a term it never saw counts as rarest), at
    FRAMING_RARITY for a verb or a framing noun; a thing a which-word asks for counts whole,
    verbal noun or not (培训). A backend that keeps no document frequencies (Milvus) gets them
    from the reports' paragraphs instead, about as many as passages. (With whole reports as
    documents, a topic four of five reports word was as common as 配备, and
    各区法律顾问的配备情况 listed a report that never words it.)"""
    stats = local_term_stats(searcher.backend)
    if stats is None:
        paragraphs = _vocabulary(searcher).paragraphs
        stats = TermStats(lambda term: sum(term in p for p in paragraphs), len(paragraphs))
    halved = {t for t in terms if (is_verb(t) or t in framing) and t not in things}
    return {t: stats.idf(t) * (FRAMING_RARITY if t in halved else 1.0) for t in terms}


def answer_question(
    searcher: Searcher,
    question: str,
    max_citations: int = MAX_CITATIONS,
    config: EvidenceConfig | None = None,
) -> Answer:
    question = validate_query(question, 10, "hybrid")
    config = config or EvidenceConfig()
    each = superlatives.as_each_district(question)
    if each is not None:
        answer = answer_question(searcher, each, max_citations, config)
        notice = f"{superlatives.NOTICE}。{answer.notice}" if answer.answered else answer.notice
        return replace(answer, query=question, notice=notice)
    if is_meta_question(question) and not _asks_what_unnamed_district_did(searcher, question):
        answered, text, notice = meta_answer(question, searcher.reports)
        return Answer(question, text, "extractive", answered, False, [], reason="meta", notice=notice)
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    notes = _scope_notes(scope, searcher)
    if scope.unknown_districts and not scope.districts:
        return _declined(question, [], notes, False, 0.0, "unknown_district", notes[0])
    scoped = check_scope(question, scope, searcher.reports)
    grouped = scope.cross_district and len(scope.districts) != 1
    if issued.asks_issue_date(question) and not scoped.declined_notice:
        return issued.issue_date_answer(searcher, question, scoped.reports)
    if scoped.declined_notice:
        closest = _closest_in_scope(searcher, question, scoped)
        return _declined(
            question, closest, notes, grouped, 0.0, "no_report_for_scope", scoped.declined_notice
        )
    numbers = document_numbers.named_numbers(question)
    written = document_numbers.where_written(numbers, _vocabulary(searcher).by_report) if numbers else {}
    absent = [n for n, reports in written.items() if not reports]
    if absent:
        closest = searcher.search(question, k=CLOSEST_PASSAGES, scoped=False)
        notice = f"报告中没有写到所问的文号（…{absent[0]}），它们不引用这份文件。"
        return _declined(question, closest, notes, grouped, 0.0, "not_covered", notice)
    # A figure the indicator table holds is answered from it: one line per report in scope,
    # each number cited to the sentence stating it.
    asked = _Question(searcher, question, scope)
    # A question stating a figure asks what it counts or who reports it, not for the figure.
    from_table = None if asked.figures else answer_from_indicators(searcher, question)
    if from_table is not None and _states_all_asked(asked, from_table.citations):
        if amount_judged(question):  # 罚款高不高: the figure, and that no report judges it
            return replace(from_table, notice=f"{AMOUNT_NOTICE}；{from_table.notice}")
        return from_table
    # Otherwise the sentences are checked as any answer is: the table's indicator is near what
    # was asked (查实 of the 举报 received, attendance at one event) but not it.
    if grouped:
        return _grouped_answer(searcher, asked, scoped, notes, max_citations, config)
    one_province = len(scope.districts) > 1 and len(scope.provinces) == 1  # 重庆怎么开展普法
    # A 文号 one report writes names that report's document, or one it cites: answer from it.
    writing = sorted({r for reports in written.values() for r in reports})
    filters = Filters(
        district=scope.districts[0] if len(scope.districts) == 1 else None,
        province=scope.provinces[0] if one_province else None,
        year=scoped.year,
        report=scoped.report_id or (writing[0] if len(writing) == 1 else None),
        section_type=PLAN_SECTION if scoped.plan_notice or asks_future(question) else None,
    )
    hits = _search_plans_first(searcher, asked.search_text, PASSAGES_PER_QUESTION, filters)
    verdict = _verdict(searcher, asked, hits, max_citations, config, filters)
    if verdict.supported and numbers:  # of the sentences found, those writing the 文号 answer
        verdict.citations = document_numbers.citing(numbers, verdict.citations) or verdict.citations
    elif writing:  # 鄂司发〔2022〕2号是什么: the sentences writing it are what the reports say of it
        found = [s.citation for s in scored_sentences(searcher, hits, asked.vector, asked.score_terms)]
        found = document_numbers.citing(numbers, found)[:max_citations]
        if found:
            verdict = Verdict(True, "answered", found, best_score=verdict.best_score)
    correction = None
    direction = premise.asked_direction(question) if not verdict.supported else None
    if direction:  # 处罚金额下降了多少, where the report says it rose: the correction is the answer
        candidates = scored_sentences(searcher, hits, asked.vector, asked.score_terms)
        against = premise.contradicting(candidates, direction, asked.terms, question)[:max_citations]
        if against:
            verdict = Verdict(True, "answered", against, best_score=verdict.best_score)
            correction = premise.correction_notice(direction)
    stated = {f.raw for f in asked.figures}
    if (
        not verdict.supported
        and stated
        and set(verdict.uncovered) == stated
        and _correctable(searcher, asked, filters)
    ):
        # 北碚区在20个重点领域…, where the report says 10个: the report's own figure is the answer.
        corrected = _figure_corrected(searcher, asked, hits, max_citations, config, filters)
        if corrected is not None:
            verdict, correction = corrected
    if not verdict.supported:
        elsewhere = _said_elsewhere(searcher, asked, verdict, filters)
        return _declined_by_evidence(question, hits, notes, False, verdict, asked, notice=elsewhere)
    lines = [
        f"{district_label(c.district, c.report_id)}（{c.year or '年份不详'}）：{c.text}[{i}]"
        for i, c in enumerate(verdict.citations, 1)
    ]
    notice = correction or scoped.plan_notice or "以下句子摘自报告原文，每句都标注了出处。"
    if asked.judgement:
        notice = f"{JUDGEMENT_NOTICE}；{notice}"
    elif amount_judged(question):
        notice = f"{AMOUNT_NOTICE}；{notice}"
    return Answer(
        question,
        "\n".join(notes + lines),
        "extractive",
        True,
        False,
        verdict.citations,
        notes=notes,
        evidence=verdict.best_score,
        notice=notice,
    )


def topic_evidence(
    searcher: Searcher, topic: str
) -> tuple[Callable[[Filters], tuple[list[Hit], Verdict]], list[str]]:
    """The evidence check of `ask`, for a topic in one district at a time (compare), and the
    topic's content terms: per filter, the passages found and the verdict on them, the same
    way a several-district answer checks each district.
    A similarity line alone listed districts that never word the topic (应急预案 for a report
    without 预案) and missed ones that word it differently (危化 for 危险化学品)."""
    asked = _Question(searcher, topic, QueryScope())
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
        return hits, _verdict(searcher, asked, hits, SENTENCES_PER_DISTRICT, config, filters)

    return check, asked.terms


def _grouped_answer(
    searcher: Searcher,
    asked: _Question,
    scoped: ScopedReports,
    notes: list[str],
    max_citations: int,
    config: EvidenceConfig,
) -> Answer:
    """One entry per district whose reports support an answer, strongest evidence first."""
    supported: list[tuple[str, list[Citation]]] = []
    lead: dict[str, Verdict] = {}
    failures: list[Verdict] = []
    unsaid: dict[str, str] = {}  # per district left out: why, in words true of its report
    evidence = 0.0
    groups = district_groups(searcher, asked.scope, scoped)
    for label, filters in groups:
        filters = Filters(
            district=filters.district,
            report=filters.report,
            year=scoped.year,
            section_type=PLAN_SECTION if scoped.plan_notice or asks_future(asked.text) else None,
        )
        hits = _search_plans_first(searcher, asked.search_text, PASSAGES_PER_DISTRICT, filters)
        verdict = _verdict(searcher, asked, hits, SENTENCES_PER_DISTRICT, config, filters)
        evidence = max(evidence, verdict.best_score)
        if verdict.supported:
            supported.append((label, verdict.citations))
            lead[label] = verdict
        else:
            failures.append(verdict)
            unsaid[label] = _unsaid(searcher, asked, verdict, filters)
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
    chosen = round_robin(supported, max_citations)
    if not chosen:
        closest = searcher.search(
            asked.text, k=CLOSEST_PASSAGES, filters=Filters(year=scoped.year), scoped=False
        )
        figure_missing = sum(v.reason == "no_figure" for v in failures) * 2 >= len(failures)
        worst = Verdict(False, "no_figure" if asked.asked and figure_missing else "not_covered")
        worst.uncovered = commonly_uncovered(failures)
        return _declined_by_evidence(asked.text, closest, notes, True, worst, asked, evidence)
    asked_sections = section_types_asked(normalize_for_matching(asked.text))
    if asked.check.wants_plan or scoped.plan_notice:
        asked_sections += (NEXT_STEPS,)
    lines, number, not_done = [], 0, []
    for label, group in chosen:
        parts = []
        for citation in group:
            number += 1
            parts.append(f"{citation.text}[{number}]")
        only_from = only_from_label(searcher, group, asked_sections)
        if only_from:
            not_done.append(label)
        lines.append(f"{label}{only_from}：" + "".join(parts))
    citations = [c for _, group in chosen for c in group]
    names = "、".join(label for label, _ in chosen)
    if asked.judgement:
        notice = f"{JUDGEMENT_NOTICE}；以下是{names}报告中的相关内容，供自行比较。"
    else:
        notice = f"报告中有相关内容的区：{names}"
        # Saying the others have nothing is only true when there are others.
        listed = {label for label, _ in chosen}
        missing = [label for label, _ in groups if label not in listed]
        if missing and asked.scope.districts:  # 硚口区和普陀区…: the one left out is named, and why
            why: dict[str, list[str]] = {}  # districts left out for the same reason, named together
            for label in missing:
                why.setdefault(unsaid.get(label, "的报告中没有找到回答这个问题的句子"), []).append(label)
            notice += (
                "；" + "；".join(f"{'、'.join(labels)}{reason}" for reason, labels in why.items()) + "。"
            )
        else:
            notice += "；其他区的报告没有找到支持的句子。" if missing else "。"
    if not_done:
        notice += f"其中{'、'.join(not_done)}的相关句子只是计划或问题与不足，不是已做的工作。"
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


def _unsaid(searcher: Searcher, asked: _Question, verdict: Verdict, filters: Filters) -> str:
    """Why a named district is left out of a grouped answer, saying only what is true of its
    report: the asked words it never writes (举报投诉, where it writes 举报), or that no sentence
    of it answers. "Has nothing on it" would be false of a report wording the subject otherwise."""
    reports = _report_ids(searcher, filters)
    vocabulary = _vocabulary(searcher)
    never = [t for t in verdict.uncovered if not vocabulary.said_in(t, asked.text, reports)]
    if never:
        return f"的报告没有写到“{'”“'.join(never[:3])}”"
    return "的报告中没有找到回答这个问题的句子"


def _asks_what_unnamed_district_did(searcher: Searcher, question: str) -> bool:
    """匿名区的执法情况怎么样 is about that district's work; 匿名区是哪份报告 about the collection."""
    if not names_unnamed_district(question):
        return False
    vocabulary = _vocabulary(searcher)
    places = {normalize_for_matching(p) for p in searcher.places}  # 匿名区在武汉吗 asks where it is

    def subject(term: str) -> bool:
        return vocabulary.knows(term, question) and not any(p.startswith(term) for p in places)

    return asks_about_work(searcher._tokenizer, question, subject)


def _search_plans_first(searcher: Searcher, query: str, k: int, filters: Filters) -> list[Hit]:
    """The passages for an answer; confined to plan sections, those of a report whose plans are
    not typed as such (a heading joining shortcomings and plans) fall back to the whole report."""
    hits = searcher.search(query, k=k, filters=filters, scoped=False)
    if not hits and filters.section_type == PLAN_SECTION:
        hits = searcher.search(query, k=k, filters=replace(filters, section_type=None), scoped=False)
    return hits


def _verdict(
    searcher: Searcher,
    asked: _Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
) -> Verdict:
    candidates = scored_sentences(searcher, hits, asked.vector, asked.score_terms)
    if asked.figures:  # only a sentence writing every stated figure can say what it counts
        candidates = [
            c
            for c in candidates
            if all(stated_figures.states_as_written(c.citation.text, f, asked.text) for f in asked.figures)
        ]
        if not candidates:
            return Verdict(False, "not_covered", uncovered=[f.raw for f in asked.figures])
        # Writing the very figure is the evidence a similarity floor stands in for elsewhere:
        # 一百二十七件是什么 leaves no topic to embed.
        config = replace(config, sentence_floor=float("-inf"))
    if asked.quoted:  # “沙小安”是哪个区的: only a sentence writing the name says whose it is
        candidates = [
            c for c in candidates if all(quoted.writes(c.citation.text, n, asked.text) for n in asked.quoted)
        ]
        if not candidates:
            return Verdict(False, "not_covered", uncovered=list(asked.quoted))
    if asked.modifiers:  # 多少家危化企业: a sentence counting 企业 without 危化 counts something else
        narrowed = [
            c
            for c in candidates
            if all(
                words_term(wordings(m, asked.text), normalize_for_matching(c.citation.text))
                for m in asked.modifiers
            )
        ]
        if not narrowed:
            return Verdict(False, "not_covered", uncovered=list(asked.modifiers))
        candidates = narrowed
    reports = _reports_in(searcher, filters)
    check = asked.check
    if reports is not None:
        vocabulary = _vocabulary(searcher)
        check = replace(check, said_in_scope=lambda term: vocabulary.said_in(term, asked.text, reports))
    verdict = check_evidence(candidates, check, limit, config)
    if not (verdict.supported and asked.slot):
        return verdict
    # The topic is there; the answer is only a sentence holding what is asked (a date, a name).
    filled = check_evidence(
        [c for c in candidates if slots.fills(asked.slot, c.citation.text, asked.text)], check, limit, config
    )
    if filled.supported:
        return filled
    return Verdict(False, "not_covered", best_score=verdict.best_score, missing_slot=asked.slot)


def _correctable(searcher: Searcher, asked: _Question, filters: Filters) -> bool:
    """Whether the question's one exact figure may be corrected: asked of one district or report
    (罚款7.1万元的是哪个区 asks who, not whether), and written in none of its reports' text
    (the passages searched may just have missed it)."""
    if len(asked.figures) != 1 or not (filters.district or filters.report):
        return False
    figure = asked.figures[0]
    if figure.approx or figure.value_max is not None:  # 20余家, 3至5家: not one value to contradict
        return False
    return not _reports_writing(searcher, asked, figure, _report_ids(searcher, filters))


def _reports_writing(searcher: Searcher, asked: _Question, figure: Numeral, reports: list[str]) -> list[str]:
    """Those of the reports whose text writes the figure in the question's unit, anywhere."""
    texts = _vocabulary(searcher).by_report
    return [r for r in reports if stated_figures.states_as_written(texts.get(r, ""), figure, asked.text)]


def _figure_corrected(
    searcher: Searcher,
    asked: _Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
) -> tuple[Verdict, str] | None:
    """The sentences on the asked topic that state its figure otherwise, in the same unit, and
    the notice correcting the question; None when no such sentence passes the evidence check."""
    figure = asked.figures[0]
    topic_only = copy.copy(asked)
    topic_only.figures = ()
    verdict = _verdict(searcher, topic_only, hits, limit, config, filters)
    stating = [c for c in verdict.citations if stated_figures.other_figures(c.text, figure, asked.text)]
    if not verdict.supported or not stating:
        return None
    said = stated_figures.other_figures(stating[0].text, figure, asked.text)
    notice = (
        f"报告写的是{'、'.join(dict.fromkeys(said))}，不是问题所说的"
        f"{stated_figures.as_written(asked.text, figure)}；以下是报告原句。"
    )
    return Verdict(True, "answered", stating, best_score=verdict.best_score), notice


def _said_elsewhere(searcher: Searcher, asked: _Question, verdict: Verdict, filters: Filters) -> str | None:
    """For a scoped question declined as not covered: the notice naming what the asked
    district's (or city's, or year's) reports never word, and which other reports do; None when
    every missing term is worded somewhere in scope (the sentences found just do not say it)."""
    scope = _reports_in(searcher, filters)
    if verdict.reason != "not_covered" or scope is None:
        return None
    vocabulary = _vocabulary(searcher)
    where = (
        filters.district
        or filters.province
        or (district_label(None, filters.report) if filters.report else None)
        or (f"{filters.year}年" if filters.year else "所问范围内")
    )
    figures = {f.raw: f for f in asked.figures}
    stated = [figures[t] for t in verdict.uncovered if t in figures]
    if stated:  # 15家: only a report writing 15 of the same unit states it (not 15分钟)
        return _figure_said_elsewhere(searcher, asked, stated[0], scope, where)
    absent = [t for t in verdict.uncovered if not vocabulary.said_in(t, asked.text, scope)]
    if not absent:
        return None
    others = [
        district_label(r.get("district"), r["report_id"])
        for r in searcher.reports
        if r["report_id"] not in scope and vocabulary.said_in(absent[0], asked.text, [r["report_id"]])
    ]
    notice = f"{where}的报告中没有关于“{'”“'.join(absent[:3])}”的内容"
    return notice + (f"；{'、'.join(dict.fromkeys(others))}的报告提到了。" if others else "。")


def _figure_said_elsewhere(
    searcher: Searcher, asked: _Question, figure: Numeral, scope: list[str], where: str
) -> str | None:
    """The notice of a stated figure no sentence found writes: that the asked reports do not
    write it, and which other reports write it in the same unit; None when the asked reports'
    text does write it (the passages searched missed it)."""
    written = stated_figures.as_written(asked.text, figure)
    writing = set(_reports_writing(searcher, asked, figure, [r["report_id"] for r in searcher.reports]))
    if writing & set(scope):
        return None
    others = [
        district_label(r.get("district"), r["report_id"])
        for r in searcher.reports
        if r["report_id"] in writing
    ]
    notice = f"{where}的报告中没有写到“{written}”这个数字"
    if others:
        return notice + f"；写到“{written}”的是{'、'.join(dict.fromkeys(others))}的报告，所说的事未必相同。"
    return notice + "，其他报告也没有。"


def _report_ids(searcher: Searcher, filters: Filters) -> list[str]:
    """The ids of the reports a filtered answer may cite, every report's when unfiltered."""
    reports = _reports_in(searcher, filters)
    return [r["report_id"] for r in searcher.reports] if reports is None else reports


def _reports_in(searcher: Searcher, filters: Filters) -> list[str] | None:
    """The ids of the reports a filtered answer may cite; None when that is every report."""
    reports = [
        r["report_id"]
        for r in searcher.reports
        if (filters.district is None or r.get("district") == filters.district)
        and (filters.province is None or r.get("province") == filters.province)
        and (filters.year is None or r.get("year") == filters.year)
        and (filters.report is None or r["report_id"] == filters.report)
    ]
    return None if len(reports) == len(searcher.reports) else reports


_VOCABULARIES: dict[tuple[str, str], Vocabulary] = {}


def _vocabulary(searcher: Searcher) -> Vocabulary:
    """The corpus's words, read once per loaded index version."""
    key = (str(searcher.index_dir), searcher.version)
    if key not in _VOCABULARIES:
        _VOCABULARIES[key] = Vocabulary(
            {r["report_id"]: searcher.cleaned_text(r["report_id"]) for r in searcher.reports}
        )
    return _VOCABULARIES[key]


def _declined_by_evidence(
    question: str,
    closest: list[Hit],
    notes: list[str],
    grouped: bool,
    verdict: Verdict,
    asked: _Question,
    evidence: float | None = None,
    notice: str | None = None,
) -> Answer:
    """Declined for what the evidence check found missing; `notice`, when given, says it better
    (which other reports speak of the subject)."""
    if notice is None and verdict.missing_slot:
        notice = f"报告谈到了相关内容，但没有写明所问的{slots.WHAT[verdict.missing_slot]}。"
    elif notice is None and verdict.reason == "no_figure":
        what = f"“{''.join(asked.modifiers)}{asked.target}”的" if asked.target else "所问的"
        figure = "排名" if asked.asked and asked.asked.kinds == ("rank",) else "具体数字"
        notice = f"报告提到了相关工作，但没有给出{what}{figure}。"
    elif notice is None and verdict.uncovered:
        # "No content on X" only of words no report writes; of others, what is true: the
        # sentences found do not word them (信访 is in no report, 收到 is in many).
        never = [t for t in verdict.uncovered if t in asked.check.unknown]
        if never:
            notice = f"报告中没有关于“{'”“'.join(never[:3])}”的内容。"
        else:
            notice = (
                f"报告中没有找到回答这个问题的句子：找到的句子没有写到“{'”“'.join(verdict.uncovered[:3])}”。"
            )
    elif notice is None:
        notice = "报告中没有找到能回答这个问题的内容。"
    score = verdict.best_score if evidence is None else evidence
    return _declined(question, closest[:CLOSEST_PASSAGES], notes, grouped, score, verdict.reason, notice)


def _declined(
    question: str,
    closest: list[Hit],
    notes: list[str],
    grouped: bool,
    evidence: float,
    reason: str,
    notice: str,
) -> Answer:
    lines = [*notes] if reason == "unknown_district" else [*notes, notice]
    if closest:
        lines.append("以下是最接近的段落，仅供参考，不是答案。")
    return Answer(
        question,
        "\n".join(dict.fromkeys(lines)),
        "extractive",
        False,
        grouped,
        [],
        closest=closest,
        notes=notes,
        evidence=evidence,
        reason=reason,
        notice=notice,
    )


def _closest_in_scope(searcher: Searcher, question: str, scoped: ScopedReports) -> list[Hit]:
    """For a year without a report: what the district's reports do say, marked as not the answer."""
    districts = {r.get("district") for r in scoped.reports}
    district = next(iter(districts)) if len(districts) == 1 else None
    return searcher.search(question, k=CLOSEST_PASSAGES, filters=Filters(district=district), scoped=False)


def _scope_notes(scope: QueryScope, searcher: Searcher) -> list[str]:
    notes = []
    if scope.unknown_districts:
        known = "、".join(searcher.districts())
        notes.append(f"语料中没有{'、'.join(scope.unknown_districts)}的报告（现有：{known}）。")
    return notes


def _without_scope(question: str, scope: QueryScope, searcher: Searcher) -> str:
    text = normalize_for_matching(question)
    for district in scope.districts:
        full = normalize_for_matching(district)
        text = text.replace(full, "").replace(full[:-1], "")
    for place in searcher.places:  # 武汉硚口区: 武汉 is scope, not topic
        full = normalize_for_matching(place)
        text = text.replace(full, "").replace(full[:-1], "") if len(full) > 2 else text
    for year in (*scope.years, *scope.other_years):
        text = text.replace(f"{year}年", "")
    return text.strip() or question
