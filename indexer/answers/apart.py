"""A question joining two things the report writes apart (A的防汛决策指挥系统入选了“良好实践”案例,
where one sentence names the system and another names the 工贸安全在线 application as the case).

The decline said the sentences found "do not write" the system, which a reader takes to mean
the report never mentions it. What is true, and what the reader needs, is that the report
writes both and never together: the sentences writing the one do not write the other.
"""

from __future__ import annotations

import re

from indexer.answers.answer_types import Citation
from indexer.answers.substituted import OPEN_QUESTION
from indexer.answers.terms import is_verb, wordings, words_term
from indexer.text.normalize import normalize_for_matching
from indexer.text.sentences import SENTENCE_END

# Characters between two terms of the question that still make one phrase of them (了, the
# quotes around a name: 入选了应急管理部“良好实践”案例).
_PHRASE_GAP = 1
# A thing named in words enough to be one thing (防汛 决策 指挥系统), not a subject every
# sentence may leave to its context (执法人员, 问题).
MIN_THING_TERMS = 2


def written_apart(
    question: str, terms: list[str], missing: list[str], found: list[Citation], report_texts: list[str]
) -> str | None:
    """The notice that the reports asked of write the thing the lead sentence misses and the rest
    of the claim, never in one sentence; None unless a found sentence words the thing, another
    words the rest, and no sentence of `report_texts` wording the thing words that rest.

    The thing is the longest phrase the missing terms make in the question (防汛决策指挥系统, not
    实现 or 功能, which a question asking on may add), of two terms or more."""
    texts = [normalize_for_matching(c.text) for c in found]

    ways = {t: wordings(t, question) | {t} for t in terms}

    def words(term: str, text: str) -> bool:
        return words_term(ways.get(term) or wordings(term, question) | {term}, text)

    # Only what some sentence words can be written apart (拿到 of 拿到了…案例 is no report's word).
    worded = [t for t in missing if any(words(t, text) for text in texts)]
    thing = max(_phrase_groups(question, worded), key=lambda group: len(group[0]), default=None)
    if thing is None or len(thing[1]) < MIN_THING_TERMS:
        return None
    flat = normalize_for_matching(question)
    setting = _SETTING.search(flat)
    if setting and thing[0] in setting.group(1) and _OPEN_ASK.search(flat[setting.end() :]):
        return None  # 参加案卷评查时，普查的是哪段: when the asked thing happened, not a claim joining them
    holding = [text for text in texts if all(words(t, text) for t in thing[1])]
    rest = [t for t in terms if t not in missing]
    others = [text for text in texts if text not in holding]
    if not holding or not rest or not others:
        return None
    lead = max(others, key=lambda text: sum(words(t, text) for t in rest))
    # The part of the claim no sentence on the thing writes (入选…案例, not 系统).
    unjoined = [t for t in rest if words(t, lead) and not any(words(t, text) for text in holding)]
    claim = max(_phrase_groups(question, unjoined), key=lambda group: len(group[0]), default=None)
    if claim is None:
        return None
    every_sentence = [
        s
        for text in report_texts
        for s in _with_continuations(SENTENCE_END.split(normalize_for_matching(text)))
    ]
    if any(all(words(t, s) for t in [*thing[1], *claim[1]]) for s in every_sentence):
        return None  # written together somewhere the search did not reach
    one, other = thing[0], claim[0]
    return f"报告写到了“{one}”，也写到了“{other}”，但写到“{one}”的句子都没有写“{other}”"


def _with_continuations(sentences: list[str]) -> list[str]:
    """The sentences, each one going on from the one before it joined to it: 梳理了…普法责任清单。
    并于今年5月在…网站…进行了公示 writes the list and its publication together."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and _GOES_ON.match(sentence):
            joined[-1] += sentence
        else:
            joined.append(sentence)
    return joined


# A sentence with no subject of its own, going on from the one before (并于…, 同时…, 随后…).
_GOES_ON = re.compile(r"\s*(?:并|且|随后|之后又|后又|同时还)")


# A clause setting when the rest happened (参加案卷评查时，), not a claim of it.
_SETTING = re.compile(r"([^，,。？?；;]+?)(?:的时候|时|期间)[，,]")
_OPEN_ASK = re.compile(r"什么|哪|几|多少|如何|怎么|怎样")


def _phrase_groups(question: str, terms: list[str]) -> list[tuple[str, list[str]]]:
    """The terms as the question writes them: neighbours joined into the question's own span
    (防汛 决策 指挥系统 -> 防汛决策指挥系统), each span with its terms."""
    text = normalize_for_matching(question)
    spans = sorted((at, at + len(t), t) for t in terms if (at := text.find(t)) >= 0)
    groups: list[tuple[int, int, list[str]]] = []
    for start, end, term in spans:
        if groups and start - groups[-1][1] <= _PHRASE_GAP:
            first, last, members = groups[-1]
            groups[-1] = (first, max(last, end), [*members, term])
        else:
            groups.append((start, end, [term]))
    # Quotes dropped: a span may hold one of a pair (良好实践”案例).
    return [(re.sub(r"[“”‘’\"']", "", text[start:end]), members) for start, end, members in groups]


# A claim put up for a yes or no (…吗, …吧), not an open question.
_YES_NO = re.compile(r"(?:吗|吧)[？?！!。]*$")
_DOERS = ("人员", "人", "者", "员", "队", "局", "部门", "单位", "企业")


def compound_apart_notice(question: str, terms: list[str], texts: list[str]) -> str:
    """The notice when a yes-no question names one thing in two adjacent words (行政复议案件) and
    the quoted sentences write each word only apart from the other (发挥行政复议…作用; 行政诉讼
    案件…): read together they would confirm a thing no sentence writes; "" otherwise."""
    asked = normalize_for_matching(question)
    if not _YES_NO.search(asked) or OPEN_QUESTION.search(asked):
        return ""
    written = [normalize_for_matching(t) for t in texts]
    for first, second in zip(terms, terms[1:], strict=False):
        at = asked.find(first)
        if at < 0 or not asked.startswith(second, at + len(first)) or is_verb(first) or is_verb(second):
            continue
        if first.endswith(_DOERS):
            continue  # 执法人员办案: a doer and its doing, no one thing
        firsts, seconds = wordings(first, question), wordings(second, question)
        holding_first = [t for t in written if any(w in t for w in firsts)]
        holding_second = [t for t in written if any(w in t for w in seconds)]
        if not holding_first or not holding_second:
            continue  # a word no sentence writes is the uncovered-term notice's
        if any(any(w in t for w in seconds) for t in holding_first):
            continue
        return (
            f"所引句子没有一句同时写到“{first}”和“{second}”，不能据此确认“{first}{second}”；以下是报告原句。"
        )
    return ""
