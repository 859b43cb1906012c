"""The passages an answer is looked for in, and the verdict of the evidence checks on their
sentences: stated figures, quoted names and counted modifiers written, every content term
covered, the asked slot filled."""

from __future__ import annotations

import re
from dataclasses import replace

from indexer.answers import paired_figures, quoted, rates, slots, stated_figures, totals, year_spans
from indexer.answers.answer_types import Citation
from indexer.answers.changed import change_verb, changed_things, changes_of
from indexer.answers.evidence import Asked, EvidenceConfig, Scored, Verdict, check_evidence
from indexer.answers.figures import CLAUSE_BREAK, counted_by, has_figure, quantity_asked
from indexer.answers.question import OCCURRED, Question, corpus_vocabulary
from indexer.answers.scope_check import asks_plans
from indexer.answers.sentences import scored_sentences
from indexer.answers.terms import in_quotes, is_place_name, is_verb, may_be_verb, wordings, words_term
from indexer.records import Hit
from indexer.retrieval.search import Filters, Searcher
from indexer.text.normalize import normalize_for_matching
from indexer.text.section_types import NEXT_STEPS, PROBLEMS
from indexer.text.sentences import SENTENCE_END

# How many passages after one naming a quoted mechanism are read for its figures.
NAMING_PARAGRAPH_PASSAGES = 4
# The floor under a sentence's score in a problems section searched for shortcomings (compare's).
SHORTCOMING_SENTENCE_FLOOR = 0.8


def search_section_first(searcher: Searcher, query: str, k: int, filters: Filters) -> list[Hit]:
    """The passages for an answer; confined to one type of section (plans, problems), those of
    a report without such a section typed (a heading joining shortcomings and plans) fall back
    to the whole report."""
    hits = searcher.search(query, k=k, filters=filters, scoped=False)
    if not hits and filters.section_type is not None:
        hits = searcher.search(query, k=k, filters=replace(filters, section_type=None), scoped=False)
    return hits


def _caveat_first(verdict: Verdict, said: str) -> Verdict:
    """The verdict with `said` put before any caveat it has."""
    return replace(verdict, caveat=f"{said}；{verdict.caveat}" if verdict.caveat else said)


