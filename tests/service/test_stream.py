"""POST /ask with "stream": true, read with a real HTTP client from a real server: citations
first, then text, then the very answer the non-streamed call gives; generated tokens stream as
the model sends them, and a client that hangs up stops the model's work."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from service.server import free_port
from service.settings import Settings

QUESTION = "北碚区如何化解行政争议？"
GROUPED_QUESTION = "各区在危险化学品监管上做了什么？"


def read_events(response: httpx.Response, stop_after: str | None = None) -> list[tuple[str, dict]]:
    """(event, data) pairs of a text/event-stream response, in arrival order."""
    events, name, data = [], "message", []
    for line in response.iter_lines():
        if line.startswith("event:"):
            name = line.removeprefix("event:").strip()
        elif line.startswith("data:"):
            data.append(line.removeprefix("data:").lstrip())
        elif not line and data:
            events.append((name, json.loads("\n".join(data))))
            if name == stop_after:
                break
            name, data = "message", []
    return events


def stream_ask(client: httpx.Client, query: str) -> list[tuple[str, dict]]:
    with client.stream("POST", "/ask", json={"query": query, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return read_events(response)


def assert_citations_text_answer(events: list[tuple[str, dict]]) -> None:
    names = [name for name, _ in events]
    assert names[0] == "citations" and names[-1] == "answer"
    assert set(names[1:-1]) == {"text"} and len(names) > 2


@pytest.mark.parametrize("query", [QUESTION, GROUPED_QUESTION])
def test_extractive_stream_sends_citations_first_and_ends_with_the_plain_answer(api, query):
    events = stream_ask(api, query)
    assert_citations_text_answer(events)
    plain = api.post("/ask", json={"query": query}).json()
    assert events[-1][1] == plain
    assert events[0][1]["citations"] == plain["citations"] and plain["citations"]
    # One text event per answer line (a sentence with its [n]), which together are the answer.
    assert "".join(data["text"] for _, data in events[1:-1]).rstrip("\n") == plain["answer"]


def test_unanswered_question_streams_the_declined_answer(api):
    query = "火星区的消防车有多少辆？"
    events = stream_ask(api, query)
    assert events[-1][1] == api.post("/ask", json={"query": query}).json()
    assert events[-1][1]["answered"] is False


def test_bad_request_is_a_json_error_not_a_stream(api):
    response = api.post("/ask", json={"query": "  ", "stream": True})
    assert response.status_code == 422 and "error" in response.json()


def test_stream_off_by_default(api):
    response = api.post("/ask", json={"query": QUESTION})
    assert response.headers["content-type"].startswith("application/json")


def grounded_reply(api) -> str:
    """What a faithful model would say: the sentences standing for passages 1 and 3 of the
    prompt (the extractive answer's first citation of each passage), citing them; [9] points nowhere."""
    sources: dict[str, dict] = {}
    for citation in api.post("/ask", json={"query": GROUPED_QUESTION}).json()["citations"]:
        sources.setdefault(citation["passage_id"], citation)
    first, _, third, *_ = sources.values()
    return f"{first['text']}[1]{third['text']}[3][9]"


def tokens_of(text: str) -> list[str]:
    return [text[i : i + 4] for i in range(0, len(text), 4)]


class FakeModel:
    """An OpenAI-compatible chat endpoint on a real loopback server: streams its reply four
    characters a chunk (`delay` apart) when asked with stream=true, whole otherwise; it counts
    streams begun and streams sent to the end."""

    def __init__(self, reply: str, delay: float) -> None:
        self.reply, self.delay, self.begun, self.finished = reply, delay, 0, 0

        async def completions(request: Request):
            body = await request.json()
            if not body.get("stream"):
                return JSONResponse({"choices": [{"message": {"content": self.reply}}]})

            async def chunks():
                self.begun += 1
                for token in tokens_of(self.reply):
                    yield f"data: {json.dumps({'choices': [{'delta': {'content': token}}]})}\n\n"
                    await asyncio.sleep(self.delay)
                yield "data: [DONE]\n\n"
                self.finished += 1

            return StreamingResponse(chunks(), media_type="text/event-stream")

        app = Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])
        self.port = free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> FakeModel:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}/v1"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def test_generated_stream_sends_tokens_and_ends_with_the_plain_answer(real_index: Path, server_factory, api):
    with FakeModel(grounded_reply(api), delay=0.0) as model:
        client = server_factory(Settings(index_dir=real_index, llm_url=model.url, llm_model="fake"))
        events = stream_ask(client, GROUPED_QUESTION)
        plain = client.post("/ask", json={"query": GROUPED_QUESTION}).json()
    assert_citations_text_answer(events)
    assert [data["text"] for _, data in events[1:-1]] == tokens_of(model.reply)
    assert len(events) > 10  # token by token, not the reply in one piece
    assert events[-1][1] == plain and plain["mode"] == "generated"
    # The first event numbers the passages the tokens cite; the answer keeps those cited
    # ([1] and [3]; [9] points nowhere and is dropped), renumbered.
    numbered = events[0][1]["citations"]
    assert plain["citations"] == [numbered[0], numbered[2]]
    assert plain["answer"].count("[1]") == 1 and "[2]" in plain["answer"] and "[9]" not in plain["answer"]


def test_a_client_that_hangs_up_stops_the_model_stream(real_index: Path, server_factory, api):
    with FakeModel(
        grounded_reply(api), delay=0.2
    ) as model:  # the whole reply takes 0.2 s a chunk, several seconds
        client = server_factory(Settings(index_dir=real_index, llm_url=model.url, llm_model="fake"))
        with client.stream("POST", "/ask", json={"query": GROUPED_QUESTION, "stream": True}) as response:
            first = read_events(response, stop_after="text")
        assert [name for name, _ in first] == ["citations", "text"]
        chunks = len(tokens_of(model.reply))
        assert chunks > 10
        time.sleep(0.2 * chunks + 1.5)
        assert model.begun == 1 and model.finished == 0
