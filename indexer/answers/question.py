"""One question as the checks see it: its topic without scope words, its content terms settled
against the corpus's words, the figures and names it states, the quantity it asks for, and
each term's rarity; worked out once per question."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from indexer.answers import dates, document_numbers, premise, quoted, shares, slots, stated_figures
from indexer.answers.evidence import Asked
from indexer.answers.figures import (
    MEASURE_NOUNS,
    REACHING,
    QuantityAsked,
    asked_by_noun_only,
    asks_count,
    counted_modifiers,
    figure_terms,
    guessed_count,
    quantity_asked,
    quantity_target,
    quantity_verb,
)
from indexer.answers.question_forms import (
    ANSWER_TYPES,
    alternatives,
    answer_kinds,
    judgement_asked,
    without_judgement,
)
from indexer.answers.scope_check import (
    PLAN_WORDS,
    SHORTCOMING_WORDS,
    asks_plan,
    asks_plans,
    asks_shortcomings,
)
from indexer.answers.sentences import topic_terms
from indexer.answers.terms import Vocabulary, content_terms, graded, is_plain_verb, is_verb, without_bureau
from indexer.retrieval.evidence import TermStats
from indexer.retrieval.feedback import local_term_stats
from indexer.retrieval.scope import DISTRICTS_COUNTED, QueryScope
from indexer.retrieval.search import Searcher
from indexer.text.misspelled import WrittenWords
from indexer.text.normalize import normalize_for_matching

# A question asking whether something was done (是否建设了, 有没有开展, …了吗).
# 对吧, 没错吧, 了吧: a claim put up for confirmation asks yes or no as much as 吗 does (介绍一下吧
# asks for an account).
# 拿了别的奖没: speech closes a yes-no with 没 or 没有 (为什么没有 asks why).
_MONTH_AND_DAY = re.compile(r"几月几[日号]|哪年哪月|几月份?")
_YES_NO = re.compile(
    r"是否|有没有|有无|是不是|能否|会不会|对不对|吗[?？]?$|(?:[了的对是]|没错)吧[?？]?$|(?<!什么)(?<!为何)(?<!怎么)没有?[?？]?$"
    # a thing said done, then 吧 (入选了“良好实践”案例吧); not a request (讲讲吧)
    r"|了[^，,。？?！!]{1,20}吧[?？]?$"
)

# A verb says what was done about the subject (配备, 管理, 检查), a noun what the subject is
# (执法记录仪): its rarity counts half. Without this, 各区执法记录仪配备情况 listed 北碚区 for
# its 人员配备标准 (配备 is as rare as 执法记录仪); chosen on the topic probe's several-district
# forms (reports listed that never word the topic 15 -> 0; 0.7 left 10), test half unchanged,
# one gold district fewer on ask_extra (docs/ask-calibration.md). The same holds for a noun
# saying what kind of answer is wanted (行政复议存在哪些问题: question_forms.answer_kinds): counted whole,
# 问题 let every district's generic problems in (78 listings of reports never wording the
# topic over four such forms, now 0; docs/ask-calibration.md has the held-out forms).
FRAMING_RARITY = 0.5


class Question:
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
        if len(scope.districts) >= 2:  # 北碚区和硚口区两家: the districts named, counted; no claim
            counted = [m.span() for m in _BUREAUS_COUNTED.finditer(normalize_for_matching(question))]
            self.figures = [f for f in self.figures if not any(a <= f.start < b for a, b in counted)]
        # The figures stated of one district where another is asked too: no claim of the other's.
        self.figure_owners = {
            f.start: owner
            for f in self.figures
            if (owner := figure_owner(searcher, question, f.start, scope))
        }
        self.quoted = quoted.quoted_in(question)
        self.topic = stated_figures.without_figures(self.topic, self.figures)
        self.search_text = stated_figures.in_digits(normalize_for_matching(question), self.figures)
        self.judgement = judgement_asked(question)
        if self.judgement:  # 哪个区的执法最规范: 执法 is the topic, 最规范 asks for a ranking
            self.topic = without_judgement(self.topic)
        self.score_terms = topic_terms(searcher, self.topic)
        vocabulary = corpus_vocabulary(searcher)
        self.terms = vocabulary.settle(content_terms(searcher._tokenizer, self.topic), question)
        self.terms = vocabulary.with_dropped_ends(self.terms, self.topic, searcher._tokenizer.words)
        whole = vocabulary.with_split_words(self.terms, self.topic, searcher._tokenizer.words)
        # A word jieba cut into characters (约谈) scores sentences as the query's other words do.
        self.score_terms |= set(whole) - set(self.terms)
        self.terms = whole
        self.terms = graded(self.terms, self.topic)
        joined = vocabulary.verbs_joined(self.terms, self.topic, searcher._tokenizer.words)
        self.terms = list(dict.fromkeys(joined.get(t, t) for t in self.terms))
        self.terms = premise.without_baselines(self.terms, question)
        # jieba cuts a quoted name into pieces no report writes (两委十一办四指 -> 办四指); the
        # name itself is checked whole, marks aside (quoted.writes).
        self.terms = [
            t
            for t in self.terms
            if vocabulary.knows(t, question) or not any(t in quoted.bare(n) for n in self.quoted)
        ]
        # 年末才挂牌的吧: the time claimed is checked against the month written (dates.py)
        self.terms = [t for t in self.terms if t not in dates.SEASON_WORDS] or self.terms
        self.share = shares.claimed_share(question)
        if self.share is not None:  # 占了一半多: worked out from the figures (claims), no word to find
            # Any piece of its words too (超过半数 cut as 超过 / 半数).
            self.terms = [
                t for t in self.terms if t not in self.share.words and t not in shares.share_words()
            ]
        if asks_shortcomings(question):  # answered from the problems section (section_answering)
            self.terms = [t for t in self.terms if t not in SHORTCOMING_WORDS]
        if asks_plans(question):  # … and 有什么计划 from the plan section
            self.terms = [t for t in self.terms if t not in PLAN_WORDS]
        slot = slots.asked_slot(question)  # 电话是多少 asks for a number to call, not a quantity
        if self.share is not None and slot == slots.EVERY:  # 一半以上都有证: a share, not whether all
            slot = None
        if slot == slots.EVERY and _districts_all(question, scope):  # 沙坪坝和北碚都…了吗: each
            slot = None
        if slot == slots.EVERY and _COUNT_THEN_ALL.search(normalize_for_matching(question)):
            slot = None  # 给2500多家企业都建档了吗: the count claimed is checked, not "all"
        # 几月几日 asks a date, not a number of days
        dated = slot in (slots.DAY, slots.MONTH) and _MONTH_AND_DAY.search(normalize_for_matching(question))
        self.asked: QuantityAsked | None = (
            None
            if slot in (slots.PHONE, slots.DOCUMENT, slots.FREQUENCY) or dated
            else quantity_asked(question)
        )
        if slot == slots.CAUSE:  # 是什么原因: a sentence gives it (因受疫情影响…故), not the word
            self.terms = [t for t in self.terms if t not in slots.CAUSE_WORDS] or self.terms
        if slot == slots.DOCUMENT:  # the number answers it; no sentence writes the word 文号
            self.terms = [
                t for t in self.terms if not any(t in w for w in slots.DOCUMENT_WORDS)
            ] or self.terms
        changed_by = all(f.percent for f in self.figures) and premise.asked_direction(question)
        if self.asked and self.figures and changed_by and asked_by_noun_only(question):
            # 死亡人数降了27.8%吗: the change stated is what is checked, not a count of people
            self.asked = QuantityAsked(("percent",))
        # 持证比例: the unit kind stands for 比例, the answer need not word it; nor a figure
        # stated of it (罚款总额是80万: the figure checks read 80万元)
        if self.asked or self.figures:
            self.terms = [t for t in self.terms if t not in MEASURE_NOUNS] or self.terms
        words = searcher._tokenizer.words(without_bureau(normalize_for_matching(self.topic)))
        if self.asked and not self.terms:  # 罚了多少钱, 死了几个人: the verb is all there is
            self.terms = [
                w for w, after in zip(words, words[1:], strict=False) if len(w) == 1 and after in ("了", "过")
            ]
        # 救了多少人: a one-character verb right before the quantity is what did the counting;
        # a count of people beside other words (队员19人) is how many there are, not how many saved.
        self.acted = _acted(words) if self.asked else None
        # Found where the question writes it, then as joined to its verb (案子 -> 立案).
        as_asked = {word: noun for noun, word in joined.items()}
        unjoined = [as_asked.get(t, t) for t in self.terms]
        self.target = quantity_target(question, unjoined) if self.asked else None
        self.target = joined.get(self.target, self.target)
        reached = quantity_verb(question, unjoined) if self.asked else None
        if reached in REACHING and self.target != reached:  # 培训覆盖了多少人: no sentence need say 覆盖
            self.terms = [t for t in self.terms if t != reached]
        # Only nouns narrow what is counted (参加 of 多少名执法人员参加培训 does not), and an item
        # of a list of alternatives (危化或烟花爆竹) need not be worded with the others.
        in_lists = {t for items in alternatives(self.topic, self.terms) for item in items for t in item}
        # A change asked (哪个区检查次数增幅最大) counts no thing a modifier could narrow.
        # (nor people of no noun, “252”机制是多少人: what comes before names no kind of them)
        counts_thing = self.asked and self.target is not None and not is_verb(self.target)
        self.modifiers = [
            m
            for m in (counted_modifiers(question, self.terms) if counts_thing else [])
            # 工贸 of 工贸企业: the counted noun already holds it, so no sentence counting that
            # noun can leave it out; named again, it made the notice read “工贸工贸企业”.
            if not is_verb(m) and m not in in_lists and m not in (self.target or "")
        ]
        self.slot = None if self.asked else slot
        self.yes_no = bool(_YES_NO.search(normalize_for_matching(question)))
        self.vector = searcher.query_vector(self.topic)
        self._encoder = searcher.encoder
        self._words = searcher._tokenizer.words
        self._term_vectors: dict[str, np.ndarray] = {}
        self._neighbours: dict[str, float] = {}
        # What a which-word asks for after a subject: a kind of answer frames the question
        # (存在哪些问题); anything else is the thing asked about (参加了哪些培训).
        stats = term_stats(searcher)
        idf = {t: stats.idf(t) for t in self.terms}
        kinds = answer_kinds(self.topic, self.terms)
        framing, things = kinds & ANSWER_TYPES, kinds - ANSWER_TYPES
        # A named thing some report writes whole (安全生产信息监管子系统), asked in any form: where the
        # reports asked of never write it, 防汛, 决策 and 系统 from three sentences are no word
        # of it (verdicts holds them to one sentence then).
        self.named_runs = tuple(
            (run, text)
            for run in ([] if self.yes_no else _runs(self.topic, self.terms))
            if (text := _run_text(self.topic, run)) in vocabulary.text
        )
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
            _rarity(idf, framing, things),
            idf=idf,
            alternatives=alternatives(self.topic, self.terms),
            # A word no report uses (有什么动作) is left to the unknown-term rule: it may be a
            # colloquial kind of answer ANSWER_TYPES does not know.
            asked_things=frozenset(t for t in things if vocabulary.knows(t, question)),
            together=_runs(self.topic, self.terms) if self.yes_no else (),
            # Only beside a count asked in words (68件里有多少件): 金额达到71000元的是哪个区
            # asks who, and its figure is what the answer must write.
            stated=tuple(
                stated_figures.in_digits_only(f)
                for f in self.figures
                if not guessed_count(question, f.start) and f.start not in self.figure_owners
            )
            if asks_count(question)
            else (),
        )

    def _neighbour(self, window: str) -> float:
        """How close the nearest sibling of the asked noun in a number's window comes to it, by
        term embedding: a word (or two adjacent words: 宣传 + 手册) with the noun's modifier or
        its head (宣传手册 / 宣传材料); 0 when there is none. A part of the noun is no sibling
        of it (执法 counts no 执法人员). The modifier of a long noun is all of it before the
        head: 重大责任 shares only 重大 with 重大事故隐患 and is no sibling of it."""
        if window not in self._neighbours:
            target = self.target or ""
            modifier = target[:-2] if len(target) > 4 else target[:2]
            tokens = [w for w in self._words(window) if w.strip() and not any(ch.isdigit() for ch in w)]
            words = {*tokens, *(a + b for a, b in zip(tokens, tokens[1:], strict=False))}
            # The modifier and then an action is no sibling thing: 举报查处 (reports acted on)
            # of 举报奖励 counts cases, not rewards.
            siblings = sorted(
                w for w in words
                if len(w) >= 2 and w not in target and target not in w
                and len(target) >= 3 and (w.startswith(modifier) or w[-2:] == target[-2:])
                and not (w.startswith(modifier) and is_plain_verb(w[len(modifier):]))
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


# Verbs of a thing happening: 发生了多少起火灾 counts fires that broke out, not the 处置初期火灾
# 44起 that teams put out; the number's own clause must say it happened, whatever it counts.
OCCURRED = frozenset({"发生", "出现"})


# Verbs standing in for any doing in speech (搞了多少场, 弄了几次, 干了几起): the report's own verb
# (开展, 组织) counts them, so they say nothing of what was done.
_DUMMY_VERBS = frozenset("搞 弄 干 做 办 整 开 有 来 进".split())


# A change said with one character (同比涨了多少, 降了几成): its size is asked, not a count of doings.
_CHANGES = frozenset("涨 降 增 减 升 跌 多 少 高 低".split())


def _acted(words: list[str]) -> str | None:
    """The one-character verb a quantity word follows (救了多少人 -> 救), or a verb of happening
    (发生了多少起 -> 发生); None when there is none."""
    for at, word in enumerate(words):
        if not word.startswith(("多少", "几")) or at == 0:
            continue
        before = words[at - 1]
        aspect = before in _ASPECTS and at >= 2  # 救 了 / 救 出来
        verb = words[at - 2] if aspect else before
        if verb in OCCURRED or (aspect and len(verb) == 1 and verb not in _DUMMY_VERBS | _CHANGES):
            return verb
        if len(before) == 2 and before[1] in "过出" and before not in _NOT_ASPECT:  # 救过, 救出
            return before[0]
    return None


_ASPECTS = frozenset({"了", "过", "出", "出来", "到", "回来"})
# Words whose 过 or 出 is no aspect of a one-character verb (超过多少家, 提出几条).
_NOT_ASPECT = frozenset(
    "通过 经过 超过 不过 没过 提出 做出 作出 支出 付出 输出 退出 推出 突出 指出 发出 派出 列出 给出".split()
)


# A count claimed, then 都 of those counted (2500多家企业都…).
_COUNT_THEN_ALL = re.compile(
    r"(?:\d+|[一二两三四五六七八九十百千万]{2,})\s*[余多]?\s*[个家件起名人项处支场次][\u4e00-\u9fff]{0,6}?都"
)


def _run_text(topic: str, run: frozenset[str]) -> str:
    """A run's terms joined in the order the question writes them."""
    text = normalize_for_matching(topic)
    return "".join(sorted(run, key=text.find))


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