def verdict_on(
    searcher: Searcher,
    asked: Question,
    hits: list[Hit],
    limit: int,
    config: EvidenceConfig,
    filters: Filters,
) -> Verdict:
    if asked.asked and not asked.terms and not asked.figures:
        # 死了几个人: no word left to say what is counted, so any sentence counting people would do.
        return Verdict(False, "no_figure")
    if asked.yes_no and not (asked.terms or asked.figures or asked.quoted):
        # 有没有被人告过: no word left to check, and a sentence merely near the question is no yes.
        return Verdict(False, "not_covered")
    if asked.quoted and (asked.asked is not None or asked.figures):
        hits = _naming_paragraphs(searcher, hits, asked)
    candidates = scored_sentences(searcher, hits, asked.vector, asked.score_terms, config.part_titles)
    # A quoted mechanism is named in a sentence the figure checks below may drop (it writes no
    # stated figure); the sentences after it in its paragraph are read against all of them.
    naming = _naming(candidates, asked)
    if filters.section_type == PROBLEMS or (filters.section_type == NEXT_STEPS and asks_plans(asked.text)):
        # Asked for shortcomings, the section found is the evidence a similarity floor stands in
        # for elsewhere; its sentences sit far from a question in few words (有哪些不足) and
        # only its heading rose above the floor. The question's terms must still be worded. So
        # too the plan section asked for (北碚区2024年有什么计划).
        config = replace(config, sentence_floor=min(config.sentence_floor, SHORTCOMING_SENTENCE_FLOOR))
    unfiltered = candidates
    if asked.figures:  # only a sentence writing every stated figure can say what it counts
        candidates = [
            c
            for c in candidates
            if all(stated_figures.states_as_written(c.citation.text, f, asked.text) for f in asked.figures)
        ]
        if not candidates:  # (the same figure stated twice, 5个…这5个, is missing once)
            # 罚了13个人和5家企业, where one sentence fines 5名个人，13家企业: the figures written,
            # each of the other's thing
            crossed = paired_figures.swapped(asked.text, [c.citation for c in unfiltered])
            if crossed is not None and paired_figures.writes_values(crossed[0][0].text, asked.figures):
                return Verdict(True, "answered", crossed[0][:1], caveat=crossed[1])
            apart = _figures_apart(searcher, asked, filters)
            if apart is not None:  # 立案查处15起，罚款226万元: both written, of different things
                return apart
            return Verdict(False, "not_covered", uncovered=list(dict.fromkeys(f.raw for f in asked.figures)))
        # Writing the very figure is the evidence a similarity floor stands in for elsewhere:
        # 一百二十七件是什么 leaves no topic to embed.
        config = replace(config, sentence_floor=float("-inf"))
    if asked.acted and (not asked.target or asked.acted in OCCURRED):
        # 救了多少人, 发生了多少起火灾: the number's clause must say it was done, or happened
        candidates = [c for c in candidates if counted_by(c.citation.text, asked.asked, asked.acted)]
        if not candidates:
            return Verdict(False, "no_figure", uncovered=[asked.acted])
    # 北碚火灾下降了多少: a share in a clause on accidents is no change of fires.
    changed = (
        changed_things(asked.text, asked.terms) if asked.asked and "percent" in asked.asked.kinds else []
    )
    unchanged: list[str] = []
    verb = ""
    if changed:
        held = [c for c in candidates if any(changes_of(c.citation.text, t, asked.text) for t in changed)]
        verb = change_verb(asked.text, asked.terms)
        if not held:
            said = f"报告没有给出{in_quotes(changed, asked.text)}{verb}的数字。"
            return Verdict(False, "no_figure", uncovered=changed, caveat=said)
        unchanged = [t for t in changed if not any(changes_of(c.citation.text, t, asked.text) for c in held)]
        candidates = held
    rate = rates.asked_rate(asked.text) if asked.asked else None
    if rate:  # 人均办了多少案子: a total (全年立案查处15起) is another figure
        candidates = [c for c in candidates if rates.states_rate(c.citation.text, searcher._tokenizer.words)]
        if not candidates:
            return Verdict(False, "no_figure", uncovered=[rate], missing_slot=slots.RATE)
    # (举报一次奖多少 names no unit: the amount of a reward all the same)
    money = asked.asked is not None and (
        asked.asked.kinds == ("money",) or (asked.asked.kinds == () and not asked.asked.measure)
    )
    if money and _REWARD_ASKED.search(asked.text):
        # 举报一次能奖多少钱: the fine beside the reward (处罚3.86万元，对举报人兑现了奖励) is no reward
        candidates = [c for c in candidates if _states_reward(c.citation.text)]
        if not candidates:
            said = "报告没有给出奖励（奖金）的金额。"
            return Verdict(False, "no_figure", uncovered=["奖励"], caveat=said)
    if asked.quoted:  # “沙小安”是哪个区的: only a sentence writing the name says whose it is
        candidates, naming = _writing_or_following(searcher, candidates, naming, asked)
        if not candidates:
            vocabulary = corpus_vocabulary(searcher)
            texts = [vocabulary.by_report.get(r, "") for r in report_ids(searcher, filters)]
            retitled = quoted.retitled(asked.quoted, asked.text, [c.citation for c in unfiltered])
            if retitled is not None:  # 《安全侠》, where the sentence on “问题不大大问题” names 《应急侠》
                citation, title, name = retitled
                return Verdict(
                    True, "answered", [citation], caveat=f"报告写的是《{title}》，不是问题所说的《{name}》"
                )
            apart = _written_apart(unfiltered, asked, texts)
            if apart is not None:
                return apart
            # “两委、十二办、四指”, where the report writes 十一办; each name of several
            # (“一案三查”“双责同追” of 一案双查、三责同追)
            misquoted = [
                found
                for name in asked.quoted
                for found in [quoted.misquoted((name,), [c.citation for c in unfiltered], asked.text)]
                if found is not None
            ]
            if misquoted:
                cited = list({id(c): c for c, _, _ in misquoted}.values())
                said = "".join(f"“{written}”" for _, written, _ in misquoted)
                claimed = "".join(f"“{name}”" for _, _, name in misquoted)
                return Verdict(True, "answered", cited, caveat=f"报告写的是{said}，不是问题所说的{claimed}")
            # the names no sentence found writes, when others it does (the plan's “工贸安全在线”)
            unwritten = [
                n
                for n in asked.quoted
                if not any(quoted.writes(c.citation.text, n, asked.text) for c in unfiltered)
            ]
            return Verdict(False, "not_covered", uncovered=unwritten or list(asked.quoted))
    if asked.modifiers:  # 多少家危化企业: a sentence counting 企业 without 危化 counts something else
        narrowed = [c for c in candidates if counts_modified(c.citation.text, asked)]
        if not narrowed:
            worded = any(counts_modified(c.citation.text, asked, clauses=False) for c in candidates)
            # Written, but every count there is of the noun unmodified: the figure is missing.
            reason = "no_figure" if worded else "not_covered"
            return Verdict(False, reason, uncovered=list(asked.modifiers))
        candidates = narrowed
    # (有多少人次参加: a doing is counted, not a stock of things)
    if (
        asked.asked
        and asked.target
        and not is_verb(asked.target)
        and totals.asked_stock(asked.text, asked.target, searcher._tokenizer.words, may_be_verb)
    ):
        # 硚口区有多少家企业: the firms it fined (13家企业共计罚款) are not how many there are
        words = searcher._tokenizer.words
        # (a count written of the target's other wording: 救援队 as 应急救援队伍11支)
        target_wordings = sorted(wordings(asked.target, asked.text))
        levels = [
            max(totals.stock_stated(c.citation.text, w, words, is_verb) for w in target_wordings)
            for c in candidates
        ]
        surest = max(levels, default=0)  # 全区2500多家企业 over 198家重点监管企业列入…
        if surest:
            candidates = [c for c, level in zip(candidates, levels, strict=True) if level == surest]
        elif any(
            has_figure(c.citation.text, asked.asked, wordings(asked.target, asked.text)) for c in candidates
        ):
            return Verdict(False, "no_figure", uncovered=[asked.target], missing_slot=slots.TOTAL)
    reports = reports_in(searcher, filters)
    check = asked.check
    if reports is not None:
        vocabulary = corpus_vocabulary(searcher)
        unwritten_names = tuple(
            run
            for run, text in asked.named_runs
            if not any(text in vocabulary.by_report.get(r, "") for r in reports)
        )
        check = replace(
            check,
            said_in_scope=lambda term: vocabulary.said_in(term, asked.text, reports),
            places_of_one_report=frozenset(
                t for t in check.terms if is_place_name(t) and vocabulary.reports_writing(t) == 1
            ),
            together=check.together + unwritten_names,
        )
    verdict = check_evidence(candidates, check, limit, config)
    if verdict.reason == "no_figure" and not (asked.quoted or asked.figures):
        verdict = _figure_later_in_paragraph(searcher, candidates, check, limit, config) or verdict
    elif verdict.supported and not (verdict.caveat or asked.quoted or asked.figures):
        places = frozenset([*searcher.districts(), *searcher.places])
        verdict = replace(
            verdict, caveat=_figure_apart_from_topic(searcher, verdict.citations, check, places)
        )
    if verdict.supported and asked.asked and not (asked.figures or asked.quoted):
        other_doing = _counted_by_another_doing(verdict.citations, check)
        if other_doing:  # 挂牌督办了多少处, where 重大隐患149处 counts those found and fixed
            elsewhere, doings = other_doing
            said = (
                f"报告在别处写到了{in_quotes(elsewhere, check.text)}，给出数字的句子里却没有："
                f"报告没有给出{in_quotes(_joined(doings, check.text), check.text)}的数字。"
                if elsewhere
                else f"给出数字的句子没有写到{in_quotes(doings, check.text)}：报告没有给出它的数字。"
            )
            return Verdict(False, "no_figure", uncovered=doings, best_score=verdict.best_score, caveat=said)
    if verdict.supported and asked.asked and not (verdict.caveat or asked.quoted or asked.figures):
        places = frozenset([*searcher.districts(), *searcher.places])
        off_topic = _topic_only_elsewhere(searcher, verdict.citations, check, places)
        if off_topic:  # 案卷评查查出多少个问题, answered by a count of 隐患 in another paragraph
            return Verdict(False, "no_figure", uncovered=off_topic, best_score=verdict.best_score)
    if naming and verdict.supported:
        verdict = _named_first(verdict, naming, asked)
    spanned = year_spans.span_notice(asked.text, verdict.citations[0].text) if verdict.supported else ""
    if spanned:  # 2019年至2021年 asked, 2020年1月1日至2022年12月31日 written
        verdict = _caveat_first(verdict, spanned)
    if unchanged and verdict.supported:  # 事故和火灾各下降多少: the fires' change is not written
        verdict = _caveat_first(verdict, f"报告没有给出{in_quotes(unchanged, asked.text)}{verb}的数字")
    if not (verdict.supported and asked.slot):
        return verdict
    # The topic is there; the answer is only a sentence holding what is asked (a date, a name);
    # a name, on the topic as fully as the sentence that showed it is there: 执法公示平台叫什么
    # is not answered by a 平台 of another service that has a name.
    on_topic = _worded_terms(verdict.citations[0].text, asked) if asked.slot == slots.NAME else frozenset()
    filled = check_evidence(
        [
            c
            for c in candidates
            if slots.fills(asked.slot, c.citation.text, asked.text, c.context)
            and on_topic <= _worded_terms(c.citation.text, asked)
        ],
        check,
        limit,
        config,
    )
    if filled.supported:
        filled = _with_the_rest_asked(filled, verdict, asked, limit)
        # (都普查了吗 over a span of years: the span is corrected whichever sentence answers)
        spanned = year_spans.span_notice(asked.text, filled.citations[0].text)
        return _caveat_first(filled, spanned) if spanned and spanned not in filled.caveat else filled
    return Verdict(False, "not_covered", best_score=verdict.best_score, missing_slot=asked.slot)


