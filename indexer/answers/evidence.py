"""The evidence check between retrieval and composition: an answer states only what its cited
sentences support.

Retrieval always finds *something*; the nearest sentence to a question the reports cannot
answer is still a sentence. So a scored sentence becomes evidence only when it passes:
- a score floor (cosine to the question plus term coverage, as before),
- coverage: every content term of the question is found in the cited sentences, literally,
  through the synonym lists, or by an embedding similarity above a calibrated margin,
- for a quantity question, a number of the asked kind in a cited sentence (figures.py).
The thresholds are chosen on the calibration half of evalsets/ask.jsonl (docs/ask-calibration.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from indexer.answers.answer_types import Citation
from indexer.answers.figures import QuantityAsked, has_figure
from indexer.answers.terms import is_plain_verb, is_verb, wordings, words_term
from indexer.text import plain_words
from indexer.text.normalize import normalize_for_matching

SHORT_SENTENCE_CHARS = 12
# A sentence this long that ends like one says something even without a comma
# ("执法人员按组配发执法记录仪并对执法各环节进行全过程记录。"); headings are shorter.
PLAIN_SENTENCE_CHARS = 24
_NUMBERED_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)")


# The line announcing the report (现将我局2023年法治政府建设情况报告如下：) tells of no work.
_REPORT_OPENING = re.compile(r"^现将.{0,60}?(?:报告|汇报)[^，,。]{0,6}如下[：:]?$")


def is_informative(text: str) -> bool:
    """A bare heading or letterhead line names a topic but answers nothing; nor does the line
    announcing the report."""
    text = text.strip()
    if _REPORT_OPENING.search(text):
        return False
    body = _NUMBERED_HEADING.sub("", text)  # 四、 of a heading is no list of things
    if body == text and len(text) >= PLAIN_SENTENCE_CHARS and text[-1:] in "。；;！!":
        return True
    return len(body) >= SHORT_SENTENCE_CHARS and any(mark in body for mark in "，、；,;：:")


@dataclass(frozen=True)
class EvidenceConfig:
    # A sentence scoring below this (cosine + 0.1 x term share) is no evidence at all.
    sentence_floor: float = 0.86
    # The title of a part of the report (四、下一步工作打算) says where an answer stands, not
    # what it is: quoted only when the items listed under it are asked for (enumerated.py).
    part_titles: bool = False
    # ... lowered by this for a sentence wording a plain-language term of the question in the
    # official words of the thesaurus (打官司 -> 行政诉讼): the embedding places everyday words
    # far from the report's, and the wording is the evidence the floor stands in for.
    reworded_margin: float = 0.03
    # A term absent in every wording still counts as covered by a sentence whose embedding is
    # this close to the term's (律师 ~ 外部法律顾问 0.87; unrelated terms stay near 0.82-0.85).
    term_similarity: float = 0.88
    # How many of the best sentences are looked through for coverage and figures.
    pool: int = 24
    # Sentences whose score trails the best supporting one by more than this are not quoted.
    quote_margin: float = 0.06
    # A further sentence scoring within this of the lead and wording at least one term is
    # quoted too: the measure after 252机制 ("20名队员随叫随到") words little of the question
    # but is its answer. Chosen on our calibration sets: 0.03 raised citation recall 0.907 ->
    # 0.945 (ask_extra) at a gold share of 0.70 (0.71 without); 0.06 quoted off-topic
    # sentences that merely say 安全生产 (gold share 0.66).
    fill_margin: float = 0.03
    # Terms the corpus does use may be worded differently in the answer (行政争议 / 行政复议);
    # the quoted sentences must still cover at least this share of them.
    min_share: float = 0.5
    # ... and terms left uncovered that the district's own report never words may hold at most
    # this share of the question's rarity (each term weighted by its IDF): 信用修复 missing
    # from 北碚区's report beside a covered 管理 is the subject missing, not phrasing. Chosen
    # on the topic probe (evaluation/topic_probe.py): without it 138 of 217 questions putting
    # one report's topic to another district were answered from that district's generic
    # sentences. On half the topics 0.7 let 19 of 91 through, 0.65 8, 0.6 none; on the other
    # half 0.6 declined all 126, and every question put to a topic's own district (84) stayed
    # answered. On the calibration sets it drops one district of one several-district answer
    # (普陀区, for a question naming 司法机关 and 公安机关, which its report does not word).
    # Weighed by whole IDF, as it was measured: a verb's halved rarity (question.FRAMING_RARITY)
    # let 有没有约谈企业 be answered from a report never wording 约谈.
    max_uncovered_rarity: float = 0.6
    # Terms no report uses decline the answer when they are at least this share of the terms:
    # one unused word among eight (上级 in a long question on 整改) is phrasing, one among four
    # (有限空间 in 有限空间作业安全执法) is the subject.
    unknown_share: float = 0.2
    # A number whose nearby word is this close to the asked noun (and shares a character with
    # it) is bound to it when no sentence words the noun itself: 宣传手册 for 宣传材料 (0.93);
    # 宣传材料 ~ 刊稿 0.89, 队员 ~ 专家 0.88 stay below.
    figure_neighbour: float = 0.92
    # In a several-district answer, a district whose first sentence words less than this share
    # of the question's rarity (each term weighted by its IDF) is left out, when another
    # district's first sentence words more: its sentence shares only everyday words with the
    # question (安全生产, 建设 for a question on 举报投诉渠道). Chosen on our calibration sets:
    # 0.2 left out 25 of 59 districts the gold does not name and 7 of 162 it does.
    district_rarity: float = 0.2
    # In a several-district answer, a district is listed only when its own cited sentences (or
    # the titles above them) word each of the question's nouns at least this share as rare as
    # its rarest (subject.py); 0 turns the check off.
    subject_share: float = 0.85


@dataclass(frozen=True)
class Scored:
    """A candidate sentence with its embedding (for term similarity) and section titles."""

    citation: Citation
    vector: np.ndarray
    context: str = ""  # normalised section titles above it: a sentence under 法律顾问制度 is about it
    planned: bool = False  # from a plan section (下一步, 2024年主要安排): intended, not done


@dataclass
class Verdict:
    supported: bool
    reason: str  # "answered", "not_covered" or "no_figure"
    citations: list[Citation] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    best_score: float = 0.0
    lead_share: float = 0.0  # share of the question's terms the first cited sentence words
    lead_rarity: float = 1.0  # the same share, each term weighted by its rarity
    lead_planned: bool = False  # the first cited sentence is a plan where done work was asked, or the reverse
    missing_slot: str | None = None  # the sentences on the topic hold no answer of the asked kind (slots.py)
    caveat: str = ""  # what the answer's notice must say first of how the citations answer


@dataclass(frozen=True)
class Asked:
    """What the evidence check needs to know about the question."""

    text: str
    terms: list[str]  # content terms, in question order
    # Embeds terms for the similarity route (None skips it); called only for terms no candidate
    # sentence holds in any wording, since each call costs a model round trip.
    embed: Callable[[list[str]], np.ndarray] | None = None
    quantity: QuantityAsked | None = None  # set when a number is asked for
    target: str | None = None  # the noun whose quantity is asked: a figure must stand next to it
    verb: str | None = None  # the term right before the quantity word (立案查处了多少起)
    figure_words: frozenset[str] = frozenset()  # the terms naming the figure (接入, 监测点)
    unknown: frozenset[str] = frozenset()  # terms no report uses in any wording
    # The closest similarity of a word in a number's window to the target (0 when none shares
    # a character with it); None skips the neighbour route of the figure binding.
    neighbour: Callable[[str], float] | None = None
    wants_plan: bool = False  # the question asks what is planned: plan sentences rank first
    # How rare each term is in the corpus (BM25's IDF; a verb's or a framing noun's at half:
    # question._rarity).
    rarity: Mapping[str, float] = field(default_factory=dict)
    # The same, a verb's whole: what a report missing the term misses (约谈 is no framing verb
    # when the district's report never words it).
    idf: Mapping[str, float] = field(default_factory=dict)
    # Whether the reports the answer may cite (one district's) word a term at all; None when
    # they are the whole corpus (`unknown` already says what no report words).
    said_in_scope: Callable[[str], bool] | None = None
    # Place names one other report alone writes (缙云 of 北碚区's 缙云应急志愿服务队): asked of a
    # district whose report never words them, the thing named is that other district's.
    places_of_one_report: frozenset[str] = frozenset()
    # The question's lists of alternatives (question_forms.alternatives): a report speaking of one item
    # answers it, and the other items' terms need no cover.
    alternatives: tuple[tuple[frozenset[str], ...], ...] = ()
    stated: tuple[str, ...] = ()  # the figures the question states, as written in digits (68, 3.86)
    # The things a which-word asks for after a named subject (执法人员参加了哪些培训: 培训): a
    # report that never words one does not answer, however much of the rest it words.
    asked_things: frozenset[str] = frozenset()
    # A yes/no question (是否建设了社区应急服务示范站): a compound the question writes in one
    # piece must be worded by one sentence (in some wording, or by the similarity route);
    # sentences wording its parts apart (社区 here, 示范 there) say nothing about whether the
    # thing was done.
    together: tuple[frozenset[str], ...] = ()


def _without_figures(text: str, stated: tuple[str, ...]) -> str:
    if not stated:
        return text
    text = normalize_for_matching(text)
    for figure in stated:
        text = re.sub(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", "", text)
    return text


def _on_subject(cover: set[str], lead: set[str]) -> bool:
    """Whether a sentence is on what the question asks about, not beside it: one sharing only a
    verb with the question and nothing with the lead sentence is not (发布了哪些规范性文件 is
    not answered by 发布…预警, a sentence on warnings). A question of no terms leaves nothing to tell."""
    return not cover or bool(cover & lead) or not all(is_plain_verb(t) for t in cover)


def check_evidence(candidates: list[Scored], asked: Asked, limit: int, config: EvidenceConfig) -> Verdict:
    """Pick up to `limit` sentences (the lead first, then by score) that together support the
    question, or say what is missing. In a several-district answer this is one district's
    share; the answer's round robin decides how many of them fit.

    A term no report uses, left uncovered, means the reports do not speak of what is asked;
    unless it names the asked figure itself, then the topic is there and the figure is not.
    """
    terms = asked.terms
    reworded = {t: wordings(t, asked.text) - {t} for t in terms if t in plain_words.plain_side()}

    def words_plainly_asked(text: str) -> bool:
        return any(t not in text and words_term(ways, text) for t, ways in reworded.items())

    pool = [
        c
        for c in candidates[: config.pool]
        if c.citation.score >= config.sentence_floor
        or (
            c.citation.score >= config.sentence_floor - config.reworded_margin
            and words_plainly_asked(normalize_for_matching(c.citation.text))
        )
    ]
    best = candidates[0].citation.score if candidates else 0.0
    if not pool:
        # A figure asked of a subject no report words at all (财政预算) is not covered; "the work
        # is there, its figure is not" would be false.
        topic_known = any(t not in asked.unknown for t in terms) or not terms
        reason = "no_figure" if asked.quantity and topic_known else "not_covered"
        return Verdict(False, reason, uncovered=list(terms), best_score=best)
    term_wordings = {t: wordings(t, asked.text) for t in terms}
    covers, worded = _covered_terms(pool, term_wordings, asked.embed, config)
    terms = _without_other_alternatives(terms, worded, asked)
    if len(terms) < len(term_wordings):  # the other items' terms count nowhere, not even in shares
        kept = set(terms)
        covers, worded = [c & kept for c in covers], [w & kept for w in worded]
    # Rank sentences by how much of the question they cover first, then by score: the sentence
    # saying 法律顾问 outranks a closer-scoring one about 法律知识培训.
    share = [len(cov) / len(terms) if terms else 1.0 for cov in covers]
    bound = frozenset(term_wordings.get(asked.target, ())) if asked.target else frozenset()
    verb = frozenset(term_wordings.get(asked.verb, ())) if asked.verb else frozenset()
    # The figures the question states are no answer to what it asks of them (受理的68件举报里
    # 有多少件查实: the sentence with 68件 gives no count of 查实).
    counted = [_without_figures(c.citation.text, asked.stated) for c in pool]
    figure = [asked.quantity is None or has_figure(text, asked.quantity, bound, verb) for text in counted]
    if asked.quantity is not None and asked.neighbour is not None and not any(figure):
        # No sentence words the counted noun: accept one whose number counts a close neighbour.
        def near(window: str) -> bool:
            return asked.neighbour(window) >= config.figure_neighbour

        figure = [has_figure(text, asked.quantity, bound, verb, near) for text in counted]
    informative = [is_informative(c.citation.text) for c in pool]
    # A bare heading is quoted after a full sentence, unless only the heading says what is asked
    # ("二是发挥行政复议化解行政争议主要渠道作用" for a question on 行政复议).
    enough = [s >= config.min_share for s in share]
    # What was done comes before what is planned, and the plan first when it is what is asked.
    planned = [c.planned != asked.wants_plan for c in pool]
    order = sorted(
        range(len(pool)),
        key=lambda i: (
            -figure[i],
            -enough[i],
            -informative[i],
            -share[i],
            planned[i],
            -pool[i].citation.score,
        ),
    )
    lead = order[0]
    never_said = [t for t in terms if t in asked.unknown and not any(t in cov for cov in covers)]
    if asked.quantity is not None:
        never_said = [t for t in never_said if t not in asked.figure_words]
    if never_said and len(never_said) >= config.unknown_share * len(terms):
        return Verdict(False, "not_covered", uncovered=never_said, best_score=best)
    if asked.quantity is not None and not figure[lead]:
        missing = [t for t in terms if t not in covers[lead]]
        # "The work is there, its figure is not" needs a lead wording some of it: 收到了多少件信访
        # found only sentences wording nothing asked, and no report mentions 信访.
        reason = "no_figure" if worded[lead] or not terms else "not_covered"
        return Verdict(False, reason, uncovered=missing, best_score=best)
    thing_counted = asked.target is not None and not is_verb(asked.target)
    framing = {asked.target, asked.verb, *asked.figure_words}  # what the count itself words
    if (
        asked.quantity is not None
        and thing_counted
        and covers[lead] <= {asked.target}
        and (
            (not enough[lead] and any(enough))
            or any(t not in framing and not is_verb(t) for cover in covers for t in cover)
        )
    ):
        # The number counts the asked thing but says nothing else the question does, while another
        # sentence words one more of its nouns: 13家企业共计罚款 for 专家服务覆盖了多少家企业,
        # where the sentence on the experts gives no count of firms; 救援队伍…413人 for
        # 执法队伍有多少人有执法证. (检查了多少家 counts the action: 检查516家次 does.)
        missing = [t for t in terms if t not in covers[lead]]
        return Verdict(False, "no_figure", uncovered=missing, best_score=best)
    if (
        asked.quantity is not None
        and asked.target is not None
        and is_verb(asked.target)
        and asked.stated
        and covers[lead] <= {asked.target}
        and any(cover - {asked.target} for cover in covers)
    ):
        # A doing counted (多少人参加) of a thing the question pins down by its figure, by a
        # sentence wording nothing else asked while another words the thing: 8750人次参与 of
        # another campaign for 那80多场演练有多少人参加.
        missing = [t for t in terms if t not in covers[lead]]
        return Verdict(False, "no_figure", uncovered=missing, best_score=best)
    chosen = [lead]
    covered = set(covers[lead])
    on_subject = [_on_subject(cover, covers[lead]) for cover in covers]
    # Sentences covering what the lead leaves out come first, then ones as good as the lead.
    # One wording only a verb of the question, on something else, counts the verb as done but
    # is not quoted: 完善镇街应急处置组织体系 beside a district's 应急预案体系, asked how 预案 were revised.
    for i in order[1:]:
        if len(chosen) < limit and covers[i] - covered and _distinct(pool[i], pool, chosen):
            if on_subject[i]:
                chosen.append(i)
            covered |= covers[i]
    for i in order[1:]:
        close_enough = pool[i].citation.score >= pool[lead].citation.score - config.quote_margin
        good = close_enough and share[i] >= share[lead] and figure[i] and on_subject[i]
        if len(chosen) < limit and i not in chosen and good and _distinct(pool[i], pool, chosen):
            chosen.append(i)
    # Further sentences that cover as much of the question as the lead, at any score: the room
    # is theirs rather than left empty. (Enough share alone would let 加强内部管理 in for a
    # two-term question on 规范性文件管理.)
    for i in order[1:]:
        alone = enough[i] and share[i] >= share[lead] and informative[i] and figure[i] and on_subject[i]
        if len(chosen) < limit and i not in chosen and alone and _distinct(pool[i], pool, chosen):
            chosen.append(i)
    # Then sentences that score nearly as well as the lead, though they word less of it.
    for i in sorted(range(len(pool)), key=lambda i: -pool[i].citation.score):
        near = pool[i].citation.score >= pool[lead].citation.score - config.fill_margin
        good = near and share[i] > 0 and informative[i] and figure[i] and on_subject[i]
        if len(chosen) < limit and i not in chosen and good and _distinct(pool[i], pool, chosen):
            chosen.append(i)
    missing = [t for t in terms if t not in covered]
    for run in asked.together:
        run = run & set(terms)
        if len(run) > 1 and not any(run <= covers[i] for i in chosen):
            # A sentence passed over for wording it bare (三是开展安全生产委托行政执法) says it was done.
            holding = next((i for i in order if run <= covers[i]), None)
            if holding is not None:
                chosen = [*chosen[: limit - 1], holding]
                continue
            # Named as the question writes it: each part alone is worded somewhere.
            compound = "".join(sorted(run, key=lambda t: normalize_for_matching(asked.text).find(t)))
            return Verdict(False, "not_covered", uncovered=[compound], best_score=best)
    if terms and len(missing) / len(terms) > 1 - config.min_share:
        return Verdict(False, "not_covered", uncovered=missing, best_score=best)
    # A term the district's report never words, carrying most of the question's weight: that
    # report does not speak of the subject, however well its other words match, and however
    # close a sentence's embedding comes to the term (北碚区's 执法全过程公开 is no 执法记录仪).
    if asked.said_in_scope is not None:
        worded_by_chosen = set().union(*(worded[i] for i in chosen))
        absent = [t for t in terms if t not in worded_by_chosen and not asked.said_in_scope(t)]
        if asked.quantity is not None:
            # What was done to the counted thing is nowhere in the report: its number of firms
            # counts another doing (约谈了多少家企业, 被约谈的企业有多少家: 处罚企业6家).
            doings = {asked.verb, *(t for t in asked.figure_words if is_verb(t))} - {asked.target}
            undone = [t for t in absent if t in doings]
            if undone:
                return Verdict(False, "not_covered", uncovered=undone, best_score=best)
            absent = [t for t in absent if t not in asked.figure_words]
        # ... or what a which-word asks for (培训 of 参加了哪些培训) is among them.
        thing_unsaid = any(t in asked.asked_things for t in absent)
        # ... or a place's name (硚口区的缙云应急志愿服务队): the thing named is another district's.
        place_unsaid = any(t in asked.places_of_one_report for t in absent)
        if (
            thing_unsaid
            or place_unsaid
            or _weighted_share(set(absent), terms, asked.idf or asked.rarity, 0.0)
            > config.max_uncovered_rarity
        ):
            return Verdict(False, "not_covered", uncovered=absent, best_score=best)
    # After the lead, the closest sentences first: a district's second place in a round robin
    # goes to its best-scoring sentence, not to the one that happened to word a leftover term.
    rest = sorted(chosen[1:], key=lambda i: (-pool[i].citation.score, pool[i].citation.start))
    citations = [pool[i].citation for i in [lead, *rest]]
    return Verdict(
        True,
        "answered",
        citations=citations,
        uncovered=missing,
        best_score=best,
        lead_share=len(worded[lead]) / len(terms) if terms else 1.0,
        lead_rarity=_weighted_share(worded[lead], terms, asked.rarity),
        lead_planned=planned[lead],
    )


def _without_other_alternatives(terms: list[str], worded: list[set[str]], asked: Asked) -> list[str]:
    """The terms still to cover once the items of a list the sentences do speak of are known:
    the other items are alternatives not taken. An item counts as spoken of when one sentence
    words (not merely comes close to) more than half its rarity: 监管 alone is no 包容审慎监管."""
    optional: set[str] = set()
    for items in asked.alternatives:
        held = [
            item for item in items
            if any(_weighted_share(item & said, list(item), asked.rarity) > 0.5 for said in worded)
        ]  # fmt: skip
        if held:
            optional |= set().union(*(item for item in items if item not in held))
    return [t for t in terms if t not in optional]


def _covered_terms(
    pool: list[Scored],
    term_wordings: dict[str, set[str]],
    embed: Callable[[list[str]], np.ndarray] | None,
    config: EvidenceConfig,
) -> tuple[list[set[str]], list[set[str]]]:
    """Per candidate, (the terms it covers, those it words): in any wording (its section titles
    count), or, for a term no candidate words, by an embedding similarity of at least
    `term_similarity`."""
    worded = []
    for candidate in pool:
        text = normalize_for_matching(candidate.citation.text) + " " + candidate.context
        worded.append({t for t, ways in term_wordings.items() if words_term(ways, text)})
    covers = [set(w) for w in worded]
    unworded = [t for t in term_wordings if not any(t in cov for cov in covers)]
    if embed is not None and unworded:
        similarities = np.stack([c.vector for c in pool]) @ embed(unworded).T
        for cov, row in zip(covers, similarities.tolist(), strict=True):
            cov |= {t for t, s in zip(unworded, row, strict=True) if s >= config.term_similarity}
    return covers, worded


def _weighted_share(
    some: set[str], terms: list[str], rarity: Mapping[str, float], without_weights: float = 1.0
) -> float:
    """Share of the terms' total rarity that `some` of them hold (`without_weights` when there
    are no terms or no weights)."""
    total = sum(rarity.get(t, 0.0) for t in terms)
    if not terms or total <= 0:
        return without_weights
    return sum(rarity.get(t, 0.0) for t in terms if t in some) / total


def _distinct(candidate: Scored, pool: list[Scored], chosen: list[int]) -> bool:
    """Not the same sentence again, not one quoted inside another, and not the same words
    under another list marker (a report that repeats 一是制定… as 二是制定… says it once)."""
    text = _body(candidate.citation.text)
    for i in chosen:
        other = pool[i].citation
        if other.report_id == candidate.citation.report_id and other.start == candidate.citation.start:
            return False
        other_text = _body(other.text)
        if text in other_text or other_text in text:
            return False
    return True


# A list marker at a sentence's start: reports repeat a sentence under 一是 and again under 二是.
# Not the point of a decimal (1.5万元).
_LIST_MARKER = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]+(?:[）)、]|[.．](?!\d))|[一二三四五六七八九十]是)"
)


def _body(text: str) -> str:
    """The sentence as compared for repeats: without its list marker and closing punctuation."""
    return _LIST_MARKER.sub("", normalize_for_matching(text).strip()).strip().rstrip("。；;！!，,")
