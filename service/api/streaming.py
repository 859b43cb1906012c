"""`POST /ask` with `"stream": true`: the answer as Server-Sent Events, citations first.

Events, in order: `citations` once ({"citations": [...]}, before any text), `text` events
({"text": ...}: a sentence of the extractive answer, or a token of the generated one as the
model sends it), then `answer`: the JSON `POST /ask` gives without streaming. On the generated
path the first event lists the numbered passages the model cites as [n]; the final answer is
the reply checked by `check_reply`, as the non-streamed call does: supported claims only, the
passages they cite renumbered.

The extractive answer is worked out before the stream opens, so a bad query or a missing index
is still a plain JSON 4xx/503. A client that disconnects cancels the stream, and with it the
request to the model.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx

from indexer.answers.answer import Answer
from indexer.answers.generate import (
    GenerationConfig,
    _fallback,
    _messages,
    _sources,
    check_reply,
    unavailable_note,
)


def _event(name: str, data: dict) -> dict:
    return {"event": name, "data": json.dumps(data, ensure_ascii=False)}


async def answer_events(extractive: Answer, generation: GenerationConfig | None) -> AsyncIterator[dict]:
    sources = _sources(extractive, generation.max_passages) if generation is not None else []
    if generation is None or not extractive.answered or not sources:
        yield _event("citations", {"citations": [c.to_dict() for c in extractive.citations]})
        for line in extractive.answer.splitlines():
            yield _event("text", {"text": line + "\n"})
        yield _event("answer", extractive.to_dict())
        return
    yield _event("citations", {"citations": [c.to_dict() for c in sources]})
    pieces: list[str] = []
    try:
        async for token in _chat_stream(generation, _messages(extractive.query, sources)):
            pieces.append(token)
            yield _event("text", {"text": token})
        if not "".join(pieces).strip():
            raise ValueError("empty completion")
    except Exception as e:  # noqa: BLE001 - mid-stream no error status can be sent; the answer says why
        final = _fallback(extractive, unavailable_note(e))
    else:
        final = check_reply(extractive, sources, "".join(pieces))
    yield _event("answer", final.to_dict())


async def _chat_stream(config: GenerationConfig, messages: list[dict]) -> AsyncIterator[str]:
    """Content deltas of an OpenAI-compatible chat completion asked for with stream=true."""
    body = {"model": config.model, "messages": messages, "temperature": 0, "stream": True}
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    url = config.url.rstrip("/") + "/chat/completions"
    async with (
        httpx.AsyncClient(timeout=config.timeout_s) as client,
        client.stream("POST", url, json=body, headers=headers) as response,
    ):
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data:"):
                continue
            payload = line.removeprefix("data:").strip()
            if payload == "[DONE]":
                return
            choices = json.loads(payload).get("choices") or []
            content = (choices[0].get("delta") or {}).get("content") if choices else None
            if content:
                yield content