def _with_the_rest_asked(filled: Verdict, whole: Verdict, asked: Question, limit: int) -> Verdict:
    """The sentences filling the slot, then those of the whole check wording what they leave out
    (啥时候部署的？自查从哪几个方面查的？: the date's sentence, then the one on 自查)."""
    if not filled.uncovered:
        return filled

    def words(citation: Citation, term: str) -> bool:
        return words_term(wordings(term, asked.text), normalize_for_matching(citation.text))

    extra = [
        c for c in whole.citations if c not in filled.citations and any(words(c, t) for t in filled.uncovered)
    ][: max(0, limit - len(filled.citations))]
    if not extra:
        return filled
    left = [t for t in filled.uncovered if not any(words(c, t) for c in extra)]
    return replace(filled, citations=[*filled.citations, *extra], uncovered=left)


def _counted_by_another_doing(citations: list[Citation], check: Asked) -> tuple[list[str], list[str]] | None:
    """(the doings another quoted sentence words, all the doings the question counts: 挂牌, 督办 of
    挂牌督办了多少处) when no sentence giving the count words any of them: the figure counts
    another doing of the same things. None otherwise."""
    if check.quantity is None or check.target is None:
        return None
    asked_text = normalize_for_matching(check.text)
    # (and what is done to the things counted, after them: 多少家企业被列入失信名单)
    done_to_them = {
        t
        for t in check.terms
        if is_verb(t) and re.search(rf"{re.escape(check.target)}(?:都|已|已经)?被{re.escape(t)}", asked_text)
    }
    doings = sorted(
        (t for t in {*check.figure_words, *done_to_them} if t != check.target and is_verb(t)),
        key=asked_text.find,
    )
    counted = frozenset(wordings(check.target, check.text))
    counts = [c for c in citations if has_figure(c.text, check.quantity, counted)]
    if not doings or not counts:
        return None

    # A doing with its object right after it (列入失信名单) is worded only with the object:
    # 列入企码张贴范围 is another listing.
    objects = {d: _object_of(d, check) for d in doings}

    def worded(citation: Citation) -> list[str]:
        text = normalize_for_matching(citation.text)
        return [
            d
            for d in doings
            if words_term(wordings(d, check.text), text)
            and (objects[d] is None or words_term(wordings(objects[d], check.text), text))
        ]

    # ... done to the same things (挂牌 of the plan's 隐患挂牌制度): a doing worded of something else
    # is no sign the count is of another doing (查出 of 发现整改问题隐患 is the same).
    if any(worded(c) for c in counts):  # a sentence counting them words the doing: it answers
        return None
    of_them = [
        c for c in citations if c not in counts and words_term(counted, normalize_for_matching(c.text))
    ]
    elsewhere = sorted({d for c in of_them for d in worded(c)}, key=doings.index)
    if elsewhere:
        return elsewhere, doings
    # 多少家企业被列入失信名单, where the sentences count firms repaired (3家失信企业的信用修复)
    # and listed elsewhere (列入企码张贴范围): no quoted sentence does the asked doing to its object
    done_to = [f"{d}{objects[d]}" for d in doings if objects[d] is not None]
    if done_to and not any(worded(c) for c in citations):
        return [], done_to
    return None


