"""Does `ask` decline a topic a district's report never speaks of, when another report does?

Each topic below occurs in one report of the bundled corpus and, in no wording `ask` knows, in
the other named districts' reports (picked by hand from the words that only one report uses,
leaving out names, places and generic phrasing). Every topic is put to every named district in
a few question forms that add an everyday word the district's report does use (管理, 检查,
宣传, 制度, 应对). The topic's own district must be answered, citing a sentence that words
the topic; every other one declined as `not_covered`: answered from its generic sentences is
the failure this probes.

    python3 -m indexer.evaluation.topic_probe --index DIR [--misses]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from indexer.answers.answer import answer_question
from indexer.answers.evidence import EvidenceConfig
from indexer.answers.terms import wordings, words_term
from indexer.evaluation.ask_eval import open_searcher
from indexer.retrieval.search import Searcher
from indexer.text.normalize import normalize_for_matching

# district -> topics only its report speaks of (in the bundled corpus)
TOPICS = {
    "普陀区": ("信用修复",),
    "硚口区": ("大比武", "国际减灾日", "资格考试"),
    "北碚区": ("危险源", "特种设备", "烟花爆竹", "出庭应诉", "许可证"),
    "沙坪坝区": ("政协提案", "以案释法", "强降雨"),
}
# Topics two to four reports speak of (picked the same way): put to every district at once,
# the answer must list those reports and no other.
SHARED_TOPICS = ("法律顾问", "执法记录仪", "民法典", "行刑衔接", "案卷评查", "双随机", "柔性执法")
FORMS = (
    "{district}在{topic}方面做了哪些工作？",
    "{district}有没有搞{topic}？",
    "{district}对{topic}是怎么管理的？",
    "{district}的{topic}宣传是怎么开展的？",
    "{district}在{topic}上有哪些制度？",
    "{district}对{topic}开展了哪些检查？",
    "{district}是怎么应对{topic}的？",
    # A list whose other item only points at "something like it" is still about the topic.
    "{district}有没有开展{topic}或类似的工作？",
)

# Put to every district at once: only the districts whose reports word the topic belong in it.
GROUPED_FORMS = (
    "各区{topic}的管理情况",
    "哪些区对{topic}开展了检查？",
    "各区在{topic}方面有哪些制度？",
    "各区{topic}的配备情况",
    "比较各区的{topic}宣传",
    "各区的{topic}发挥了什么作用？",
    # Nouns saying what kind of answer is wanted, after the subject (question.FRAMING_RARITY).
    "各区{topic}存在哪些问题？",
    "各区{topic}有什么特色？",
    "各区对{topic}有什么规定？",
    "各区在{topic}上有什么亮点？",
)


@dataclass
class ProbeReport:
    counts: Counter = field(default_factory=Counter)  # (own|other, right|wrong) -> questions
    # Several-district forms: reports listed that word the topic, listed that do not, not listed
    # that do.
    grouped: Counter = field(default_factory=Counter)
    grouped_misses: list[str] = field(default_factory=list)  # listing a report that never words it
    misses: list[tuple[str, str]] = field(default_factory=list)  # (question, reason given)


def probe_questions(searcher: Searcher) -> list[tuple[str, str, bool]]:
    """(question, topic, should be answered) for every topic, form and named district whose
    report words the topic (its own) or holds no wording of it (another); a district with a
    wording of it is left out, since it may well answer."""
    texts = {
        r["district"]: normalize_for_matching(searcher.cleaned_text(r["report_id"]))
        for r in searcher.reports
        if r.get("district")
    }
    questions = []
    for owner, topics in TOPICS.items():
        if owner not in texts:
            continue
        for topic in topics:
            for district, text in texts.items():
                if district != owner and words_term(wordings(topic, topic), text):
                    continue
                questions += [
                    (form.format(district=district, topic=topic), topic, district == owner) for form in FORMS
                ]
    return questions


def run_probe(searcher: Searcher, config: EvidenceConfig | None = None) -> ProbeReport:
    report = ProbeReport()
    for question, topic, answerable in probe_questions(searcher):
        answer = answer_question(searcher, question, config=config)
        if answerable:  # and from a sentence that words the topic, not from generic ones
            ways = wordings(topic, topic)
            right = answer.answered and any(
                words_term(ways, normalize_for_matching(c.text)) for c in answer.citations
            )
        else:
            right = not answer.answered and answer.reason == "not_covered"
        report.counts["own" if answerable else "other", "right" if right else "wrong"] += 1
        if not right:
            report.misses.append((question, answer.reason))
    texts = {
        r["report_id"]: normalize_for_matching(searcher.cleaned_text(r["report_id"]))
        for r in searcher.reports
    }
    for topic in (*(t for topics in TOPICS.values() for t in topics), *SHARED_TOPICS):
        saying = {report_id for report_id, text in texts.items() if words_term(wordings(topic, topic), text)}
        for form in GROUPED_FORMS:
            question = form.format(topic=topic)
            listed = {c.report_id for c in answer_question(searcher, question, config=config).citations}
            report.grouped["listed, words it"] += len(listed & saying)
            report.grouped["listed, never words it"] += len(listed - saying)
            report.grouped["not listed, words it"] += len(saying - listed)
            if listed - saying:
                report.grouped_misses.append(question)
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--misses", action="store_true", help="list the questions handled wrongly")
    args = parser.parse_args(argv)
    report = run_probe(open_searcher(args.index))
    for side, label in (
        ("own", "asked of the topic's own district, answered"),
        ("other", "asked of another district, declined"),
    ):
        right, wrong = report.counts[side, "right"], report.counts[side, "wrong"]
        print(f"{label}: {right} of {right + wrong}")
    grouped = report.grouped
    print(
        f"asked of every district: {grouped['listed, words it']} reports listed that word the topic, "
        f"{grouped['listed, never words it']} that never do, {grouped['not listed, words it']} left out that do"
    )
    if args.misses:
        for question, reason in report.misses:
            print(f"  {question}  ->  {reason}")
        for question in report.grouped_misses:
            print(f"  {question}  ->  lists a report that never words the topic")


if __name__ == "__main__":
    main()