def term_stats(searcher: Searcher) -> TermStats:
    """Document frequencies of the local BM25 index, or of the reports' paragraphs for a backend
    that keeps none (Milvus): about as many paragraphs as passages."""
    stats = local_term_stats(searcher.backend)
    if stats is None:
        paragraphs = corpus_vocabulary(searcher).paragraphs
        stats = TermStats(lambda term: sum(term in p for p in paragraphs), len(paragraphs))
    return stats


def _rarity(idf: dict[str, float], framing: frozenset[str], things: frozenset[str]) -> dict[str, float]:
    """Each term's IDF in the local BM25 index (a term it never saw counts as rarest), at
    FRAMING_RARITY for a verb or a framing noun; a thing a which-word asks for counts whole,
    verbal noun or not (培训). A backend that keeps no document frequencies (Milvus) gets them
    from the reports' paragraphs instead, about as many as passages. (With whole reports as
    documents, a topic four of five reports word was as common as 配备, and
    各区法律顾问的配备情况 listed a report that never words it.)"""
    halved = {t for t in idf if (is_verb(t) or t in framing) and t not in things}
    return {t: value * (FRAMING_RARITY if t in halved else 1.0) for t, value in idf.items()}


_VOCABULARIES: dict[tuple[str, str], Vocabulary] = {}