def _object_of(doing: str, check: Asked) -> str | None:
    """The noun term the question puts right after the doing as its object (失信名单 of 列入失信
    名单); None when none stands there."""
    text = normalize_for_matching(check.text)
    at = text.find(doing)
    if at < 0:
        return None
    after = at + len(doing)
    after += len(re.match(r"[了到进过]?", text[after:]).group(0))  # 被列入了失信名单
    return next(
        (
            t
            for t in check.terms
            if t != doing and text.startswith(t, after) and not is_verb(t) and len(t) >= 3
        ),
        None,
    )


# A reward's amount asked (奖多少钱, 奖金是多少, 奖励标准).
_REWARD_ASKED = re.compile(
    r"奖(?:励|金)?(?:了|给|发)?(?:多少|几)|(?:奖励|奖金)(?:是|有|为|一般)?(?:多少|几|金额|标准)"
    # (一个举报最多能拿多少钱: what a tip-off earns)
    r"|举报[^，,。？?]{0,8}(?:拿|得|领)到?多少钱"
)
_MONEY = re.compile(r"\d+(?:\.\d+)?[万千百]?元")


def _states_reward(text: str) -> bool:
    """Whether a clause of the sentence gives an amount of money and words a reward."""
    return any(
        "奖" in clause and _MONEY.search(clause)
        for clause in CLAUSE_BREAK.split(normalize_for_matching(text))
    )


