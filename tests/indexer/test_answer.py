"""Extractive answers on the real index: citations, grouping, scoping, no-answer, generation fallback."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from indexer.answers.answer import EVIDENCE_THRESHOLD, MAX_CITATIONS, answer_question
from indexer.answers.generate import GenerationConfig, generate_answer
from indexer.errors import BadQueryError

CALIBRATION = Path(__file__).resolve().parents[2] / "docs" / "ask-calibration.jsonl"


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
    assert answer.citations[0].district == "硚口区"
    assert "15起" in answer.citations[0].text and "72.8万元" in answer.answer


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
    assert "没有找到" in answer.answer
    assert answer.closest  # the nearest passages are offered, not presented as the answer


def test_threshold_separates_the_calibration_questions(searcher):
    rows = [json.loads(line) for line in CALIBRATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["answerable"] for r in rows) >= 10 and sum(not r["answerable"] for r in rows) >= 10
    wrong = [r["query"] for r in rows if answer_question(searcher, r["query"]).answered != r["answerable"]]
    assert wrong == [], f"threshold {EVIDENCE_THRESHOLD} misjudges {wrong}"


@pytest.mark.parametrize("question", ["", "   ", "问" * 501])
def test_bad_questions_are_refused(searcher, question):
    with pytest.raises(BadQueryError):
        answer_question(searcher, question)


class ChatStub:
    """A real local HTTP server speaking the OpenAI chat-completions shape, with a chosen behaviour."""

    def __init__(self, behaviour: str):
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
                content = {
                    "cites": "根据报告，该区完善了相关机制[1]，并开展了专项工作[2][99]。",
                    "uncited": "报告提到了一些工作。",
                    "slow": "迟到的回答[1]。",
                }[stub.behaviour]
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]})
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


def test_generated_answer_keeps_only_citations_that_exist(searcher):
    extractive = answer_question(searcher, "各区如何开展法治宣传教育？")
    stub = ChatStub("cites")
    with stub as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model", api_key="secret"))
    assert answer.mode == "generated" and answer.answered
    assert "[99]" not in answer.answer and "[1]" in answer.answer and "[2]" in answer.answer
    assert len(answer.citations) == 2
    assert_citations_are_exact(searcher, answer)
    request = stub.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer secret"
    prompt = request["body"]["messages"][-1]["content"]
    assert "[1]" in prompt and extractive.query in prompt


@pytest.mark.parametrize("behaviour", ["error", "slow", "uncited"])
def test_generation_falls_back_to_the_extractive_answer(searcher, behaviour):
    extractive = answer_question(searcher, "各区如何开展法治宣传教育？")
    with ChatStub(behaviour) as url:
        answer = generate_answer(extractive, GenerationConfig(url, "test-model", timeout_s=0.5))
    assert answer.mode == "extractive"
    assert answer.citations == extractive.citations
    assert extractive.answer in answer.answer and answer.notes[-1] in answer.answer


def test_unreachable_endpoint_falls_back(searcher):
    extractive = answer_question(searcher, "各区如何开展法治宣传教育？")
    answer = generate_answer(extractive, GenerationConfig("http://127.0.0.1:9/v1", "m", timeout_s=1))
    assert answer.mode == "extractive" and answer.citations == extractive.citations
