"""Optional generated answers from an OpenAI-compatible chat endpoint, grounded in numbered passages.

Nothing here is required: without a configured endpoint, or when the endpoint fails, times
out or cites nothing that exists, the extractive answer stands and says so.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, replace

from indexer.answers.answer import Answer, Citation

_CITATION = re.compile(r"\[(\d{1,3})\]")
SYSTEM_PROMPT = (
    "你是政府工作报告的检索助手。只根据用户给出的编号段落回答问题，用简洁的中文作答。"
    "每一句话后面用[编号]标注它依据的段落，例如[1]或[2][3]。段落中没有的信息不要编造；"
    "如果段落不能回答问题，就直接说报告中没有相关内容。"
)


@dataclass(frozen=True)
class GenerationConfig:
    url: str  # base URL, e.g. http://127.0.0.1:8080/v1
    model: str
    api_key: str | None = None
    timeout_s: float = 20.0
    max_passages: int = 8


def generate_answer(extractive: Answer, config: GenerationConfig) -> Answer:
    """Ask the endpoint; on any failure return the extractive answer with a note saying why."""
    sources = _sources(extractive, config.max_passages)
    if not extractive.answered or not sources:
        return extractive
    try:
        text = _chat(config, _messages(extractive.query, sources))
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError, TypeError) as e:
        return _fallback(extractive, f"生成式回答不可用（{type(e).__name__}: {e}），以下为抽取式回答。")
    cited = [int(n) for n in _CITATION.findall(text)]
    valid = [n for n in dict.fromkeys(cited) if 1 <= n <= len(sources)]
    if not valid:
        return _fallback(extractive, "生成式回答没有引用任何给定段落，以下为抽取式回答。")
    renumber = {old: new for new, old in enumerate(valid, 1)}

    def fix(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[{renumber[n]}]" if n in renumber else ""  # citations that point nowhere are dropped

    answer = _CITATION.sub(fix, text).strip()
    return replace(extractive, answer=answer, mode="generated", citations=[sources[n - 1] for n in valid])


def _sources(answer: Answer, limit: int) -> list[Citation]:
    """One numbered source per passage, represented by its best cited sentence."""
    seen, out = set(), []
    for citation in answer.citations:
        if citation.passage_id not in seen:
            seen.add(citation.passage_id)
            out.append(citation)
    return out[:limit]


def _messages(question: str, sources: list[Citation]) -> list[dict]:
    numbered = "\n".join(
        f"[{i}]（{c.district or '未具名区'}，{c.year or ''}年，{' > '.join(c.section_path)}）{c.text}"
        for i, c in enumerate(sources, 1)
    )
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"段落：\n{numbered}\n\n问题：{question}"},
    ]


def _chat(config: GenerationConfig, messages: list[dict]) -> str:
    body = json.dumps({"model": config.model, "messages": messages, "temperature": 0}, ensure_ascii=False)
    headers = {"Content-Type": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(
        config.url.rstrip("/") + "/chat/completions",
        data=body.encode("utf-8"),
        headers=headers,
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=config.timeout_s) as response:
        payload = json.loads(response.read().decode("utf-8"))
    content = payload["choices"][0]["message"]["content"]
    if not isinstance(content, str) or not content.strip():
        raise ValueError("empty completion")
    return content


def _fallback(answer: Answer, note: str) -> Answer:
    return replace(answer, answer=note + "\n" + answer.answer, notes=[*answer.notes, note])