def _worded_terms(text: str, asked: Question) -> frozenset[str]:
    text = normalize_for_matching(text)
    return frozenset(t for t in asked.terms if words_term(wordings(t, asked.text), text))


def counts_modified(text: str, asked: Question, clauses: bool = True) -> bool:
    """Whether the sentence counts the modified noun: it words every modifier, and a clause of it
    giving a number of the asked kind names the counted noun only with the modifiers in that
    clause or the one before (成立志愿队，现有队员30人). In 开通隐患举报热线，…，已有300家企业张贴
    二维码 the 300 firms are not those with hazards; in 对危化企业开展检查，共检查52家 the 52 counts
    those named before it."""
    text = normalize_for_matching(text)
    ways = {m: wordings(m, asked.text) for m in asked.modifiers}
    if not all(words_term(w, text) for w in ways.values()):
        return False
    if not clauses or asked.asked is None or asked.target is None:
        return True
    counted = wordings(asked.target, asked.text)
    parts = CLAUSE_BREAK.split(text)
    counting = [i for i, part in enumerate(parts) if has_figure(part, asked.asked)]
    # A quoted name (“沙小安”的视频) is a brand the sentence may name once, at its start.
    near = [w for m, w in ways.items() if not any(m in name for name in asked.quoted)]
    return not counting or any(
        not words_term(counted, parts[i])
        or all(words_term(w, "，".join(parts[max(0, i - 1) : i + 1])) for w in near)
        for i in counting
    )


def reports_in(searcher: Searcher, filters: Filters) -> list[str] | None:
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


def report_ids(searcher: Searcher, filters: Filters) -> list[str]:
    """The ids of the reports a filtered answer may cite, every report's when unfiltered."""
    reports = reports_in(searcher, filters)
    return [r["report_id"] for r in searcher.reports] if reports is None else reports


def _naming_paragraphs(searcher: Searcher, hits: list[Hit], asked: Question) -> list[Hit]:
    """The hits, and after each passage writing every quoted name the passages holding the rest
    of its paragraph: a report names a mechanism once and sets out its figures in the sentences
    that follow (建立…“252”工作机制。…200名应急队员半小时以内集结到位), which retrieval for the
    whole question need not have found."""
    seen = {h.passage.passage_id for h in hits}
    more = []
    for hit in hits:
        p = hit.passage
        if not all(quoted.writes(p.text, n, asked.text) for n in asked.quoted):
            continue
        paragraph_end = _paragraph_end(searcher, p.report_id, p.end)
        row = searcher.row_of(p.passage_id) + 1
        while row < len(searcher.passages) and len(more) < NAMING_PARAGRAPH_PASSAGES:
            after = searcher.passages[row]
            if after.report_id != p.report_id or after.start >= paragraph_end:
                break
            if after.passage_id not in seen:
                seen.add(after.passage_id)
                more.append(replace(hit, passage=after))
            row += 1
    return hits + more


