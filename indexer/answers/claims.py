"""What a question claims, checked against the sentences found for it.

A question often carries a premise: a date, a figure, a holder, a status, a change. A chatbot
repeating sentences that merely share the subject would confirm it. So once the evidence check
has a verdict, each claim is held against the sentences: where a sentence says otherwise it
becomes the answer, said as a correction; where the report denies the thing, the denial is the
answer; where it says nothing of the claim, the question is declined, naming what is missing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from indexer.answers import (
    allocation,
    built,
    charges,
    crossed,
    dates,
    document_numbers,
    formulas,
    joint_totals,
    list_count,
    masked,
    misnamed,
    not_first,
    only_award,
    ordinals,
    organisations,
    paired_figures,
    partial,
    polarity,
    premise,
    quoted,
    recipients,
    roles,
    shares,
    skipped_months,
    stated_figures,
    statuses,
    titles,
)
from indexer.answers.answer_types import Answer, Citation, quoted_answer
from indexer.answers.apart import written_apart
from indexer.answers.corrections import (
    correctable,
    figure_beside_topic,
    figure_corrected,
    figure_corrected_without_unsaid,
    figure_misplaced,
    never_mentioned,
    said_elsewhere,
)
from indexer.answers.declined import declined_by_evidence
from indexer.answers.evidence import EvidenceConfig, Verdict
from indexer.answers.figures import CLAUSE_BREAK, asks_count, quantity_asked
from indexer.answers.question import Question, corpus_vocabulary
from indexer.answers.sentences import Scored, scored_sentences
from indexer.answers.terms import wordings, words_term
from indexer.answers.verdicts import report_ids
from indexer.records import Hit
from indexer.retrieval.search import Filters, Searcher
from indexer.text.normalize import normalize_for_matching

# Words joining two claims in one question (建立了制度并聘请了律师, 培训和演练): each may have its
# sentence. Read as words, not characters: 及时, 参与, 涉及 join nothing.
_JOINING_WORDS = frozenset("和 与 及 并 、 以及 还有 而且 同时 并且".split())
# A question claiming something first, then asking on it (…评上良好实践案例，它能干什么).
# (a search box's spaces read as commas may cut the claim: 防汛指挥系统 入选应急部良好实践 怎么搞的)
_CLAIM_THEN_QUESTION = re.compile(r"^(?:[^，,？?]+[，,])+[^，,]*(?:什么|哪|几|多少|如何|怎么|怎样|啥)")

# Claims a quoted sentence can contradict (执法大队是3月挂牌的吗, where the report writes 今年6月;
# 142个隐患都整改到位了吗, where it writes 整改到位135个), tried in this order.
_CONTRADICTED_BY_QUOTED = (
    dates.other_date,
    dates.other_event_year,
    dates.other_span,
    dates.other_data_year,
    dates.other_run,
    dates.other_time_for_count,  # 200人一小时内到, where the report writes 200名…半小时以内
    dates.other_period,
    dates.short_of_year,
    dates.other_frequency,
    dates.other_base_year,
    skipped_months.months_not_done,
    skipped_months.other_months_not_done,  # 3月和5月没巡查, where the report skips 3月、10月
    skipped_months.whole_year_not_done,  # 一整年都没巡查, where the report skips 3月、10月
    not_first.first_after_all,
    only_award.other_prize,
    partial.fewer_done,
    partial.fewer_than_found,
    partial.part_as_whole,
    partial.some_as_every,  # 每家企业都贴了码, where 198家重点监管企业 are
    document_numbers.other_number,
    document_numbers.other_issuer,
    # 《上海市…实施细则》（沪应急法规〔2020〕63号）, where that number is the city's 《…实施办法》:
    # the number is written, the title is not
    titles.other_title,
    quoted.other_day_date,  # 借着5·13防灾减灾日, where the report writes 5.12防灾减灾日
    formulas.other_formula,
    allocation.by_group,
    paired_figures.swapped,
    paired_figures.misbound,
    paired_figures.change_of_another,
    crossed.crossed_pairs,
    charges.other_charge,
    statuses.other_status,
    built.quoted_state,
    built.short_of_built,
    built.pilot_only,
    built.honour_unwritten,
    roles.other_holder,
    roles.other_leader,
    recipients.other_recipient,
    organisations.other_organisation,
    only_award.more_than_claimed,  # 仅获优秀组织奖吧, where the sentence adds 总分第一名
    misnamed.other_first_words,  # 森林防火…指挥系统, where the report built the flood one
    misnamed.other_title,  # 安全侠普法微电影, where the report titles it 《应急侠》
)


_SHARE_WORDED = 3


def measured_notice(asked, measured: Verdict) -> str:
    """The correction of a figure claimed in another measure than the sentence writes it in."""
    for figure in asked.figures:
        said = stated_figures.in_other_units(measured.citations[0].text, figure, asked.text)
        if said:
            written = stated_figures.as_written(asked.text, figure)
            return f"报告写的是“{said[0]}”，不是问题所说的“{written}”（计量单位不同）；以下是报告原句。"
    return ""


# A thing's name as questions quote it (“工贸安全在线”, 《…办法》).
_NAMED = re.compile(r"“([^”]{2,})”|《([^》]{2,})》")

# Checks read against sentences of work done only: a plan sentence writes no stage reached.
_OF_WORK_DONE = (built.other_state, built.stage_on_subject, built.not_stopped)


class Claims:
    """The claims of one question against the passages retrieved for it."""

    def __init__(
        self,
        searcher: Searcher,
        asked: Question,
        hits: list[Hit],
        notes: list[str],
        filters: Filters,
        max_citations: int,
        config: EvidenceConfig,
    ) -> None:
        self.searcher = searcher
        self.asked = asked
        self.hits = hits
        self.notes = notes
        self.filters = filters
        self.max_citations = max_citations
        self.config = config

    @cached_property
    def _scored(self) -> list[Scored]:
        """The hits' sentences, scored once for every check that reads them."""
        return scored_sentences(self.searcher, self.hits, self.asked.vector, self.asked.score_terms)

    @property
    def planned_texts(self) -> frozenset[str]:
        """The sentences of the hits that stand among next year's plans."""
        return frozenset(s.citation.text for s in self._scored if s.planned)

    @property
    def _found(self) -> list[Citation]:
        return [s.citation for s in self._scored]

    def _on_subject(self, found: list[Citation] | None = None) -> list[Citation]:
        """The best sentences scoring above the floor (of `found`, by default all the hits'):
        those on the subject of the question."""
        found = self._found if found is None else found
        return [c for c in found[: self.max_citations] if c.score >= self.config.sentence_floor]

    def _event_dated_elsewhere(self, verdict: Verdict) -> tuple[list[Citation], str | None] | None:
        """The sentence dating an event the question dates in a clause of its own (执法大队于
        2022年6月揭牌成立后，…多少家企业), put before the sentences answering the rest, and the
        correction when it writes another date; None when a quoted sentence words the event
        (dates.other_date reads those) or none of the hits' sentences dates it."""
        question = self.asked.text
        if not dates.dates_in(question) or any(
            dates.writes_event(question, c.text) for c in verdict.citations
        ):
            return None
        dating = [
            c for c in self._found if dates.writes_event(question, c.text) and dates.dates_in(c.text, c.year)
        ]
        if not dating:
            return None
        otherwise = dates.other_date(question, dating[:1])
        return [dating[0], *verdict.citations], otherwise[1] if otherwise else None

    def _built_elsewhere(self) -> Citation | None:
        """A sentence of work done writing built the thing the question asks whether it is,
        searched for by the question's words before the claim: the hits may hold only its plan."""
        thing = built.said_before_done(self.asked.text)
        if not thing:
            return None
        # by its name when quoted; in any part of the reports, not only the one asked about
        names = [quoted or titled for quoted, titled in _NAMED.findall(thing)]
        looked_for = f"{' '.join(names)} 建成" if names else thing
        anywhere = replace(self.filters, section_type=None)
        hits = self.searcher.search(looked_for, k=5, filters=anywhere, scoped=False)
        found = scored_sentences(self.searcher, hits, self.asked.vector, self.asked.score_terms)
        return built.written_done(self.asked.text, [s.citation for s in found if not s.planned])

    def checked(self, verdict: Verdict, numbers: list[str]) -> tuple[Verdict, str | None, Answer | None]:
        """The verdict after the question's claims are checked, the correction notice if a
        sentence says otherwise, and the answer when the checks settle it (a denial, a masked
        figure, a decline naming what is missing); a verdict returned alone is supported."""
        question = self.asked.text
        listed = list_count.other_count(self.searcher, question, report_ids(self.searcher, self.filters))
        if listed is not None:  # 主要安排只列了三项, where the report's part lists five
            notice = f"{listed[1]}；以下是报告原句。"
            return verdict, notice, quoted_answer(question, self.notes, listed[0], verdict.best_score, notice)
        verdict, correction, unstated = self._against_premise(verdict)
        placed = self._other_place(verdict)
        if placed is not None:  # 排进第一方阵了吗, where the report writes 第二方阵
            # The sentences that answered the rest (位列第一方阵，明确了多少项任务) follow it.
            clause = ordinals.claim_clause(question)
            asks_more = verdict.supported and any(t not in clause for t in self.asked.terms)
            answering = [c for c in verdict.citations if c not in placed[0]] if asks_more else []
            verdict = Verdict(
                True, "answered", (placed[0] + answering)[: self.max_citations], best_score=verdict.best_score
            )
            correction = placed[1]
        if not correction:
            # 已经建好了，上线以后用得怎么样, where the report lists the system among next year's
            # plans: answered or not, only the plan sentence is the answer (a sentence building
            # another system would read as a yes).
            planned = built.planned_only(
                question,
                [s.citation for s in self._scored if s.planned],
                [s.citation for s in self._scored if not s.planned],
            )
            elsewhere = self._built_elsewhere() if planned is not None else None
            if elsewhere is not None:  # the plan found first; the building, in another part
                others = [c for c in verdict.citations if c.text != elsewhere.text]
                verdict = Verdict(
                    True,
                    "answered",
                    [elsewhere, *others][: self.max_citations],
                    best_score=verdict.best_score,
                )
            elif planned is not None:
                verdict = Verdict(True, "answered", planned[0], best_score=verdict.best_score)
                correction = f"{planned[1]}；以下是报告原句。"
        if numbers and not verdict.supported:  # a wrong number for a document the reports cite
            renumbered = document_numbers.other_number(question, self._found)
            if renumbered is not None:
                verdict = Verdict(True, "answered", renumbered[0], best_score=verdict.best_score)
                correction = f"{renumbered[1]}；以下是报告原句。"
        if verdict.supported and not correction:
            setting = self._event_dated_elsewhere(verdict)
            if setting is not None:
                verdict = replace(verdict, citations=setting[0][: self.max_citations])
                correction = f"{setting[1]}；以下是报告原句。" if setting[1] else correction
        undated = None
        for contradicted in _CONTRADICTED_BY_QUOTED:
            otherwise = (
                contradicted(question, verdict.citations) if verdict.supported and not correction else None
            )
            if otherwise is not None and otherwise[1].startswith(dates.UNDATED):
                # a date the sentences leave out is said only when nothing they do write is
                # contradicted (截至10月底立案6起、处罚企业8家: the figures are crossed)
                undated = undated or otherwise
                continue
            if otherwise is not None:
                verdict = replace(verdict, citations=otherwise[0][: self.max_citations])
                correction = f"{otherwise[1]}；以下是报告原句。"
        if undated is not None and not correction and verdict.supported:
            verdict = replace(verdict, citations=undated[0][: self.max_citations])
            correction = f"{undated[1]}；以下是报告原句。"
        share = self.asked.share
        if share is not None and verdict.supported and not correction:
            # 行业部门的占了一半多吗: the share worked out from the sentence's whole and part, or
            # said to be nowhere; the sentence on the topic alone would read as a yes.
            worked = shares.checked_share(share, [*verdict.citations, *self._on_subject()])
            if worked is None:
                return (
                    verdict,
                    correction,
                    self._declined(Verdict(False, "no_figure"), shares.unstated_notice(share)),
                )
            # The sentence of the figures first, then the verdict's own (not every one on the subject).
            chosen = {(c.report_id, c.start): c for c in [*worked[0], *verdict.citations]}
            verdict = replace(verdict, citations=list(chosen.values())[: self.max_citations])
            correction = f"{worked[1]}；以下是报告原句。"
        if self.asked.asked and verdict.supported and not correction:
            # 那5名个人被罚了多少, where the sentence fines 5名个人，13家企业 together.
            joint = joint_totals.joint_total_notice(
                question,
                self.asked.figures,
                verdict.citations[:1],
                tuple(self.asked.terms),
                self.asked.asked.kinds,
            )
            if joint:
                return verdict, correction, self._declined(Verdict(False, "no_figure"), joint)
        if not self.asked.asked and len(self.asked.figures) > 1 and verdict.supported and not correction:
            # 对13家企业罚款72.8万元, where the 72.8万元 fines 5名个人 with the 13家企业: the claim
            # gives one group the total of several.
            joint = joint_totals.joint_total_notice(question, self.asked.figures, verdict.citations[:1])
            if joint:
                correction = f"{joint.rstrip('。')}，问题把合在一起的总数说成了其中一项的；以下是报告原句。"
        if self.asked.asked and verdict.supported and not correction:
            # one kind asked, where the sentence counts two kinds together (甲及乙人员共计N人).
            summed = joint_totals.kinds_summed_notice(question, verdict.citations[:1])
            if summed:
                return verdict, correction, self._declined(Verdict(False, "no_figure"), summed)
        if self.asked.asked and self.asked.target and verdict.supported and not correction:
            # 那25家加油站查出多少隐患, where the sentence counts the hazards of all it lists
            counted = frozenset(wordings(self.asked.target, question))
            listed = joint_totals.listed_part_notice(
                question, self.asked.terms, counted, self.asked.asked, verdict.citations[0]
            )
            if listed:
                return verdict, correction, self._declined(Verdict(False, "no_figure"), listed)
        if verdict.supported and not correction:
            apart = self._claim_split_across(verdict)
            if apart is not None:  # 防汛决策指挥系统评上良好实践案例了吧: two sentences, two things
                return verdict, correction, self._declined(Verdict(False, "not_covered"), apart)
        if unstated and verdict.supported and _count_asked_apart(question) and not correction:
            # 比上年多了，搞了多少场: the count is answered, the change said to be nowhere.
            correction = f"{unstated.rstrip('。')}；以下报告原句给出的是所问的数字。"
        elif unstated and verdict.supported:
            # 执法检查次数增加了吗, where no sentence states a change of it: the cited sentences
            # only share the subject, and a chatbot would read them as a yes.
            return verdict, correction, self._declined(Verdict(False, "no_figure"), unstated)
        if not verdict.supported and not correction:
            verdict, correction = self._other_wording(verdict)
        if not verdict.supported and (
            verdict.reason == "no_figure" or self.asked.figures or _INSTANCES_PRESUMED.search(question)
        ):
            settled = self._denied_or_masked(verdict)
            if settled is not None:
                return verdict, correction, settled
        verdict, correction = self._stated_figure_corrected(verdict, correction)
        measured = None if verdict.supported else self._in_another_measure(verdict)
        if measured is not None:  # 8750人 claimed, where the report counts 8750人次
            return measured, measured_notice(self.asked, measured), None
        if not verdict.supported:
            if unstated and all(premise.is_change_word(t) for t in verdict.uncovered):
                elsewhere = unstated  # 比上年增加了吗: what is missing is the change, not the word 上年
            else:
                elsewhere = (
                    never_mentioned(self.searcher, self.asked, verdict)
                    # 处罚企业6家，同比增长373.33%, where 373.33% is the fines' rise
                    or _notice_of(
                        paired_figures.change_of_another(question, self._found[: self.max_citations * 2])
                    )
                    or said_elsewhere(self.searcher, self.asked, verdict, self.filters)
                    or self._written_apart(verdict)
                )
            return verdict, correction, self._declined(verdict, elsewhere)
        return verdict, correction, None

    def _in_another_measure(self, verdict: Verdict) -> Verdict | None:
        """The sentence on the subject writing a stated figure in another measure (8750人次 of a
        claimed 8750人, 516家次 of 516家), as the answer; None when none does. Declined, the notice
        said the units differ under passages marked as no answer."""
        # (a figure said exactly, in a sentence wording enough of the question: 四十多人 is met
        # by no 示范站40个, a sentence on another thing)
        measured = [
            (figure.value, citation)
            for figure in self.asked.figures
            if figure.approx is None
            for citation in self._on_subject()
            if self._words_most(citation)
            and stated_figures.in_other_units(citation.text, figure, self.asked.text)
        ]
        # (25个专家…36间油站, where the report writes 36名专家…25家加油站: two figures in each
        # other's measures are swapped, which the decline's notice says; 8750人 said twice is one)
        if len({id(c) for _, c in measured}) != 1 or len({value for value, _ in measured}) != 1:
            return None
        return Verdict(True, "answered", [measured[0][1]], best_score=verdict.best_score)

    def _words_most(self, citation: Citation) -> bool:
        """Whether the sentence words a third of the question's terms or more (the asker's own
        asides, 我就按…填进表里, are terms too)."""
        text = normalize_for_matching(citation.text)
        terms = self.asked.terms
        worded = sum(words_term(wordings(t, self.asked.text) | {t}, text) for t in terms)
        return worded > 0 and worded * _SHARE_WORDED >= len(terms)

    def _claim_split_across(self, verdict: Verdict) -> str | None:
        """For a question claiming one thing of a named subject (a yes-no, or one asking on the
        claim: …评上良好实践案例，它能干什么), answered by sentences of which none words both:
        the notice that the report writes them apart (the sentences read together would confirm
        it); None otherwise. A question joining two claims (建立了…并聘请了…) may be answered by
        two sentences."""
        asked = self.asked
        text = normalize_for_matching(asked.text)
        claims_first = asked.yes_no or _CLAIM_THEN_QUESTION.search(text)
        if not claims_first or asked.figures:
            return None
        if _JOINING_WORDS & set(self.searcher._tokenizer.words(text)):
            return None
        if built.written_done(asked.text, verdict.citations):
            return None  # …等应用的迭代更新，这个应用本身是否已经建成: a quoted sentence says it is
        lead = normalize_for_matching(verdict.citations[0].text)
        missing = [t for t in asked.terms if not words_term(wordings(t, asked.text) | {t}, lead)]
        # Quoted alone, the lead may leave the thing claimed of unworded (防汛决策指挥系统 beside
        # the 工贸 application's case): the sentences on the subject hold the thing, if any does.
        found = (
            verdict.citations if len(verdict.citations) >= 2 else [*verdict.citations, *self._on_subject()]
        )
        return self._written_apart(replace(verdict, reason="not_covered", uncovered=missing), found)

    def _written_apart(self, verdict: Verdict, found: list[Citation] | None = None) -> str | None:
        """For a decline whose missing terms the report does write: that it never writes them
        with the rest of the question (防汛决策指挥系统 and the 良好实践 case it did not win)."""
        if verdict.reason != "not_covered" or self.asked.figures:
            return None
        texts = corpus_vocabulary(self.searcher).by_report
        reports = report_ids(self.searcher, self.filters)
        apart = written_apart(
            self.asked.text,
            self.asked.terms,
            verdict.uncovered,
            self._on_subject() if found is None else found,
            [texts.get(r, "") for r in reports],
        )
        return f"{apart}。" if apart else None

    def _declined(self, verdict: Verdict, notice: str | None) -> Answer:
        return declined_by_evidence(
            self.asked.text, self.hits, self.notes, False, verdict, self.asked, notice=notice
        )

    def _against_premise(self, verdict: Verdict) -> tuple[Verdict, str | None, str | None]:
        """The verdict checked against the change the question presumes, its correction notice,
        and the notice for a presumed change no sentence states (None when neither applies).

        A question presuming a change (事故增加了25%，原因是什么) can be "answered" by a sentence
        stating the figure or the subject; unless one states the presumed change, the sentences
        stating the opposite one are the answer, said as a correction."""
        asked, question = self.asked, self.asked.text
        if premise.asks_either_direction(question):  # 比2022年多了还是少了
            found = self._found
            if not any(premise.stating(found, d, asked.terms, question) for d in ("up", "down")):
                return verdict, None, premise.unstated_change_notice(asked.terms)
            # The sentences stating the change answer which way it went; others on the subject
            # (事故调查…) only stand around it.
            changed = [
                c
                for c in verdict.citations
                if any(premise.stating([c], d, asked.terms, question) for d in ("up", "down"))
            ]
            if verdict.supported and changed:
                verdict = replace(verdict, citations=changed)
            return verdict, None, None
        direction = premise.asked_direction(question)
        presumed = direction is not None and premise.presumes_change(question)
        if not direction or (verdict.supported and not presumed):
            return verdict, None, None
        against = premise.contradicting(self._scored, direction, asked.terms, question)[: self.max_citations]
        # (the words the evidence check found unwritten are no subject a change must word: 群众
        # 反映之…堵点 of 压缩了百分之几, where the sentence writes 群众办事堵点)
        subject = [t for t in asked.terms if t not in verdict.uncovered] or asked.terms
        confirmed = verdict.supported and premise.stating(verdict.citations, direction, subject, question)
        if against and not confirmed:  # 处罚金额下降了多少, where the report says it rose
            corrected = Verdict(True, "answered", against, best_score=verdict.best_score)
            return corrected, premise.correction_notice(direction), None
        # (a change only asked about at the end, 跟以前比降了吧, is corrected when the other way is
        # stated, and otherwise answered as before: 压缩审批时限 gives no figure, and says it fell)
        if (
            presumed
            and not premise.claimed_at_end_only(question)
            and not premise.stating(self._found, direction, subject, question)
        ):
            return verdict, None, premise.unstated_notice(direction, subject)
        return verdict, None, None

    def _other_place(self, verdict: Verdict) -> tuple[list[Citation], str] | None:
        """The sentences writing another place than the one claimed, and the notice: among the
        sentences quoted, or, when the claimed place is all that is missing (总分第二名, where
        the report writes 第一名), among those on the subject."""
        question = self.asked.text
        clause = ordinals.claim_clause(question)
        ranked = [t for t in self.asked.terms if not ordinals.claims(question, t)]
        in_clause = [t for t in ranked if t in clause]
        if all(ordinals.ranking_word(t) for t in in_clause):  # 全市排名第二: what is ranked came before
            in_clause = []
        subject = [wordings(t, question) for t in (in_clause or ranked)]
        if verdict.supported:
            return ordinals.other_place(question, verdict.citations, subject)
        if not verdict.uncovered or not all(ordinals.claims(question, t) for t in verdict.uncovered):
            return None
        above_floor = [c for c in self._found if c.score >= self.config.sentence_floor]
        return ordinals.other_place(question, above_floor, subject)

    def _other_wording(self, verdict: Verdict) -> tuple[Verdict, str | None]:
        """An unsupported verdict answered by the sentence writing the claim the other way: two
        figures swapped, another status of a document, another charge, another length of a run."""
        question = self.asked.text
        if len(self.asked.figures) > 1:
            # 对13名个人和5家企业罚款, where the report fines 5名个人、13家企业: no figure is written
            # as asked, and the sentence writing both the other way round is the answer
            swapped = paired_figures.swapped(question, self._found[: self.max_citations])
            if swapped is not None:
                verdict = Verdict(True, "answered", swapped[0][:1], best_score=verdict.best_score)
                return verdict, f"{swapped[1]}；以下是报告原句。"
        # The claim the other way among the sentences on the subject, whatever else goes
        # unanswered: 那份办法保留下来了吧 / 为什么这么处理, where the report writes 废止 (statuses);
        # 以危险作业罪移送的2起是怎么办的, where it writes 重大责任事故罪; 连续十年, where it writes 八年.
        # 还停留在规划阶段, where it writes 建成 (built), in a sentence of work done.
        done = self._on_subject([s.citation for s in self._scored if not s.planned])
        for other_wording in (
            statuses.other_status,
            charges.other_charge,
            dates.other_run,
            built.other_state,
            built.stage_on_subject,  # 上线以后, where the report writes 建设立项
            built.not_stopped,  # 为什么停用了…系统, where the report writes 全面启用
            formulas.other_formula,  # “3+7”制度支撑体系, where the report writes “3+8”
            titles.other_title,  # 《…实施细则》, where the report writes 《…办法》
            allocation.by_group,  # 人手一台, where the report writes 按组配发
            organisations.other_organisation,  # 大成律师事务所, where the report writes 德和衡
            skipped_months.months_not_done,  # 一个月都没落下, where the report skips 3月、10月
            skipped_months.other_months_not_done,
            skipped_months.whole_year_not_done,
        ):
            other = other_wording(question, done if other_wording in _OF_WORK_DONE else self._on_subject())
            if other is not None:
                # The sentence writing it alone: the others only share the subject.
                verdict = Verdict(True, "answered", other[0][:1], best_score=verdict.best_score)
                return verdict, f"{other[1]}；以下是报告原句。"
        return verdict, None

    def _denied_or_masked(self, verdict: Verdict) -> Answer | None:
        """The answer when the report denies what is asked or hides its figure, else None.

        有几名干部因廉政问题受到查处, where the report writes 没有发生因廉政问题受查处的情况: none
        is the answer, not a figure the report leaves out; so too of 有1件败诉了, where it writes
        无败诉案件, before any figure of the sentence is offered as a correction."""
        asked = self.asked
        found = self._on_subject()
        denied = polarity.denied_clause(asked.text, asked.terms, [c.text for c in found])
        if polarity.denied_graver_only(asked.text, denied):  # 较大及以上 denied: no answer to 事故 asked
            denied = ""
        hidden = masked.masked_count_notice(
            asked.target,
            asked.asked,
            [c.text for c in found],
            "".join(asked.modifiers) + (asked.target or ""),
        )
        denying = [c for c in found if denied and denied in normalize_for_matching(c.text)]
        if denying:
            notice = f"报告的相关句子写的是“{denied}”：{polarity.NOT_DONE}；以下是报告原句。"
            return quoted_answer(asked.text, self.notes, denying, verdict.best_score, notice)
        # 还有几个人没通过考试, where the report writes 均已通过: none did not.
        everyone = polarity.all_done_clause(asked.text, [c.text for c in found])
        stating = [c for c in found if everyone and everyone in normalize_for_matching(c.text)]
        if stating:
            notice = f"报告的相关句子写的是“{everyone}”：都已做到，没有未做到的；以下是报告原句。"
            return quoted_answer(asked.text, self.notes, stating[:1], verdict.best_score, notice)
        if hidden and verdict.reason == "no_figure":  # 事项***项: the report hides the figure
            return self._declined(verdict, hidden)
        return None

    def _unworded_beside_figure(self, verdict: Verdict) -> list[str]:
        """The question's terms the quoted sentence stating its one figure leaves to other quoted
        sentences (2500多家 of 线上管理, beside the sentence wording 建档“画像”): the figure
        claimed of them may be of something else."""
        if len(self.asked.figures) != 1:
            return []
        figure = self.asked.figures[0]
        stating = [
            c
            for c in verdict.citations
            if stated_figures.states_as_written(c.text, figure, self.asked.text, of_what_is_asked=False)
        ]
        if not stating or len(stating) == len(verdict.citations):
            return []
        text = normalize_for_matching(stating[0].text)
        return [t for t in self.asked.terms if not words_term(wordings(t, self.asked.text), text)]

    def _stated_figure_corrected(
        self, verdict: Verdict, correction: str | None
    ) -> tuple[Verdict, str | None]:
        """A figure the question states and no sentence writes, corrected by the report's own:
        北碚区在20个重点领域…, where the report says 10个."""
        stated = {f.raw for f in self.asked.figures}
        if not stated or correction:
            return verdict, correction
        if dates.counts_timed(self.asked.text):
            # 200名30分钟内到: the count's own time read first (半小时 is 30分钟; the 15分钟 beside
            # it is the 50名's), not any figure of the sentence in the same unit
            found = self._found[: self.max_citations * 2]
            timed = dates.other_time_for_count(self.asked.text, found)
            agreeing = dates.time_for_count_agreed(self.asked.text, found) if timed is None else None
            if timed is not None or agreeing is not None:
                first = timed[0][0] if timed is not None else agreeing
                # (the sentences that answered the rest follow it: the “252” mechanism named)
                rest = [c for c in verdict.citations if c.text != first.text] if verdict.supported else []
                cited = Verdict(
                    True, "answered", [first, *rest][: self.max_citations], best_score=verdict.best_score
                )
                return cited, f"{timed[1]}；以下是报告原句。" if timed is not None else correction
        args = (self.searcher, self.asked, self.hits, self.max_citations, self.config, self.filters)
        if verdict.supported:
            # 220家重点企业贴了企码吗, answered by the sentence writing 220家 of other records and
            # never 企码: the sentence wording 企码 counts 198家, and that is the answer.
            unworded = verdict.uncovered or self._unworded_beside_figure(verdict)
            corrected = figure_beside_topic(*args, unworded) if unworded else None
            return corrected if corrected is not None else (verdict, correction)
        if set(verdict.uncovered) == stated and correctable(self.searcher, self.asked, self.filters):
            # 移送了5起案去司法机关: the report names no 司法机关, and its 2起 still corrects the 5起
            corrected = figure_corrected(*args) or figure_corrected_without_unsaid(*args)
        else:
            # 检查企业579家次，同比增长200%: both written, the 200% of the firms fined; not "6家,
            # not 579家", which a misplaced figure's correction would say
            changed = paired_figures.change_of_another(self.asked.text, self._found[: self.max_citations * 2])
            if changed is not None:
                # the two sentences it speaks of first, then the rest found, which may answer what
                # the question goes on to ask (同期立了几起案: 立案8起)
                cited = Verdict(
                    True, "answered", changed[0][: self.max_citations], best_score=verdict.best_score
                )
                return cited, f"{changed[1]}；以下是报告原句。"
            corrected = figure_misplaced(*args, verdict.uncovered)
            if corrected is None and correctable(self.searcher, self.asked, self.filters):
                # 3件 of the documents reviewed, where only 政协提案3件 writes 3件: the sentence found
                # writes the figure and none of the topic, whose own sentence corrects it
                corrected = figure_corrected(*args) or figure_corrected_without_unsaid(*args)
        return corrected if corrected is not None else (verdict, correction)


# A question presuming the cases it asks about (那几起行政复议…维持了吧): a report saying none
# happened answers it, whatever detail it asks of them.
# ... or asks how many of them were so (复议案件里有几起被纠错).
_INSTANCES_PRESUMED = re.compile(
    r"[那这](?:几|两|三|些)(?:起|件|个|宗|次)|(?:案件|案子)(?:里|中|当中)(?:有)?(?:几|多少)"
    # … or what was done in them (诉讼案件中，局长都出庭了吗)
    r"|(?:复议|诉讼)的?(?:案件|案子)(?:里|中|当中)"
)


def _count_asked_apart(question: str) -> bool:
    """Whether a clause of its own asks a count, beside the clause presuming a change (比上年多了，
    搞了多少场); 比上年多了多少场 asks the change itself."""
    return any(
        quantity_asked(clause) is not None
        and asks_count(clause)
        and premise.asked_direction(clause) is None
        and not premise.asks_either_direction(clause)
        for clause in CLAUSE_BREAK.split(normalize_for_matching(question))
    )


def _notice_of(corrected: tuple[list[Citation], str] | None) -> str | None:
    """A correction's notice alone, for a decline (its sentences are not quoted)."""
    return f"{corrected[1]}。" if corrected else None