def corpus_vocabulary(searcher: Searcher) -> Vocabulary:
    """The corpus's words, read once per loaded index version."""
    key = (str(searcher.index_dir), searcher.version)
    if key not in _VOCABULARIES:
        _VOCABULARIES[key] = Vocabulary(
            {r["report_id"]: searcher.cleaned_text(r["report_id"]) for r in searcher.reports}
        )
    return _VOCABULARIES[key]


_WRITTEN_WORDS: dict[tuple[str, str], WrittenWords] = {}


def written_words(searcher: Searcher) -> WrittenWords:
    """The words the reports use and how often, to read a mistyped question back to them; read
    once per loaded index version."""
    key = (str(searcher.index_dir), searcher.version)
    if key not in _WRITTEN_WORDS:
        counts = Counter(searcher.tokenize(corpus_vocabulary(searcher).text))
        _WRITTEN_WORDS[key] = WrittenWords(counts, searcher.districts())
    return _WRITTEN_WORDS[key]


def _districts_all(question: str, scope: QueryScope) -> bool:
    """Whether the question's 都 is of the districts it names (沙坪坝和北碚都委托了吗, written
    without 区), not of the things asked about."""
    if len(scope.districts) < 2:
        return False
    names = "|".join(re.escape(d.rstrip("区县")) for d in scope.districts)
    text = normalize_for_matching(question)
    return bool(re.search(rf"(?:{names})(?:区|县)?(?:这?两个区)?(?:是不是|是否|有没有)?都", text))