def _paragraph_end(searcher: Searcher, report_id: str, at: int) -> int:
    text = searcher.cleaned_text(report_id)
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _figures_apart(searcher: Searcher, asked: Question, filters: Filters) -> Verdict | None:
    """The decline when one report asked of writes each figure the question joins, and none of
    its sentences writes them together (立案查处15起 in one, 罚款226万元 of a campaign in
    another): "no sentence writes 15 or 226万" would be false, and the figures may not belong
    together. None otherwise."""
    figures = list({(f.value, f.percent): f for f in asked.figures}.values())
    if len(figures) < 2:
        return None
    texts = corpus_vocabulary(searcher).by_report
    for report in report_ids(searcher, filters):
        sentences = SENTENCE_END.split(texts.get(report, ""))

        def writes(sentence: str, figure) -> bool:
            return stated_figures.states_as_written(sentence, figure, asked.text)

        if not all(any(writes(s, f) for s in sentences) for f in figures):
            continue
        if any(all(writes(s, f) for f in figures) for s in sentences):
            return None
        raws = [stated_figures.as_written(asked.text, f) for f in figures]
        said = f"报告写到了{in_quotes(raws, asked.text)}，但不在同一句里，说的未必是同一件事"
        return Verdict(False, "not_covered", uncovered=raws, caveat=f"{said}。")
    return None


def _written_apart(candidates: list[Scored], asked: Question, report_texts: list[str]) -> Verdict | None:
    """The decline when the sentences writing some of what the question joins (a quoted name,
    a stated figure) write none of the rest: “五带头” with no 翻了一番, 《…通知》 with no
    《安全生产法》. Said so, since "no sentence writes" any of them would be false. None when
    no sentence writes any quoted name, or a sentence of the reports asked, found or not, writes
    every one (“工贸安全在线” and “良好实践” in a part the search was not narrowed to)."""

    def writes(c: Scored, name: str) -> bool:
        return quoted.writes(c.citation.text, name, asked.text)

    # The rarest name written leads (a 《…通知》 one sentence writes, not the “**区” of many).
    writing = {n: sum(writes(c, n) for c in candidates) for n in asked.quoted}
    first = min((n for n in asked.quoted if writing[n]), key=lambda n: writing[n], default=None)
    if first is None:
        return None
    naming = [c for c in candidates if writes(c, first)]
    unwritten = [n for n in asked.quoted if not any(writes(c, n) for c in naming)]
    # Only a share or a change in percent (下降25%; 翻了一番 is +100%) is joined this way; a count
    # written otherwise (五个 where the sentence writes 4个) is corrected by the sentence's own figure.
    figures = [
        f.raw
        for f in asked.figures
        if f.percent
        and not any(stated_figures.states_as_written(c.citation.text, f, asked.text) for c in naming)
    ]
    missing = unwritten + figures
    if not missing:
        return None
    missing_figures = [f for f in asked.figures if f.raw in figures]

    def joins(sentence: str) -> bool:
        return all(quoted.writes(sentence, n, asked.text) for n in [first, *unwritten]) and all(
            stated_figures.states_as_written(sentence, f, asked.text) for f in missing_figures
        )

    if any(joins(s) for text in report_texts for s in SENTENCE_END.split(text)):
        return None
    said = f"报告中写到{in_quotes([first], asked.text)}的句子没有写到{in_quotes(missing, asked.text)}"
    return Verdict(
        False, "not_covered", uncovered=missing, caveat=f"{said}：问题说的这两样，报告没有写在一起。"
    )


def _naming(candidates: list[Scored], asked: Question) -> list[Scored]:
    """The candidates writing every quoted name of the question (none when it quotes none)."""
    if not asked.quoted:
        return []
    # A quoted heading (“存在的问题和不足”) is written above the sentences under it.
    return [
        c
        for c in candidates
        if all(
            quoted.writes(c.citation.text, n, asked.text)
            or any(quoted.writes(heading, n, asked.text) for heading in c.citation.section_path)
            for n in asked.quoted
        )
    ]


