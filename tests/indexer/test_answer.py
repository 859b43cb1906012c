"""Extractive answers on the real index: citations, grouping, scoping, the evidence check per
reason, and the generation path held to the same check.

The questions here are worded for these tests; none is taken from evalsets/ask.jsonl or an
eval file."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from indexer.answers import answer as answer_mod
from indexer.answers.answer import MAX_CITATIONS, PLAN_SECTION, answer_question
from indexer.answers.answer_types import REASONS, Citation, corrects_question, district_label
from indexer.answers.evidence import Asked, EvidenceConfig, Scored, check_evidence, is_informative
from indexer.answers.figures import has_figure, quantity_asked, quantity_target
from indexer.answers.generate import GenerationConfig, generate_answer
from indexer.answers.question import Question, corpus_vocabulary
from indexer.answers.question_forms import alternatives, answer_kinds, item_lists, judgement_asked
from indexer.answers.terms import (
    Vocabulary,
    content_terms,
    everyday_words,
    is_grammar_word,
    wordings,
    words_term,
)
from indexer.errors import BadQueryError
from indexer.text.normalize import normalize_for_matching

CALIBRATION = Path(__file__).resolve().parents[2] / "docs" / "ask-calibration.jsonl"


def reports_saying(searcher, *ways: str) -> set[str]:
    """The ids of the reports whose text holds any of these wordings."""
    return {
        r["report_id"]
        for r in searcher.reports
        if any(w in normalize_for_matching(searcher.cleaned_text(r["report_id"])) for w in ways)
    }


def quoted_sentence(text: str) -> Citation:
    """A made-up district's sentence, quoted whole, for the checks that read quoted sentences."""
    return Citation("p", "r", "r.txt", "甲区", 2023, (), text, 0, len(text), 1.0)


def assert_citations_are_exact(searcher, answer):
    for c in answer.citations:
        assert searcher.cleaned_text(c.report_id)[c.start : c.end] == c.text
        passage = searcher.passage(c.passage_id)
        assert passage.start <= c.start < c.end <= passage.end
        assert c.district == passage.district and c.source == passage.source


@pytest.mark.parametrize(
    "question",
    ["北碚区怎样处理行政诉讼案件？", "普陀区的执法大队是哪个月成立的？", "各区怎么利用安全生产月做宣传？"],
)
def test_citations_point_at_the_exact_sentence(searcher, question):
    answer = answer_question(searcher, question)
    assert answer.answered and answer.mode == "extractive"
    assert 0 < len(answer.citations) <= MAX_CITATIONS
    assert_citations_are_exact(searcher, answer)
    for n, c in enumerate(answer.citations, 1):
        assert f"{c.text}[{n}]" in answer.answer  # sentences are quoted verbatim with their number


def test_numbers_are_kept_verbatim(searcher):
    answer = answer_question(searcher, "硚口区全年立案查处了多少起违法案件？")
    assert answer.answered and answer.reason == "answered"
    assert answer.citations[0].district == "硚口区"
    # A figure the indicator table holds: stated as written, cited to the sentence stating it.
    assert "15起" in answer.answer and "15起" in answer.citations[0].text


def test_cross_district_questions_are_grouped_by_district(searcher):
    answer = answer_question(searcher, "哪些区开展了普法宣传活动？")
    assert answer.grouped_by_district and answer.answered
    labels = [line.split("：", 1)[0] for line in answer.answer.splitlines()]
    assert len(labels) == len(set(labels)) >= 3
    by_district = {}
    for c in answer.citations:
        by_district.setdefault(c.district or c.report_id, []).append(c)
    assert len(by_district) == len(labels)
    assert_citations_are_exact(searcher, answer)
    again = answer_question(searcher, "哪些区开展了普法宣传活动？")
    assert [c.passage_id for c in again.citations] == [c.passage_id for c in answer.citations]


def test_a_named_district_restricts_the_answer(searcher):
    for question in ("北碚区如何化解行政争议？", "北碚的行政复议工作怎么做的？"):
        answer = answer_question(searcher, question)
        assert answer.answered and not answer.grouped_by_district
        assert {c.district for c in answer.citations} == {"北碚区"}


def test_a_named_year_restricts_the_answer(searcher):
    answer = answer_question(searcher, "2022年普法宣传做了哪些工作？")
    assert answer.answered
    assert {c.year for c in answer.citations} == {2022}


def test_two_named_districts_are_compared_side_by_side(searcher):
    answer = answer_question(searcher, "比较普陀区和硚口区的行政执法监督")
    assert answer.grouped_by_district
    assert {c.district for c in answer.citations} <= {"普陀区", "硚口区"}


def test_a_district_outside_the_corpus_is_said_plainly(searcher):
    answer = answer_question(searcher, "朝阳区的安全生产执法情况如何？")
    assert not answer.answered and answer.citations == []
    assert "朝阳区" in answer.answer and "北碚区" in answer.answer


def test_questions_the_reports_do_not_cover_say_so(searcher):
    answer = answer_question(searcher, "各区的地铁票价是怎么调整的？")
    assert not answer.answered and answer.citations == []
    assert answer.reason == "not_covered" and "地铁" in answer.notice
    assert answer.notice in answer.answer
    assert answer.closest  # the nearest passages are offered, not presented as the answer


def test_the_first_calibration_questions_still_separate(searcher):
    """The 30 questions the old single threshold was chosen on (docs/ask-calibration.jsonl)."""
    rows = [json.loads(line) for line in CALIBRATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["answerable"] for r in rows) >= 10 and sum(not r["answerable"] for r in rows) >= 10
    wrong = [r["query"] for r in rows if answer_question(searcher, r["query"]).answered != r["answerable"]]
    assert wrong == []


# One test per reason, with questions worded for it.


@pytest.mark.parametrize(
    ("question", "district", "existing"),
    [
        ("沙坪坝区2019年的行政执法搞得怎么样？", "沙坪坝区", "2023年"),
        ("各区2019年都搞了哪些普法活动？", "任何区", "2022年、2023年"),
    ],
)
def test_a_year_without_a_report_is_declined_with_what_exists(searcher, question, district, existing):
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "no_report_for_scope" and answer.citations == []
    assert answer.notice.startswith(f"没有{district}2019年的报告；现有：{existing}")


def test_a_year_known_only_as_a_plan_is_not_what_was_done(searcher):
    done = answer_question(searcher, "普陀区2024年已经查处了多少违法企业？")
    assert not done.answered and done.reason == "no_report_for_scope"
    assert "2024年只作为计划出现在2023年报告" in done.notice
    planned = answer_question(searcher, "北碚区2024年打算怎样加强执法队伍建设？")
    assert planned.answered and "是计划而不是已完成的工作" in planned.notice
    assert {searcher.passage(c.passage_id).section_type for c in planned.citations} == {PLAN_SECTION}


def test_an_unknown_district_is_its_own_reason(searcher):
    answer = answer_question(searcher, "海淀区应急局去年办了多少件行政许可？")
    assert not answer.answered and answer.reason == "unknown_district"
    assert "海淀区" in answer.notice and "普陀区" in answer.notice


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("北碚区的应急演练有多少人参加？", "参加"),  # 北碚 reports its drills, never a head count
        ("沙坪坝区的安全小课堂微视频单期最高点击量是多少？", "点击"),
    ],
)
def test_a_figure_the_reports_do_not_give_is_declined(searcher, question, missing):
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "no_figure" and answer.citations == []
    assert missing in answer.notice and "具体数字" in answer.notice
    assert answer.closest


@pytest.mark.parametrize(
    ("question", "figure"),
    [("普陀区有多少家重点监管企业被列进了企码的张贴范围？", "198"), ("硚口区聘请了多少名专家？", "36名")],
)
def test_a_figure_is_answered_by_the_sentence_that_gives_it(searcher, question, figure):
    answer = answer_question(searcher, question)
    assert answer.answered and figure in answer.citations[0].text


@pytest.mark.parametrize(
    ("question", "term"),
    [("各区怎样规范共享单车停放？", "单车"), ("北碚区有没有开展电梯困人救援演练？", "电梯")],
)
def test_a_topic_no_report_covers_is_declined(searcher, question, term):
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "not_covered" and answer.citations == []
    assert term in answer.notice


def test_a_yes_no_question_one_sentence_confirms_is_answered(searcher):
    answer = answer_question(searcher, "普陀区应急局平时请律师吗？")  # the report: 借力外部法律顾问
    assert answer.answered and answer.citations[0].district == "普陀区"
    assert "法律顾问" in answer.citations[0].text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("北碚区村里有没有专门管应急的人？", "村配置了应急专干"),  # jieba cuts 村里: no subject
        ("北碚区做重大决策前要走哪些程序？", "法制审核"),  # jieba cuts 前要
    ],
)
def test_colloquial_wording_is_not_taken_for_a_missing_subject(searcher, question, said):
    answer = answer_question(searcher, question)
    assert answer.answered and any(said in c.text for c in answer.citations)


def test_meta_questions_are_answered_from_the_report_list(searcher):
    count = answer_question(searcher, "语料里一共有几份报告？")
    assert count.answered and count.reason == "meta" and count.citations == []
    assert f"共{len(searcher.reports)}份报告" in count.answer
    anonymous = [r["source"] for r in searcher.reports if not r.get("district")]
    hidden = answer_question(searcher, "哪份报告把区名隐去了？")
    assert hidden.answered and anonymous and all(source in hidden.answer for source in anonymous)
    assert answer_question(searcher, "你们的系统里有几个区？").reason == "meta"
    origin = answer_question(searcher, "这些报告是谁整理的？")
    assert not origin.answered and origin.reason == "meta" and "没有记录" in origin.notice


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("普陀区建了什么数据库？", "answered"),
        ("沙坪坝区的防汛决策指挥系统中有什么功能？", "answered"),
        ("普陀区怎样处理匿名举报？", "not_covered"),
    ],
)
def test_report_subjects_that_sound_like_the_corpus_are_not_meta(searcher, question, reason):
    assert answer_question(searcher, question).reason == reason


def test_a_several_district_answer_lists_every_district_that_says_so(searcher):
    """Completeness: every report using the term is among the answer's districts."""
    answer = answer_question(searcher, "哪些区聘请了法律顾问？")
    assert answer.answered and answer.grouped_by_district
    saying = reports_saying(searcher, "法律顾问")
    assert {c.report_id for c in answer.citations} == saying
    assert len(saying) >= 3
    assert all(name in answer.notice for name in {c.district for c in answer.citations} - {None})


def test_every_answer_says_why_in_its_json(searcher):
    for question in ("北碚区如何化解行政争议？", "各区怎样规范共享单车停放？"):
        data = answer_question(searcher, question).to_dict()
        assert data["reason"] in REASONS and data["notice"] and isinstance(data["answered"], bool)
        assert data["answered"] == (data["reason"] == "answered")


@pytest.mark.parametrize("question", ["", "   ", "问" * 501])
def test_bad_questions_are_refused(searcher, question):
    with pytest.raises(BadQueryError):
        answer_question(searcher, question)


def numbered_sources(extractive):
    """The sentences the model is shown, in prompt order: each passage's first cited sentence."""
    seen = {}
    for c in extractive.citations:
        seen.setdefault(c.passage_id, c.text)
    return list(seen.values())


class ChatStub:
    """A real local HTTP server speaking the OpenAI chat-completions shape, with a chosen reply."""

    def __init__(self, reply: str | None = None, behaviour: str = "reply"):
        self.reply = reply
        self.behaviour = behaviour
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
                )
                if stub.behaviour == "error":
                    self.send_response(500)
                    self.end_headers()
                    return
                if stub.behaviour == "slow":
                    time.sleep(2)
                message = {"role": "assistant", "content": stub.reply or "迟到的回答[1]。"}
                payload = json.dumps({"choices": [{"message": message}]})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


QUESTION = "各区如何开展法治宣传教育？"


def test_generated_claims_that_their_citations_support_are_kept(searcher):
    extractive = answer_question(searcher, QUESTION)
    first, second = numbered_sources(extractive)[:2]
    stub = ChatStub(f"根据报告：{first}[1]\n{second}[2][99]")
    with stub as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model", api_key="secret"))
    assert answer.mode == "generated" and answer.answered
    assert answer.notice != extractive.notice and "生成式" in answer.notice  # not "摘自报告原文"
    assert "[99]" not in answer.answer and "[1]" in answer.answer and "[2]" in answer.answer
    assert [c.text for c in answer.citations] == [first, second]
    assert_citations_are_exact(searcher, answer)
    request = stub.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    prompt = request["body"]["messages"][-1]["content"]
    assert "[1]" in prompt and extractive.query in prompt


def test_a_mis_cited_claim_is_dropped_and_the_rest_kept(searcher):
    extractive = answer_question(searcher, QUESTION)
    first = numbered_sources(extractive)[0]
    # A sentence of another district's report: one of the same report may say the same thing.
    lead_report = extractive.citations[0].report_id
    second = next(c.text for c in extractive.citations if c.report_id != lead_report)
    assert second in numbered_sources(extractive)
    # Another district's sentence cited as [1], then an honest claim citing [1].
    with ChatStub(f"{second}[1]\n{first}[1]") as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model"))
    assert answer.mode == "generated"
    assert second not in answer.answer and first in answer.answer
    assert [c.text for c in answer.citations] == [first]
    assert "已删去" in answer.notes[-1]


@pytest.mark.parametrize(
    "reply",
    [
        "各区均已全面完成法治宣传教育任务，全年共开展活动9999场，群众满意率100%。",  # confident, uncited
        "各区全年共开展法治宣传活动9999场，覆盖群众800万人次[1]。",  # cited, but [1] says no such thing
    ],
)
def test_a_confident_unsupported_reply_gives_way_to_the_extractive_answer(searcher, reply):
    extractive = answer_question(searcher, QUESTION)
    with ChatStub(reply) as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model"))
    assert answer.mode == "extractive" and answer.citations == extractive.citations
    assert "9999" not in answer.answer and extractive.answer in answer.answer


def test_a_declined_question_is_never_sent_to_the_model(searcher):
    extractive = answer_question(searcher, "各区怎样规范共享单车停放？")
    stub = ChatStub("各区都划定了共享单车停放区[1]。")
    with stub as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model"))
    assert answer == extractive and stub.requests == []


@pytest.mark.parametrize("behaviour", ["error", "slow"])
def test_generation_falls_back_to_the_extractive_answer(searcher, behaviour):
    extractive = answer_question(searcher, QUESTION)
    with ChatStub(behaviour=behaviour) as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model", timeout_s=0.5))
    assert answer.mode == "extractive"
    assert answer.citations == extractive.citations
    assert extractive.answer in answer.answer and answer.notes[-1] in answer.answer
    # Why, in words a reader (or a chatbot repeating it) understands: no exception names.
    expected = {"error": "生成服务", "slow": "生成服务超时"}[behaviour]
    assert expected in answer.notes[-1] and not re.search(r"[A-Za-z]+Error", answer.notes[-1])


def test_unreachable_endpoint_falls_back(searcher):
    extractive = answer_question(searcher, QUESTION)
    answer = generate_answer(extractive, GenerationConfig("http://127.0.0.1:9/v1", "m", timeout_s=1))
    assert answer.mode == "extractive" and answer.citations == extractive.citations


def test_a_table_figure_near_what_is_asked_is_not_given_as_the_answer(searcher):
    # The table holds the complaints received; the question asks how many led to a case.
    near = answer_question(searcher, "沙坪坝区收到的举报投诉，最后立案的有几件？")
    assert not any(note.startswith("指标") for note in near.notes)
    assert "68件（" not in near.answer  # not the table's line for complaints received
    # The table does answer when its sentence says what was asked.
    fines = answer_question(searcher, "各区全年罚款分别是多少？")
    assert any(note.startswith("指标") for note in fines.notes) and fines.citations


# Generalisation (issue 16, second round): behaviours found with evalsets/ask_extra.jsonl, tested
# here with questions worded for these tests.


def test_a_figure_is_bound_to_a_differently_worded_neighbour_of_the_asked_noun(searcher):
    # The report counts 宣传海报, 宣传手册 and 宣传用品; nobody writes 宣传单页. (宣传材料 is
    # answered by them as its narrower wordings, answered_by.tsv, without this route.)
    answer = answer_question(searcher, "硚口区一共印发了多少宣传单页？")
    assert answer.answered and answer.reason == "answered"
    assert "宣传手册" in answer.citations[0].text and answer.citations[0].district == "硚口区"
    # The route is off: the same question is declined for want of a bound figure.
    strict = answer_question(
        searcher, "硚口区一共印发了多少宣传单页？", config=EvidenceConfig(figure_neighbour=1.01)
    )
    assert not strict.answered and strict.reason == "no_figure"
    broader = answer_question(
        searcher, "硚口区宣传材料印了多少份？", config=EvidenceConfig(figure_neighbour=1.01)
    )
    assert broader.answered and "宣传手册" in broader.citations[0].text


def test_a_neighbour_noun_does_not_invent_a_figure_a_report_lacks(searcher):
    # 北碚 prints leaflets and posters but gives no number for them.
    answer = answer_question(searcher, "北碚区印了多少张宣传海报？")
    assert not answer.answered and answer.reason == "no_figure"
    # A word sharing only the first word of a long noun is no neighbour of it: 普陀区 counts cases
    # of a crime called 重大责任事故罪, not 重大事故隐患.
    answer = answer_question(searcher, "普陀区发现了几个重大事故隐患？")
    assert not answer.answered and answer.reason == "no_figure" and not answer.citations


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("服务队有几个队员？", ("people",)),
        ("在岗执法人员一共有几个？", ("people",)),
        ("查出了几个隐患？", ("count",)),
        ("建了多少个示范站？", ("count",)),
    ],
)
def test_a_thing_counter_before_a_person_noun_asks_for_people(question, kinds):
    assert quantity_asked(question).kinds == kinds


def test_people_counted_with_a_thing_counter_are_answered_and_not_by_other_counts(searcher):
    answer = answer_question(searcher, "硚口区有几个在岗执法人员？")
    assert answer.answered and "22人" in answer.citations[0].text
    # 北碚 names its enforcement staff but never counts them; "三项制度" is not a head count.
    assert answer_question(searcher, "北碚区的执法人员有几个？").reason == "no_figure"


def test_a_noun_naming_the_quantity_need_not_be_worded_by_the_answer(searcher):
    # The report says 公示率达100%, never 比例.
    answer = answer_question(searcher, "普陀区行政执法公示的比例有多高？")
    assert answer.answered and "100%" in answer.citations[0].text


def test_a_plan_question_is_answered_from_the_plan_first(searcher):
    # Without the plan first, a sentence on the shortcoming (普法形式仍需创新) leads.
    answer = answer_question(searcher, "硚口区下一年准备怎样加强普法宣传？")
    assert answer.answered
    assert searcher.passage(answer.citations[0].passage_id).section_type == PLAN_SECTION


def test_done_work_is_quoted_before_a_plan_for_the_same_district(searcher):
    # 沙坪坝 states the 谁执法谁普法 duty both as done (一、举措) and as a plan (2024年工作思路).
    answer = answer_question(searcher, "各区怎样落实谁执法谁普法？")
    assert answer.answered and answer.grouped_by_district
    shapingba = [c for c in answer.citations if c.district == "沙坪坝区"]
    assert len(shapingba) == 2
    types = [searcher.passage(c.passage_id).section_type for c in shapingba]
    assert types[0] != PLAN_SECTION and types[1] == PLAN_SECTION


def test_a_several_district_answer_leads_with_the_district_whose_sentence_words_the_question(searcher):
    answer = answer_question(searcher, "哪些区建立了行刑衔接工作机制？")
    assert answer.answered and answer.grouped_by_district
    first = answer.citations[0]
    assert "行刑衔接" in first.text and "机制" in first.text
    assert searcher.passage(first.passage_id).section_type != PLAN_SECTION


def test_the_anonymised_district_named_in_plain_words_is_its_report(searcher):
    answer = answer_question(searcher, "匿名那个区的执法巡查发现了什么问题？")
    anonymous = {r["report_id"] for r in searcher.reports if not r.get("district")}
    assert answer.answered and {c.report_id for c in answer.citations} == anonymous


def test_the_bureau_of_the_autonomous_region_is_the_anonymised_report(searcher):
    answer = answer_question(searcher, "那个自治区的局请的法律顾问都帮着做些什么？")
    anonymous = {r["report_id"] for r in searcher.reports if not r.get("district")}
    assert answer.answered and {c.report_id for c in answer.citations} == anonymous


def test_a_question_on_which_year_a_report_is_of_is_meta(searcher):
    answer = answer_question(searcher, "最早的报告是哪一年的？")
    assert answer.reason == "meta" and answer.answered
    assert str(min(r["year"] for r in searcher.reports if r.get("year"))) in answer.answer
    assert answer_question(searcher, "普陀区哪一年成立了执法大队？").reason != "meta"


def test_relation_words_are_not_taken_for_a_missing_subject(searcher):
    answer = answer_question(searcher, "沙坪坝应急局和管委会之间签了什么协议？")
    assert answer.answered and "委托协议" in answer.citations[0].text


@pytest.mark.parametrize(
    ("text", "informative"),
    [
        ("执法人员按组配发执法记录仪并对执法各环节进行全过程记录。", True),  # a plain sentence, no comma
        ("（三）坚持以习近平法治思想统领法治建设全面工作。", False),  # a numbered heading
        ("五、大力开展普法宣传工作", False),  # 五、 is no list
        ("三是开展委托执法。", False),  # too short to say more than its topic
    ],
)
def test_a_long_sentence_without_commas_is_not_taken_for_a_heading(text, informative):
    assert is_informative(text) is informative


def test_a_yes_no_question_leads_with_the_sentence_that_confirms_it(searcher):
    # The confirming sentence has no comma; a plan sentence wording only 执法人员 must not lead.
    answer = answer_question(searcher, "普陀区给执法人员配执法记录仪了吗？")
    assert answer.answered and "执法记录仪" in answer.citations[0].text
    assert searcher.passage(answer.citations[0].passage_id).section_type != PLAN_SECTION


def test_a_cut_through_grammar_is_not_a_missing_subject(searcher):
    # jieba cuts 建起来 into 建 + 起来; 起来 is in no report, and is no subject either.
    answer = answer_question(searcher, "北碚区的应急志愿服务队是怎么建起来的？")
    assert answer.answered and "志愿服务队" in answer.citations[0].text


def test_a_several_district_answer_uses_its_room_for_more_than_two_sentences_a_district(searcher):
    answer = answer_question(searcher, "比较沙坪坝区和硚口区怎么开展普法宣传")
    assert answer.answered and answer.grouped_by_district
    per_district: dict[str, int] = {}
    for c in answer.citations:
        per_district[c.district] = per_district.get(c.district, 0) + 1
    assert set(per_district) == {"沙坪坝区", "硚口区"}
    assert max(per_district.values()) > 2 and len(answer.citations) <= MAX_CITATIONS


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("沙坪坝区的报告认为数字化建设还差在哪里？", "数字化"),  # no report says 认为
        ("这两个重庆的区是怎么跟镇街签执法委托的？", "委托"),  # nor 两个
    ],
)
def test_everyday_words_no_report_uses_are_not_a_missing_subject(searcher, question, said):
    answer = answer_question(searcher, question)
    assert answer.answered and any(said in c.text for c in answer.citations)


@pytest.mark.parametrize("word", ["那种", "不光", "本事", "部小"])
def test_pronouns_adverbs_and_cuts_between_words_are_grammar(word):
    assert is_grammar_word(word)


@pytest.mark.parametrize("word", ["电梯", "无人机", "汛期", "两会", "充电桩"])
def test_things_times_and_numbered_names_are_no_grammar(word):
    assert not is_grammar_word(word)


def test_counts_and_pointers_in_front_of_an_unknown_word_are_phrasing():
    from indexer.text.tokens import get_tokenizer

    tokenizer = get_tokenizer()
    vocabulary = Vocabulary(["组织开展应急演练。"])

    def settled(question: str) -> list[str]:
        return vocabulary.settle(content_terms(tokenizer, question), question)

    assert settled("那种演练一年搞了一遍没有？") == ["演练"]
    # One character left after the count may be the subject: the word stays, and is unknown.
    assert "一大笔钱" in settled("演练花了一大笔钱吧？")


def test_a_dictionary_word_no_report_uses_keeps_its_first_character():
    # 有 starts many jieba cuts (有没有); 有限空间 is a word of domain_words.txt.
    assert Vocabulary(["开展执法检查。"]).settle(["有限空间", "作业"], "有限空间作业") == ["有限空间", "作业"]


def test_a_joining_character_is_no_end_of_the_word_before_it():
    vocabulary = Vocabulary(["按时完成内部制度清理和备案审查。"])
    words = ["制度", "的", "清理", "和", "备案"]
    assert vocabulary.with_dropped_ends(["清理", "备案"], "制度的清理和备案", lambda _: words) == [
        "清理",
        "备案",
    ]


def test_a_negation_is_no_end_of_the_word_before_it():
    vocabulary = Vocabulary(["巡查人员不足，巡查不到位。"])
    words = ["巡查", "人员", "不", "到位"]
    assert vocabulary.with_dropped_ends(["巡查", "人员", "到位"], "巡查人员不到位", lambda _: words) == [
        "巡查",
        "人员",
        "到位",
    ]


def test_a_word_jieba_cut_into_characters_is_a_term_again_when_the_reports_write_it():
    vocabulary = Vocabulary(["运用劝导示范、指导约谈等方式。2023年共受理举报。件件有回音。"])
    cut = {
        "约谈了多少家企业": ["约", "谈", "了", "多少", "家", "企业"],
        "采用过约谈的办法": ["采用", "过约", "谈", "的", "办法"],  # jieba's own cut
        "2023年共受理多少件": ["2023", "年", "共", "受理", "多少", "件"],
        "件件有回音吗": ["件", "件", "有", "回音", "吗"],
        "约谈话题": ["约", "谈", "话", "题"],  # a run of single characters is no one word
    }

    def split(topic: str) -> list[str]:
        return vocabulary.with_split_words(["企业"] if "企业" in topic else [], topic, cut.__getitem__)

    assert split("约谈了多少家企业") == ["约谈", "企业"]
    assert split("采用过约谈的办法") == ["约谈"]
    assert split("2023年共受理多少件") == []  # a year and an adverb
    assert split("件件有回音吗") == []  # a measure word doubled
    assert split("约谈话题") == []
    assert Vocabulary(["开展执法检查。"]).with_split_words([], "约谈了多少家企业", cut.__getitem__) == []


def test_a_corrected_figure_is_the_one_written_of_the_thing_the_question_names(searcher):
    from indexer.answers.stated_figures import other_figures
    from indexer.text.numbers import find_numbers

    sentence = "全年排查各类隐患9000个，整改到位8800个，其中重大事故隐患60个、整改到位58个。"
    question = "重大事故隐患是七十个吗"
    figure = [n for n in find_numbers(normalize_for_matching(question)) if n.value == 70][0]
    assert other_figures(sentence, figure, question) == ["60个"]
    # A thing every figure is of leaves them all.
    listed = "检查企业120家，复查企业80家。"
    asked = "检查企业是一百家吗"
    figure = [n for n in find_numbers(asked) if n.value == 100][0]
    assert other_figures(listed, figure, asked) == ["120家"]
    answer = answer_question(searcher, "沙坪坝区重大事故隐患排查了一百六十个，没错吧？")
    assert answer.answered and "写的是142个，不是" in answer.notice


def test_a_day_of_the_month_is_no_other_unit_of_a_count(searcher):
    from indexer.answers.stated_figures import in_other_units
    from indexer.text.numbers import find_numbers

    question = "有三起案子吗"
    figure = find_numbers(question)[0]
    assert in_other_units("会议于3日召开。", figure, question) == []
    assert in_other_units("培训3人次。", find_numbers("培训了3人吗")[0], "培训了3人吗") == ["3人次"]


def test_which_firms_asks_for_names_a_count_of_cases_does_not_give(searcher):
    answer = answer_question(searcher, "北碚区打行政官司的那几起处罚案，对方是哪几家公司？")
    assert not answer.answered and "单位名称" in answer.notice
    named = answer_question(searcher, "硚口区请了哪几家律所做法律顾问？")
    assert named.answered and "律师事务所" in named.citations[0].text


def test_a_report_given_another_number_after_a_comma_is_corrected(searcher):
    answer = answer_question(searcher, "普陀区那份年度法治报告，文号为普应急〔2023〕3号吗？")
    header = searcher.cleaned_text([r for r in searcher.reports if r["district"] == "普陀区"][0]["report_id"])
    printed = re.search(r"普应急〔2023〕\d+号", header).group(0)
    assert answer.answered and f"版头印的文号是{printed}" in answer.notice


def test_meeting_a_case_is_speech_around_the_case(searcher):
    answer = answer_question(searcher, "硚口区应急局遇到的行政复议案子最后怎么收场的？")
    assert "遇到" not in answer.notice
    assert any("未出现行政复议" in c.text for c in answer.citations)


def test_a_thing_taken_for_unbuilt_is_corrected_by_the_sentence_writing_it_built(searcher):
    from indexer.answers.built import other_state

    built = quoted_sentence("一是建成危化品运输监控平台，实现车辆实时定位。")
    intended = quoted_sentence("下一步将建成危化品运输监控平台。")
    said = other_state("危化品运输的监控平台是不是还停留在纸面上", [built])
    assert said is not None and "建成危化品运输监控平台" in said[1] and "停留在纸面" in said[1]
    assert other_state("危化品运输的监控平台还没建成吗", [intended]) is None  # a plan, not a report
    assert other_state("危化品运输的监控平台建成了吗", [built]) is None  # no claim against it
    assert other_state("消防站还没建成吗", [built]) is None  # another thing
    answer = answer_question(searcher, "沙坪坝区那个内涝和红绿灯联动的系统迟迟没有落地，是卡在哪儿了？")
    assert answer.answered and "建成" in answer.notice and "交通信号联动" in answer.notice
    assert "不是问题所说的“迟迟没有落地”" in answer.notice


def test_a_facility_word_is_worded_with_a_modifier_before_its_suffix(searcher):
    assert words_term(frozenset({"服务站"}), "建成社区服务示范站12个")
    assert not words_term(frozenset({"服务站"}), "服务企业，建设示范站")  # apart, no word
    assert not words_term(frozenset({"救援队"}), "消防救援支队")  # a body, not a facility
    answer = answer_question(searcher, "哪几个区在社区里建了应急服务站？")
    assert answer.answered and "硚口区" in {c.district for c in answer.citations}
    assert all("站" in c.text for c in answer.citations)


def test_a_ministry_is_not_worded_by_any_department(searcher):
    assert words_term(frozenset({"应急管理部"}), "报请应急管理部同意")
    assert not words_term(frozenset({"应急管理部"}), "配齐区应急管理部门人员")
    answer = answer_question(searcher, "哪些区有做法被应急管理部选为案例？")
    assert answer.answered and {c.district for c in answer.citations} == {"沙坪坝区", "硚口区"}
    assert all(re.search("应急管理部(?!门)", c.text) for c in answer.citations)


def test_figures_written_respectively_are_paired_with_their_things():
    from indexer.answers.paired_figures import swapped

    sentence = quoted_sentence("全年火灾起数和受伤人数较上年分别下降12%、30%。")
    said = swapped("火灾起数降了30%，受伤人数降了12%吗", [sentence])
    assert said is not None and "“全年火灾起数和受伤人数较上年分别下降12%、30%”" in said[1]
    assert swapped("火灾起数降了12%，受伤人数降了30%吗", [sentence]) is None  # as written


def test_spoken_runs_and_closing_confirmations(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import understand

    rise = answer_question(
        searcher, "北碚区去年死亡人数反而上升了27.8%，生产安全事故起数也增加了25%，没错吧？"
    )
    assert rise.answered and "与问题所说的增长（上升）相反" in rise.notice
    assert "没错" not in rise.notice
    question = "甲区立案多少起，罚款多少万元，对不对？"
    clauses = figure_clauses(question, understand(question, [], [], lambda t: list(t)))
    assert len(clauses) == 2 and not any("对不对" in c for c in clauses)
    run = answer_question(searcher, "硚口区一连十二年没出过较大事故吗？")
    assert run.answered and "不是问题所说的“一连十二年”" in run.notice


def test_a_year_named_beside_another_without_a_report_is_said_first(searcher):
    years = {r["year"] for r in searcher.reports if r["district"] == "硚口区"}
    assert years == {2023}
    both = answer_question(searcher, "硚口区2023年和2022年分别立案查处了多少起？")
    assert both.answered and both.notice.startswith("没有硚口区2022年的报告；以下只有2023年报告的内容。")
    one = answer_question(searcher, "硚口区2023年立案查处了多少起？")
    assert "没有硚口区" not in one.notice
    # The year after 比 is the base of a comparison, not a year asked of.
    base = answer_question(searcher, "硚口区2023年立案查处的案件比2022年多了多少？")
    assert "没有硚口区2022年的报告" not in base.notice


def test_a_count_of_a_doing_the_district_never_words_is_not_answered_by_another_doing(searcher):
    texts = {r["district"]: searcher.cleaned_text(r["report_id"]) for r in searcher.reports}
    assert "约谈" not in texts["普陀区"] and "约谈" in texts["沙坪坝区"] and "处罚企业6家" in texts["普陀区"]
    for question in ("普陀区对多少家企业进行了约谈？", "普陀区被约谈的企业一共几家？"):
        answer = answer_question(searcher, question)
        assert not answer.answered and answer.reason == "not_covered", question
        assert "“约谈”" in answer.notice and "沙坪坝区" in answer.notice
    # A figure stated of it is not "corrected" by the firms it fined.
    stated = answer_question(searcher, "普陀区今年约谈过十二家企业是不是？")
    assert not stated.answered and "不是问题所说的" not in stated.notice
    assert "“十二家”" in stated.notice and "“约谈”" in stated.notice
    # Asked of the district that writes it, the sentence wording it is the answer.
    done = answer_question(searcher, "沙坪坝区执法时会不会约谈企业？")
    assert done.answered and "约谈" in done.citations[0].text


def test_an_aspect_particle_is_no_part_of_a_term():
    from indexer.text.tokens import get_tokenizer

    terms = content_terms(get_tokenizer(), "街道建了多少个避难场所？")
    assert "建了" not in terms and "避难场所" in "".join(terms)


@pytest.mark.parametrize(
    ("question", "topic"),
    [("北碚区对信用修复是怎么管理的？", "信用修复"), ("普陀区遇到强降雨是怎么应对的？", "强降雨")],
)
def test_another_districts_topic_is_declined_though_the_everyday_word_beside_it_is_found(
    searcher, question, topic
):
    # Only one report speaks of the topic; this district's report says 管理 and 应对 often.
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "not_covered" and topic in answer.notice


def test_a_declined_districts_notice_names_the_reports_that_do_speak_of_it(searcher):
    answer = answer_question(searcher, "硚口区对烟花爆竹开展了哪些检查？")
    assert not answer.answered and answer.notice.startswith("硚口区的报告中没有关于“烟花爆竹”的内容")
    assert "北碚区的报告提到了" in answer.notice


def test_a_sentence_close_in_meaning_does_not_stand_in_for_a_device_the_report_never_names(searcher):
    # 北碚区's report speaks of 执法全过程公开, never of 执法记录仪 (two other reports do).
    answer = answer_question(searcher, "北碚区怎么做好执法记录仪管理？")
    assert not answer.answered and "执法记录仪" in answer.notice


@pytest.mark.parametrize("question", ["普陀区对信用修复是怎么管理的？", "沙坪坝区遇到强降雨是怎么应对的？"])
def test_the_same_question_put_to_the_topics_own_district_is_answered(searcher, question):
    answer = answer_question(searcher, question)
    assert answer.answered and answer.citations


def test_the_topic_probe_finds_no_district_answered_from_generic_sentences(searcher):
    from indexer.evaluation.topic_probe import run_probe

    report = run_probe(searcher)
    assert report.counts["own", "right"] > 0 and report.counts["other", "right"] > 0
    assert report.misses == []
    # Put to every district at once, only the reports that word the topic are listed.
    assert report.grouped["listed, words it"] > 0 and report.grouped["listed, never words it"] == 0


def test_colloquial_grammar_no_report_uses_does_not_decline_an_answer(searcher):
    answer = answer_question(searcher, "普陀区应急局不光自己办案，平时也请律师吗？")
    assert answer.answered and "法律顾问" in answer.citations[0].text


@pytest.mark.parametrize("question", ["志愿服务队一共练了几回？", "企业一年被查了几遍？", "搞了几趟检查？"])
def test_spoken_counters_of_times_ask_for_a_count(question):
    assert quantity_asked(question).kinds == ("count",)


def test_an_everyday_noun_no_report_uses_is_still_a_subject(searcher):
    assert {"认为", "两个"} <= everyday_words() and "学校" not in everyday_words()
    answer = answer_question(searcher, "各区有没有开展学校的安全检查？")
    assert not answer.answered and answer.reason == "not_covered" and "学校" in answer.notice


def test_a_district_with_room_quotes_each_sentence_that_says_as_much_as_its_first(searcher):
    answer = answer_question(searcher, "普陀区和北碚区的执法体制改革有什么动作？")
    assert answer.answered and answer.grouped_by_district
    assert any("一支队伍执法" in c.text for c in answer.citations)  # beyond the two best-scoring


def test_room_left_in_a_several_district_answer_is_not_filled_with_generic_sentences(searcher):
    # 规范性文件管理: a sentence on 内部管理 words half of the terms but not what is asked.
    answer = answer_question(searcher, "比较沙坪坝区和北碚区的规范性文件管理")
    assert answer.answered and len(answer.citations) >= 4
    assert all("规范性文件" in c.text for c in answer.citations)


def _candidate(text: str, score: float, start: int) -> Scored:
    citation = Citation("r-p000", "r", "r.txt", "某区", 2023, (), text, start, start + len(text), score)
    return Scored(citation, np.zeros(4, dtype=np.float32))


def test_a_sentence_scoring_nearly_as_well_as_the_lead_is_quoted_when_it_words_a_term():
    """The measure after a mechanism's name words little of the question but answers it; a
    sentence that words nothing asked, or trails the lead by more than the margin, stays out."""
    lead = _candidate("全面建立应急队伍集结机制，明确各街镇的集结到位要求。", 1.00, 0)
    detail = _candidate("各街镇确保二十名队员随叫随到，半小时以内全部集结到位。", 0.98, 40)
    wordless = _candidate("全年组织各类专题培训班十二期，覆盖干部职工三百余人次。", 0.99, 80)
    distant = _candidate("每季度开展一次集结拉练，检验队员的实战处置能力和水平。", 0.90, 120)
    asked = Asked("集结机制有什么要求？", ["集结", "机制"])
    pool = [lead, wordless, detail, distant]
    quoted = check_evidence(pool, asked, 8, EvidenceConfig(sentence_floor=0.5))
    assert [c.text for c in quoted.citations] == [lead.citation.text, detail.citation.text]
    without_fill = check_evidence(pool, asked, 8, EvidenceConfig(sentence_floor=0.5, fill_margin=0.0))
    assert [c.text for c in without_fill.citations] == [lead.citation.text]


def test_a_district_whose_sentences_share_only_everyday_words_is_not_listed(searcher):
    """Asked across districts about body cameras, a district whose best sentence is about
    certificates or case review shares only 执法 with the question: listing it would tell the
    chatbot that district reported something it did not. The districts that do mention the
    device stay. Three rules leave such districts out (a first sentence wording little of the
    question's rarity; a subject the district's report never words; a subject its quoted
    sentences never name); without them, more are listed."""
    question = "各区执法记录仪配备情况"
    strict = answer_question(searcher, question)
    loose = answer_question(
        searcher,
        question,
        config=EvidenceConfig(district_rarity=0.0, max_uncovered_rarity=1.0, subject_share=0.0),
    )
    listed = {c.report_id for c in strict.citations}
    dropped = {c.report_id for c in loose.citations} - listed
    assert dropped, "without the rules more districts are listed"
    assert not any("记录仪" in c.text for c in loose.citations if c.report_id in dropped)
    mentioning = {p.report_id for p in searcher.passages if "执法记录仪" in p.text}
    assert len(mentioning) >= 2 and mentioning == listed  # not 北碚区 for its 人员配备标准


@pytest.mark.parametrize(
    ("question", "about_corpus"),
    [
        ("你们的数据覆盖哪些年份？", True),
        ("报告都是哪一年的？", True),
        ("你这儿能查到哪几个区的材料？", True),
        ("一共几个城市？", True),
        ("报告涉及几个省？", True),
        ("这份自治区的报告究竟是哪里的应急局出的？", True),
        ("那份报告具体是哪个区的部门写的", True),
        # The same words about what a bureau did are report questions.
        ("普陀区有几个执法大队？", False),
        ("各区一共建了几个社区应急服务站？", False),
        ("北碚区的数据怎么统计的？", False),
        ("哪些区有应急志愿服务队的材料？", False),
        ("普陀区的执法大队是哪个部门管的？", False),
        # A document's title asked by 文件名 (with its 文号, or 正式…): a report question.
        ("那个裁量办法的正式文件名是什么？", False),
        ("北碚制定的举报奖励办法，文件名和文号分别是什么？", False),
        ("每份报告的文件名是什么意思？", True),
    ],
)
def test_questions_put_to_us_about_the_collection_are_meta(question, about_corpus):
    from indexer.answers.meta import is_meta_question

    assert is_meta_question(question) is about_corpus


@pytest.mark.parametrize(
    ("topic", "terms", "lists"),
    [
        (
            "包容审慎监管、信用修复或者执法记录仪",
            ["包容审慎", "监管", "信用修复", "执法记录仪"],
            [[{"包容审慎", "监管"}, {"信用修复"}, {"执法记录仪"}]],
        ),
        ("说服教育或者警示约谈", ["说服教育", "警示", "约谈"], [[{"说服教育"}, {"警示", "约谈"}]]),
        # Is 应急预案 asked of both, or is 完善应急预案 one item? Unclear: every term is asked.
        ("修订或完善应急预案", ["修订", "完善", "应急预案"], []),
        # A list of 、 alone is all of them; 和 alone joins the parts of one subject.
        (
            "执法公示、全过程记录、法制审核三项制度",
            ["执法公示", "全过程", "记录", "法制审核", "三项制度"],
            [],
        ),
        ("预案修订和应急演练", ["预案", "修订", "应急演练"], []),
        # 微 of 微课堂 is no term of its own: 或微 still joins the two.
        ("拍了宣传片或微课堂", ["宣传片", "课堂"], [[{"宣传片"}, {"课堂"}]]),
        # A first item far longer than the other holds the modifier both share.
        (
            "安全生产执法检查记录或台账",
            ["安全生产", "执法", "检查", "记录", "台账"],
            [[{"检查", "记录"}, {"台账"}]],
        ),
    ],
)
def test_the_items_of_a_list_are_read_as_alternatives(topic, terms, lists):
    assert [[set(item) for item in items] for items in alternatives(topic, terms)] == lists


def test_every_list_is_read_with_the_kind_after_its_items():
    topic = "借助广播、横幅等传统媒体开展宣传"
    terms = ["广播", "横幅", "传统媒体", "宣传"]
    assert [[set(item) for item in items] for items in item_lists(topic, terms)] == [
        [{"广播"}, {"横幅"}, {"传统媒体"}]
    ]
    assert alternatives(topic, terms) == ()  # 、 alone: all of them, unless read per district
    assert item_lists("？！", []) == () and alternatives("", []) == ()  # no terms, no lists


def test_a_district_speaking_of_one_item_of_a_list_is_listed(searcher):
    # Only 未具名区's and 普陀区's reports word 执法记录仪, only 沙坪坝区's 包容审慎, only
    # 普陀区's 信用修复: each of the three speaks of something the question lists.
    answer = answer_question(searcher, "哪些区提到了包容审慎监管、信用修复或者执法记录仪？")
    assert answer.answered and answer.grouped_by_district
    anonymised = [c for c in answer.citations if c.district is None]
    assert any("执法记录仪" in c.text for c in anonymised)
    assert {c.district for c in answer.citations} >= {"沙坪坝区", "普陀区"}


def test_a_district_speaking_of_no_item_of_a_list_is_declined(searcher):
    answer = answer_question(searcher, "北碚区有没有包容审慎监管、信用修复或者执法记录仪方面的内容？")
    assert not answer.answered and answer.reason == "not_covered"


def test_a_sentence_the_report_repeats_under_another_list_marker_is_quoted_once(searcher):
    # 北碚区's report says the same 制定并严格实施… twice, as 一是 and again as 二是 (longer).
    answer = answer_question(searcher, "北碚区是怎样落实执法公示、全过程记录、法制审核这三项制度的？")
    assert answer.answered
    repeated = [c for c in answer.citations if "制定并严格实施行政执法公示制度" in c.text]
    assert len(repeated) == 1


def test_what_frames_a_question_is_not_asked_of_each_district(searcher):
    # 发挥…作用 frames the question; the topic is 法律顾问. Listed: exactly the reports that
    # word it (before, a report never saying 法律顾问 was listed for its 发挥作用, and one
    # saying it was left out).
    answer = answer_question(searcher, "各区请的法律顾问都发挥了什么作用？")
    assert answer.answered and answer.grouped_by_district
    assert {c.report_id for c in answer.citations} == reports_saying(searcher, "法律顾问")


@pytest.mark.parametrize(
    ("topic", "terms", "kinds"),
    [
        ("信用修复存在哪些问题", ["信用修复", "存在", "问题"], {"问题"}),
        ("在双随机抽查上有什么好的经验", ["双随机", "抽查", "经验"], {"经验"}),
        ("执法记录仪有什么经验做法", ["执法记录仪", "经验", "做法"], {"经验", "做法"}),
        # Nothing named before the which-word: what follows it is the subject.
        ("开展了哪些宣传活动", ["宣传", "活动"], set()),
    ],
)
def test_the_kind_of_answer_asked_for_is_read_after_the_subject(topic, terms, kinds):
    assert answer_kinds(topic, terms) == kinds


def test_a_district_is_not_listed_for_the_kind_of_answer_alone(searcher):
    # 经验 is the kind of answer; the subject is 双随机, which only two reports word. Counted
    # like a subject, 经验 and 抽查 listed districts that never speak of 双随机.
    answer = answer_question(searcher, "各区在双随机抽查上有什么好的经验？")
    assert answer.answered and answer.grouped_by_district
    assert {c.report_id for c in answer.citations} == reports_saying(searcher, "双随机")


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("普陀区的罚款金额在几个区里排第几？", ("rank",)),  # 几个区 asks for no count here
        ("硚口区的普法答题在全市名次如何？", ("rank",)),
        ("北碚区有几个区级部门参加联合检查？", ("count",)),  # 几个区级部门 is a count
    ],
)
def test_a_place_in_an_order_is_its_own_kind_of_figure(question, kinds):
    assert quantity_asked(question).kinds == kinds


def test_a_rank_is_answered_by_an_ordinal_and_declined_without_one(searcher):
    ranked = answer_question(searcher, "硚口区的普法答题活动在全市排第几？")
    assert ranked.answered and "第一" in ranked.citations[0].text
    unranked = answer_question(searcher, "普陀区的罚款金额在几个区里排第几？")
    assert not unranked.answered and unranked.reason == "no_figure" and "排名" in unranked.notice


@pytest.mark.parametrize(
    "question",
    ["哪个区的执法最规范？", "北碚区的普法比沙坪坝区做得更好吗？", "各区里谁的应急演练搞得最差？"],
)
def test_a_judgement_between_districts_is_said_to_be_none_of_the_reports(searcher, question):
    # No report ranks districts: the answer shows what each says and says it makes no judgement.
    answer = answer_question(searcher, question)
    assert answer.answered and answer.grouped_by_district
    assert "没有直接比较哪个区做得更好" in answer.notice
    assert len({c.district for c in answer.citations}) >= 2


@pytest.mark.parametrize(
    ("question", "judgement"),
    [
        ("哪个区做得最好？", True),
        ("哪个区立案查处的案件最多？", False),  # figures can be compared
        ("北碚区如何更好地发挥法律顾问作用？", False),  # 更好地 judges nothing
        ("各区存在哪些比较突出的问题？", False),
        ("北碚区有最严格的安全生产制度吗？", False),
    ],
)
def test_only_a_comparison_of_districts_asks_for_a_judgement(question, judgement):
    assert judgement_asked(question) == judgement


def test_what_a_which_word_asks_for_must_be_worded_by_the_districts_report(searcher):
    # 培训 is what is asked about 执法人员; a report never saying 培训 (in any wording) is not
    # listed for its sentences on 执法人员.
    question = "各区组织执法人员参加了哪些培训？"
    answer = answer_question(searcher, question)
    assert answer.answered and answer.grouped_by_district
    saying = reports_saying(searcher, *wordings("培训", question))
    listed = {c.report_id for c in answer.citations}
    assert listed and listed <= saying and len(saying) < len(searcher.reports)


@pytest.mark.parametrize("sentence", ["接到通知后第一时间组织学习。", "普法答题活动第二阶段随即开始。"])
def test_an_ordinal_that_ranks_nothing_is_no_rank(sentence):
    assert not has_figure(sentence, quantity_asked("硚口区的普法答题活动在全市排第几？"))


@pytest.mark.parametrize(
    ("text", "worded"),
    [
        ("严格评查执法案卷。", True),  # verb before its object, two characters between
        ("执法案卷集中统一评查", True),  # in order, four characters between
        ("评查了去年全部的执法案卷", False),  # eight between: too far apart to be one phrase
        ("开展评查。案卷归档", False),  # never across a sentence's end
        ("组织评查\n案卷归档", False),
        ("开展评查 案卷管理", False),  # nor from a sentence into its section title
        ("道路交通、消防安全", False),  # two items of a list: 交通 … 安全 is no 交通安全
        ("基层组织和社会力量", False),
        ("2015年100人", False),  # a number has no halves
    ],
)
def test_a_compound_is_worded_by_its_halves_close_together(text, worded):
    ways = frozenset({"案卷评查", "交通安全", "社会组织", "1500"})
    assert words_term(ways, normalize_for_matching(text)) is worded


def test_a_report_wording_a_compound_as_verb_and_object_answers_for_it(searcher):
    # 北碚区's report says 评查执法案卷, never 案卷评查: before, it was declined and its notice
    # said the report had nothing on 案卷评查.
    vocabulary = Vocabulary({r["report_id"]: searcher.cleaned_text(r["report_id"]) for r in searcher.reports})
    beibei = next(r["report_id"] for r in searcher.reports if r.get("district") == "北碚区")
    assert vocabulary.said_in("案卷评查", "案卷评查", [beibei])
    answer = answer_question(searcher, "北碚区有没有搞案卷评查？")
    assert answer.answered
    assert any("评查执法案卷" in normalize_for_matching(c.text) for c in answer.citations)
    grouped = answer_question(searcher, "案卷评查这项工作哪几个区都做了？")
    assert "北碚区" in {c.district for c in grouped.citations}


def test_the_counted_noun_is_not_cut_at_a_particle_inside_it():
    # 为 ends a counted phrase as a particle (多少家企业被列为…), not in the middle of 行为.
    terms = ["检查", "纠正", "违规", "作业", "行为"]
    assert quantity_target("检查时纠正了多少起违规作业行为？", terms) == "行为"


def test_a_masked_figure_and_a_number_inside_a_name_are_no_answer(searcher):
    # The anonymised report masks this count (行为**项), and another report's “三项制度” names
    # a set of rules: neither answers how many.
    answer = answer_question(searcher, "执法巡查发现的不规范执法行为共有多少项？")
    assert not answer.answered and answer.reason == "no_figure"


def test_a_district_cited_only_from_plans_or_shortcomings_is_labelled_so(searcher):
    from indexer.text.section_types import NEXT_STEPS, PROBLEMS

    answer = answer_question(searcher, "哪些区搞过民法典的普法宣传？")
    assert answer.answered and answer.grouped_by_district
    heads = [line.split("：", 1)[0] for line in answer.answer.splitlines()]
    labelled = []
    for name in {district_label(c.district, c.report_id) for c in answer.citations}:
        cited = [c for c in answer.citations if district_label(c.district, c.report_id) == name]
        sections = {searcher.passage(c.passage_id).section_type for c in cited}
        (head,) = [h for h in heads if h.startswith(name)]
        if sections <= {NEXT_STEPS, PROBLEMS}:
            labelled.append(name)
            assert "仅见于" in head
        else:
            assert "仅见于" not in head
    assert labelled and all(d in answer.notice for d in labelled) and "不是已做的工作" in answer.notice


def test_a_question_about_shortcomings_is_not_labelled_as_only_shortcomings(searcher):
    answer = answer_question(searcher, "各区在普法宣传方面存在哪些不足？")
    assert answer.answered and "仅见于存在的问题与不足）" not in answer.answer


@pytest.mark.parametrize(
    ("question", "kinds", "dropped"),
    [
        ("办理时长缩短了百分之几？", ("percent",), "百分之"),
        ("生产安全事故的起数是多少？", ("count",), "起数"),
        ("哪些区给出了公开信息的条数？", ("count",), "条数"),  # a count noun asks without 多少
    ],
)
def test_how_a_figure_is_asked_is_no_topic_term(searcher, question, kinds, dropped):
    from indexer.retrieval.scope import understand

    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    asked = Question(searcher, question, scope)
    assert asked.asked is not None and set(kinds) <= set(asked.asked.kinds)
    assert dropped not in asked.terms


def test_a_share_asked_as_percent_of_is_answered(searcher):
    answer = answer_question(searcher, "北碚区审批办事时长压缩了百分之几？")
    assert answer.answered and "87.3%" in answer.citations[0].text


@pytest.mark.parametrize("year", ["二〇二三年", "二零二三年", "2023年", "２０２３年"])
def test_a_year_in_chinese_numerals_is_the_same_year(searcher, year):
    assert normalize_for_matching(f"{year}工作") == "2023年工作"
    answer = answer_question(searcher, f"北碚区{year}怎样化解行政争议？")
    assert answer.answered and {c.year for c in answer.citations} == {2023}


def test_a_missing_year_in_chinese_numerals_is_declined_as_such(searcher):
    answer = answer_question(searcher, "北碚区二〇二二年怎样化解行政争议？")
    assert not answer.answered and answer.reason == "no_report_for_scope" and "2022" in answer.notice


def test_the_notice_says_the_other_districts_have_nothing_only_when_there_are_others(searcher):
    every = answer_question(searcher, "哪些区做了普法宣传？")
    listed = {district_label(c.district, c.report_id) for c in every.citations}
    assert len(listed) == len(searcher.reports) and "其他区" not in every.notice
    some = answer_question(searcher, "哪些区聘请了法律顾问？")
    assert "其他区的报告没有找到支持的句子" in some.notice


@pytest.mark.parametrize("question", ["璧山区怎样开展安全生产执法？", "綦江区的普法是怎么做的？"])
def test_a_district_jieba_cuts_in_two_is_still_an_unknown_district(searcher, question):
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "unknown_district"
    assert question[:3] in answer.notice


@pytest.mark.parametrize("question", ["武汉市江岸区搞了几次应急演练？", "重庆市渝中区的普法是怎么做的？"])
def test_a_city_does_not_stand_in_for_its_district_the_index_lacks(searcher, question):
    # The city reaches an indexed district (武汉 → 硚口区), but the question is about another.
    answer = answer_question(searcher, question)
    assert not answer.answered and answer.reason == "unknown_district" and not answer.citations
    assert question[3:6] in answer.notice


@pytest.mark.parametrize(
    "question", ["偏远山区的应急救援怎么做？", "2023年各区怎样普法？", "这个区有哪些做法？"]
)
def test_common_words_before_a_区_are_no_district(searcher, question):
    from indexer.retrieval.scope import understand

    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    assert scope.unknown_districts == ()


def test_a_document_number_no_report_writes_is_declined(searcher):
    answer = answer_question(searcher, "渝北应急〔2021〕7号文件讲了什么？")
    assert not answer.answered and answer.reason == "not_covered" and "〔2021〕7号" in answer.notice


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("鄂司发〔2022〕2号是一份什么通知？", "鄂司发〔2022〕2号"),  # a document a report cites
        ("鄂政办函［2021］17号", "鄂政办函〔2021〕17号"),  # full-width brackets, nothing else asked
    ],
)
def test_a_document_number_is_answered_by_the_sentence_writing_it(searcher, question, written):
    answer = answer_question(searcher, question)
    assert answer.answered and all(written in c.text for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "printed"),
    [
        ("普陀定行刑衔接细则时根据的是上海市哪个办法？那个办法的文号是啥？", "沪应急法规〔2020〕63号"),
        ("硚口组织执法人员换证，落实的省政府办公厅通知发文字号是什么", "鄂政办函〔2021〕17号"),
    ],
)
def test_the_document_number_of_a_cited_document_is_answered_by_the_sentence_printing_it(
    searcher, question, printed
):
    answer = answer_question(searcher, question)
    assert answer.answered and printed in answer.citations[0].text


def test_a_document_number_asked_where_the_sentences_print_none_is_declined_as_such(searcher):
    # 沙坪坝 counts the documents it cleaned up and prints no number: the count is no answer.
    answer = answer_question(searcher, "沙坪坝清理掉的那两件规范性文件，发文字号是多少？")
    assert not answer.answered and "文号" in answer.notice and "2件" not in answer.answer


def test_what_is_asked_of_a_numbered_document_is_answered_from_its_report(searcher):
    answer = answer_question(searcher, "普应急〔2023〕13号是谁签发的？")  # the report's own number
    assert answer.answered and {c.district for c in answer.citations} == {"普陀区"}
    assert any("签发人" in c.text for c in answer.citations)


@pytest.mark.parametrize("question", ["哪个区的执法人员最多？", "哪个区移送的人数最多？"])
def test_which_district_has_the_most_lists_each_districts_figure_and_says_the_reports_do_not_rank(
    searcher, question
):
    answer = answer_question(searcher, question)
    assert answer.query == question
    assert answer.answered and "没有比较哪个区最多" in answer.notice
    # Every cited sentence states a count of people: a sentence merely on the topic is no answer.
    assert answer.citations and all(re.search(r"\d+\s*人", c.text) for c in answer.citations)


def test_at_most_in_a_question_is_no_comparison_of_districts():
    from indexer.answers.superlatives import as_each_district

    assert as_each_district("安全生产违法行为最多可以罚多少？") is None
    assert as_each_district("哪个区的执法最规范？") is None  # a judgement, answered as one
    assert as_each_district("哪个区演练次数最多？") == "各区演练次数是多少?"


def test_a_figure_the_question_states_is_matched_by_value_in_any_numerals():
    from indexer.answers.stated_figures import named_in, states_as_written

    assert [n.value for n in named_in("处罚金额达到七万一千元的是哪个区？")] == [71000]
    assert [n.value for n in named_in("哪个区发出十五万份宣传单？")] == [150000]
    # Names, list markers, ordinals, dates and vague counts state no figure.
    for text in (
        "一把手是谁",
        "三项制度落实得怎样",
        "一是什么",
        "第一方阵有哪些",
        "二〇二三年的报告",
        "6月成立",
        "几十起事故",
    ):
        assert named_in(text) == (), text
    # ... but a round number and some is a range claimed (十几起: 11 to 19), checked as 多 is
    assert [(n.value, n.approx) for n in named_in("十几起事故")] == [(10, "几")]
    figure = named_in("罚了7.1万元")[0]
    assert states_as_written("处罚金额71000元。", figure, "罚了7.1万元")
    assert not states_as_written("罚款226万元。", figure, "罚了7.1万元")
    # The same digits in another unit are another figure.
    firms = named_in("检查了15家企业")[0]
    assert not states_as_written("15分钟内到达现场。", firms, "检查了15家企业")


@pytest.mark.parametrize(
    ("question", "district"),
    [("处罚金额达到七万一千元的是哪个区？", "普陀区"), ("哪个区发出了十五万份安全宣传资料？", "沙坪坝区")],
)
def test_a_figure_in_chinese_numerals_finds_the_sentence_writing_it_in_digits(searcher, question, district):
    answer = answer_question(searcher, question)
    assert answer.answered and {c.district for c in answer.citations} == {district}


def test_a_figure_no_report_states_is_declined_not_answered_with_the_topic(searcher):
    answer = answer_question(searcher, "处罚金额达到九万九千元的是哪个区？")
    assert not answer.answered and not answer.citations


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("硚口区的局长叫什么名字？", "人名"),
        ("沙坪坝区请的法律顾问是哪家律师事务所？", "单位名称"),
        ("北碚区252工作机制是哪一年建立的？", "时间"),
    ],
)
def test_a_sentence_on_the_topic_without_the_asked_name_or_date_is_no_answer(searcher, question, what):
    answer = answer_question(searcher, question)
    assert not answer.answered and not answer.citations
    assert f"没有写明所问的{what}" in answer.notice


def test_a_month_asked_is_answered_by_the_sentence_giving_the_month(searcher):
    answer = answer_question(searcher, "普陀区的执法大队是在几月份挂牌的？")
    assert answer.answered and re.search(r"\d+月", answer.citations[0].text)
    assert "执法大队" in answer.citations[0].text


def test_a_telephone_number_asked_is_answered_by_the_sentence_writing_it(searcher):
    answer = answer_question(searcher, "沙坪坝区安全生产举报的电话号码是多少？")
    assert answer.answered and re.search(r"\d{5}", answer.citations[0].text)


def test_when_a_report_was_issued_is_read_from_its_closing_lines(searcher):
    answer = answer_question(searcher, "北碚区这份报告是哪天印发的？")
    assert answer.answered and len(answer.citations) == 1
    citation = answer.citations[0]
    assert citation.district == "北碚区" and re.fullmatch(r"20\d\d年\d+月\d+日", citation.text)
    # Cited like any sentence: exactly the report's text at the offsets given.
    assert searcher.cleaned_text(citation.report_id)[citation.start : citation.end] == citation.text
    every = answer_question(searcher, "各区报告的成文日期分别是什么？")
    assert every.answered and "没有日期" in every.notice  # the anonymised report's closing has none


def test_slots_are_read_from_the_question_and_the_sentence():
    from indexer.answers.slots import MONTH, PERSON, PHONE, asked_slot, fills

    assert asked_slot("谁执法谁普法责任制怎么落实？") is None  # a slogan, not a question about a person
    assert asked_slot("这项工作由谁负责？") is None  # a role answers it
    assert asked_slot("新局长是谁？") == PERSON and asked_slot("热线电话是多少？") == PHONE
    assert asked_slot("几月份开展的？") == MONTH
    assert fills(PERSON, "签发人：王建国") and not fills(PERSON, "局长积极履行第一责任人职责")
    assert not fills(PERSON, "聘请法律顾问审查合同")  # jieba tags 法律顾问 as a name
    assert fills(MONTH, "今年9月组织了演练") and not fills(MONTH, "2023年组织了演练")


def test_a_name_asked_is_answered_only_by_a_sentence_naming_that_thing(searcher):
    from indexer.answers.slots import NAME, PERSON, asked_slot, fills

    assert asked_slot("这个品牌名称是啥？") == NAME and asked_slot("局长叫什么名字？") == PERSON
    assert fills(NAME, "推行“三色预警”工作机制。", "那个预警机制叫什么？")
    # A title in a sentence on the topic names a measure, not the platform asked about.
    assert not fills(NAME, "完善执法公示，修订《某某审核办法》。", "执法公示平台叫什么？")
    branded = answer_question(searcher, "沙坪坝区打造的安全品牌名称是啥？")
    assert branded.answered and "“沙小安”" in branded.citations[0].text
    # 普陀区 writes of publicising enforcement and of a 啄木鸟平台 for another service; neither
    # names an enforcement platform.
    platform = answer_question(searcher, "普陀区的执法信息公示平台叫什么名字？")
    assert not platform.answered and not platform.citations
    assert "没有写明所问的名称" in platform.notice


def test_a_sentence_sharing_only_a_verb_with_the_question_is_not_quoted(searcher):
    # 沙坪坝区 writes 发布 of weather warnings; of 规范性文件 it writes what it cleared.
    answer = answer_question(searcher, "沙坪坝区发布过哪些规范性文件？")
    assert answer.answered and answer.citations
    assert all("规范性文件" in c.text for c in answer.citations)


def test_a_rate_asked_is_not_answered_by_a_total(searcher):
    from indexer.answers.rates import asked_rate, states_rate

    words = searcher._tokenizer.words
    assert asked_rate("执法人员人均办了多少案子？") == "人均" and asked_rate("每年开展几次演练？") is None
    assert states_rate("执法人员人均办案12件。", words)
    assert not states_rate("负责人均出庭应诉。", words)  # 负责人 + 均: no 人均
    # 硚口区 gives its year's cases (立案查处15起), not cases per officer.
    per_officer = answer_question(searcher, "硚口区执法人员人均办了多少案子？")
    assert not per_officer.answered and "人均或平均数" in per_officer.notice
    # Nor does the indicator table's total of fines answer an average per firm.
    per_firm = answer_question(searcher, "平均每家企业被罚了多少钱？")
    assert not per_firm.answered and not per_firm.citations


def test_a_notice_never_says_a_report_mentions_a_word_it_holds_only_across_two_words(searcher):
    texts = {"a": "负责人均出庭应诉。", "b": "执法人员人均办案12件。"}
    vocabulary = Vocabulary(texts)
    words = searcher._tokenizer.words
    assert not vocabulary.says_as_word("人均", "人均办案多少？", ["a"], words)
    assert vocabulary.says_as_word("人均", "人均办案多少？", ["b"], words)
    # 北碚区 writes 负责人均出庭; no report writes 人均 as a word.
    answer = answer_question(searcher, "硚口区的执法人员人均办案数是多少？")
    assert not answer.answered and "北碚区" not in answer.notice


def test_whether_something_holds_for_all_is_answered_only_by_a_sentence_saying_so(searcher):
    from indexer.answers.slots import EVERY, asked_slot, fills

    assert asked_slot("执法人员是不是都有执法证？") == EVERY
    assert asked_slot("各区都开展了普法宣传吗？") is None  # the 都 of the districts
    assert asked_slot("普陀区跟硚口区是不是都请了法律顾问？") is None  # of the two named
    assert asked_slot("普陀区执法队员和辅助人员都持证了吗？") == EVERY
    assert fills(EVERY, "在岗执法人员共计22人，持证率100%。") and not fills(EVERY, "加强持证上岗管理。")
    # 沙坪坝区 writes that it pressed for certificates, 硚口区 that all 22 hold one.
    pressed = answer_question(searcher, "沙坪坝区执法人员是不是全部持证上岗了？")
    assert not pressed.answered and "是否全部" in pressed.notice
    held = answer_question(searcher, "硚口区执法人员是不是全部持证上岗了？")
    assert held.answered and "100%" in held.citations[0].text
    # Both districts write of the 12350 line, in their own words (开通…特服电话, 完善…机制).
    both = answer_question(searcher, "北碚区与沙坪坝区都有12350举报电话吗？")
    assert both.answered and {c.district for c in both.citations} == {"北碚区", "沙坪坝区"}


def test_a_yes_or_no_question_on_a_word_no_report_uses_is_declined(searcher):
    from indexer.answers.terms import is_grammar_word

    # jieba's dictionary lacks 问责 but has 问责制: a word, not a cut across two.
    assert not is_grammar_word("问责") and is_grammar_word("部小")
    answer = answer_question(searcher, "北碚区有没有干部因为执法出错被问责？")
    assert not answer.answered and "问责" in answer.notice


def test_a_figure_is_not_bound_to_a_neighbour_of_the_asked_thing_in_another_clause(searcher):
    # 北碚区: 举报…查处70起…处罚3.86万元…兑现了奖励 gives no
    # amount of rewards; the 3.86万元 are fines.
    answer = answer_question(searcher, "北碚区给举报人发了多少举报奖励？")
    assert not answer.answered and not any("3.86" in c.text for c in answer.citations)


def test_a_change_asked_either_way_is_read_against_the_baseline_not_for_it(searcher):
    from indexer.answers.premise import without_baselines

    assert without_baselines(["处罚", "企业", "上年"], "处罚企业比上年多还是少？") == ["处罚", "企业"]
    assert without_baselines(["检查", "上年"], "上年检查了多少家？") == ["检查", "上年"]
    answer = answer_question(searcher, "普陀区罚的企业和上年比是多了还是少了？")
    assert answer.answered and any("200%" in c.text for c in answer.citations)


def test_a_count_of_the_asked_thing_done_something_else_is_no_answer(searcher):
    # 硚口区 counts 13 firms fined; its experts' visits it counts in 家次 of units and 加油站.
    answer = answer_question(searcher, "硚口区请来的专家给多少家企业做了服务？")
    assert not answer.answered and not any("13家企业" in c.text for c in answer.citations)


def test_a_one_character_verb_is_joined_to_the_counted_noun_when_the_reports_write_the_pair(searcher):
    vocabulary = Vocabulary({"a": "全年立案8起，移送案件2起。"})
    words = searcher._tokenizer.words
    assert vocabulary.verbs_joined(["案子"], "今年立了几起案子", words) == {"案子": "立案"}
    assert vocabulary.verbs_joined(["企业"], "查了多少家企业", words) == {}  # 查企 is no word
    # 普陀区 writes 立案8起 and, apart, 移送案件2起.
    answer = answer_question(searcher, "普陀区全年立过几起案子？")
    assert answer.answered and "立案8起" in answer.citations[0].text


def test_how_long_the_reports_are_is_counted_not_quoted(searcher):
    answer = answer_question(searcher, "哪份报告的篇幅最短？")
    assert answer.answered and answer.reason == "meta" and not answer.citations
    counts = [int(n.replace(",", "")) for n in re.findall(r"：([\d,]+)字", answer.answer)]
    assert len(counts) == len(searcher.reports) and counts == sorted(counts)
    shortest = min(searcher.reports, key=lambda r: len(searcher.cleaned_text(r["report_id"])))
    assert shortest["source"] in answer.answer.splitlines()[1]


def test_a_name_jieba_guesses_counts_only_beside_a_post(searcher):
    from indexer.answers.slots import PERSON, fills

    # jieba tags 高水平 as a name (以高水平执法服务…); no post stands beside it.
    assert not fills(PERSON, "以高水平执法服务高质量发展。", "第一责任人是谁？")
    assert fills(PERSON, "局长张军主持会议。", "局长是谁？") and fills(PERSON, "签发人：王建国")


def test_districts_counted_in_the_question_make_it_a_question_over_districts(searcher):
    from indexer.retrieval.scope import understand

    def scope(question):
        return understand(
            question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )

    assert scope("这两个区怎么做普法？").cross_district and scope("五个区里有几个区做了普法？").cross_district
    assert not scope("建成3个区级储备库了吗？").cross_district
    answer = answer_question(searcher, "五个区里有几个区提到了民法典？")
    assert answer.answered and answer.grouped_by_district
    assert {c.district for c in answer.citations} >= {None, "沙坪坝区"}  # 沙坪坝区 in its problems section


def test_an_answer_says_so_when_the_report_has_what_the_question_takes_as_absent(searcher):
    # 北碚区 writes that 3 cases went to court; the question takes it that none did.
    answer = answer_question(searcher, "北碚区是不是一件行政诉讼都没有？")
    assert answer.answered and "并不是没有" in answer.notice
    # 硚口区 writes 未出现行政复议: nothing to say against the question.
    none = answer_question(searcher, "硚口区是不是没有行政复议？")
    assert none.answered and "并不是没有" not in none.notice
    # 有没有 asks, and takes nothing for granted.
    asked = answer_question(searcher, "北碚区有没有行政诉讼？")
    assert asked.answered and "并不是没有" not in asked.notice


def test_everyday_words_for_opening_a_unit_and_for_a_film_are_answered_by_the_reports_words(searcher):
    # 普陀区 writes 揭牌成立 and names its 微电影 in title marks; people say 挂牌 and 片子.
    opened = answer_question(searcher, "普陀区执法大队是哪个月挂的牌？")
    assert opened.answered and "揭牌" in opened.citations[0].text and "6月" in opened.citations[0].text
    film = answer_question(searcher, "哪个区拍了个叫应急侠的片子？")
    assert film.answered and {c.district for c in film.citations} == {"普陀区"}


def test_a_question_about_next_year_is_answered_from_the_plan_sections(searcher):
    answer = answer_question(searcher, "普陀区明年在执法方面打算做些什么？")
    assert answer.answered
    assert {searcher.passage(c.passage_id).section_type for c in answer.citations} == {PLAN_SECTION}


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("应急管理局在执法方面有哪些不足？", "存在的问题与不足"),
        ("短板是什么？", "存在的问题与不足"),
        ("存在什么问题？", "存在的问题与不足"),
        ("下一步打算怎么做？", "下一步工作安排"),
        # A shortcoming named as a subject, problems fixed, firms with problems: the whole report.
        ("哪些区破解了执法力量不足的难题？", None),
        ("整改了哪些问题？", None),
        ("存在问题的企业有多少家？", None),
    ],
)
def test_a_question_asking_for_shortcomings_is_answered_from_the_problems_section(question, section):
    from indexer.answers.scope_check import section_answering

    assert section_answering(question) == section


def test_shortcomings_are_quoted_from_the_problems_section_whatever_its_heading_says(searcher):
    from indexer.text.section_types import PROBLEMS

    # 北碚区 heads it 存在的主要问题 and never writes 短板.
    answer = answer_question(searcher, "北碚区的短板是什么？")
    assert answer.answered
    assert {searcher.passage(c.passage_id).section_type for c in answer.citations} == {PROBLEMS}
    grouped = answer_question(searcher, "各区自己说的短板有哪些？")
    assert grouped.answered and "北碚区" in {c.district for c in grouped.citations}
    for c in grouped.citations:
        assert searcher.passage(c.passage_id).section_type == PROBLEMS
    assert "仅见于" not in grouped.answer


def test_the_year_after_a_report_with_will_is_that_reports_plan(searcher):
    answer = answer_question(searcher, "硚口区2024年将怎样抓好普法工作？")
    assert answer.answered and "计划" in answer.notice
    assert all(c.year == 2023 for c in answer.citations)


def test_a_post_given_a_role_answers_who_holds_the_role_but_not_who_holds_the_post(searcher):
    from indexer.answers.slots import PERSON, fills

    assert fills(PERSON, "成立领导小组，局长任组长。", "领导小组组长是谁？")
    assert not fills(PERSON, "成立领导小组，局长任组长。", "局长是谁？")
    assert not fills(PERSON, "党委书记、局长定期组织班子成员学法。", "党委书记是谁？")


def test_the_district_without_a_name_is_recognised_however_it_is_described(searcher):
    answer = answer_question(searcher, "没有写明区名的那个区有没有开展民法典宣传？")
    assert answer.answered and {c.district for c in answer.citations} == {None}


@pytest.mark.parametrize("label", ["未具名区", "未具名区（001_90b1）"])
def test_the_label_listings_give_the_unnamed_district_is_understood_in_a_question(searcher, label):
    answer = answer_question(searcher, f"{label}是怎么开展普法的？")
    assert answer.answered and answer.reason == "answered"
    assert {c.district for c in answer.citations} == {None}


def test_a_fall_asked_where_the_report_states_a_rise_is_answered_as_a_correction(searcher):
    answer = answer_question(searcher, "普陀区的处罚金额比上年减少了多少？")
    assert answer.answered and "相反" in answer.notice
    assert answer.citations and all("增长" in c.text for c in answer.citations)
    # A change the report does state in the asked direction is answered as usual.
    fell = answer_question(searcher, "北碚区的生产安全事故起数下降了多少？")
    assert fell.answered and "相反" not in fell.notice


def test_yes_or_no_about_a_compound_needs_one_sentence_wording_all_of_it(searcher):
    elsewhere = answer_question(searcher, "北碚区有没有建成社区应急服务示范站？")
    assert not elsewhere.answered and "硚口区" in elsewhere.notice  # the district that did
    there = answer_question(searcher, "硚口区是否建成了社区应急服务示范站？")
    assert there.answered and "示范站" in there.citations[0].text


def test_a_character_jieba_cuts_off_a_term_is_put_back_when_the_reports_word_the_whole(searcher):
    from indexer.retrieval.scope import understand

    def terms(question):
        scope = understand(
            question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )
        return Question(searcher, question, scope).terms

    assert "示范站" in terms("有没有哪个区建了社区应急服务示范站？")
    assert "执法证" in terms("执法人员是不是都有执法证？")
    # Not the first character of a question word (工 of 工作), nor one that places (执法中).
    assert "行刑衔接" in terms("哪些区建立了行刑衔接工作机制？")
    assert "执法" in terms("哪些区在执法中推行柔性执法？")


def test_whether_everyone_does_something_is_not_a_term_the_answer_must_word(searcher):
    answer = answer_question(searcher, "硚口区的执法人员是否全部持证上岗？")
    assert answer.answered and any("持证" in c.text for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["匿名区的安全生产执法情况如何？", "隐去了区名的那个区搞了哪些普法活动？"]
)
def test_work_of_the_anonymised_district_is_answered_from_its_report_not_the_report_list(searcher, question):
    answer = answer_question(searcher, question)
    assert answer.answered and answer.reason == "answered"
    assert {c.district for c in answer.citations} == {None}


@pytest.mark.parametrize("question", ["匿名区是哪一份报告？", "隐去名字的那个区是哪个？"])
def test_which_report_is_anonymised_is_still_a_question_about_the_collection(searcher, question):
    assert answer_question(searcher, question).reason == "meta"


def test_the_bureau_named_with_its_district_withheld_leaves_no_term_behind(searcher):
    from indexer.retrieval.scope import understand

    question = "没写区名的那个应急管理局是怎么普法的？"
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    assert Question(searcher, question, scope).terms == ["普法"]
    answer = answer_question(searcher, question)
    assert answer.answered and {c.district for c in answer.citations} == {None}


def test_the_year_after_a_report_with_yao_asks_for_its_plan_but_zhuyao_does_not(searcher):
    planned = answer_question(searcher, "硚口区2024年要抓好哪些工作？")
    assert planned.answered and "是计划而不是已完成的工作" in planned.notice
    assert {c.district for c in planned.citations} == {"硚口区"}
    done = answer_question(searcher, "2024年各区主要做了什么？")
    assert not done.answered and done.reason == "no_report_for_scope"


def test_a_stated_figure_missing_from_the_district_names_only_reports_writing_it_with_its_unit(
    searcher,
):
    nowhere = answer_question(searcher, "普陀区是不是一共查封了15家企业？")
    assert not nowhere.answered and "“15家”" in nowhere.notice and "提到了" not in nowhere.notice
    # 立案 answers 立案查处 (answered_by.tsv): 普陀区's 立案8起，处罚企业6家 is quoted as the correction.
    corrected = answer_question(searcher, "普陀区是不是一共立案查处了15家企业？")
    assert corrected.answered and "不是问题所说的15家" in corrected.notice
    assert any("立案8起" in c.text for c in corrected.citations)
    assert not any("15家" in searcher.cleaned_text(r["report_id"]) for r in searcher.reports)
    elsewhere = answer_question(searcher, "沙坪坝区全年立案查处了15起案件吗？")
    assert not elsewhere.answered and "“15起”" in elsewhere.notice
    writing = {r["district"] for r in searcher.reports if "查处15起" in searcher.cleaned_text(r["report_id"])}
    assert writing and all(d in elsewhere.notice for d in writing)


def test_a_narrower_term_is_not_answered_by_the_wider_one_its_synonym_group_holds(searcher):
    from indexer.answers.terms import equivalents

    assert "普法" not in equivalents()["以案释法"] and "以案释法" in equivalents()["普法"]
    assert "公职律师" not in equivalents()["法律顾问"]
    answer = answer_question(searcher, "北碚区和沙坪坝区有没有搞以案释法？")
    assert answer.answered and all("以案释法" in c.text for c in answer.citations)
    missing = {"北碚区", "沙坪坝区"} - {c.district for c in answer.citations}
    # A district named in the question and left out is named in the notice, with the words its
    # report never writes: true of it, where "nothing on it" might not be.
    assert missing == {"北碚区"} and "北碚区的报告没有写到“以案释法”" in answer.notice
    assert "以案释法" not in searcher.cleaned_text(
        next(r["report_id"] for r in searcher.reports if r.get("district") == "北碚区")
    )


def test_how_two_districts_differ_is_answered_side_by_side(searcher):
    answer = answer_question(searcher, "普陀区和沙坪坝区在普法上有何区别？")
    assert answer.answered and answer.grouped_by_district
    assert {c.district for c in answer.citations} == {"普陀区", "沙坪坝区"}


def test_whether_an_amount_is_large_is_answered_with_what_the_report_says_and_no_judgement(searcher):
    answer = answer_question(searcher, "硚口区的罚款金额高不高？")
    assert answer.answered and answer.notice.startswith(answer_mod.AMOUNT_NOTICE)
    assert {c.district for c in answer.citations} == {"硚口区"}


def test_which_period_asks_for_a_time(searcher):
    from indexer.answers.slots import TIME, asked_slot

    assert asked_slot("专项检查是在哪段时间进行的？") == TIME
    answer = answer_question(searcher, "普陀区检查各类企业是在哪段时间？")
    assert answer.answered and all(re.search(r"\d+月", c.text) for c in answer.citations)


def test_a_quoted_name_is_answered_only_by_sentences_writing_it(searcher):
    from indexer.answers.quoted import quoted_in, writes

    assert quoted_in("《应急侠》和“沙小安”分别是什么？") == ("应急侠", "沙小安")
    assert writes("构建了“两委、十一办、四指”体系", "两委十一办四指", "")
    answer = answer_question(searcher, "“沙小安”这个品牌是哪个区搞的？")
    assert answer.answered and {c.district for c in answer.citations} == {"沙坪坝区"}
    assert all("沙小安" in c.text for c in answer.citations)
    # The name cut by jieba into pieces no report writes is still found, its marks aside.
    defined = answer_question(searcher, "“两委十一办四指”指的是什么？")
    assert defined.answered and "两委、十一办、四指" in defined.citations[0].text
    nowhere = answer_question(searcher, "哪个区提到了“安全小卫士”？")
    assert not nowhere.answered


def test_the_figures_set_out_after_a_quoted_mechanism_are_its_own(searcher):
    # 北碚区 names its “252” mechanism in one sentence and gives the head counts two sentences on.
    answer = answer_question(searcher, "北碚区“252”集结机制里，15分钟内要有多少名应急队员到场？")
    assert answer.answered
    assert "252" in answer.citations[0].text and "50名应急队员15分钟" in answer.citations[1].text
    assert "所引句子中没有" not in answer.notice
    # Asked as a clause after the mechanism, the figure sentence comes first, the naming one beside it.
    after = answer_question(searcher, "北碚区“252”机制是怎么定的？半小时内得来多少名应急队员？")
    assert after.answered and {"252" in c.text for c in after.citations} == {True, False}
    # The paragraph gives no count of vehicles: the name's paragraph is no licence for any figure.
    vehicles = answer_question(searcher, "北碚区“252”机制配了多少台救援车辆？")
    assert not vehicles.answered


def test_who_led_a_piece_of_work_is_answered_by_the_body_that_did(searcher):
    from indexer.answers import slots

    assert slots.fills(slots.PERSON, "区应急管理局牵头，建立了联动机制。", "这个机制是谁牵头建立的？")
    assert not slots.fills(slots.PERSON, "区应急管理局牵头，建立了联动机制。", "这个局的局长是谁？")
    # 北碚区's bureau itself led the “252” mechanism: a body, no person's name.
    answer = answer_question(searcher, "北碚区的“252”机制是谁牵头建立的？")
    assert answer.answered and "区应急管理局牵头" in answer.citations[0].text


def test_a_share_claimed_in_words_is_worked_out_from_the_whole_and_the_part(searcher):
    from indexer.answers.answer_types import corrects_question
    from indexer.answers.shares import claimed_share

    claim = claimed_share("那些队伍里，街道的占了一半多吧？")
    assert (claim.part, claim.whole, claim.low) == ("街道", "", 0.5)
    held = claimed_share("查出来的隐患多数都整改到位了吗？")
    assert (held.part, held.whole) == ("整改到位", "查出来的隐患")
    assert claimed_share("大部分企业是怎么整改的？") is None  # a quantifier of an open question
    # 硚口区 lists 35 teams: 11 of the streets, 22 of the departments, 2 of social forces.
    more = answer_question(searcher, "硚口区备案的救援队伍中，行业部门的队伍超过半数了吧？")
    assert more.answered and "22支占35支的62.9%" in more.notice and "合乎问题所说的“超过半数”" in more.notice
    assert "算出" in more.notice and "35支" in more.citations[0].text
    assert not corrects_question(more.notice)  # a share that holds corrects nothing
    third = answer_question(searcher, "硚口区备案的救援队伍中，社会力量的占了三分之一吧？")
    assert third.answered and "不是问题所说的“三分之一”" in third.notice
    # Of a whole the question names, with what holds of the part after the share.
    fixed = answer_question(searcher, "沙坪坝区查出的重大事故隐患，多数都整改到位了吗？")
    assert fixed.answered and "135个占142个" in fixed.notice
    # A share the report states itself is quoted as written.
    rate = answer_question(searcher, "硚口区的执法人员绝大部分都持证了吧？")
    assert rate.answered and rate.notice.startswith("报告写的是“持证率100%”")
    # No sentence gives both figures: the share is not the report's, whatever the topic.
    unstated = answer_question(searcher, "北碚区的执法人员大部分都有执法证吗？")
    assert not unstated.answered and unstated.notice.startswith("报告没有写")


def test_a_change_claimed_before_what_it_is_taken_to_show_is_checked(searcher):
    from indexer.answers.figures import claims_change

    assert claims_change("处罚的企业比上一年少了") and not claims_change("处罚了多少家企业")
    # 普陀区 punished 200% more firms than the year before, not fewer.
    answer = answer_question(searcher, "普陀区2023年处罚的企业数比上一年少了，是不是说明查得松了？")
    assert answer.answered and "与问题所说的下降（减少）相反" in answer.notice


def test_a_change_said_roughly_or_in_one_character_is_checked_against_the_report(searcher):
    # 北碚区's deaths fell 27.8% (差不多三成), its accidents 25%; the count of ten fields before
    # them in the sentence is no figure whose change they are.
    about = answer_question(searcher, "北碚区2023年事故死亡人数比上年降了差不多三成吧？")
    assert about.answered and "不是问题所说的" not in about.notice
    assert any("27.8%" in c.text for c in about.citations)
    half = answer_question(searcher, "北碚区2023年事故死亡人数比上年降了差不多五成吧？")
    assert half.answered and "不是问题所说的五成" in half.notice
    # A figure stated of a noun of quantity (人数) is checked, not taken for a count asked.
    stated = answer_question(searcher, "北碚区2023年生产安全事故死亡人数比上年降了27.8%吗？")
    assert stated.answered and any("27.8%" in c.text for c in stated.citations)
    rose = answer_question(searcher, "北碚区2023年死亡人数比上年升了27.8%吗？")
    assert rose.answered and "与问题所说的增长（上升）相反" in rose.notice


def test_spoken_ways_of_asking_how_many_and_relays_without_quotes(searcher):
    from indexer.answers.question_forms import in_plain_quantity, without_relay

    assert in_plain_quantity("各有几多人？") == "各有多少人？"
    assert in_plain_quantity("一共好多支撒？") == "一共多少支撒？"
    assert in_plain_quantity("好多企业都整改了吗？") == "好多企业都整改了吗？"  # many, not how many
    assert without_relay("用户问：硚口区请的律所叫什么？") == "硚口区请的律所叫什么？"
    assert without_relay("市民想了解：北碚的举报热线是几号？") == "北碚的举报热线是几号？"
    from indexer.answers.question_forms import without_errand

    assert without_errand("【群众来电转述】北碚的举报热线是几号？") == "北碚的举报热线是几号？"
    assert without_errand("[2021]17号是什么文件？") == "[2021]17号是什么文件？"  # a 文号, no tag
    # 硚口区's street teams number 11.
    streets = answer_question(searcher, "硚口区备案的救援队伍里，街道的队伍有几多支？")
    assert streets.answered and any("街道应急救援队伍11支" in c.text for c in streets.citations)
    # 搞 stands for any doing: 沙坪坝区 held (开展) 759 sessions of its firm heads' campaign.
    held = answer_question(searcher, "沙坪坝区企业负责人带头的活动搞了多少场？")
    assert held.answered and any("759场" in c.text for c in held.citations)


def test_a_figure_asked_of_one_group_the_report_sums_with_another_is_not_given(searcher):
    # 硚口区 fined 5 people and 13 firms 72.8万元 together; neither group's share is written.
    people = answer_question(searcher, "硚口区去年罚款里，那5名个人一共被罚了多少钱？")
    assert not people.answered
    assert people.notice.startswith("报告写的是“5名个人，13家企业共计”，是几项合在一起的总数")
    firms = answer_question(searcher, "硚口区对那13家企业罚了多少钱？")
    assert not firms.answered and "没有单独写出“13家”的数字" in firms.notice
    # Both groups asked: the total is theirs.
    both = answer_question(searcher, "硚口区对5名个人、13家企业一共罚了多少钱？")
    assert both.answered and any("72.8万元" in c.text for c in both.citations)


def test_a_thing_heard_to_be_missing_that_the_report_writes_is_said_to_be_there(searcher):
    # The masked district's bureau hired a legal adviser who reviewed its contracts.
    answer = answer_question(searcher, "**区应急局2022年好像压根没请法律顾问，合同是自己审的？")
    # (the clause itself when it is short: 报告写的是“截止目前法律顾问审查本单位各类合同2份”)
    assert answer.answered and answer.notice.startswith("报告写")
    assert "法律顾问" in answer.notice.split("，并不是没有")[0] and "并不是没有" in answer.notice


def test_two_like_names_given_to_two_holders_the_other_way_round_are_corrected(searcher):
    # 北碚区: the district enforces through its 执法支队, the towns through their 执法大队.
    crossed = answer_question(searcher, "北碚区执法体制里，区一级用执法大队，镇街一级用执法支队吧？")
    assert crossed.answered and "所对应的事项与报告相反" in crossed.notice
    assert "区应急管理局由执法支队、镇街由执法大队" in crossed.notice
    # Put the report's way, in either order, nothing is corrected.
    for question in (
        "北碚区是区里由执法支队、镇街由执法大队统一执法吗？",
        "北碚区镇街是执法大队、区里是执法支队吗？",
    ):
        right = answer_question(searcher, question)
        assert right.answered and "相反" not in right.notice, question


def test_owning_up_to_shortcomings_asks_for_the_problems_section(searcher):
    from indexer.answers.scope_check import section_answering
    from indexer.text.section_types import PROBLEMS

    assert section_answering("北碚区应急局在报告中坦承了什么短处？") == PROBLEMS
    answer = answer_question(searcher, "北碚区应急局在报告中坦承了什么短处？")
    assert answer.answered
    assert {searcher.passage(c.passage_id).section_type for c in answer.citations} == {PROBLEMS}


def test_a_span_of_hours_the_report_gives_as_a_percentage_is_named_as_another_unit(searcher):
    # 北碚区 shortened the time to handle approvals by 87.3%, not by hours; 钟头 is the unit, no topic.
    for hours in ("87.3个小时", "87.3个钟头"):
        answer = answer_question(searcher, f"北碚审批时限是不是缩短了{hours}？")
        # answered from the sentence, the measure corrected (declined, the sentence was marked as
        # no answer)
        assert answer.answered
        assert answer.notice.startswith(f"报告写的是“87.3%”，不是问题所说的“{hours}”（计量单位不同）")
        assert "的内容" not in answer.notice
    from indexer.answers.stated_figures import in_other_units, named_in

    # A span is in no count's unit: 1支 is no 1小时 written otherwise.
    asked = "队员1小时内集结吗"
    assert in_other_units("组建了1支救援队。", named_in(asked)[0], asked) == []
    # Beside figures the report writes as stated (20名, 200名), the one it writes in another unit is named.
    answer = answer_question(
        searcher, "北碚要求20名队员随叫随到、50名队员15小时内集结，那200名队员要多久到位？"
    )
    # (the count's own time: 15分钟 is the 50名's)
    assert "报告写的是“50名应急队员15分钟以内”，不是问题所说的“50名队员15小时内”" in answer.notice


def test_a_stated_figure_the_report_states_otherwise_is_answered_as_a_correction(searcher):
    # 北碚区 writes 10个重点领域; a sentence writing 20 of something else is no answer, and the
    # report's own figure, in the same unit, corrects the question.
    answer = answer_question(searcher, "北碚区是不是在20个重点领域搞了专项整治？")
    assert answer.answered and answer.notice.startswith("报告写的是10个，不是问题所说的20个")
    assert all("10个" in c.text for c in answer.citations)
    share = answer_question(searcher, "硚口区执法人员的持证率怎么才80%？")
    assert share.answered and "100%" in share.notice and "持证率100%" in share.citations[0].text
    # The figure the report does state is answered as usual, with no correction.
    right = answer_question(searcher, "硚口区是不是罚款72.8万元？")
    assert right.answered and "不是问题所说的" not in right.notice


def test_a_stated_share_of_change_must_be_the_change_of_what_the_question_names(searcher):
    from indexer.answers.stated_figures import named_in, states_as_written

    question = "罚没金额涨了三倍，也就是300%吗"
    share = named_in(question)[0]
    # The share a sentence gives after a count of firms is their change, not the money's.
    assert not states_as_written("查处单位4家，同比增长300%。", share, question)
    assert states_as_written("罚没金额9000元，比上年增长300%。", share, question)
    assert states_as_written("同比增长300%。", share, question)  # no figure before it to say whose
    # 普陀区's 200% is the rise of the firms punished; its fines rose 373.33%.
    fines = answer_question(searcher, "普陀区的罚款是不是涨了200%？")
    assert fines.answered and fines.notice.startswith("报告写的是373.33%，不是问题所说的200%")
    assert all("373.33%" in c.text for c in fines.citations)
    # Declined for want of its words, the question is not told that no report writes 200%.
    money = answer_question(searcher, "普陀区去年罚的钱翻了三倍，涨了200%，是吧？")
    assert not money.answered and "另一项数字的变化" in money.notice
    firms = answer_question(searcher, "普陀区受处罚的企业是不是比上年多了200%？")
    assert firms.answered and "不是问题所说的" not in firms.notice
    assert any("200%" in c.text for c in firms.citations)


def test_the_district_whose_name_was_hidden_is_recognised_in_that_wording(searcher):
    answer = answer_question(searcher, "名字被隐去的那个区清理了哪些规范性文件？")
    assert answer.answered and {c.district for c in answer.citations} == {None}


def test_a_count_of_a_narrowed_noun_is_not_answered_by_a_count_of_the_noun(searcher):
    from indexer.answers.figures import counted_modifiers

    assert counted_modifiers("有多少家危化企业？", ["危化", "企业"]) == ["危化"]
    # 硚口区 counts 13家企业 it fined, and names 危化品 without a count: no count of 危化企业.
    answer = answer_question(searcher, "硚口区一共有多少家危化企业？")
    assert not answer.answered and answer.reason == "no_figure" and "危化企业" in answer.notice
    counted = answer_question(searcher, "硚口区一共罚了多少家企业？")
    assert counted.answered and "13家企业" in counted.citations[0].text


def test_a_noun_narrowed_before_the_quantity_word_is_narrowed_too(searcher):
    from indexer.answers.figures import counted_modifiers

    assert counted_modifiers("有隐患的企业有多少家？", ["隐患", "企业"]) == ["隐患"]
    assert counted_modifiers("危化企业一共有多少家？", ["危化", "企业"]) == ["危化"]
    # 普陀区 counts the firms given QR codes two clauses after the hazards its citizens report:
    # no count of firms with hazards.
    answer = answer_question(searcher, "普陀区有隐患的企业有多少家？")
    assert not answer.answered and answer.reason == "no_figure"


def test_a_count_right_after_the_clause_naming_its_group_counts_that_group(searcher):
    # 北碚区 names its volunteer team, then counts 队员 in the next clause: the 19 are the team's.
    answer = answer_question(searcher, "北碚区那支志愿服务队的队员有几个人？")
    assert answer.answered and "19人" in answer.citations[0].text


def test_a_figure_of_a_subject_no_report_words_is_not_covered_rather_than_missing(searcher):
    for question in ("各区一年接到了多少件信访？", "普陀区应急局的财政预算有多少？"):
        answer = answer_question(searcher, question)
        assert not answer.answered and answer.reason == "not_covered", question
        assert "报告提到了相关工作" not in answer.notice


def test_a_fall_asked_of_a_counted_figure_is_corrected_whatever_its_measure_word(searcher):
    answer = answer_question(searcher, "普陀区检查企业的家次同比下降了多少？")
    assert answer.answered and "相反" in answer.notice
    assert all("增长" in c.text for c in answer.citations)


def test_an_honour_is_answered_by_the_award_a_report_names(searcher):
    answer = answer_question(searcher, "硚口区得过什么荣誉？")
    assert answer.answered and any(re.search("奖|先进单位", c.text) for c in answer.citations)


def test_a_declined_notice_says_no_content_only_of_words_no_report_writes(searcher):
    answer = answer_question(searcher, "各区应急局收到了多少件信访？")
    assert "信访" in answer.notice and "收到" not in answer.notice


def test_a_figure_narrowed_as_the_question_narrows_it_leads_the_table_answer(searcher):
    narrowed = answer_question(searcher, "沙坪坝区的重大事故隐患一共排查出多少个？")
    assert narrowed.answered and "重大事故隐患" in narrowed.citations[0].text
    first = re.search(r"(\d+)个", narrowed.answer).group(1)
    assert first in narrowed.citations[0].text and f"重大事故隐患{first}" in narrowed.citations[0].text
    plain = answer_question(searcher, "沙坪坝区一共排查出多少个隐患？")
    assert re.search(r"(\d+)个", plain.answer).group(1) != first  # the whole count leads there


def test_everyday_words_for_finding_and_fixing_hazards_are_the_reports_own(searcher):
    from indexer.answers.terms import equivalents

    assert "整改到位" in equivalents()["改完"] and "排查" in equivalents()["查出"]
    answer = answer_question(searcher, "沙坪坝那边一年查出了多少隐患？")
    assert answer.answered and {c.district for c in answer.citations} == {"沙坪坝区"}


def test_quotation_marks_pair_only_with_their_own_and_an_apostrophe_is_no_quote():
    from indexer.answers.quoted import quoted_in

    assert quoted_in("the district's plan and Beibei's brand “沙小安”") == ("沙小安",)
    assert quoted_in("“沙小安》是谁的品牌？") == ()
    assert quoted_in("“这是一段很长很长的用户自己转述的话而不是报告里的某个名字”") == ()


@pytest.mark.parametrize(
    ("question", "judged"),
    [
        ("案件多不多？", True),
        ("罚款高吗？", True),
        ("罚款有多少吗？", False),
        ("持证率提高吗？", False),
        ("差不多吗？", False),
    ],
)
def test_an_amount_judged_is_told_from_a_quantity_asked(question, judged):
    from indexer.answers.question_forms import amount_judged

    assert amount_judged(question) is judged


@pytest.mark.parametrize(
    ("question", "planned"),
    [
        ("硚口区2024年要重点抓什么？", True),
        ("硚口区2024年要加强哪些工作？", True),
        ("简要介绍硚口区2024年的执法工作", False),
        ("硚口区2024年查处了哪些大要案？", False),
    ],
)
def test_the_year_after_a_report_is_a_plan_only_when_the_question_says_so(searcher, question, planned):
    answer = answer_question(searcher, question)
    if planned:
        assert answer.answered and "是计划而不是已完成的工作" in answer.notice, question
        assert "硚口区2023年报告" in answer.notice
    else:
        assert answer.reason == "no_report_for_scope", question


def test_a_figure_is_corrected_only_for_one_named_district_and_outside_a_rough_figures_place(searcher):
    # Who fined 八万元 asks who, not whether: no district's figure corrects it.
    who = answer_question(searcher, "罚款八万元的是哪个区？")
    assert "不是问题所说的" not in who.notice
    # 十余起 is any count from 11 to 19: 硚口区's 15起 is one, 普陀区's 8起 is not.
    rough = answer_question(searcher, "硚口区立案查处了十余起吗？")
    assert "不是问题所说的" not in rough.notice
    below = answer_question(searcher, "普陀区立案了十余起吗？")
    assert "报告写的是8起" in below.notice


def test_a_word_list_line_without_its_tab_is_a_clear_error(monkeypatch):
    from indexer.answers import terms

    monkeypatch.setattr(terms, "_resource", lambda name: "# comment\n以案释法 普法\n")
    with pytest.raises(ValueError, match="line 2: expected a term, one tab"):
        terms._term_lists("answered_by.tsv")


@pytest.mark.parametrize(
    ("question", "about_collection"),
    [
        ("匿名区做了哪些工作？", False),
        ("匿名区有什么亮点？", False),
        ("匿名区在武汉吗？", True),
        ("匿名区是重庆的还是湖北的？", True),
        ("匿名区的工作报告是哪一年的？", True),
        ("匿名区的工作总结是哪份文件？", True),
    ],
)
def test_a_question_naming_the_anonymised_district_is_about_its_work_or_the_collection(
    searcher, question, about_collection
):
    assert (answer_question(searcher, question).reason == "meta") is about_collection


def test_a_question_taking_a_change_as_fact_is_corrected_even_when_its_subject_is_found(searcher):
    # The stated size (30%) or the subject alone let a sentence "answer"; the report says 下降.
    for question in (
        "北碚区去年的生产安全事故增加了25%，是什么原因？",
        "北碚区的生产安全事故同比增加了多少？",
        "普陀区检查企业的数量为什么减少了80.93%？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and "相反" in answer.notice, question
        assert all(("下降" in c.text or "增长" in c.text) for c in answer.citations), question
    # Asking how to lower a figure presumes no change: answered as usual.
    how = answer_question(searcher, "北碚区怎样减少生产安全事故？")
    assert how.answered and "相反" not in how.notice
    # A fall the report states in other words (死亡人数…下降27.8%) is the answer, in percent.
    fell = answer_question(searcher, "北碚区的死亡人数减少了多少？")
    assert fell.answered and "27.8%" in fell.answer


def test_a_presumed_change_no_sentence_states_is_not_confirmed_by_sentences_on_the_subject(searcher):
    answer = answer_question(searcher, "硚口区的执法检查次数比上年增加了吗？")
    assert not answer.answered and answer.reason in ("no_figure", "not_covered")


@pytest.mark.parametrize(
    "question",
    [
        "未署名区存在哪些问题？",
        "没写区名的那份报告有哪些不足？",
        "不具名的那个区存在什么问题？",
        "自治区的那个区存在哪些不足？",
    ],
)
def test_more_names_of_the_district_without_a_name_reach_its_report(searcher, question):
    answer = answer_question(searcher, question)
    assert answer.answered and answer.reason == "answered", question
    assert {c.district for c in answer.citations} == {None}


def test_an_unknown_district_notice_counts_the_report_without_a_name_among_what_exists(searcher):
    answer = answer_question(searcher, "江北区去年罚款多少？")
    assert answer.reason == "unknown_district" and "1份未具名区的报告" in answer.notice


def test_figures_asked_in_turn_are_each_answered_from_their_own_sentence(searcher):
    # 普陀区 states the two counts in different sentences; checked whole, the question declined.
    answer = answer_question(searcher, "普陀区给多少家企业建了档案画像，线上管着的企业一共有多少家？")
    assert answer.answered and answer.reason == "answered"
    texts = [c.text for c in answer.citations]
    assert any("220家" in t for t in texts) and any("2500多家" in t for t in texts)
    # One clause the report answers, one it does not (the whole question declined): the
    # answered one stays, the other is named.
    half = answer_question(searcher, "北碚区一年培训了多少人，印了多少份宣传海报？")
    assert half.answered and any("6000余人" in c.text for c in half.citations)
    assert "印了多少份宣传海报" in half.notice and "海报" not in "".join(c.text for c in half.citations)


def test_a_stated_figure_is_matched_to_what_it_counts_in_the_sentence():
    from indexer.answers.stated_figures import named_in, states_as_written

    def states(sentence: str, question: str) -> bool:
        return states_as_written(sentence, named_in(question)[0], question)

    # A figure the sentence gives to another noun, beside the asked noun's own, is not stated.
    assert not states("建成避难场所12个，物资储备点30个。", "建成避难场所30个了吗")
    assert states("建成避难场所12个，物资储备点30个。", "物资储备点有30个吗")
    # 名 and 人 count the same people; 人次 counts visits.
    assert states("专职救援队现有队员23人。", "救援队是不是23名队员")
    assert not states("培训23人次。", "培训了23名干部吗")
    # A year before a share says when, not what changed.
    assert states("2021年火灾起数较2020年下降40%。", "火灾起数下降了40%吗")


def test_a_stated_figure_of_another_noun_is_corrected_not_confirmed(searcher):
    # 硚口区 writes 示范站40个，标准站86个: 86 is the 标准站's.
    stations = answer_question(searcher, "硚口区建的应急服务示范站是不是86个？")
    assert stations.answered and stations.notice.startswith("报告写的是40个，不是问题所说的86个")
    # 北碚区's 队员19人 states 19名队员.
    team = answer_question(searcher, "北碚区那个缙云志愿服务队是19名队员吧？")
    assert team.answered and "不是问题所说的" not in team.notice and "19人" in team.citations[0].text


def test_a_figure_of_something_no_report_mentions_is_not_said_to_be_mentioned(searcher):
    # No report speaks of drones: "报告提到了相关工作" would tell a chatbot that one does.
    drones = answer_question(searcher, "北碚区应急局配备了多少台无人机？")
    assert not drones.answered and "没有关于“无人机”的内容" in drones.notice and drones.reason == "no_figure"
    assert "提到了相关工作" not in drones.notice


def test_the_anonymised_district_named_beside_a_named_one_is_answered_too(searcher):
    # It used to be dropped without a word: only 北碚区 was searched.
    answer = answer_question(searcher, "北碚区跟那份没写区名的报告，各自怎么搞普法宣传？")
    assert answer.answered and {c.district for c in answer.citations} == {"北碚区", None}
    figures = answer_question(searcher, "沙坪坝区和匿名区各排查了多少隐患？")
    assert "未具名区" in figures.answer and "沙坪坝区" in figures.answer
    # Without a named district, or without the anonymised one, nothing is added beside.
    from indexer.answers.scope_check import check_scope
    from indexer.retrieval.scope import understand

    for question in ("2022年那份报告里执法巡查查出了什么？", "北碚区怎么搞普法宣传？", "匿名区怎么普法？"):
        scope = understand(question, searcher.districts(), searcher.years(), searcher._tokenizer.words)
        assert check_scope(question, scope, searcher.reports).unnamed_beside_named == ()


def test_a_follow_up_clause_asks_in_full_what_the_clause_before_asked():
    from indexer.answers.parts import follow_ups_spelled

    assert (
        follow_ups_spelled("火灾起数减少了多少？受伤的人数呢？")
        == "火灾起数减少了多少？受伤的人数减少了多少？"
    )
    assert follow_ups_spelled("江北区培训了多少人？那渝中区呢") == "江北区培训了多少人？渝中区培训了多少人"
    # The unit of the clause before belongs to its own subject: 罚款 is not counted in 起.
    assert follow_ups_spelled("处罚了多少起，罚没款呢") == "处罚了多少起，罚没款多少"
    # 为什么呢 asks something else; a lone 呢 has nothing before it to repeat.
    for question in ("罚款是多少？为什么呢？", "北碚区呢？", "事故减少了吗？原因呢"):
        assert follow_ups_spelled(question) == question
    # Spelled out, a question has no follow-up left: answering it again cannot loop.
    for question in ("火灾减少了多少呢？伤亡呢？", "江北区的呢？渝中区呢", "江北区怎么样呢？渝中区呢"):
        spelled = follow_ups_spelled(question)
        assert follow_ups_spelled(spelled) == spelled


def test_a_follow_up_clause_is_answered_too_not_only_the_first(searcher):
    # 北碚区 states both falls in one sentence; the second figure used to be dropped.
    answer = answer_question(searcher, "北碚区去年生产事故下降了多少？那死亡人数呢？")
    assert answer.answered and answer.query == "北碚区去年生产事故下降了多少？那死亡人数呢？"
    assert "27.8%" in answer.answer and "25%" in answer.answer
    other = answer_question(searcher, "普陀区执法检查过的企业有多少家？硚口区呢？")
    assert "579家" in other.answer and "516家" in other.answer


def test_a_count_with_nothing_said_of_what_is_counted_is_not_answered_by_any_count(searcher):
    answer = answer_question(searcher, "北碚区死了几个人")  # 纪律责任5人 is no death toll
    assert not answer.answered and not answer.citations
    # The one-character verb is then what says what is counted: 罚 of 罚款72.8万元.
    fined = answer_question(searcher, "硚口区2023年一共罚了多少钱？")
    assert fined.answered and "72.8万元" in fined.citations[0].text


def test_which_district_saw_a_change_lists_only_districts_stating_it(searcher):
    # Every report words 事故; only 北碚区 states that its accidents fell (下降25%).
    answer = answer_question(searcher, "哪些区的事故比以前少了？")
    assert answer.answered and {c.district for c in answer.citations} == {"北碚区"}
    assert any("下降" in c.text for c in answer.citations)


def test_a_presumed_change_is_checked_whichever_way_the_figure_is_found(searcher):
    # The indicator table holds 6家 of 处罚企业; the question presumes a fall, the report a rise.
    table = answer_question(searcher, "普陀区被处罚的企业比上年少了几家？")
    assert table.answered and "相反" in table.notice and "200%" in table.citations[0].text
    # A change asked in its own clause is asked of the figure before it, not of nothing.
    after = answer_question(searcher, "普陀区的处罚金额是多少？同比下降了多少？")
    assert after.answered and "相反" in after.notice
    # jieba's 企业数 is 企业 counted: the report's rise of the fined companies confirms it.
    rose = answer_question(searcher, "普陀区处罚的企业数增加了多少？")
    assert rose.answered and "相反" not in rose.notice and "200%" in rose.citations[0].text
    # Asked why, the rise stated is no reason for it.
    why = answer_question(searcher, "普陀区处罚的企业数为什么增加了？")
    assert not why.answered and "原因" in why.notice
    # Quality is no figure: 提高了执法质量 is not declined for want of a number.
    quality = answer_question(searcher, "北碚区的行政执法质量提高了吗？")
    assert quality.answered


def test_a_yes_or_no_question_with_no_word_to_check_is_not_answered_by_nearness(searcher):
    # 告 is one character and no term: six sentences near the question said nothing of lawsuits.
    answer = answer_question(searcher, "硚口区应急局是不是被人告过？")
    assert not answer.answered and answer.reason == "not_covered" and not answer.citations


def test_a_reports_own_document_number_is_read_from_its_header(searcher):
    answer = answer_question(searcher, "上海普陀这份报告的发文字号是多少？")
    assert answer.answered and [c.text for c in answer.citations] == ["普应急〔2023〕13号"]
    citation = answer.citations[0]
    assert searcher.cleaned_text(citation.report_id)[citation.start : citation.end] == citation.text
    unnumbered = answer_question(searcher, "北碚区的报告上有没有文号？")
    assert not unnumbered.answered and "没有印文号" in unnumbered.notice
    # The number of a document a report cleaned up is not the report's own.
    from indexer.answers.document_numbers import asks_own_number

    assert not asks_own_number("沙坪坝区废止的那份规范性文件的文号是什么？")


def test_how_many_there_are_is_not_answered_by_how_many_an_action_picked_out(searcher):
    from indexer.answers.terms import is_verb
    from indexer.answers.totals import asked_stock, stock_stated

    words = searcher._tokenizer.words
    # 13家企业共计罚款 counts the firms fined, not the firms of the district.
    everything = answer_question(searcher, "硚口辖区里一共有多少家企业？")
    assert not everything.answered and everything.reason == "no_figure" and "总数" in everything.notice
    whole = answer_question(searcher, "普陀区现有多少家企业？")
    assert whole.answered and "2500" in whole.citations[0].text
    fined = answer_question(searcher, "硚口区有多少家企业被罚款？")
    assert fined.answered and "13家" in fined.answer
    assert asked_stock("硚口区有几个社区？", "社区") and not asked_stock(
        "有多少名执法人员参加培训？", "执法人员"
    )
    # The number after 示范站 counts the stations, not the 社区 in their name.
    built = "建成社区应急示范站12个，标准站30个"
    assert stock_stated(built, "示范站", words, is_verb) and not stock_stated(built, "社区", words, is_verb)
    assert not stock_stated("处罚企业9家，同比增长50%", "企业", words, is_verb)
    assert not stock_stated("专家对加油站、机械加工及25家加油站开展把脉问诊", "加油站", words, is_verb)
    assert stock_stated("由4个专项指挥部具体统筹", "指挥部", words, is_verb)


def test_a_count_of_the_asked_noun_alone_does_not_answer_a_question_naming_another(searcher):
    # 413人 counts the people of the rescue teams; nothing there says who holds a permit.
    answer = answer_question(searcher, "硚口区执法队伍有多少人持有执法证？")
    assert not answer.answered and not any("413人" in c.text for c in answer.citations)


def test_a_first_claimed_over_a_wider_reach_than_the_report_says_is_corrected(searcher):
    from indexer.answers.reach import reach_notice

    answer = answer_question(searcher, "沙坪坝那个防汛指挥平台是不是全国率先建成的？")
    assert answer.answered and "全市" in answer.notice and "全国" in answer.notice
    same = answer_question(searcher, "沙坪坝区的防汛指挥平台是在全市率先建成的吗？")
    assert same.answered and "范围内" not in same.notice
    assert reach_notice("答题率是不是全省第一？", ["答题率位列全市第一"])
    assert not reach_notice("答题率是多少？", ["答题率位列全市第一"])  # no claim asked, none to correct
    # Spoken: 全国头一家 claims the same first; 一家 is no term a sentence must word.
    spoken = answer_question(searcher, "沙坪坝区那套防汛的指挥系统，据说是全国头一家建起来的？")
    assert spoken.answered and "“全市”" in spoken.notice and "“全国”" in spoken.notice
    assert "一家" not in spoken.notice


def test_seven_people_written_with_a_counter_are_the_reports_seven_people(searcher):
    from indexer.answers.stated_figures import named_in, states_as_written

    question = "北碚区移送给公安的那7个人是在哪类事情里被移送的？"
    figure = named_in(question)[0]
    assert states_as_written("移送公安机关调查7人", figure, question)
    assert not states_as_written("发现问题7处", figure, question)
    answer = answer_question(searcher, question)
    assert answer.answered and "7人" in answer.citations[0].text


def test_which_district_cares_most_is_a_judgement_no_report_makes(searcher):
    from indexer.answers.question_forms import judgement_asked

    assert judgement_asked("哪个区最重视安全培训？") and not judgement_asked("最重视的是什么工作？")
    answer = answer_question(searcher, "哪个区在行政执法上最认真？")
    assert "没有直接比较" in answer.notice


def test_a_number_after_a_compound_counts_its_head_not_the_noun_modifying_it():
    from indexer.answers.figures import has_figure, quantity_asked

    asked = quantity_asked("发生了多少起事故？")
    # 22件 counts the emergency plans filed; 事故 only says which plans.
    assert not has_figure("生产经营单位生产安全事故应急预案备案22件", asked, frozenset({"事故"}))
    assert has_figure("全年发生生产安全事故3起", asked, frozenset({"事故"}))
    # A noun saying how the thing is measured is no other thing: 处罚金额71000元.
    money = quantity_asked("处罚了多少钱？")
    assert has_figure("处罚金额71000元，同比增长373.33%", money, frozenset({"处罚"}))


def test_last_years_accident_count_is_not_answered_by_a_count_of_plans(searcher):
    answer = answer_question(searcher, "北碚区去年的事故起数有多少？")
    assert not any("22件" in c.text or "127件" in c.text for c in answer.citations)


def test_which_districts_leave_something_out_are_those_the_affirmative_answer_does_not_cite(searcher):
    from indexer.answers.unmentioned import affirmative

    assert affirmative("哪几个区未提及柔性执法？") == "哪几个区提及柔性执法？"
    assert affirmative("哪些区没有发生事故？") is None  # what happened, not what a report writes
    answer = answer_question(searcher, "哪几个区的报告没提柔性执法？")
    assert answer.answered and "不等于没有做" in answer.notice
    absent_line = answer.answer.splitlines()[0]
    # 北碚区 and 沙坪坝区 write 柔性执法; the other three do not.
    assert "普陀区" in absent_line and "硚口区" in absent_line and "北碚区" not in absent_line
    assert {c.district for c in answer.citations} == {"北碚区", "沙坪坝区"}
    every = answer_question(searcher, "哪个区的报告没有写不足之处？")
    assert every.answered and every.answer.startswith("每个区的报告都写到了")


def test_how_a_report_is_laid_out_is_read_from_its_headings(searcher):
    answer = answer_question(searcher, "普陀区这份报告一共有几个部分？")
    assert answer.answered and "分为4个部分" in answer.answer and len(answer.citations) == 4
    for citation in answer.citations:  # each heading cited to its own line
        assert searcher.cleaned_text(citation.report_id)[citation.start : citation.end] == citation.text
    assert answer.citations[1].text.startswith("二、")
    part = answer_question(searcher, "硚口区报告第二部分写的是什么？")
    assert part.answered and part.citations[0].text == "二、存在的问题和不足"
    beyond = answer_question(searcher, "硚口区报告的第六部分讲什么？")
    assert not beyond.answered and "只有3个部分" in beyond.answer


def test_a_sentence_in_the_official_words_of_a_plain_question_may_score_a_little_lower(searcher):
    # 打官司 is the reader's 行政诉讼; the sentences saying it sit just under the floor.
    answer = answer_question(searcher, "北碚那边打官司输过吗？")
    assert answer.answered and all("诉讼" in c.text or "败诉" in c.text for c in answer.citations)
    # Not in a listing: a district enters one on its own sentences' scores.
    listing = answer_question(searcher, "哪些区的单位领导带头应诉？")
    assert {c.district for c in listing.citations} == {"北碚区"}


def test_a_place_claimed_of_a_rate_is_checked_as_a_claim_not_asked_as_a_share(searcher):
    # 答题率 made it a share asked; the report gives a place (位列全市第一), not a share.
    answer = answer_question(searcher, "硚口区的普法答题率是全国第一吗？")
    assert answer.answered and "全市" in answer.notice and "第一" in answer.citations[0].text


def test_people_are_counted_whatever_noun_stands_before_their_number(searcher):
    # 110余万人 counts the audience of the videos; 受众 before it names whom, not another thing.
    answer = answer_question(searcher, "沙坪坝区的安全微视频一共覆盖了多少人？")
    assert answer.answered and "110余万人" in answer.citations[0].text


def test_a_year_compared_with_an_earlier_one_is_the_year_asked(searcher):
    # 北碚区's only report is of 2023; it writes 2022 as the base of its changes, never as a year
    # reported on. Asked of 2022 against 2021, no report answers.
    answer = answer_question(searcher, "北碚区的2022年事故比2021年少了25%吗？")
    assert not answer.answered and answer.reason == "no_report_for_scope" and "2023年" in answer.notice
    later = answer_question(searcher, "北碚区的事故起数2023年比2022年下降了多少？")
    assert later.answered and "25%" in later.answer
    # 对比 or 比较 two years asks for both side by side, not for the later one.
    from indexer.answers.scope_check import check_scope
    from indexer.retrieval.scope import understand

    for question in ("对比一下2022年与2023年各地清理文件的件数", "比较2022年、2023年两年的罚款"):
        scope = understand(question, searcher.districts(), searcher.years(), searcher._tokenizer.words)
        assert check_scope(question, scope, searcher.reports).year is None


def test_a_place_the_report_words_otherwise_is_said_as_a_correction(searcher):
    from indexer.answers.ordinals import other_place

    answer = answer_question(searcher, "硚口区的隐患整治工作进展排在全市第一方阵吗？")
    assert answer.answered and "第二方阵" in answer.notice and "第一方阵" in answer.notice
    assert all("第二方阵" in c.text for c in answer.citations)
    # The place claimed is what is missing: the sentences on the contest write another.
    contest = answer_question(searcher, "硚口区在全市执法大比武中总分是第三名吗？")
    assert contest.answered and "第一名" in contest.notice
    assert other_place("拿了第一名吗？", []) is None
    right = answer_question(searcher, "硚口区的隐患整治进展在全市是第二方阵吗？")
    assert right.answered and "不是问题所说" not in right.notice


def test_why_is_answered_only_by_a_sentence_giving_a_cause(searcher):
    from indexer.answers import slots

    assert slots.asked_slot("为啥没去巡查？") == slots.CAUSE
    assert slots.fills(slots.CAUSE, "因受疫情影响，故未开展巡查") and not slots.fills(
        slots.CAUSE, "位于第二方阵"
    )
    # The report states the place, never why: a sentence stating it is no reason.
    answer = answer_question(searcher, "硚口区的隐患整治为何只进了第二方阵？")
    assert not answer.answered and "原因" in answer.notice
    stated = answer_question(searcher, "未具名区三月、十月不去巡查执法的原因是什么？")
    assert stated.answered and all("疫情" in c.text for c in stated.citations)


def test_the_items_under_a_part_titled_with_its_causes_answer_why(searcher):
    from indexer.answers import slots

    titled = normalize_for_matching("二、工作中的不足和原因")
    assert slots.fills(slots.CAUSE, "制度机制还有待健全。", "为什么", titled)
    assert not slots.fills(slots.CAUSE, "制度机制还有待健全。", "为什么", "工作成效")
    # 普陀区 lists its shortcomings under 不足和原因 without writing 因为 in them: they are the
    # report's account of why, not "no cause written".
    answer = answer_question(searcher, "普陀区自己说的不足有哪些，原因在哪")
    assert answer.answered and all(c.district == "普陀区" for c in answer.citations)
    assert any("制度机制" in c.text or "意识能力" in c.text for c in answer.citations)
    # A why asked of a doing the reports give no cause for still finds none.
    still = answer_question(searcher, "硚口区的隐患整治为何只进了第二方阵？")
    assert not still.answered and "原因" in still.notice


def test_counts_and_months_in_chinese_numerals_are_the_reports_digits(searcher):
    question = "未具名区三月份为啥停了执法巡查？"
    assert "3月" in wordings("三月", question) and "8年" in wordings("八年", question)
    # 连续八年未发生…事故: a span of years holds for its whole clause.
    years = answer_question(searcher, "硚口区有多少年没发生过较大的生产安全事故了？")
    assert years.answered and "连续八年" in years.citations[0].text


def test_how_many_an_action_reached_is_not_a_stock(searcher):
    from indexer.answers.totals import asked_stock

    assert not asked_stock("看过这些视频的人大约有多少？", "人")
    assert not asked_stock("被处罚的企业一共有几家？", "企业")
    assert asked_stock("辖区里共有多少家企业？", "企业")
    answer = answer_question(searcher, "沙坪坝的安全小课堂视频出了几期，看过的人大概有多少？")
    assert answer.answered and "100期" in answer.citations[0].text


def test_the_autonomous_regions_district_named_by_its_hidden_name_is_asked_about(searcher):
    answer = answer_question(searcher, "名字被隐去的那个自治区辖区，法律顾问帮着看过几份合同？")
    assert answer.answered and answer.reason == "answered" and "合同2份" in answer.answer


def test_going_to_court_is_the_reports_appearing_in_court(searcher):
    assert "出庭" in wordings("法院", "局长有没有去法院应诉？")
    # 普陀区 words 主要负责人 and 法院 in sentences on other things; only 北碚区 writes 应诉.
    listing = answer_question(searcher, "哪些区的局长亲自上法院应诉了？")
    assert listing.answered and {c.district for c in listing.citations} == {"北碚区"}


def test_one_wrong_figure_beside_a_right_one_is_corrected(searcher):
    answer = answer_question(searcher, "硚口区全年立案查处15起、罚款62.8万元，是这样吗？")
    assert answer.answered and "72.8万元" in answer.notice and "62.8万元" in answer.notice


def test_two_figures_asked_at_once_are_both_answered_not_only_the_tables_one(searcher):
    answer = answer_question(searcher, "普陀区应急局今年立了几起案？处罚了几家企业？")
    assert answer.answered and "立案8起" in answer.answer and "6家" in answer.answer


def test_colloquial_conditions_and_emphasis_are_not_what_is_asked(searcher):
    answer = answer_question(searcher, "北碚区万一发生大灾，镇街的救援人手多快能到现场？")
    assert answer.answered and "随叫随到" in answer.citations[0].text
    chosen = answer_question(searcher, "沙坪坝区的工贸安全在线被应急管理部选为良好实践案例了吗？")
    assert chosen.answered and "入选" in chosen.citations[0].text
    moved = answer_question(searcher, "哪些区真正把涉嫌犯罪的案子移交给了公安或司法机关？")
    assert {c.district for c in moved.citations} >= {"沙坪坝区", "普陀区", "北碚区"}


def test_a_span_of_years_is_not_what_a_question_presumes_absent(searcher):
    # 连续八年未发生…事故: the years are how long, the accidents what did not happen.
    answer = answer_question(searcher, "硚口区是不是连续八年没出过较大事故？")
    assert answer.answered and "并不是没有" not in answer.notice


def test_done_work_answered_from_a_plan_or_a_shortcoming_says_so(searcher):
    planned = answer_question(searcher, "普陀区在2023年是不是已经给举报人发过奖励了？")
    assert planned.answered and "计划" in planned.notice
    lacking = answer_question(searcher, "硚口区干部学法的时间是不是很有保障？")
    assert lacking.answered and "问题与不足" in lacking.notice
    # Asked for the plan, a plan is no surprise.
    ahead = answer_question(searcher, "普陀区明年打算怎么落实有奖举报？")
    assert ahead.answered and "不是已做的工作" not in ahead.notice


def test_people_saved_are_not_answered_by_how_many_members_a_team_has(searcher):
    from indexer.answers.figures import counted_by, quantity_asked

    people = quantity_asked("救了多少人？")
    assert not counted_by("组建志愿服务队，目前队员19人，定期组织训练", people, "救")
    assert counted_by("全年成功营救被困群众12人", people, "救")
    saved = answer_question(searcher, "北碚的缙云志愿队一年救出来多少人？")
    assert not saved.answered
    members = answer_question(searcher, "北碚区缙云那支志愿服务队，队员一共几名？")
    assert members.answered and "19人" in members.citations[0].text


def test_which_districts_give_a_count_of_drills_lists_only_those_with_a_figure(searcher):
    answer = answer_question(searcher, "哪些区写了全年应急演练的场数？")
    lines = {line.split("（")[0]: line for line in answer.answer.splitlines()}
    assert "80余场" in lines["沙坪坝区"] and "949场次" in lines["硚口区"]
    assert "没有" in lines["北碚区"]


def test_a_month_the_report_does_not_write_is_corrected(searcher):
    from indexer.answers.dates import dates_in

    # A span (三个月) and a day written with a dot (5.12) are no month claimed.
    assert [(d.words, d.month) for d in dates_in("截至十月底，三个月内，5.12当天")] == [("截至十月底", 10)]
    assert dates_in("今年6月揭牌", 2023)[0].year == 2023
    wrong = answer_question(searcher, "普陀的执法大队是4月份揭牌的吗？")
    assert wrong.answered and "今年6月" in wrong.notice and "4月份" in wrong.notice
    right = answer_question(searcher, "普陀的执法大队是6月份揭牌的吗？")
    assert right.answered and "不是问题所说" not in right.notice
    # The month right, the year not.
    year = answer_question(searcher, "未具名区那份报告里，执法统计数据是2022年3月报送司法行政部门的吗？")
    assert year.answered and "2022年1月" in year.notice and "不是问题所说" in year.notice
    counted = answer_question(searcher, "普陀区截至8月底查了几家企业？")
    assert counted.answered and "截至10月底" in counted.notice


def test_a_month_claimed_of_sentences_writing_no_date_is_not_confirmed(searcher):
    answer = answer_question(searcher, "北碚区在2023年3月办过哪些培训？")
    assert answer.answered and "没有写明时间" in answer.notice


def test_every_month_claimed_must_be_written_not_just_one(searcher):
    # The span's end is right, its start is not.
    answer = answer_question(searcher, "硚口区那次案卷普查，查的是2019年1月1日到2022年12月31日办结的案卷吗？")
    assert answer.answered and "2020年1月" in answer.notice and "2019年1月" in answer.notice


def test_which_report_was_signed_first_or_last_is_told_from_the_signatures(searcher):
    # 北碚区 signed on 2024-01-18, 沙坪坝区 on 2024-02-03, 硚口区 on 2024-03-18.
    answer = answer_question(searcher, "硚口区、北碚区和沙坪坝区的报告，谁的落款最晚？")
    assert answer.answered
    assert answer.notice.startswith(
        "按落款日期从早到晚：北碚区2024年1月18日、沙坪坝区2024年2月3日、硚口区2024年3月18日"
    )
    assert "最早的是北碚区，最晚的是硚口区" in answer.notice
    # Asked of the reports as a whole, still their signatures, not the list of files.
    every = answer_question(searcher, "这些报告谁最早印发？")
    assert every.reason == "answered" and "最早的是普陀区" in every.notice


def test_a_signature_date_claimed_is_checked_and_its_year_is_no_report_year(searcher):
    wrong = answer_question(searcher, "北碚区的这份报告是2024年1月19日落款的吗？")
    assert wrong.answered and "落款写的是2024年1月18日" in wrong.notice
    # 2024 is when the 2023 report was signed: no "no report for 2024".
    right = answer_question(searcher, "北碚区的这份报告是2024年1月18日落款的吗？")
    assert right.answered and "2024年1月18日" in right.answer and "不是问题所说" not in right.notice
    # A month alone is claimed too: of the month signed, it holds; of another, it is corrected.
    month = answer_question(searcher, "北碚区这份2023年度报告是2024年1月才落款的吧？")
    assert month.answered and "不是问题所说" not in month.notice
    month = answer_question(searcher, "北碚区这份2023年度报告是2023年12月落款的吧？")
    assert month.answered and "落款写的是2024年1月18日" in month.notice
    # 印发 of leaflets in a year asks nothing of the signature
    leaflets = answer_question(searcher, "沙坪坝区2023年印发了多少份宣传资料？")
    assert "落款" not in leaflets.notice


def test_the_districts_own_organs_and_pointing_words_are_no_unknown_district(searcher):
    from indexer.retrieval.scope import understand

    def scope(question):
        return understand(
            question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )

    assert scope("北碚区的文件是提请区人大常委会审议的吗？").unknown_districts == ()
    assert scope("2022年那份区名被隐去的报告里写了什么").unknown_districts == ()
    assert scope("綦江区的执法情况").unknown_districts == ("綦江区",)
    from indexer.answers.terms import names_unnamed_district

    assert names_unnamed_district("那份（区名用星号代替的）报告里写了什么")
    assert names_unnamed_district("那份报告（区名打码、属自治区）里普法怎么做的")
    described = answer_question(searcher, "那份报告（区名打码、属自治区）里，法律顾问把关过多少份合同？")
    assert described.reason != "meta" and {c.district for c in described.citations} == {None}
    # a preposition before the organ's 区 (报告说按区财政局的口径…) joins no place name
    assert scope("那份报告说按区财政局的口径统计，据区政府通知执行").unknown_districts == ()
    hidden = answer_question(searcher, "区名打了码的那份报告里，执法年报在政府网站上公示过吗？")
    assert hidden.answered and {c.district for c in hidden.citations} == {None}


def test_words_of_the_question_no_quoted_sentence_writes_are_named(searcher):
    # 沙坪坝区 writes 清理审查 of its normative documents, never 提请 or 审议.
    answer = answer_question(searcher, "沙坪坝区是否提请区政府审议过规范性文件？")
    assert answer.answered and "“提请”" in answer.notice and "“审议”" in answer.notice
    whole = answer_question(searcher, "普陀区的执法大队哪个月揭牌？")
    assert whole.answered and "一词" not in whole.notice


def test_a_listing_of_an_outcome_lists_only_districts_writing_it_happened(searcher):
    from indexer.answers.subject import ATTAINED

    assert {"入选", "成立", "获得"} <= ATTAINED
    # 硚口区 sent cases to the ministry (报送典型案例); none of them is written as chosen.
    chosen = answer_question(searcher, "哪几个区有做法入选过应急管理部的案例？")
    assert {c.district for c in chosen.citations} == {"沙坪坝区"}
    # 北碚区's 执法大队 is how its towns enforce, not a brigade set up.
    founded = answer_question(searcher, "哪些区成立过执法大队")
    assert {c.district for c in founded.citations} == {"普陀区"} and "“成立”" in founded.notice
    # The outcome in other words: 硚口区 writes 荣获.
    won = answer_question(searcher, "哪些区的应急局获得过先进单位的称号？")
    assert "硚口区" in {c.district for c in won.citations}


def test_which_of_two_districts_has_more_is_answered_with_each_ones_figure():
    from indexer.answers.superlatives import as_each_compared

    assert as_each_compared("普陀和硚口谁立案更多？") == "普陀和硚口立案分别是多少？"
    # The topic first, then the districts: the districts are put first.
    assert (
        as_each_compared("发放的宣传资料，北碚区和硚口区哪个多？")
        == "北碚区和硚口区发放的宣传资料分别是多少？"
    )
    assert as_each_compared("北碚区的罚款多吗？") is None  # one district, judged: no comparison


def test_a_comparison_names_the_district_giving_no_figure_and_ranks_nothing(searcher):
    answer = answer_question(searcher, "北碚区和硚口区哪个区培训过的人更多？")
    lines = {line.split("（")[0]: line for line in answer.answer.splitlines()}
    assert answer.answered and "6000余人" in lines["北碚区"] and "没有" in lines["硚口区"]
    assert "没有相互比较" in answer.notice


def test_a_listed_district_whose_first_sentence_is_a_plan_is_marked_so(searcher):
    # 普陀区 names 有奖举报 only in its 2024 arrangements; its done work quoted beside is other.
    answer = answer_question(searcher, "哪些区落实了安全生产有奖举报并奖励了举报人？")
    lines = {line.split("：")[0].split("（")[0]: line for line in answer.answer.splitlines()}
    assert lines["普陀区"].startswith("普陀区（第一句是下一步工作安排")
    assert "普陀区的第一句出自下一步工作安排" in answer.notice
    assert lines["北碚区"].startswith("北碚区：")


def test_a_figure_with_duo_is_matched_in_its_place_and_corrected_outside_it(searcher):
    right = answer_question(searcher, "硚口区的社区消防队一年里独立处置的初期火灾有四十多起吗？")
    assert right.answered and "44起" in right.citations[0].text and "不是问题所说" not in right.notice
    # The report writes the counted thing before its count (初期火灾44起), the question after.
    wrong = answer_question(searcher, "硚口区的社区消防队一年里独立处置了六十多起初期火灾吗？")
    assert wrong.answered and "报告写的是44起" in wrong.notice
    # A count of 方面 after the number is no count of the 救援 written before it.
    from indexer.answers.stated_figures import named_in, other_figures

    asked = "组织了两百个救援的人吗"
    assert other_figures("处置救援三个方面，制定八大制度", named_in(asked)[0], asked) == []


def test_a_vague_count_is_neither_a_figure_nor_a_word_to_find():
    from indexer.answers.stated_figures import named_in, without_figures

    question = "是不是处置了十几起火灾，几十家企业？"
    # 十几起 is a range claimed (11 to 19); 几十家 states no figure
    assert [(n.raw, n.approx) for n in named_in(question)] == [("十几", "几")]
    assert "十几" not in without_figures(question, ()) and "几十" not in without_figures(question, ())


def test_about_a_round_number_is_a_figure_checked_as_one(searcher):
    from indexer.answers.stated_figures import as_written, named_in

    question = "是不是处置了四十来起火灾？"
    (about,) = named_in(question)
    assert about.value == 40 and as_written(question, about) == "四十来起"
    assert named_in("来了5来个人？") == ()  # not a round number: no figure
    # 沙坪坝区 writes 80余场 drills: 80来场 is that figure, 四十来场 is not.
    near = answer_question(searcher, "沙坪坝区是不是组织了八十来场应急演练？")
    assert near.answered and "不是问题所说" not in near.notice and "80余场" in near.citations[0].text
    far = answer_question(searcher, "沙坪坝区组织了四十来场应急演练吧？")
    assert far.answered and "报告写的是80余场，不是问题所说的四十来场" in far.notice
    # 硚口区 counts its publicity events in 场次, after the noun, and shorter (宣传活动).
    events = answer_question(searcher, "硚口区一年搞了90来场普法宣传活动对吧？")
    assert events.answered and "报告写的是407场次，不是问题所说的90来场" in events.notice
    # A report writing a figure near it is named as such, not as writing it.
    other = answer_question(searcher, "北碚区开展了80来场应急演练吧？")
    assert not other.answered and "写到相近数字的是沙坪坝区的报告" in other.notice


def test_all_of_a_stated_count_claimed_done_is_corrected_by_the_count_done(searcher):
    fewer = answer_question(searcher, "沙坪坝区排查出的17435个问题隐患是不是都整改到位了？")
    assert (
        fewer.answered
        and "17195个" in fewer.notice
        and "整改到位" in fewer.notice
        and "17435" in fewer.notice
    )
    # Asked in other words for the doing (整改完), its first word finds the report's (整改到位).
    finished = answer_question(searcher, "沙坪坝区那142个重大事故隐患是不是全部整改完了？")
    assert finished.answered and "整改到位135个" in finished.notice
    # ... or with more claimed after it (全部整改到位、整改率100%)
    listed = answer_question(searcher, "沙坪坝那142个重大事故隐患都整改到位、整改率也是100%吧？")
    assert listed.answered and "整改到位135个" in listed.notice
    # The sentence saying all passed (均已通过) is no smaller count.
    whole = answer_question(searcher, "硚口区那22名执法人员都通过资格考试了吗？")
    assert whole.answered and "不是问题所说" not in whole.notice


def test_a_clause_left_unanswered_is_said_even_when_the_whole_question_passes(searcher):
    answer = answer_question(searcher, "北碚区那支缙云志愿服务队有几名队员？北碚区全区的救援队伍总共几支？")
    assert answer.answered and "19人" in answer.answer
    assert "救援队伍总共几支”一问" in answer.notice
    # The 预案体系 sentence (1+4+N) the whole question found counts no 支 of teams: not quoted.
    assert all("预案体系" not in c.text for c in answer.citations)


def test_a_clause_asking_no_figure_is_answered_too_and_keeps_the_masked_district(searcher):
    answer = answer_question(
        searcher, "**区的执法事项清单是哪个月编制的？梳理出多少项？行政处罚事项有多少项？"
    )
    assert answer.answered and {c.district for c in answer.citations} == {None}
    assert "今年5月" in answer.answer and "梳理出多少项”一问" in answer.notice


def test_how_many_happened_is_not_answered_by_how_many_were_handled(searcher):
    # 社区消防队…处置初期火灾44起 counts fires put out, not fires that broke out.
    answer = answer_question(searcher, "硚口区全年一共发生了多少起火灾？")
    assert not answer.answered and answer.reason == "no_figure"


def test_a_numeral_inside_a_quoted_name_counts_nothing():
    from indexer.answers.figures import has_figure, quantity_asked

    asked = quantity_asked("有多少项？")
    assert not has_figure("严格落实“三项制度”", asked)
    assert has_figure("梳理问题三项", asked)


def test_a_figure_in_another_measure_is_named_not_called_absent(searcher):
    # 家次 counts visits: 516家次 is not 516 firms; the sentence is quoted and its measure said
    visits = answer_question(searcher, "硚口区的专家一共上门检查了516家企业吗？")
    assert visits.answered and "“516家次”，不是问题所说的“516家”" in visits.notice
    times = answer_question(searcher, "沙坪坝区的“五带头”活动有8750名企业负责人参加吗？")
    assert times.answered and "8750人次" in times.notice and "没有写到" not in times.notice


def test_how_many_there_are_is_not_answered_by_the_count_an_action_took_in(searcher):
    # The 198家 that went into the scheme (列入企码张贴范围) are no count of all such firms.
    answer = answer_question(searcher, "普陀区的重点监管企业总共有多少家？")
    assert not answer.answered and "总数" in answer.notice
    standing = answer_question(searcher, "硚口区一共有几个示范站？")
    assert standing.answered and "40个" in standing.citations[0].text


def test_a_first_time_claimed_of_a_run_is_corrected(searcher):
    from indexer.answers.reach import first_time_notice

    assert "连续八年" in first_time_notice("是首次吗", ["连续八年未发生较大事故"])
    assert first_time_notice("做到了吗", ["连续八年未发生较大事故"]) == ""
    answer = answer_question(searcher, "硚口区在2023年是第一次做到无较大事故吗？")
    assert answer.answered and "连续八年" in answer.notice and "第一次" in answer.notice


def test_work_another_body_organised_is_not_confirmed_as_the_bureaus(searcher):
    from indexer.answers.organisers import organiser_notice

    assert "区安办" in organiser_notice("是应急局组织的吗", "区安办每月组织各单位开展检查")
    assert organiser_notice("是区安办组织的吗", "区安办每月组织各单位开展检查") == ""
    assert organiser_notice("开展了吗", "区安办每月组织各单位开展检查") == ""
    # 硚口区 took part in reviews the city bureau and the district's justice bureau organised.
    answer = answer_question(searcher, "硚口区应急局自己牵头组织过执法案卷评查吗？")
    assert answer.answered and "区司法局" in answer.notice and "不是应急管理局自己组织" in answer.notice


def test_a_document_number_given_to_another_title_is_corrected(searcher):
    from indexer.answers.document_numbers import other_number

    text = "依据《甲通知》(甲发〔2021〕3号)、《乙办法》(乙规〔2022〕5号)执行。"
    sentence = quoted_sentence(text)
    corrected = other_number("《甲通知》是乙规〔2022〕5号吗", [sentence])
    assert corrected is not None and "甲发〔2021〕3号" in corrected[1] and "《乙办法》" in corrected[1]
    assert other_number("《甲通知》是甲发〔2021〕3号吗", [sentence]) is None
    # a document described without title marks, by words only its title has
    text = "落实《省财政厅关于预算管理的通知》(财发〔2021〕3号)、《省司法厅关于执法监督的办法》(司规〔2022〕5号)。"
    two = quoted_sentence(text)
    described = other_number("司法厅管执法监督的那个办法是财发〔2021〕3号吧", [two])
    assert described is not None and "司规〔2022〕5号" in described[1]
    assert other_number("那个办法是财发〔2021〕3号吧", [two]) is None  # no document told apart
    # 硚口区 cites two notices, each with its own number, in one sentence.
    answer = answer_question(
        searcher,
        "《省人民政府办公厅关于换发全国统一样式行政执法证件的通知》的发文字号是不是鄂司发〔2022〕2号",
    )
    assert answer.answered and "鄂政办函〔2021〕17号，不是问题所说的鄂司发〔2022〕2号" in answer.notice
    # A year no report writes for a document 普陀区 cites: corrected, not "never cited".
    answer = answer_question(
        searcher,
        "普陀区引用的《刑事司法衔接工作实施办法》编号为沪应急法规〔2019〕63号吗",
    )
    assert answer.answered and "沪应急法规〔2020〕63号" in answer.notice and "不是问题所说的" in answer.notice


def test_a_why_not_question_whose_premise_a_report_contradicts_says_so(searcher):
    from indexer.answers.polarity import why_not_premise

    assert why_not_premise("为什么甲区没有开展培训？") == "甲区没有开展培训吗"
    assert why_not_premise("为什么甲区开展了培训？") is None
    answer = answer_question(searcher, "普陀区为什么没有拍普法微电影")
    assert answer.answered and answer.notice.startswith("问题的前提不成立") and "应急侠" in answer.answer
    # 硚口区 writes that no lawsuit arose: the premise holds, and no reason is written.
    answer = answer_question(searcher, "硚口区为什么没有出现行政诉讼案件")
    assert "前提不成立" not in (answer.notice or "")


def test_a_figure_the_report_writes_of_another_thing_is_corrected(searcher):
    # 普陀区's 2500多家 are the firms managed online; its records (画像) hold 220家.
    answer = answer_question(searcher, "普陀区建档画像的企业有2500多家吗")
    assert answer.answered and "报告写的是220家，不是问题所说的2500多家" in answer.notice
    # The quoted name is where the misplaced figure stands (the online system), not the topic.
    quoted = answer_question(searcher, "普陀“数智普陀”平台上那2500多家企业，是不是都贴上了企业码？")
    assert quoted.answered and "报告写的是198家，不是问题所说的2500多家" in quoted.notice
    # 企码 is how 普陀区 shortens 企业码; the count of firms given one is asked past its verb
    count = answer_question(searcher, "普陀有多少家单位列入了企业码张贴的范围？")
    assert count.answered and "198家" in count.citations[0].text


def test_a_figure_of_other_records_is_no_count_of_the_firms_the_question_names(searcher):
    # 普陀区 profiles 220家 firms; its code stickers cover 198家 重点监管企业 (a modifier between
    # the unit and the noun). Whether the claim names the stickers exactly or in a short form,
    # the 220家 sentence, which never words them, is no yes.
    for question in (
        "普陀区有220家企业列入企码张贴范围吗？",
        "听说普陀有220家重点监管企业贴了企码，是真的不",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and "报告写的是198家，不是问题所说的220家" in answer.notice, question
        assert all("企码" in c.text for c in answer.citations)
    # The claim that holds is not corrected.
    answer = answer_question(searcher, "普陀区是不是为220家企业建了一企一档？")
    assert answer.answered and "不是问题所说的" not in answer.notice


def test_a_figure_offered_as_the_count_asked_is_checked_not_removed(searcher):
    from indexer.answers.figures import guessed_count
    from indexer.text.normalize import normalize_for_matching

    guess = "普陀给多少家企业建档画像了，是不是220家？"
    assert guessed_count(guess, normalize_for_matching(guess).find("220"))
    inside = "受理的68件举报中有多少件立案"
    assert not guessed_count(inside, normalize_for_matching(inside).find("68"))
    answer = answer_question(searcher, guess)
    assert answer.answered and "220家" in answer.answer and "不是问题所说的" not in answer.notice
    answer = answer_question(searcher, "普陀给多少家企业建档画像了？我记得是两百家")
    assert answer.answered and "报告写的是220家" in answer.notice


def test_a_figure_the_question_states_is_no_answer_to_a_count_asked_of_it(searcher):
    # 沙坪坝区 received 68 reports and says how many it filed of them nowhere.
    answer = answer_question(searcher, "沙坪坝区受理的68件举报投诉中有多少件被立案")
    assert not answer.answered
    answer = answer_question(searcher, "北碚区12350举报查处的70起里立案查处的是多少件？")
    assert answer.answered and "68件" in answer.answer


def test_pointers_counts_of_copies_and_claims_are_no_subject(searcher):
    from indexer.answers.meta import is_meta_question
    from indexer.answers.stated_figures import named_in
    from indexer.retrieval.scope import understand

    def understand_scope(searcher, question):
        return understand(
            question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )

    assert not is_meta_question("这几份报告里哪个区开展了柔性执法") and is_meta_question("一共有几份报告")
    assert quantity_asked("这几份报告里哪个区开展了柔性执法") is None
    assert named_in("通过“12350”受理举报") == ()
    for question, dropped in (
        ("普陀区拍过一部普法微电影吗", "一部"),
        ("五份报告里哪些区写了行政复议", "五份"),
        ("北碚区受理举报的说法对吗", "说法"),
        ("依据的是哪份文件", "哪份"),
    ):
        terms = Question(searcher, question, understand_scope(searcher, question)).terms
        assert dropped not in terms, (question, terms)
    answer = answer_question(searcher, "这几份报告里哪个区拍过普法微电影")
    assert answer.answered and answer.reason != "meta" and "普陀区" in answer.answer
    # 普法 + 微 + 电影 is 微电影, not 普法微 (which 普法微信 would word).
    assert "硚口区" not in answer.answer


def test_a_place_in_a_contest_named_far_before_it_in_the_sentence(searcher):
    answer = answer_question(searcher, "硚口区代表队在第一届综合执法大比武上总分排第几？")
    assert answer.answered and "总分第一名" in answer.answer


def test_what_a_named_mechanism_means_is_answered_with_the_sentences_spelling_it_out(searcher):
    from indexer.answers.definitions import asks_meaning

    assert asks_meaning("这个机制是怎么回事") and not asks_meaning("这个机制是哪年建立的")
    # 北碚区 names its “252” mechanism in one short sentence; the figures follow it.
    answer = answer_question(searcher, "北碚区那个“252”集结机制具体是啥？")
    assert answer.answered and "半小时以内集结到位" in answer.answer
    assert_citations_are_exact(searcher, answer)


def test_a_figure_claimed_short_is_no_thing_presumed_absent():
    from indexer.answers.polarity import presumed_absent_notice

    sentence = ["到期整改率100%"]
    assert presumed_absent_notice("是不是整改率没达到100%？", ["整改率"], {"整改率": 1.0}, sentence) == ""
    assert "整改率" in presumed_absent_notice("是不是没有整改率？", ["整改率"], {"整改率": 1.0}, sentence)


def test_some_taken_as_undone_or_an_ordinal_missed_is_no_thing_presumed_absent():
    from indexer.answers.polarity import presumed_absent_notice

    counted = ["排查出险情40处、处置到位36处"]
    rarity = {"险情": 1.0, "处置到位": 1.0}
    # Some of them taken as not dealt with: 36 of 40 confirms it, no "并不是没有".
    assert (
        presumed_absent_notice("险情是不是还有一部分没处置到位？", ["险情", "处置到位"], rarity, counted)
        == ""
    )
    assert presumed_absent_notice("险情是不是有些没处置到位？", ["险情", "处置到位"], rarity, counted) == ""
    assert "并不是没有" in presumed_absent_notice("是不是没有险情？", ["险情"], rarity, counted)
    # Not in the first group, where the sentence writes the second: confirmed, not denied.
    placed = ["考核位列第三梯队"]
    assert presumed_absent_notice("考核是不是没进第一梯队？", ["考核", "第一", "梯队"], {}, placed) == ""
    # The thing named before the doubt, only the doing after it.
    paid = ["对见义勇为者及时发放了补助"]
    said = presumed_absent_notice(
        "见义勇为者的补助是不是一直没发放？", ["见义勇为者", "补助", "发放"], {}, paid
    )
    assert "及时发放了补助" in said and "并不是没有" in said
    assert (
        presumed_absent_notice(
            "见义勇为者的补助是不是一直没发放？", ["见义勇为者", "补助", "发放"], {}, ["补助标准另行制定"]
        )
        == ""
    )


def test_doubts_of_what_was_done_are_answered_from_the_reports(searcher):
    # 北碚区 paid its informants on time: the doubt is corrected by that clause.
    paid = answer_question(searcher, "北碚那些举报人的奖励，是不是到现在还拖着没给兑现？")
    assert paid.answered and "按时兑现" in paid.notice and "并不是没有" in paid.notice
    # Going to court said plainly is no court named: 北碚区's lawsuits, none lost.
    court = answer_question(searcher, "北碚那边被告上法院的那几起处罚案子，输了没有？")
    assert court.answered and "城管委" not in court.notice and "法院" not in court.notice
    assert any("无败诉案件" in c.text for c in court.citations)
    # 沙坪坝区 rectified 135 of its 142 major hazards: "some not yet" is no premise to deny.
    some = answer_question(searcher, "沙坪坝那批重大隐患里，是不是有些到现在还没整改到位？")
    assert some.answered and "并不是没有" not in some.notice
    assert any("整改到位135个" in c.text for c in some.citations)
    # A share claimed in words (百分之百) is a claim checked against the sentence, not a share asked.
    rate = answer_question(searcher, "硚口执法队伍持证率，真有百分之百？")
    assert rate.answered and any("持证率100%" in c.text for c in rate.citations)
    # People counted with 个 are the report's people counted with 人.
    staff = answer_question(searcher, "硚口在岗搞执法的人员有四十个吧？")
    assert staff.answered and "报告写的是22人" in staff.notice
    # Owning to a shortcoming is no word a sentence must write.
    owned = answer_question(searcher, "硚口自己也承认学法时间保障不了吗？")
    assert owned.answered and "承认" not in owned.notice
    # The report whose district stands as stars is the anonymised one.
    starred = answer_question(searcher, "星号那个区的普法责任清单是怎么公示的？")
    anonymous = {r["report_id"] for r in searcher.reports if not r.get("district")}
    assert starred.answered and {c.report_id for c in starred.citations} == anonymous


def test_a_change_claimed_at_the_end_of_a_question_is_checked(searcher):
    from indexer.answers import premise

    assert premise.asked_direction("演练场次比上年是降了吧？") == "down"
    assert premise.presumes_change("演练场次比上年是降了吧？")
    assert premise.asked_direction("培训人数涨了吗") == "up"
    assert premise.asked_direction("同比涨了多少") is None  # the size asked, no direction claimed
    # 普陀区's fines rose 373.33%: a fall claimed at the end is corrected, not met by the table's total.
    answer = answer_question(searcher, "普陀的罚款跟上一年比是降了吧？")
    assert answer.answered and "与问题所说的下降" in answer.notice
    assert any("373.33%" in c.text for c in answer.citations)


def test_all_done_doubted_with_the_asking_before_it_is_held_to_the_counts(searcher):
    # 沙坪坝区 found 142 major hazards and put 135 right: 是不是/真的 before 都 is no part of the thing.
    for question in ("沙坪坝那些重大事故隐患是不是全都改好了？", "沙坪坝的重大隐患真的都整改完了吗"):
        answer = answer_question(searcher, question)
        assert answer.answered and "不是全部" in answer.notice and "135" in answer.notice, question


def test_cases_filed_asked_with_a_counting_noun_beside_the_fines(searcher):
    answer = answer_question(searcher, "硚口2023年立案查处的起数和罚款总额")
    assert answer.answered and "15起" in answer.answer and "72.8万元" in answer.answer


def test_a_table_answer_short_of_a_named_indicator_gives_way_to_the_sentences(searcher):
    from indexer.answers.table_answers import TABLE_NOTICE

    # 北碚区's table holds the fines of cases reported by phone, not its cases filed as such: the
    # sentence stating both answers, not a line giving the money alone.
    answer = answer_question(searcher, "北碚罚掉的钱和立案数各是多少？")
    assert answer.answered and TABLE_NOTICE not in answer.notice
    assert any("68件" in c.text and "3.86万元" in c.text for c in answer.citations)


def test_the_line_announcing_the_report_answers_nothing():
    assert not is_informative("现将我局2023年法治政府建设年度报告情况如下：")
    assert not is_informative("现将有关情况汇报如下：")
    # A sentence of work ending with the announcement still says what it did.
    assert is_informative("2023年，我局围绕《某区工作要点》推进各项工作，现将有关情况报告如下：")


def test_a_doing_doubted_of_one_list_is_not_answered_by_another_list_done_so():
    from indexer.answers.polarity import presumed_absent_notice

    texts = ["及时公示行政许可事项、权责清单等内容"]
    terms = ["安全", "责任", "清单", "编制", "公示"]
    doubted = "那份安全责任清单是不是只编制了、没公示？"
    assert presumed_absent_notice(doubted, terms, {}, texts) == ""
    done = ["安全责任清单已于6月在门户网站公示"]
    assert "并不是没有" in presumed_absent_notice(doubted, terms, {}, done)


def test_a_figure_one_side_of_a_comparison_states_is_checked(searcher):
    from indexer.answers.superlatives import side_stating_figure

    named = {"甲区": "甲区", "乙区": "乙区"}

    def district(side: str) -> str | None:
        return next((d for d in named if d in side), None)

    assert side_stating_figure("甲区培训了九百人，比乙区多吧？", district) == "甲区培训了九百人"
    assert side_stating_figure("甲区培训的人比乙区多吧？", district) is None
    # 沙坪坝区 took 68 complaints on its hotline, not eighty-odd: said before the figures compared.
    answer = answer_question(searcher, "沙坪坝的12350一年接了九十多件投诉，是不是比北碚还多？")
    assert answer.answered and "问题的前提不成立" in answer.notice and "68件" in answer.notice


def test_a_why_asked_of_a_claims_size_or_timing_checks_the_claim_first(searcher):
    # 北碚区 trains special-operations workers every month: "once a quarter, why so far apart" rests
    # on nothing, and no reason is to be sought.
    seldom = answer_question(searcher, "北碚那个电工焊工的特种作业培训一个季度才搞一次，为什么这么少？")
    assert seldom.answered and "问题的前提不成立" in seldom.notice and "每月" in seldom.notice
    # The anonymised report sent its yearly enforcement figures in January 2022, not December.
    late = answer_question(
        searcher, "2022年那份报告里，上年度执法统计年报拖到2022年11月才报送，为什么这么晚？"
    )
    assert late.answered and "问题的前提不成立" in late.notice and "2022年1月" in late.notice


def test_a_change_measured_from_another_year_than_the_reports_is_corrected(searcher):
    from indexer.answers.dates import other_base_year

    written = [quoted_sentence("全区火灾起数较2021年下降12%。")]
    said = other_base_year("火灾起数比2020年下降了12%吗", written)
    assert said is not None and "较2021年" in said[1] and "比2020年" in said[1]
    assert other_base_year("火灾起数比2021年下降了12%吗", written) is None
    assert other_base_year("火灾起数下降了12%吗", written) is None  # no base year claimed
    answer = answer_question(searcher, "北碚2023年事故起数跟2021年比降了25%，是这样吗？")
    assert answer.answered and "较2022年" in answer.notice


def test_the_contest_numbered_first_is_no_place_claimed(searcher):
    # 硚口区's team came first overall at Wuhan's first enforcement contest (第一届 names the contest).
    answer = answer_question(searcher, "武汉第一届应急综合执法大比武，硚口代表队只拿了个第三名？")
    assert answer.answered and "总分第一名" in answer.notice and "第三名" in answer.notice


def test_a_signer_named_wrongly_is_corrected_from_the_header(searcher):
    header = searcher.cleaned_text([r for r in searcher.reports if r["district"] == "普陀区"][0]["report_id"])
    signer = re.search(r"签发人[:：]\s*(\S+)", header).group(1)
    answer = answer_question(searcher, "普陀那份报告的签发人李明是哪个职位？")
    assert answer.answered and f"版头印的签发人是{signer}，不是问题所说的李明" in answer.notice
    for asked in (
        "普陀那份报告的签发人是谁？",
        "普陀报告签发人的级别是什么？",
        "普陀报告签发人那一栏写的谁？",
    ):
        assert "不是问题所说" not in answer_question(searcher, asked).notice, asked


def test_people_counted_with_ge_after_their_noun_are_counted_as_the_report_counts_them():
    from indexer.text.numbers import people_said

    assert people_said("执法人员有三十多个吧") == "执法人员有三十多人吧"
    assert people_said("队员就20个吗") == "队员就20人吗"
    # The count ends the claim: 25个 of what follows counts that (filling stations), not experts.
    assert people_said("专家是25个加油站都看过吗") == "专家是25个加油站都看过吗"
    assert people_said("要求300个队员半小时集合") == "要求300个队员半小时集合"


def test_which_way_asked_against_the_year_before_is_answered_by_the_change():
    from indexer.answers.figures import asks_which_way
    from indexer.answers.parts import _WHICH_WAY_ONLY

    assert asks_which_way("培训人次跟前一年比是多了还是少了")
    assert asks_which_way("培训人次比往年增加了还是减少了")
    assert not asks_which_way("培训人次多了还是少了")  # no base: which of two things, maybe
    assert _WHICH_WAY_ONLY.match("跟去年比是涨了还是跌了")
    assert _WHICH_WAY_ONLY.match("是涨了还是跌了")


def test_which_way_a_figure_went_quotes_the_change(searcher):
    # 普陀区 inspected 80.93% more firms; 北碚区's accidents fell 25%.
    inspected = answer_question(searcher, "普陀去查的企业数，跟上年比起来是涨了还是跌了？")
    assert inspected.answered and "80.93%" in inspected.answer
    accidents = answer_question(searcher, "北碚的生产安全事故跟前一年比，是升了还是降了？")
    assert accidents.answered and all("下降25%" in c.text for c in accidents.citations)


def test_a_figure_after_a_phrase_with_de_counts_that_phrase(searcher):
    # 北碚区's sentence gives 5人 to discipline and 7人 to the police, in that order.
    answer = answer_question(searcher, "北碚区交给公安机关刑事立案调查的是5人吗？")
    assert answer.answered and "报告写的是7人，不是问题所说的5人" in answer.notice
    why = answer_question(searcher, "北碚区移送公安立案调查的那5个人是因为哪些事故？")
    assert not why.answered and "变化" not in why.notice


def test_a_share_given_to_one_rate_is_not_stated_by_another_rates_share(searcher):
    from indexer.answers.stated_figures import named_in, states_as_written

    question = "公示率达到100%了吗"
    assert states_as_written("行政执法公示率达100%。", named_in(question)[0], question)
    question = "装备配齐率100%吗"
    assert not states_as_written("行政执法公示率达100%。", named_in(question)[0], question)
    # 沙坪坝区 writes 回复满意率达100% of its 人大建议 and 政协提案, and no rate of them closed.
    answer = answer_question(searcher, "沙坪坝区办理人大代表建议和政协提案的办结率达到100%了吗")
    assert not answer.answered and "另一项数字，" in answer.notice


def test_work_done_at_another_bodys_requirement_is_not_confirmed_as_the_asked_ones(searcher):
    from indexer.answers.organisers import requirement_notice

    texts = ["建立普查机制", "按照市应急管理局、区司法局工作要求，对案卷进行普查"]
    assert "市应急管理局、区司法局" in requirement_notice("是按应急管理部的要求做的吗", texts)
    assert requirement_notice("是按区司法局的要求做的吗", texts) == ""
    assert requirement_notice("普查了多少案卷", texts) == ""
    answer = answer_question(searcher, "沙坪坝区清理规范性文件是按市应急管理局的要求吗？")
    assert answer.answered and "不是问题所说的“市应急管理局”" in answer.notice


def test_a_place_claimed_is_read_only_in_sentences_on_what_is_ranked(searcher):
    # 硚口区 is 位列全市第一 in a quiz and in the 第二方阵 of the city's 2023 hazard campaign.
    answer = answer_question(searcher, "硚口区隐患专项排查整治2023行动的进展排名是全市第一吗")
    assert answer.answered and "第二方阵" in answer.notice and "不是问题所说的" in answer.notice
    # Its 基层应急队伍 won a 单项第三名; the 总分第一名 is of another contest.
    answer = answer_question(searcher, "硚口区基层应急队伍在全市大比武上是总分第一名吗？")
    assert answer.answered and "单项第三名" in answer.notice


def test_a_year_or_part_of_one_the_sentence_does_not_date_the_work_by_is_corrected(searcher):
    from indexer.answers.dates import other_period, other_span

    text = "对2019年3月1日至2020年6月30日期间办结的案卷进行评查。"
    sentence = quoted_sentence(text)
    assert "2019年3月1日至2020年6月30日期间" in other_span("评查的是2020年办结的案卷吗", [sentence])[1]
    assert other_span("2023年评查了案卷吗", [sentence]) is None  # the year of the review, not of the cases
    whole = quoted_sentence("全年累计排查隐患300个。")
    assert "全年累计" in other_period("上半年排查了多少隐患", [whole])[1]
    assert other_period("一共排查了多少隐患", [whole]) is None
    # 硚口区 reviewed the cases closed from 2020 to 2022.
    answer = answer_question(searcher, "硚口区普查的行政处罚案卷是2023年办结的那些吗？")
    assert answer.answered and "2020年1月1日至2022年12月31日" in answer.notice
    answer = answer_question(searcher, "普陀区上半年一共检查了多少家企业")
    assert answer.answered and "截至10月底" in answer.notice and "上半年" in answer.notice


def test_sentences_that_only_deny_what_the_question_takes_as_done_say_so(searcher):
    from indexer.answers.polarity import denied_notice

    texts = ["全年开展执法检查12次", "受汛期影响，7月、8月未开展执法检查"]
    assert "未开展执法检查" in denied_notice("7月份做了执法检查吗", ["执法", "检查"], texts)
    # The year's clause affirms the check; only the asked month's clauses are read.
    assert denied_notice("今年做了执法检查吗", ["执法", "检查"], texts) == ""
    assert denied_notice("为什么7月没有执法检查", ["执法", "检查"], texts) == ""
    # The anonymised district stopped its patrols in two months of lockdown.
    answer = answer_question(searcher, "**区10月份进行执法巡查了吗")
    assert answer.answered and "未开展执法巡查" in answer.notice and "没有这样做" in answer.notice
    answer = answer_question(searcher, "硚口区办过行政复议案件吗？")
    assert answer.answered and "未出现行政复议" in answer.notice


def test_a_lone_chinese_digit_before_a_counter_of_people_or_cases_is_a_figure(searcher):
    from indexer.answers.stated_figures import in_other_units, named_in

    assert [(n.value, n.raw) for n in named_in("是不是处分了三人")] == [(3.0, "三")]
    assert [n.value for n in named_in("有两家企业被罚吗")] == [2.0]
    # Names and phrases, not counts: 三项制度, 两个责任, 一件事.
    assert named_in("落实三项制度了吗") == () and named_in("压实两个责任") == ()
    assert named_in("一件事一次办") == ()
    # 2支 counts teams: not the 2起 of cases in another unit.
    question = "查处了2起吗"
    assert in_other_units("组建2支队伍", named_in(question)[0], question) == []
    question = "检查了516家吗"
    assert in_other_units("检查516家次", named_in(question)[0], question) == ["516家次"]
    # 北碚区 handed 7 people to the police, and asked 5 to be disciplined.
    answer = answer_question(searcher, "北碚区被移交公安机关立案的有四个人吗？")
    assert answer.answered and "7人" in answer.notice and "不是问题所说的四人" in answer.notice


def test_figures_the_question_gives_each_the_others_thing_are_said_to_be_swapped(searcher):
    from indexer.answers.paired_figures import swapped

    text = "全年新建避难场所4处、应急物资仓库9个。"
    sentence = quoted_sentence(text)
    said = swapped("是不是新建了9处避难场所和4个应急物资仓库", [sentence])
    assert said is not None and "避难场所4处" in said[1] and "相反" in said[1]
    assert swapped("新建了4处避难场所和9个应急物资仓库吗", [sentence]) is None
    assert swapped("新建了4处避难场所吗", [sentence]) is None
    # 北碚区 entrusted its powers to 17个镇街 and 5个园城管委会.
    answer = answer_question(searcher, "北碚区是不是把处罚权委托给了5个镇街、17个园城管委会？")
    assert answer.answered and "相反" in answer.notice and "17个镇街" in answer.notice


def test_a_clause_corrected_in_a_question_of_several_figures_is_named(searcher):
    # 北碚区's accidents fell 25% and its deaths 27.8%.
    answer = answer_question(searcher, "北碚区2023年事故起数下降了27.8%，死亡人数下降了多少？")
    assert answer.answered and answer.notice.endswith("以下句子摘自报告原文，每句都标注了出处。")
    assert "下降了27.8%”一问：报告写的是25%" in answer.notice


def test_a_figure_is_corrected_by_the_one_the_same_doing_counts(searcher):
    from indexer.answers.stated_figures import named_in, other_figures

    question = "全年立案查处9起违法案件吗"
    assert other_figures("全年共立案查处12起，罚款5万元。", named_in(question)[0], question) == ["12起"]
    assert other_figures("全年共培训12起，罚款5万元。", named_in(question)[0], question) == []
    # 硚口区 wrote 15起 of its cases, and 沙坪坝区 5人 handed to the judiciary.
    answer = answer_question(searcher, "硚口区2023年立案查处了14起安全生产违法案件，一共罚了多少钱？")
    assert answer.answered and "报告写的是15起" in answer.notice
    answer = answer_question(searcher, "沙坪坝区向司法机关移送了9名涉嫌犯罪的人员吗？")
    assert answer.answered and "报告写的是5人" in answer.notice


def test_a_line_a_place_and_all_of_a_wrong_count_are_no_figures_to_confirm(searcher):
    from indexer.answers.stated_figures import named_in, other_figures

    assert named_in("拨打12345热线投诉了吗") == ()
    assert [n.value for n in named_in("罚款12345元了吗")] == [12345.0]
    question = "代表队有20名队员吗"
    assert other_figures("代表队取得总分第一名，全队18名队员参赛。", named_in(question)[0], question) == [
        "18名"
    ]
    # 硚口区 has 22人 on duty; its 总分第一名 sentence counts no people.
    answer = answer_question(searcher, "硚口区在岗执法人员是不是有25名？")
    assert answer.answered and "报告写的是22人" in answer.notice and "一名" not in answer.notice
    # 普陀区 profiled 220家; all of its 2500多家 is what the question claims.
    answer = answer_question(searcher, "普陀区是不是为2500多家企业全都建立了一企一档？")
    assert answer.answered and "报告写的是220家" in answer.notice


def test_a_number_a_year_off_the_one_a_report_prints_is_corrected_and_the_rest_answered(searcher):
    from indexer.answers.document_numbers import renumbered, with_number

    texts = {"r": "依据《甲办法》（甲规〔2020〕8号）执行。", "s": "乙发〔2019〕8号"}
    assert renumbered("甲规〔2022〕8号", texts) == "甲规〔2020〕8号"
    assert renumbered("甲规〔2022〕9号", texts) is None  # another serial: another document
    assert "〔2020〕8号" in with_number("是按甲规〔2022〕8号做的吗", "甲规〔2022〕8号", "甲规〔2020〕8号")
    # 普陀区 cites 沪应急法规〔2020〕63号 for its rules on handing cases to the judiciary.
    answer = answer_question(searcher, "沪应急法规〔2022〕63号这份文件规定了什么？")
    assert answer.answered and "报告中写的文号是沪应急法规〔2020〕63号，不是问题所说的" in answer.notice
    assert "〔2020〕63号" in answer.citations[0].text


def test_a_figure_of_the_whole_year_asked_where_the_report_counts_to_a_month_is_corrected(searcher):
    from indexer.answers.dates import short_of_year

    text = "截至9月底，共培训从业人员1200人次。"
    sentence = quoted_sentence(text)
    said = short_of_year("全年培训了1200人次吗", [sentence])
    assert said is not None and "截至9月底" in said[1] and "全年" in said[1]
    assert short_of_year("截至9月底培训了多少人次", [sentence]) is None
    assert short_of_year("全年开展了哪些培训", [sentence]) is None  # no figure asked
    assert "人(次)" in wordings("人次", "培训了多少人次")
    # 普陀区 counts its inspections to the end of October, in 家（次）.
    answer = answer_question(searcher, "普陀区一整年检查了579家次企业，这个数靠谱吗？")
    assert answer.answered and "截至10月底" in answer.notice and "一整年" in answer.notice


def test_a_leading_clause_naming_the_topic_is_asked_with_each_figure(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import QueryScope

    clauses = figure_clauses("那个防汛演练，一共练了几场，多少人参加？", QueryScope())
    assert clauses and all(c.startswith("那个防汛演练") for c in clauses)
    # 沙坪坝区 names its “沙小安” brand at the start of the sentence giving 100期 and 110余万人.
    answer = answer_question(searcher, "沙坪坝“沙小安”那套安全小课堂视频，总共做了多少期，覆盖了多少人？")
    assert answer.answered and "100期" in answer.citations[0].text and "一问" not in answer.notice


def test_a_name_the_report_masks_is_said_to_be_masked(searcher):
    from indexer.answers.masked import masked_notice

    words = searcher._tokenizer.words
    texts = ["根据《***省安全生产条例》要求，落实省里部署"]
    assert "“***省”" in masked_notice("是哪个省的条例", texts, words)
    assert masked_notice("是哪个省的条例", [*texts, "湖北省应急管理厅印发"], words) == ""
    assert masked_notice("有哪些条例", texts, words) == ""
    # The anonymised district's report masks its region (***自治区) everywhere.
    answer = answer_question(searcher, "**区在哪个自治区？")
    assert answer.answered and "名称被隐去" in answer.notice


def test_a_charge_the_report_does_not_name_is_corrected_by_the_one_it_does(searcher):
    from indexer.answers.charges import other_charge

    text = "全年以涉嫌非法经营罪移送案件3起。"
    sentence = quoted_sentence(text)
    said = other_charge("是以涉嫌重大劳动安全事故罪移送的吗", [sentence])
    assert said is not None and "“非法经营罪”" in said[1]
    assert other_charge("是以非法经营罪移送的吗", [sentence]) is None
    assert other_charge("以哪种罪移送的", [sentence]) is None
    assert other_charge("打击违法犯罪了吗", [sentence]) is None
    # 普陀区 handed over 2 cases as 重大责任事故罪.
    answer = answer_question(searcher, "普陀区移送的那两起案子，是按危险作业罪移送的吧？")
    assert answer.answered and "报告写的是“重大责任事故罪”" in answer.notice


def test_a_figure_is_corrected_by_the_count_of_the_doing_the_question_names(searcher):
    from indexer.answers.stated_figures import named_in, other_figures

    question = "约谈了9家企业吗"
    sentence = "检查企业300家，约谈企业12家。"
    assert other_figures(sentence, named_in(question)[0], question) == ["12家"]
    # 普陀区 inspected 579家（次） and punished 6家 firms.
    answer = answer_question(searcher, "普陀区一共处罚了9家企业，同比涨了多少？")
    assert answer.answered and "报告写的是6家" in answer.notice and "579" not in answer.notice


def test_a_first_place_claimed_of_a_standing_given_in_tiers_is_corrected(searcher):
    from indexer.answers.ordinals import other_place

    text = "在全省考核中位于第三梯队。"
    sentence = quoted_sentence(text)
    said = other_place("全省考核排第一名吗", [sentence])
    assert said is not None and "第三梯队" in said[1]
    # 硚口区's 2023 hazard campaign stood in the city's 第二方阵.
    answer = answer_question(searcher, "硚口区隐患专项排查整治2023行动的进度是不是全市第一名？")
    assert answer.answered and "第二方阵" in answer.notice


def test_a_share_the_question_gives_a_change_the_other_way_is_corrected(searcher):
    # 普陀区's inspections rose 80.93%; the question says they fell, and words the rest its own way.
    answer = answer_question(searcher, "普陀区查企业的次数同比掉了80.93%，怎么会下降这么多？")
    assert answer.answered and "与问题所说的下降（减少）相反" in answer.notice
    assert "80.93%" in answer.citations[0].text


def test_which_people_and_which_district_did_better_are_not_answered_from_the_topic(searcher):
    assert judgement_asked("北碚和沙坪坝哪个区的宣传更有成效")
    assert not judgement_asked("北碚区的宣传有成效吗")
    answer = answer_question(searcher, "北碚和沙坪坝哪个区的执法培训更见效？")
    assert answer.answered and answer.notice.startswith("各区报告只记述本区的工作，没有直接比较")
    # 沙坪坝区 counts the 人大代表建议 it handled and names none of the deputies.
    answer = answer_question(searcher, "沙坪坝区办理的那些人大代表建议是哪几位代表提的？")
    assert not answer.answered and "人名" in answer.notice


def test_figures_swapped_in_other_units_are_said_to_be_swapped_not_declined(searcher):
    from indexer.answers.paired_figures import swapped

    text = "对3名个人、11家企业实施处罚。"
    sentence = quoted_sentence(text)
    said = swapped("处罚了11名个人和3家企业吗", [sentence])
    assert said is not None and "11家企业" in said[1]
    # 普陀区 filed 8起 and punished 6家 firms.
    answer = answer_question(searcher, "普陀区是不是立案了6起，处罚了8家企业？")
    assert answer.answered and "相反" in answer.notice and "立案8起" in answer.notice


def test_a_count_asked_of_what_the_report_says_did_not_happen_is_answered_with_that(searcher):
    # The anonymised district writes that no one was investigated over integrity in the year.
    answer = answer_question(searcher, "**区有多少人因为廉政问题被查处过？")
    assert answer.answered and "没有发生因廉政问题受查处" in answer.notice
    assert len(answer.citations) == 1 and "廉政" in answer.citations[0].text


def test_one_question_to_one_district_and_another_to_another_are_answered_apart(searcher):
    answer = answer_question(searcher, "硚口区的法律顾问是哪个律所？**区的法律顾问一共审了几份合同？")
    assert answer.answered
    assert {c.district for c in answer.citations} == {"硚口区", None}
    assert any("律师事务所" in c.text for c in answer.citations)
    assert any("合同2份" in c.text for c in answer.citations)


def test_a_figure_the_sentence_gives_to_another_thing_is_said_to_be_of_another_thing(searcher):
    from indexer.answers.paired_figures import misbound

    sentence = quoted_sentence("建成避难场所12处，其中室内场所5处、室外场所7处。")
    said = misbound("那7处室内场所能容纳多少人", [sentence])
    assert said is not None and "室外场所7处" in said[1] and "室内场所5处" in said[1]
    assert misbound("那5处室内场所能容纳多少人", [sentence]) is None
    # 硚口区 has 11支 street teams; its 22支 are the sectors' teams.
    answer = answer_question(searcher, "硚口区那22支街道救援队伍加起来多少人？")
    assert answer.answered and "说的是另一件事" in answer.notice and "11支" in answer.notice


def test_a_status_the_question_gives_the_other_document_is_corrected(searcher):
    from indexer.answers.statuses import other_status

    sentence = quoted_sentence("经审查，《某某街道巡查办法》废止，《某某仓库管理规定》继续有效。")
    said = other_status("巡查办法继续有效，仓库管理规定废止了吗", [sentence])
    assert said is not None
    assert "《某某街道巡查办法》废止”，不是问题所说的“继续有效”" in said[1]
    assert "《某某仓库管理规定》继续有效”，不是问题所说的“废止”" in said[1]
    assert other_status("仓库管理规定还有效吗", [sentence]) is None  # the same status, worded otherwise
    assert other_status("巡查办法废止了吗", [sentence]) is None
    # A claim in many words of speech (是不是把…那份…给) names the document by the few it shares.
    spoken = other_status("他们是不是把街道那份巡查的办法给废止了", [sentence])
    assert spoken is None  # 废止 is what the report says of it
    spoken = other_status("他们是不是把仓库那份管理的规定也给废止了", [sentence])
    assert spoken is not None and "继续有效”，不是问题所说的“废止”" in spoken[1]
    assert other_status("是不是把那份办法给废止了", [sentence]) is None  # 办法 alone names none
    # 修改或废止 is a way of handling documents, not what became of one.
    assert other_status("那些规范性文件继续有效吗", [quoted_sentence("对规范性文件及时修改或废止。")]) is None
    # The anonymised district's review ended its expert-pool rules and kept its fire-grid rules.
    answer = answer_question(searcher, "**区清理时，专家库那份管理办法是保留下来了吧？")
    assert answer.answered and "废止”，不是问题所说的“保留”" in answer.notice


def test_the_anonymised_report_named_with_its_year_is_asked_about_its_work_not_the_collection(searcher):
    answer = answer_question(searcher, "区名被抹去的2022年度报告中，巡查企业的情况怎么样？")
    assert answer.reason != "meta" and answer.answered
    assert {c.district for c in answer.citations} == {None}
    # and its masked count is no figure, however many words stand before 多少
    answer = answer_question(searcher, "区名被抹去的2022年度报告中，综合行政执法事项到底一共是多少项？")
    assert not answer.answered and answer.reason == "no_figure"
    assert "“综合行政执法事项”的数量，但数字被隐去，写作“***项”" in answer.notice


def test_a_post_given_to_someone_else_is_corrected(searcher):
    from indexer.answers.roles import other_holder

    sentence = quoted_sentence("设立防汛工作专班,副区长任组长,区水利局局长任副组长。")
    said = other_holder("防汛专班的组长是水利局局长吗", [sentence])
    assert said is not None and said[1] == "报告写的是“副区长任组长”，不是问题所说的“水利局局长”"
    assert other_holder("防汛专班由副区长担任组长吗", [sentence]) is None
    assert other_holder("区水利局局长当副组长吗", [sentence]) is None  # 区水利局局长 is 局长 of 区水利局
    # 北碚区's rule-of-law group is led by the bureau's head; 一把手 names the same person.
    answer = answer_question(searcher, "北碚区法治工作领导小组是分管副局长当组长吧？")
    assert answer.answered and "局长任组长”，不是问题所说的“分管副局长”" in answer.notice
    answer = answer_question(searcher, "北碚区法治工作领导小组是一把手当组长吗？")
    assert answer.answered and "不是问题所说的" not in answer.notice


def test_a_thing_sent_to_another_recipient_is_corrected(searcher):
    from indexer.answers.recipients import other_recipient

    sentence = quoted_sentence("每季度向区委办公室报送防汛值守台账。")
    said = other_recipient("他们把防汛值守台账报给了市水利局吗", [sentence])
    assert said is not None and "向区委办公室" in said[1] and "市水利局" in said[1]
    assert other_recipient("他们把防汛值守台账报给了区委办公室吗", [sentence]) is None
    assert other_recipient("他们把汛后总结报给了市水利局吗", [sentence]) is None  # another thing sent
    # The anonymised district sent its year's law-enforcement figures to the judicial department.
    answer = answer_question(searcher, "**区2022年1月把上一年度的行政执法情况交给自治区应急管理厅了吧？")
    assert answer.answered and "不是问题所说的“自治区应急管理厅”" in answer.notice


def test_a_year_the_report_writes_of_a_thing_is_not_taken_for_a_report_year(searcher):
    from indexer.answers.scope_check import without_years_of_things

    texts = ["今年3月报送2019年度防汛物资清单。"]
    assert (
        without_years_of_things("他们报了2019年度防汛物资清单吗", [2020], lambda: texts)
        == "他们报了防汛物资清单吗"
    )
    assert (
        without_years_of_things("2019年的防汛工作怎么样", [2020], lambda: texts) == "2019年的防汛工作怎么样"
    )
    assert (
        without_years_of_things("没有年份的问题", [2020], lambda: []) == "没有年份的问题"
    )  # texts never read
    # a year a report is of is that report's, whatever its text writes
    assert without_years_of_things("他们报了2019年度防汛物资清单吗", [2019], lambda: texts).startswith(
        "他们报了2019"
    )
    # a year of the reports' own subject names a report's year, in either script
    own = ["总结2019年度法治政府建设情况。"]
    assert (
        without_years_of_things("2019年度法治政府建設報告", [2020], lambda: own) == "2019年度法治政府建設報告"
    )
    # The anonymised district's 2022 report tells of sending the 2021 figures.
    answer = answer_question(searcher, "**区有没有把2021年度行政执法情况报给司法行政部门？")
    assert answer.answered and {c.district for c in answer.citations} == {None}
    # A year whose things no report writes still has no report.
    answer = answer_question(searcher, "北碚区2021年度的安全宣传活动搞了几场？")
    assert not answer.answered and answer.reason == "no_report_for_scope"


def test_a_thing_done_at_another_interval_is_corrected(searcher):
    from indexer.answers.dates import other_frequency

    sentence = quoted_sentence("街道每半年组织一次消防设施巡检，每月通报隐患。")
    said = other_frequency("街道是每周组织消防设施巡检吗", [sentence])
    assert said is not None and said[1] == "报告写的是“每半年”，不是问题所说的“每周”"
    assert other_frequency("街道每个月通报隐患吗", [sentence]) is None  # 每月 is 每个月
    assert other_frequency("街道每年评选先进吗", [sentence]) is None  # no interval of that doing
    # The asked interval written of another doing beside it confirms nothing.
    beside = [quoted_sentence("每周举办焊工、电工培训。"), quoted_sentence("区安办每月组织联合检查。")]
    said = other_frequency("是每个月才办一次电工、焊工培训吧", beside)
    assert said is not None and said[1] == "报告写的是“每周”，不是问题所说的“每个月”"
    # 北碚区's safety office holds its joint inspections quarterly.
    answer = answer_question(searcher, "北碚区安办是每周都拉上住建交通搞联合安全检查吗？")
    assert answer.answered and "报告写的是“每季度”，不是问题所说的“每周”" in answer.notice
    # 年内两次以上 is a yearly interval written without 每.
    yearly = [quoted_sentence("对危化企业年内两次以上开展全覆盖检查。")]
    said = other_frequency("是每个月对危化企业开展全覆盖检查吗", yearly)
    assert said is not None and said[1] == "报告写的是“年内两次以上”，不是问题所说的“每个月”"
    assert other_frequency("每年对危化企业开展全覆盖检查吗", yearly) is None
    answer = answer_question(searcher, "硚口每个月都对重点企业全覆盖查一遍执法吗？")
    assert answer.answered and "报告写的是“年内一次以上”，不是问题所说的“每个月”" in answer.notice


def test_an_item_added_to_a_list_the_report_gives_is_corrected(searcher):
    from indexer.answers.listed import added_item_notice

    written = ["围绕防汛、防火、防震三类灾害，编制了专项预案。"]
    notice = added_item_notice("围绕防汛、防火、防震、防疫四类灾害编了哪些预案", written, lambda item: True)
    assert notice.startswith("报告列的是“围绕防汛、防火、防震三类灾害”，不是问题所说的")
    assert "报告没有写到“防疫”" in notice
    # The report writing the item elsewhere, or the question listing only what it lists: nothing.
    assert added_item_notice("围绕防汛、防火、防震、防疫编了哪些预案", written, lambda item: False) == ""
    assert added_item_notice("围绕防汛、防火、防震编了哪些预案", written, lambda item: True) == ""
    # Qualities listed before what they describe are the report's own (复杂的案件 of 复杂案).
    assert (
        added_item_notice(
            "碰到重大、疑难、复杂的案件怎么定", ["对重大、疑难、复杂案集体研究。"], lambda i: True
        )
        == ""
    )
    # A list quoted as a name, in corner brackets or curly quotes, is the same list.
    named = ["构建了“一委、五办、三指”指挥体系。"]
    assert added_item_notice("「一委、五办、三指」指挥体系是什么", named, lambda i: True) == ""
    # One shared item is no list of the report's.
    assert added_item_notice("防汛、防疫、防盗各编了什么", written, lambda item: True) == ""
    # 北碚区's accident inquiries join 公安、工会、监察、检察院: no court.
    answer = answer_question(searcher, "北碚区联合公安、工会、监察、检察院和区法院调查事故，区法院管哪一块？")
    assert answer.answered and "报告没有写到“区法院”" in answer.notice
    assert "不是问题所说的" in answer.notice


def test_a_stated_group_in_chinese_numerals_fined_together_with_others_is_no_separate_figure(searcher):
    # 硚口区 fines 5名个人，13家企业 together: 72.8万元 is no fine of the five.
    answer = answer_question(searcher, "硚口区那72.8万元罚款中，五名个人被罚了几万？")
    assert not answer.answered and "是几项合在一起的总数" in answer.notice


def test_a_count_of_what_the_report_says_never_happened_is_answered_with_the_denial(searcher):
    # 北碚区 lost none of its three lawsuits; a question stating one lost is told so.
    answer = answer_question(searcher, "北碚区应急局败诉的那2件行政诉讼，问题出在哪？")
    assert answer.answered and "无败诉案件" in answer.notice


def test_a_unit_said_to_lead_work_another_unit_led_is_corrected(searcher):
    from indexer.answers.roles import other_leader

    sentence = quoted_sentence("经研究,局办公室牵头修订值班制度,各科室配合。")
    said = other_leader("是执法大队牵头修订值班制度的吗", [sentence])
    assert said is not None and said[1] == "报告写的是“局办公室牵头修订值班制度”，不是问题所说的“执法大队”"
    assert other_leader("是局办公室牵头修订值班制度的吗", [sentence]) is None
    assert other_leader("甲区应急局牵头修订值班制度了吗", [sentence]) is None  # the bureau as a whole
    assert other_leader("是执法大队牵头开展夜查的吗", [sentence]) is None  # other work
    # 北碚区's rectification measures were drawn up under its 法制宣教科.
    answer = answer_question(searcher, "北碚区的执法整改措施是执法支队牵头制定的吧？")
    assert answer.answered and "局法制宣教科牵头制定整改措施”，不是问题所说的“执法支队”" in answer.notice


def test_recipients_of_different_kinds_are_different_however_alike_their_names(searcher):
    from indexer.answers.recipients import other_recipient

    sentence = quoted_sentence("年底前向市应急管理局报送安全生产工作总结。")
    said = other_recipient("他们向省应急管理厅报送了安全生产工作总结吗", [sentence])
    assert said is not None and "向市应急管理局" in said[1]
    assert other_recipient("他们向市应急管理局报送了安全生产工作总结吗", [sentence]) is None
    # 硚口区 sent its typical cases to the ministry, not to the province.
    answer = answer_question(searcher, "硚口区把典型案例报给湖北省应急管理厅了吗？")
    assert answer.answered and "向应急管理部" in answer.notice


def test_the_year_after_bi_is_the_base_and_the_other_is_asked(searcher):
    # 2021 has no report of 沙坪坝区; its 2023 report is the base asked against.
    answer = answer_question(searcher, "沙坪坝区2021年的隐患排查数量比2023年多吗？")
    assert not answer.answered and answer.reason == "no_report_for_scope" and "2021年" in answer.notice
    answer = answer_question(searcher, "北碚区2023年的生产安全事故比2022年少了吗？")
    assert answer.answered


def test_claim_words_and_bracketed_years_read_as_the_claim_they_are(searcher):
    # 没错吧 asks whether the claim holds; it is no subject a report must word.
    answer = answer_question(searcher, "硚口区应急救援队伍一共备案了35支，我没记错吧？")
    assert answer.answered and "没记错" not in answer.notice
    # A year in brackets is the year claimed (硚口区's case review covered 2020 to 2022).
    answer = answer_question(searcher, "硚口区那次案卷普查，查的是本年度（2023年）办结的处罚案卷吗？")
    assert answer.answered and "不是问题所说的“2023年”" in answer.notice
    # The autonomous region's district, named as one of its districts.
    answer = answer_question(searcher, "自治区所辖区那份报告里，法律顾问审了几份合同？")
    assert answer.answered and {c.district for c in answer.citations} == {None}


def test_a_charge_asked_for_is_answered_only_by_a_sentence_naming_a_crime(searcher):
    from indexer.answers import slots

    assert slots.asked_slot("他们以什么罪名移送的") == slots.CHARGE
    assert slots.fills(slots.CHARGE, "以涉嫌失火罪移送公安机关1起。")
    assert not slots.fills(slots.CHARGE, "严厉打击违法犯罪行为。")
    # 普陀区 handed cases over as 重大责任事故罪.
    answer = answer_question(searcher, "普陀区移交司法的案子，定的是哪种罪？")
    assert answer.answered and "重大责任事故罪" in answer.citations[0].text


def test_a_table_zero_read_from_a_denial_says_nothing_happened(searcher):
    # 硚口区 writes that it had no reconsideration or lawsuit case; its table figure is 0.
    answer = answer_question(searcher, "硚口区行政诉讼案件有多少起？")
    assert answer.answered
    assert (
        answer.notice.startswith("硚口区的报告写的是“") and "：没有发生；以下数字取自指标表" in answer.notice
    )
    # a figure that is no zero keeps the plain table notice
    answer = answer_question(searcher, "沙坪坝区全年排查了多少个隐患？")
    assert answer.notice.startswith("以下数字取自指标表")


def test_a_clause_naming_only_a_year_is_asked_of_the_district_the_question_names(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import understand

    question = "北碚区2022年罚款多少？2023年比2022年多罚了多少？"
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    clauses = figure_clauses(question, scope)
    assert len(clauses) == 2 and all(c.startswith("北碚区") for c in clauses)
    # 硚口区 has no 2022 report, and its second clause had been answered from 普陀区's 同比 figures.
    answer = answer_question(searcher, "硚口区2022年罚了多少钱？2023年比2022年涨了多少？")
    assert {c.district for c in answer.citations} <= {"硚口区"}


def test_a_district_writing_the_cases_it_opened_is_not_said_to_leave_them_out(searcher):
    # 普陀区 writes 立案8起 (cases opened) without 查处: not "no 立案查处 written".
    answer = answer_question(searcher, "普陀和硚口2023年各自立案查处了几起违法案件？")
    assert {c.district for c in answer.citations} >= {"普陀区", "硚口区"}
    assert "没有写到“立案查处”" not in answer.notice


def test_who_signed_a_report_is_read_from_its_header(searcher):
    from indexer.answers.signers import asks_signer

    answer = answer_question(searcher, "普陀区应急局那份年度报告的签发人叫什么？")
    assert answer.answered and [c.text for c in answer.citations] == ["张军"]
    assert "版头" in answer.notice
    assert not answer_question(searcher, "北碚区这份报告由谁签发？").answered  # its header prints none
    assert not asks_signer("执法决定书由谁签发")  # documents whose signers no report prints


def test_a_wrong_number_given_to_the_report_itself_is_corrected_from_its_header(searcher):
    answer = answer_question(searcher, "普陀区报告版头的文号是普应急〔2023〕31号，谁签发的？")
    assert answer.answered and "普应急〔2023〕13号" in answer.notice and "不是问题所说的" in answer.notice
    assert {c.text for c in answer.citations} == {"普应急〔2023〕13号", "签发人：张军"}
    alone = answer_question(searcher, "普陀区这份报告的文号是普应急〔2023〕31号吗？")
    assert alone.answered and "普应急〔2023〕13号" in alone.notice
    # 谁签发的，文号是多少 asks two things of one report and compares no districts.
    both = answer_question(searcher, "普陀区这份报告是谁签发的，文号是多少？")
    assert both.answered and "比较" not in both.notice and len(both.citations) == 2


def test_a_cited_number_is_answered_by_the_sentence_writing_it(searcher):
    # 普陀区 writes 沪应急法规〔2020〕63 号 with a space; 是什么文件 alone led to the opening lines.
    answer = answer_question(searcher, "普陀区报告里提到的沪应急法规〔2020〕63号是什么文件？")
    assert answer.answered and all("63" in c.text for c in answer.citations)


def test_a_count_of_those_not_doing_what_everyone_did_is_answered_none(searcher):
    from indexer.answers.polarity import all_done_clause

    said = ["参训人员共40人，均已通过结业考核，合格率100%"]
    assert all_done_clause("还有几个人没通过结业考核？", said) == "均已通过结业考核"
    assert all_done_clause("没通过结业考核的学员有多少？", said) == "均已通过结业考核"
    assert all_done_clause("没通过消防考试的有几个？", said) == ""  # another test
    assert all_done_clause("有几个人通过了结业考核？", said) == ""  # the doers are counted
    # 硚口区's 22 enforcement staff 均已通过资格考试.
    answer = answer_question(searcher, "硚口区没通过资格考试的执法人员有几个？")
    assert answer.answered and "均已通过资格考试" in answer.notice and "没有未做到" in answer.notice


def test_a_reason_asked_of_swapped_statuses_is_answered_by_the_statuses(searcher):
    # The anonymised report repeals the 专家库 measures and keeps the 消防网络化 ones; asked why
    # it did the opposite, "the reason is not written" let the swap stand.
    answer = answer_question(
        searcher, "未具名的那个区清理文件时，为什么把消防网络化管理的实施办法废止、把专家库管理办法继续有效？"
    )
    assert answer.answered and len(answer.citations) == 1
    assert "不是问题所说的“废止”" in answer.notice and "不是问题所说的“继续有效”" in answer.notice


def test_a_count_asked_of_months_the_report_says_had_no_such_work_is_denied(searcher):
    from indexer.answers.polarity import denied_clause

    texts = ["5月、8月汛期影响，故5月、8月未组织夜查行动", "全年组织夜查行动12次，检查商铺300家"]
    # Terms jieba cut through a word (夜查各) match no clause; the work's own words still do.
    asked = "5月夜查行动各查了多少家商铺"
    assert denied_clause(asked, ["夜", "查各", "商铺"], texts) == "故5月、8月未组织夜查行动"
    assert denied_clause("5月检查了多少家商铺", ["商铺"], ["故5月未发生火灾"]) == ""  # other work
    # The anonymised district did no patrols in March and October; its year's counts are masked.
    answer = answer_question(searcher, "那个未具名的区，10月执法巡查各巡查了几家企业？")
    assert answer.answered and "未开展执法巡查" in answer.notice


def test_a_wrong_charge_is_corrected_when_the_rest_of_the_question_goes_unanswered(searcher):
    # 普陀区 handed over 2 cases under 重大责任事故罪; the court's ruling is written nowhere.
    answer = answer_question(searcher, "普陀区以危险作业罪移送的那两起案子，后来法院怎么判的？")
    assert answer.answered and "重大责任事故罪" in answer.notice and "危险作业罪" in answer.notice
    assert len(answer.citations) == 1 and "移送" in answer.citations[0].text


def test_the_requirements_of_a_named_mechanism_are_quoted_after_its_naming_sentence(searcher):
    answer = answer_question(searcher, "北碚区的“252”集结机制具体怎么要求的？")
    assert answer.answered and any("20名队员" in c.text for c in answer.citations)


def test_which_place_the_anonymised_report_is_of_is_answered_from_the_report_list(searcher):
    answer = answer_question(searcher, "那份自治区的报告，究竟是哪个区的？")
    assert answer.answered and answer.reason == "meta" and "没有写明区名" in answer.answer


def test_a_run_of_years_given_another_length_is_corrected(searcher):
    from indexer.answers.answer_types import Citation
    from indexer.answers.dates import other_run

    said = [Citation("p", "r", "r.txt", None, 2023, ("s",), "连续5个月未发生火灾事故", 0, 12, 0.9)]
    assert other_run("是不是连续五个月没有火灾了", said) is None  # 五 is 5
    assert "“连续5个月”" in other_run("是不是连续半年…连续6个月没有火灾了", said)[1]
    # 硚口区 writes 连续八年未发生较大…事故.
    for question in (
        "硚口区连续十年都没出过较大事故吧？",
        "硚口区是不是已经连续九年没有较大以上的生产安全事故了？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and "“连续八年”" in answer.notice, question


def test_this_system_after_a_named_system_is_that_system_not_ours():
    from indexer.answers.meta import is_meta_question

    # 沙坪坝区 writes of a flood command system; "this system" then points back at it.
    assert not is_meta_question("沙坪坝区建成的防汛决策指挥系统，这个系统能做哪些事？")
    assert not is_meta_question("普陀区上线了一个监管平台，这个系统有什么用？")
    assert is_meta_question("这个系统里一共收了几份报告？")
    assert is_meta_question("该系统的数据是从哪里来的？")


def test_a_named_system_asked_about_after_a_premise_is_answered_from_the_report(searcher):
    answer = answer_question(searcher, "沙坪坝区在全市率先建了防汛决策指挥系统，这个系统能做哪些事？")
    assert answer.reason != "meta"
    assert answer.answered and any("防汛决策指挥系统" in c.text for c in answer.citations)


def test_a_change_spoken_with_one_character_before_its_size_is_a_direction():
    from indexer.answers.premise import asked_direction, presumes_change

    assert asked_direction("去年事故涨了三成吗") == "up" and presumes_change("去年事故涨了三成吗")
    assert asked_direction("死亡人数降了27.8%吧") == "down"
    # Alone, before no size, one character says too little (同比涨了多少 asks the size).
    assert asked_direction("涨停板") is None and asked_direction("降温措施有哪些") is None


def test_a_spoken_rise_of_two_figures_the_report_says_fell_is_corrected_per_clause(searcher):
    # 北碚区: accidents and deaths fell 25% and 27.8% against 2022.
    answer = answer_question(searcher, "北碚区2023年事故起数比2022年涨了25%，死亡人数涨了27.8%，对吧？")
    assert answer.answered and answer.notice.count("与问题所说的增长（上升）相反") == 2
    assert "2023年2022年" not in answer.notice  # the base year is no year the clause is asked of


def test_the_askers_errand_before_the_question_is_not_asked_about(searcher):
    from indexer.answers.question_forms import without_errand

    asked = "沙坪坝区的安全小课堂微视频做了多少期？"
    assert without_errand(f"我在写一篇关于应急普法的稿子，想核实一下：{asked}") == asked
    assert without_errand(asked) == asked
    answer = answer_question(searcher, f"我们正在写一篇应急普法的综述，想核实几点：{asked}")
    assert answer.answered and answer.query.startswith("我们正在写") and "100期" in answer.answer
    # The errand may hold the only topic: 普陀区做了什么 alone asks nothing.
    kept = answer_question(searcher, "我在写危化品监管的文章，普陀区做了什么？")
    assert kept.answered and all("普陀" in (c.district or "") for c in kept.citations)
    assert any("危" in c.text for c in kept.citations)


def test_a_figure_another_report_writes_with_another_counter_is_named_as_written():
    from indexer.answers.stated_figures import in_kindred_units, named_in

    question = "重大隐患是一百四十九个吗"
    figure = named_in(question)[0]
    assert in_kindred_units("全区排查整改重大隐患149处，投入资金149万元", figure, question) == ["149处"]
    assert in_kindred_units("检查149人次", figure, question) == []  # people, not things


def test_of_two_stated_figures_the_one_of_another_thing_is_corrected(searcher):
    # 普陀区: fines 71000元, up 373.33%; 80.93% is the rise of the firms inspected.
    answer = answer_question(searcher, "普陀区2023年的罚款是71000元，比上年增长80.93%，是这样吧？")
    assert answer.answered and "373.33%" in answer.notice and "80.93%" in answer.notice
    assert "另一件事" in answer.notice


def test_a_stated_change_after_a_stated_figure_is_checked_with_it(searcher):
    answer = answer_question(searcher, "普陀区2023年的罚款是71000元，比上年增长80.93%，同期立了几起案？")
    assert answer.answered and "373.33%" in answer.notice
    assert any("立案8起" in c.text for c in answer.citations)


def test_a_change_against_the_same_period_last_year_reads_its_baseline(searcher):
    answer = answer_question(searcher, "普陀区的罚款比去年同期多了多少？")
    assert answer.answered and any("373.33%" in c.text for c in answer.citations)


def test_a_wrong_place_claimed_before_another_question_is_corrected_and_the_rest_answered(searcher):
    # 硚口区 stands in the second of five groups in the 2023 campaign, and set 27 tasks.
    answer = answer_question(
        searcher, "硚口区隐患排查整治2023行动排进了全市第一方阵，一共定了多少项攻坚任务？"
    )
    assert answer.answered and "“第二方阵”" in answer.notice
    assert any("27项" in c.text for c in answer.citations)
    alone = answer_question(searcher, "硚口区隐患排查整治2023行动排进了全市第一方阵吧？")
    assert alone.answered and not any("答题率" in c.text for c in alone.citations)


def test_a_claim_put_before_a_question_on_it_is_checked_first(searcher):
    from indexer.answers.parts import premise_clauses
    from indexer.retrieval.scope import understand

    question = "那个未具名的区因为疫情在3月和11月停了巡查，那一年下来巡查了多少家企业？"
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    claim, asked = premise_clauses(question, scope)
    assert claim.endswith("11月停了巡查吗？") and asked.endswith("一年下来巡查了多少家企业？")
    assert premise_clauses("普陀区上线了啄木鸟平台，那有什么用？", scope) == []  # nothing to check
    # Asked alone, a question pointing back at the claim's subject would ask of nothing.
    assert premise_clauses("北碚区那3件行政诉讼案子，分别是哪几家企业？", scope) == []
    answer = answer_question(searcher, question)
    # The report's months are March and October; its count of firms is masked.
    assert "不是问题所说的“11月”" in answer.notice and "10月" in answer.notice
    assert "没有这样做" not in answer.notice


def test_a_year_a_thing_is_claimed_to_wait_for_is_no_report_year(searcher):
    from indexer.answers.built import without_claimed_year

    assert without_claimed_year("那个平台计划2025年才建成吗") == "那个平台计划才建成吗"
    assert without_claimed_year("2023年建成了哪些平台") == "2023年建成了哪些平台"
    # 沙坪坝区 writes the flood-and-traffic-light system as built in its 2023 report.
    answer = answer_question(searcher, "沙坪坝区那套内涝预警和红绿灯联动的系统要到2024年才建成吧？")
    assert answer.answered and answer.reason == "answered" and "建成" in answer.notice
    assert "没有沙坪坝区2024年的报告" not in answer.notice


def test_a_hearsay_claim_before_a_question_is_corrected_first(searcher):
    answer = answer_question(
        searcher, "听说沙坪坝区那套内涝预警和红绿灯联动的系统还处于规划阶段，那现在在哪里试点过？"
    )
    assert answer.answered and "不是问题所说的“处于规划阶段”" in answer.notice
    assert any("试点推广" in c.text for c in answer.citations)


def test_a_thing_only_planned_is_not_confirmed_as_built(searcher):
    from indexer.answers.built import planned_only

    # 沙坪坝区 lists developing its census-results system among next year's work, nowhere as built.
    for question in (
        "沙坪坝区那个普查成果运用的系统已经建好了，投入使用后效果咋样？",
        "沙坪坝区普查成果运用系统建成了吗？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and "没有写它已经建成或投用" in answer.notice, question
        assert "下一步工作安排" in answer.notice
        assert [c.text for c in answer.citations] == [answer.citations[0].text]
        assert "普查成果运用系统的开发运用" in answer.citations[0].text
    # A thing a sentence of work done writes as built as fully as a plan does is not corrected.
    from indexer.answers.answer_types import Citation

    def cited(text: str) -> Citation:
        return Citation("p", "r", "r.txt", "某区", 2023, (), text, 0, len(text), 1.0)

    plan, done = cited("推进应急指挥平台的升级运用"), cited("建成应急指挥平台，实现一键调度")
    assert planned_only("那个应急指挥平台已经建成了吧", [plan], [done]) is None
    assert planned_only("那个应急指挥平台已经建成了吧", [plan], [])[0] == [plan]
    built = answer_question(searcher, "沙坪坝区的工贸安全在线应用已经建成了吧？")
    assert "没有写它已经建成" not in built.notice


def test_a_thing_only_approved_as_a_project_is_not_confirmed_as_built(searcher):
    from indexer.answers.built import short_of_built
    from indexer.text.tokens import get_tokenizer

    approved = quoted_sentence("某区防汛调度平台建设立项，年内完成选址。")
    running = quoted_sentence("某区防汛调度平台建成投用，接入水位站30个。")
    said = short_of_built("防汛调度平台已经建好了吧", [approved])
    assert said is not None and "建设立项" in said[1] and "已经建好" in said[1]
    assert short_of_built("防汛调度平台已经建好了吧", [approved, running]) is None  # built is written
    assert short_of_built("防汛调度平台立项了吗", [approved]) is None  # no claim of built
    assert short_of_built("消防站已经建好了吧", [approved]) is None  # another thing
    # 普陀区 writes its enterprise-code supervision scene as approved (立项), nowhere as built; the
    # question's closing particle (建好了吧) is no word a sentence must write.
    for question in ("普陀那个企业码监管场景已经建好了吧？", "普陀企业码场景投入使用以后效果咋样"):
        answer = answer_question(searcher, question)
        assert answer.answered and "建设立项" in answer.notice and "不能据此确认" in answer.notice, question
        assert "企业码" in answer.citations[0].text
    assert "好了吧" not in content_terms(get_tokenizer(), "网吧的消防通道建好了吧")
    assert "网吧" in content_terms(get_tokenizer(), "网吧的消防通道建好了吧")


def test_a_title_only_aimed_at_is_not_confirmed_as_won(searcher):
    # 北碚区's plan takes part in building a national model district; it claims no title won.
    answer = answer_question(
        searcher, "北碚区应急局已经获得全国法治政府建设示范区称号了吧？评上之后有什么奖励？"
    )
    assert answer.answered and "没有写它已经获得" in answer.notice and "下一步工作安排" in answer.notice
    assert "示范区建设为契机" in answer.citations[0].text


def test_a_bound_beside_a_stated_sum_is_no_thing_counted(searcher):
    # 北碚区 entrusts penalties up to 1万元 (以内) to its towns; the question says 3万元 and 以下.
    answer = answer_question(searcher, "北碚应急局是不是把3万元以下的罚款权交给镇街了？")
    assert answer.answered and "报告写的是1万元，不是问题所说的3万元" in answer.notice
    # The district named short (北碚) is not put before the claim a second time.
    from indexer.answers.parts import premise_clauses
    from indexer.retrieval.scope import understand

    question = "北碚应急局把3万元以下的罚款权交给镇街了，交给了几个镇街？"
    scope = understand(
        question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
    )
    assert all("北碚区北碚" not in clause for clause in premise_clauses(question, scope))


def test_a_share_said_in_tenths_is_a_figure(searcher):
    from indexer.answers.stated_figures import named_in, share_in, states_as_written

    assert [(n.raw, n.value, n.percent) for n in named_in("罚款涨了将近九成吗")] == [("九成", 90.0, True)]
    assert named_in("成员单位有八个") == () and named_in("这个办法一成不变吗") == ()
    assert named_in("硚口区八成没有被起诉过吧") == ()  # most likely, no share
    (tenths,) = named_in("检查数涨了八成")
    assert share_in("检查企业579家次，同比增长80.93%", tenths) == "80.93%"
    assert share_in("同比增长373.33%", tenths) is None
    # A value approached (将近九成, 快九成) is a little below it: 87.3% is, 80.93% is 八成多.
    (approached,) = named_in("罚款涨了将近九成吗")
    assert approached.approx == "近" and named_in("罚款涨了快九成吗")[0].approx == "近"
    assert states_as_written("审批用时少了87.3%", approached, "罚款涨了将近九成吗")
    assert not states_as_written("同比增长80.93%", approached, "罚款涨了将近九成吗")
    near = answer_question(searcher, "普陀区检查企业的家次同比增长了将近九成，是吗？")
    assert near.answered and near.notice.startswith("报告写的是80.93%，不是问题所说的将近九成")
    # The word of approach is the figure's, not a topic the report must write.
    people = answer_question(searcher, "沙坪坝区的安全小课堂覆盖受众将近200万人了吧？")
    assert people.answered and people.notice.startswith("报告写的是110余万人，不是问题所说的将近200万人")
    # 普陀区's fines rose 373.33%; 80.93% is its count of inspections.
    answer = answer_question(searcher, "普陀区应急局罚款金额去年比前年多了八成上下，这个增幅正常吗？")
    assert answer.answered and "报告写的是373.33%，不是问题所说的八成" in answer.notice
    # With the sum stated too, the share is of another thing the report writes.
    both = answer_question(searcher, "普陀区应急局罚款七万一千元，比上年涨了八成左右，这个增幅正常吗？")
    assert both.answered and "报告中的80.93%说的是另一件事" in both.notice


def test_a_noun_of_change_asks_for_the_rate(searcher):
    # 涨幅 of the fines is their rise (373.33%), not the fines (71000元).
    answer = answer_question(searcher, "普陀区罚款金额的增幅有多大？")
    assert answer.answered and "373.33%" in answer.answer and "71000" not in answer.answer


def test_figures_swapped_across_clauses_are_corrected_together(searcher):
    # 北碚区's accidents fell 25% and its deaths 27.8%; asked the other way round, clause by
    # clause each figure only looked unwritten.
    answer = answer_question(
        searcher, "北碚区2023年生产安全事故起数少了27.8%，死亡人数少了25%，死亡人数的降幅为啥小一些？"
    )
    # (corrected together, or clause by clause once 少了 reads as the change said of each)
    assert answer.answered and (
        "所对应的事项与报告相反" in answer.notice
        or (
            "报告写的是25%，不是问题所说的27.8%" in answer.notice
            and "报告写的是27.8%，不是问题所说的25%" in answer.notice
        )
    )


def test_a_claim_asked_as_its_own_question_is_checked_before_the_next(searcher):
    # 普陀区's enforcement team was unveiled in June; 截至10月底 dates its inspections, not the team.
    answer = answer_question(searcher, "普陀区应急局执法大队是9月份才挂牌的吧？挂牌之后检查了多少家企业？")
    assert answer.answered and "报告写的是“今年6月”，不是问题所说的“9月份”" in answer.notice
    assert "10月底" not in answer.notice
    assert any("今年6月" in c.text for c in answer.citations)


def test_a_yes_no_closed_with_mei_is_a_yes_no(searcher):
    from indexer.answers.question import _YES_NO

    assert _YES_NO.search("还拿了别的奖没？") and _YES_NO.search("你们查过没有")
    assert not _YES_NO.search("为什么没有")
    # 硚口区's bandaging prize is of the grass-roots contest, not of the enforcement contest.
    answer = answer_question(
        searcher, "硚口区在武汉市第一届应急管理综合执法大比武里得了伤员包扎单项第三名，另外还得奖了没？"
    )
    assert not answer.answered and "写到了" in answer.notice and "都没有写" in answer.notice


def test_a_rise_said_in_doublings_is_a_figure(searcher):
    from indexer.answers.stated_figures import named_in

    assert [(n.raw, n.value) for n in named_in("罚款翻了一番")] == [("翻了一番", 100.0)]
    assert [(n.raw, n.value) for n in named_in("检查数翻两番")] == [("翻两番", 300.0)]
    assert [(n.raw, n.value) for n in named_in("多了一倍")] == [("多了一倍", 100.0)]
    assert [(n.raw, n.value) for n in named_in("罚款增长了两倍")] == [("增长了两倍", 200.0)]
    # 普陀区 fined 200% more firms: 增长了两倍 is that rise, 增长了一倍 is not.
    tripled = answer_question(searcher, "普陀区处罚的企业数是不是同比增长了两倍？")
    assert tripled.answered and "不是问题所说的" not in tripled.notice
    doubled = answer_question(searcher, "普陀区处罚的企业数是不是同比增长了一倍？")
    assert doubled.answered and "报告写的是200%，不是问题所说的增长了一倍" in doubled.notice
    # 普陀区's fines rose 373.33%.
    answer = answer_question(searcher, "普陀区的处罚金额同比翻了一番，具体多少钱？")
    assert answer.answered and "报告写的是373.33%，不是问题所说的翻了一番" in answer.notice


def test_haoduo_is_how_speech_asks_how_many(searcher):
    # 沙坪坝区 held 80余场 drills; 好多 names no topic the report must write.
    answer = answer_question(searcher, "沙坪坝区2023年应急演练搞了好多场？")
    assert (
        answer.answered and "好多" not in answer.notice and any("80余场" in c.text for c in answer.citations)
    )


def test_a_built_thing_claimed_as_planned_for_a_later_year_is_corrected(searcher):
    from indexer.answers.built import without_claims

    assert without_claims("他们打算2025年建好那个平台，能干啥") == "他们那个平台,能干啥"
    # 沙坪坝区 writes its flood command system as built in 2023; 打算 is the claim's, not a plan asked.
    answer = answer_question(
        searcher, "沙坪坝区应急局准备2025年才在全市率先建好防汛决策指挥系统吧，到时它有哪些本事？"
    )
    assert answer.answered and "不是问题所说的“准备2025年" in answer.notice
    assert "建成" in answer.citations[0].text and "指挥系统" in answer.citations[0].text


def test_a_thing_set_up_or_put_in_use_is_no_plan_for_a_later_year(searcher):
    # 普陀区 writes that it set up (建立) its database of key firms and put the city's law
    # enforcement system in use (启用) in 2023.
    for question in (
        "普陀区应急局的重点企业数据库是不是一直没建立？",
        "听说普陀区到2025年才建立重点企业数据库？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and answer.notice.startswith("报告写的是“建立重点企业数据库”"), question
    in_use = answer_question(searcher, "普陀区的统一综合执法系统还没启用吧？")
    assert in_use.answered and "全面启用" in in_use.notice and "不是问题所说的“还没启用”" in in_use.notice


def test_not_even_one_is_a_thing_taken_as_absent(searcher):
    from indexer.answers.slots import asked_slot

    assert asked_slot("一件行政诉讼案件都没有吗") is None  # not "whether all"
    # 硚口区 sent 6 typical cases to the ministry in 2023.
    answer = answer_question(searcher, "硚口区2023年一起典型案例也没有、一个都没报送应急管理部吗？")
    assert answer.answered and "并不是没有" in answer.notice
    guessed = answer_question(searcher, "硚口区应急局2023年一个典型案例都没报给应急管理部，是人手不够吗？")
    assert guessed.answered and "报告写的是“全年向应急管理部报送典型案例6起”，并不是没有" in guessed.notice
    assert any("典型案例6起" in c.text for c in guessed.citations)
    # Said without 吗, it still claims none; the clause doing it is quoted against it.
    stated = answer_question(searcher, "北碚区应急局2023年一个责任人也没移送公安机关？")
    said = stated.notice.split("”，")[0]  # the clause quoted against the claim
    assert stated.answered and said.startswith("报告写的是“移送公安机关") and said.endswith("7人")
    assert "并不是没有" in stated.notice
    # 哪个区…一起都没 asks which.
    which = answer_question(searcher, "哪个区一起案件都没有移送过公安？")
    assert "并不是没有" not in which.notice


def test_a_body_of_another_level_or_another_partner_is_named(searcher):
    from indexer.answers.bodies import bodies

    places = ("湖北省", "普陀区")
    assert [b.written for b in bodies("入选了湖北省应急管理厅和国务院安委办的名单", places)] == [
        "湖北省应急管理厅",
        "国务院安委办",
    ]
    assert [b.written for b in bodies("会同区公安分局制定", places)] == ["区公安分局"]
    assert [b.written for b in bodies("普陀区应急局联合区司法局", places)] == ["普陀区应急局", "区司法局"]
    assert bodies("区公安局")[0].same_as(bodies("区公安分局")[0])  # a district's police is its 分局
    assert bodies("区司法部门") == [] and bodies("区应急物资储备管理办法") == []
    # A court or procuratorate with 人民 left off is the same body; 依法办案 names none.
    assert bodies("区检察院")[0].same_as(bodies("区人民检察院")[0])
    assert bodies("区法院")[0].same_as(bodies("区中级人民法院")[0])
    assert not bodies("区法院")[0].same_as(bodies("区人民检察院")[0])
    assert bodies("坚持依法办案、依法办事") == []
    # 沙坪坝区's app was chosen by the ministry (应急管理部), not a city or State Council body.
    chosen = answer_question(
        searcher, "沙坪坝区的工贸安全在线是被重庆市应急局选进“良好实践”案例的吧？它管什么用？"
    )
    assert chosen.answered and "报告写的是“应急管理部”，没有写到问题所说的“重庆市应急局”" in chosen.notice
    # 普陀区 drew up its rules with the police, the court, the procuratorate and the fire brigade.
    partners = answer_question(searcher, "普陀区应急局同区司法局一起制定的行刑衔接实施细则叫什么？")
    assert partners.answered and "没有写到问题所说的“区司法局”" in partners.notice
    assert "区人民检察院" in partners.notice
    # The bureau asked of is no other body.
    own = answer_question(searcher, "沙坪坝区应急管理局的工贸安全在线入选了什么案例？")
    assert "没有写到问题所说的" not in own.notice


def test_a_bureau_before_another_body_is_no_district(searcher):
    from indexer.retrieval.scope import understand

    for question in ("普陀区应急局跟区公安分局签了什么协议？", "普陀区应急局同区司法局一起定了什么细则？"):
        scope = understand(
            question, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )
        assert scope.unknown_districts == () and scope.districts == ("普陀区",), question


def test_words_relayed_from_a_user_are_the_question(searcher):
    from indexer.answers.question_forms import without_errand

    assert without_errand("网友留言：“硚口区请的律所叫什么？”") == "硚口区请的律所叫什么？"
    assert (
        without_errand("市民说：“北碚区应急局罚了5万元。”麻烦核实这么说准确吗？")
        == "北碚区应急局罚了5万元，是这样吗？"
    )
    assert (
        without_errand("领导问：“普陀区执法大队几月成立？”另外它有多少人？")
        == "普陀区执法大队几月成立？，另外它有多少人？"
    )
    named = "领导说“沙小安”是沙坪坝的品牌，它出了多少期？"  # a name quoted inside a sentence
    assert without_errand(named) == named
    relayed = answer_question(searcher, "用户原话：“普陀那个数智普陀子系统一共管着多少家企业？”")
    assert relayed.answered and any("2500多家" in c.text for c in relayed.citations)
    assert "用户" not in relayed.notice and relayed.query.startswith("用户原话")


def test_a_claim_put_up_for_checking_is_a_yes_no(searcher):
    from indexer.answers.question_forms import without_errand

    assert without_errand("请核实：北碚区有19名志愿队员？") == "北碚区有19名志愿队员，是这样吗？"
    assert (
        without_errand("我在区里的会上准备发言：沙坪坝移送了9人。这句话能不能引用？")
        == "沙坪坝移送了9人，是这样吗？"
    )
    # 沙坪坝区 handed 5 people to the judiciary.
    answer = answer_question(
        searcher, "我下周在政协会上准备讲：沙坪坝区应急局2023年把9个人移送给了司法机关。这个说法可以引用吗？"
    )
    assert answer.answered and "报告写的是5人，不是问题所说的9人" in answer.notice


def test_a_month_of_another_event_does_not_confirm_the_one_dated(searcher):
    # 普陀区's inspections are counted to the end of October; its team was unveiled in June.
    answer = answer_question(searcher, "普陀区应急局的执法大队是在十月份揭牌的，没错吧？")
    assert answer.answered and "报告写的是“今年6月”" in answer.notice
    assert [c.text for c in answer.citations if "10月底" in c.text] == []


def test_a_prize_asked_is_a_kind_of_answer(searcher):
    from indexer.answers.slots import AWARD, asked_slot, fills

    assert asked_slot("那部片子最后获得了什么奖？") == AWARD and asked_slot("颁发了哪些荣誉称号") == AWARD
    assert fills(AWARD, "荣获伤员包扎单项第三名", "获得了什么奖") and not fills(
        AWARD, "选送应急部", "获得了什么奖"
    )
    assert (
        not fills(AWARD, "推荐优秀选手参加决赛", "获得了什么奖")
        and asked_slot("请专家看过后得到了什么") is None
    )
    # 普陀区 sent its film to the ministry; the report names no prize.
    film = answer_question(searcher, "普陀区那部应急侠普法微电影后来获得了什么奖项？")
    assert not film.answered and "奖项或荣誉" in film.notice
    # 硚口区's grass-roots team names its prizes.
    team = answer_question(searcher, "硚口区基层应急队伍在全市大比武里拿了哪些奖？")
    assert team.answered and any("第三名" in c.text for c in team.citations)


def test_which_way_a_figure_went_is_a_change_asked(searcher):
    from indexer.answers.scope_check import without_base_year

    assert without_base_year("北碚区事故比2022年少了多少", {2023}) == "北碚区事故比上年少了多少"
    assert without_base_year("2023年比2022年少了多少", {2023}) == "2023年比2022年少了多少"
    # No report of 2022 compares with 2021: the 2023 report's −25% is against 2022.
    assert without_base_year("北碚区事故比2021年少了多少", {2023}) == "北碚区事故比2021年少了多少"
    assert not answer_question(searcher, "北碚区生产安全事故起数比2021年下降了多少？").answered
    # Without a base, 多还是少 compares districts: each one's own figure, not a change.
    compared = answer_question(searcher, "普陀区的罚款金额比硚口区多还是少？")
    assert "72.8万元" in compared.answer and "373.33%" not in compared.answer
    # 北碚区's 2023 report compares with 2022: fewer accidents (−25%) and deaths (−27.8%).
    went = answer_question(searcher, "北碚区生产安全事故起数跟2022年比，是上升了还是下降了？")
    assert went.answered and "−25%" in went.answer
    # 硚口区 gives its fines of 2023 alone: which way they went is not written.
    fines = answer_question(searcher, "硚口区2023年的罚款比上一年多了还是少了？")
    assert not fines.answered and "增减变化" in fines.notice


def test_words_of_speech_around_a_lawsuit_or_a_sum_are_not_what_is_asked(searcher):
    # 北碚区 had three penalty cases go to court; 卷入 is how speech puts it.
    sued = answer_question(searcher, "北碚区应急局2023年有没有被卷入行政诉讼？")
    assert sued.answered and any("行政诉讼" in c.text for c in sued.citations)
    # 沙坪坝区 gives no sum of fines: the decline names the fines, not 合计.
    fines = answer_question(searcher, "沙坪坝区2023年行政处罚罚没款合计多少万元？")
    assert not fines.answered and "合计" not in fines.notice


def test_a_modifier_inside_the_counted_noun_is_not_named_twice(searcher):
    answer = answer_question(searcher, "沙坪坝区的工贸安全在线接入了多少家工贸企业？")
    assert not answer.answered and "“工贸企业”" in answer.notice and "工贸工贸" not in answer.notice


def test_a_figure_given_ten_thousand_times_too_large_is_named_as_the_report_writes_it(searcher):
    from indexer.answers.stated_figures import in_other_magnitudes, named_in

    question = "罚款是71000万元吗"
    figure = named_in(question)[0]
    assert in_other_magnitudes("处罚金额71000元，同比增长", figure, question) == ["71000元"]
    assert in_other_magnitudes("处罚金额7.1万元", figure, question) == []  # other digits
    answer = answer_question(searcher, "普陀区到10月底罚款金额有71000万元之多，比上年多出多少？")
    assert "报告写的是71000元" in answer.notice and "71000万元" in answer.notice
    # Declined for another missing word, the notice still names the report's figure.
    declined = answer_question(searcher, "普陀区到10月底罚款金额有71000万元之多，这个截止日期对吗？")
    assert "71000元" in declined.notice


def test_a_small_count_no_sentence_writes_names_no_other_report(searcher):
    # 沙坪坝区 reports no lawsuits; counts of three are written of many things elsewhere.
    answer = answer_question(searcher, "沙坪坝区应急局有三起处罚案被企业告上了法院，负责人出庭了吗？")
    assert not answer.answered and "“三起”" in answer.notice
    assert "写到这个数的是" not in answer.notice and "其他报告也没有" not in answer.notice


def test_a_question_on_a_claim_that_holds_is_declined_as_a_whole_when_unanswered(searcher):
    # 北碚区 handed 7 people to the police; what became of them is written nowhere.
    answer = answer_question(searcher, "北碚区移送给公安的那7个人，最后有几个判了刑？")
    assert not answer.answered and answer.citations == []


def test_more_by_how_much_asks_a_rise(searcher):
    answer = answer_question(searcher, "普陀区的罚款比上年多出多少？")
    assert answer.answered and any("373.33%" in c.text for c in answer.citations)


def test_a_claim_joining_two_things_the_report_writes_apart_says_so():
    from indexer.answers.apart import written_apart

    platform, award = "甲区建成了山洪预警平台，实现一键预警。", "甲区的便民服务小程序获评全省优秀案例。"
    found = [quoted_sentence(platform), quoted_sentence(award)]
    question = "甲区的山洪预警平台获评全省优秀案例了吗？"
    terms, missing = ["山洪", "预警平台", "获评", "全省", "优秀", "案例"], ["山洪", "预警平台"]
    notice = written_apart(question, terms, missing, found, [platform + award])
    assert notice == (
        "报告写到了“山洪预警平台”，也写到了“获评全省优秀案例”，但写到“山洪预警平台”的句子都没有写“获评全省优秀案例”"
    )
    # A sentence the search missed writing both: the report does join them.
    both = "山洪预警平台获评全省优秀案例。"
    assert written_apart(question, terms, missing, found, [platform + award + both]) is None


def test_a_yes_no_claim_answered_only_by_two_sentences_apart_is_declined(searcher):
    # 沙坪坝区's 良好实践 case is its 工贸 application; the flood command system is another sentence.
    for question in (
        "沙坪坝区的防汛决策指挥系统被应急管理部评上良好实践案例了吧？",
        "沙坪坝区那个防汛决策指挥系统拿到了应急管理部良好实践案例，它能干什么？",
    ):
        answer = answer_question(searcher, question)
        assert not answer.answered and "写到“防汛决策指挥系统”的句子都没有写" in answer.notice, question
    kept = answer_question(searcher, "沙坪坝区的工贸安全在线入选了应急管理部良好实践案例吧？")
    assert kept.answered


def test_another_firm_of_the_kind_the_question_names_is_corrected(searcher):
    from indexer.answers.organisations import other_organisation

    said = [quoted_sentence("聘请某某（甲市）律师事务所为常年法律顾问。")]
    assert "“某某（甲市）律师事务所”" in other_organisation("聘请的是乙乙律师事务所吗", said)[1]
    assert other_organisation("聘请的某某律师事务所做什么", said) is None  # its name without the place
    assert other_organisation("聘请的是乙乙有限公司吗", said) is None  # no company named
    # the asking before a kind with no name is no name (有没有提到请…)
    assert other_organisation("报告里是否提过请律师事务所把关？", said) is None
    assert other_organisation("材料里有没有请律师事务所？", said) is None
    # 硚口区's legal adviser is a firm the question does not name.
    answer = answer_question(searcher, "硚口区的法律顾问是不是北京金杜（武汉）律师事务所？")
    assert answer.answered and "德和衡" in answer.notice and "不是问题所说的" in answer.notice
    asking = answer_question(searcher, "硚口区应急局请的是哪一家律师事务所做法律顾问？")
    assert asking.answered and "不是问题所说的" not in asking.notice


def test_a_described_firm_or_a_name_holding_a_verb_character_is_no_other_firm():
    from indexer.answers.organisations import other_organisation

    said = [quoted_sentence("聘请某某（甲市）律师事务所为常年法律顾问。")]
    for question in (
        "聘请了专业律师事务所做法律顾问吗",
        "有多少家公司参加了培训",
        "请问人民大学的专家来讲课了吗",
    ):
        assert other_organisation(question, said) is None, question
    # 为 and 和 inside a name do not cut it (为民, 德和衡).
    assert "“为民和信律师事务所”" in other_organisation("聘请的是为民和信律师事务所吗", said)[1]


def test_a_setting_put_before_the_question_is_no_claim_to_check_apart(searcher):
    # 北碚区 counts its approvals for the year; the months are where the question is set.
    question = "北碚区2023年1月至12月，一共受理办结了多少件行政审批事项？"
    answer = answer_question(searcher, question)
    assert answer.answered and any("127件" in c.text for c in answer.citations)
    assert "一问" not in answer.notice


def test_the_district_of_the_errand_is_the_district_asked_of(searcher):
    answer = answer_question(
        searcher, "我在写一篇关于北碚区执法工作的综述，想先问一下：去年查处了多少起案件？"
    )
    assert answer.answered and {c.district for c in answer.citations} == {"北碚区"}


def test_small_digits_written_elsewhere_are_no_misread_magnitude():
    from indexer.answers.stated_figures import in_kindred_units, in_other_magnitudes, named_in

    people = "培训了3万人吗"
    assert in_other_magnitudes("参训3人", named_in(people)[0], people) == []  # people, and small
    money = "罚了3万元吗"
    assert in_other_magnitudes("罚款3元", named_in(money)[0], money) == []  # under ten
    days = "用了15天吗"
    assert in_kindred_units("历时15个月", named_in(days)[0], days) == []  # days are no counters


def test_whether_the_reports_are_all_of_one_year_is_read_from_the_report_list(searcher):
    answer = answer_question(searcher, "这几份报告是不是都是2023年的？")
    assert answer.reason == "meta" and "2022年" in answer.answer and "2023年" in answer.answer


def test_an_ordinal_numbering_an_event_is_no_place_written():
    from indexer.answers.ordinals import other_place

    said = [quoted_sentence("在全省第三届技能竞赛中，我区代表队取得团体第一名、个人第四名。")]
    _, notice = other_place("在全省第三届技能竞赛中团体拿了第二吗", said)
    assert "团体第一名" in notice and "全省第三" not in notice


def test_a_formula_named_otherwise_is_corrected_and_one_never_written_is_declined(searcher):
    from indexer.answers.quoted import formulas_in

    # 北碚区 writes its plans as “1(综合)+4(专项)+N(行业领域)”: the glosses are no part of the name.
    assert formulas_in("建立“1(综合)+4(专项)+N(行业领域)”全区应急预案体系") == ["1+4+N"]
    answer = answer_question(searcher, "听说北碚搞的是1+3+N的预案体系？")
    assert answer.answered and "报告写的是“1+4+N”，不是问题所说的“1+3+N”" in answer.notice
    answer = answer_question(searcher, "北碚区的“1+4+N”预案体系中的4指什么")
    assert answer.answered and "没有关于" not in answer.notice and "专项" in answer.answer
    answer = answer_question(searcher, "北碚区的制度支撑体系是“3+6”吧")
    assert answer.answered and "报告写的是“3+8”" in answer.notice
    # 沙坪坝区 writes no such formula: its sentences on 预案 are no yes.
    assert not answer_question(searcher, "沙坪坝区预案体系是不是1+4+N").answered


def test_a_title_named_otherwise_is_corrected_by_the_title_the_report_writes(searcher):
    from indexer.answers.titles import SAME_DOCUMENT, _likeness

    assert _likeness("甲区安全生产职责清单", "甲区应急管理局年度监督检查计划") < SAME_DOCUMENT
    answer = answer_question(
        searcher, "普陀区应急局修订的《普陀区应急管理局行政执法决定法制审核实施细则》规定了哪些审核内容？"
    )
    assert answer.answered and "报告写的是《普陀区应急管理局行政执法决定法制审核办法》" in answer.notice
    assert all("法制审核办法" in c.text for c in answer.citations)


def test_equipment_issued_by_group_is_no_set_for_every_person(searcher):
    answer = answer_question(searcher, "普陀区执法队员是不是每人一台执法记录仪？")
    assert answer.answered and "报告写的是“按组配发”" in answer.notice
    answer = answer_question(searcher, "普陀区的执法记录仪是怎样配发的")
    assert answer.answered and "不是问题所说的" not in answer.notice


def test_a_bureaus_database_spoken_of_is_no_question_about_the_corpus(searcher):
    from indexer.answers.meta import is_meta_question

    assert not is_meta_question("普陀区应急局建了一企一档，这个数据库里都是什么企业？")
    assert is_meta_question("这个数据库里有几份报告？")
    # Where the anonymised report is from: the report list says it hides the names.
    answer = answer_question(searcher, "自治区那个区的应急局到底是哪个市哪个区的？")
    assert answer.reason == "meta" and "**" in answer.answer


def test_a_year_followed_by_yi_gong_is_a_year_asked_not_a_month(searcher):
    answer = answer_question(searcher, "北碚区2022年一共办结几件审批？跟2023年比多了还是少了？")
    assert answer.notice.startswith("没有北碚区2022年的报告")
    # 和2023年相比 puts the base first: the question asks of 2022, and there is no such report.
    answer = answer_question(searcher, "北碚区2022年一共办结几件审批？和2023年相比呢？")
    assert not answer.answered and answer.notice.startswith("没有北碚区2022年的报告")


def test_a_park_is_answered_by_its_management_committee(searcher):
    answer = answer_question(searcher, "北碚区应急局向园区委托了什么权力？")
    assert answer.answered and any("园城管委会" in c.text for c in answer.citations)


def test_a_count_the_paragraph_gives_in_its_last_sentence_is_the_answer(searcher):
    # 北碚区's paragraph on special-operations training sums up all its training in 6000余人.
    answer = answer_question(searcher, "北碚区特种作业这一块全年培训了多少人？和哪个单位对接？")
    assert answer.answered and any("6000余人" in c.text for c in answer.citations)
    assert any("特种作业" in c.text for c in answer.citations)
    assert "所计未必只是这一项" in answer.notice
    # The summing sentence may lead the answer on its own merits: the caveat stays.
    lead = answer_question(searcher, "北碚区的特种作业培训了几个人？")
    assert lead.answered and "6000余人" in lead.citations[0].text
    assert "没有写“特种作业”" in lead.notice
    # A figure's sentence that words all the question asks needs no caveat.
    plain = answer_question(searcher, "北碚区2023年靠12350电话查处的举报有几起？")
    assert plain.answered and "所计未必" not in plain.notice


def test_asks_listed_with_a_dun_comma_are_each_answered(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import QueryScope

    clauses = figure_clauses("普陀区立了几起案、处罚了几家、罚没多少钱", QueryScope())
    assert len(clauses) == 3
    # a bare ask after the first is of the first's subject
    assert figure_clauses("社会力量的队伍有几支、多少人", QueryScope())[1] == "社会力量的队伍有多少人？"
    teams = answer_question(searcher, "硚口那边行业部门的救援队伍有几支、多少人？")
    assert teams.answered and "22支555人" in teams.citations[0].text and "没有给出" not in teams.notice
    answer = answer_question(searcher, "普陀区应急局立了几起案、罚了多少钱？")
    texts = " ".join(c.text for c in answer.citations)
    assert answer.answered and "立案8起" in texts and "71000元" in texts


def test_the_end_of_a_period_is_no_topic_a_sentence_must_word(searcher):
    # 截至10月底 is when the figures run to; the 579家 of inspections is no count of fines.
    answer = answer_question(searcher, "截至2023年10月底普陀区罚了几家企业")
    assert answer.answered and "6家" in answer.answer and "579" not in answer.answer


def test_the_copies_printed_are_read_from_the_closing_lines(searcher):
    answer = answer_question(searcher, "普陀区这份报告一共印了几份？")
    assert answer.answered and "共印5份" in answer.answer
    answer = answer_question(searcher, "普陀区2023年12月印发的那份报告印了多少份")
    assert answer.answered and answer.notice.startswith("落款写的是2023年11月9日")
    assert not answer_question(searcher, "北碚区的报告共印了几份").answered
    # asked with the header's lines and the date, every line is read
    answer = answer_question(searcher, "普陀区那份报告的签发人是谁？哪天印发的，印了几份？")
    assert answer.answered and all(w in answer.answer for w in ("签发人：张军", "2023年11月9日", "共印5份"))
    # Copies a bureau handed out are a body sentence's figure.
    answer = answer_question(searcher, "沙坪坝区发放的宣传材料印了多少份")
    assert "版记" not in answer.answer


def test_a_notice_quotes_the_questions_latin_letters_as_the_question_cases_them(searcher):
    from indexer.answers.terms import in_quotes

    assert in_quotes(["1+3+n", "培训"], "硚口区的1+3+N机制和培训") == "“1+3+N”“培训”"
    assert in_quotes(["app"], "北碚区的ＡＰＰ叫什么") == "“APP”"  # full-width letters come out half-width
    answer = answer_question(searcher, "硚口区的2+5+N机制是什么？")
    assert not answer.answered and "“2+5+N”" in answer.notice


def test_a_lost_lawsuit_in_plain_words_is_answered_by_the_reports_word_for_it(searcher):
    # 北碚区 writes 无败诉 of its three lawsuits; 打输 is how a reader says it.
    answer = answer_question(searcher, "北碚区有没有行政官司打输了？")
    assert answer.answered and any("败诉" in c.text for c in answer.citations)


def test_a_platform_named_as_the_place_of_publishing_is_what_is_counted(searcher):
    # 硚口区 writes 其中学习强国刊稿7篇; 在学习强国上发了 cuts as 上发 without the platform's name.
    answer = answer_question(searcher, "硚口区在学习强国上发了多少篇稿件？")
    assert answer.answered and "学习强国刊稿7篇" in answer.citations[0].text


def test_data_after_a_counted_noun_is_a_measure_not_the_thing_counted(searcher):
    from indexer.answers.figures import MEASURE_NOUNS

    assert {"数据", "总额"} <= MEASURE_NOUNS
    # The anonymised report writes of fines but gives no sum: the fines' figure is what is missing.
    answer = answer_question(searcher, "匿名区应急局2022年罚款总额多少钱？")
    assert not answer.answered and "“罚款”的具体数字" in answer.notice


def test_a_count_given_for_two_kinds_together_is_not_the_count_of_one(searcher):
    from indexer.answers.joint_totals import kinds_summed_notice

    sentence = [quoted_sentence("我局在编执法及协管执法人员共计30人。")]
    assert "两类合在一起" in kinds_summed_notice("协管执法人员有几个？", sentence)
    assert kinds_summed_notice("在编执法和协管执法人员一共几个？", sentence) == ""  # both asked: the total
    assert kinds_summed_notice("协管执法人员的持证率是多少？", sentence) == ""  # a rate of them all
    one = answer_question(searcher, "硚口区应急局的执法监督人员是几个人？")
    assert not one.answered and "共计22人" in one.notice and "没有单独写出“执法监督人员”" in one.notice
    # The indicator table's 22人 is no answer for one kind either.
    table = answer_question(searcher, "硚口区行政执法人员一共多少名？")
    assert not table.answered and "没有单独写出“行政执法人员”" in table.notice


def test_a_comparison_of_amounts_needs_figures_not_sentences_on_the_topic(searcher):
    # Neither report gives a head count of certified officers: nothing to compare.
    answer = answer_question(searcher, "北碚和沙坪坝比，哪个区持证的执法人员更多？")
    assert not answer.answered and answer.reason == "no_figure"


def test_shares_stated_respectively_are_each_of_their_own_thing(searcher):
    from indexer.answers.stated_figures import named_in, states_as_written

    # 生产安全事故和死亡人数…分别下降25%、27.8%: 27.8% is the deaths' fall.
    sentence = "2023年全区生产安全事故和死亡人数较2022年分别下降25%、27.8%。"
    question = "北碚区去年的死亡人数减少了27.8%吧？"
    assert states_as_written(sentence, named_in(question)[0], question)
    right = answer_question(searcher, "北碚区2023年的死亡人数降了27.8%是吗？")
    assert right.answered and "另一件事" not in right.notice and "不是问题所说" not in right.notice
    wrong = answer_question(searcher, "北碚区2023年安全事故的死亡人数较上年减少了25%？")
    assert wrong.answered and "报告写的是27.8%，不是问题所说的25%" in wrong.notice
    accidents = answer_question(searcher, "北碚区2023年的安全事故下降了27.8%？")
    assert "报告写的是25%，不是问题所说的27.8%" in accidents.notice
    counted = answer_question(
        searcher, "北碚区事故起数降了27.8%吗？"
    )  # corrected, or declined saying whose it is
    assert "不是问题所说的27.8%" in counted.notice or "“27.8%”说的是另一项数字的变化" in counted.notice


def test_figures_dated_to_a_year_without_a_report_are_said_to_be_another_years(searcher):
    # 普陀区 has only its 2023 report, which counts 579家 inspected by the end of October.
    answer = answer_question(searcher, "普陀区2022年是不是检查了579家企业？")
    assert answer.answered and "579家" in answer.citations[0].text
    assert "出自普陀区2023年的报告" in answer.notice and "不是问题所说的2022年" in answer.notice
    # No figure stated: nothing to date, the decline stands.
    plain = answer_question(searcher, "普陀区2022年查了几家企业？")
    assert not plain.answered and plain.reason == "no_report_for_scope"


def test_a_question_asking_a_figure_and_something_else_is_answered_with_the_sentence(searcher):
    # The table would give 80余场 alone; the sentence also says how the drills were run.
    answer = answer_question(searcher, "沙坪坝区应急演练搞了几场？采用了什么方式？")
    assert answer.answered and "桌面推演+盲演" in answer.answer
    # Which districts and how many: the table's lines answer both.
    listed = answer_question(searcher, "哪些区排查了重大事故隐患？分别多少个？")
    assert listed.answered and "指标表" in listed.notice
    # Lost lawsuits and lawsuits counted: the sentence writing both answers (3件, 无败诉案件).
    lawsuits = answer_question(searcher, "北碚区有没有输掉的行政官司？进了诉讼程序的有几件？")
    assert lawsuits.answered and "3件" in lawsuits.answer and "无败诉案件" in lawsuits.notice


def test_a_corrected_figure_is_the_one_beside_the_questions_other_figure(searcher):
    from indexer.answers.stated_figures import named_in, other_figures

    sentence = "共发现隐患900个，整改到位880个，其中较大隐患40个、整改到位36个。"
    question = "那40个较大隐患里整改到位了38个吧？"
    wrong = next(f for f in named_in(question) if f.value == 38)
    assert other_figures(sentence, wrong, question) == ["36个"]
    answer = answer_question(searcher, "沙坪坝区的一百四十二个重大事故隐患，整改到位了140个？")
    assert answer.answered and "报告写的是135个，不是问题所说的140个" in answer.notice


def test_taking_part_is_worded_as_the_report_words_it(searcher):
    answer = answer_question(searcher, "沙坪坝区“五带头”活动有多少人次参加？")
    assert answer.answered and "8750人次参与" in answer.citations[0].text and "一词" not in answer.notice


def test_a_doing_given_to_another_body_is_corrected_by_the_bureau_doing_it(searcher):
    from indexer.answers.bodies import bureau_did_notice

    lead = "我局梳理了本局权责清单，并在网站公示。"
    said = bureau_did_notice("权责清单是区司法局替应急局梳理的吗？", lead)
    assert "“我局梳理了本局权责清单”：是应急管理局自己做的，不是问题所说的“区司法局”" in said
    assert bureau_did_notice("权责清单是区司法局审核的吗？", lead) == ""  # another doing
    # The anonymised district's bureau drew up its own list; 区司法局 is named elsewhere for a notice it sent.
    answer = answer_question(searcher, "匿名区的普法责任清单，是区司法局给梳理的？")
    assert answer.answered and "是应急管理局自己做的，不是问题所说的“区司法局”" in answer.notice


def test_districts_said_not_to_have_done_something_they_write_they_did_are_corrected(searcher):
    # 沙坪坝区 handed 5 people to judicial organs; 北碚区 handed 7 to the police.
    answer = answer_question(searcher, "北碚和沙坪坝两个区都没向司法机关移送过人，对吧？")
    assert answer.answered and answer.notice.startswith("问题的前提不成立")


def test_manner_words_of_a_how_question_are_no_topic(searcher):
    from indexer.answers.terms import filler_words

    assert {"一层层", "层层"} <= filler_words()
    answer = answer_question(searcher, "硚口区办案是怎么一层层把关的？")
    assert answer.answered and any("把好立案关" in c.text for c in answer.citations)


def test_a_share_claimed_short_of_a_whole_is_corrected_by_the_whole(searcher):
    from indexer.answers.stated_figures import named_in
    from indexer.text.numbers import find_numbers

    (whole,) = find_numbers("持证率百分之百")
    assert whole.value == 100 and whole.percent
    (short,) = named_in("持证率还没达到百分之百吧？")
    assert short.approx == "未"
    # 硚口区's officers all hold certificates: 持证率100%.
    answer = answer_question(searcher, "硚口区持证率是不是还没达到百分之百？")
    assert answer.answered and "报告写的是100%，不是问题所说的没达到百分之百" in answer.notice
    # A figure below the bound confirms it: 6000余人 is fewer than ten thousand.
    fewer = answer_question(searcher, "北碚区2023年培训人数不到一万人吧？")
    assert fewer.answered and "不是问题所说" not in fewer.notice


def test_a_quality_the_report_writes_negated_is_corrected(searcher):
    from indexer.answers.qualities import opposite_quality_notice

    lead = "目前还存在执法装备配备程度不高等问题。"
    said = opposite_quality_notice("执法装备配备程度高，是怎么做到的？", lead)
    assert "“执法装备配备程度不高”，与问题所说的“执法装备配备程度高”相反" in said
    assert opposite_quality_notice("执法装备配备程度不高吗？", lead) == ""  # the question says so itself
    # a degree word of the question's own (非常高) is no part of what the report negates
    assert "相反" in opposite_quality_notice("执法装备配备程度非常高，对吧", lead)
    # 沙坪坝区 lists weak digital dispatch among its shortcomings.
    answer = answer_question(searcher, "沙坪坝区说自己调度指挥的信息化程度高，是当作成绩写的吧？")
    assert answer.answered and "程度不高”，与问题所说的" in answer.notice and "相反" in answer.notice


def test_something_claimed_achieved_that_the_report_says_is_lacking_is_corrected(searcher):
    from indexer.answers.qualities import lacking_notice

    lead = "目前还存在基层队伍缺乏统一调度等问题。"
    assert "“目前还存在基层队伍缺乏统一调度”：还没有做到" in lacking_notice(
        "基层队伍已经实现统一调度了吧", lead
    )
    assert lacking_notice("基层队伍实现统一调度了吗？缺乏什么？", "已实现统一调度。") == ""
    assert "“目前经费没有保障”：还没有做到" in lacking_notice("经费已经有了保障吧", "目前经费没有保障。")
    # 沙坪坝区 lists its scattered emergency data among its shortcomings.
    answer = answer_question(searcher, "沙坪坝那边应急方面的信息资源已经做到有效整合了，是这样吗？")
    assert answer.answered and "缺乏有效整合" in answer.notice and "相反" in answer.notice


def test_how_many_months_something_did_not_happen_is_answered_by_the_months(searcher):
    from indexer.answers.question_forms import months_without_asked

    assert months_without_asked("有几个月没开展巡查？") == "有哪几个月没开展巡查？"
    assert months_without_asked("培训了几个月？") == "培训了几个月？"
    # The anonymised district names the two months it made no patrols, and why.
    answer = answer_question(searcher, "匿名区2022年有几个月停了执法巡查？")
    assert answer.answered and "3月、10月" in answer.citations[0].text and "并不是没有" not in answer.notice


def test_when_a_leader_speaks_in_a_meeting_is_answered_by_the_order(searcher):
    from indexer.answers.slots import TIME, fills

    assert fills(TIME, "会上坚持末尾表态制。", "局长什么时候表态？")
    assert not fills(TIME, "会上坚持末尾表态制。", "制度是什么时候建立的？")
    answer = answer_question(searcher, "沙坪坝区应急局开会时主要负责人何时表态？")
    assert answer.answered and "末尾表态制" in answer.citations[0].text


def test_is_there_a_district_where_something_never_happened_lists_only_those_saying_so(searcher):
    from indexer.answers.polarity import asks_absence

    assert asks_absence("有没有哪个区一起事故都没发生？") and not asks_absence("北碚区有没有行政诉讼？")
    # 硚口区 has had no lawsuit at all; 北碚区 had three and lost none.
    answer = answer_question(searcher, "这几个区中有没有哪个区一件行政诉讼都没有过？")
    listed = {c.district for c in answer.citations}
    assert answer.answered and "硚口区" in listed and "北碚区" not in listed


def test_a_case_denied_is_no_lawsuit_denied_when_the_question_joins_them(searcher):
    from indexer.answers.polarity import denied_with, joined_to

    question = "哪个区连一件行政诉讼案子也没有？"
    assert joined_to("案子", ["行政诉讼", "案子"], question) == "行政诉讼案子"
    assert not denied_with(["负责人均出庭应诉,无败诉案件。"], "案子", ["行政诉讼", "案子"], question)
    assert denied_with(["我局未出现行政诉讼案件。"], "案子", ["行政诉讼", "案子"], question)
    # 北碚区's three lawsuits, none lost, are no district without a lawsuit.
    listed = {c.district for c in answer_question(searcher, question).citations}
    assert "硚口区" in listed and "北碚区" not in listed


def test_a_loss_claimed_in_everyday_words_is_denied_by_the_reports_wording(searcher):
    from indexer.answers.polarity import denied_clause

    terms = ["官司", "打输"]
    assert denied_clause("那两场官司打输了吧", terms, ["负责人出庭应诉，无败诉案件。"]) == "无败诉案件"
    assert denied_clause("那两场官司打输了吧", terms, ["一审败诉1件。"]) == ""
    # 北碚区 counts 3件 lawsuits (起 and 件 count cases alike) and lost none.
    lost = answer_question(searcher, "北碚那3起行政官司是不是都打输了？")
    assert lost.answered and "无败诉案件" in lost.notice and "没有写到" not in lost.notice


def test_a_remark_closing_a_claim_is_no_topic_and_the_claim_is_checked(searcher):
    from indexer.answers.question_forms import in_plain_quantity, without_remark

    assert without_remark("那边查了500家企业，这查得也太多了吧") == "那边查了500家企业，是这样吗？"
    assert without_remark("查了500家企业吗？") == "查了500家企业吗？"
    assert in_plain_quantity("经费同比涨了二十多个百分点吧") == "经费同比涨了二十多%吧"
    assert (
        in_plain_quantity("满意率同比提高了5个百分点吧") == "满意率同比提高了5个百分点吧"
    )  # points of a rate
    assert in_plain_quantity("近百家企业、上万份资料") == "近一百家企业、一万多份资料"
    assert in_plain_quantity("确切数字是多少") == "多少"
    # 硚口区 writes 949场次 of drills: near a thousand is its neighbour, a thousand or more is not
    near = answer_question(searcher, "硚口的应急演练将近千场，确切数字是多少？")
    assert near.answered and "949场次" in near.citations[0].text and "不是问题所说的" not in near.notice
    over = answer_question(searcher, "硚口的应急演练搞了上千场吧？")
    assert over.answered and "949场次，不是问题所说的" in over.notice
    # 普陀区 fined 71000元 (up 373.33%), no 7.1亿元; the remark's 太狠 is sought in no sentence.
    answer = answer_question(searcher, "普陀今年罚了7.1亿元，比上年涨了三百多个百分点，这也罚得太狠了吧？")
    assert answer.answered and "71000元，不是问题所说的7.1亿元" in answer.notice
    assert "没有评价" in answer.notice


def test_an_amount_the_report_judges_itself_is_quoted_not_said_unjudged(searcher):
    from indexer.answers.qualities import amount_stated, opposite_quality_notice

    shortcoming = "目前还存在监测预警智能化程度不高等问题。"
    assert amount_stated("监测预警智能化程度不高吗？", [shortcoming]) == "监测预警智能化程度不高"
    assert amount_stated("罚款多不多？", ["处罚3.86万元。"]) == ""
    # 高不高 asks; it claims nothing the report could contradict.
    assert not opposite_quality_notice("智能化程度高不高？", shortcoming)
    assert opposite_quality_notice("智能化程度高吧？", shortcoming)
    answer = answer_question(searcher, "沙坪坝区的调度指挥信息化程度真的不高吗？")
    assert answer.answered and "信息化程度不高" in answer.notice
    assert "没有评价多少高低" not in answer.notice


def test_a_figure_counting_all_that_a_sentence_lists_is_no_figure_of_one_of_them(searcher):
    from indexer.answers.figures import QuantityAsked
    from indexer.answers.joint_totals import listed_part_notice

    counted, hazards = frozenset({"隐患"}), QuantityAsked(("count",), "处")
    sentence = quoted_sentence("组织专家对化工企业、仓储物流及12家商场开展检查，发现隐患300处。")
    notice = listed_part_notice("那12家商场查出多少隐患？", ["商场", "隐患"], counted, hazards, sentence)
    assert "“12家商场”" in notice and "化工企业、仓储物流" in notice
    # A topic the articles are about, not a group counted apart: the figure is theirs.
    topic = quoted_sentence("关于消防宣传、消防演练的做法，刊发稿件20篇。")
    assert not listed_part_notice(
        "消防宣传刊发稿件多少篇？",
        ["消防", "宣传"],
        frozenset({"稿件"}),
        QuantityAsked(("count",), "篇"),
        topic,
    )
    # Asked whole or from the table, the joint hazards are not the filling stations' own.
    for question in (
        "硚口区专家查的那二十五家加油站查出几处隐患？",
        "硚口区请专家看过的加油站查出几处隐患？",
    ):
        answer = answer_question(searcher, question)
        assert not answer.answered and "加油站" in answer.notice and "2661" in answer.notice


def test_a_doing_worded_whole_only_by_a_bare_heading_is_still_said_done(searcher):
    # 北碚区 writes 安全生产委托行政执法 in one piece only in a heading; its other sentences on
    # delegating to 镇街 word the parts apart. It was said not to write it at all.
    answer = answer_question(searcher, "沙坪坝与北碚两区，安全生产行政执法委托出去了没有？")
    listed = {c.district for c in answer.citations}
    assert answer.answered and listed == {"北碚区", "沙坪坝区"}
    assert "没有写到" not in answer.notice


def test_all_of_districts_named_without_qu_asks_each_not_whether_all_was_done(searcher):
    from indexer.answers.question import _districts_all
    from indexer.retrieval.scope import QueryScope

    both = QueryScope(districts=("北碚区", "沙坪坝区"))
    assert _districts_all("北碚和沙坪坝都开展执法委托了吗？", both)
    assert not _districts_all("北碚和沙坪坝的执法人员都持证了吗？", both)
    answer = answer_question(searcher, "沙坪坝和北碚是否都开展了安全生产行政执法委托？")
    assert answer.answered and {c.district for c in answer.citations} == {"北碚区", "沙坪坝区"}


def test_two_districts_set_against_each_other_the_wrong_way_round_are_said_to_be(searcher):
    from indexer.answers.superlatives import claim_against_figures

    lines = "普陀区（2023年）：60余场[1]\n北碚区（2023年）：700场次（全区）[2]"
    assert "普陀区60余场，北碚区700场次" in claim_against_figures(lines, "普陀区", "北碚区")
    assert claim_against_figures(lines, "北碚区", "普陀区") is None  # the order the figures give
    # 60余 may reach 70: no order is certain, and figures of different units are not set side by side
    assert claim_against_figures("普陀区：60余场[1]\n北碚区：65场[2]", "北碚区", "普陀区") is None
    assert claim_against_figures("普陀区：60余场[1]\n北碚区：700人[2]", "普陀区", "北碚区") is None
    wrong = answer_question(searcher, "硚口那边搞的应急演练场次恐怕不如沙坪坝多吧？")
    assert wrong.answered and "与问题的说法相反" in wrong.notice
    assert "80余场" in wrong.notice and "949场次" in wrong.notice
    right = answer_question(searcher, "沙坪坝组织的应急演练场次不如硚口多吧？")
    assert right.answered and "相反" not in right.notice
    # a line of several figures, and the comparison asked after its context
    several = "普陀区：60余场[1]\n北碚区：700场次（全区）[2]；另900场（全年）[3]"
    assert "北碚区700场次（全区）、900场（全年）" in claim_against_figures(several, "普陀区", "北碚区")
    fines = answer_question(
        searcher, "我在看各区执法的力度，普陀涨得很快。所以普陀的罚没金额肯定比硚口高吧？"
    )
    assert fines.answered and "与问题的说法相反" in fines.notice and "71000元" in fines.notice
    # 罚没 is answered by the report's 处罚金额 (普陀) as by 罚款
    amount = answer_question(searcher, "普陀全年罚没了多少钱？")
    assert amount.answered and "71000元" in amount.answer


def test_one_districts_amount_set_against_anothers_is_answered_with_each_figure(searcher):
    from indexer.answers.superlatives import as_pair_compared

    def named(side: str) -> str | None:
        return next((d for d in ("北碚区", "普陀区") if d[:2] in side), None)

    assert as_pair_compared("北碚培训的人比普陀多吗？", named) == "北碚培训的人和普陀分别是多少？"
    assert as_pair_compared("北碚办了30起案子，还不如普陀多吧？", named) == "北碚办案子和普陀分别是多少？"
    assert as_pair_compared("北碚区和普陀区分别罚款多少？", named) is None
    # a claimed figure in Chinese numerals, the claim's particle after a comma
    compared = as_pair_compared("北碚办了三十来起案子，比普陀多，对吧？", named)
    assert compared == "北碚办案子和普陀分别是多少？"
    assert as_pair_compared("北碚的专职人员比兼职人员多吗？", named) is None  # one district
    # The claimed figure is one district's; the other's is not "missing" for not writing it.
    answer = answer_question(searcher, "沙坪坝去年发了15万份宣传资料，估计还没有硚口印的海报多吧？")
    cited = {c.district: c.text for c in answer.citations}
    assert answer.answered and "15万份" in cited["沙坪坝区"] and "2万份" in cited["硚口区"]
    assert "没有写到" not in answer.notice


def test_a_share_also_given_as_a_percent_is_checked_as_the_percent(searcher):
    from indexer.answers.shares import in_percent

    assert in_percent("用时缩短了一半（50%）吧？") == "用时缩短了50%吧？"
    assert in_percent("大部分(80%)都整改了吗？") == "80%都整改了吗？"
    assert in_percent("一半是计划吗？") == "一半是计划吗？"
    answer = answer_question(searcher, "北碚的危化品审批办理时长是不是缩短了一半（50%）？")
    assert answer.answered and "87.3%" in answer.notice and "50%" in answer.notice


def test_a_counted_noun_ends_at_the_verb_after_it(searcher):
    from indexer.answers.figures import quantity_target

    terms = ["重点", "单位", "纳入", "名单"]
    assert quantity_target("几家重点单位纳入名单？", terms) == "单位"
    answer = answer_question(searcher, "普陀区企码张贴这块，已经有几家重点监管的企业列入？")
    assert answer.answered and "198家" in answer.citations[0].text


def test_a_committee_is_counted_as_a_thing_and_a_bracketed_alternative_ends_its_name(searcher):
    from indexer.answers.figures import quantity_asked, quantity_target

    assert quantity_asked("成立了几个调解委员会？").kinds != ("people",)
    assert quantity_asked("有几个调解委员？").kinds == ("people",)
    assert quantity_target("设了多少个委员会（小组）？", ["委员会", "小组"]) == "委员会"
    answer = answer_question(searcher, "硚口区一共设了几个专项应急委员会（指挥部）？")
    assert answer.answered and "26个" in answer.citations[0].text
    assert "没有给出" not in answer.notice


def test_who_does_something_asks_for_the_body_doing_it_not_a_name(searcher):
    from indexer.answers.slots import PERSON, asked_slot

    assert asked_slot("局长是谁？") == PERSON
    assert asked_slot("具体是谁来负责审核？") is None
    answer = answer_question(searcher, "北碚区搞“一支队伍执法”，到底是谁来统一执法的？")
    assert answer.answered and "执法支队" in answer.citations[0].text


def test_not_yet_used_is_a_negation_not_the_word_useless(searcher):
    from indexer.answers.question_forms import negation_apart

    assert negation_apart("还没用上新系统吧？") == "还没有用上新系统吧？"
    assert negation_apart("这个办法没用吗？") == "这个办法没用吗？"
    answer = answer_question(searcher, "普陀区是不是还没用上“上海市统一综合执法系统”？")
    assert answer.answered and "全面启用" in answer.citations[0].text
    assert "没有关于" not in answer.notice and "并不是没有" in answer.notice


def test_a_document_given_to_the_wrong_issuer_is_corrected_by_its_title(searcher):
    from indexer.answers.document_numbers import other_issuer

    sentence = quoted_sentence(
        "落实《市人民政府关于加强巡查的通知》(某政发〔2020〕5号)和《市财政局关于经费的通知》(某财发〔2021〕9号)。"
    )
    wrong = other_issuer("这是市财政局发的某政发〔2020〕5号吗？", [sentence])
    assert (
        wrong is not None and "发文机关是市人民政府" in wrong[1] and "《市财政局关于经费的通知》" in wrong[1]
    )
    assert other_issuer("这是市政府发的某政发〔2020〕5号吗？", [sentence]) is None
    answer = answer_question(
        searcher, "硚口区换发执法证件依据的鄂政办函〔2021〕17号，是湖北省司法厅下发的吗？"
    )
    assert (
        answer.answered
        and "省人民政府办公厅" in answer.notice
        and "不是问题所说的湖北省司法厅" in answer.notice
    )


def test_a_doing_claimed_of_one_body_alone_is_corrected_by_a_joint_one(searcher):
    from indexer.answers.answer_types import corrects_question
    from indexer.answers.bodies import done_jointly_notice

    joint = ["区应急局会同公安、消防开展联合检查，共查企业30家。"]
    assert "不是问题所说的一家单独做的" in done_jointly_notice("检查是应急局单独搞的吗？", joint)
    assert not done_jointly_notice("检查是应急局搞的吗？", joint)  # nothing claimed alone
    assert not done_jointly_notice("培训是应急局单独搞的吗？", ["会同公安开展联合检查。"])  # another doing
    answer = answer_question(searcher, "北碚发生事故后，调查是不是区应急局独自完成的，没有其他部门参与？")
    assert answer.answered and corrects_question(answer.notice) and "公安" in answer.citations[0].text


def test_a_month_claimed_of_a_year_without_the_districts_report_is_checked_against_its_report(searcher):
    from indexer.answers.answer_types import corrects_question

    question = "那个自治区的区是2023年1月才把2021年度的行政执法情况报给司法行政部门的吧？"
    answer = answer_question(searcher, question)
    assert answer.answered and "2022年1月" in answer.notice and corrects_question(answer.notice)
    # A figure of that year is still read as the other report's figure (other_year.py).
    dated = answer_question(searcher, "普陀区2022年1到10月查了579家企业吧？")
    assert "2023年的报告" in dated.notice


def test_one_report_said_signed_later_than_another_is_checked_by_the_signatures(searcher):
    from indexer.answers.answer_types import corrects_question

    wrong = answer_question(searcher, "北碚区和沙坪坝区的年度报告，北碚落款的日期要晚一些吧？")
    assert (
        corrects_question(wrong.notice)
        and "北碚区（2024年1月18日）比沙坪坝区（2024年2月3日）早" in wrong.notice
    )
    right = answer_question(searcher, "北碚区和沙坪坝区的年度报告，沙坪坝落款的日期要晚一些吧？")
    assert right.answered and not corrects_question(right.notice)


def test_which_districts_then_one_of_them_lists_all_and_says_where_that_one_stands(searcher):
    answer = answer_question(searcher, "哪几个区的报告写了法律顾问？北碚区写了没有？")
    listed = {c.district for c in answer.citations}
    assert answer.answered and {"硚口区", "沙坪坝区", "普陀区"} <= listed and "北碚区" not in listed
    assert answer.notice.startswith("所问的北碚区不在其中")
    named = answer_question(searcher, "哪几个区的报告写了法律顾问？沙坪坝呢？")
    assert named.answered and named.notice.startswith("所问的沙坪坝区在其中")


def test_a_date_asked_beside_something_else_quotes_the_sentence_for_each(searcher):
    answer = answer_question(
        searcher, "那个自治区的区优化营商环境的那个专项行动几月部署的？自查是从哪些方面开展的？"
    )
    texts = [c.text for c in answer.citations]
    assert answer.answered and any("今年6月" in t for t in texts) and any("开展自查" in t for t in texts)
    assert "自查" not in answer.notice


def test_districts_named_and_none_answering_are_each_told_why(searcher):
    answer = answer_question(searcher, "沙坪坝跟北碚比，谁建的社区应急服务站更多？")
    assert not answer.answered and "提到了相关工作" not in answer.notice
    assert "北碚区的报告没有写到" in answer.notice and "沙坪坝区的报告没有写到" in answer.notice


def test_a_name_put_where_the_report_writes_another_is_corrected_in_its_place(searcher):
    from indexer.answers.answer_types import corrects_question
    from indexer.answers.substituted import other_in_place

    sentence = [quoted_sentence("方案经集体讨论后报市政府审定，并在网站公开。")]
    said = other_in_place("方案是报省政府审定的吧？", ["省政府"], sentence)
    assert said == "报告写的是“市政府”，不是问题所说的“省政府”"
    assert not other_in_place("方案报哪里审定？", ["省政府"], sentence)  # asked, not claimed
    assert not other_in_place("方案是报省政府审定的吧？", ["省政府"], [quoted_sentence("方案在网站公开。")])
    team = [quoted_sentence("依托蓝海救援中心组建志愿队，现有队员20人。")]
    said = other_in_place("志愿队是依托红星救援中心组建的吧？", ["红星"], team)
    assert said == "报告写的是“依托蓝海救援”，不是问题所说的“依托红星救援”"
    # a body at another level of government
    level = other_in_place(
        "是省应急管理厅组织的检查吧？", ["省应急管理厅"], [quoted_sentence("配合市应急管理厅开展检查。")]
    )
    assert level == "报告写的是“市应急管理厅”，不是问题所说的“省应急管理厅”"
    answer = answer_question(searcher, "北碚区的缙云应急志愿服务队是靠蓝天救援队建起来的吗？")
    assert corrects_question(answer.notice) and "山城雪豹" in answer.notice


def test_a_tally_after_a_comma_counts_what_the_clause_before_names(searcher):
    question = "硚口区的微型消防站拉动演练和培训指导，全年总共只有一百多次吧？"
    answer = answer_question(searcher, question)
    assert "1100余次" in answer.notice and "另一件事" in answer.notice


def test_a_thing_claimed_done_that_the_report_says_is_still_to_do_is_corrected(searcher):
    from indexer.answers.qualities import still_to_do_notice

    lead = "2.执法人员的业务能力仍需进一步加强，培训不够系统。"
    said = still_to_do_notice("执法人员业务能力已经全面加强了吧？", lead)
    assert "执法人员的业务能力仍需进一步加强" in said and "相反" in said
    assert not still_to_do_notice("执法人员业务能力怎么加强？", lead)
    assert not still_to_do_notice("培训已经完善了吧？", lead)  # another doing
    answer = answer_question(searcher, "北碚基层应急人员的法律素质和处置能力都已提升到位了吧？")
    assert "有待进一步提升" in answer.notice and "相反" in answer.notice


def test_a_signature_claimed_later_with_words_between_and_where_a_law_is_mentioned(searcher):
    from indexer.answers.answer_types import corrects_question

    signed = answer_question(searcher, "普陀区那份年度报告，是等到2024年2月数据汇总完了才印发的吧？")
    assert corrects_question(signed.notice) and "2023年11月9日" in signed.notice
    where = answer_question(searcher, "哪几份报告提到了《民法典》？是在什么地方提到的？")
    listed = {c.district for c in where.citations}
    assert where.answered and "沙坪坝区" in listed and "北碚区" not in listed
    form = answer_question(searcher, "北碚区的全区应急预案体系是什么结构？")
    assert form.answered and "1(综合)+4(专项)+N(行业领域)" in form.citations[0].text


def test_a_count_of_one_doing_is_not_answered_by_a_count_of_another(searcher):
    # 硚口区 counts the major hazards found and fixed (重大隐患149处); of 挂牌 it writes only a plan.
    answer = answer_question(searcher, "硚口区去年挂牌督办的重大隐患有多少处？")
    assert not answer.answered and "挂牌" in answer.notice and "149" not in answer.answer
    found = answer_question(searcher, "硚口区的重大隐患，排查后整改好的有几处？")
    assert found.answered and "149处" in found.answer


def test_which_things_where_the_report_gives_only_how_many_is_declined(searcher):
    from indexer.answers.unlisted import count_without_items

    assert count_without_items("那两项制度分别是什么？", "建立了2项制度，压实了责任。")
    assert not count_without_items("那两项制度分别是什么？", "建立了2项制度：值班制度、会商制度。")
    assert not count_without_items("建立了几项制度？", "建立了2项制度，压实了责任。")  # how many, not which
    answer = answer_question(searcher, "普陀区拍科普讲解视频用的3个主题都是什么？")
    assert not answer.answered and "只给出数目" in answer.notice


def test_quoted_alternatives_are_words_not_a_name_to_find(searcher):
    from indexer.answers.question_forms import alternatives_unquoted

    assert alternatives_unquoted("在“问题/不足”里提到了吗？") == "在问题或不足里提到了吗？"
    assert alternatives_unquoted("“工贸安全在线”是什么？") == "“工贸安全在线”是什么？"
    assert alternatives_unquoted("报告的不足部分写了什么？") == "报告的不足写了什么？"
    assert alternatives_unquoted("部分企业整改了吗？") == "部分企业整改了吗？"
    answer = answer_question(searcher, "哪些区在“存在的问题/不足”里说普法宣传形式还要创新？")
    assert answer.answered and "硚口区" in {c.district for c in answer.citations}


def test_a_claim_made_of_a_district_whose_report_never_words_it_is_said_to_be_anothers(searcher):
    # The film 《应急侠》 is 普陀区's; 沙坪坝区's report never names it.
    answer = answer_question(searcher, "沙坪坝区也拍过普法微电影《应急侠》，是不是？")
    assert answer.answered and {c.district for c in answer.citations} == {"普陀区"}
    assert "写这件事的是普陀区，不是问题所说的沙坪坝区" in answer.notice
    # Asked of no district, or of the right one, nothing is moved.
    right = answer_question(searcher, "普陀拍过普法微电影《应急侠》吧？")
    assert right.answered and "不是问题所说的" not in right.notice


def test_which_n_things_where_the_report_lists_them_without_their_number(searcher):
    from indexer.answers.unlisted import without_count

    assert without_count("率先建成的3个系统分别是什么？") == ("率先建成的系统分别是什么?", "3个")
    assert without_count("建成了3个系统吗？") is None  # a count claimed, not things asked for
    # 沙坪坝区 lists what it built first in the city one by one (一是…三是), two of them 系统,
    # and never writes a number of them.
    answer = answer_question(searcher, "沙坪坝在全市率先建好的4个系统都是哪些？")
    assert answer.answered and "没有写“4个”这个数目" in answer.notice
    assert all("率先建成" in c.text for c in answer.citations)
    # Unquoted, the built thing's full name names it (叫什么).
    named = answer_question(searcher, "沙坪坝在全市率先建成的系统各自叫什么？")
    assert named.answered and any("防汛决策指挥系统" in c.text for c in named.citations)


def test_asking_for_the_reports_own_wording_asks_for_the_sentence(searcher):
    answer = answer_question(searcher, "《应急侠》这部片子，报告原文是怎么表述的？用的什么提法？")
    assert answer.answered and "应急侠" in answer.citations[0].text


def test_which_districts_besides_one_lists_the_others(searcher):
    from indexer.answers.district_forms import listing_but_for_one

    assert listing_but_for_one(searcher, "除了北碚之外，哪几个区聘了法律顾问？") == (
        "哪几个区聘了法律顾问？",
        "北碚区",
    )
    assert listing_but_for_one(searcher, "北碚区聘了法律顾问吗？") is None
    # 12350 is written by 北碚区 and 沙坪坝区: set aside one, the other is what is left.
    answer = answer_question(searcher, "除了北碚区以外，还有哪些区有12350举报电话？")
    assert answer.answered and {c.district for c in answer.citations} == {"沙坪坝区"}
    assert "除所问的北碚区外" in answer.notice
    none = answer_question(searcher, "除了普陀区，还有哪个区拍过普法微电影《应急侠》？")
    assert not none.answered and "除所问的普陀区外" in none.notice


def test_a_part_claimed_as_the_whole_is_corrected_by_the_total(searcher):
    from indexer.answers.partial import part_as_whole

    said = [quoted_sentence("全区共有服务站40个，其中示范站12个。")]
    corrected = part_as_whole("全区一共只有12个服务站吧", said)
    assert corrected is not None and "总数40个" in corrected[1] and "其中示范站12个" in corrected[1]
    assert part_as_whole("示范站有12个吧", said) is None  # the part asked as the part
    # 硚口区 files 35 teams; 11 of them are the streets'.
    answer = answer_question(searcher, "硚口全区总共就备案了11支救援队伍，是吧？")
    assert answer.answered and "总数35支" in answer.notice and "其中街道应急救援队伍11支" in answer.notice


def test_a_contest_claimed_of_another_level_is_corrected(searcher):
    from indexer.answers.reach import contest_level_notice

    said = ["在宜昌市第二届消防技能大赛中获得团体第一名。"]
    assert "“宜昌市第二届消防技能大赛”" in contest_level_notice("在湖南省消防技能大赛中拿了第一吧", said)
    assert contest_level_notice("在市里的消防技能大赛拿了第一吧", said) == ""  # the same level
    assert contest_level_notice("在宜昌市消防技能大赛中拿了第一吧", said) == ""
    # 硚口区's first place was in 武汉市's contest.
    answer = answer_question(searcher, "硚口代表队在省级的应急管理综合执法大比武中得了总分第一名吧？")
    assert (
        answer.answered
        and "武汉市第一届应急管理综合执法大比武" in answer.notice
        and "不是问题所说的" in answer.notice
    )


def test_a_year_claimed_for_a_thing_is_checked_and_a_question_resting_on_it_says_so(searcher):
    from indexer.answers.dates import other_event_year

    lead = quoted_sentence("今年3月，服务中心正式启用。")  # a 2023 report's sentence
    assert "（2023年），不是问题所说的“2021年”" in other_event_year("服务中心早在2021年就启用了吧", [lead])[1]
    assert other_event_year("服务中心2023年才启用吧", [lead]) is None
    # 普陀区's enforcement brigade was unveiled in June of its report's year, 2023.
    early = answer_question(searcher, "普陀的执法大队2021年就成立了吧？")
    assert early.answered and "不是问题所说的“2021年”" in early.notice
    resting = answer_question(searcher, "既然普陀执法大队早在2021年就成立了，那它到现在办了多少案子？")
    assert resting.answered and resting.notice.startswith("问题的前提不成立") and "2021年" in resting.notice


def test_a_figure_is_dated_by_the_date_its_paragraph_opens_with(searcher):
    # 普陀区's paragraph on enforcement opens 截至10月底 and states its fines two sentences later.
    answer = answer_question(searcher, "普陀2023年一整年下来（截至12月底）处罚金额一共多少？")
    assert answer.answered and "71000元" in answer.answer
    assert "截至10月底" in answer.notice and "不是问题所说的" in answer.notice


def test_the_header_and_the_closing_date_asked_together_are_answered_together(searcher):
    answer = answer_question(searcher, "普陀那份报告的签发人是谁？哪天落款的？")
    assert answer.answered and "张军" in answer.answer and "2023年11月9日" in answer.answer
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)]
    assert numbers == list(range(1, len(answer.citations) + 1))  # renumbered across both parts
    # 北碚区's header prints no signer: said, beside the date it does give
    half = answer_question(searcher, "北碚那份报告签发人和落款时间各是什么？")
    assert half.answered and "没有印签发人" in half.notice and "2024年1月18日" in half.answer


def test_how_many_shortcomings_or_plans_a_report_lists_is_read_from_its_subheadings(searcher):
    answer = answer_question(searcher, "普陀区报告列了几条不足？各是什么？")
    assert answer.answered and "下列2条" in answer.answer and "不足" in answer.citations[0].text
    plans = answer_question(searcher, "硚口下一年的工作安排一共有几个方面？")
    assert plans.answered and "下列5条" in plans.answer
    # Findings counted are no part's items.
    assert "下列" not in answer_question(searcher, "沙坪坝检查中发现问题多少个？").answer


def test_the_items_a_heading_lists_are_quoted_all_or_one_by_its_place(searcher):
    from indexer.answers.enumerated import asked_place

    assert asked_place("第二项是什么") == 2 and asked_place("下面列了哪些措施") == 0
    assert asked_place("执法人员有多少") is None
    # 北碚区's 完善应急四大体系 lists its systems on lines of their own (一是…, 二是…).
    second = answer_question(searcher, "北碚“完善应急四大体系”这一条里，第二个体系讲的是什么？")
    assert second.answered and second.citations[-1].text.startswith("二是构建")
    assert_citations_are_exact(searcher, second)
    # 沙坪坝区's paragraph (8) lists three measures in one paragraph.
    listed = answer_question(searcher, "沙坪坝“加大宣传教育力度，营造浓厚安全氛围”下面列了哪些措施？")
    assert [c.text[:2] for c in listed.citations[1:]] == ["一是", "二是", "三是"]
    assert_citations_are_exact(searcher, listed)


def test_a_figure_stated_of_a_quoted_mechanism_is_read_in_the_sentences_after_it(searcher):
    # 北碚区 names its “252” mechanism, then sets out its figures in a later sentence.
    held = answer_question(searcher, "北碚的“252”集结机制，是不是200名队员半小时内集结到位？")
    assert held.answered and "不是问题所说的" not in held.notice
    assert any("252" in c.text for c in held.citations) and any("200名" in c.text for c in held.citations)
    wrong = answer_question(searcher, "北碚的“252”集结机制，是不是50名队员10分钟内集结到位？")
    assert wrong.answered and "15分钟以内”，不是问题所说的“50名队员10分钟内”" in wrong.notice
    # A span said another way (一刻钟) is no name put in another's place.
    spoken = answer_question(searcher, "北碚的“252”集结机制，是不是50名队员一刻钟内集结到位？")
    assert "不是问题所说的" not in spoken.notice
    # ... but a number of years in a name is (治本攻坚三年行动, claimed as a five-year one)
    years = answer_question(searcher, "硚口明年是以安全生产治本攻坚五年行动为抓手吧？")
    assert years.answered and "“攻坚三年行动”，不是问题所说的“攻坚五年行动”" in years.notice
    # Claimed of 沙坪坝区, whose report names no such mechanism: 北碚区's, said to be.
    moved = answer_question(searcher, "沙坪坝有个“252”集结机制，200名队员半小时内集结到位，对吧？")
    assert moved.answered and "写这件事的是北碚区" in moved.notice


def test_two_names_swapped_between_the_districts_asked_are_said_to_be_each_others(searcher):
    answer = answer_question(searcher, "沙坪坝的宣传品牌叫《应急侠》，普陀的普法微电影叫“沙小安”，对吧？")
    # Each district's claim is checked on its own: 《应急侠》 is moved to 普陀区, whose sentence is
    # quoted; “沙小安” is said to be 沙坪坝区's (its 品牌 is no 微电影, so no sentence is moved).
    assert answer.answered and {c.district for c in answer.citations} == {"普陀区"}
    assert "写这件事的是普陀区，不是问题所说的沙坪坝区" in answer.notice
    assert "报告中写“沙小安”的是沙坪坝区，不是问题所说的普陀区" in answer.notice


def test_counted_things_written_noun_first_are_still_only_counted(searcher):
    from indexer.answers.unlisted import count_without_items

    lead = "全年向上级报送优秀案卷4件。"
    assert "只给出数目" in count_without_items("那4件优秀案卷分别涉及哪些单位？", lead)
    assert (
        count_without_items("那4件优秀案卷分别涉及哪些单位？", "报送优秀案卷4件：甲案、乙案、丙案、丁案。")
        == ""
    )
    # 硚口区 counts the typical cases it sent and names none.
    answer = answer_question(searcher, "硚口报送的那6起典型案例具体都是哪些？")
    assert not answer.answered and "只给出数目" in answer.notice


def test_a_bracketed_description_of_the_unnamed_report_names_it(searcher):
    answer = answer_question(searcher, "2022年那份报告（地名打了码的那份）里，法律顾问审过几份合同？")
    assert answer.answered and answer.reason != "meta" and "2份" in answer.answer


def test_a_recipient_of_the_same_level_but_another_body_is_corrected(searcher):
    from indexer.answers.recipients import _other_body

    assert _other_body("同级司法行政部门", "同级人大常委会")
    assert not _other_body("同级司法行政部门", "司法行政部门")
    # The unnamed report sent its 2021 enforcement figures to the justice department.
    answer = answer_question(searcher, "匿名区2022年1月把2021年度的行政执法情况报给了同级人大常委会吧？")
    assert answer.answered and "向同级司法行政部门" in answer.notice and "不是问题所说的" in answer.notice


def test_why_asked_colloquially_of_something_done_says_the_premise_fails(searcher):
    answer = answer_question(searcher, "为啥匿名区那份报告里一直没开展案卷评查？")
    assert answer.answered and answer.notice.startswith("问题的前提不成立")


def test_a_table_figure_counts_what_its_indicator_names_though_the_sentence_words_it_otherwise(searcher):
    # 普陀区 writes 立案8起 (no 案件, no 查处); the row counts cases all the same.
    answer = answer_question(searcher, "普陀和硚口立案查处的案件各是多少？")
    assert answer.answered and "指标表" in answer.notice
    assert "8起" in answer.answer and "15起" in answer.answer
    # ... and a comparison of them claimed the wrong way round, asked after its context, is said to be.
    wrong = answer_question(searcher, "对比了一下，普陀立案查处的案件比硚口多，这个说法对吗？")
    assert wrong.answered and "与问题的说法相反" in wrong.notice


def test_a_month_claimed_with_its_suffix_is_checked_not_asked(searcher):
    from indexer.answers.slots import MONTH, asked_slot

    assert asked_slot("清单是6月份公示的吗") != MONTH and asked_slot("清单是几月份公示的") == MONTH
    answer = answer_question(searcher, "匿名区的普法责任清单是七月份在门户网站上公示的吧？")
    assert answer.answered and "今年5月" in answer.notice and "不是问题所说的" in answer.notice


def test_the_period_of_a_quoted_figure_is_answered_by_its_sentence(searcher):
    # 统计 and 这个数字 point at how and which figure was taken; neither is a topic to find.
    answer = answer_question(
        searcher, "普陀那句“共检查各类企业579家（次）”里的这个数据统计到什么时候为止？同比是涨是跌？"
    )
    assert answer.answered and "截至10月底" in answer.answer and "80.93%" in answer.answer


def test_the_period_asked_after_two_figures_joins_the_figure_before(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import QueryScope

    clauses = figure_clauses(
        "北碚共培训了多少人？特种作业培训每月办几期？这些数字是什么时间段的？", QueryScope()
    )
    assert len(clauses) == 2 and "时间段" in clauses[-1]
    answer = answer_question(searcher, "沙坪坝查出了几个问题隐患？整改到位几个？这些数字对应哪段时间？")
    assert answer.answered and "17435" in answer.answer and "一问" not in answer.notice


def test_a_name_asked_by_a_plain_word_for_the_thing_is_found(searcher):
    # 招牌 is the asker's word for the 品牌 the report names; 科普小视频 for its 微视频.
    answer = answer_question(searcher, "沙坪坝搞安全宣传打的招牌叫啥名？")
    assert answer.answered and "沙小安" in answer.answer
    videos = answer_question(searcher, "沙坪坝的科普小视频出了多少期？")
    assert videos.answered and "100期" in videos.answer


def test_a_count_of_things_an_act_picked_out_is_not_asked_as_the_stock(searcher):
    from indexer.answers.terms import may_be_verb
    from indexer.answers.totals import asked_stock

    words = searcher._tokenizer.words
    assert not asked_stock("普陀区张贴企码的企业有多少家", "企业", words, may_be_verb)
    assert asked_stock("普陀区从事危化品经营的企业有多少家", "企业", words, may_be_verb)
    assert asked_stock("普陀区有多少家企业", "企业", words, may_be_verb)
    answer = answer_question(searcher, "普陀贴了企码的重点监管企业有多少家？")
    assert answer.answered and "198家" in answer.answer


def test_the_signing_bodies_are_read_from_the_closing_lines(searcher):
    answer = answer_question(searcher, "沙坪坝那份报告落款是哪几个单位？哪天印发的？")
    assert answer.answered
    assert "中共重庆市沙坪坝区应急管理局委员会" in answer.answer and "2024年2月3日" in answer.answer
    assert "不是问题所说的" not in answer.notice  # the report's own year claims no signing date
    every = answer_question(searcher, "各区报告的落款单位都是谁？")
    assert every.answered and "中共武汉市硚口区应急管理局委员会" in every.answer
    assert every.answer.count("上海市普陀区应急管理局") == 1  # its 版记 repeats the bureau
    assert "落款没有署名单位" in every.notice  # the unnamed report's closing lines are not kept


def test_a_city_opening_an_event_name_does_not_scope_the_question(searcher):
    from indexer.retrieval.scope import understand

    scope = understand(
        "北碚区在武汉市第一届执法大比武拿了第一吧",
        searcher.districts(),
        searcher.years(),
        searcher._tokenizer.words,
        searcher.places,
    )
    assert scope.districts == ("北碚区",)
    answer = answer_question(searcher, "北碚区队伍在武汉市第一届应急管理综合执法大比武上夺得总分第一了吧？")
    assert answer.answered and "写这件事的是硚口区" in answer.notice


def test_a_first_place_claimed_of_a_district_outside_the_corpus_names_the_report_claiming_it(searcher):
    answer = answer_question(searcher, "在重庆全市率先建成工贸安全在线应用的是渝中区吧？")
    assert answer.answered and "语料中没有渝中区的报告" in answer.notice
    assert "沙坪坝区" in answer.notice and "与问题所说的渝中区不符" in answer.notice
    # Something two districts could both have done stays declined.
    both = answer_question(searcher, "渝中区应急局也聘请了律所做法律顾问吧？")
    assert not both.answered and both.reason == "unknown_district"


def test_a_lost_lawsuit_claimed_in_plain_words_meets_the_reports_denial(searcher):
    from indexer.answers.question_forms import lost_case_worded

    assert lost_case_worded("听说官司输了两件") == "听说官司败诉两件"
    assert lost_case_worded("输了多少电") == "输了多少电"  # no lawsuit, no 败诉
    answer = answer_question(searcher, "北碚那3件行政诉讼，据说局里输掉了一件，是哪件？")
    assert answer.answered and "无败诉案件" in answer.notice


def test_a_two_district_order_claimed_before_asking_by_how_much_is_checked(searcher):
    answer = answer_question(searcher, "沙坪坝的应急演练场次比硚口多，到底多出几场？")
    assert answer.answered and "与问题的说法相反" in answer.notice
    right_way = answer_question(searcher, "硚口的应急演练场次比沙坪坝多，到底多出几场？")
    assert right_way.answered and "与问题的说法相反" not in right_way.notice


def test_a_figure_asked_of_a_thing_claimed_done_that_is_only_planned_says_so(searcher):
    answer = answer_question(searcher, "普陀应急局2023年早已兑现有奖举报奖励，发给举报人的奖金合计多少？")
    assert answer.answered and "是计划，不是已做的工作" in answer.notice


def test_a_citizens_story_before_the_question_is_no_topic_and_names_the_district(searcher):
    from indexer.answers.question_forms import without_errand

    assert without_errand("您好，我是北碚的，住在江边。想问一下咱们区防汛预案修订了没有？").startswith(
        "防汛预案"
    )
    answer = answer_question(
        searcher, "你好，我住在沙坪坝，家门口有个厂子总在夜里施工。想问下咱们区的12350去年接了多少件投诉？"
    )
    assert answer.answered and "68件" in answer.answer
    kind = answer_question(searcher, "听说普陀弄了个“数智普陀”，是个小程序还是别的什么？")
    assert kind.answered and "子系统" in kind.answer


def test_a_cause_asked_by_its_noun_is_read_from_the_sentence_giving_it(searcher):
    # The unnamed report stopped inspections in two months, 因受疫情影响; it never writes 原因.
    answer = answer_question(
        searcher, "我在那个自治区的区里做小生意，记得2022年3月和10月都没来巡查，是啥原因？"
    )
    assert answer.answered and "疫情" in answer.answer


def test_a_clause_turning_to_another_subject_carries_it_to_its_figure(searcher):
    from indexer.answers.parts import figure_clauses
    from indexer.retrieval.scope import QueryScope

    clauses = figure_clauses(
        "“数智普陀”线上管了多少家企业？还有那个企业码，有多少家企业列入了张贴范围？",
        QueryScope(districts=("普陀区",)),
    )
    assert len(clauses) == 2 and "企业码" in clauses[1] and "数智普陀" not in clauses[1]


def test_an_upper_limit_asked_is_answered_by_the_amount_within_which(searcher):
    answer = answer_question(searcher, "北碚委托出去的处罚权有没有金额上限？")
    assert answer.answered and "1万元以内" in answer.answer


def test_where_a_sentence_stands_is_answered_by_the_headings_above_it(searcher):
    from indexer.answers.locations import asks_location, without_location

    assert asks_location("这段话出自报告哪一部分？") and not asks_location(
        "硚口那项整治的全市排名处于什么位置？"
    )
    assert (
        without_location("报告里写了“工贸安全在线”，这句话在第几部分、哪个小标题下？")
        == "报告里写了“工贸安全在线”？"
    )
    answer = answer_question(searcher, "沙坪坝报告讲“五带头”活动的那句在哪一部分、什么标题下面？")
    assert answer.answered and "（8）加大宣传教育力度，营造浓厚安全氛围" in answer.answer
    assert "一、2023年推进法治政府建设的主要举措和成效" in answer.answer
    # A chatbot's request for the source (并给出原文出处, 出处为报告哪一部分) asks where, no topic.
    assert without_location("普陀区立案几起？出处为报告哪一部分？") == "普陀区立案几起？"
    assert without_location("普陀区立案几起，并给出原文出处。") == "普陀区立案几起。"
    assert asks_location("请指出原文所在报告及部分")
    answer = answer_question(searcher, "北碚区“12350”受理举报查处多少起？出处为报告哪一部分？")
    assert answer.answered and "没有关于“出处”" not in answer.notice and "[1]的位置：" in answer.answer


def test_an_event_dated_in_a_clause_of_its_own_is_checked_against_the_sentence_dating_it(searcher):
    # 普陀区's enforcement brigade opened in June of the report's year (2023), not 2022.
    answer = answer_question(searcher, "普陀区执法大队于2022年6月揭牌成立以后，立案了几起？")
    assert answer.answered and "不是问题所说的“2022年6月”" in answer.notice
    assert "揭牌成立" in answer.citations[0].text and any("立案8起" in c.text for c in answer.citations)
    # dated right, the sentence dating it joins the answer and nothing is said against it
    answer = answer_question(searcher, "普陀区执法大队2023年6月揭牌成立以后，立案了几起？")
    assert answer.answered and "不是问题所说的" not in answer.notice and "没有写明时间" not in answer.notice


def test_a_part_named_by_its_quoted_heading_is_read_as_that_part(searcher):
    answer = answer_question(searcher, "北碚“下一步工作打算”里提到要加强哪些人员的法律知识培训？是第几条？")
    assert answer.answered and "网格" in answer.answer and "四、下一步工作打算" in answer.answer


def test_a_district_typed_in_pinyin_is_the_district(searcher):
    from indexer.text.romanized import in_chinese

    known = searcher.districts()
    assert in_chinese("Shapingba 12350", known) == "沙坪坝区 12350"
    assert in_chinese("Sha Ping Ba district 演练", known).startswith("沙坪坝区")
    assert in_chinese("Beibei区 培训", known) == "北碚区 培训"
    assert in_chinese("Putuoshan 景区", known) == "Putuoshan 景区"  # a longer word is another name
    answer = answer_question(searcher, "qiaokou 法律顾问 哪家律所")
    assert answer.answered and "德和衡" in answer.answer
    hits = searcher.search("Putuo 执法大队 揭牌", k=3)
    assert hits and all(h.passage.district == "普陀区" for h in hits)


def test_which_n_items_asks_for_the_items_not_a_count_of_n(searcher):
    answer = answer_question(searcher, "北碚的“252”集结机制具体是哪三条人数和时限要求？")
    assert answer.answered and "半小时以内" in answer.answer


def test_a_fine_claimed_issued_to_the_wrong_number_of_firms_is_corrected(searcher):
    # 开出 (issued) is how the fine was given, no topic; Chinese numerals with 点 are figures.
    answer = answer_question(searcher, "硚口一年罚了七十二点八万元，全是开给十五家企业的吗？")
    assert answer.answered and "13家" in answer.notice and "不是问题所说的" in answer.notice


def test_wonder_at_a_claimed_size_is_no_topic(searcher):
    answer = answer_question(searcher, "普陀处罚金额到10月底有710万元，这么大的处罚数额都罚的谁？")
    assert answer.answered and "71000元" in answer.notice


def test_submitted_to_the_district_organ_is_read_as_that_organ(searcher):
    answer = answer_question(searcher, "北碚那两个举报奖励实施办法是提请区人大常委会备案的对吧？")
    assert answer.answered and "区政府备案" in answer.notice and "不是问题所说的" in answer.notice


def test_something_claimed_done_to_that_the_report_lists_as_lacking_is_corrected(searcher):
    from indexer.answers.qualities import lacking_notice

    lead = "目前应急管理数字化建设还存在调度指挥信息化程度不高，应急信息资源缺乏有效整合等问题。"
    assert "缺乏有效整合" in lacking_notice("已经把全区应急信息资源有效整合好了吧", lead)
    assert lacking_notice("已经把全区应急信息资源上报了吧", lead) == ""
    answer = answer_question(searcher, "沙坪坝早已把应急信息资源有效整合起来了，用的什么平台？")
    assert answer.answered and "还没有做到" in answer.notice


def test_a_figure_of_a_thing_said_done_in_a_year_it_is_only_planned_says_so(searcher):
    answer = answer_question(searcher, "硚口2023年就启动了治本攻坚三年行动，一共查出多少隐患？")
    assert answer.answered and "是计划，不是已做的工作" in answer.notice


def test_a_comparison_claimed_with_an_amount_on_one_side_is_checked(searcher):
    answer = answer_question(searcher, "北碚靠12350举报罚了3.86万元，比普陀的处罚金额还多，没错吧？")
    assert answer.answered and "与问题的说法相反" in answer.notice and "71000元" in answer.answer


def test_one_title_of_a_listed_series_written_otherwise_is_corrected(searcher):
    from indexer.answers.titles import _other_in_list

    asked = ["行政处罚法", "行政许可法", "行政复议法"]
    assert _other_in_list(asked, []) is None
    answer = answer_question(
        searcher, "匿名区按《行政处罚法》《行政许可法》《行政复议法》实施情况检查发现的问题做了哪些整改？"
    )
    assert answer.answered and "报告写的是《行政强制法》" in answer.notice


def test_a_part_asked_of_a_counted_whole_is_answered_only_by_the_wholes_sentence(searcher):
    from indexer.answers.breakdowns import asked_part

    assert asked_part("专家查出的2661处隐患当中，重大的具体有多少处？") == ("2661处隐患", 2661.0, "重大的")
    assert asked_part("硚口查出多少处重大隐患？") is None
    # 硚口's experts found 2661处 without a breakdown; its 重大隐患149处 is the campaign's.
    answer = answer_question(searcher, "硚口请专家把脉问诊查出的2661处隐患当中，重大隐患占几处？")
    assert not answer.answered and "没有给出其中" in answer.notice
    # The whole's own sentence breaking it down still answers.
    split = answer_question(searcher, "沙坪坝排查的17435个问题隐患里，重大事故隐患有多少个？")
    assert split.answered and "142个" in split.answer


def test_the_addressee_is_read_from_the_line_before_the_body(searcher):
    answer = answer_question(searcher, "普陀那份法治政府建设报告是呈报给哪个机关的？")
    assert answer.answered and "主送：普陀区人民政府[1]" in answer.answer
    every = answer_question(searcher, "几份报告的主送机关分别是什么？")
    assert every.answered and "区委、区政府" in every.answer and "开头没有写主送机关" in every.notice


def test_the_corpus_reports_or_districts_are_no_counted_whole_to_break_down(searcher):
    from indexer.answers.breakdowns import asked_part

    assert asked_part("五份报告里，哪几个区提到了柔性执法？") is None
    assert asked_part("四个区里有几个区开展了演练？") is None
    assert asked_part("查处的70起里，立案了哪几起？") is None  # which ones, not how many


def test_two_districts_figures_claimed_the_other_way_round_are_said_to_be_swapped(searcher):
    answer = answer_question(searcher, "硚口的应急演练才80余场，沙坪坝却有949场，怎么差这么多？")
    assert answer.answered and "说反了" in answer.notice
    assert "949场次是硚口区的数字" in answer.notice
    amounts = answer_question(searcher, "普陀处罚了72.8万元，硚口只有7.1万元，对吧？")
    assert amounts.answered and "72.8万元是硚口区的数字" in amounts.notice
    # 北碚 writes 5人 of something else (officials disciplined): the 移送 figures still cross.
    moved = answer_question(searcher, "北碚移送司法机关5人，沙坪坝移送了7人，沙坪坝更多吧？")
    assert moved.answered and "7人是北碚区的数字" in moved.notice


def test_a_claim_of_each_of_two_districts_then_whether_they_hold_is_checked_each(searcher):
    answer = answer_question(searcher, "沙坪坝组织演练80余场，硚口开展演练949场次，没错吧")
    assert answer.answered and "说反了" not in answer.notice
    assert {c.district for c in answer.citations} == {"沙坪坝区", "硚口区"}


def test_a_lone_digit_counting_things_whose_list_is_asked_is_a_count_claimed(searcher):
    from indexer.answers.stated_figures import named_in

    assert [f.value for f in named_in("北碚的三个专项指挥部分别是哪些？")] == [3.0]
    assert named_in("落实两个责任了吗") == ()
    assert named_in("五个区里有没有哪个区没写") == ()
    answer = answer_question(searcher, "北碚“四指”里的六个专项指挥部分别是哪些？")
    assert answer.answered and "不是问题所说的六个" in answer.notice


def test_a_claim_about_how_many_districts_did_it_is_checked_against_the_listing(searcher):
    from indexer.answers.coverage import coverage_notice

    every = ["甲区", "乙区", "丙区"]
    assert "只有甲区" in coverage_notice("三个区都建了预案体系，各有什么特点？", ["甲区"], every)
    assert coverage_notice("各区都有哪些预案？", ["甲区"], every) == ""
    assert "并不是没有" in coverage_notice("没有哪个区提到行政复议吧？", ["乙区"], every)
    assert coverage_notice("有没有哪个区提到行政复议？", ["乙区"], every) == ""
    assert "不止甲区" in coverage_notice("是不是只有甲区搞了演练？", ["甲区", "丙区"], every)
    answer = answer_question(searcher, "几个区都搭建了“1+4+N”那样的预案体系，各区有什么不同？")
    assert answer.answered and "只有北碚区的报告写到" in answer.notice


def test_a_figure_claimed_of_one_district_that_anothers_row_counts_is_said_to_be_its(searcher):
    answer = answer_question(searcher, "客服说普陀区去年12350受理举报查处了70起，这个对吗？")
    assert not answer.answered and "这是北碚区的数字" in answer.notice and "12350" in answer.notice
    # Two districts named, neither writing it: the grouped answer says whose figure it is too.
    both = answer_question(searcher, "普陀跟沙坪坝去年12350都是受理举报查处70起？")
    assert not both.answered and "“70”是北碚区的数字" in both.notice


def test_a_figure_no_other_district_counts_the_same_way_names_no_owner(searcher):
    # 71 is written nowhere of 12350: no owner is made up.
    answer = answer_question(searcher, "普陀跟沙坪坝去年12350都是受理举报查处71起？")
    assert "的数字（" not in answer.notice


def test_a_claim_that_only_one_district_did_it_lists_the_others_that_did(searcher):
    answer = answer_question(searcher, "听说就只有北碚提到了“三项制度”，其余区都没写，对不对？")
    assert answer.answered and answer.notice.startswith("不止北碚区")
    assert "沙坪坝区" in answer.notice


def test_a_question_built_on_a_name_of_another_district_is_moved_to_it(searcher):
    answer = answer_question(searcher, "普陀搞的“沙小安”品牌发布了多少期微视频？")
    assert answer.answered and "写这件事的是沙坪坝区，不是问题所说的普陀区" in answer.notice
    assert "100期" in answer.answer


def test_forms_of_the_session_leave_other_words_alone(searcher):
    # Found by reading the session's diff: each rewrite or detector had caught these too.
    from indexer.answers.addressees import asks_addressee
    from indexer.answers.breakdowns import asked_part
    from indexer.answers.coverage import coverage_notice
    from indexer.answers.issued import asks_issue_date, asks_signing_bodies
    from indexer.answers.locations import asks_location
    from indexer.answers.question_forms import in_plain_quantity, lost_case_worded, negation_apart
    from indexer.text.romanized import in_chinese

    assert not asks_addressee("举报奖励是给谁的？") and asks_addressee("这份报告是写给谁的？")
    assert asks_issue_date("这份报告落款是哪天？") and not asks_signing_bodies("这份报告落款是哪天？")
    assert coverage_notice("哪几个区都开展了应急演练？", ["甲区"], ["甲区", "乙区"]) == ""
    assert coverage_notice("也就是说只有甲区做了，其他区都没提吧？", ["甲区", "乙区"], ["甲区", "乙区"])
    assert asked_part("检查的200家企业里，有多少家存在问题？") is None
    assert asked_part("今年一个月里，事故有几起？") is None
    assert lost_case_worded("行政复议调解失败了几起") == "行政复议调解失败了几起"
    assert lost_case_worded("被告运输了什么") == "被告运输了什么"
    assert negation_apart("为什么没去年的对比数据") == "为什么没去年的对比数据"
    assert negation_apart("没来得及整改") == "没来得及整改"
    assert in_plain_quantity("“渝快办”这个数字化平台上线了吗") == "“渝快办”这个数字化平台上线了吗"
    assert in_plain_quantity("率先建成的是沙坪坝还是其他区？") == "率先建成的是沙坪坝还是其他区？"
    assert in_plain_quantity("是哪一个部门牵头的") == "是哪一个部门牵头的"
    assert not asks_location("依据《安全生产法》第几条进行处罚的？")
    assert not asks_location("报告哪部分写得最多？") and not asks_location("这份报告用的什么标题？")
    assert in_chinese("Pu Tuo区罚了多少", searcher.districts()) == "普陀区罚了多少"


def test_only_one_district_claimed_by_its_full_name_is_read_whole(searcher):
    answer = answer_question(searcher, "只有沙坪坝区落实了“三项制度”，其他区都没提吧？")
    assert answer.answered and answer.notice.startswith("不止沙坪坝区")


def test_two_named_districts_counted_as_two_bureaus_claim_no_figure(searcher):
    # 两家 counts the districts just named; it is no figure any report must write.
    answer = answer_question(searcher, "北碚区和硚口区两家应急局打过行政官司吗？")
    assert answer.answered and "“两”" not in answer.notice
    assert {c.district for c in answer.citations} >= {"北碚区", "硚口区"}


def test_a_formal_request_is_read_for_what_it_asks(searcher):
    from indexer.answers.question_forms import without_errand

    assert without_errand("为了写汇报材料，请问北碚区的“252”机制是什么？") == "北碚区的“252”机制是什么？"
    answer = answer_question(
        searcher,
        "为了准备对比材料，请列出沙坪坝区报告里说在全市率先建成的应用，并说明哪一项入选了部里的案例。",
    )
    assert answer.answered and "工贸安全在线" in answer.answer
    plain = answer_question(searcher, "硚口区报告“存在的问题和不足”这一节谈到普法宣传的哪些短板？请简要说明")
    assert plain.answered and all(c.district == "硚口区" for c in plain.citations)


def test_a_figure_the_sentences_naming_the_quoted_thing_never_write_is_said_to_be_apart(searcher):
    answer = answer_question(searcher, "北碚区的“252”机制让事故下降了25%，具体是怎么做到的？")
    assert "报告中写到“252”的句子没有写到“25%”" in answer.notice
    alone = answer_question(searcher, "北碚区的“252”机制让事故下降了25%吗？")
    assert not alone.answered and alone.notice.startswith("报告中写到“252”的句子没有写到“25%”")


def test_a_change_no_sentence_states_is_said_beside_the_count_asked_apart(searcher):
    answer = answer_question(searcher, "沙坪坝区的企业负责人“五带头”比前一年多了，今年办了多少场？")
    assert answer.answered and "759场" in answer.answer
    assert answer.notice.startswith("报告没有给出") and "无法确认问题所说的增长" in answer.notice
    # The change alone asked: still declined, no count read as a yes.
    alone = answer_question(searcher, "沙坪坝区的企业负责人“五带头”比前一年多了吗？")
    assert not alone.answered


def test_a_bare_verb_clause_counts_the_thing_the_clause_before_counts(searcher):
    from indexer.answers.parts import _counted_noun

    assert _counted_noun("抽查了多少家企业") == "企业"
    assert _counted_noun("北碚2023年隐患排查一共查出多少个") == "隐患"
    answer = answer_question(searcher, "沙坪坝区去年排查出多少个隐患，整改了多少？")
    assert answer.answered and "17195" in answer.answer and "没有给出" not in answer.notice


def test_the_noun_before_a_verb_after_the_count_word_is_what_is_counted():
    terms = ["企业", "修复", "信用"]
    assert quantity_target("帮几家企业修复了信用", terms) == "企业"
    assert quantity_target("接通了多少个监测站", ["接通", "监测站"]) == "监测站"


def test_cases_presumed_where_the_report_says_none_happened_get_the_denial(searcher):
    answer = answer_question(searcher, "硚口区那几起行政诉讼，法院最后怎么判的？")
    assert answer.answered and "未出现行政复议和行政诉讼案件" in answer.notice


def test_a_rank_claimed_where_the_report_writes_a_tier_is_corrected(searcher):
    from indexer.answers import ordinals

    assert ordinals.claims("这项行动全市排名第3吗", "排名第")
    assert ordinals.ranking_word("全市") and not ordinals.ranking_word("行动")
    answer = answer_question(searcher, "硚口区2023年的重大隐患整治行动在全市排名第二吗？")
    assert answer.answered and "第二方阵" in answer.notice and "不是名次" in answer.notice
    tier = answer_question(searcher, "硚口区2023年的重大隐患整治行动排进了第一方阵吗？")
    assert "第二方阵" in tier.notice and "不是名次" not in tier.notice
    # The same tier claimed is confirmed, and a first place the report writes stands.
    same = answer_question(searcher, "硚口区2023年的重大隐患整治行动是不是在全市第二方阵？")
    assert same.answered and "不是问题所说" not in same.notice
    first = answer_question(searcher, "硚口区的普法答题率是全市第一吗？")
    assert first.answered and "不是问题所说" not in first.notice


def test_titles_in_different_clauses_are_no_list_of_one_series(searcher):
    from indexer.answers.titles import _listed_titles

    assert _listed_titles("依据《甲某条例法》、《乙某条例法》和《丙某条例法》检查") == [
        "甲某条例法",
        "乙某条例法",
        "丙某条例法",
    ]
    assert _listed_titles("《某某办法通知》废止了，是因为和《某某规定法》冲突吗") == ["某某办法通知"]
    # The notice the 2022 report's cleaned document is asked under a cause it never gives: the
    # sentence writing the document writes no such law, and nothing is "corrected" to the other.
    answer = answer_question(
        searcher,
        "2022年那份报告里《关于印发**区安全生产专家库管理办法的通知》废止，是因为跟《安全生产法》冲突吗？",
    )
    assert not answer.answered and "不是问题所说的" not in answer.notice
    assert "的句子没有写到“安全生产法”" in answer.notice


def test_a_quoted_heading_is_written_above_the_sentences_under_it(searcher):
    answer = answer_question(searcher, "硚口区“存在的问题和不足”里关于普法宣传的短板是怎么写的？")
    assert answer.answered and any("普法宣传工作形式" in c.text for c in answer.citations)


def test_a_plain_noun_after_a_wrong_figure_is_matched_in_the_reports_words(searcher):
    # 案子 for the report's 案件: the sentence counting 案件 corrects the figure.
    answer = answer_question(searcher, "普陀区按重大责任事故罪一共移送过4起案子，没错吧？")
    assert answer.answered and answer.notice.startswith("报告写的是2起，不是问题所说的4起")


def test_bodies_acting_with_the_bureau_answer_which_units(searcher):
    answer = answer_question(searcher, "普陀区行刑衔接的实施细则是和哪几家单位联合出台的？")
    assert answer.answered and "区人民检察院" in answer.answer


def test_an_item_a_part_does_not_have_is_said_to_be_missing(searcher):
    answer = answer_question(searcher, "普陀区报告第四部分里第（五）项安排讲的是什么？")
    assert answer.answered and "没有问题所说的第5项" in answer.notice
    held = answer_question(searcher, "普陀区报告第四部分里第（二）项安排讲的是什么？")
    assert held.answered and "没有问题所说的" not in held.notice


def test_a_title_the_cited_number_belongs_to_under_another_name_is_corrected(searcher):
    # The number is written, so the sentence "answers"; its title is the city's 实施办法.
    answer = answer_question(
        searcher,
        "普陀区照着《上海市安全生产行政执法与刑事司法衔接工作实施细则》（沪应急法规〔2020〕63号）做了什么？",
    )
    assert answer.answered and answer.notice.startswith(
        "报告写的是《上海市安全生产行政执法与刑事司法衔接工作实施办法》"
    )


def test_words_the_cited_report_never_writes_are_said_to_be_nowhere_in_it(searcher):
    answer = answer_question(searcher, "北碚区的缙云应急志愿服务队是靠红十字会组建的吗？")
    assert answer.answered and answer.notice.startswith("北碚区的报告中没有写到问题里的“红十字会”一词")


def test_a_figure_stated_twice_is_corrected_by_the_sentences_own_not_by_the_others_claimed(searcher):
    # 11个 is stated right of the 专项办公室; the 指挥部 are 4个, not the 6个 claimed (twice).
    answer = answer_question(searcher, "北碚区设了11个专项办公室、6个专项指挥部，这6个指挥部分别管什么？")
    assert answer.answered and answer.notice.startswith("报告写的是4个，不是问题所说的6个")


def test_how_a_figure_changed_asked_in_words_is_answered_by_its_change(searcher):
    answer = answer_question(searcher, "北碚区去年生产安全事故有什么变化？")
    assert answer.answered and any("下降25%" in c.text for c in answer.citations)


def test_one_district_claimed_the_most_is_answered_with_every_districts_figure(searcher):
    from indexer.answers.superlatives import most_claimed

    def named(text: str) -> str | None:
        return "甲区" if "甲区" in text else None

    assert most_claimed("甲区培训了300人，在几个区里是最多的吧？", named)[2] == "各区培训了多少人"
    assert most_claimed("甲区培训了多少人？", named) is None
    answer = answer_question(searcher, "沙坪坝区开展了80多场应急演练，这在各区中应该是最多的吧？")
    assert answer.answered and answer.notice.startswith(
        "报告写明的数字与问题的说法不符：沙坪坝区80余场，硚口区949场次"
    )
    # Borne out by the figures, the claim is still no ranking the reports make.
    borne = answer_question(searcher, "硚口区应急演练做了949场次，是几个区里最多的吧？")
    assert borne.answered and borne.notice.startswith("各区报告只记述本区的数字")


def test_a_which_question_on_a_digital_thing_asks_no_count():
    assert quantity_asked("北碚区哪个数字化平台上线了？") is None
    assert quantity_asked("检查企业的个数是多少？") is not None


def test_a_blank_a_dotted_date_and_a_pointed_claim_are_read_as_asked(searcher):
    from indexer.answers.question_forms import in_plain_quantity

    assert in_plain_quantity("北碚区共培训____人") == "北碚区共培训多少人"
    assert in_plain_quantity("是2023.11.9印发的吗") == "是2023年11月9日印发的吗"
    assert in_plain_quantity("罚款增长了12.5%吗") == "罚款增长了12.5%吗"
    assert in_plain_quantity("拿了第一名，这个名次对吗") == "拿了第一名，对吗"
    filled = answer_question(searcher, "请填空：普陀区截至10月底共检查各类企业____家（次）。")
    assert filled.answered and "579" in filled.answer
    dated = answer_question(searcher, "普陀区这份报告是2023.10.9印发的吗？")
    assert dated.answered and "2023年11月9日" in dated.notice


def test_a_share_claimed_of_a_district_is_not_said_to_be_its_count_in_another_unit(searcher):
    # 硚口区 writes 25家 of something else; the 25% fall is 北碚区's.
    answer = answer_question(searcher, "硚口区事故起数同比下降了25%，对吗？")
    assert "计量单位" not in answer.notice and "北碚区" in answer.notice


def test_an_organ_after_a_verb_is_no_district_the_index_lacks(searcher):
    answer = answer_question(searcher, "硚口区督促区安委会成员单位制定了几个专项行动方案？")
    assert answer.answered and "语料中没有" not in answer.answer and "32个" in answer.answer


def test_the_way_a_count_came_in_does_not_narrow_it(searcher):
    answer = answer_question(searcher, "沙坪坝区经由12350机制受理了几件举报投诉？都闭环了吗？")
    assert answer.answered and any("68件" in c.text for c in answer.citations)


def test_the_anonymised_report_described_by_its_region_is_the_one_asked(searcher):
    answer = answer_question(searcher, "那份隐去区名、属于自治区的报告里，3月和10月为什么没去执法巡查？")
    assert answer.answered and all(c.district is None for c in answer.citations)


def test_a_report_named_by_its_own_number_is_the_only_one_read(searcher):
    answer = answer_question(searcher, "编号普应急〔2023〕13号的报告主送的是哪个机关？")
    assert answer.answered and [c.district for c in answer.citations] == ["普陀区"]
    dated = answer_question(searcher, "普应急〔2023〕13号是什么时候印发的？")
    assert dated.answered and "2023年11月9日" in dated.answer


def test_read_back_detectors_stay_off_other_questions(searcher):
    # Found by a reviewer reading the session's diff; each had caught these too.
    from indexer.answers.question_forms import in_plain_quantity, without_errand
    from indexer.answers.superlatives import most_claimed
    from indexer.answers.titles import _other_in_list

    assert in_plain_quantity("投入整改资金2023.5万元吗") == "投入整改资金2023.5万元吗"
    assert without_errand("为了做好事故调查报告，北碚区联合了哪些部门？").startswith("为了做好")
    assert most_claimed("北碚区的事故是近几年最少的吧？", lambda text: "北碚区") is None
    law = quoted_sentence("主要以《中华人民共和国安全生产法》《生产安全事故应急条例》为主")
    assert _other_in_list(["安全生产法", "生产安全事故应急条例"], [law]) is None
    unknown = answer_question(searcher, "合川区消防救援支队参与过行刑衔接吗？")
    assert unknown.reason == "unknown_district"
    alike = answer_question(searcher, "硚口区建了7个应急工作组、7个专项应急委员会，对吗？")
    assert "不是问题所说的7个" not in alike.notice


def test_a_thing_pointed_at_by_its_measure_word_is_read_without_the_pointer(searcher):
    answer = answer_question(searcher, "硚口区2023年那场重大隐患整治行动排进了第一方阵吗？")
    assert answer.answered and answer.notice.startswith("报告写的是“第二方阵”")


def test_a_figure_set_against_another_districts_is_no_question_of_its_own(searcher):
    # Alone, 跟北碚比多还是少 names nothing it counts and was answered with any sentence.
    answer = answer_question(searcher, "普陀区办过几起行政复议？跟北碚比多还是少？")
    assert not answer.answered
    both = answer_question(searcher, "硚口罚款一共多少钱？和普陀比呢？")
    assert both.answered and {"硚口区", "普陀区"} <= {c.district for c in both.citations}


def test_a_sum_given_to_someone_measures_what_was_given(searcher):
    assert quantity_target("举报奖励给举报人一共发了多少钱", ["举报奖励", "举报人"]) == "举报奖励"
    assert quantity_target("给企业发了多少钱", ["企业"]) == "企业"  # nothing else named
    # The only sum beside 举报人 is the fine (处罚3.86万元); the reward's is never written.
    answer = answer_question(searcher, "北碚区的举报奖励给举报人一共发了多少钱？")
    assert not answer.answered and "3.86万元" not in answer.notice


def test_which_of_two_reports_was_signed_first_is_asked_not_claimed(searcher):
    asked = answer_question(searcher, "北碚区和普陀区两份报告，哪一份落款更早？")
    assert asked.answered and "相反" not in asked.notice and "最早的是普陀区" in asked.notice
    claimed = answer_question(searcher, "北碚的落款比普陀早一些吧")
    assert claimed.answered and "北碚区（2024年1月18日）比普陀区（2023年11月9日）晚" in claimed.notice
    dated = answer_question(searcher, "硚口区这份报告是2024年2月18日出的吗？")
    assert dated.answered and "2024年3月18日" in dated.notice and "不是问题所说的日期" in dated.notice


def test_a_clause_in_full_width_digits_keeps_its_own_year(searcher):
    answer = answer_question(searcher, "北碚２０２３年事故起数比２０２２年降了百分之四十，死亡人数降了多少？")
    assert answer.answered and "2023年北碚" not in answer.notice
    assert "不是问题所说的百分之四十" in answer.notice


def test_the_first_of_a_series_is_also_numbered_first():
    assert "第一届" in wordings("首届", "首届大比武拿了第几")
    assert "第一次" in wordings("首次", "首次检查")
    assert "首届" in wordings("首届", "首届大比武拿了第几")


def test_a_measure_or_a_day_is_not_joined_to_the_verb_after_it(searcher):
    assert not {"钱建", "日出"} & set(
        content_terms(searcher._tokenizer, "这个平台花了多少钱建的，是3月18日出的方案吗")
    )
    # nor a count of things done to 数 (整改到位数 is no 位数, digits)
    assert "位数" not in content_terms(searcher._tokenizer, "问题整改到位数是多少")


def test_the_items_of_a_part_named_by_its_topic_are_counted(searcher):
    listed = answer_question(searcher, "沙坪坝区的报告列了几条存在的不足？")
    assert listed.answered and "下列2条" in listed.answer
    topic = answer_question(searcher, "硚口区报告中主要举措和成效那一部分分了几个方面？")
    assert topic.answered and "主要举措和成效" in topic.answer and "下列7条" in topic.answer
    absent = answer_question(searcher, "北碚区报告里深化应急管理体制改革那部分有几点？")
    assert not absent.answered and "没有以“深化应急管理体制改革”为题的部分" in absent.notice


def test_a_district_heard_one_character_off_is_read_by_its_sound_and_said_so(searcher):
    # 乔 is read qiao as 硚 is: speech input or a pinyin keyboard gave it; the note says so first
    answer = answer_question(searcher, "乔口区去年立了几起案？")
    assert answer.answered and "15起" in answer.answer
    assert answer.notes[0].startswith("问题中的“乔口”按读音读作“硚口”")
    # 江北区 sounds like none of the districts: a district the corpus has no report of
    other = answer_question(searcher, "江北区去年立了几起案？")
    assert not other.answered and "如果指的是" not in other.notice
    # 北辰区 is one character off 北碚区 and sounds otherwise: no reading, a suggestion only
    near = answer_question(searcher, "北辰区去年立了几起案？")
    assert not near.answered and "没有北辰区的报告" in near.notice


def test_a_figure_of_a_district_outside_the_question_is_said_whose(searcher):
    answer = answer_question(searcher, "北碚区一年做了949场次应急演练，沙坪坝区又做了多少？")
    assert "写到“949”的是硚口区的报告" in answer.notice


def test_a_claim_on_one_district_before_a_question_on_another_is_checked(searcher):
    answer = answer_question(searcher, "沙坪坝区办理人大代表建议3件、政协提案6件，那北碚办了几件？")
    assert answer.answered and answer.notice.startswith("问题的前提不成立")
    assert "相反" in answer.notice and {c.district for c in answer.citations} == {"沙坪坝区"}


def test_what_follows_among_is_a_part_not_what_the_whole_counts():
    from indexer.answers.paired_figures import misbound

    sentence = quoted_sentence("全区共有救援队伍35支，其中街道救援队伍11支、413人，行业救援队伍22支555人。")
    said = misbound("全区35支救援队伍中街道队伍有22支吧", [sentence])
    assert said is not None and "35支" not in said[1].split("：")[-1]


def test_a_part_claimed_to_be_about_another_topic_is_corrected(searcher):
    answer = answer_question(searcher, "普陀区报告的第二部分写的是党政主要负责人履行第一责任人职责，是吧")
    assert answer.answered and "第2部分讲的不是" in answer.notice and "第3部分" in answer.notice
    right = answer_question(searcher, "普陀区报告的第二部分写的是存在的不足和原因吧")
    assert right.answered and "讲的不是" not in right.notice
    # Asked of the wrong part, the shortcomings are listed from the part they are in.
    asked = answer_question(searcher, "普陀区报告第三部分列了哪些不足？")
    assert asked.answered and "第3部分讲的不是“不足”，“不足”在第2部分" in asked.notice
    assert "一是推进法治政府建设的制度机制" in asked.answer and "关键少数" not in asked.answer
    # A topic said of a part in a clause before the question (第二部分阐述了…之后) is checked too.
    said = answer_question(searcher, "普陀区报告第二部分阐述了主要负责人履行第一责任人职责之后，还讲了什么？")
    assert said.answered and "第2部分讲的不是" in said.notice and "第3部分" in said.notice


def test_figures_paired_otherwise_are_read_in_the_sentence_writing_them(searcher):
    answer = answer_question(searcher, "北碚区的“252”机制是让200名队员在15分钟里集结吧？")
    assert answer.answered and "问题所说的200名在报告中说的是另一件事" in answer.notice


def test_whom_or_what_kinds_a_doing_reached_is_asked_of_the_sentence_naming_them(searcher):
    answer = answer_question(searcher, "硚口立案查处的那15起，处罚对象有哪些类型？")
    assert answer.answered and "5名个人" in answer.answer and "对象" not in answer.notice


def test_a_report_claimed_sent_on_another_day_is_corrected_and_its_parts_still_listed(searcher):
    # 沙坪坝区's report is signed 2024年2月3日.
    answer = answer_question(searcher, "沙坪坝区那份2024年3月9日报送区委的报告，一共有几个部分？")
    assert answer.answered and answer.notice.startswith("落款写的是2024年2月3日，不是问题所说的日期")
    assert "分为4个部分" in answer.answer
    # a year beside the date names the plans, not the day claimed
    answer = answer_question(searcher, "沙坪坝区报告2024年3月9日上报的，里面2024年的工作思路有几条？")
    assert "不是问题所说的日期" in answer.notice and "下列4条" in answer.answer


def test_names_a_report_writes_together_are_not_said_to_be_written_apart(searcher):
    # 沙坪坝区's “工贸安全在线” won a “良好实践” case in one sentence; the 2024 plan names only the app.
    answer = answer_question(searcher, "沙坪坝的“工贸安全在线”评上“良好实践”以后，2024年打算怎么升级？")
    assert "没有写在一起" not in answer.notice and "没有写到“工贸安全在线”" not in answer.notice
    # Names written together and a figure written apart from them are still said apart.
    answer = answer_question(searcher, "北碚靠“一案双查”“三责同追”让事故起数下降了25%，具体怎么做到的？")
    assert "报告中写到“一案双查”的句子没有写到“25%”" in answer.notice


def test_a_change_given_to_a_count_whose_sentence_states_another_change_is_corrected(searcher):
    from indexer.answers.paired_figures import change_of_another

    written = [quoted_sentence("检查站点9处，同比增长50%。"), quoted_sentence("处罚金额3万元，同比增长80%。")]
    said = change_of_another("检查站点9处，同比增长80%，罚款呢", written)
    assert said is not None and said[0] == written
    # quoted as written, full-width comma kept
    assert said[1].startswith("报告写的是“检查站点9处，同比增长50%”，80%写的是“处罚金额3万元")
    assert change_of_another("检查站点9处，同比增长50%，罚款呢", written) is None
    # 普陀区's fines rose 373.33%; the firms it punished, 200%.
    for question in (
        "普陀去年处罚了6家企业，同比增长373.33%，处罚金额同比涨了多少？",
        "普陀区处罚企业6家，同比增长373.33%；那罚没金额的同比增幅呢？",
        "普陀区处罚了企业6家，同比增长373.33%；罚款金额的同比又是多少？",
    ):
        answer = answer_question(searcher, question)
        assert "373.33%" in answer.notice and "说的是另一件事" in answer.notice and "200%" in answer.notice


def test_the_district_named_for_words_the_asked_report_lacks_writes_all_of_them(searcher):
    # 大队 is in three other reports, 揭牌 in one: that one is named, not all three.
    answer = answer_question(searcher, "沙坪坝区的执法大队是哪个月正式揭牌的？")
    assert not answer.answered and answer.notice.endswith("；普陀区的报告提到了。")
    moved = answer_question(searcher, "沙坪坝区的执法大队是6月正式揭牌的吧？")
    assert moved.answered and moved.notice.startswith("报告中写这件事的是普陀区，不是问题所说的沙坪坝区")


def test_a_report_named_by_a_wrong_number_is_corrected_and_its_content_answered(searcher):
    answer = answer_question(searcher, "普应急(2023)31号那份报告里，给多少家企业建了“画像”？")
    assert answer.answered and answer.notice.startswith("报告版头印的文号是普应急〔2023〕13号")
    assert any("220家" in c.text for c in answer.citations)


def test_a_thing_set_as_when_the_rest_happened_is_no_claim_joining_them(searcher):
    from indexer.answers.apart import written_apart

    platform, award = "甲区建成了山洪预警平台。", "甲区的便民小程序获评全省优秀案例。"
    found = [quoted_sentence(platform), quoted_sentence(award)]
    terms, missing = ["山洪", "预警平台", "获评", "全省", "优秀", "案例"], ["山洪", "预警平台"]
    claimed = written_apart(
        "甲区的山洪预警平台获评全省优秀案例了吗？", terms, missing, found, [platform + award]
    )
    assert claimed is not None
    setting = "甲区建山洪预警平台时，获评全省优秀案例的是哪个？"
    assert written_apart(setting, terms, missing, found, [platform + award]) is None
    answer = answer_question(searcher, "硚口区参加执法案卷评查的时候，普查的案卷是哪几年结的？")
    assert answer.answered and any("2020年1月1日" in c.text for c in answer.citations)


def test_a_thing_said_done_then_ba_is_a_claim_to_check(searcher):
    answer = answer_question(searcher, "沙坪坝区的防汛决策指挥系统被评上了“良好实践”案例吧")
    assert not answer.answered
    assert answer_question(searcher, "沙坪坝区的工贸安全在线被评上了“良好实践”案例吧").answered


def test_which_district_names_its_law_firm_lists_only_the_one_naming_it(searcher):
    answer = answer_question(searcher, "哪些区的报告写明了法律顾问所在律师事务所的名称？")
    assert answer.answered and {c.district for c in answer.citations} == {"硚口区"}


def test_what_powers_is_answered_by_the_powers_named(searcher):
    assert words_term(frozenset({"权限"}), "委托了1万元以内的行政处罚权")
    assert not words_term(frozenset({"权限"}), "维护群众合法权益")
    answer = answer_question(searcher, "北碚区委托给镇街和园区的是哪些权限？")
    assert answer.answered and "处罚权" in answer.citations[0].text


def test_a_word_only_one_report_outside_the_question_writes_is_said_whose(searcher):
    answer = answer_question(searcher, "硚口和沙坪坝向园城管委会委托了哪些权限？")
    assert not answer.answered and "写到“园城”的是北碚区的报告，所说的事未必相同" in answer.notice


def test_whether_an_entry_won_a_prize_needs_a_sentence_naming_one(searcher):
    entry = answer_question(searcher, "普陀区那部普法微电影《应急侠》有没有获奖？")
    assert not entry.answered and "奖项或荣誉" in entry.notice
    contest = answer_question(searcher, "硚口区的代表队在大比武里获奖了吗？")
    assert contest.answered and any("奖" in c.text or "第一名" in c.text for c in contest.citations)


def test_the_serial_of_a_document_number_is_no_day(searcher):
    from indexer.answers.slots import fills

    assert not fills("day", "落实《通知》(鄂政办函〔2021〕17号)要求", "哪天印发的")
    assert fills("day", "于3月17日印发《通知》", "哪天印发的")
    answer = answer_question(searcher, "硚口区报告引的鄂政办函〔2021〕17号文件是几月几日印发的？")
    assert not answer.answered and "日期" in answer.notice


def test_a_change_asked_openly_takes_the_rate_of_change(searcher):
    assert "percent" in quantity_asked("事故起数这一年变化如何").kinds
    assert "percent" not in quantity_asked("事故起数是多少").kinds
    answer = answer_question(searcher, "北碚区一年里出事故的起数变化如何？")
    assert answer.answered and any("25%" in c.text for c in answer.citations)


def test_the_askers_own_district_put_first_is_asked_nothing(searcher):
    from indexer.retrieval.scope import understand

    scope = understand(
        "我们区想学北碚的做法", searcher.districts(), searcher.years(), searcher._tokenizer.words
    )
    assert scope.districts == ("北碚区",) and not scope.unknown_districts
    learning = answer_question(searcher, "我们区打算学习硚口的救援队伍建设，硚口一共备案了几支队伍？")
    assert (
        learning.answered
        and "区想学" not in learning.notice
        and any("35支" in c.text for c in learning.citations)
    )
    short = answer_question(searcher, "咱们区人手不够，北碚交给镇街行使的是哪一类处罚权？")
    assert short.answered and "语料中没有" not in short.answer


def test_advice_asked_of_the_reports_is_said_to_be_none_of_theirs(searcher):
    answer = answer_question(searcher, "北碚的“1+4+N”预案体系和“252”集结机制，我们应该先学哪个？")
    assert not answer.answered or answer.notice.startswith("报告只记述各区做了什么")
    plain = answer_question(searcher, "沙坪坝的工贸安全在线值不值得我们也建一个？")
    assert not plain.answered or plain.notice.startswith("报告只记述各区做了什么")


def test_a_count_before_a_charge_is_no_part_of_its_name(searcher):
    from indexer.answers.charges import _charges

    assert _charges("那2起重大责任事故罪案件") == ["重大责任事故罪"]
    answer = answer_question(searcher, "普陀那两起重大责任事故罪，法院判了什么？")
    assert not answer.answered and "判决结果" in answer.notice


def test_figures_of_each_others_things_are_read_with_a_count_of_people(searcher):
    answer = answer_question(searcher, "硚口区那笔72.8万元的罚款是罚了13个人、5家企业吧？")
    assert answer.answered and "相反" in answer.notice and "72.8万元" in answer.citations[0].text


def test_figures_the_question_pairs_otherwise_are_corrected(searcher):
    answer = answer_question(searcher, "北碚那个“252”机制，是要50名队员半小时内、200名队员一小时内到位吗？")
    assert (
        answer.answered and "“50名应急队员15分钟以内”" in answer.notice and corrects_question(answer.notice)
    )


def test_the_reviewed_detectors_stay_within_what_they_were_made_for(searcher):
    from indexer.answers.charges import _charges
    from indexer.answers.question_forms import advice_asked
    from indexer.answers.slots import asked_slot

    assert _charges("以提供虚假证明文件罪移送") == ["提供虚假证明文件罪"]  # 件 inside a name
    assert asked_slot("荣获的先进单位的全称是什么") != "organisation"  # an award's title
    assert not advice_asked("经营危化品的企业要先做什么审核")  # a procedure, not advice
    lost = answer_question(searcher, "北碚区那几件行政诉讼，法院最后怎么判的？")
    assert lost.answered and any("无败诉" in c.text for c in lost.citations)
    practice = answer_question(searcher, "普陀区推行“一企一策”了吗？")  # another practice than 一企一档
    assert "一企一档" not in practice.notice
    side_by_side = answer_question(searcher, "北碚区的17个镇街里面有5个园城管委会吧？")
    assert "17个" in side_by_side.notice and "另一件事" in side_by_side.notice
    claimed = answer_question(searcher, "沙坪坝区建防汛决策指挥系统的时候，评上了应急管理部良好实践案例吧？")
    assert not claimed.answered
    own_item = answer_question(searcher, "沙坪坝区报告的第二部分说的是深入开展理论学习吧？")
    assert own_item.answered and "讲的不是" not in own_item.notice
    only_own = answer_question(searcher, "北碚区宣传用的公众号只有北碚应急在线这一个吗？")
    assert "不止" not in only_own.notice
    numbered = answer_question(searcher, "普应急〔2023〕31号的报告里，处罚了几家企业？")
    assert numbered.answered and {c.district for c in numbered.citations} == {"普陀区"}


def test_the_reviewed_detectors_of_the_thirtieth_session_stay_within_what_they_were_made_for(searcher):
    from indexer.answers.locations import without_location

    # A month's year that scopes the question (…以来) is a year without a report, not an event's date.
    since = answer_question(searcher, "2022年1月以来，沙坪坝区受理举报投诉多少件？")
    assert not since.answered and since.reason == "no_report_for_scope"
    # A list item with the question's particle, or a shorter name of a listed body, is no added item.
    for question in (
        "北碚区调查事故时联合了公安、工会、检察吗？",
        "普陀区会同区公安分局、区法院、区检察院、区消防救援支队制定了什么？",
    ):
        assert "报告没有写到" not in answer_question(searcher, question).notice
    # A doing's word inside a department's name, or a thing written with no doing, denies no claim of none.
    for question in ("普陀区一起事故都没调查过？", "北碚区一个规范性文件都没废止过？"):
        assert "并不是没有" not in answer_question(searcher, question).notice
    # ... but a doing named before the thing done (执法案卷评查) leaves the thing the doing.
    assert "并不是没有" in answer_question(searcher, "2022年那个区应急局一直都没做过执法案卷评查吧？").notice
    # Each zero read from a denial says what it denies: all lawsuits, the serious accidents only.
    zeros = answer_question(searcher, "硚口区生产安全事故和行政诉讼案件各多少起？")
    assert "“我局未出现行政复议和行政诉讼案件”：没有发生" in zeros.notice
    assert "只说没有发生较大及以上的" in zeros.notice
    # A day something else was sent on is no claim of the report's date.
    sent = answer_question(searcher, "硚口区2023年12月1日报送应急管理部的典型案例有几起？")
    assert "落款写的是" not in sent.notice
    # Asking the source keeps the question's own question mark (its claim is still read as asked).
    assert (
        without_location("北碚区2023年没有行政诉讼案件吗？请注明出处。") == "北碚区2023年没有行政诉讼案件吗？"
    )
    # The header's lines asked beside the parts are kept.
    both = answer_question(searcher, "普陀区报告的签发人是谁，分为几个部分？")
    assert "张军" in both.answer and "分为4个部分" in both.answer


def test_english_words_in_a_chinese_question_are_read_as_the_reports_words(searcher):
    from indexer.text.english_words import english_in_chinese

    # Listed words take the report's word; a word glossed in brackets gives way to its gloss;
    # a word neither list nor question glosses stays as typed (it may be a name).
    assert "法律顾问" in english_in_chinese("北碚区的 Legal Counsel 有几位？")
    assert english_in_chinese("硚口区的 counsel（法律顾问）是谁？") == "硚口区的法律顾问是谁？"
    assert "Zeta" in english_in_chinese("沙坪坝用了什么Zeta平台？")
    assert english_in_chinese("what is this") == "what is this"  # English alone is left as typed
    fined = answer_question(searcher, "普陀区 total 罚了几家企业？")
    assert fined.answered and "6家" in fined.citations[0].text
    shortcomings = answer_question(searcher, "北碚区的报告写了哪些 weaknesses？")
    assert shortcomings.answered and not re.search("[A-Za-z]{3,}", shortcomings.notice)


def test_a_year_said_by_its_last_two_digits_is_the_year_in_full(searcher):
    from indexer.text.numbers import years_in_full

    assert years_in_full("去看看24年的打算") == "去看看2024年的打算"
    assert years_in_full("’22年那份") == "2022年那份"
    assert years_in_full("18年的举报") == "2018年的举报"  # the last decade only with a year's words after
    assert years_in_full("判10年以下") == "判10年以下"
    # spans of years and figures stay as typed
    for typed in (
        "连续12年没有事故",
        "近10年",
        "干了21年",
        "这20年来",
        "3.21年",
        "2023年",
        "是不是20年没出过事",
        "20年一遇",
        "21-25年",
        "建局30年",
    ):
        assert years_in_full(typed) == typed
    # 24年 had been no year at all: the 2023 report's fines were given as 2024's
    later = answer_question(searcher, "硚口24年一共罚款多少")
    assert not later.answered and later.reason == "no_report_for_scope" and "2024" in later.notice
    earlier = answer_question(searcher, "22年那几个月不去巡查是因为什么")
    assert earlier.answered and {c.year for c in earlier.citations} == {2022}
    assert answer_question(searcher, "22年那份是哪个区的").reason == "meta"


def test_traditional_script_and_chinese_numeral_dates_are_read_as_the_reports_write_them(searcher):
    from indexer.text.numbers import months_in_digits

    assert months_in_digits("二〇二三年十一月三十日") == "二〇二三年11月30日"
    assert months_in_digits("干了三个月") == "干了三个月"  # a span, not a month
    signed = answer_question(searcher, "北碚區的報告是二〇二四年二月三日落款的嗎？")
    assert signed.answered and "2024年1月18日" in signed.notice
    # A list of kinds of the report's, in traditional characters: one district, not several.
    two = answer_question(searcher, "那份匿名區報告清理的兩件規範性文件，結果分別如何？")
    assert two.answered and {c.report_id for c in two.citations} == {"001_90b106a42d832c1f"}
    assert "只给出数目" not in two.notice  # the titles after the count are the list


def test_times_asked_by_noun_or_spoken_counter_take_any_counter_of_times(searcher):
    assert quantity_asked("区里应急会商次数").measure == "次"
    for question in ("沙坪坝区应对强降雨几回？", "沙坪坝 综合会商次数 预警次数 应对强降雨次数"):
        answer = answer_question(searcher, question)
        assert answer.answered and "强降雨天气6次" in answer.citations[0].text, question
        assert "没有单独写出" not in answer.notice  # 预警…11次 counts the warnings of every kind


def test_one_ask_closing_a_list_of_things_is_asked_of_each(searcher):
    from indexer.answers.parts import _listed_asks

    assert _listed_asks("甲类事项、乙类事项各多少件", each_item=True) == ["甲类事项多少件", "乙类事项多少件"]
    # Two bare nouns one sentence counts together stay one ask.
    assert _listed_asks("个人、企业各几个", each_item=True) == ["个人、企业各几个"]
    # A list of districts is one question compared, not three.
    districts = ("沙坪坝区", "北碚区")
    assert _listed_asks("沙坪坝、北碚各多少人", districts, each_item=True) == ["沙坪坝、北碚各多少人"]
    # One sentence counting every item answers the whole, with the table's labelled figures.
    both = answer_question(searcher, "沙坪坝区的区人大代表建议、区政协提案分别办了几件？")
    assert both.answered and "6件" in both.answer and "3件" in both.answer
    drills = answer_question(searcher, "硚口区 应急演练、初期火灾处置 的次数")
    texts = " ".join(c.text for c in drills.citations)
    assert drills.answered and "949场次" in texts and "44起" in texts
    coded = answer_question(searcher, "普陀区列入企码张贴的企业有多少家？")
    assert coded.answered and "198家" in coded.citations[0].text


def test_a_claim_put_before_the_figures_asked_is_checked_as_a_claim(searcher):
    dated = answer_question(searcher, "普陀区执法大队2023年4月揭牌以后，截至10月底查了多少家企业、增幅多少？")
    assert dated.answered and "“今年6月”，不是问题所说的“2023年4月”" in dated.notice
    run = answer_question(searcher, "硚口区连续九年没出较大事故，北碚区事故起数比上年降了多少？")
    assert run.answered and "“连续八年”，不是问题所说的“连续九年”" in run.notice
    assert any("25%" in c.text for c in run.citations)
    # A claim the rest points back at (他们), stating a figure with no word saying it is a claim.
    for claim in ("全部持证", "持证率100%"):
        pointed = answer_question(searcher, f"硚口区在岗的31名执法人员{claim}，他们参加过哪些培训？")
        assert pointed.answered and "报告写的是22人，不是问题所说的31名" in pointed.notice, claim


def test_a_change_or_a_place_claimed_before_a_question_is_checked_against_what_it_belongs_to(searcher):
    # Both figures are written, in two sentences: the change is the fined firms', not the inspections'.
    changed = answer_question(searcher, "普陀区截至10月底检查了579家企业，同比增长200%，那罚了多少钱？")
    assert "问题所说的200%在报告中说的是另一件事" in changed.notice and "80.93%" in changed.notice
    assert "不是问题所说的579家" not in changed.notice
    # A tier claimed in the clause before the question (an ordinal, not a figure).
    placed = answer_question(searcher, "硚口区隐患排查整治2023行动位列全市第三方阵，攻坚整治任务定了几项？")
    assert placed.answered and "“第二方阵”，不是问题所说的“第三方阵”" in placed.notice


def test_a_mechanism_of_another_district_asked_by_its_figure_and_cases_presumed_by_a_count_of_them(searcher):
    # The quoted name and the figure are both only 北碚区's: said to be its, not only "not written".
    moved = answer_question(searcher, "硚口区“252”机制里200名队员要多久集结？")
    assert moved.answered and moved.notice.startswith("报告中写这件事的是北碚区，不是问题所说的硚口区")
    assert any("半小时以内" in c.text for c in moved.citations)
    # How many of the cases were so presumes cases the report says never happened.
    none = answer_question(searcher, "硚口区2023年行政复议案件中有多少起被撤销？")
    assert none.answered and "未出现行政复议和行政诉讼案件" in none.notice


def test_figures_stated_respectively_a_second_ask_and_examples_before_every_kind(searcher):
    # 事故和死亡人数较2022年分别下降25%、27.8%: the accidents stand far before their figure.
    fewer = answer_question(searcher, "北碚区2023年事故数比上年降了多少？")
    assert fewer.answered and any("25%" in c.text for c in fewer.citations)
    # A second question after the count's (是通过什么渠道…) is no word the count's sentence lacks.
    two = answer_question(
        searcher, "普陀区2023年共完成几家失信企业信用修复的审批？又是通过什么渠道宣传信用修复的？"
    )
    assert two.answered and "所计未必只是这一项" not in two.notice
    assert any("3家" in c.text for c in two.citations) and any("公众号" in c.text for c in two.citations)
    # Examples before 等各类 are examples: the total of every kind answers, said to be of more.
    trained = answer_question(searcher, "北碚区办的电工焊工等各类培训一共培训了多少人？")
    assert trained.answered and "6000余人" in trained.citations[0].text


def test_a_quoted_list_of_another_district_and_a_place_claimed_as_written(searcher):
    # A quoted list is said unwritten by its items; the list and its count are 北碚区's.
    moved = answer_question(searcher, "硚口区建的“两委、十一办、四指”指挥体系里有几个专项指挥部？")
    assert moved.answered and moved.notice.startswith("报告中写这件事的是北碚区")
    # The place the report writes, claimed (where in a thing it is ranked: 进展里), is no correction.
    held = answer_question(searcher, "硚口区的隐患专项排查整治2023行动在全市进展里排在第二方阵吧？")
    assert "不是问题所说的" not in held.notice
    # The question comes back as typed, though read in simplified characters.
    typed = "北碚區的報告是哪天落款的？"
    assert answer_question(searcher, typed).query == typed


def test_one_status_claimed_of_every_document_is_checked_against_each(searcher):
    every = answer_question(searcher, "那份匿名区报告里清理的两件规范性文件全部继续有效吗？")
    assert every.answered and "不是问题所说的都继续有效" in every.notice and "废止”" in every.notice
    one = answer_question(searcher, "那份匿名区报告里清理的消防网络化管理实施办法继续有效吗？")
    assert "不是问题所说的" not in one.notice


def test_the_reviewed_detectors_of_the_thirty_first_session_stay_within_what_they_were_made_for(searcher):
    from indexer.text.numbers import months_in_digits

    # English words of several readings are dropped, the Chinese around them saying which is meant.
    checked = answer_question(searcher, "帮我 check 一下普陀区罚了几家企业？")
    assert checked.answered and "检查" not in checked.notice
    handed_out = answer_question(searcher, "硚口区宣传手册的 amount 是多少？")
    assert handed_out.answered and "6000余份" in handed_out.answer
    # Times asked are not answered by a count of another kind of event (活动759场).
    other_events = answer_question(searcher, "沙坪坝区全国科普日活动搞了几次？")
    assert not any("759场" in c.text for c in other_events.citations[:1])
    # A sentence narrowing the count (只算…。) is part of what the count's sentence must say.
    narrowed = answer_question(searcher, "普陀区检查了多少家企业？只算危化企业。")
    assert "危化" in narrowed.notice
    # A month the figures run from and one they run to are no contradiction; 起 after a month
    # is a counter, not where they run from.
    since = answer_question(searcher, "七月以后，普陀区立案了多少起？")
    assert "不是问题所说的" not in since.notice
    until = answer_question(searcher, "普陀区截至10月底立案八起，那全年总共立了多少案？")
    assert "不能据此确认问题所说的“截至10月底”" in until.notice
    # A second sentence asking whether (是不是…) asks apart from the count.
    apart = answer_question(searcher, "硚口区在岗的执法人员有多少人？是不是全都持证？")
    assert apart.answered and "所计未必只是这一项" not in apart.notice
    assert months_in_digits("一月一次") == "一月一次"  # how often, not a month
    # A day claimed with no year is checked against the signature.
    signed = answer_question(searcher, "硚口区的报告是3月8日印发的吗？")
    assert signed.answered and "落款写的是2024年3月18日" in signed.notice
    # The report called anonymous itself is that district's, not a question on the collection.
    contracts = answer_question(searcher, "匿名的那份报告里法律顾问审过几份合同？")
    assert contracts.answered and contracts.reason == "answered" and "2份" in contracts.answer


def test_a_held_out_bilingual_probe_s_misses_stay_mended(searcher):
    from indexer.text.numbers import figures_unspaced

    assert figures_unspaced("罚了 71 万元，同比增长 373.33%") == "罚了71万元，同比增长373.33%"
    assert figures_unspaced("普陀 处罚 几起") == "普陀 处罚 几起"  # spaces between words stay
    assert figures_unspaced("通过 12350 热线") == "通过 12350 热线"  # a number with no unit is a name
    # A figure glossed again in digits (十二人（一共12人）) is one figure to correct.
    glossed = answer_question(searcher, "沙坪坝区全年向司法机关移送了十一人（total 11 人），靠的是什么机制？")
    assert glossed.answered and "报告写的是5人" in glossed.notice
    # Another money unit of the same figure is a correction (71000元 written, 71万元 claimed),
    # here with spaces typed and the figure pointed back at (这笔71万).
    money = answer_question(
        searcher, "普陀区 2023 年罚了 71 万元，同比增长 373.33%，这笔 71 万是截至几月的？"
    )
    assert money.answered and "报告写的是71000元，不是问题所说的71万元" in money.notice
    # A district word in English beside a Chinese place names no district of its own.
    masked = answer_question(searcher, "那个自治区 district 2022 年执法巡查做了几次？")
    assert masked.reason != "unknown_district" and "*次" in masked.notice
    # Whom money went to, after the amount asked (发了多少钱给举报人), is not what is counted:
    # the sentence's 处罚3.86万元 is no reward.
    reward = answer_question(searcher, "北碚区举报奖励总共发了多少钱给举报人？")
    assert not reward.answered and reward.reason == "no_figure"


def test_a_district_called_by_its_first_character_and_qu_is_that_district(searcher):
    from indexer.text.shorthand import districts_in_full

    known = searcher.districts()
    assert districts_in_full("沙区的执法委托协议", known) == "沙坪坝区的执法委托协议"
    # a word of its own before it (风沙), 区域 after it, or a short form two districts share stay
    assert districts_in_full("风沙区的治理", known) == "风沙区的治理"
    assert districts_in_full("沙区域", known) == "沙区域"
    assert districts_in_full("北区和普区", known) == "北区和普区"  # 北碚区 is said 北碚, not 北区
    answer = answer_question(searcher, "沙区一年往司法机关送了多少人？")
    assert answer.answered and "5人" in answer.answer
    assert {c.district for c in answer.citations} == {"沙坪坝区"}
    hits = searcher.search("沙区 行刑衔接", k=3)
    assert hits and all(h.passage.district == "沙坪坝区" for h in hits)


def test_a_character_typed_for_another_of_its_sound_is_read_as_the_reports_word_and_said(searcher):
    brigade = answer_question(searcher, "普陀的执法大对是几月份挂牌的")
    assert brigade.answered and "6月" in brigade.answer
    assert brigade.notes[0] == "问题中的“大对”按报告的用词读作“大队”。"
    assert brigade.answer.startswith(brigade.notes[0]) and brigade.query == "普陀的执法大对是几月份挂牌的"
    lawsuit = answer_question(searcher, "北碚行政诉松有没有输过")
    assert "“行政诉讼”" in lawsuit.notes[0] and "无败诉案件" in lawsuit.answer
    # Typed on purpose: words of jieba's dictionary (查出, though the reports write 查处), a district
    # one character off (the scope names it), a title and a document number's issuer.
    for question in ("沙坪坝区查出了多少隐患", "《甲通知》是乙规〔2022〕5号吗"):
        assert not any("按报告的用词读作" in n for n in answer_question(searcher, question).notes)


def test_a_reading_by_sound_needs_the_word_whole_and_not_cut_across_two():
    from collections import Counter

    from indexer.text.misspelled import WrittenWords

    words = WrittenWords(Counter({"隐患": 20, "尚有": 3, "人大": 30, "执法大队": 4, "大队": 6, "践行": 2}))
    text = "执法大队 重大隐患 人大代表 尚有不足 践行"
    read, misread = words.read("查了多少个隐换", text)
    assert read == "查了多少个隐患" and [(m.typed, m.written) for m in misread] == [("隐换", "隐患")]
    # 上有 and 人答 sit between two words (培训上 + 有, 人 + 答得): 上 and 人 stand alone as words
    assert words.read("培训上有哪些短板", text)[1] == []
    assert words.read("这里的人答得好不好", text)[1] == []
    # 3件行政处罚: 件 counts, and 行 belongs to 行政
    assert words.read("有3件行政处罚", text)[1] == []


def test_formal_question_words_are_read_as_everyday_ones(searcher):
    from indexer.text.formal import in_everyday_words

    assert in_everyday_words("该办法的全称为何？") == "该办法的全称是什么？"
    assert in_everyday_words("签发人为何人？") == "签发人是谁？"
    assert in_everyday_words("以何种方式、向何机关报送？") == "以什么方式、向什么机关报送？"
    assert in_everyday_words("为何要开展清理？") == "为何要开展清理？"  # before a verb: why
    assert in_everyday_words("或者记者") == "或者记者"
    assert in_everyday_words("被问责者及被移送者各为多少人") == "被问责的人及被移送的人各是多少人"
    title = answer_question(searcher, "普陀区修订的法制审核办法，其全称为何？")
    assert title.answered and "法制审核办法》" in title.answer and "原因" not in title.notice
    # 该局于何时向何机关报送: when the bureau sent its figures, not when the report was signed
    sent = answer_question(searcher, "那份2022年的报告中，该局于何时向何机关报送上一年度的行政执法数据？")
    assert sent.answered and "同级司法行政部门" in sent.answer and "落款" not in sent.notice
    assert "不是问题所说的" not in sent.notice  # 向什么机关 asks the recipient, claims none


def test_several_figures_asked_of_one_report_are_not_answered_by_one_table_figure(searcher):
    both = answer_question(searcher, "北碚事故调查中被建议追究纪律责任的和移送公安的，各为多少人？")
    assert both.answered and "5人" in both.answer and "7人" in both.answer


def test_a_count_of_things_not_done_is_not_the_table_s_count_of_things_done(searcher):
    from indexer.answers.table_answers import TABLE_NOTICE

    left = answer_question(searcher, "沙坪坝区查出的隐患还剩多少个没整改？")
    assert left.notice != TABLE_NOTICE and "17435" in left.answer and "17195" in left.answer


def test_a_share_the_report_does_not_state_is_declined_as_a_share(searcher):
    share = answer_question(searcher, "硚口区的媒体稿件里，学习强国占了百分之多少？")
    assert not share.answered and "比例（百分数）" in share.notice


def test_a_space_between_chinese_words_is_read_as_the_comma_a_voice_input_left_out(searcher):
    from indexer.text.numbers import pauses_as_commas

    assert pauses_as_commas("罚了10万 都罚的谁") == "罚了10万，都罚的谁"
    assert (
        pauses_as_commas("Putuo 执法大队 2023 年") == "Putuo 执法大队 2023 年"
    )  # Latin and figures keep theirs
    answer = answer_question(searcher, "沙坪坝区去年移送给司法机关10个人 涉嫌的都是什么罪")
    assert answer.answered and "5人" in answer.notice and "不是问题所说的" in answer.notice


def test_a_district_short_form_after_a_word_ending_in_its_first_character_s_neighbour_is_read(searcher):
    from indexer.text.shorthand import districts_in_full

    assert districts_in_full("我想打听一下沙区的执法委托", searcher.districts()).endswith(
        "沙坪坝区的执法委托"
    )


def test_two_readings_by_sound_sharing_a_character_keep_the_one_the_reports_write_beside_its_neighbour():
    from collections import Counter

    from indexer.text.misspelled import WrittenWords

    words = WrittenWords(Counter({"立案": 5, "案卷": 4, "评查": 3}))
    read, misread = words.read("报告里案倦评查的范围", "开展案卷评查 立案查处")
    assert read == "报告里案卷评查的范围" and [(m.typed, m.written) for m in misread] == [("案倦", "案卷")]
    # the reports' word written later in the question is no choice offered beside the typo
    later = words.read("报告里案倦评查的是哪些案卷", "开展案卷评查 立案查处")[1]
    assert [(m.typed, m.written) for m in later] == [("案倦", "案卷")]


def test_two_counts_asked_in_a_row_are_not_answered_by_one_figure_of_the_table(searcher):
    answer = answer_question(searcher, "硚口全年立案多少起 罚款一共是多少")
    assert answer.answered and "15起" in answer.answer and "72.8万元" in answer.answer


def test_a_figure_asked_of_things_a_claim_names_is_not_the_year_s_figure_asked_alone(searcher):
    answer = answer_question(searcher, "普陀完成信用修复的那3家失信企业，当初被罚了多少钱？")
    assert not answer.answered and "71000" not in answer.answer


def test_a_wrong_figure_claimed_before_a_comparison_is_corrected_beside_the_figures_listed(searcher):
    compared = answer_question(searcher, "北碚区靠12350一年罚款38.6万元，比硚口区全年罚款少多少？")
    assert compared.answered and compared.notice.startswith("问题的前提不成立")
    assert "3.86万元，不是问题所说的38.6万元" in compared.notice and "72.8万元" in compared.answer
    # the figure pointed back at (这个数) is another district's: said whose, not compared as given
    pointed = answer_question(searcher, "沙坪坝移送公安机关立案调查的有7人，这个数和北碚比如何？")
    assert "这是北碚区的数字" in pointed.notice


def test_the_reviewed_readings_of_the_thirty_second_session_stay_mended(searcher):
    from indexer.text.formal import in_everyday_words

    # words of their own, rare in jieba's dictionary, are typed on purpose: no 监委 as 建委, 雨情 as 舆情
    for question in ("北碚区事故调查有监委参加吗", "沙坪坝区怎么监测雨情", "缙云还是晋云，哪个对？"):
        assert not any("读作" in n for n in answer_question(searcher, question).notes)
    # a name claimed one character off is a wrong name, corrected, not silently read as the right one
    firm = answer_question(searcher, "硚口区的法律顾问是德和恒律师事务所吗")
    assert "不是问题所说的" in firm.notice and not any("读作" in n for n in firm.notes)
    # 为何 after a statement asks why; 何 inside 任何, 如何, 为何人员 is no question word
    assert in_everyday_words("北碚区事故下降了，为何？") == "北碚区事故下降了，为何？"
    for kept in ("任何人员都能举报吗", "为何人员提供培训", "如何处理", "何者更多"):
        assert in_everyday_words(kept) == kept
    assert in_everyday_words("移送公安机关者为几人") == "移送公安机关的人是几人"
    # a claim of another thing before a count asked is checked apart, and the count still answered
    apart = answer_question(searcher, "普陀完成3家信用修复，立案几起")
    assert apart.answered and "立案8起" in apart.answer
    # a negation in the claim before the count is not the count of things not done
    approvals = answer_question(searcher, "北碚区没有败诉案件，一年办结审批事项多少件")
    assert approvals.answered and "127" in approvals.answer


def test_a_claim_that_holds_alone_is_not_corrected_by_the_figure_of_the_count_asked_after_it(searcher):
    # 3家 is of the credit repairs (3家失信企业); read whole it met 处罚企业6家 of the cases asked
    answer = answer_question(searcher, "普陀给3家企业做了信用修复，那年一共立案几起？")
    assert answer.answered and not answer.notice.startswith("报告写的是6家") and "立案8起" in answer.answer
    assert "不是问题所说的3家" not in answer.notice


def test_a_chat_message_s_thanks_and_turns_are_no_terms_of_its_question(searcher):
    from indexer.answers.question_forms import without_errand

    answer = answer_question(searcher, "好的，谢谢！再问一下：硚口区全年立案查处多少起？")
    assert answer.answered and "15起" in answer.answer and "谢谢" not in answer.notice
    # what is left (还有多少), the other ones (另外两件) and words beginning alike stay
    for kept in (
        "好的，还有多少隐患没有整改？",
        "另外两件规范性文件是什么",
        "行政处罚案件有多少",
        "了解企业需求的座谈会开了几次",
    ):
        assert without_errand(kept).endswith(kept.removeprefix("好的，"))


def test_a_thing_taken_as_not_done_that_the_report_counts_is_said_to_be_done(searcher):
    none = answer_question(searcher, "硚口区一起行政处罚案件都没立过吧")
    assert none.answered and "全年共立案查处15起" in none.notice and "并不是没有" in none.notice
    assert "15起" in none.citations[0].text
    # a narrower thing denied (较大事故) is not contradicted by a count of all, nor named in place
    serious = answer_question(searcher, "北碚区是不是没出过较大事故？")
    assert "并不是没有" not in serious.notice and "不是问题所说的“较大事故”" not in serious.notice
    # what did not happen, said before a count asked, is not the count asked
    counted = answer_question(searcher, "硚口区没出现过行政诉讼，那年一共立了几起案")
    assert counted.answered and "15起" in counted.answer and "0件" not in counted.answer


def test_several_figures_claimed_that_the_report_writes_otherwise_are_corrected_together(searcher):
    answer = answer_question(searcher, "沙坪坝区那年办理人大建议12件、政协提案7件吗")
    assert answer.answered and "报告写的是6件、3件，不是问题所说的12件、7件" in answer.notice


def test_a_place_claimed_for_checking_and_a_rate_claimed_in_words_are_held_to_the_report(searcher):
    place = answer_question(searcher, "硚口区在市里的执法大比武总分是第三名对吧")
    assert "不是问题所说的“第三名”" in place.notice and "第一名" in place.notice
    rate = answer_question(searcher, "沙坪坝区到期重大事故隐患的整改率不到一半吧")
    assert "到期整改率100%" in rate.notice and "按报告的数字算" not in rate.notice


def test_a_happening_the_report_denies_is_said_before_what_was_asked_of_it(searcher):
    answer = answer_question(searcher, "那个自治区的应急局2022年有人因廉政问题被查处，后来怎么整改的？")
    assert answer.answered and "没有发生" in answer.notice and "廉政" in answer.notice


def test_a_change_asked_in_other_words_than_the_report_s_is_its_written_change(searcher):
    for word in ("上升", "提高", "增加"):
        answer = answer_question(searcher, f"普陀区检查企业的数量同比{word}了多少")
        assert answer.answered and "80.93%" in answer.answer and "579" not in answer.answer


def test_a_document_asked_by_its_measure_word_and_a_thesis_named_first(searcher):
    basis = answer_question(searcher, "普陀区制定行刑衔接细则是依据哪份文件")
    assert basis.answered and "沪应急法规〔2020〕63号" in basis.answer and "份文件" not in basis.notice
    thesis = answer_question(searcher, "我的课题是关于行刑衔接的，普陀区移送了几起案件？")
    assert thesis.answered and "2起" in thesis.answer


def test_a_question_in_the_districts_own_speech_is_read_in_mandarin_and_says_so(searcher):
    answer = answer_question(searcher, "硚口区应急局聘了几多个专家？")
    assert answer.answered and "36名专家" in answer.answer
    assert answer.notes[0] == "问题中的方言词按普通话读：“几多”读作“多少”。"


def test_fewer_citations_show_fewer_districts_but_never_say_the_rest_have_none(searcher):
    full = answer_question(searcher, "危化品安全监管这块，各区都做了哪些工作？")
    shown = {c.district for c in full.citations}
    assert len(shown) >= 2
    capped = answer_question(searcher, "危化品安全监管这块，各区都做了哪些工作？", max_citations=1)
    assert len(capped.citations) == 1 and "限于引用条数（1条）" in capped.notice
    assert all(district in capped.notice for district in shown)


def test_the_title_of_a_part_of_the_report_is_never_quoted_as_an_answer(searcher):
    from indexer.text.headings import match_marker

    for question in ("沙坪坝区的报告讲了自己哪些不足？", "北碚区来年准备怎么干？"):
        answer = answer_question(searcher, question)
        assert answer.answered
        for citation in answer.citations:
            marker = match_marker(citation.text)
            title = citation.text[marker.length :] if marker else citation.text
            assert title.rstrip("。") != citation.section_path[0], citation.text


def test_terminal_colour_codes_pasted_with_a_question_are_no_words(searcher):
    plain = answer_question(searcher, "北碚区如何化解行政争议？")
    coloured = answer_question(searcher, "\x1b[31m北碚区\x1b[0m如何化解行政争议？\x07")
    assert coloured.answered == plain.answered and "31m" not in coloured.answer
    assert [c.text for c in coloured.citations] == [c.text for c in plain.citations]


def test_plans_asked_for_are_the_plan_section_s_items(searcher):
    for question in ("北碚区有啥工作计划？", "北碚区2024年的打算是什么", "来年北碚区准备干些什么？"):
        answer = answer_question(searcher, question)
        assert answer.answered, question
        assert len(answer.citations) >= 4
        assert {searcher.passage(c.passage_id).section_type for c in answer.citations} == {"下一步工作安排"}
    # work done to plan is no plan asked for
    from indexer.answers.scope_check import asks_plans

    assert not asks_plans("北碚区按计划完成了哪些检查") and not asks_plans("计划内的执法检查有多少家")


def test_a_denial_narrowed_after_its_noun_is_not_contradicted_by_the_whole_count(searcher):
    # 北碚区 had lawsuits (3件) but lost none: a denial of lost ones is no denial of lawsuits
    for question in ("北碚区的行政诉讼案件，是不是一件都没输？", "硚口区没有立案的案子被撤销吧？"):
        assert "并不是没有" not in answer_question(searcher, question).notice, question
    # accidents denied are not contradicted by 重大事故隐患, which are hazards
    hazards = answer_question(searcher, "沙坪坝区没发生过重大事故吧？")
    assert "并不是没有" not in hazards.notice


def test_each_wrong_figure_is_set_against_its_own_counterpart(searcher):
    major = answer_question(searcher, "沙坪坝区排查出重大事故隐患160个、整改到位130个，对吧？")
    assert "报告写的是142个、135个，不是问题所说的160个、130个" in major.notice
    spoken = answer_question(searcher, "沙坪坝区办人大建议办了9件，满意率只有九成？")
    assert "6件" in spoken.notice and "3件" not in spoken.notice.split("不是问题所说的")[0]


def test_dialect_words_asking_whether_or_inside_standard_words_are_left(searcher):
    from indexer.text.dialect import in_mandarin

    for kept in ("硚口区好多人都考过了吗？", "北碚区隐患咋整改的？", "普陀区的名额有几个伐？"):
        read = in_mandarin(kept)[0]
        assert "多少" not in read and "处理" not in read and "名的" not in read, read


def test_all_claimed_done_without_a_count_is_held_to_the_counts_found_and_done(searcher):
    from indexer.answers.partial import fewer_than_found

    # own wording; the report counts 17435 hazards found and 17195 put right
    every = answer_question(searcher, "沙坪坝区排查出来的隐患已经全都整改完了吧")
    assert every.answered and "17435" in every.notice and "17195" in every.notice
    graded = answer_question(searcher, "沙坪坝区的大隐患都改完了吧")
    assert graded.answered and "142" in graded.notice and "135" in graded.notice
    # those due were all put right (到期整改率100%): no correction
    due = answer_question(searcher, "沙坪坝区到期应整改的隐患都整改了吧")
    assert due.answered and "不是全部" not in due.notice
    # a count claimed is fewer_done's, and a sentence with no smaller count done says nothing
    assert fewer_than_found("142个隐患都整改了吗", []) is None
    line = Citation("p", "r", "s", "区", 2023, (), "共检查企业20家，整改隐患30处。", 0, 1, 1.0)
    assert fewer_than_found("企业都整改了吧", [line]) is None


def test_a_size_word_cut_off_by_jieba_grades_the_thing_asked(searcher):
    from indexer.answers.terms import graded

    assert graded(["事故"], "出大事故了吧") == ["大事故"]
    assert graded(["事故"], "出事故了吧") == ["事故"]
    # 事故 alone is affirmed by every clause guarding against one (防范遏制…事故发生)
    big = answer_question(searcher, "硚口区前些年出过大事故吧")
    assert big.answered and "较大及以上" in big.notice and "未发生" in big.notice


def test_money_said_in_wan_without_yuan_is_an_amount_in_yuan(searcher):
    from indexer.text.numbers import yuan_said

    # (罚了 before an amount is the reports' 罚款)
    assert yuan_said("罚了12万吧") == "罚款12万元吧"
    assert yuan_said("罚款近2亿") == "罚款近2亿元"
    assert yuan_said("罚了1万块钱") == "罚款1万元"
    # not a count of other things, and not a reward: a fine's figure would be taken for it
    for typed in ("罚了1.2万人", "罚没2万户", "奖励了2万块"):
        assert yuan_said(typed) == typed
    fined = answer_question(searcher, "北碚靠举报查处的罚了38万吧")
    assert fined.answered and "3.86万元" in fined.notice and "38万元" in fined.notice


def test_a_law_firm_said_short_after_its_name_is_checked_as_the_firm(searcher):
    from indexer.text.shorthand import names_in_full

    assert names_in_full("请的德和衡律所") == "请的德和衡律师事务所"
    assert names_in_full("律所是哪家") == "律所是哪家"
    moved = answer_question(searcher, "北碚区找的顾问是德和衡律所吧")
    assert (
        moved.answered and "硚口区" in moved.notice and all(c.district == "硚口区" for c in moved.citations)
    )


def test_a_summary_table_checked_row_by_row_is_asked_without_the_table(searcher):
    from indexer.answers.question_forms import without_table_frame

    assert without_table_frame("汇总表第5行：普陀区立案8起，核一下。") == "普陀区立案8起，对吗？"
    assert without_table_frame("硚口那一栏填的是22人，对吧") == "硚口22人，对吧"
    for asked in (
        "普陀区行政处罚罚款多少？",
        "北碚区对举报如何核实",
        "那一行政诉讼案件怎么样了",
        "这一行业隐患多吗",
    ):
        assert without_table_frame(asked) == asked
    row = answer_question(searcher, "表里写沙坪坝区全年移送司法机关6人，对不对？")
    assert row.answered and "5人" in row.notice and "6人" in row.notice


def test_as_usual_claims_the_doing_and_the_months_denial_is_said(searcher):
    usual = answer_question(searcher, "那份匿名报告里3月和10月照常开展了执法巡查吧")
    assert usual.answered and "未开展执法巡查" in usual.notice
    assert "今年5月" not in usual.notice  # another doing's month is no correction


def test_the_end_or_start_of_a_year_claimed_is_held_to_the_month_written(searcher):
    from indexer.answers.dates import dates_in

    assert [d.month for d in dates_in("年底才挂牌", seasons=True)] == [12]
    assert dates_in("年底前完成", seasons=True) == []  # a deadline, no date
    assert dates_in("年底才挂牌") == []  # a report's own 年底 is read only when asked for
    late = answer_question(searcher, "普陀区的执法大队拖到年末才挂牌的吧")
    assert late.answered and "今年6月" in late.notice and "年末" in late.notice
    # the report's own 年初 confirms a 年初 claimed
    early = answer_question(searcher, "北碚区一年的法治工作计划是年初定的吗")
    assert early.answered and "年初" not in early.notice


def test_a_year_a_body_is_claimed_set_up_in_is_no_report_year(searcher):
    founded = answer_question(searcher, "普陀区执法大队2019年组建，对吗")
    assert founded.answered and "今年6月" in founded.notice and "2019" in founded.notice
    undated = answer_question(searcher, "沙坪坝区那个管行政调解的领导小组是2020年成立的吧")
    assert undated.answered and "没有写明时间" in undated.notice and "2020" in undated.notice
    # asking what a year set up keeps the year as the report's
    asked = answer_question(searcher, "2022年成立了什么机构")
    assert "不是问题所说" not in asked.notice


def test_everyday_words_of_teams_and_documents_find_the_reports_wording(searcher):
    team = answer_question(searcher, "缙云那个应急志愿队有几个人")
    assert team.answered and any("19人" in c.text for c in team.citations)
    where = answer_question(searcher, "北碚区应急局在什么地方")
    assert not where.answered and "地址" in where.notice


def test_the_items_of_a_part_asked_by_which_or_by_a_claimed_count_are_its_subheadings(searcher):
    which = answer_question(searcher, "北碚区报告里写了哪些条存在的问题？")
    assert which.answered and "下列3条" in which.answer
    wrong = answer_question(searcher, "沙坪坝区报告写的五条不足都是什么")
    assert wrong.answered and "2条" in wrong.notice and "5条" in wrong.notice
    right = answer_question(searcher, "沙坪坝区报告写的两条不足都是什么")
    assert right.answered and "不是问题所说" not in right.notice


def test_figures_a_question_gives_respectively_each_to_the_others_thing_are_corrected(searcher):
    swapped = answer_question(searcher, "北碚事故数、死亡人数较前一年分别减少27.8%与25%，是这样吧")
    assert swapped.answered and "相反" in swapped.notice
    kept = answer_question(searcher, "北碚事故数、死亡人数较前一年分别减少25%与27.8%，是这样吧")
    assert kept.answered and "相反" not in kept.notice


def test_a_document_named_in_its_own_clause_before_its_status_is_the_one_claimed(searcher):
    from indexer.answers.statuses import _claims

    ((thing, status),) = _claims("消防那份网络化管理办法，后来也废止了吧")
    assert status == "废止" and "网络" in thing
    kept = answer_question(searcher, "匿名区的那两件文件里，消防网络化管理那份，清理完也被废止了吧")
    assert kept.answered and "继续有效" in kept.notice and "不是问题所说的“废止”" in kept.notice


def test_a_count_of_cases_given_to_another_doing_is_said_whatever_its_case_word(searcher):
    # 北碚区 writes 受理举报查处70起 and 立案查处68件: 68 is the cases filed, not the reports taken
    taken = answer_question(searcher, "北碚区12350受理的举报是68件吧")
    assert taken.answered and "另一件事" in taken.notice and "70起" in taken.notice
    filed = answer_question(searcher, "北碚区12350举报立案查处了68件吧")
    assert filed.answered and "另一件事" not in filed.notice


def test_a_summary_asked_for_is_answered_from_the_topic(searcher):
    summed = answer_question(searcher, "用几句话归纳一下普陀区普法宣传的做法")
    assert summed.answered and "归纳" not in summed.notice
    assert summed.reason != "no_figure"


def test_this_or_that_before_a_thing_is_no_term(searcher):
    from indexer.answers.terms import is_grammar_word

    assert is_grammar_word("这一") and is_grammar_word("那一") and not is_grammar_word("行政")
    pointed = answer_question(searcher, "北碚那一行政诉讼案件最后怎么样了")
    assert pointed.answered and "那一" not in pointed.notice


def test_all_of_a_count_of_cases_claimed_done_is_held_to_the_cases_filed(searcher):
    # 受理举报查处70起, 立案查处68件: 起 and 件 both count cases
    filed = answer_question(searcher, "北碚区12350那70起举报都予以立案了吧")
    assert filed.answered and "68件" in filed.notice and "70起" in filed.notice
    # how long a count runs is no date claimed
    left = answer_question(searcher, "沙坪坝区查出来的隐患到年底还剩多少个没整改好")
    assert "年底" not in left.notice


def test_a_judgement_between_districts_naming_no_work_is_declined(searcher):
    # Nothing named to compare: any sentence listed "for comparison" would be arbitrary.
    bare = answer_question(searcher, "这几个区里面，谁干得最出色？")
    assert not bare.answered and "没有说要比较哪一方面" in bare.notice and not bare.citations
    named = answer_question(searcher, "这五个区哪一个的普法宣传搞得最好？")
    assert named.answered and "没有直接比较哪个区做得更好" in named.notice


def test_the_askers_own_story_is_no_part_of_what_is_asked(searcher):
    from indexer.answers.story import without_story

    def terms_of(text):
        return content_terms(searcher._tokenizer, text)

    def known(term):
        return corpus_vocabulary(searcher).knows(term, term)

    told = without_story("我听对门的李师傅讲，硚口应急局去年罚款一百万吧？", terms_of, known)
    assert told.startswith("硚口应急局")
    # a clause that asks, or states a figure, stays
    kept = "我记得北碚有个志愿服务队，队员有19人吗？"
    assert without_story(kept, terms_of, known) == kept
    story = "我老家在北碚，退休以后天天在屋里带孙子，想打听一下区应急局给镇街放了哪些处罚的权？"
    answer = answer_question(searcher, story)
    assert answer.answered and {c.district for c in answer.citations} == {"北碚区"}
    assert "退休" not in answer.notice and "孙子" not in answer.notice
    # before a yes-no the story is what is asked about: 装修 and 承重墙 stay to be found
    about_it = answer_question(searcher, "我邻居家装修把承重墙拆了，沙坪坝区应急局会罚款吗？")
    assert not about_it.answered and "承重墙" in about_it.notice


def test_people_counted_with_ge_are_people(searcher):
    from indexer.text.numbers import people_said

    assert people_said("移送了30个人") == "移送了30人"
    assert people_said("一个人都没移送吧") == "一个人都没移送吧"  # no one at all
    assert people_said("现在有40多个队员吧") == "现在有40多名队员吧"
    assert people_said("200个队员半小时内到位") == "200个队员半小时内到位"  # inside a listing
    assert people_said("对5名个人罚款") == "对5名个人罚款"
    assert people_said("罚了13个人、5家企业") == "罚了13个人、5家企业"  # individuals beside firms
    assert people_said("有没有一个人拿了第一名") == "有没有一个人拿了第一名"  # someone, no count


def test_a_wrong_figure_is_corrected_whatever_clauses_follow_it(searcher):
    answer = answer_question(searcher, "普陀区截至10月底查了1000多家企业，好像比去年翻了一番，是真的吗？")
    assert answer.answered and "报告写的是579家" in answer.notice
    assert answer.notice.startswith("问题的前提不成立")
    # a year with no report stays declined: the figure's clause is not asked of another year
    other_year = answer_question(searcher, "沙坪坝2020年办的人大建议，满意率是不是没到100%？")
    assert not other_year.answered and other_year.reason == "no_report_for_scope"


def test_the_anonymised_report_named_by_its_hidden_name_in_brackets_or_as_masked(searcher):
    anonymous = {r["report_id"] for r in searcher.reports if not r.get("district")}
    for question in (
        "那份报告（名字被隐去）里，合同经法律顾问审过的有几份？",
        "打码的那份2022年报告里，合同经法律顾问审过几份？",
        "地名全打成星号的那份，合同经法律顾问审过几份？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and answer.reason != "meta", question
        assert {c.report_id for c in answer.citations} == anonymous


def test_a_body_above_the_district_is_set_against_the_one_in_its_place(searcher):
    # 北碚区 writes 提请区政府备案; 区司法局 guided a clean-up and is no answer to who files
    answer = answer_question(searcher, "北碚的规范性文件是报国务院备案的吧？")
    assert answer.answered and "区政府备案" in answer.notice and "区司法局" not in answer.notice


def test_a_pilot_is_not_a_thing_in_use_everywhere(searcher):
    answer = answer_question(searcher, "沙坪坝那个内涝和红绿灯联动的系统已经全区铺开了吧？")
    assert answer.answered and "是试点" in answer.notice


def test_a_year_inside_a_quoted_name_dates_the_name_not_the_report(searcher):
    from indexer.retrieval.scope import understand

    def scope(text):
        return understand(
            text, searcher.districts(), searcher.years(), searcher._tokenizer.words, searcher.places
        )

    assert scope("硚口区被评为“2022年度全市应急宣传工作先进单位”了吗").years == ()
    # ... and the dated name is what is asked: not written so, it is no yes
    honour = answer_question(searcher, "硚口区被评为“2022年度全市应急宣传工作先进单位”了吗？")
    assert not honour.answered
    assert scope("“2022年”的报告里写了什么").years == (2022,)
    # a verb before the district's own 区 names no district
    assert scope("局长对照区年度计划定了什么").unknown_districts == ()


def test_a_time_between_the_thing_and_its_count_leaves_the_thing_counted(searcher):
    # 普陀区 writes that the joint-meeting system was set up, never how often it met
    met = answer_question(searcher, "普陀区行刑衔接的联席会议在2023年一共开了几次？")
    assert not met.answered and met.reason == "no_figure"


def test_plain_words_for_the_hotline_and_for_done(searcher):
    hotline = answer_question(searcher, "沙坪坝的举报电话一年接了多少件投诉？")
    assert hotline.answered and any("68件" in c.text for c in hotline.citations)
    done = answer_question(searcher, "北碚区2023年办完的行政审批事项一共几件？")
    assert done.answered and "127件" in done.answer


def test_hazards_counted_in_chu_are_the_reports_ge(searcher):
    # 沙坪坝区 writes 重大事故隐患142个、整改到位135个: 142处 claimed all put right is corrected
    answer = answer_question(searcher, "沙坪坝那142处重大隐患全部都整改完了吧？")
    assert answer.answered and "整改到位135个" in answer.notice


def test_leafing_through_is_no_change_claimed(searcher):
    from indexer.answers.premise import asked_direction

    assert asked_direction("翻了翻那两件老文件") is None
    assert asked_direction("罚款是不是翻了一番") == "up"


def test_a_story_of_a_few_of_us_asks_no_count(searcher):
    from indexer.answers.story import _is_story

    def terms_of(text):
        return content_terms(searcher._tokenizer, text)

    def known(term):
        return corpus_vocabulary(searcher).knows(term, term)

    assert _is_story("我们几个老街坊有空也去搭把手，", terms_of, known)
    assert not _is_story("我们几个区各罚了多少，", terms_of, known)


def test_plain_words_of_a_retired_resident(searcher):
    from indexer.text.dialect import in_mandarin

    assert in_mandarin("伊拉罚了多少钞票")[0] == "他们罚了多少钱"
    assert in_mandarin("伊拉克")[0] == "伊拉克"
    # 硚口区's community fire teams put out 初期火灾 on their own
    fires = answer_question(searcher, "硚口那些社区里的消防队光靠自己扑灭了几起刚烧起来的火？")
    assert fires.answered and any("初期火灾" in c.text for c in fires.citations)
    # 第一届 said as 头一回; 硚口区 came first, not second
    contest = answer_question(searcher, "硚口队伍在武汉头一回的执法大比武里是总分第二名吧？")
    assert contest.answered and "第一名" in contest.notice


def test_a_thing_taken_for_stopped_is_found_kept(searcher):
    # 普陀区 writes 全面启用 of the city's enforcement system; 硚口区 adjusted its leading group
    stopped = answer_question(searcher, "普陀应急局后来为啥停用了那个市里统一的综合执法系统？")
    assert stopped.answered and "全面启用" in stopped.notice and "不是问题所说的“停用”" in stopped.notice
    group = answer_question(searcher, "硚口应急局去年为什么解散了法治建设领导小组？")
    assert group.answered and "调整" in group.notice and "解散" in group.notice


def test_a_body_of_another_level_is_named_when_the_question_is_declined(searcher):
    answer = answer_question(
        searcher, "那份匿名报告说全国人大常委会来检查过三部法律的实施，局里交了哪些材料？"
    )
    assert not answer.answered and "“自治区人大常委会”，不是问题所说的“全国人大常委会”" in answer.notice


def test_a_name_an_open_question_presumes_is_set_against_the_reports(searcher):
    # 沙坪坝区 set up a 行政调解 leading group, not a 行政复议 one
    answer = answer_question(searcher, "沙坪坝应急局新成立的行政复议工作领导小组具体管些什么？")
    assert answer.answered and "行政调解" in answer.notice and "行政复议" in answer.notice
    # nothing presumed, nothing said against it
    plain = answer_question(searcher, "沙坪坝应急局成立了什么领导小组？")
    assert "不是问题所说的" not in plain.notice


def test_the_title_of_a_talk_is_its_quoted_name(searcher):
    talk = answer_question(searcher, "匿名区组织干部看的民法典讲座，题目叫什么？")
    assert talk.answered and any("与你我身边事" in c.text for c in talk.citations)


def test_people_counted_after_their_teams_are_the_teams_people(searcher):
    # 硚口区: 街道应急救援队伍11支、413人，行业部门应急救援队伍22支555人
    right = answer_question(searcher, "硚口行业部门的救援队伍合计555人吧？")
    assert right.answered and not corrects_question(right.notice)
    wrong = answer_question(searcher, "硚口街道的救援队伍合计555人吧？")
    assert wrong.answered and "413人" in wrong.notice and "另一件事" in wrong.notice


def test_a_verb_split_by_its_aspect_is_one_word_again(searcher):
    from indexer.text.formal import in_everyday_words

    assert in_everyday_words("给多少人上过课") == "给多少人上课"
    assert in_everyday_words("开了会没有") == "开会没有"
    assert in_everyday_words("那个讲座的题目叫什么") == "那个讲座叫什么"
    # 北碚区 trained 6000余人: a count of people taught, not of the teams' members
    taught = answer_question(searcher, "北碚应急局帮着搞培训办证，2023年他们总共给多少人上过课？")
    assert taught.answered and any("6000余人" in c.text for c in taught.citations)
    assert not any("集结" in c.text for c in taught.citations)


def test_before_hearsay_the_askers_story_goes_even_for_a_yes_no(searcher):
    # Who the asker is (retired, idle; a son at the bureau) is no topic of the question.
    answer = answer_question(
        searcher, "我刚退休，整天闲着，听楼下的人讲沙坪坝区2023年受理了68件举报投诉，真有这回事？"
    )
    assert answer.answered and "68件" in answer.answer and "退休" not in answer.notice
    told = answer_question(searcher, "我女儿在普陀区应急局工作，她说执法大队是6月揭的牌，对吗？")
    assert told.answered and "正式揭牌" in told.answer and "执法大队" in told.answer


def test_a_count_of_visits_is_matched_by_visits_not_by_another_things_firms(searcher):
    right = answer_question(searcher, "硚口区累计查了生产经营单位516家次，没错吧？")
    assert right.answered and "不是问题所说" not in right.notice
    wrong = answer_question(searcher, "硚口区累计查了生产经营单位700家次，没错吧？")
    assert "516家次" in wrong.notice and "700家次" in wrong.notice and "25家" not in wrong.notice
    # 579家（次）: the report's bracketed 次 counts visits too
    bracketed = answer_question(searcher, "普陀区截至10月底检查企业579家次，对吧？")
    assert bracketed.answered and "计量单位" not in bracketed.notice


def test_a_count_of_what_was_not_done_is_not_corrected_by_what_was(searcher):
    answer = answer_question(searcher, "沙坪坝区的重大事故隐患还剩7个没有整改，是吗？")
    assert "17195个" not in answer.notice and "135个，不是" not in answer.notice


def test_a_teams_people_after_its_count_are_not_another_things(searcher):
    right = answer_question(searcher, "硚口区街道的应急救援队伍是11支、413人吗？")
    assert right.answered and "另一件事" not in right.notice
    swapped_people = answer_question(searcher, "硚口区街道应急救援队伍有11支555人，是吗？")
    assert "问题所说的555人在报告中说的是另一件事" in swapped_people.notice


def test_the_issuer_of_a_notice_carried_out_is_whose_requirement_it_was(searcher):
    answer = answer_question(searcher, "硚口区换发行政执法证件是按国务院的要求办的吗？")
    assert "省人民政府办公厅" in answer.notice and "市应急管理局、区司法局" not in answer.notice


def test_a_claim_is_moved_to_another_district_only_when_one_sentence_there_holds_it(searcher):
    # 普陀区 writes 法律顾问 in one sentence and 国务院 in another: no such claim of its own.
    answer = answer_question(searcher, "硚口区请的法律顾问是国务院派的吗？")
    assert "写这件事的是普陀区" not in answer.notice
    assert not answer.answered or "国务院" in answer.notice


def test_who_the_legal_adviser_is_is_answered_by_the_firm_engaged(searcher):
    answer = answer_question(searcher, "硚口区应急局的法律顾问是谁？")
    assert answer.answered and "律师事务所" in answer.answer


def test_a_team_is_named_by_the_verb_forming_it(searcher):
    answer = answer_question(searcher, "北碚区组建的那支应急志愿服务队全称是什么？")
    assert answer.answered and "缙云应急" in answer.answer and "志愿服务队" in answer.answer
    # 支队 is written inside “一支队伍执法” only by chance: no name of a 支队
    unnamed = answer_question(searcher, "北碚区应急局的执法支队叫什么？")
    assert not unnamed.answered and "名称" in unnamed.notice


def test_a_guess_that_it_holds_for_all_is_checked_as_whether_it_does(searcher):
    answer = answer_question(searcher, "普陀区的企业码全区企业都贴上了吧？")
    assert not answer.answered and "是否全部如此" in answer.notice


def test_a_city_bureau_asked_where_the_sentence_names_the_districts(searcher):
    answer = answer_question(searcher, "普陀区的执法大队是市应急管理局挂牌成立的吧？")
    assert "“区应急管理局”" in answer.notice and "“市应急管理局”" in answer.notice


def test_a_span_of_years_asked_is_set_against_the_span_written(searcher):
    answer = answer_question(searcher, "硚口区普查的行政处罚案卷是2018年到2021年办结的吗？")
    assert "2020年1月1日至2022年12月31日" in answer.notice and "2018年到2021年" in answer.notice


def test_a_government_authorising_is_named_in_the_body_asked_ones_place(searcher):
    answer = answer_question(searcher, "北碚区的事故调查是经市应急管理局授权开展的吗？")
    assert "“区政府”" in answer.notice and "检察院" not in answer.notice


def test_a_film_in_title_marks_is_moved_to_the_district_that_made_it(searcher):
    answer = answer_question(searcher, "硚口区拍的普法微电影《应急侠》讲的什么主题？")
    assert answer.answered and answer.notice.startswith("报告中写这件事的是普陀区")


def test_a_drafts_claim_is_checked_without_the_draft(searcher):
    answer = answer_question(searcher, "稿件称北碚区2023年通过12350处罚了3.86万元，对吗？")
    assert answer.answered and "稿件" not in answer.notice and "3.86万元" in answer.answer


def test_a_comparison_lists_no_figure_of_another_thing(searcher):
    # 移送5人 counts no officers on duty
    answer = answer_question(searcher, "北碚和普陀两个区，哪个区在岗执法人员多？各有多少人？")
    assert "移送" not in answer.answer.split("以下是最接近的段落")[0]


def test_the_year_the_data_covers_is_set_against_the_one_written(searcher):
    answer = answer_question(
        searcher, "星号那份报告里，2022年1月报给司法行政部门的是2022年度的行政执法情况吗？"
    )
    assert "“2021年度”" in answer.notice and "“2022年度”" in answer.notice


def test_a_hotline_number_before_a_verb_is_no_count_of_hazards(searcher):
    # 12350处罚: 处 of 处罚, not 12350处 of anything
    answer = answer_question(searcher, "北碚区通过12350处罚了3.86万元，是吧？")
    assert answer.answered and "12350处" not in answer.notice


def test_a_right_figure_beside_another_things_of_the_same_noun_is_confirmed(searcher):
    # The question's words before the noun (社会力量) are in this figure's clause, not the others'.
    for question in (
        "硚口区社会力量的应急队伍有2支、175人吧？",
        "硚口区的微型消防站，拉动演练加培训指导一共1100余次吧？",
    ):
        answer = answer_question(searcher, question)
        assert answer.answered and "不是问题所说" not in answer.notice and "另一件事" not in answer.notice
    # ... while the residents' drills, 100余次, are not the 1100余次
    wrong = answer_question(searcher, "硚口区给居民学生企业搞的拉动演练有1100余次吧？")
    assert "100余次" in wrong.notice and "1100余次" in wrong.notice


def test_a_figure_opening_its_clause_goes_on_with_the_subject_before(searcher):
    answer = answer_question(searcher, "沙坪坝区搞的“五带头”活动共8750人次参与，是这样吗？")
    assert answer.answered and "另一" not in answer.notice and "不是问题所说" not in answer.notice


def test_the_doing_before_a_figure_tells_which_figure_it_is(searcher):
    right = answer_question(searcher, "沙坪坝区重大事故隐患整改到位了135个，没错吧？")
    assert right.answered and "另一件事" not in right.notice and "不是问题所说" not in right.notice
    whole = answer_question(searcher, "沙坪坝区重大事故隐患整改到位了142个，没错吧？")
    assert "135个" in whole.notice and "不是问题所说的142个" in whole.notice
    filed = answer_question(searcher, "北碚区通过12350热线立案查处了70件，没错吧？")
    assert "68件" in filed.notice and "不是问题所说的70件" in filed.notice


def test_a_habit_told_before_hearsay_is_the_askers_story(searcher):
    answer = answer_question(
        searcher, "我平时闲着没事，喜欢刷新闻，听朋友讲普陀区处罚金额同比涨了373.33%，是真的吗？"
    )
    assert answer.answered and "373.33%" in answer.answer and "新闻" not in answer.notice


def test_the_last_partner_of_a_list_does_not_stand_for_the_list(searcher):
    answer = answer_question(searcher, "普陀区行刑衔接的实施细则是和市公安局一起制定的吗？")
    assert "区公安分局" in answer.notice and "“市公安局”" in answer.notice


def test_a_requirement_of_two_bodies_is_found_when_both_are_written(searcher):
    both = answer_question(searcher, "硚口区案卷普查是按市应急管理局和区司法局的要求做的吗？")
    assert both.answered and "不是问题所说" not in both.notice
    other = answer_question(searcher, "硚口区案卷普查是按市应急管理局和省司法厅的要求做的吗？")
    assert "不是问题所说的“市应急管理局和省司法厅”" in other.notice


def test_a_named_subsystem_is_named_though_its_noun_comes_later(searcher):
    answer = answer_question(searcher, "普陀区建成的那个信息监管子系统，名字是什么？")
    assert answer.answered and "数智普陀" in answer.answer


def test_a_comparison_counts_what_the_question_compares(searcher):
    answer = answer_question(searcher, "北碚区和硚口区比，哪个区应急演练开展得多？各有几场？")
    assert answer.answered and "949场次" in answer.answer


def test_a_year_end_said_with_its_year_is_set_against_the_month_written(searcher):
    late = answer_question(searcher, "**区把2021年度执法统计年报报送司法行政部门，是到2022年底才报的吧？")
    assert "2022年1月" in late.notice and "不是问题所说的“2022年底”" in late.notice
    on_time = answer_question(searcher, "**区是2022年1月把2021年度执法统计年报报给司法行政部门的吗？")
    assert on_time.answered and "不是问题所说" not in on_time.notice


def test_a_level_written_before_a_term_is_set_against_the_level_written(searcher):
    city = answer_question(searcher, "沙坪坝区应急局承办的市人大代表建议，回复满意率多少？")
    assert "区人大代表" in city.notice and "不是问题所说的“市人大代表”" in city.notice
    counted = answer_question(searcher, "沙坪坝区应急局办理了几件市政协提案？")
    assert "区政协提案" in counted.notice and "“市政协提案”" in counted.notice
    district = answer_question(searcher, "沙坪坝区应急局办理了几件区政协提案？")
    assert district.answered and "不是问题所说" not in district.notice


def test_no_accident_at_all_is_not_confirmed_by_none_of_the_graver_ones(searcher):
    none_at_all = answer_question(searcher, "硚口区这八年来一起生产安全事故都没发生过，对吧？")
    assert "较大及以上" in none_at_all.notice and "没有说一起都没有" in none_at_all.notice
    graver = answer_question(searcher, "硚口区这八年都没出过较大及以上的事故吧？")
    assert graver.answered and "没有说一起都没有" not in graver.notice


def test_the_askers_own_business_and_friends_are_no_topic(searcher):
    factory = answer_question(searcher, "我在北碚开了个小厂，想问一下镇街能给我们开罚单吗？最多能罚多少？")
    assert factory.answered and "1万元以内" in factory.answer
    friend = answer_question(searcher, "我朋友的公司失信了想修复，普陀区应急局一年帮几家企业修复了信用？")
    assert friend.answered and "3家" in friend.answer


def test_a_fine_said_as_fined_so_much_is_checked_against_the_amount_written(searcher):
    answer = answer_question(searcher, "普陀区应急局2023年一共罚了9万元吧？")
    assert "71000元" in answer.notice and "不是问题所说的9万元" in answer.notice


def test_a_district_body_is_not_written_inside_the_autonomous_regions(searcher):
    answer = answer_question(searcher, "**区整改的问题是区人大常委会检查执法时指出的吗？")
    assert "“自治区人大常委会”" in answer.notice and "不是问题所说的“区人大常委会”" in answer.notice


def test_none_of_a_milder_grade_is_not_confirmed_by_none_of_the_graver_ones(searcher):
    answer = answer_question(searcher, "硚口区这些年连一般的生产安全事故也没发生过吗？")
    assert "较大及以上" in answer.notice and "没有写一般的" in answer.notice


def test_a_date_the_question_gives_is_no_name_set_against_the_sentences_words(searcher):
    answer = answer_question(searcher, "**区应急局今年年初把2021年度的执法数据报给司法行政部门了吗？")
    assert "不是问题所说的“局今年年初" not in answer.notice


def test_a_count_fallen_by_a_share_is_no_count_of_none(searcher):
    answer = answer_question(searcher, "北碚区2023年连一起生产安全事故都没有出过吧？")
    assert "下降25%" in answer.notice and "并不是没有" in answer.notice


def test_a_district_left_out_of_a_listing_is_told_by_its_denial(searcher):
    answer = answer_question(searcher, "北碚区和硚口区2023年都有案件打到行政诉讼了吧？")
    assert (
        "北碚区" in answer.notice
        and "硚口区的报告写的是“" in answer.notice
        and "未出现行政复议" in answer.notice
    )


def test_a_thing_named_by_two_words_is_not_confirmed_by_sentences_writing_each_apart(searcher):
    apart = answer_question(searcher, "北碚区应急局办过行政复议案件吧？")
    assert "没有一句同时写到“行政复议”和“案件”" in apart.notice
    together = answer_question(searcher, "北碚区应急局有行政诉讼案件吧？")
    assert "没有一句同时写到" not in together.notice


def test_an_honour_said_to_have_been_conferred_is_not_taken_from_a_plan(searcher):
    answer = answer_question(searcher, "北碚区已经被评为全国法治政府建设示范区，应急局出了哪些力？")
    assert "下一步工作安排" in answer.notice and "没有写它已经获得" in answer.notice
    won = answer_question(searcher, "硚口区应急局已经获得了23年度武汉市新闻宣传先进单位的称号了吗？")
    assert won.answered and "没有写它已经获得" not in won.notice and "荣获" in won.answer
    short = answer_question(searcher, "硚口区应急局已被评为23年度武汉市新闻宣传先进单位了吧？")
    assert "没有写它已经获得" not in short.notice


def test_an_honour_taken_as_won_is_told_when_no_quoted_clause_writes_it_won(searcher):
    contest = answer_question(searcher, "普陀区应急局的普法项目已经被评上法治上海品牌了吧？")
    assert "没有写它已经获得" in contest.notice
    prize = answer_question(searcher, "硚口区已经拿到全市应急队伍大比武的团体优秀组织奖了吧？")
    assert "没有写它已经获得" not in prize.notice


def test_whether_any_happened_is_not_answered_no_by_a_denial_of_the_graver_ones(searcher):
    from indexer.answers.polarity import NOT_DONE

    whether = answer_question(searcher, "硚口区这一年有没有出过生产安全事故")
    assert whether.answered and "只说没有发生较大及以上的" in whether.notice
    assert NOT_DONE not in whether.notice
    trailing = answer_question(searcher, "硚口区出过一般的生产安全事故没")
    assert "没有写是否发生过一般的" in trailing.notice
    covered = answer_question(searcher, "硚口区发生过较大的生产安全事故吗")
    assert NOT_DONE in covered.notice


def test_a_district_guarding_against_accidents_is_not_listed_as_having_them(searcher):
    answer = answer_question(searcher, "北碚和硚口两个区都出过生产安全事故吧？")
    assert "硚口区的报告写的是" in answer.notice
    assert "有相关内容的区：北碚区；" in answer.notice


def test_a_unit_said_to_lead_work_named_in_one_word_is_corrected():
    from indexer.answers.roles import other_leader

    sentence = quoted_sentence("梳理短板后,局办公室牵头制定整改方案,各科室抓落实。")
    said = other_leader("查出的短板，整改是执法大队牵头的吧", [sentence])
    assert said is not None and "不是问题所说的“执法大队”" in said[1]
    assert other_leader("查出的短板，整改是局办公室牵头的吧", [sentence]) is None
    assert other_leader("值班是执法大队牵头的吧", [sentence]) is None  # other work
    assert other_leader("甲区整改是执法大队牵头的吧", [sentence]) is not None  # 甲区 is no work
    after_comma = quoted_sentence("区应急管理局牵头,建立夜间值守轮换机制。")
    said = other_leader("夜间值守轮换机制是消防队牵头建立的吧", [after_comma])
    assert said is not None and "区应急管理局牵头建立夜间值守轮换机制" in said[1]


def test_an_adjective_made_stronger_presumes_no_change_of_a_count(searcher):
    from indexer.answers import premise

    assert premise.asked_direction("现在办证方便多了，用时压缩了多少") == "down"
    assert premise.asked_direction("审批比以前快多了吧") is None
    assert premise.asked_direction("检查的企业比上年多了吧") == "up"
    easier = answer_question(searcher, "北碚区办烟花爆竹销售的审批现在省事多了吧，时长压缩了多少？")
    assert easier.answered and "87.3%" in easier.answer


def test_two_things_asked_together_each_get_their_figure(searcher):
    both = answer_question(searcher, "沙坪坝区人大代表提的建议和政协委员的提案分别办了几件？")
    assert "人大建议办理数 6件" in both.answer and "政协提案办理数 3件" in both.answer
    fallen = answer_question(searcher, "北碚区2023年出的事故和死的人各比上年少了多少？")
    assert "−25%" in fallen.answer and "−27.8%" in fallen.answer


def test_tens_of_thousands_of_kuai_ending_a_claim_are_yuan():
    from indexer.text.numbers import yuan_said

    assert yuan_said("一年罚了八万多块？") == "一年罚款八万多元？"
    assert yuan_said("去年花了三万块钱吧") == "去年花了三万元吧"
    assert yuan_said("买了两万块展板") == "买了两万块展板"  # pieces of something
    assert yuan_said("发的小册子有两万多块吧") == "发的小册子有两万多块吧"  # no money about


def test_a_most_claimed_after_the_districts_it_is_among_is_set_against_their_figures(searcher):
    answer = answer_question(searcher, "这些区当中普陀区罚款是最多的吧？七万多块？")
    assert "报告写明的数字与问题的说法不符" in answer.notice and "72.8万元" in answer.notice
    fair = answer_question(searcher, "几个区里硚口区罚款是最多的吧")
    assert fair.answered and "与问题的说法不符" not in fair.notice


def test_the_half_year_before_named_months_is_no_word_to_find(searcher):
    answer = answer_question(searcher, "**区应急局是不是下半年的11月、12月停了执法巡查？")
    assert "3月、10月" in answer.notice and "不是问题所说的" in answer.notice
    from indexer.text.numbers import months_in_digits

    assert months_in_digits("上半年九月开的会") == "上半年9月开的会"  # September is no first-half month


def test_loose_words_for_a_span_and_for_getting_it_done_are_no_topic(searcher):
    years = answer_question(searcher, "硚口区好些年没出过较大的生产安全事故了吧，到底几年？")
    assert years.answered and "连续八年" in years.answer
    credit = answer_question(searcher, "普陀区应急局帮着上了失信名单的企业修复信用，弄成了几家？")
    assert credit.answered and "3家" in credit.answer


def test_cases_counted_with_ge_are_the_reports_qi_and_jian(searcher):
    moved = answer_question(searcher, "普陀区涉嫌责任事故犯罪移送出去的那2个案子，是今年的吗？")
    assert moved.answered and "没有写到" not in moved.notice and "2起" in moved.answer
    wrong = answer_question(searcher, "普陀区今年一共移送了5个案子吧")
    assert "2起" in wrong.notice and "不是问题所说的5个" in wrong.notice
    # “四位一体” names a system: no four of anything in another unit
    crime = answer_question(searcher, "普陀区一共移送了4个涉嫌犯罪的案子吧")
    assert "四位" not in crime.notice


def test_reports_taken_in_by_phone_are_received_as_the_report_words_it(searcher):
    answer = answer_question(searcher, "沙坪坝区的12350电话，一年接了几件老百姓的举报？")
    assert answer.answered and "68件" in answer.answer


def test_a_change_is_answered_only_by_a_share_said_of_the_thing_that_changed(searcher):
    from indexer.answers.changed import changed_things, changes_of

    assert changed_things("火灾起数比上年降低了多少", ["火灾", "降低"]) == ["火灾"]
    assert changed_things("事故和火灾分别减少了多少", ["事故", "火灾", "减少"]) == ["事故", "火灾"]
    # a clause with no subject of its own changes what the sentence counted before it
    assert changes_of("全年检查企业300家，同比增长12%。", "检查", "检查同比增长了多少")
    assert not changes_of("开展消防宣传，事故较上年下降10%。", "消防", "消防下降了多少")
    fires = answer_question(searcher, "北碚区的火灾比2022年降低了多少？")
    assert not fires.answered and "“火灾”降低的数字" in fires.notice
    both = answer_question(searcher, "北碚区事故和火灾分别降低了多少？")
    assert "没有给出“火灾”降低的数字" in both.notice and "25%" in both.answer


def test_a_plain_word_for_a_narrower_kind_puts_its_figure_first(searcher):
    answer = answer_question(searcher, "沙坪坝区大隐患一共整改好了多少个？")
    assert answer.answered and answer.answer.index("135个") < answer.answer.index("17195个")
    assert "没有写" not in answer.answer


def test_people_counted_by_what_befell_them_are_not_any_people(searcher):
    dead = answer_question(searcher, "北碚区去年生产安全事故的死亡人数到底是多少人？")
    assert not dead.answered
    assert not any(c.text.startswith("加大对安全生产事故") for c in dead.citations)


def test_a_year_compared_with_is_not_the_year_of_a_figure_stated_beside_it(searcher):
    from indexer.answers.scope_check import base_years

    assert base_years("投诉比2022年多了还是少了") == {2022}
    assert base_years("比较2022年、2023年两年的罚款") == set()
    answer = answer_question(searcher, "沙坪坝区全年受理了68件举报投诉，跟2022年比是多了还是少了？")
    assert "不是问题所说的2022年" not in answer.notice and "没有沙坪坝区2022年" not in answer.notice


def test_a_claim_that_only_one_district_did_it_put_before_the_question_is_checked(searcher):
    hotline = answer_question(searcher, "就只有北碚区开了12350举报电话，北碚区一年受理多少起？")
    assert hotline.answered and "70起" in hotline.answer
    assert hotline.notice.startswith("不止北碚区") and "沙坪坝区" in hotline.notice
    # others hired legal advisers, but only one report names a law firm
    firm = answer_question(searcher, "只有硚口区找了律所来当法律顾问，是哪家律所？")
    assert firm.answered and "不止" not in firm.notice and "德和衡" in firm.answer


def test_both_kinds_of_a_joint_total_asked_get_the_total(searcher):
    answer = answer_question(searcher, "硚口区在岗的执法人员和执法监督人员加起来多少人？")
    assert answer.answered and "22人" in answer.answer and "合在一起" not in answer.notice


def test_a_span_of_years_the_sentence_writes_otherwise_is_corrected(searcher):
    from indexer.answers.year_spans import span_notice

    assert span_notice("查了2018年到2020年的", "对2018年1月至2020年12月的案卷") == ""
    answer = answer_question(searcher, "硚口区评查的是2018年到2021年办结的处罚案卷吧？")
    assert answer.answered and "不是问题所说的“2018年到2021年”" in answer.notice


def test_a_claim_that_no_district_had_it_is_set_against_the_one_that_did(searcher):
    answer = answer_question(searcher, "各区应急局这一年都没有打过行政诉讼吧")
    assert "并不是没有，北碚区的报告写到了" in answer.notice
    assert any("3件" in c.text and "诉讼程序" in c.text for c in answer.citations)
    # 硚口区 writes that it had none: it is no counterexample
    listed = answer_question(searcher, "五个区都没有行政诉讼案件吧")
    assert "北碚区的报告写到了" in listed.notice and "北碚区、硚口区的报告写到了" not in listed.notice


def test_a_count_is_corrected_by_the_figure_of_the_doing_asked_not_another_of_cases(searcher):
    # 立案8起 is the report's own: the question is answered, not corrected with 移送案件2起
    filed = answer_question(searcher, "普陀区立了8个案子以后，处罚了几家企业？")
    assert filed.answered and "不是问题所说的" not in filed.notice and "6家" in filed.answer
    wrong = answer_question(searcher, "普陀区今年立了11个案子吧")
    assert "2起" not in wrong.notice
    examples = answer_question(searcher, "硚口区给应急管理部报了9个典型案例，是吧？")
    assert "6起" in examples.notice and "不是问题所说的9个" in examples.notice


def test_a_claim_of_none_answered_only_by_districts_that_had_it_lists_no_empty_names(searcher):
    answer = answer_question(searcher, "各区应急局都没有请过法律顾问吧？")
    assert answer.notice.startswith("问题的前提不成立") and "区：；" not in answer.notice
    # a report that only plans it is no district that did it
    planned = answer_question(searcher, "只有沙坪坝区把人移送给了司法机关，别的区为什么没移送？")
    first = planned.notice.split("；")[0]
    assert not (first.startswith("不止") and "未具名区" in first)


def test_a_claim_of_things_fixed_is_corrected_by_the_count_fixed_not_the_count_found(searcher):
    fixed = answer_question(searcher, "沙坪坝区重大隐患一共整改了150个吧？")
    assert "135个" in fixed.notice and "142个" not in fixed.notice
    found = answer_question(searcher, "沙坪坝区的重大事故隐患排查了160个吧？")
    assert "142个" in found.notice


def test_a_span_of_years_no_report_is_of_is_no_scope_and_a_preposition_no_name(searcher):
    plan = answer_question(searcher, "沙坪坝区应急局贯彻的法治政府建设实施纲要，是2021到2025年的吧？")
    assert plan.answered and "没有沙坪坝区2025年的报告" not in plan.notice
    assert any("2021-2025" in c.text for c in plan.citations)
    based = answer_question(searcher, "沙坪坝区是依照《法治政府建设实施纲要（2021-2025年）》推进工作的吗")
    assert "不是问题所说的“依照" not in based.notice


def test_a_claim_that_one_district_alone_did_it_may_end_in_a_bare_question_mark(searcher):
    claim = answer_question(searcher, "据说五个区当中就只有沙坪坝开通了12350举报电话？")
    assert claim.notice.startswith("不止沙坪坝区") and "北碚区" in claim.notice
    # a question of its own after the claim is asked, not checked as a claim
    asked = answer_question(searcher, "只有北碚开了几条举报热线？")
    assert "不止" not in asked.notice


def test_a_part_of_a_counted_whole_is_counted_only_by_a_clause_naming_what_sets_it_apart(searcher):
    # 硚口区's 949场次 drills list 消防安全 among their kinds and count none of them apart;
    # 微型消防站…演练1100余次 in the same sentence is another count.
    answer = answer_question(searcher, "硚口那949场应急演练当中，消防方面的演练有几场？")
    assert not answer.answered and "没有给出其中" in answer.notice
    split = answer_question(searcher, "沙坪坝查出的17435个问题隐患当中，重大事故隐患是多少个？")
    assert split.answered and "142个" in split.answer


def test_the_whole_a_part_is_asked_of_is_no_figure_claimed_of_the_part(searcher):
    answer = answer_question(searcher, "北碚通过12350查处的那70起里头，立案查处的有几件？")
    assert answer.answered and "68件" in answer.answer
    assert "另一件事" not in answer.notice


def test_a_count_asked_beside_a_yes_or_no_is_the_counting_clauses_own(searcher):
    # Read whole, the lawsuits' count gave way to the 败诉 the second clause asks about.
    answer = answer_question(searcher, "北碚和硚口2023年各打了几场行政官司？官司输过吗？")
    assert answer.answered and "北碚区（2023年）：3件" in answer.answer
    assert any("无败诉案件" in c.text for c in answer.citations)


def test_the_anonymised_district_named_by_its_stars_or_its_masking_is_that_report(searcher):
    for asked in ("那个星号区2022年法律顾问一共审查了几份合同", "打码区2022年法律顾问一共审查了几份合同"):
        answer = answer_question(searcher, asked)
        assert answer.answered and "2份" in answer.answer, asked
        assert "语料中没有" not in answer.notice, asked


def test_spoken_counters_of_money_and_people_are_read_as_the_reports_units(searcher):
    from indexer.text.numbers import people_said, yuan_said

    assert yuan_said("委托了3万块以下的罚款权") == "委托了3万元以下的罚款权"
    assert people_said("有五十多号人吧") == "有五十多人吧"
    assert people_said("二十来号队员") == "二十来名队员"
    assert people_said("3号人物") == "3号人物"
    fined = answer_question(searcher, "北碚委托给镇街的是3万块以内的罚款权吧？")
    assert fined.answered and "1万元" in fined.notice and "不是问题所说的3万元" in fined.notice
    team = answer_question(searcher, "缙云志愿服务队有五十多号人吧")
    assert team.answered and "19人" in team.notice


def test_a_sentence_going_on_from_the_one_before_is_read_with_it(searcher):
    # 匿名区 listed its 普法责任清单, and the next sentence (并于今年5月…公示) published it.
    answer = answer_question(searcher, "匿名那份报告里的普法责任清单，是7月宣传月期间才在网站上公示的吧？")
    assert answer.answered and "5月" in answer.notice and "不是问题所说的“7月”" in answer.notice


def test_a_count_given_only_as_its_change_is_declined_with_the_change_said(searcher):
    deaths = answer_question(searcher, "北碚2023年安全事故一共死了几个人")
    assert not deaths.answered and "−27.8%" in deaths.notice and "分别下降25%、27.8%" in deaths.notice
    # a change said of accidents and deaths is none of fires
    fires = answer_question(searcher, "北碚去年因为火灾死了几个人")
    assert not fires.answered and "27.8%" not in fires.notice
    asked = answer_question(searcher, "北碚区去年死亡人数降了多少")
    assert asked.answered and "27.8%" in asked.answer


def test_a_figure_claimed_of_a_thing_one_report_alone_names_is_checked_against_it(searcher):
    from indexer.answers.sole_report import sole_district

    assert sole_district(searcher, "缙云志愿服务队", ["缙云", "志愿", "服务队"]) == "北碚区"
    assert sole_district(searcher, "应急救援队伍", ["应急", "救援", "队伍"]) is None
    team = answer_question(searcher, "缙云志愿服务队现在有四十多人吧")
    assert team.answered and "19人" in team.notice and "北碚区" in team.notice
    kept = answer_question(searcher, "缙云志愿服务队现在有19名队员吧")
    assert kept.answered and "不是问题所说的" not in kept.notice


def test_each_before_the_towns_is_no_place_of_its_own(searcher):
    answer = answer_question(searcher, "北碚的“252”机制要求各街镇多少名队员随叫随到？")
    assert answer.answered and "20名队员随叫随到" in answer.answer and "各街" not in answer.notice


def test_an_only_one_claim_listed_without_its_own_district_says_so(searcher):
    # 普陀区 hands 2起 over without naming the body; 沙坪坝区 writes 向司法机关移送5人.
    answer = answer_question(searcher, "是不是只有普陀把安全生产的案子交给了司法机关？")
    assert answer.notice.startswith("没有找到普陀区的报告写这件事的句子") and "沙坪坝区" in answer.notice


def test_two_figures_each_given_the_others_unit_are_said_to_be_swapped(searcher):
    # 沙坪坝区: 活动759场，8750人次参与
    answer = answer_question(searcher, "沙坪坝那个“五带头”活动一共办了8750场，参加的才759人次吧？")
    assert answer.answered and "说反了" in answer.notice and "759场、8750人次" in answer.notice
    held = answer_question(searcher, "沙坪坝那个“五带头”活动一共办了759场，参加的有8750人次吧？")
    assert "说反了" not in held.notice


def test_how_far_a_doing_reached_counts_the_doing_and_receiving_is_accepting(searcher):
    trained = answer_question(searcher, "北碚区2023年的培训覆盖了多少人？")
    assert trained.answered and "6000余人" in trained.answer
    asked = answer_question(searcher, "硚口应急局接待了多少人次的群众咨询？")
    assert asked.answered and "1000余人" in asked.answer


def test_units_asked_in_general_are_answered_only_by_a_sentence_naming_units(searcher):
    # 硚口区 hired 36 experts and names none of their employers.
    experts = answer_question(searcher, "硚口那36名专家都来自哪些单位？")
    assert not experts.answered and "单位名称" in experts.notice
    towns = answer_question(searcher, "北碚区的行政处罚权委托给了哪些单位？")
    assert towns.answered and "镇街" in towns.answer


def test_an_honour_asked_by_its_title_is_answered_by_the_honour_written(searcher):
    answer = answer_question(searcher, "硚口应急局2023年宣传工作得了什么荣誉称号？")
    assert answer.answered and any("先进单位" in c.text for c in answer.citations)


def test_which_span_of_time_asked_leaves_no_piece_of_it_as_a_word(searcher):
    answer = answer_question(searcher, "匿名区2022年评查案卷时抽的是哪一时间段里办结的卷宗？")
    assert "一时间" not in answer.notice


def test_a_figure_said_with_duo_is_written_by_a_report_saying_yu(searcher):
    # 沙坪坝区 writes 80余场; 949场次 is 硚口区's, not 北碚区's.
    answer = answer_question(searcher, "北碚去年演练搞了949场，沙坪坝只有80多场，差了十倍多吧？")
    assert "沙坪坝区的报告没有写到“949”" in answer.notice or "北碚区" in answer.notice
    assert "“80多”" not in answer.notice.split("沙坪坝区")[-1].split("；")[0]


def test_a_sum_over_districts_is_answered_by_each_districts_figure(searcher):
    both = answer_question(searcher, "沙坪坝跟北碚两个区移送的人合起来一共几个？")
    assert both.answered and "报告没有给出所问各区的合计" in both.notice
    assert "7人" in both.answer and "5人" in both.answer
    compared = answer_question(searcher, "普陀跟硚口立案查处的案子，谁多？两个区加在一起多少起？")
    assert compared.answered and "8起" in compared.answer and "15起" in compared.answer
    assert compared.notice.count("口径和时间不尽相同") == 1


def test_a_place_in_a_ranking_asked_leaves_no_piece_of_it_as_a_word(searcher):
    answer = answer_question(searcher, "几个区的法治建设考核谁排名最靠前？")
    assert "最靠" not in answer.notice


def test_cases_called_anzi_are_the_cases_the_indicator_counts(searcher):
    answer = answer_question(searcher, "硚口一年下来立案查处了多少个案子？")
    assert answer.answered and "15起" in answer.answer


def test_an_only_one_claim_about_the_anonymised_district_is_checked_too(searcher):
    # Both the anonymised report and 沙坪坝区's (in its shortcomings) mention the 民法典.
    answer = answer_question(searcher, "是不是只有打码区的报告里提到过民法典？")
    assert answer.notice.startswith("不只未具名区") and "沙坪坝区" in answer.notice.split("；")[0]


def test_cases_dealt_with_are_counted_by_the_cases_filed(searcher):
    answer = answer_question(searcher, "硚口这一年总共查处了多少个案子？")
    assert answer.answered and "15起" in answer.answer


def test_a_figure_stated_of_one_district_does_not_hide_anothers_same_figure(searcher):
    # 北碚区 writes 共培训各类人员6000余人; the 6000多 claimed of 沙坪坝区 is its figure.
    answer = answer_question(searcher, "沙坪坝培训6000多人，北碚培训了多少")
    assert answer.answered and "6000余人" in answer.answer
    assert "沙坪坝区的报告没有写到“6000多”" in answer.notice


def test_a_part_asked_by_its_own_word_after_the_whole_counts_the_whole_noun(searcher):
    # 硚口区: 应急救援队伍35支，其中街道应急救援队伍11支…行业部门应急救援队伍22支
    part = answer_question(searcher, "硚口35支救援队里街道的有几支")
    assert part.answered and "11支" in part.answer and not corrects_question(part.notice)
    wrong = answer_question(searcher, "硚口备案的35支救援队伍里，街道的有22支吗？")
    assert wrong.answered and corrects_question(wrong.notice) and "11支" in wrong.notice


def test_an_only_one_claim_said_with_jiu_is_checked_against_the_other_reports(searcher):
    answer = answer_question(searcher, "我记得好像就北碚开了12350举报电话，别的区都没搞，是不是？")
    assert answer.notice.startswith("不只北碚区") and "沙坪坝区" in answer.notice.split("；")[0]


def test_a_figure_of_another_thing_claimed_before_a_question_on_it_is_corrected(searcher):
    # 北碚区's 127件 are all its approvals; its 预案备案 are 22件.
    answer = answer_question(searcher, "北碚2023年光应急预案备案就办了127件，量这么大他们是咋安排人手的？")
    assert answer.answered and answer.notice.startswith("问题的前提不成立") and "22件" in answer.notice


def test_a_span_of_years_is_corrected_when_the_question_asks_whether_all_were_covered(searcher):
    answer = answer_question(searcher, "硚口案卷评查是把2021年到2023年的处罚案卷都普查了一遍吗？")
    assert answer.answered and "2020年1月1日至2022年12月31日" in answer.notice
    assert "不是问题所说的“2021年到2023年”" in answer.notice


def test_a_colloquial_name_for_cases_still_finds_the_figure_to_correct(searcher):
    answer = answer_question(searcher, "普陀一年移送了5起重大责任事故的案子，他们移送流程是咋走的？")
    assert answer.answered and "报告写的是2起" in answer.notice


def test_the_largest_single_reward_is_not_answered_by_a_fine(searcher):
    # 北碚区 writes 处罚3.86万元 beside 对举报人按时兑现了奖励: no reward amount.
    answer = answer_question(searcher, "北碚的举报奖励，最高一笔能奖多少钱？")
    assert not answer.answered


def test_a_count_of_another_paragraph_does_not_answer_for_the_subject_asked(searcher):
    # 硚口区's 案卷评查 gives no count of problems; its 隐患 counts are of the hazard campaign.
    answer = answer_question(searcher, "硚口那次案卷评查下来一共查出多少个问题？")
    assert not answer.answered


def test_a_few_said_with_jiu_asks_no_count(searcher):
    answer = answer_question(
        searcher, "普陀的执法记录仪是咋配的？我们街道就几台记录仪，想看看他们是按人配还是按啥配的。"
    )
    assert answer.answered and any("按组配发" in c.text for c in answer.citations)


def test_the_noun_counted_inside_a_longer_term_is_what_is_counted(searcher):
    answer = answer_question(searcher, "普陀弄的那个扫码举报安全隐患的企业码，现在有多少家企业要贴这个码？")
    assert answer.answered and "198家" in answer.answer


def test_what_kind_of_equipment_is_answered_by_the_devices_named(searcher):
    answer = answer_question(searcher, "那个打码的区做执法全过程记录，说是配了些硬件，具体配的是啥设备？")
    assert answer.answered and any("照相机" in c.text for c in answer.citations)


def test_where_the_answer_will_be_used_is_no_term_to_find(searcher):
    answer = answer_question(searcher, "普陀拍的那个普法微电影叫啥名字，主题是什么？想放进PPT里")
    assert answer.answered and "应急侠" in answer.answer


def test_a_wrong_body_claimed_before_a_question_on_it_is_corrected(searcher):
    question = "沙坪坝的“工贸安全在线”APP入选了国务院安委办的典型案例，请问是啥时候入选的？"
    answer = answer_question(searcher, question)
    assert answer.answered and answer.notice.startswith("问题的前提不成立") and "应急管理部" in answer.notice


def test_words_of_how_a_report_puts_things_are_no_terms(searcher):
    summed = answer_question(searcher, "普陀应急局2023年的报告把法治建设上的不足归结为哪两点？")
    assert summed.answered and any("制度机制" in c.text for c in summed.citations)
    means = answer_question(
        searcher, "北碚区应急局承认其法治宣传教育方式有待创新，目前主要依靠哪些方式开展？"
    )
    assert means.answered and any("咨询日" in c.text for c in means.citations)


def test_a_title_misquoted_by_its_year_is_corrected_from_the_heading(searcher):
    question = "沙坪坝应急局在《2025年推进法治政府建设的工作思路》里提了哪些数字化任务？"
    answer = answer_question(searcher, question)
    assert answer.answered and "报告写的是“2024年推进法治政府建设的工作思路”" in answer.notice


def test_a_figure_of_the_one_report_of_a_year_is_corrected(searcher):
    answer = answer_question(searcher, "在2022年度报告中，法律顾问审查的5份合同是否都在签订前完成了审查？")
    assert answer.answered and "报告写的是2份" in answer.notice


def test_a_shortcoming_claimed_against_what_the_report_says_is_corrected(searcher):
    question = "硚口区应急局报告提到执法人员持证率偏低、部分人员未通过资格考试，它打算怎么解决？"
    answer = answer_question(searcher, question)
    assert answer.answered and answer.notice.startswith("问题的前提不成立")
    assert "均已通过资格考试" in answer.notice


def test_one_figure_set_against_another_of_the_same_report_quotes_both(searcher):
    answer = answer_question(searcher, "普陀区立案数比处罚企业数多几个？")
    assert answer.answered and "8起" in answer.answer and "6家" in answer.answer


def test_a_count_and_a_yes_no_question_in_one_message_are_both_answered(searcher):
    answer = answer_question(searcher, "硚口一年立了多少起案子？有行政复议吗？")
    assert answer.answered and "15起" in answer.answer and "未出现行政复议" in answer.answer


def test_two_figures_the_report_writes_apart_are_said_to_be_apart(searcher):
    # 硚口区: 立案查处15起…罚款72.8万元 in one sentence, 罚款226万元 of the hazard campaign in another.
    answer = answer_question(searcher, "硚口应急局2023年立案查处15起，罚款226万元，平均一起罚多少？")
    assert not answer.answered and "不在同一句里" in answer.notice
    assert "没有写到“15”" not in answer.notice


def test_a_shortcoming_said_admitted_by_another_district_is_moved_to_its_own(searcher):
    question = "北碚区应急局在报告中承认本局应急管理数字化建设程度不高，请问具体原因是什么？"
    answer = answer_question(searcher, question)
    assert answer.answered and answer.notice.startswith("报告中写这件事的是沙坪坝区")


def test_a_film_title_misquoted_is_corrected_by_the_sentence_on_its_theme(searcher):
    answer = answer_question(
        searcher, "我稿子里说普陀区以“问题不大大问题”为主题拍了普法微电影《安全侠》，片名没错吧？"
    )
    assert answer.answered and "报告写的是《应急侠》，不是问题所说的《安全侠》" in answer.notice


def test_a_place_in_an_order_misquoted_by_its_numeral_is_corrected(searcher):
    answer = answer_question(
        searcher, "我写硚口区的工作进展在全市重大隐患专项整治2023行动中位列“第一方阵”，对吗？"
    )
    assert answer.answered and "报告写的是“第二方阵”" in answer.notice


def test_a_claim_quoted_from_the_askers_draft_is_checked_as_a_claim(searcher):
    question = "我稿子里写了“沙坪坝区2023年排查出的142个重大事故隐患已全部整改到位”，这样写可以吧？"
    answer = answer_question(searcher, question)
    assert answer.answered and "135个" in answer.notice


def test_an_interval_in_quotation_marks_is_no_name(searcher):
    question = "那份2022年匿名区应急局报告里，我写的是局主要负责人“每月”听取一次法治政府建设工作汇报，对吗？"
    answer = answer_question(searcher, question)
    assert answer.answered and "每季度" in answer.notice


def test_a_check_asked_for_first_and_the_wording_confirmed_last_is_one_claim(searcher):
    question = "能不能确认一下：那份2022年匿名报告里的案卷评查，范围是2021年全年办结的案卷，我这么写对吗？"
    answer = answer_question(searcher, question)
    assert answer.answered and corrects_question(answer.notice)


def test_all_cases_examined_asked_with_a_doing_after_its_particle_is_answered(searcher):
    # (进行 left nothing of the doing claimed, and an empty word was indexed)
    answer = answer_question(searcher, "硚口区是不是对所有行政处罚案卷都进行了普查")
    assert answer.answered and any("普查" in c.text for c in answer.citations)


def test_a_rate_judged_low_is_answered_with_the_rate_and_no_judgement(searcher):
    answer = answer_question(searcher, "硚口区执法人员持证率偏低吗？")
    assert answer.answered and "100%" in answer.answer and "没有评价" in answer.notice


def test_figures_stated_of_one_district_are_not_asked_of_the_other(searcher):
    answer = answer_question(searcher, "硚口区查处了15起案件，罚了72.8万，那北碚罚了多少？")
    assert answer.answered and "3.86万元" in answer.answer


def test_a_quoted_day_is_not_written_by_another_day_ending_alike(searcher):
    # Only 硚口区 writes 10·13国际减灾日; the others write 防灾减灾日.
    for question in ("哪些区的报告提到“国际减灾日”？", "哪些区的报告提到国际减灾日？"):
        answer = answer_question(searcher, question)
        assert answer.answered and {c.district for c in answer.citations} == {"硚口区"}


def test_an_only_one_claim_with_its_topic_before_the_districts_is_checked(searcher):
    answer = answer_question(searcher, "执法记录仪五个区里就普陀一家配了吧？别的区怎么记录执法过程？")
    assert answer.notice.startswith("不只普陀区") and "未具名区" in answer.notice.split("；")[0]


def test_a_claim_that_only_two_districts_did_something_is_checked(searcher):
    wrong = answer_question(searcher, "5·12防灾减灾日的宣传只有打码区和北碚两个区提到，它们各做了什么？")
    assert wrong.notice.startswith("不只未具名区") and "硚口区" in wrong.notice.split("；")[0]
    held = answer_question(searcher, "只有北碚和沙坪坝开了12350举报电话吧")
    assert held.answered and "不止" not in held.notice and "不只" not in held.notice


def test_two_changes_claimed_respectively_in_the_reports_order_hold(searcher):
    # 北碚区: 生产安全事故和死亡人数较2022年分别下降25%、27.8%
    held = answer_question(searcher, "北碚2023年的事故起数、死亡人数比2022年分别下降25%、27.8%吧？")
    assert held.answered and not corrects_question(held.notice)
    swapped = answer_question(searcher, "北碚2023年的事故起数、死亡人数比2022年分别下降27.8%、25%吧？")
    assert swapped.answered and corrects_question(swapped.notice)


def test_a_fine_amount_is_still_answered_with_its_change(searcher):
    # (a wording's tail of two characters, 处罚 of 行政处罚, still words it)
    answer = answer_question(searcher, "普陀应急局今年行政处罚的金额是多少？同比增长了多少？")
    assert answer.answered and "71000元" in answer.answer and "373.33%" in answer.answer


def test_where_something_was_not_done_for_a_cause_lists_the_report_saying_so(searcher):
    answer = answer_question(searcher, "五个区里哪个区提到因为疫情有几个月没搞执法巡查？")
    assert answer.answered and {c.district for c in answer.citations} == {None}


def test_a_count_of_districts_claimed_is_set_against_those_listed(searcher):
    answer = answer_question(searcher, "有三个区的报告提到“国际减灾日”，是哪三个？")
    assert answer.notice.startswith("问题说有三个区") and "（1个）" in answer.notice


def test_a_campaign_of_the_anonymised_district_claimed_of_another_is_moved_to_it(searcher):
    answer = answer_question(searcher, "沙坪坝搞的“民法典相伴”宣传月发了几条抖音？")
    assert answer.answered and answer.notice.startswith("报告中写这件事的是未具名区")
    assert any("抖音短视频1条" in c.text for c in answer.citations)


def test_people_of_a_mechanism_are_counted_by_the_sentences_after_its_name(searcher):
    answer = answer_question(searcher, "北碚的“252”机制是多少人、多久集结到位？")
    assert answer.answered and any("200名应急队员" in c.text for c in answer.citations)


def test_everyday_words_of_a_resident_find_the_reports_words(searcher):
    hotline = answer_question(
        searcher, "我住普陀，路过一些厂子门口看到有个二维码，老百姓能直接扫码举报安全隐患吗？"
    )
    assert hotline.answered and any("扫码举报" in c.text for c in hotline.citations)
    courses = answer_question(
        searcher, "我厂里想让两个小伙子去考电工证和焊工证，北碚应急局那边多久办一次特种作业培训？"
    )
    assert courses.answered and any("每月举办" in c.text for c in courses.citations)
    delegated = answer_question(searcher, "北碚应急局是不是把10万块以内的罚款权都下放给街道、园区了？")
    assert delegated.answered and "1万元" in delegated.notice


def test_where_a_unit_works_asks_its_address(searcher):
    answer = answer_question(searcher, "普陀应急局新成立的执法大队在哪里办公？我想去当面咨询一下。")
    assert not answer.answered and "地址" in answer.notice
    done = answer_question(searcher, "北碚的执法支队在哪里开展了执法？")
    assert "地址" not in done.notice


def test_the_most_of_a_total_is_not_answered_by_the_total(searcher):
    answer = answer_question(searcher, "硚口那72.8万罚款里，罚得最多的是哪家企业，罚了多少？")
    assert not answer.answered and "哪一个最多" in answer.notice


def test_deaths_asked_are_not_answered_by_people_handed_to_the_police(searcher):
    answer = answer_question(searcher, "北碚区2023年生产安全事故死亡了多少人？")
    assert not answer.answered and "27.8%" in answer.notice


def test_a_list_pointed_back_at_asks_each_item(searcher):
    answer = answer_question(searcher, "普陀区应急局2023年立案、处罚企业、处罚金额这三项各是多少？")
    assert answer.answered and "71000元" in answer.answer and "立案8起" in answer.answer


def test_a_whole_another_district_writes_is_not_said_to_be_written(searcher):
    # 149 is 硚口区's count of 重大隐患; 沙坪坝区 writes 142个.
    answer = answer_question(searcher, "沙坪坝区2023年排查出的149个重大事故隐患里，整改到位的有多少个？")
    assert "报告写到了149" not in answer.notice and "142个" in answer.notice


def test_two_parts_of_a_whole_asked_at_once_are_not_answered_by_the_whole(searcher):
    question = "硚口区开展的949场次应急演练中，消防安全演练和道路交通演练分别是多少场次？"
    answer = answer_question(searcher, question)
    assert not answer.answered and "没有给出其中" in answer.notice


def test_issues_put_out_are_counted_by_those_published(searcher):
    answer = answer_question(searcher, "沙坪坝的“沙小安”拍了不少小视频，到底出了多少期啊？")
    assert answer.answered and any("100期" in c.text for c in answer.citations)


def test_jiu_before_a_districts_report_is_no_claim_it_alone_did_something(searcher):
    # (routed to the only-one listing, the listing's header lines had no passage and raised)
    answer = answer_question(searcher, "就硚口区报告第三部分“2024年度主要安排”列了四项，第四项是什么吧")
    assert "不只" not in answer.notice


def test_a_count_of_firms_that_were_fined_is_answered_with_the_firms_not_the_fine(searcher):
    answer = answer_question(searcher, "硚口区被罚款的企业数是多少？")
    assert answer.answered and "13家" in answer.answer
    assert "72.8万元（" not in answer.answer


def test_two_figures_set_against_each_other_whose_words_run_together_are_both_quoted(searcher):
    # 立案查处的起数 and 罚款的企业数 asked as one 相差 phrase read as one noun (立案查处罚款企业数).
    answer = answer_question(searcher, "硚口区立案查处的起数比罚款的企业数多几个")
    assert answer.answered and "15起" in answer.answer and "13家" in answer.answer


def test_a_district_heard_by_its_sound_is_read_as_the_district(searcher):
    # 平坝区 is a place of its own; the 沙 said before it makes the 沙坪坝区 the asker meant.
    answer = answer_question(searcher, "沙平坝区去年开了多少场演练")
    assert answer.answered and "80余场" in answer.answer
    assert "“沙平坝区”按读音读作“沙坪坝区”" in answer.notes[0]
    # without 区 too, as speech gives it (北倍 for 北碚)
    short = answer_question(searcher, "北倍那个缙云应急志愿服务队有多少队员")
    assert short.answered and "19人" in short.answer and "按读音读作“北碚”" in short.notes[0]


def test_a_false_premise_is_said_once_when_a_listing_part_already_says_it(searcher):
    answer = answer_question(searcher, "好像只有北碚区把执法委托给了镇街，沙坪坝区怎么没有委托执法？")
    assert answer.notice.count("问题的前提不成立") <= 1 and "沙坪坝区" in answer.notice


def test_polite_openings_and_a_condition_asked_are_no_topic(searcher):
    taught = answer_question(searcher, "想请教一下，北碚“3+8”里的8指的是哪些制度？")
    assert taught.answered and "八大制度框架" in taught.answer
    handled = answer_question(searcher, "沙坪坝应急局2023年承办了几件人大代表建议？")
    assert handled.answered and "6件" in handled.answer


def test_a_report_named_by_a_wrong_number_it_was_sent_under_is_corrected(searcher):
    answer = answer_question(searcher, "普陀区应急局用普应急〔2023〕21号文上报的那份年度报告，签发人是谁？")
    assert answer.answered and "普应急〔2023〕13号" in answer.notice and "张军" in answer.answer


def test_an_issuer_put_right_before_a_title_it_did_not_issue_is_corrected(searcher):
    answer = answer_question(
        searcher, "硚口区执行的是湖北省司法厅《关于换发全国统一样式行政执法证件的通知》吗？"
    )
    assert answer.answered and "发文机关是省人民政府办公厅" in answer.notice


def test_a_body_the_volunteer_team_relies_on_is_no_district(searcher):
    answer = answer_question(searcher, "北碚区依托区红十字会组建的志愿服务队有多少人？")
    assert "依托区" not in answer.answer and "依托区" not in answer.notice


def test_a_yearly_return_said_sent_to_another_body_is_corrected_with_particles_in_its_name(searcher):
    answer = answer_question(searcher, "打码那个区2022年把上一年的执法年报交给自治区应急管理厅了吧？")
    assert "同级司法行政部门" in answer.notice and "不是问题所说的" in answer.notice


def test_a_film_given_another_title_is_corrected_by_the_kind_of_work_before_it(searcher):
    answer = answer_question(searcher, "普陀拍的那部微电影《消防侠》讲的是什么主题？")
    assert answer.answered and "报告写的是《应急侠》" in answer.notice


def test_the_biggest_single_fine_is_not_answered_by_the_year_s_total(searcher):
    answer = answer_question(searcher, "硚口2023年罚款里，单笔最多的那一笔是多少钱？")
    assert not answer.answered and "72.8" not in answer.answer.split("以下是最接近的段落")[0]


def test_a_sum_asked_of_one_group_the_report_fines_together_with_another_is_not_that_group_s(searcher):
    answer = answer_question(searcher, "硚口区对企业罚了多少钱？")
    assert not answer.answered and "合在一起的总数" in answer.notice
    assert answer_question(searcher, "硚口区罚了多少家企业？").answered  # the firms' count itself


def test_a_hotline_number_spoken_digit_by_digit_is_read_as_its_digits(searcher):
    from indexer.text.normalize import normalize_for_matching

    assert normalize_for_matching("打一二三五零举报") == "打12350举报"
    assert normalize_for_matching("三五成群") == "三五成群"
    answer = answer_question(searcher, "沙坪坝那个一二三五零举报投诉全年受理了几件")
    assert answer.answered and "68件" in answer.answer


def test_a_spoken_na_before_a_noun_is_no_part_of_the_word(searcher):
    answer = answer_question(searcher, "北碚那边区应急管理局委托了几个镇街执法")
    assert answer.answered and "17个镇街" in answer.answer and "边区" not in answer.notice


def test_a_round_number_and_some_claimed_is_checked_as_a_range(searcher):
    answer = answer_question(searcher, "2022年那份报告里，公众号发了二十几篇民法典宣传信息吧？")
    assert answer.answered and "1篇" in answer.notice and "不是问题所说的二十几篇" in answer.notice
    assert (
        answer_question(searcher, "硚口区社区消防队处置了四十几起初期火灾吧").notice.count("不是问题所说")
        == 0
    )


def test_people_counted_with_ge_before_their_noun_fit_the_report_s_ming(searcher):
    answer = answer_question(searcher, "北碚252机制里，20个队员要随叫随到吧？")
    assert "计量单位" not in answer.notice


def test_a_sound_alike_typed_after_a_whole_word_is_read_back(searcher):
    answer = answer_question(searcher, "硚口区应急管理句在岗执法人员一共多少人")
    assert answer.answered and "22人" in answer.answer and "“管理局”" in answer.notes[0]


def test_firms_counted_before_a_modal_verb_are_what_is_counted(searcher):
    answer = answer_question(searcher, "普陀有多少家重点监管企业需要张贴企码？")
    assert answer.answered and "198家" in answer.answer


def test_a_limit_claimed_is_corrected_by_the_limit_the_report_sets(searcher):
    answer = answer_question(searcher, "北碚的园区管委会查厂能罚3万块以内吧？")
    assert answer.answered and "报告写的是1万元，不是问题所说的3万元" in answer.notice


def test_whether_a_later_step_happened_is_declined_when_the_reports_never_word_it(searcher):
    answer = answer_question(searcher, "普陀区移送的那两起案子，法院是否已经作出判决？")
    assert not answer.answered and "判决" in answer.notice
    # a step the sentence words otherwise (整改到位 for 整改完毕) is still answered
    assert answer_question(searcher, "沙坪坝区的重大隐患是否已经整改完毕？").answered
    # a two-character doing sharing a character with the sentence's (列入 of 纳入) is its wording
    assert answer_question(searcher, "北碚区是否把法治工作经费列入了单位预算？").answered


def test_a_month_claimed_before_a_why_is_corrected_not_left_standing(searcher):
    answer = answer_question(searcher, "2022年那份报告中，应急局十月份才着手编执法事项清单，怎么这么晚？")
    assert answer.answered and "5月" in answer.notice and "不是问题所说的" in answer.notice


def test_a_count_of_firms_claimed_across_the_district_is_corrected_by_the_firms_counted(searcher):
    # the noun counted ends before 都建了; 全区 before the figure is a place, no doing
    answer = answer_question(searcher, "普陀给全区300家危化和工贸企业都建了“一企一档”吧？")
    assert answer.answered and "报告写的是220家，不是问题所说的300家" in answer.notice


def test_a_count_of_lost_cases_is_not_corrected_by_the_count_of_cases_sued(searcher):
    # 3件 went to court, none was lost: "报告写的是3件" would read as three lost
    answer = answer_question(searcher, "北碚应急局被企业告到法院的案子输了两件吧？")
    assert "报告写的是3件" not in answer.notice


def test_the_thing_an_asker_means_to_write_up_is_the_topic_not_their_errand(searcher):
    answer = answer_question(
        searcher, "我打算把沙坪坝的“工贸安全在线”当作数字化监管的例子：它破解了哪些难题？"
    )
    assert answer.answered and "底数不清" in answer.answer


def test_people_counted_with_ge_before_a_longer_noun_of_people_fit_the_report_s_ren(searcher):
    answer = answer_question(searcher, "北碚提请追究纪律责任的那5个部门工作人员，是哪一年的事？")
    assert "没有写到“5”" not in answer.notice


def test_a_year_a_body_was_set_up_in_is_checked_when_two_verbs_say_it(searcher):
    claim = answer_question(searcher, "普陀区执法大队是2021年挂牌成立的吧？")
    assert claim.answered and "不是问题所说的“2021年”" in claim.notice
    later = answer_question(searcher, "普陀区执法大队2021年揭牌成立后，查过几家企业？")
    assert "不是问题所说的“2021年”" in later.notice and "揭牌成立" in later.answer


def test_two_groups_fined_together_asked_each_on_its_own_are_not_given_the_total(searcher):
    each = answer_question(searcher, "硚口区对个人、对企业分别罚了多少钱？")
    assert not each.answered and "各自的数字" in each.notice
    both = answer_question(searcher, "硚口区对个人和企业一共罚了多少钱？")
    assert both.answered and "72.8万元" in both.answer


def test_a_report_said_to_leave_out_what_it_writes_is_corrected_before_the_asker_s_next_step(searcher):
    answer = answer_question(searcher, "沙坪坝区报告通篇没提行刑衔接，是不是要记为缺项？")
    assert answer.answered and "并不是没有" in answer.notice
    booked = answer_question(searcher, "北碚区报告没写行政审批提速情况，记作未落实？")
    assert booked.answered and "并不是没有" in booked.notice


def test_a_year_a_document_was_issued_in_is_no_report_year(searcher):
    answer = answer_question(searcher, "那份专家库管理办法（2015年文）清理后是继续有效吗？")
    assert answer.reason != "no_report_for_scope" and "废止" in answer.notice + answer.answer


def test_a_report_given_another_year_is_answered_from_the_one_report_with_the_year_corrected(searcher):
    answer = answer_question(searcher, "区名打码的那份2023年度报告里，抖音短视频发了几条？")
    assert answer.answered and "报告是2022年度的，不是问题所说的2023年度" in answer.notice
    assert "1条" in answer.answer
    # a year of the work, not of the report, is still no report of that year; nor is a named
    # district's report of a year asked for, not pointed at
    assert answer_question(searcher, "普陀区2022年查过多少家企业？").reason != "answered"
    assert answer_question(searcher, "普陀区2022年度报告里写了哪些不足？").reason == "no_report_for_scope"
    pointed = answer_question(searcher, "普陀区那份2022年度报告里，执法大队是几月揭牌的？")
    assert pointed.answered and "普陀区的报告是2023年度的" in pointed.notice


def test_a_count_of_firms_asked_by_jiashu_after_a_doing_counts_the_firms(searcher):
    answer = answer_question(searcher, "台账填报：普陀区完成失信企业信用修复审批的家数")
    assert answer.answered and "3家" in answer.answer


def test_english_question_words_and_media_words_are_read_in_chinese(searcher):
    from indexer.text.english_words import english_in_chinese

    assert english_in_chinese("普陀拍的micro film叫什么") == "普陀拍的微电影叫什么"
    assert english_in_chinese("which one被废止了") == "哪一个被废止了"
    answer = answer_question(searcher, "In the 2022 report (区名被**隐藏)，法律顾问审查了几份合同？")
    assert answer.answered and "2份" in answer.answer


def test_a_claim_put_up_for_air_is_checked_not_the_newsroom_words(searcher):
    subtitle = answer_question(searcher, "沙坪坝142个重大事故隐患，到期整改率只有九成，字幕就这么打？")
    assert subtitle.answered and "100%" in subtitle.notice and "不是问题所说的" in subtitle.notice
    crossed = answer_question(searcher, "普陀截至10月底立案6起、处罚企业8家，这组数能直接上吗？")
    assert crossed.answered and "所对应的事项与报告相反" in crossed.notice


def test_a_number_asked_after_the_title_it_misnumbers_is_corrected_to_the_printed_one(searcher):
    answer = answer_question(
        searcher, "硚口区换发执法证件，依据的是省政府办公厅那份鄂政办函〔2023〕9号通知吧？"
    )
    assert answer.answered and "鄂政办函〔2021〕17号" in answer.notice
    # the same issuer's number with no title described is no correction
    other = answer_question(searcher, "硚口区执行的鄂司发〔2023〕5号通知是关于什么的？")
    assert "鄂司发〔2022〕2号，不是" not in other.notice


def test_a_count_of_documents_with_no_list_beside_it_names_none(searcher):
    answer = answer_question(searcher, "沙坪坝区2023年清理审查的那2件规范性文件叫什么名字？")
    assert not answer.answered and "只给出数目" in answer.notice


def test_whom_other_things_were_sent_to_is_no_question_on_the_report_s_addressee(searcher):
    answer = answer_question(searcher, "那份2022年匿名区的报告里，2021年度的执法数据报给哪个部门了？")
    assert answer.answered and "同级司法行政部门" in answer.answer


def test_the_signer_s_office_is_said_to_be_unwritten(searcher):
    answer = answer_question(searcher, "普陀区报告的签发人张军担任什么职务？")
    assert not answer.answered and "没有写明其职务" in answer.notice


def test_a_worry_said_after_the_question_and_a_greeting_are_no_topic(searcher):
    worry = answer_question(searcher, "普陀区修订的法制审核办法全称是什么？我担心材料里把名字写错。")
    assert worry.answered and "法制审核办法》" in worry.answer
    greeted = answer_question(searcher, "您好，想先弄清楚：沙坪坝区2023年清理过几件规范性文件？")
    assert greeted.answered and "2件" in greeted.answer


def test_who_keeps_a_gate_is_answered_by_the_office_that_keeps_it(searcher):
    answer = answer_question(searcher, "硚口区办案的审结关是谁把的？")
    assert answer.answered and "主要领导把好案件审结关" in answer.answer


def test_the_reviewer_s_regressions_stay_mended(searcher):
    # a year of work said with 发布 is still the year asked of
    assert answer_question(searcher, "沙坪坝区2022年发布了几次预警？").reason == "no_report_for_scope"
    # 情况 of the report's own title asks its addressee
    addressed = answer_question(searcher, "北碚区这份法治政府建设情况报告报给了哪个机关？")
    assert "主送机关" in addressed.notice
    # a two-character doing may be worded otherwise (发放 of 兑现): not declined for it
    assert answer_question(searcher, "北碚区给举报人的奖励是否已经发放？").answered
    # 八十几场 claimed, 80余场 written: confirmed, not asked
    drills = answer_question(searcher, "沙坪坝区一年搞了八十几场应急演练吧？")
    assert drills.answered and "80余场" in drills.answer
    # the figure narrowed by the platform named before it
    posts = answer_question(searcher, "硚口在学习强国上刊稿二十几篇，对吧？")
    assert "报告写的是7篇" in posts.notice
    # whether the film won a prize: the sentence on the film sent names none
    prize = answer_question(searcher, "普陀那部普法微电影得到奖了没有？")
    assert not prize.answered and "奖项" in prize.notice


def test_the_people_and_firms_fined_are_counted_not_the_fine(searcher):
    answer = answer_question(searcher, "硚口受到罚款的个人与企业分别有几个？")
    assert answer.answered and "5名个人" in answer.answer and "13家企业" in answer.answer
    assert "合在一起的总数" not in answer.notice


def test_a_joint_fine_claimed_of_one_group_is_corrected(searcher):
    claimed = answer_question(searcher, "硚口区那13家企业一共被罚了72.8万元，没错吧？")
    assert claimed.answered and "合在一起的总数" in claimed.notice
    # both groups claimed: the total is theirs, nothing to correct
    both = answer_question(searcher, "硚口区对5名个人和13家企业合计罚款72.8万元吗？")
    assert both.answered and "合在一起的总数" not in both.notice


def test_a_document_s_title_asked_by_its_file_name_is_no_question_on_the_corpus(searcher):
    answer = answer_question(searcher, "北碚那个举报奖励办法的正式文件名是什么？")
    assert "语料本身" not in answer.notice


def test_a_status_said_in_speech_is_checked_against_the_review(searcher):
    ended = answer_question(searcher, "匿名区那份消防网络化管理的实施办法，清理时也作废了吧？")
    assert ended.answered and "继续有效" in ended.notice and "不是问题所说的" in ended.notice
    granted = answer_question(searcher, "清理后依然有效的那份专家库管理办法，里面规定专家怎么抽取？")
    assert granted.answered and "前提不成立" in granted.notice and "废止" in granted.notice


def test_what_became_of_a_reviewed_document_answers_its_outcome(searcher):
    answer = answer_question(searcher, "2022年清理规范性文件时，那份专家库管理办法的处理结果如何？")
    assert answer.answered and "废止" in answer.answer


def test_one_of_several_picked_by_place_or_by_the_most_is_declined_when_unlisted(searcher):
    ordinal = answer_question(searcher, "北碚牵头制定了3个规范性文件，其中第2个叫什么？")
    assert not ordinal.answered and "只给出数目" in ordinal.notice
    most = answer_question(searcher, "沙坪坝那100期安全小课堂，哪一期的观看人数最高？")
    assert not most.answered and "哪一个最多或最少" in most.notice
    # which district has the most is a comparison the districts' figures answer
    from indexer.answers.parts import picks_one_of_them

    assert picks_one_of_them("哪家企业被罚得最多") and not picks_one_of_them("哪个区罚款最多")


def test_the_items_of_a_numbered_name_are_unwritten_when_no_sentence_lists_them(searcher):
    answer = answer_question(searcher, "沙坪坝企业负责人的“五带头”具体是什么？")
    assert not answer.answered and "没有写出是哪几项" in answer.notice


def test_districts_typed_by_their_initials_are_read(searcher):
    from indexer.text.romanized import in_chinese

    districts = ["沙坪坝区", "北碚区", "普陀区", "硚口区"]
    assert in_chinese("qk 执法证 换了几本", districts).startswith("硚口区")
    assert in_chinese("SPB区 演练", districts).startswith("沙坪坝区")
    assert in_chinese("ppt 模板", districts) == "ppt 模板"  # a longer run of letters is no district
    answer = answer_question(searcher, "bb 12350 受理举报 立案几件")
    assert answer.answered and "68件" in answer.answer


def test_a_change_asked_by_how_much_it_fell_and_slashed_subjects(searcher):
    answer = answer_question(searcher, "北碚 事故/死亡人数 较上年降了多少")
    assert answer.answered and "25%" in answer.answer and "27.8%" in answer.answer
    assert "同比" not in answer.notice


def test_only_one_district_said_in_speech_with_the_topic_first(searcher):
    answer = answer_question(searcher, "12350举报电话 就北碚在搞吧")
    assert answer.answered and "报告中有相关内容的区" in answer.notice


def test_a_day_named_by_a_wrong_date_is_corrected(searcher):
    answer = answer_question(searcher, "硚口借“10·3国际减灾日”搞了什么宣传？")
    assert answer.answered and "10·13国际减灾日" in answer.notice and "不是问题所说的" in answer.notice


def test_taiwan_wordings_and_thousands_after_ten_thousands(searcher):
    from indexer.text.numbers import yuan_said

    assert yuan_said("罰了3万8千元") == "罰了3.8万元"
    answer = answer_question(searcher, "沙坪壩142個重大事故隱患是否已全數整改到位？")
    assert answer.answered and "135个" in answer.notice
    fines = answer_question(searcher, "北碚經由12350專線受理的舉報，罰鍰多少？")
    assert fines.answered and "3.86万元" in fines.answer


def test_a_title_answers_what_a_document_is_called(searcher):
    answer = answer_question(searcher, "普陀区应急局组织修订的法制审核方面的文件叫什么名字？")
    assert answer.answered and "法制审核办法》" in answer.answer


def test_how_it_was_done_said_with_za_is_read_as_how(searcher):
    from indexer.text.dialect import in_mandarin

    assert in_mandarin("这个机制咋搞的")[0] == "这个机制怎么搞的"


def test_which_one_firm_asked_needs_the_firm_named(searcher):
    answer = answer_question(searcher, "沙坪坝应急局请的法律顾问来自哪一家律所？")
    assert not answer.answered and "单位名称" in answer.notice


def test_the_reviewer_s_regressions_of_the_forty_fourth_session_stay_mended(searcher):
    from indexer.answers.meta import is_meta_question
    from indexer.answers.parts import picks_one_of_them
    from indexer.text.romanized import in_chinese

    # the amount fined asked by 总额: money, not the firms fined
    total = answer_question(searcher, "普陀区罚款的总额有多少？")
    assert total.answered and "71000元" in total.answer
    # two Latin letters in a question naming a district are no second district (pt: part-time)
    assert "普陀" not in in_chinese("北碚那些兼职的是 pt 吗", ["北碚区", "普陀区"])
    # a report's own file name is still a question on the collection
    assert is_meta_question("硚口区那份报告的文件名叫什么？")
    # the items of a numbered name asked after it, some words on
    four = answer_question(searcher, "普陀区推进的“四位一体”具体是指哪四个方面？")
    assert not four.answered and "没有写出是哪几项" in four.notice
    # 哪个 picks no one of them: 哪个街道 is read as a comparison of its own
    assert not picks_one_of_them("哪个街道扑灭的最多")


def test_a_day_named_unquoted_by_a_wrong_date_is_corrected(searcher):
    wrong = answer_question(searcher, "硚口区趁着10·3国际减灾日做了哪些普法？")
    assert wrong.answered and "10·13国际减灾日" in wrong.notice and "不是问题所说的" in wrong.notice
    right = answer_question(searcher, "硚口区趁着10·13国际减灾日做了哪些普法？")
    assert right.answered and "不是问题所说的" not in right.notice


def test_how_often_asked_needs_a_sentence_saying_how_often(searcher):
    from indexer.answers.slots import asked_slot

    unsaid = answer_question(searcher, "北碚那支缙云应急志愿服务队隔多久训练一回？")
    assert not unsaid.answered and "频次" in unsaid.notice
    said = answer_question(searcher, "北碚多久办一次焊工、电工这类特种作业的培训？")
    assert said.answered and "每月" in said.answer
    # a frequency described, not asked
    assert asked_slot("这种高频度的督导到底管不管用") != "frequency"


def test_where_asked_needs_a_sentence_naming_the_place(searcher):
    answer = answer_question(searcher, "硚口那40个应急服务示范站都建在哪些社区？")
    assert not answer.answered and "具体地点" in answer.notice


def test_which_things_no_quoted_sentence_words_are_declined(searcher):
    answer = answer_question(searcher, "硚口社区里的应急服务示范站都配备了哪些应急物资？")
    assert not answer.answered and "不能回答是哪些" in answer.notice


def test_a_thing_asked_whether_built_is_found_beyond_its_plan(searcher):
    answer = answer_question(searcher, "沙坪坝打算明年给“工贸安全在线”做迭代，这个应用本身是否已经建成了？")
    assert answer.answered and "率先建成“工贸安全在线”" in answer.answer
    assert "没有写它已经建成" not in answer.notice


def test_among_the_reports_is_no_question_on_the_collection(searcher):
    from indexer.answers.meta import is_meta_question

    assert not is_meta_question("在几份报告中，是不是只有北碚开通了12350？")
    assert is_meta_question("一共有几份报告？")
    answer = answer_question(searcher, "几份报告里好像只有北碚区开通了“12350”，其他区为何没有这个渠道？")
    assert answer.answered and "沙坪坝区" in answer.answer


def test_only_one_district_claimed_then_the_others_asked_of(searcher):
    answer = answer_question(searcher, "只有沙坪坝区弄了“12350”，别的区是不是都没有？")
    assert answer.answered and "北碚区" in answer.answer and "不止沙坪坝区" in answer.notice


def test_a_title_of_the_same_issuer_and_kind_is_corrected(searcher):
    answer = answer_question(
        searcher, "普陀区依据沪应急法规〔2020〕63号制定的《普陀区安全生产应急处置实施细则》是和谁一起定的？"
    )
    assert answer.answered and "刑事司法衔接工作实施细则》，不是问题所说的" in answer.notice


def test_a_document_number_said_in_words_dates_no_report(searcher):
    scope = searcher.scope_of("依据2020年63号文制定的细则是什么")
    assert 2020 not in (*scope.years, *scope.other_years)
    answer = answer_question(searcher, "普陀的行刑衔接细则是照着应急管理部发的2020年63号文制定的吗？")
    assert answer.answered and "《上海市安全生产" in answer.notice and "实施办法》" in answer.notice


def test_people_counted_of_a_thing_pinned_by_its_figure(searcher):
    answer = answer_question(searcher, "沙坪坝搞的那80余场防汛和森林防火演练，前后一共多少人参加？")
    assert not answer.answered


def test_village_emergency_staff_are_people_counted(searcher):
    answer = answer_question(searcher, "北碚各个村里的应急专干总共有多少人？")
    assert not answer.answered and "专干" in answer.notice


def test_a_follow_up_turning_to_another_year(searcher):
    from indexer.answers.parts import follow_ups_spelled

    assert (
        follow_ups_spelled("硚口2023年立案了多少起？2022年又是多少？")
        == "硚口2023年立案了多少起？硚口2022年立案了多少起？"
    )


def test_words_around_what_is_asked_are_no_topic(searcher):
    claimed = answer_question(searcher, "硚口号称连续多少年没出过较大及以上事故？")
    assert claimed.answered and "连续八年" in claimed.answer
    named = answer_question(searcher, "沙坪坝跟镇街签的那个委托执法协议，正式名称是啥？")
    assert named.answered and "委托协议》" in named.answer and "签订《安全生产" in named.answer
    pointed = answer_question(searcher, "2022年那家局评查的是哪段时间办结的案卷？")
    assert pointed.answered and "2021年11月1日" in pointed.answer


def test_a_rare_character_of_a_district_typed_the_common_way(searcher):
    answer = answer_question(searcher, "桥口区建了几个应急服务示范站？")
    assert answer.answered and "40个" in answer.answer and "“硚口区”" in answer.answer


def test_how_many_asked_in_formal_words(searcher):
    from indexer.text.formal import in_everyday_words

    assert in_everyday_words("小课堂已播出若干期？") == "小课堂已播出多少期？"
    assert in_everyday_words("出台了若干措施，效果如何") == "出台了若干措施，效果如何"


def test_registered_teams_and_themes_counted(searcher):
    teams = answer_question(searcher, "硚口登记备案的应急救援队伍一共几支？")
    assert teams.answered and "35支" in teams.answer
    themes = answer_question(searcher, "普陀为科普讲解大赛拍了几个主题的视频？")
    assert themes.answered and "3个主题" in themes.answer


def test_a_prize_claimed_to_be_all_that_was_won(searcher):
    answer = answer_question(searcher, "硚口在武汉第一届执法大比武里就拿了个优秀组织奖吧？")
    assert answer.answered and "总分第一名" in answer.notice and "不是问题所说的" in answer.notice


def test_a_figure_of_one_sentence_claimed_of_another_s_doing(searcher):
    answer = answer_question(searcher, "普陀不是给全区2500多家企业都建档“画像”了吗？")
    assert answer.answered and "220家" in answer.notice


def test_documents_counted_by_jian_or_ge(searcher):
    answer = answer_question(searcher, "北碚那两件举报奖励实施办法没有过合法性审核吧？")
    assert answer.answered and "通过了合法性审核" in answer.notice


def test_a_count_of_things_done_to_something_else_is_no_answer(searcher):
    answer = answer_question(searcher, "普陀区有多少家企业被列入了失信名单？")
    assert not answer.answered and "列入失信名单" in answer.notice


def test_a_figure_stated_as_the_setting_is_no_figure_asked(searcher):
    answer = answer_question(searcher, "普陀那71000元罚款里，罚得最多的一笔是哪家企业的？")
    assert not answer.answered


def test_the_items_of_a_part_counted_against_the_claim(searcher):
    wrong = answer_question(searcher, "普陀下一步的主要安排一共部署了四项吧？")
    assert wrong.answered and "列的是3项" in wrong.notice and "不是问题所说的四项" in wrong.notice
    right = answer_question(searcher, "硚口存在的问题和不足一共有三条吗？")
    assert right.answered and "列的是3项" in right.notice and "不是问题所说的" not in right.notice
    # two of them picked out is no count of the part
    picked = answer_question(searcher, "普陀下一步安排里有两项涉及执法，是哪两项？")
    assert "列的是" not in picked.notice


def test_a_remark_after_the_question_is_no_part_of_it(searcher):
    answer = answer_question(searcher, "北碚缙云应急志愿服务队是依托蓝天救援队组建的吗？我朋友想加入。")
    assert answer.answered and "山城雪豹" in answer.notice


def test_two_units_given_to_their_holders_the_wrong_way_round(searcher):
    answer = answer_question(searcher, "北碚是镇街这一级设执法支队、区应急局设执法大队吗？")
    assert answer.answered and "所对应的事项与报告相反" in answer.notice


def test_a_system_named_with_another_s_first_words(searcher):
    wrong = answer_question(searcher, "沙坪坝率先建成的城市内涝决策指挥系统有什么用？")
    assert wrong.answered and "报告写的是“防汛决策" in wrong.notice
    right = answer_question(searcher, "沙坪坝率先建成的那个防汛指挥系统有什么用？")
    assert "不是问题所说的" not in right.notice


def test_the_reviewer_s_near_misses_of_the_forty_fifth_session_stay_answered(searcher):
    from indexer.answers.titles import other_title

    # a frequency written without 每 (年内一次以上)
    yearly = answer_question(searcher, "硚口对重点企业隔多久要查一次？")
    assert yearly.answered and "年内一次以上" in yearly.answer
    # how many times in a year is a count, not a frequency
    counted = answer_question(searcher, "沙坪坝一年搞了几次自然灾害综合会商？")
    assert counted.answered and "10次" in counted.answer
    # a place written as an area (在中心城区)
    piloted = answer_question(searcher, "沙坪坝那个积水和红绿灯联动的系统在什么地点试点的？")
    assert piloted.answered and "中心城区" in piloted.answer
    # a unit inside the bureau: where it sits is no street
    inside = answer_question(searcher, "北碚的法制宣教科设在哪？")
    assert inside.answered and "法制宣教科" in inside.answer
    # 问题 of a legal review are no shortcomings
    review = answer_question(searcher, "普陀法制审核要审的问题一共有六个方面吗？")
    assert "存在的不足" not in review.notice
    # a title opening with 关于 names no issuer to share
    assert other_title("按《关于开展安全生产大排查工作的通知》做的吗？", review.citations) is None


def test_an_issuer_given_with_the_number_and_a_thing_built_beside_its_update(searcher):
    named = answer_question(searcher, "普陀行刑衔接细则依据的那份应急管理部2020年63号文，全称是什么？")
    assert named.answered and "不是问题所说的“应急管理部”发的" in named.notice
    built_too = answer_question(
        searcher, "沙坪坝要推进“工贸安全在线”等应用的迭代更新，可这个应用本身建成了没有？"
    )
    assert built_too.answered and "率先建成“工贸安全在线”" in built_too.answer


def test_a_figure_written_only_of_another_topic_is_corrected_by_the_topic_s_own(searcher):
    # 3件 is written in this report only of proposals handled; the clean-up's sentence says 2件
    answer = answer_question(searcher, "沙坪坝2023年清理审查的规范性文件有3件，这个数对吗？")
    assert answer.answered and "报告写的是2件，不是问题所说的3件" in answer.notice


def test_a_year_compared_against_is_no_year_asked_of(searcher):
    for question in (
        "沙坪坝2022年一共查出多少隐患？好跟2023年的17435个做同比",
        "沙坪坝2022年查出多少隐患？我想拿2023年的去比",
    ):
        answer = answer_question(searcher, question)
        assert answer.reason == "no_report_for_scope" and "2022年" in answer.notice, question
        assert "出自" not in answer.notice  # the question itself gave 17435 to 2023


def test_a_count_in_the_next_item_of_a_run_is_no_count_of_this_one(searcher):
    # 二是 speaks of checks by risk level with no figure; 三是 counts 12350 reports (查处70起)
    answer = answer_question(searcher, "在北碚，风险低的企业每年要被执法检查几次？")
    assert answer.reason == "no_figure"


def test_only_one_district_delegating_enforcement_is_refuted(searcher):
    answer = answer_question(searcher, "只有北碚把执法权委托给镇街了吧？")
    assert answer.answered and "不止北碚区" in answer.notice and "沙坪坝区" in answer.notice


def test_the_asker_s_own_task_put_first_is_set_aside(searcher):
    answer = answer_question(searcher, "我正在填报表——普陀截至10月底检查了多少家次企业？")
    assert answer.answered and "579" in answer.answer


def test_the_anonymised_district_said_by_the_stars_typed_for_its_name(searcher):
    answer = answer_question(searcher, "那份地名打了**的报告里，碳达峰清理涉及几件规范性文件？")
    assert answer.answered and "未具名区" in answer.answer


def test_copies_printed_are_no_people_in_another_unit(searcher):
    # the report's footer prints 5份; the 5人 handed over are another district's
    answer = answer_question(searcher, "普陀区向司法机关移送了5个人吗？")
    assert "5份" not in answer.notice and "沙坪坝区" in answer.notice


def test_an_amount_said_with_its_thousands_digit_after_wan_and_much_less_said(searcher):
    answer = answer_question(searcher, "普陀去年罚款才7万1吧，比上年少多了？")
    assert answer.answered and "与问题所说的下降（减少）相反" in answer.notice
    assert "71000元" in answer.answer


def test_each_misquoted_name_of_several_is_corrected(searcher):
    answer = answer_question(searcher, "北碚事故调查搞的是“一案三查”和“双责同追”吗？")
    assert answer.answered
    assert "“一案双查”“三责同追”，不是问题所说的“一案三查”“双责同追”" in answer.notice


def test_a_quoted_name_going_on_with_the_report_s_own_words_is_the_same_thing(searcher):
    answer = answer_question(searcher, "普陀那个“智能普陀”安全生产信息监管子系统管着多少家企业？")
    assert answer.answered and "不是问题所说的“智能普陀”" in answer.notice and "2500多家" in answer.answer
    # a short name with no words after it to tell is left alone
    alone = answer_question(searcher, "普陀的“智能普陀”管着多少家企业？")
    assert "不是问题所说的" not in alone.notice


def test_a_word_cut_by_the_segmenter_is_still_said_to_be_written(searcher):
    # jieba cuts 行政执法公示|率达: 公示率 is written all the same
    answer = answer_question(searcher, "普陀执法信息公示率只有九成多一点，没公示的那部分原因是啥？")
    assert "“公示率”" not in answer.notice and "“多一”" not in answer.notice


def test_everyday_words_of_when_a_penalty_comes_are_no_topic(searcher):
    answer = answer_question(searcher, "沙坪坝对企业讲包容审慎，是不是一上来就罚？")
    assert "“上来”" not in answer.notice


def test_which_occasion_asked_needs_the_answering_sentence_to_name_it(searcher):
    held = answer_question(searcher, "普陀局长述职述廉述法是在哪次会议上述的？")
    assert not held.answered and "哪次会议" in held.notice
    # an occasion the sentence names is an answer
    named = answer_question(searcher, "硚口在哪次比武中拿了总分第一？")
    assert named.answered and "大比武" in named.answer


def test_not_having_passed_the_exam_said_in_everyday_words(searcher):
    answer = answer_question(searcher, "硚口的执法人员是不是有人没考到执法证就上岗了？")
    assert answer.answered and any("均已通过资格考试" in c.text for c in answer.citations)


def test_how_a_frequency_is_decided_is_no_frequency_asked(searcher):
    from indexer.answers import slots

    assert slots.asked_slot("北碚执法检查多久来一次是怎么定的？") != slots.FREQUENCY
    assert slots.asked_slot("北碚执法检查多久来一次？") == slots.FREQUENCY


def test_a_reward_asked_is_not_answered_by_the_fine_beside_it(searcher):
    answer = answer_question(searcher, "北碚举报一回能奖多少钱？")
    assert answer.reason == "no_figure" and "奖励" in answer.notice
    fined = answer_question(searcher, "北碚12350处罚了多少钱？")
    assert fined.answered and "3.86万元" in fined.answer


def test_a_part_asked_within_a_counted_set_is_not_its_total(searcher):
    answer = answer_question(searcher, "沙坪坝那11次预警当中，山洪灾害预警有几次？")
    assert answer.reason == "no_figure"


def test_shares_given_the_wrong_way_round_with_less_said(searcher):
    answer = answer_question(searcher, "北碚2023年死亡人数比上年少了25%，事故起数少了27.8%，是吗？")
    assert answer.answered and "报告写的是27.8%，不是问题所说的25%" in answer.notice


def test_a_place_named_in_another_district_s_thing_declines_for_this_one(searcher):
    answer = answer_question(searcher, "普陀区的缙云应急志愿服务队有多少人？")
    assert not answer.answered and "北碚区的报告提到了" in answer.notice


def test_the_reports_writing_a_word_are_counted_to_two_and_no_further(searcher):
    vocabulary = corpus_vocabulary(searcher)
    assert vocabulary.reports_writing("缙云") == 1  # 北碚 alone
    assert vocabulary.reports_writing("应急管理局") == 2  # every report, counted no further
    assert vocabulary.reports_writing("无人机巡航") == 0
    # a word written three times in one report is still one report's
    assert Vocabulary({"a": "缙云缙云缙云", "b": "北碚"}).reports_writing("缙云") == 1


def test_everyday_words_for_teams_gathering_and_a_misread_within(searcher):
    answer = answer_question(searcher, "北碚15分钟内能集合起来的应急队员有多少人？")
    assert answer.answered and "50名应急队员15分钟以内集结到位" in answer.answer
    teams = answer_question(searcher, "普陀区的应急执法团队是2022年6月成立的吗？")
    assert teams.answered and "今年6月" in teams.notice


def test_a_count_written_after_its_thing_is_not_corrected_by_another(searcher):
    answer = answer_question(searcher, "北碚牵头制定的3个规范性文件叫什么名字？")
    assert "不是问题所说的3个" not in answer.notice


def test_a_change_said_in_one_character_is_no_doing_counted(searcher):
    from indexer.answers.question import Question

    def acted(question):
        return Question(searcher, question, searcher.scope_of(question)).acted

    assert acted("普陀检查的企业同比涨了多少？") is None
    assert acted("北碚救了多少人？") == "救"


def test_hired_from_outside_and_a_trend_asked(searcher):
    hired = answer_question(searcher, "硚口区应急局外聘的法律顾问是哪家律所？")
    assert hired.answered and "德和衡" in hired.answer
    trend = answer_question(searcher, "北碚区事故起数和死亡人数相比上年是什么走势，幅度各是多少？")
    assert trend.answered and "27.8%" in trend.answer


def test_the_reviewer_s_near_misses_of_the_forty_sixth_session(searcher):
    # 至少多了 is at least more, no fall claimed
    more = answer_question(searcher, "普陀处罚的企业数比上年至少多了一倍吧？")
    assert "与问题所说的下降（减少）相反" not in more.notice
    assert more.answered and "不是问题所说的" not in more.notice  # 200% meets "at least double"
    # cases against people is another unit still; only printed copies are no people
    cases = answer_question(searcher, "沙坪坝区一年里向司法机关移送了5起案件吗？")
    assert "计量单位" in cases.notice
    # a material being checked is the topic, not the asker's task
    printed = answer_question(searcher, "我在核对硚口区宣传材料，一共印了多少份？")
    assert printed.answered and "2万份" in printed.answer
    # 比例 is no comparison with the year before it
    share = answer_question(searcher, "2022年和2023年的执法人员持证比例各是多少？")
    assert share.answered and "100%" in share.answer


def test_a_place_in_a_contest_is_no_count_of_people(searcher):
    from indexer.answers.stated_figures import in_other_units, named_in

    question = "硚口区有3件行政诉讼案件吧？"
    figure = named_in(question)[0]
    assert in_other_units("荣获伤员包扎单项第三名和团体优秀组织奖。", figure, question) == []
    assert in_other_units("全年移送3人。", figure, question) == ["3人"]


def test_an_amount_said_in_wan_without_yuan_is_a_claim_on_money(searcher):
    named = answer_question(searcher, "硚口区一年的罚款数额为90万？")
    assert named.answered and "报告写的是72.8万元，不是问题所说的90万元" in named.notice
    split = answer_question(searcher, "普陀区的处罚金额是不是6万5")
    assert split.answered and "71000元" in split.notice and "6.5万元" in split.notice
    # a bound on the fine put before it (5万以内的罚款权)
    bound = answer_question(searcher, "北碚委托给镇街的是5万以内的罚款权吗？")
    assert "报告写的是1万元，不是问题所说的5万元" in bound.notice


def test_a_figure_put_for_checking_with_its_tail_counts_no_noun(searcher):
    answer = answer_question(searcher, "普陀区检查了600家企业对吧")
    assert "不是问题所说的600家" in answer.notice and "579" in answer.notice


def test_only_one_district_with_a_bare_doing_lists_the_thing_named_before(searcher):
    answer = answer_question(searcher, "举报电话12350，五个区里是不是只有北碚在用？")
    assert answer.notice.startswith("不止北碚区：沙坪坝区")
    assert answer.citations and all("12350" in c.text for c in answer.citations)


def test_a_residential_quarter_is_no_district_the_corpus_lacks(searcher):
    quarter = answer_question(searcher, "北碚在居民小区里搞过几次疏散演练？")
    assert "语料中没有" not in quarter.notice
    # districts whose names end like an area still are districts
    for district in ("宝山区", "东城区"):
        unknown = answer_question(searcher, f"{district}有没有聘请法律顾问？")
        assert unknown.notice.startswith(f"语料中没有{district}的报告")


def test_each_number_of_a_name_is_no_rate():
    from indexer.answers.rates import asked_rate

    assert asked_rate("那个集结机制每个数字代表多少人？") is None
    assert asked_rate("平均每个执法人员办了几件案子？") == "平均"
    assert asked_rate("每个企业罚了多少钱？") == "每个"


def test_jeers_beside_a_question_are_no_part_of_it(searcher):
    from indexer.answers.jeers import without_jeers

    def without(question: str) -> str:
        return normalize_for_matching(without_jeers(question))

    assert without("普陀区查了多少家企业？就这？") == normalize_for_matching("普陀区查了多少家企业？")
    assert without("北碚罚了多少钱？别又是“研究研究”") == normalize_for_matching("北碚罚了多少钱？")
    assert without("硚口建了86个示范站？纸面上的吧") == normalize_for_matching("硚口建了86个示范站？")
    assert without("北碚开了12350热线，真的假的？") == normalize_for_matching("北碚开了12350热线，是真的吗？")
    # a clause stating a figure may be the claim; a question of one clause is kept whole
    assert without("吹的吧，硚口罚了100万？") == normalize_for_matching("硚口罚了100万？")
    # 别… opening the question holds what it asks
    assert (
        without_jeers("别又是只有北碚在搞举报奖励，其他区有没有？")
        == "别又是只有北碚在搞举报奖励，其他区有没有？"
    )
    assert without("才罚了7100块，躺平了吧？") == normalize_for_matching("才罚了7100块？")
    assert without_jeers("就这？") == "就这？"
    licensed = answer_question(searcher, "硚口应急局持证的执法人员有多少？别都是临时工吧")
    assert licensed.answered and "22" in licensed.answer


def test_people_counted_with_ge_against_the_wrong_time(searcher):
    answer = answer_question(searcher, "北碚要求200个应急队员15分钟以内集结？")
    assert "报告写的是“200名应急队员半小时以内”" in answer.notice and corrects_question(answer.notice)


def test_the_asker_s_concern_before_a_yes_no_question(searcher):
    answer = answer_question(searcher, "我们比较关心燃气安全。硚口区明年的排查打算里有没有燃气？")
    assert answer.answered and "城镇燃气" in answer.answer


def test_a_setting_up_said_otherwise_is_dated_by_its_own_sentence(searcher):
    answer = answer_question(searcher, "普陀区执法大队是开年挂牌的吧，挂牌后检查了多少企业？")
    assert "报告写的是“今年6月”，不是问题所说的“开年”" in answer.notice


def test_all_cleared_said_in_everyday_words(searcher):
    answer = answer_question(searcher, "沙坪坝的142个重大隐患都清零了吧")
    assert "整改到位135个" in answer.notice and "全部142个" in answer.notice


def test_which_items_asked_after_a_quoted_list_is_no_item_added(searcher):
    answer = answer_question(searcher, "北碚的“两委、十一办、四指”是哪两个委？")
    assert answer.answered and not answer.notice.startswith("报告列的是")


def test_which_district_the_starred_report_is_of_is_about_the_corpus(searcher):
    answer = answer_question(searcher, "那份2022年全打星号的报告到底是哪个区的？")
    assert answer.reason == "meta" and "没有写明区名" in answer.answer


def test_a_film_s_title_and_an_assessor_s_heading(searcher):
    title = answer_question(searcher, "普陀区那部普法微电影片名是什么？")
    assert title.answered and "应急侠" in title.answer
    headed = answer_question(searcher, "各区执法比较：普陀区执法大队是哪个月揭牌的？")
    assert headed.answered and "今年6月" in headed.answer


def test_a_doing_claimed_every_month_against_the_months_skipped(searcher):
    answer = answer_question(searcher, "2022年那份打码报告里，局里是不是每月都开展了执法巡查？")
    assert "报告写的是3月、10月未开展执法巡查工作" in answer.notice
    # a month-by-month claim on a doing no sentence says was skipped is left to the evidence
    drills = answer_question(searcher, "硚口每个月都组织演练吗？")
    assert "未开展" not in drills.notice


def test_a_thing_claimed_copied_where_the_report_did_it_first(searcher):
    copied = answer_question(searcher, "沙坪坝的“工贸安全在线”是照搬别人的吧")
    assert "率先" in copied.notice and "不是问题所说的“照搬”" in copied.notice
    second = answer_question(searcher, "沙坪坝的工贸安全在线不是全市第一个吧？")
    assert "率先" in second.notice and "不是全市第一个" in second.notice


def test_a_reward_asked_without_a_unit_is_still_an_amount(searcher):
    answer = answer_question(searcher, "北碚举报一次奖多少？")
    assert not answer.answered and "奖励" in answer.notice


def test_only_an_award_brought_back_in_everyday_words(searcher):
    answer = answer_question(searcher, "硚口去执法大比武就混了个优秀组织奖回来吧？")
    assert "总分第一名" in answer.notice and "不是问题所说的只有“优秀组织奖”" in answer.notice


def test_the_asker_s_own_past_set_beside_the_question(searcher):
    beside = answer_question(
        searcher, "硚口区的“专家+服务”，跟我们过去请技术员下乡差不多吧。他们全年请了多少名专家？"
    )
    assert beside.answered and "36名专家" in beside.answer
    once = answer_question(
        searcher, "过去办个证要盖好几个章，拖上个把月。北碚区现在危化品审批的办理时长压缩了多少？"
    )
    assert once.answered and "87.3%" in once.answer


def test_english_words_of_a_hotline_s_cases_closed(searcher):
    answer = answer_question(searcher, "沙坪坝的12350 hotline是不是都closed loop了？")
    assert answer.answered and "闭环" in answer.answer


def test_a_share_said_again_of_a_whole_count_claimed_done(searcher):
    answer = answer_question(searcher, "沙坪坝那142个重大隐患，已经100%全部整改到位了吧？")
    assert "整改到位135个" in answer.notice and "全部142个" in answer.notice


def test_a_setting_up_claimed_in_a_half_year(searcher):
    earlier = answer_question(searcher, "普陀区执法大队是2022年上半年挂牌的吗？")
    assert "报告写的是“今年6月”，不是问题所说的“2022年上半年”" in earlier.notice
    later = answer_question(searcher, "普陀区执法大队是2023年下半年挂牌的吗？")
    assert "不是问题所说的“2023年下半年”" in later.notice
    held = answer_question(searcher, "普陀区执法大队是2023年上半年挂牌的吗？")
    assert held.answered and not corrects_question(held.notice) and "没有写明" not in held.notice


def test_who_told_of_the_leading_is_no_leader_claimed(searcher):
    answer = answer_question(searcher, "北碚区说局里牵头制定了3个规范性文件，它们分别叫什么？")
    assert "不是问题所说的“北碚区说局里”" not in answer.notice


def test_an_amount_of_kuai_with_its_thousands_in_chinese_numerals():
    from indexer.text.numbers import yuan_said

    assert yuan_said("一共罚了企业七十二万八千块，真不少") == "一共罚了企业七十二万八千元，真不少"
    assert yuan_said("宣传用品有三万多块") == "宣传用品有三万多块"


def test_the_twelve_months_said_again_as_each_month_is_no_count():
    from indexer.answers.stated_figures import named_in

    assert named_in("是不是12个月每个月都做了执法巡查？") == ()
    assert [f.value for f in named_in("整改期限是6个月吗？")] == [6.0]


def test_more_than_a_year_before_is_a_rise_claimed(searcher):
    answer = answer_question(searcher, "北碚2023年死亡人数比2022年还多吧？")
    assert "报告写的是下降（减少），与问题所说的增长（上升）相反" in answer.notice


def test_another_prize_claimed_of_the_same_contest(searcher):
    champion = answer_question(searcher, "硚口在“应急纸飞机”总决赛拿了冠军吗？")
    assert "总决赛优秀组织奖" in champion.notice and "不是问题所说的“冠军”" in champion.notice
    # 冠军 of a contest the report gives 第一名 in is the same place
    first = answer_question(searcher, "硚口在大比武拿了冠军吧？")
    assert "不是问题所说的“冠军”" not in first.notice


def test_what_a_tip_off_earns_asked_in_everyday_words(searcher):
    answer = answer_question(searcher, "北碚区一个举报最多能拿多少钱？")
    assert not answer.answered and "奖励" in answer.notice


def test_a_body_said_in_another_s_place_is_quoted_to_its_closing_mark(searcher):
    answer = answer_question(searcher, "沙坪坝的“工贸安全在线”入选了国务院的良好实践案例吗？")
    assert "应急管理部应急管理“良好实践”" in answer.notice and "国务院" in answer.notice


def test_the_asker_s_guess_that_one_is_like_another_is_no_term(searcher):
    from indexer.answers.jeers import without_jeers

    asked = without_jeers("北碚有行政诉讼，硚口区想必也差不多，硚口那边也有几件吧？")
    assert "差不多" not in asked and "硚口那边也有几件" in asked


def test_a_count_written_after_its_noun_answers_the_doing_asked_before_it(searcher):
    answer = answer_question(searcher, "北碚牵头制定了4个规范性文件吧？")
    assert "报告写的是3个，不是问题所说的4个" in answer.notice
    assert "牵头制定的规范性文件3个" in answer.answer


def test_the_reviewer_s_near_misses_of_the_forty_seventh_session(searcher):
    # a count of people asked beside a doubt is the question, not a jeer
    few = answer_question(searcher, "北碚区缙云应急志愿服务队才几个人，能顶什么用？")
    assert few.answered and "19人" in few.answer
    # a part of a town is no district the corpus lacks; 东城区 is one
    town = answer_question(searcher, "硚口区旧城区的自建房隐患排查了吗？")
    assert "语料中没有" not in town.notice
    # a count of months claimed stays a claim
    from indexer.answers.stated_figures import named_in

    assert [f.value for f in named_in("有3个月都没开展执法巡查吧？")] == [3.0]
    # a half year a month falls in bears the claim out
    half = answer_question(searcher, "那份打码报告里的综合行政执法事项清单是上半年编制的吗？")
    assert half.answered and "没有写明" not in half.notice and not corrects_question(half.notice)
    # the report's own count, its shared words said once before two counts
    standard = answer_question(searcher, "硚口区建了86个社区应急服务标准站？")
    assert standard.answered and "另一件事" not in standard.notice


# --- forty-eighth session: a lawyer's, a Hong Kong reporter's, a village secretary's and an
# analyst's wording (questions written for these tests) ---


def test_governing_the_district_by_law_is_no_district(searcher):
    answer = answer_question(searcher, "区委全面依法治区委员会下发的整改方案，文号是多少？")
    assert answer.reason != "unknown_district" and "依法治区的报告" not in answer.notice


def test_a_count_claimed_after_its_thing_is_the_report_s_own(searcher):
    answer = answer_question(searcher, "北碚牵头制定的规范性文件有3个是吧？")
    assert answer.answered and not corrects_question(answer.notice)


def test_a_report_named_by_a_wrong_number_before_its_description(searcher):
    answer = answer_question(searcher, "普应急〔2023〕31号这份普陀区年度法治报告是谁签发的？")
    assert "版头印的文号是普应急〔2023〕13号" in answer.notice and "张军" in answer.answer
    named = answer_question(searcher, "普应急〔2023〕13号是谁签发的？")
    assert "签发人：签发人" not in named.answer and "签发人：张军" in named.answer


def test_a_document_number_asked_beside_the_title(searcher):
    answer = answer_question(searcher, "普陀区的行刑衔接细则依据的是市里哪份文件？给出全称和文号")
    assert answer.answered and "沪应急法规〔2020〕63号" in answer.answer
    cited = answer_question(searcher, "硚口区换发执法证件援引了省里哪两份通知？文号请写全")
    assert cited.answered and "鄂政办函〔2021〕17号" in cited.answer


def test_a_body_of_the_bureau_answers_which_body(searcher):
    answer = answer_question(searcher, "硚口区的重大案件交给哪个机构审议？")
    assert answer.answered and "案件审理委员会" in answer.answer


def test_statuses_said_as_doings_before_the_documents(searcher):
    answer = answer_question(
        searcher, "那份打码的报告里，清理时废止了消防网络化管理实施办法、保留了专家库管理办法，对吧？"
    )
    assert answer.answered and answer.notice.count("不是问题所说的") == 2


def test_handling_reports_is_answered_by_investigating_them(searcher):
    answer = answer_question(searcher, "北碚区经12350热线处理的举报有多少起？")
    assert answer.answered and "70起" in answer.answer


def test_named_as_a_word_of_asking(searcher):
    answer = answer_question(searcher, "普陀那部普法微电影的片名叫啥？")
    assert answer.answered and "《应急侠》" in answer.answer


def test_a_claim_of_none_in_everyday_words_is_checked_in_the_report_s(searcher):
    answer = answer_question(searcher, "北碚区去年一起行政官司也没有吧？")
    assert "并不是没有" in answer.notice and "行政诉讼" in answer.notice


def test_a_figure_is_corrected_though_the_report_never_writes_where_it_went(searcher):
    answer = answer_question(searcher, "普陀区向纪委移送了5起案件吧？")
    assert "报告写的是2起，不是问题所说的5起（报告没有写到“纪委”）" in answer.notice
    gone = answer_question(searcher, "普陀区移送了3起案去公安吧？")
    assert "报告写的是2起，不是问题所说的3起" in gone.notice


def test_a_title_claimed_of_one_contest_is_read_against_that_contest(searcher):
    team = answer_question(searcher, "硚口区基层应急队伍大比武拿了冠军吧？")
    assert "团体优秀组织奖" in team.notice and corrects_question(team.notice)
    # the enforcement contest's 总分第一名 is a first place indeed
    first = answer_question(searcher, "硚口区在全市执法大比武中拿了冠军吗？")
    assert first.answered and not corrects_question(first.notice)
    # a title no report writes stays unwritten, not cut into words the reports do write
    national = answer_question(searcher, "硚口区得过全国冠军没有？")
    assert not national.answered


def test_a_press_release_s_first_in_the_country(searcher):
    answer = answer_question(searcher, "沙坪坝的宣传稿说工贸安全在线是全国首创，是吗？")
    assert answer.answered and "全市" in answer.notice and corrects_question(answer.notice)


def test_having_a_licence_in_everyday_words(searcher):
    answer = answer_question(searcher, "硚口区的执法人员都有证吗？")
    assert answer.answered and "持证率100%" in answer.answer


def test_a_named_system_is_worded_whole_not_from_three_sentences(searcher):
    answer = answer_question(searcher, "北碚区的安全生产信息监管子系统能干什么？")
    assert "北碚区的报告原句" not in answer.notice
    assert not answer.answered or "普陀区" in answer.notice


def test_a_pilot_answers_whether_it_is_everywhere(searcher):
    answer = answer_question(searcher, "沙坪坝那个内涝和红绿灯联动的系统全市都铺开了吧？")
    assert answer.answered and "试点" in answer.notice and corrects_question(answer.notice)


def test_the_unnamed_district_said_by_its_little_stars(searcher):
    answer = answer_question(searcher, "名字打了星星的那个区清理了几件规范性文件？")
    assert answer.answered and "未具名区" in answer.answer


def test_an_amount_about_so_many_ten_thousands(searcher):
    from indexer.answers.stated_figures import named_in

    [figure] = named_in("普陀罚了七十来万吧？")
    assert figure.value == 700000 and figure.approx == "来"
    answer = answer_question(searcher, "普陀罚了七十来万吧？")
    assert not answer.answered or corrects_question(answer.notice)


def test_how_often_said_as_once_in_so_long(searcher):
    answer = answer_question(searcher, "缙云应急志愿服务队多久训练一回？")
    assert not answer.answered and "频次" in answer.notice


def test_every_month_claimed_after_the_doing(searcher):
    answer = answer_question(searcher, "打码报告那个区，执法巡查是每个月都搞了吧？")
    assert "报告写的是3月、10月未开展执法巡查工作" in answer.notice


def test_a_law_firm_put_in_another_place(searcher):
    answer = answer_question(searcher, "硚口区请的是上海德和衡律师事务所吧？")
    assert "北京德和衡（武汉）律师事务所" in answer.notice and corrects_question(answer.notice)
    same = answer_question(searcher, "硚口区请的是武汉德和衡律师事务所吧？")
    assert same.answered and not corrects_question(same.notice)


def test_headquarters_asked_by_what_they_command(searcher):
    answer = answer_question(searcher, "北碚管山火和发大水的专项指挥部有哪几个？")
    assert answer.answered and "4个专项指挥部" in answer.answer


def test_a_code_said_digit_by_digit(searcher):
    from indexer.text.numbers import codes_in_digits

    assert codes_in_digits("“二五二”机制") == "“252”机制"
    assert codes_in_digits("打幺二三五零热线") == "打12350热线"
    assert codes_in_digits("一二三季度") == "一二三季度"
    answer = answer_question(searcher, "北碚的“二五二”机制要多少队员随叫随到？")
    assert answer.answered and "20名队员随叫随到" in answer.answer


def test_cantonese_questions_end_to_end(searcher):
    answer = answer_question(searcher, "礄口區應急局請咗邊間律師行做顧問㗎？")
    assert answer.answered and "德和衡" in answer.answer and "“咗”读作“了”" in answer.answer
    claim = answer_question(searcher, "北碚將兩萬蚊以下嘅處罰權交咗畀鎮街，係咪？")
    assert "1万元" in claim.notice and corrects_question(claim.notice)


def test_a_named_thing_the_asked_report_writes_may_be_worded_beside_its_figures(searcher):
    # 硚口区 names the campaign in one sentence and gives its fines in the next
    answer = answer_question(searcher, "硚口全区的重大事故隐患专项排查整治2023行动里，整改资金投了多少万元？")
    assert answer.answered and "37.57万元" in answer.answer


def test_every_firm_claimed_where_the_report_counts_only_some(searcher):
    answer = answer_question(searcher, "普陀每家企业都贴了企业码，路过哪家都能扫码举报吧？")
    assert "198家重点监管企业" in answer.notice and corrects_question(answer.notice)
    # 哪家都 is any firm at all, not a firm's name asked
    from indexer.answers import slots

    assert slots.asked_slot("随便路过哪家都能扫吗？") != slots.ORGANISATION


def test_the_reviewer_s_near_misses_of_the_forty_eighth_session(searcher):
    from indexer.text.dialect import in_mandarin

    # Cantonese words inside Mandarin words and quoted names are left alone
    assert "多单位" in in_mandarin("北碚有冇搞过多单位联合检查？")[0]
    assert "“三书同达”" in in_mandarin("普陀嘅“三书同达”系咩？")[0]
    assert "按年度" in in_mandarin("沙坪坝有冇按年度计划检查？")[0]
    # a status word with what follows it in the question's own form is no doing
    kept = answer_question(searcher, "打码报告里的消防网络化管理实施办法废止以后由什么文件接替？")
    assert "继续有效" in kept.notice and corrects_question(kept.notice)
    # a zero claimed of a thing the reports name only as a channel is not contradicted
    channel = answer_question(searcher, "北碚区连一起行政复议案件也没有吗？")
    assert "并不是没有" not in channel.notice
    # a brand of a device is no publicity brand
    brand = answer_question(searcher, "普陀区的执法记录仪用的什么牌子？")
    assert "品牌" not in brand.answer
    # an amount about so many ten thousands is corrected by the report's own
    fined = answer_question(searcher, "普陀区的处罚金额是不是七十多万？")
    assert "报告写的是71000元" in fined.notice
    # a count named with 数 changes as the thing counted does
    firms = answer_question(searcher, "普陀检查企业数比上年增长了多少？")
    assert firms.answered and "80.93%" in firms.answer


def test_the_reviewer_s_both_wrong_cases_of_the_forty_eighth_session(searcher):
    fell = answer_question(searcher, "北碚区事故起数下跌了多少？")
    assert fell.answered and "25%" in fell.answer
    everywhere = answer_question(searcher, "沙坪坝演练都用上“桌面推演+盲演”了吗？")
    assert everywhere.answered and "全面推行" in everywhere.answer
    licensed = answer_question(searcher, "硚口区的执法人员都考了证没有？")
    assert licensed.answered and "资格考试" in licensed.answer
    film = answer_question(searcher, "普陀那部微电影名叫什么？")
    assert film.answered and "《应急侠》" in film.answer
    articles = answer_question(searcher, "硚口区一年发了几篇新闻稿？")
    assert articles.answered and "38篇" in articles.answer


def test_a_document_number_misremembered_in_year_and_serial(searcher):
    answer = answer_question(searcher, "普陀的行刑衔接细则是依据沪应急法规〔2019〕36号制定的？")
    assert "沪应急法规〔2020〕63号" in answer.notice and corrects_question(answer.notice)
    # a report's own number with its digits swapped is corrected by its header, the rest answered
    own = answer_question(searcher, "普应急〔2023〕31号那份报告处罚了几家企业？")
    assert own.notice.startswith("报告版头印的文号是普应急〔2023〕13号") and "6家" in own.answer


def test_no_month_missed_is_the_every_month_claim(searcher):
    answer = answer_question(searcher, "匿名那个区的执法巡查是不是一个月也没落下过？")
    assert answer.answered and "3月、10月未开展执法巡查" in answer.notice
    assert corrects_question(answer.notice)
    # a report that says nothing of months does not confirm the claim by its count
    assert not answer_question(searcher, "沙坪坝区的会商一个月也没停过吧？").answered


def test_the_report_whose_name_is_starred_said_before_a_comma(searcher):
    answer = answer_question(searcher, "有份报告的区名全被打了星号，它的法律顾问审了几份合同？")
    assert answer.answered and "2份" in answer.answer
    assert {c.district for c in answer.citations} == {None}


def test_another_law_firm_is_corrected_though_its_name_is_a_word(searcher):
    # 君合 and 大成 are words of general Chinese: the sentence naming the report's firm still answers
    answer = answer_question(searcher, "硚口区应急局的常年法律顾问是北京君合（武汉）律师事务所吧？")
    assert "报告写的是“北京德和衡（武汉）律师事务所”" in answer.notice
    # a firm described, not named, is not contradicted by the report's
    described = answer_question(searcher, "硚口区请的是不是一家知名律师事务所？")
    assert "不是问题所说的" not in described.notice
    # asked about the firm's fee, not claiming its name
    fee = answer_question(searcher, "硚口区每年付给律所的顾问费是多少？")
    assert not fee.answered and "不是问题所说的" not in fee.notice


def test_a_hotline_number_misremembered(searcher):
    unquoted = answer_question(searcher, "沙坪坝区收安全生产投诉用的是12315热线吗")
    assert "报告写的是“12350”，不是问题所说的“12315”" in unquoted.notice
    # the indicator table does not answer for a line the reports never name
    counted = answer_question(searcher, "北碚区通过“12315”受理了几起举报？")
    assert "报告写的是“12350”" in counted.notice
    assert answer_question(searcher, "普陀区的12315热线接了几个电话").reason == "not_covered"
    # a quote that is hearsay, not a line's number, leaves the table's answer
    heard = answer_question(searcher, "听人说普陀“罚得很凶”，普陀区的处罚金额一共多少？")
    assert heard.answered and "71000元" in heard.answer


def test_another_way_asked_is_phrasing_but_a_count_of_sets_is_a_claim(searcher):
    other = answer_question(searcher, "硚口区查重点企业，还是用另一套办法？")
    assert other.answered and "双随机" in other.answer
    # 两套 claims two; no report counts sets of plans
    assert not answer_question(searcher, "硚口区的应急预案是不是编了两套？").answered


def test_a_dated_claim_asked_for_agreement_before_a_question_mark(searcher):
    answer = answer_question(searcher, "普陀区执法大队是2022年3月挂牌的对吧？挂牌后查了多少家企业")
    assert answer.reason != "no_report_for_scope" and "今年6月" in answer.notice
    assert "对吧吗" not in answer.notice


def test_thousands_of_kuai_bounding_a_fine_are_yuan(searcher):
    from indexer.text.numbers import yuan_said

    assert yuan_said("罚款权是三千块以内的吧") == "罚款权是三千元以内的吧"
    assert yuan_said("宣传品印了三千块") == "宣传品印了三千块"  # no money spoken of: pieces
    answer = answer_question(searcher, "北碚给镇街的罚款权是八千块以内的吧？")
    assert "报告写的是1万元" in answer.notice


def test_this_system_after_a_quoted_name_is_the_report_s(searcher):
    answer = answer_question(searcher, "“数智普陀”这个系统管着全区三千多家企业吧？")
    assert answer.reason != "meta" and "2500多家" in answer.notice
    assert answer_question(searcher, "你们这个系统里收了几份报告？").reason == "meta"


def test_a_time_before_the_doing_holds_no_name_s_place(searcher):
    # 全年受理 is when, not through what: the question's 热线 is only not written
    answer = answer_question(searcher, "沙坪坝区的投诉热线一年受理了68件吗？")
    assert answer.answered and "全年受理" not in answer.notice and "68件" in answer.answer


def test_a_bureau_named_by_its_place_alone_leaves_no_term(searcher):
    answer = answer_question(searcher, "硚口局持证的执法人员一共几个？")
    assert answer.answered and "局" not in "".join(re.findall(r"“([^”]*)”", answer.notice))


def test_a_firm_s_name_hidden_is_no_question_about_the_collection(searcher):
    answer = answer_question(searcher, "普陀区公开的案件里企业名称被隐去了吗？")
    assert answer.reason != "meta"


def test_hardware_asked_is_answered_by_the_devices_a_report_names(searcher):
    answer = answer_question(searcher, "普陀区给执法配了哪些硬件？")
    assert answer.answered and "执法记录仪" in answer.citations[0].text


def test_which_district_cites_a_document_number_is_answered_by_the_report_writing_it(searcher):
    answer = answer_question(searcher, "哪些区的报告引用过鄂司发〔2022〕2号？")
    assert answer.answered and {c.district for c in answer.citations} == {"硚口区"}
    assert all("鄂司发〔2022〕2号" in c.text for c in answer.citations)


def test_what_was_done_in_cases_a_report_says_never_came(searcher):
    answer = answer_question(searcher, "硚口区应急局的行政复议案件中，有没有被撤销的？")
    assert "未出现行政复议和行政诉讼案件" in answer.notice


def test_a_count_given_another_time_to_muster(searcher):
    answer = answer_question(searcher, "北碚的应急队伍是50人一小时内集结到位吧？")
    assert "报告写的是“50名应急队员15分钟以内”" in answer.notice
    assert "不是问题所说的“50人一小时内”" in answer.notice
    # 30分钟 is the report's 半小时: the 15分钟 beside it is another count's
    agreed = answer_question(searcher, "北碚是不是200名队员30分钟内能集结？")
    assert agreed.answered and not corrects_question(agreed.notice)


def test_other_months_said_skipped(searcher):
    answer = answer_question(searcher, "匿名那个区是不是4月和10月没开展执法巡查？")
    assert corrects_question(answer.notice) and "3月、10月" in answer.notice
    agreed = answer_question(searcher, "匿名那个区3月、10月没开展执法巡查吧？")
    assert agreed.answered and not corrects_question(agreed.notice)


def test_fact_checking_words_and_a_whole_said_as_百分百(searcher):
    answer = answer_question(searcher, "群里说普陀的执法公示率是百分百，实锤吗？")
    assert answer.answered and "没有写到" not in answer.notice
    every = answer_question(searcher, "硚口备案的35支救援队伍清一色是街道的吧？")
    assert every.answered and corrects_question(every.notice) and "11支" in every.notice


def test_the_reviewer_s_worse_cases_of_the_forty_ninth_session(searcher):
    # a month the report does name, asked alone, is no misstatement
    october = answer_question(searcher, "匿名那个区10月是不是没搞执法巡查？")
    assert october.answered and not corrects_question(october.notice)
    # 网上 as the topic, not as where a claim was read
    online = answer_question(searcher, "普陀区的执法能不能在网上办？")
    assert online.answered and any("网办" in c.text for c in online.citations)
    # 向/给 inside a firm's name
    firm = answer_question(searcher, "硚口区请的是向华律师事务所吧？")
    assert "不是问题所说的“向华律师事务所”" in firm.notice
    # a 文号 only another district's report writes, asked of two districts
    elsewhere = answer_question(searcher, "沙坪坝区和硚口区哪个提到了普应急〔2023〕13号？")
    assert not elsewhere.answered and all(c.district != "普陀区" for c in elsewhere.citations)
    # 百分百 before a doing claims all of it done
    whole = answer_question(searcher, "沙坪坝的重大事故隐患是不是百分百整改完了？")
    assert "整改到位135个" in whole.notice and corrects_question(whole.notice)


def test_a_muster_time_said_as_一刻钟_and_this_month_is_no_every_month(searcher):
    # 一刻钟 is the 50名's 15分钟, and not the 200名's 半小时
    agreed = answer_question(searcher, "北碚是不是50名队员一刻钟内能集结？")
    assert agreed.answered and not corrects_question(agreed.notice)
    wrong = answer_question(searcher, "北碚是不是200名队员一刻钟内就能集结到位？")
    assert "200名应急队员半小时以内" in wrong.notice and corrects_question(wrong.notice)
    # 这个月没停 claims one month, not every month
    this_month = answer_question(searcher, "匿名那个区的执法巡查这个月没停吧？")
    assert "不是问题所说的" not in this_month.notice


def test_a_document_s_year_is_no_year_asked_of(searcher):
    # the anonymised report numbers the two documents it reviewed 〔2012〕 and 〔2015〕
    answer = answer_question(searcher, "那个区2012年的消防网络化管理实施办法被废止了吧？")
    assert answer.answered and "没有任何区" not in answer.notice
    assert "继续有效" in answer.notice and corrects_question(answer.notice)
    # a year with no document of a report's numbering is still a year without a report
    assert answer_question(searcher, "2021年制定了哪些制度？").reason == "no_report_for_scope"


def test_words_of_the_old_written_style_are_read_as_everyday_ones():
    from indexer.text.formal import in_everyday_words

    assert in_everyday_words("共办了凡几件") == "共办了共多少件"
    assert in_everyday_words("到场者几何人次？") == "到场的人多少人次？"
    assert in_everyday_words("几何图形") == "几何图形"  # geometry
    assert in_everyday_words("罚款金额各为若干，孰多孰少？") == "罚款金额各是多少，哪个多？"
    assert in_everyday_words("此四字究竟何所指？") == "此四字指的是什么？"
    assert in_everyday_words("这几件文件各作何处置？") == "这几件文件结果是什么？"
    assert in_everyday_words("其故安在？") == "原因是什么？"
    assert in_everyday_words("始于几时") == "始于什么时候"
    assert in_everyday_words("此乃哪一区所为？") == "此乃哪个区？"
    assert in_everyday_words("罚了十万，此说确否？") == "罚了十万，对吗？"
    assert in_everyday_words("唯有北碚开通热线") == "只有北碚开通热线"
    assert in_everyday_words("唯一的试点") == "唯一的试点"
    assert in_everyday_words("两个局都没吃过官司吧") == "两个局都没有诉讼吧"
    assert in_everyday_words("都没吃过行政官司吧") == "都没有行政诉讼吧"
    assert in_everyday_words("镇街可对企业处罚吗") == "镇街可对企业处罚吗"  # 可对 as "may, to"


def test_a_question_in_the_old_written_style_and_traditional_characters(searcher):
    counted = answer_question(searcher, "敬問：北碚區二〇二三年經一二三五〇立案查處者凡幾件？")
    assert counted.answered and "68件" in counted.answer
    which = answer_question(searcher, "全市首開先河，令內澇與紅綠燈聯成一體者，係五區之中哪一區所為？")
    assert which.answered and {c.district for c in which.citations} == {"沙坪坝区"}
    # 逾 and 超过 set a floor: 38篇 meets 逾三十篇, and falls short of 超过五十篇
    floor = answer_question(searcher, "礄口區應急局二〇二三年刊稿逾三十篇否？")
    assert floor.answered and not corrects_question(floor.notice)
    above = answer_question(searcher, "硚口应急局2023年刊稿超过五十篇了吧？")
    assert "38篇" in above.notice and corrects_question(above.notice)


def test_a_change_asked_by_its_size_with_words_the_sentence_lacks(searcher):
    # 压缩了百分之几 presumes a fall; the sentence writes it, whatever the asker adds around it
    answer = answer_question(
        searcher, "北碚针对企业反映的办事难点，把烟花爆竹销售审批的办理时长压缩了百分之几？"
    )
    assert answer.answered and "87.3%" in answer.answer and "增减变化" not in answer.notice


def test_a_quoted_name_misquoted_before_words_going_on_nearly_alike(searcher):
    answer = answer_question(searcher, "普陀“智能普陀”安全生产监管子系统管着多少家企业？")
    assert answer.answered and "报告写的是“数智普陀”" in answer.notice


def test_none_claimed_of_two_districts_where_one_report_writes_it(searcher):
    answer = answer_question(searcher, "北碚跟硚口两家应急局都没打过行政诉讼吧？")
    assert answer.answered and corrects_question(answer.notice)
    assert "北碚区：报告写的是" in answer.notice and "行政诉讼" in answer.notice


def test_a_figure_said_without_its_unit_is_corrected_by_the_same_words_before_it(searcher):
    answer = answer_question(searcher, "沙坪坝的安全小课堂覆盖受众两百多万，对吧？")
    assert "报告写的是110余万人" in answer.notice and corrects_question(answer.notice)
    right = answer_question(searcher, "沙坪坝的安全小课堂覆盖受众110多万，对吧？")
    assert right.answered and not corrects_question(right.notice)


def test_a_claim_moved_by_the_last_word_of_a_quoted_name(searcher):
    answer = answer_question(searcher, "北碚在为期20天的普法微信答题里拿了“应急纸飞机”总决赛优秀组织奖吧？")
    assert answer.answered and "写这件事的是硚口区" in answer.notice


def test_only_one_district_claimed_and_the_others_quoted(searcher):
    answer = answer_question(searcher, "写稿时能不能说只有硚口一家在搞“双随机、一公开”？")
    assert "不止硚口区" in answer.notice
    assert {"北碚区", "硚口区"} <= {c.district for c in answer.citations}
    # the others said not to: no claim that every district did it
    others = answer_question(searcher, "唯沙坪坝设有12350举报投诉电话，其余各区均未提及，是否如此？")
    assert "问题说各区都是如此" not in others.notice


def test_a_firm_named_after_the_classical_之_and_its_role(searcher):
    answer = answer_question(searcher, "硚口应急局所聘之法律顾问北京中伦（武汉）律师事务所，承办哪些事务？")
    assert "不是问题所说的“北京中伦（武汉）律师事务所”" in answer.notice


def test_asking_for_an_order_and_words_jieba_cut_across(searcher):
    ranked = answer_question(searcher, "排个序：硚口的应急演练比沙坪坝的80多场还少吧？")
    assert ranked.answered and "949" in ranked.answer
    film = answer_question(searcher, "普陀那部普法微电影片名是什么？")
    assert film.answered and "应急侠" in film.answer
    cleared = answer_question(searcher, "那个打码的区清理规范性文件时清了几件？")
    assert cleared.answered and "两件" in cleared.answer


def test_months_said_stopped_agree_with_the_months_not_done(searcher):
    answer = answer_question(searcher, "匿名那个区的执法巡查有两个月停了，是哪几个月？")
    assert answer.answered and "3月、10月" in answer.answer
    assert "没有这样做" not in answer.notice


def test_a_figure_claimed_in_another_measure_is_answered_and_corrected(searcher):
    answer = answer_question(searcher, "沙坪坝五带头活动共有8750人参加，可以这么写吧？")
    assert answer.answered and "“8750人次”，不是问题所说的“8750人”（计量单位不同）" in answer.notice
    # the figure said twice is one figure, no pair swapped
    twice = answer_question(searcher, "沙坪坝五带头有8750人参加，表里填8750人行吗？")
    assert twice.answered and "“8750人次”" in twice.notice
    # a figure said loosely (四十多人) is met by no count of another thing (示范站40个)
    loose = answer_question(searcher, "缙云志愿服务队现在有四十多人吧")
    assert "示范站" not in loose.answer


def test_a_short_brand_with_its_first_character_off_and_a_year_claimed_idle(searcher):
    brand = answer_question(searcher, "沙坪坝打造的“坝小安”宣传品牌，微视频一共出了多少期？")
    assert "报告写的是“沙小安”" in brand.notice
    idle = answer_question(searcher, "那个打码的区一年到头都没开展执法巡查吧？")
    assert idle.answered and "3月、10月未开展执法巡查" in idle.notice and corrects_question(idle.notice)


def test_words_heard_by_speech_input(searcher):
    # a code said digit by digit before what it names, and a fine said in 万 with 点
    muster = answer_question(searcher, "北碚二五二集结那个 两百个队员多久能到")
    assert muster.answered and "半小时以内" in muster.answer
    fine = answer_question(searcher, "硚口全年一共罚了六十二点八万吧")
    assert "72.8万元" in fine.notice and corrects_question(fine.notice)
    # a name asked as keywords
    head = answer_question(searcher, "普陀应急局 局长 名字")
    assert not head.answered
    # the film named unquoted with other first characters
    film = answer_question(searcher, "普陀那部安全侠普法微电影选送到哪了")
    assert "报告写的是《应急侠》" in film.notice


def test_a_cause_claimed_where_the_sentence_gives_another(searcher):
    answer = answer_question(searcher, "打码那个区3月、10月没开展执法巡查，是不是因为经费紧张？")
    assert answer.answered and "报告写的原因是“因受疫情影响”" in answer.notice
    assert corrects_question(answer.notice)
    agreed = answer_question(searcher, "打码那个区3月、10月没开展执法巡查，是因为疫情吧？")
    assert agreed.answered and not corrects_question(agreed.notice)


def test_firms_picked_by_a_doing_jieba_keeps_whole_are_no_stock(searcher):
    # 贴码的企业: the firms the code was put up at, which 198家重点监管企业 counts
    answer = answer_question(searcher, "普陀扫码举报那个 贴码的企业有几家")
    assert answer.answered and "198家" in answer.answer


def test_the_reviewer_s_worse_cases_of_the_fiftieth_session(searcher):
    # words around a district's sound (河北被, 华北倍受, 大桥口) and a town of its own (乔口镇)
    for question in ("河北被洪水围困时各区派了救援队吗？", "长沙乔口镇开展了多少场演练？"):
        assert not any("按读音" in n for n in answer_question(searcher, question).notes)
    # a cause the sentence gives beside the one it states (…处于停产停业状态，故…)
    stopped = answer_question(searcher, "打码那个区3月、10月没巡查，是因为企业都停产停业了吧？")
    assert stopped.answered and not corrects_question(stopped.notice)
    # the months of the year asked: no whole year claimed
    months = answer_question(searcher, "打码那个区全年没开展执法巡查的是哪两个月？")
    assert months.answered and not corrects_question(months.notice)
    # another event set beside the report's (结合消防宣传月), not a title misquoted
    event = answer_question(searcher, "硚口区应急局结合消防宣传月开展了哪些宣传？")
    assert "安全生产月" not in event.notice
    # a floor of a share: 80.93% is more than 80%
    share = answer_question(searcher, "普陀检查企业的同比增幅超过80%了吧？")
    assert not corrects_question(share.notice)


def test_english_words_and_thousands_of_a_researcher(searcher):
    from indexer.text.english_words import english_in_chinese

    assert english_in_chinese("fine 了 72.8k RMB 吧") == "罚款了7.28万元吧"
    assert english_in_chinese("Qiaokou 那个 20-day quiz 排第几") == "Qiaokou 那个 20天答题排第几"
    bound = answer_question(searcher, "Beibei 把 20k 以内的 fine 权 delegate 给镇街了吧？")
    assert "报告写的是1万元" in bound.notice and corrects_question(bound.notice)
    fixed = answer_question(searcher, "Shapingba 的 142 个 major hazards 都 fixed 了吧？")
    assert "整改到位135个" in fixed.notice and corrects_question(fixed.notice)


def test_a_name_of_another_district_asked_of_with_what_no_report_writes(searcher):
    # 沙小安 is 沙坪坝区's; its platforms are written by no report: declined, whose name said first
    answer = answer_question(searcher, "北碚的“沙小安”品牌视频都投放在哪些渠道？")
    assert not answer.answered and answer.notice.startswith(
        "报告中写“沙小安”的是沙坪坝区，不是问题所说的北碚区"
    )


def test_the_number_of_a_document_named_and_a_post_s_holder_asked(searcher):
    # the sentence gives the number of the 实施办法 the 细则 was made under, not the 细则's
    rules = answer_question(searcher, "《普陀区安全生产行政执法与刑事司法衔接工作实施细则》的文号是什么？")
    assert not rules.answered
    basis = answer_question(searcher, "《上海市安全生产行政执法与刑事司法衔接工作实施办法》文号是什么？")
    assert basis.answered and "沪应急法规〔2020〕63号" in basis.answer
    chair = answer_question(searcher, "硚口的案件审理委员会谁担任主任？")
    assert not chair.answered
    asked = answer_question(searcher, "北碚局法治工作领导小组谁任组长？")
    assert asked.answered and not corrects_question(asked.notice)


def test_none_said_flatly_and_cases_presumed_in_reviews(searcher):
    flat = answer_question(searcher, "北碚2023年根本没有行政诉讼，报告是不是回避了？")
    assert "并不是没有" in flat.notice
    reviewed = answer_question(searcher, "硚口应急局行政复议的案件里有几件被撤销了？")
    assert "未出现行政复议和行政诉讼案件" in reviewed.notice
    gap = answer_question(searcher, "打码那个区执法巡查哪几个月有空档？理由是什么？")
    assert gap.answered and "疫情" in gap.answer