_CLAUSE = re.compile(r"[^，,；;？?。！!]+")


def figure_owner(searcher: Searcher, question: str, start: int, scope: QueryScope) -> frozenset[str]:
    """The district the figure at `start` (of the normalised question) is stated of, when the
    question asks of another too (沙坪坝培训6000多人，北碚培训了多少; 硚口查处了15起，罚了72.8万，
    那北碚罚了多少): the nearest clause naming a district, back to the start of the figure's
    sentence. Empty when the figure is of no one district, or no other is asked: the other
    district's own figure answers, whether or not it has the same value."""
    if len(scope.districts) < 2:
        return frozenset()
    text = normalize_for_matching(question)
    clauses = list(_CLAUSE.finditer(text))
    at = next((i for i, m in enumerate(clauses) if m.start() <= start < m.end()), None)
    if at is None:
        return frozenset()
    owner: frozenset[str] = frozenset()
    first = at
    for i in range(at, -1, -1):
        owner = frozenset(searcher.scope_of(clauses[i].group()).districts)
        if owner:
            first = i
            break
        if i and text[clauses[i - 1].end() : clauses[i - 1].end() + 1] in "？?。！!":
            break  # (not past the sentence before)
    rest = text[: clauses[first].start()] + "，" + text[clauses[at].end() :]
    return owner if owner and set(searcher.scope_of(rest).districts) - owner else frozenset()


def _without_scope(question: str, scope: QueryScope, searcher: Searcher) -> str:
    text = normalize_for_matching(question)
    for district in scope.districts:
        full = normalize_for_matching(district)
        text = text.replace(full, "").replace(full[:-1], "")
    for place in searcher.places:  # 武汉硚口区: 武汉 is scope, not topic
        full = normalize_for_matching(place)
        text = text.replace(full, "").replace(full[:-1], "") if len(full) > 2 else text
    for year in (*scope.years, *scope.other_years):
        text = text.replace(f"{year}年度", "").replace(f"{year}年", "")  # no stray 度 left
    text = _DISTRICTS_COUNTED.sub("", text)  # 五个区里有几个区提到了…: the scope, not the topic
    if len(scope.districts) >= 2:  # 北碚区和硚口区两家应急管理局: the districts named, counted
        text = _BUREAUS_COUNTED.sub("", text)
    return text.strip() or question


_DISTRICTS_COUNTED = re.compile(rf"{DISTRICTS_COUNTED}(?:里|中|当中|之中|之间)?")
_BUREAUS_COUNTED = re.compile(
    r"这?[两二三四五](?:家|个)(?=区?应急|单位|局)|这?[两二三四五]区(?=应急|的|都|在|之间)"
)