def _writing_or_following(
    searcher: Searcher, candidates: list[Scored], naming: list[Scored], asked: Question
) -> tuple[list[Scored], list[Scored]]:
    """The candidates writing every quoted name; asked for a figure no sentence `naming` it
    gives, also the candidates after one of those in its paragraph, where the name's figures
    are set out. Second, the naming sentences when the ones after them are let in (none
    otherwise)."""
    writing = _naming(candidates, asked)
    # A figure stated of the name (“252”机制，50名队员15分钟内到位) may be set out after it too.
    stated_after = asked.asked is None and asked.figures and not writing
    if not stated_after and (
        asked.asked is None or not naming or any(has_figure(c.citation.text, asked.asked) for c in naming)
    ):
        return writing, []
    if not naming:
        return writing, []
    paragraphs = {
        (
            c.citation.report_id,
            c.citation.start,
            _paragraph_end(searcher, c.citation.report_id, c.citation.end),
        )
        for c in naming
    }
    following = [
        c
        for c in candidates
        if any(
            c.citation.report_id == report and start <= c.citation.start < end
            for report, start, end in paragraphs
        )
    ]
    return following, naming


def _figure_later_in_paragraph(
    searcher: Searcher, candidates: list[Scored], check: Asked, limit: int, config: EvidenceConfig
) -> Verdict | None:
    """For a count no sentence on the topic gives: the topic's lead sentence and the later one of
    its paragraph that counts the asked thing, where a report sums the paragraph up (sentences on
    each kind of training, then one giving how many people all of it trained); None when there is
    none.
    The notice says what of the question the summing sentence leaves unworded: it may count more."""
    if check.quantity is None or check.target is None:
        return None
    topic = check_evidence(candidates, replace(check, quantity=None, target=None, verb=None), limit, config)
    if not topic.supported:
        return None
    lead = topic.citations[0]
    end = _paragraph_end(searcher, lead.report_id, lead.end)
    counted = frozenset(wordings(check.target, check.text))
    later = min(
        (
            c.citation
            for c in candidates
            if c.citation.report_id == lead.report_id
            and lead.end <= c.citation.start < end
            and has_figure(c.citation.text, check.quantity, counted)
        ),
        key=lambda c: c.start,
        default=None,
    )
    if later is None:
        return None
    text = normalize_for_matching(later.text)
    unworded = [t for t in check.terms if not words_term(wordings(t, check.text), text)]
    caveat = (
        f"数字出自同一段落后面的一句，那句没有再写{in_quotes(unworded, check.text)}，所计未必只是这一项"
        if unworded
        else ""
    )
    return Verdict(True, "answered", [lead, later], best_score=topic.best_score, caveat=caveat)


_ASKS_ELSE = re.compile(r"什么|哪|如何|怎么|怎样|为什么|为何|是否|是不是|有没有|多久|多长|何时|吗|呢")


def _topic_only_elsewhere(
    searcher: Searcher, citations: list[Citation], check: Asked, places: frozenset[str]
) -> list[str]:
    """The question's subject (its rarest noun, not the counted one) when the sentence giving the
    count words none of the question's nouns (nor do its headings, nor its paragraph's other
    cited sentences) and only a sentence of another paragraph, or its headings, words the
    subject: that count is of something else (案卷评查…查出多少个问题, answered by 排查整改一般安全隐患
    2.3万处 while the 评查 sits paragraphs away). [] otherwise; a count's sentence wording one of
    them (12350 of 12350电话…接了几件举报) is on the topic."""
    # (被查几次 counts with no noun of its own: the question's nouns are all the subject's)
    if check.quantity is None or not check.rarity:
        return []
    counting = citations[0]  # check_evidence leads with a sentence giving a figure
    nouns = [
        t
        for t in check.terms
        if t != check.target
        and t not in places
        and not t.endswith(_PLACE_KINDS)
        and not is_verb(t)
        and t not in check.unknown
    ]
    if not nouns or (check.target is None and len(nouns) < 2):
        return []  # (罚款比上年多了还是少了: the one noun is what is counted, no subject beside it)
    report_text = searcher.cleaned_text(counting.report_id)
    start = report_text.rfind("\n", 0, counting.start) + 1
    end = _paragraph_end(searcher, counting.report_id, counting.start)
    own = [counting.text, *counting.section_path] + [
        c.text
        for c in citations
        if c.report_id == counting.report_id
        and start <= c.start < end
        and _one_item(report_text, c, counting)
    ]

    def worded(term: str, texts: list[str]) -> bool:
        ways = wordings(term, check.text)
        return any(words_term(ways, normalize_for_matching(t)) for t in texts)

    if any(worded(t, own) for t in nouns):
        return []
    subject = max(nouns, key=lambda t: check.rarity.get(t, 0.0))
    elsewhere = [text for c in citations for text in (c.text, *c.section_path)]
    return [subject] if worded(subject, elsewhere) else []


# An item of a paragraph's run (二是…。三是…): a sentence opening one starts another item.
_ITEM_OPENS = re.compile(
    r"(?:^|[。；;])\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])"
)


def _one_item(text: str, one: Citation, other: Citation) -> bool:
    """Whether two sentences of a paragraph belong to one item of its run (二是…风险等级。三是
    …12350…查处70起 are two things done, not one sentence's topic and the next one's count)."""
    first, second = sorted((one, other), key=lambda c: c.start)
    return _ITEM_OPENS.search(text, first.start + 1, second.end) is None


def _figure_apart_from_topic(
    searcher: Searcher, citations: list[Citation], check: Asked, places: frozenset[str]
) -> str:
    """What the notice says first when the sentence giving the count asked leaves some of the
    question's words to another cited sentence of its paragraph (共培训各类人员6000余人 quoted
    for 特种作业培训, which the sentence before it words): the count may be of more than was
    asked. A sentence of another paragraph wording them is about something else."""
    if check.quantity is None or check.target is None:
        return ""
    counted = frozenset(wordings(check.target, check.text))
    counting = next((c for c in citations if has_figure(c.text, check.quantity, counted)), None)
    if counting is None:
        return ""
    text = normalize_for_matching(counting.text)
    end = _paragraph_end(searcher, counting.report_id, counting.start)
    start = searcher.cleaned_text(counting.report_id).rfind("\n", 0, counting.start) + 1
    others = [
        normalize_for_matching(c.text)
        for c in citations
        if c is not counting and c.report_id == counting.report_id and start <= c.start < end
    ]
    # The words of the sentence asking the count, of those before it (特种作业培训多久办一次？
    # 一共培训了多少人: its subject) and of those narrowing it after (只算危化企业。); a sentence
    # after it asking something else (又是通过什么渠道宣传的？) asks apart.
    # A count's sentence naming two of the question's words says its own subject (北碚委托给了多少
    # 个镇街), and a question before it (还有哪个区…？) asks apart too.
    sentences = re.split(r"[？?。！!]", normalize_for_matching(check.text))
    asked_at = next((i for i, q in enumerate(sentences) if quantity_asked(q) is not None), len(sentences))
    own_subject = asked_at < len(sentences) and sum(t in sentences[asked_at] for t in check.terms) >= 2
    asking = "".join(
        q
        for i, q in enumerate(sentences)
        if i == asked_at or (i < asked_at and not own_subject) or not _ASKS_ELSE.search(q)
    )
    unworded = [
        t
        for t in check.terms
        if not words_term(wordings(t, check.text), text)
        and t not in places
        and not t.endswith(_PLACE_KINDS)
        and t in asking
    ]
    if not unworded or not all(any(words_term(wordings(t, check.text), o) for o in others) for t in unworded):
        return ""
    return f"给出数字的那句没有写{in_quotes(_joined(unworded, check.text), check.text)}，所计未必只是这一项"


# A term naming where (自治区, 湖北省) is the question's scope, which a figure's sentence never repeats.
_PLACE_KINDS = ("自治区", "省")


def _joined(terms: list[str], question: str) -> list[str]:
    """Terms the question writes one after the other, as it writes them (特种 作业 -> 特种作业)."""
    text = normalize_for_matching(question)
    joined: list[str] = []
    for term in terms:
        if joined and joined[-1] + term in text:
            joined[-1] += term
        else:
            joined.append(term)
    return joined


def _named_first(verdict: Verdict, naming: list[Scored], asked: Question) -> Verdict:
    """The answer with the sentence naming the mechanism quoted before the figures that follow
    it, unless a cited sentence names it already: the figure's sentence alone does not say whose
    figure it is."""
    if any(all(quoted.writes(c.text, n, asked.text) for n in asked.quoted) for c in verdict.citations):
        return verdict
    named = naming[0].citation
    text = normalize_for_matching(named.text)
    uncovered = [t for t in verdict.uncovered if not words_term(wordings(t, asked.text), text)]
    citations = [named, *verdict.citations][: max(len(verdict.citations), 2)]
    return replace(verdict, citations=citations, uncovered=uncovered)
